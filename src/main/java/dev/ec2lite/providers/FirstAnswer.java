package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks named providers in order and answers with the first that has credentials. The one that
 * answered is remembered and asked alone from then on, as the Java SDK v2's chain does with {@code
 * reuseLastProviderEnabled} (its default): a process that found credentials in one place keeps
 * using that place. When none answers, one exception lists every source and why it gave nothing.
 * A failure marked {@link EndsTheChain} (a clearly configured source that cannot answer) is thrown
 * at once: the next source's answer would hide it.
 */
final class FirstAnswer implements CredentialsProvider {
    private static final int REASON_LENGTH = 400;

    /** A provider and the words that name it in messages. */
    record Source(String name, CredentialsProvider provider) {
        Source {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(provider, "provider == null");
        }
    }

    private final String what;
    private final List<Source> sources;
    private volatile Source answered;

    /** {@code what} names the whole ("AWS credentials") in the nothing-found message. */
    FirstAnswer(String what, List<Source> sources) {
        this.what = Objects.requireNonNull(what, "what == null");
        this.sources = List.copyOf(sources);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        Source remembered = answered;
        if (remembered != null) {
            return remembered.provider().resolveCredentials();
        }
        List<String> reasons = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (Source source : sources) {
            try {
                AwsCredentials credentials = source.provider().resolveCredentials();
                answered = source;
                return credentials;
            } catch (RuntimeException e) {
                if (e instanceof EndsTheChain) {
                    throw e;
                }
                reasons.add(source.name() + ": " + reason(e));
                failures.add(e);
            }
        }
        StringBuilder message = new StringBuilder("No " + what + " found. Tried, in order:");
        reasons.forEach(reason -> message.append("\n  - ").append(reason));
        Ec2ClientException none = new Ec2ClientException(message.toString());
        failures.forEach(none::addSuppressed);
        throw none;
    }

    /** The source that answered, once one has. */
    Optional<String> answeredBy() {
        Source remembered = answered;
        return remembered == null ? Optional.empty() : Optional.of(remembered.name());
    }

    /**
     * The failure in one line. Messages of this package never hold secrets; other exceptions are
     * shown by type and message too, because they come from this library's own code (config
     * parsing) and its messages are written the same way.
     */
    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String text = e instanceof Ec2ClientException ? message : e.getClass().getSimpleName() + ": " + message;
        return ErrorText.clean(text, REASON_LENGTH);
    }

    List<String> sourceNames() {
        return sources.stream().map(Source::name).toList();
    }

    @Override
    public String toString() {
        return "FirstAnswer{" + String.join(", ", sourceNames()) + "}";
    }
}
