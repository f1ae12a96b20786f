package dev.ec2lite.query;

import dev.ec2lite.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/**
 * The successful answer to a Query call: its parsed XML, the request id (when the answer carried
 * one), the HTTP status, and how many attempts it took.
 */
public record QueryResponse(String action, XmlElement xml, Optional<String> requestId, int statusCode, int attempts) {
    public QueryResponse {
        Objects.requireNonNull(xml, "xml == null");
        Objects.requireNonNull(requestId, "requestId == null");
    }
}
