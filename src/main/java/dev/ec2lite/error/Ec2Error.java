package dev.ec2lite.error;

import java.util.Objects;

/**
 * One {@code <Error>} of an EC2 error answer: its code ({@code InvalidAttachmentID.NotFound}) and its
 * message, both as the service wrote them.
 */
public record Ec2Error(String code, String message) {
    public Ec2Error {
        Objects.requireNonNull(code, "code == null");
        message = message == null ? "" : message;
    }
}
