package dev.ec2lite.local;

import java.util.Optional;

/**
 * One request the endpoint answered, for tests that count attempts: the {@code Action} it named
 * (empty when it named none), the HTTP status of the answer, the EC2 error code when the answer was
 * an error, and whether its signature was verified.
 */
public record RecordedRequest(String action, int status, Optional<String> errorCode, boolean signatureVerified) {}
