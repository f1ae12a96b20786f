package dev.ec2lite.signing;

import dev.ec2lite.credentials.AwsCredentials;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything a signature depends on besides the request: who signs, for which region and service,
 * at what time, and the few choices the specification leaves to the caller. Immutable.
 *
 * <p>Defaults: path normalisation on (every service but S3), the body hashed into the signature,
 * no {@code x-amz-content-sha256} header, the session token signed, no expiry (header signing).
 * The names of the choices follow {@code context.json} of AWS's published test suite.
 */
public final class SigningParams {
    /** The longest presigned URL AWS accepts; a constant, as params are built for every signature. */
    private static final Duration MAX_EXPIRES = Duration.ofDays(7);

    private final AwsCredentials credentials;
    private final String region;
    private final String service;
    private final Instant time;
    private final boolean normalizePath;
    private final boolean signBody;
    private final boolean contentSha256Header;
    private final boolean omitSessionToken;
    private final Duration expires;

    private SigningParams(Builder builder) {
        this.credentials = Objects.requireNonNull(builder.credentials, "credentials == null");
        this.region = requireText(builder.region, "region");
        this.service = requireText(builder.service, "service");
        this.time = Objects.requireNonNull(builder.time, "time == null");
        this.normalizePath = builder.normalizePath;
        this.signBody = builder.signBody;
        this.contentSha256Header = builder.contentSha256Header;
        this.omitSessionToken = builder.omitSessionToken;
        this.expires = Objects.requireNonNull(builder.expires, "expires == null");
        if (expires.isNegative() || expires.compareTo(MAX_EXPIRES) > 0) {
            throw new IllegalArgumentException("expires must be between 0 and 7 days: " + expires);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .credentials(credentials)
                .region(region)
                .service(service)
                .time(time)
                .normalizePath(normalizePath)
                .signBody(signBody)
                .contentSha256Header(contentSha256Header)
                .omitSessionToken(omitSessionToken)
                .expires(expires);
    }

    public AwsCredentials credentials() {
        return credentials;
    }

    /** The region of the credential scope, such as {@code us-east-1}. */
    public String region() {
        return region;
    }

    /** The signing name of the service, such as {@code ec2}. */
    public String service() {
        return service;
    }

    /** The signing time; the signer never reads a clock of its own. */
    public Instant time() {
        return time;
    }

    /** Whether {@code .}, {@code ..} and empty segments are removed from the path before encoding. */
    public boolean normalizePath() {
        return normalizePath;
    }

    /** True: the payload hash is the body's SHA-256. False: the empty string's, whatever the body. */
    public boolean signBody() {
        return signBody;
    }

    /** Whether header signing adds (and signs) {@code x-amz-content-sha256}. */
    public boolean contentSha256Header() {
        return contentSha256Header;
    }

    /** True: the session token is added to the request after signing, outside the signature. */
    public boolean omitSessionToken() {
        return omitSessionToken;
    }

    /** {@code X-Amz-Expires} of a presigned request; zero leaves the parameter out. */
    public Duration expires() {
        return expires;
    }

    /**
     * {@code value} if it has a char other than white space. Params are built for every signature,
     * so the messages are only made when they are thrown (not {@code requireNonNull(value, name +
     * ...)}, which concatenates every time).
     */
    private static String requireText(String value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " == null");
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isWhitespace(value.charAt(i))) {
                return value; // at once for any real region or service
            }
        }
        throw new IllegalArgumentException(name + " is blank");
    }

    @Override
    public String toString() {
        return "SigningParams{" + credentials + ", region=" + region + ", service=" + service + ", time=" + time + "}";
    }

    /** Builds {@link SigningParams}; credentials, region, service and time are required. */
    public static final class Builder {
        private AwsCredentials credentials;
        private String region;
        private String service;
        private Instant time;
        private boolean normalizePath = true;
        private boolean signBody = true;
        private boolean contentSha256Header;
        private boolean omitSessionToken;
        private Duration expires = Duration.ZERO;

        private Builder() {}

        public Builder credentials(AwsCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder service(String service) {
            this.service = service;
            return this;
        }

        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        public Builder normalizePath(boolean normalizePath) {
            this.normalizePath = normalizePath;
            return this;
        }

        public Builder signBody(boolean signBody) {
            this.signBody = signBody;
            return this;
        }

        public Builder contentSha256Header(boolean contentSha256Header) {
            this.contentSha256Header = contentSha256Header;
            return this;
        }

        public Builder omitSessionToken(boolean omitSessionToken) {
            this.omitSessionToken = omitSessionToken;
            return this;
        }

        public Builder expires(Duration expires) {
            this.expires = expires;
            return this;
        }

        public SigningParams build() {
            return new SigningParams(this);
        }
    }
}
