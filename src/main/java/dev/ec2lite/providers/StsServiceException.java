package dev.ec2lite.providers;

import dev.ec2lite.error.Ec2ServiceException;

/**
 * An STS error answer, with the role that was being assumed in its message. Everything else (status,
 * codes, request id, attempts, the earlier attempts' failures) is copied from the Query client's
 * exception, which stays attached as the cause. Role ARNs are not secret; the token and the keys never
 * reach this message.
 */
final class StsServiceException extends Ec2ServiceException {
    private static final long serialVersionUID = 1L;

    private final String roleArn;

    StsServiceException(Ec2ServiceException answer, String roleArn) {
        super(
                answer.statusCode(),
                answer.errors(),
                answer.requestId().orElse(null),
                answer.operation().orElse(null),
                answer,
                answer.attempts(),
                answer.earlierAttemptMayHaveSucceeded());
        this.roleArn = roleArn;
        for (Throwable earlier : answer.getSuppressed()) {
            addSuppressed(earlier);
        }
    }

    @Override
    public String getMessage() {
        return "assuming role " + roleArn + ": " + super.getMessage();
    }
}
