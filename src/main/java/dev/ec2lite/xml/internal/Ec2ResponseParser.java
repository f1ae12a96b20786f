package dev.ec2lite.xml.internal;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2Error;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the body of a Query-protocol answer (EC2, STS) into either its root {@link XmlElement} or an
 * {@link Ec2ServiceException}. Stateless and thread-safe.
 *
 * <p>Error bodies come in two shapes, both accepted: EC2's {@code
 * <Response><Errors><Error><Code/><Message/></Error>…</Errors><RequestID/></Response>} and the generic
 * {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>}, plus a
 * bare {@code <Error>} root. Errors are kept in order.
 *
 * <p>Everything taken from the answer's text (codes, messages, request ids) ends up in exception
 * messages, {@code --debug} lines and the CLI's stderr, so it is made printable here, once: control,
 * C1 and formatting characters (bidi overrides) become '?', whitespace runs one space ({@link
 * BodySnippet#sanitize}). It is also bounded: all messages together at most {@value
 * #MAX_MESSAGES_CHARS} characters (the first up to {@value #MAX_FIRST_MESSAGE_CHARS}, enough for an
 * encoded authorization failure message to stay whole and decodable), at most {@value #MAX_ERRORS}
 * errors, codes and request ids at most {@value #MAX_CODE_CHARS} characters each. A hostile or broken
 * server can therefore add only a few KB to any message.
 *
 * <p>When a body cannot be used, the rule of this package applies (see {@code package-info}): an error
 * status gives an {@link Ec2ServiceException} with the synthetic code {@code Http<status>}; a success
 * status gives an {@link Ec2ClientException}. Both carry the status and a sanitised body snippet.
 */
public final class Ec2ResponseParser {
    /**
     * The largest body this parser reads. EC2 pages its Describe answers (1,000 items at most), which
     * stay well under 8 MiB; anything bigger is not an answer we asked for, and parsing it would cost
     * memory the caller did not budget. Transports should read at most this much ({@link
     * BoundedReader#readAtMost}).
     */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    /**
     * Prefix of the codes we make up for error answers without a usable body ({@code Http503}). Not an
     * AWS code: no AWS code starts this way, so callers can tell the two apart.
     */
    public static final String SYNTHETIC_CODE_PREFIX = "Http";

    private static final String[] REQUEST_ID_NAMES = {"requestId", "RequestId", "RequestID"};

    /** Errors kept from one answer; EC2 sends one, rarely two. */
    static final int MAX_ERRORS = 5;

    static final int MAX_CODE_CHARS = 128;
    static final int MAX_FIRST_MESSAGE_CHARS = 4096;
    static final int MAX_OTHER_MESSAGE_CHARS = 256;
    static final int MAX_MESSAGES_CHARS = 5120;

    private Ec2ResponseParser() {}

    /**
     * The whole rule in one call: for a 2xx status, the parsed success body ({@link #parseSuccess});
     * otherwise throws the {@link Ec2ServiceException} of {@link #parseError}.
     *
     * @param requestIdHeader the {@code x-amzn-RequestId} header value, or null
     * @param operation the action called, such as {@code DetachNetworkInterface}, or null
     */
    public static XmlElement parse(byte[] body, int statusCode, String requestIdHeader, String operation) {
        if (isSuccess(statusCode)) {
            return parseSuccess(body, statusCode, requestIdHeader, operation);
        }
        throw parseError(body, statusCode, requestIdHeader, operation);
    }

    /**
     * The root element of a success body, such as {@code <DetachNetworkInterfaceResponse>}, whatever its
     * namespace. A root that does not end in {@code Response} is refused; an error document sent with a
     * success status is thrown as the {@link Ec2ServiceException} it describes.
     *
     * @param body the body, at most {@link #MAX_BODY_BYTES}; null counts as empty
     * @throws Ec2ClientException when the body is empty, not XML, hostile, over a limit or of unknown shape
     */
    public static XmlElement parseSuccess(byte[] body, int statusCode) {
        return parseSuccess(body, statusCode, null, null);
    }

    private static XmlElement parseSuccess(byte[] body, int statusCode, String requestIdHeader, String operation) {
        XmlElement root;
        try {
            root = SafeXml.parse(bounded(body));
        } catch (MalformedXmlException e) {
            throw unreadableSuccess(statusCode, e.getMessage(), body, e);
        }
        if (isErrorShape(root)) {
            List<Ec2Error> errors = errorsOf(root);
            if (errors.isEmpty()) {
                throw unreadableSuccess(statusCode, "error document without an error code", body, null);
            }
            throw new Ec2ServiceException(statusCode, errors, requestId(root, requestIdHeader), operation);
        }
        if (!root.name().endsWith("Response")) {
            throw unreadableSuccess(
                    statusCode, "unexpected root element <" + BodySnippet.sanitize(root.name(), 64) + ">", body, null);
        }
        return root;
    }

    /**
     * The exception an error answer stands for; returned, not thrown, so the caller decides (a {@code
     * DryRunOperation} with status 412 is a success to the facade). Never fails: a body without a usable
     * error gives the synthetic code {@code Http<status>} and a message with the reason and a sanitised
     * snippet of the body.
     *
     * @param body the body, at most {@link #MAX_BODY_BYTES}; null counts as empty
     * @param requestIdHeader the {@code x-amzn-RequestId} header value, used when the body has no request
     *     id; may be null
     * @param operation the action called, such as {@code DetachNetworkInterface}, or null
     */
    public static Ec2ServiceException parseError(
            byte[] body, int statusCode, String requestIdHeader, String operation) {
        XmlElement root;
        try {
            root = SafeXml.parse(bounded(body));
        } catch (MalformedXmlException e) {
            return unreadableError(statusCode, e.getMessage(), body, requestIdHeader, operation, e);
        }
        if (!isErrorShape(root)) {
            return unreadableError(
                    statusCode,
                    "unexpected root element <" + BodySnippet.sanitize(root.name(), 64) + ">",
                    body,
                    requestIdHeader,
                    operation,
                    null);
        }
        List<Ec2Error> errors = errorsOf(root);
        if (errors.isEmpty()) {
            return unreadableError(statusCode, "no error code in the body", body, requestIdHeader, operation, null);
        }
        return new Ec2ServiceException(statusCode, errors, requestId(root, requestIdHeader), operation);
    }

    /**
     * The request id of an answer: {@code requestId} (EC2), {@code RequestId} or {@code RequestID}, as a
     * child of the root or of its {@code ResponseMetadata} (STS).
     */
    public static Optional<String> requestIdOf(XmlElement root) {
        Optional<String> direct = requestIdChild(root);
        if (direct.isPresent()) {
            return direct;
        }
        return root.child("ResponseMetadata").flatMap(Ec2ResponseParser::requestIdChild);
    }

    private static Optional<String> requestIdChild(XmlElement element) {
        for (String name : REQUEST_ID_NAMES) {
            Optional<String> id = element.childText(name)
                    .map(text -> BodySnippet.sanitize(text, MAX_CODE_CHARS))
                    .filter(text -> !text.isEmpty());
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static boolean isSuccess(int statusCode) {
        return statusCode >= 200 && statusCode < 300;
    }

    private static byte[] bounded(byte[] body) throws MalformedXmlException {
        if (body == null) {
            return new byte[0];
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new MalformedXmlException("body larger than " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    private static boolean isErrorShape(XmlElement root) {
        switch (root.name()) {
            case "Response":
            case "ErrorResponse":
            case "Errors":
            case "Error":
                return true;
            default:
                return false;
        }
    }

    /**
     * The first {@value #MAX_ERRORS} {@code <Error>}s with a non-blank code, in document order, from any
     * accepted shape, their text made printable and bounded.
     */
    private static List<Ec2Error> errorsOf(XmlElement root) {
        List<XmlElement> found = new ArrayList<>();
        if (root.name().equals("Error")) {
            found.add(root);
        }
        for (XmlElement child : root.children()) {
            if (child.name().equals("Error")) {
                found.add(child);
            } else if (child.name().equals("Errors")) {
                found.addAll(child.children("Error"));
            }
        }
        List<Ec2Error> errors = new ArrayList<>();
        int messageBudget = MAX_MESSAGES_CHARS;
        for (XmlElement error : found) {
            String code = BodySnippet.sanitize(error.childText("Code").orElse(""), MAX_CODE_CHARS);
            if (code.isEmpty()) {
                continue;
            }
            int limit = Math.min(messageBudget, errors.isEmpty() ? MAX_FIRST_MESSAGE_CHARS : MAX_OTHER_MESSAGE_CHARS);
            String message = BodySnippet.sanitize(error.childText("Message").orElse(""), limit);
            errors.add(new Ec2Error(code, message));
            messageBudget -= message.length();
            if (errors.size() == MAX_ERRORS || messageBudget <= 0) {
                break;
            }
        }
        return errors;
    }

    /**
     * The body's request id first (it names the request AWS actually saw), then the header's; printable
     * and bounded either way. Null when neither has one.
     */
    public static String requestId(XmlElement root, String requestIdHeader) {
        return requestIdOf(root).orElseGet(() -> headerRequestId(requestIdHeader));
    }

    private static String headerRequestId(String requestIdHeader) {
        String id = requestIdHeader == null ? "" : BodySnippet.sanitize(requestIdHeader, MAX_CODE_CHARS);
        return id.isEmpty() ? null : id;
    }

    private static Ec2ClientException unreadableSuccess(int statusCode, String reason, byte[] body, Throwable cause) {
        return new Ec2ClientException(
                "HTTP " + statusCode + " answer is unusable (" + reason + "); body starts: " + BodySnippet.of(body),
                statusCode,
                cause);
    }

    /**
     * An error status without a usable body still says something: a proxy's 503 page is as retryable as
     * EC2's own 503. So it becomes a service exception whose code names the status, and retry logic sees
     * the same status and a stable code either way.
     */
    private static Ec2ServiceException unreadableError(
            int statusCode, String reason, byte[] body, String requestIdHeader, String operation, Throwable cause) {
        String message = "HTTP " + statusCode + " answer without a usable error body (" + reason + "); body starts: "
                + BodySnippet.of(body);
        return new Ec2ServiceException(
                statusCode,
                List.of(new Ec2Error(SYNTHETIC_CODE_PREFIX + statusCode, message)),
                headerRequestId(requestIdHeader),
                operation,
                cause);
    }
}
