package dev.ec2lite.local;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The actions a test has taken away from the caller, as an IAM policy without {@code ec2:Action}
 * would: each is answered {@code UnauthorizedOperation} (HTTP 403) after the signature is verified.
 */
final class Permissions {
    private final Set<String> denied = ConcurrentHashMap.newKeySet();

    void deny(String action) {
        Objects.requireNonNull(action, "action == null");
        if (action.isBlank()) {
            throw new IllegalArgumentException("action is blank");
        }
        denied.add(action);
    }

    void allowAll() {
        denied.clear();
    }

    /** Throws EC2's refusal when {@code action} is denied. */
    void check(String action) {
        if (denied.contains(action)) {
            throw new ServiceError(
                    403,
                    "UnauthorizedOperation",
                    "You are not authorized to perform this operation. User: arn:aws:iam::" + Ec2Responses.OWNER_ID
                            + ":user/example is not authorized to perform: ec2:" + action
                            + " because no identity-based policy allows the ec2:" + action + " action");
        }
    }
}
