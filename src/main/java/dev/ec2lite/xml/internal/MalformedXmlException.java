package dev.ec2lite.xml.internal;

/**
 * A body that {@link SafeXml} refused: not well-formed, a DOCTYPE, over a limit. Internal: callers see
 * it only as the cause of an {@link dev.ec2lite.error.Ec2Exception}. The message is short and ours; a
 * parser exception, when there was one, is the cause.
 */
final class MalformedXmlException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedXmlException(String message) {
        super(message);
    }

    MalformedXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
