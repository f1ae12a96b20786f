package dev.ec2lite.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exceptions are values: what the retry loop learns makes a new exception, never an edited one. */
class Ec2ExceptionTest {
    private static final List<Ec2Error> NOT_FOUND =
            List.of(new Ec2Error("InvalidAttachmentID.NotFound", "The attachment ID 'eni-attach-1' does not exist"));

    @Test
    void aServiceExceptionAfterAttemptsIsACopyAndTheOriginalIsUnchanged() {
        IOException cause = new IOException("read timed out");
        Ec2ServiceException first = new Ec2ServiceException(400, NOT_FOUND, "req-1", "DetachNetworkInterface", cause);

        Ec2ServiceException last = first.afterAttempts(3, true);

        assertNotSame(first, last);
        assertEquals(1, first.attempts());
        assertFalse(first.earlierAttemptMayHaveSucceeded());
        assertEquals(3, last.attempts());
        assertTrue(last.earlierAttemptMayHaveSucceeded());
        assertEquals(400, last.statusCode());
        assertEquals(NOT_FOUND, last.errors());
        assertEquals(Optional.of("req-1"), last.requestId());
        assertEquals(Optional.of("DetachNetworkInterface"), last.operation());
        assertSame(cause, last.getCause());
        assertEquals(List.of(first.getStackTrace()), List.of(last.getStackTrace()));
        assertTrue(last.getMessage().startsWith(first.getMessage() + " [after 3 attempts]"), last.getMessage());
        assertTrue(last.getMessage().contains("may already have carried out"), last.getMessage());
    }

    @Test
    void withOperationKeepsWhatTheRetryLoopRecorded() {
        Ec2ServiceException last = new Ec2ServiceException(503, NOT_FOUND, null, null).afterAttempts(2, true);

        Ec2ServiceException named = last.withOperation("AttachNetworkInterface");

        assertEquals(Optional.of("AttachNetworkInterface"), named.operation());
        assertEquals(2, named.attempts());
        assertTrue(named.earlierAttemptMayHaveSucceeded());
        assertEquals(Optional.empty(), last.operation());
    }

    @Test
    void aClientExceptionAfterAttemptsKeepsItsStatusCauseAndMessage() {
        IOException cause = new IOException("connection reset");
        Ec2ClientException first = new Ec2ClientException("DescribeInstances: no answer", 502, cause);

        Ec2ClientException last = first.afterAttempts(4, false);

        assertNotSame(first, last);
        assertEquals(1, first.attempts());
        assertEquals(4, last.attempts());
        assertFalse(last.earlierAttemptMayHaveSucceeded());
        assertEquals(OptionalInt.of(502), last.statusCode());
        assertSame(cause, last.getCause());
        assertEquals("DescribeInstances: no answer", first.getMessage());
        assertEquals("DescribeInstances: no answer [after 4 attempts]", last.getMessage());
        assertEquals(List.of(first.getStackTrace()), List.of(last.getStackTrace()));
    }

    @Test
    void fewerThanOneAttemptIsRefusedNamingTheValue() {
        Ec2ClientException client = new Ec2ClientException("x");
        Ec2ServiceException service = new Ec2ServiceException(500, NOT_FOUND, null, null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.afterAttempts(0, false));
        assertEquals("attempts < 1: 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service.afterAttempts(-1, false));
    }

    static Stream<Class<?>> exceptionTypes() {
        return Stream.of(
                Ec2Exception.class,
                Ec2ClientException.class,
                Ec2ServiceException.class,
                Ec2ConfigurationException.class,
                Ec2WaiterException.class,
                MoveException.class,
                MoveDeadlineException.class,
                MoveTargetException.class,
                NetworkInterfaceMoveException.class);
    }

    /** A public setter would let one holder of an exception change what another reads. */
    @ParameterizedTest
    @MethodSource("exceptionTypes")
    void noExceptionTypeHasAMutatorOrAMutableField(Class<?> type) {
        List<String> found = new ArrayList<>();
        for (var method : type.getDeclaredMethods()) {
            boolean visible = Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers());
            String name = method.getName();
            if (visible && method.getReturnType() == void.class && !name.equals("printStackTrace")) {
                found.add(name);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isFinal(field.getModifiers())) {
                found.add(field.getName());
            }
        }
        assertEquals(List.of(), found, type.getSimpleName() + " has mutators or non-final fields");
    }
}
