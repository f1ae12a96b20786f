package dev.ec2lite.providers;

import dev.ec2lite.error.Ec2ClientException;

/**
 * No usable answer from STS, with the role that was being assumed in its message. Status, attempts and
 * the earlier attempts' failures are copied from the Query client's exception, which stays attached as
 * the cause; its message (with its attempt count) follows the role.
 */
final class StsClientException extends Ec2ClientException {
    private static final long serialVersionUID = 1L;

    private final String roleArn;

    StsClientException(Ec2ClientException failure, String roleArn) {
        super(failure.getMessage(), failure.statusCode().orElse(-1), failure, failure.attempts());
        this.roleArn = roleArn;
        for (Throwable earlier : failure.getSuppressed()) {
            addSuppressed(earlier);
        }
    }

    /** The cause's message already ends with its attempt count: this one adds only the role. */
    @Override
    public String getMessage() {
        return "assuming role " + roleArn + ": " + getCause().getMessage();
    }
}
