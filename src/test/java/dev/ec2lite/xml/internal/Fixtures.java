package dev.ec2lite.xml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test bodies under {@code src/test/resources/xml/}, read as exact bytes. */
final class Fixtures {
    static final String[] ALL = {
        "detach-success-2016-11-15.xml",
        "detach-success-other-version.xml",
        "detach-success-no-namespace.xml",
        "ec2-error-one.xml",
        "ec2-error-two.xml",
        "generic-error-cdata.xml",
        "unauthorized-operation.xml",
        "dry-run-operation.xml",
        "sts-assume-role-success.xml",
        "doctype-rejected.xml",
        "billion-laughs.xml",
        "proxy-503.html",
    };

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/xml/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
