package dev.ec2lite.local;

/**
 * An error answer in EC2's shape: the HTTP status, the error code and the message that go into
 * {@code Response/Errors/Error}. Thrown by the model and the verifier, turned into XML by the
 * handler; it carries no stack trace because it is an answer, not a bug.
 */
final class ServiceError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** EC2's answer to any credential or signature problem (HTTP 401). */
    static final String AUTH_FAILURE_MESSAGE = "AWS was not able to validate the provided access credentials";

    private final int status;
    private final String code;

    ServiceError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ServiceError authFailure() {
        return new ServiceError(401, "AuthFailure", AUTH_FAILURE_MESSAGE);
    }

    static ServiceError missingParameter(String name) {
        return new ServiceError(400, "MissingParameter", "The request must contain the parameter " + name);
    }

    static ServiceError invalidParameterCombination(String message) {
        return new ServiceError(400, "InvalidParameterCombination", message);
    }

    static ServiceError invalidParameterValue(String message) {
        return new ServiceError(400, "InvalidParameterValue", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
