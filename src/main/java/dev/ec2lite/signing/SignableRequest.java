package dev.ec2lite.signing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a signer needs of an HTTP request: method, path and query exactly as they will go on the
 * wire (not decoded, not re-encoded), the headers in order, and the body. Immutable.
 *
 * <p>The path and query are raw strings on purpose: SigV4 encodes the path once more, and a {@code
 * java.net.URI} would already have normalised or re-encoded it.
 */
public final class SignableRequest {
    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String path;
    private final String query;
    private final List<Header> headers;
    private final byte[] body;

    private SignableRequest(Builder builder) {
        this.method = requireToken(builder.method, "method");
        this.path = Objects.requireNonNull(builder.path, "path == null");
        this.query = builder.query;
        this.headers = List.copyOf(builder.headers);
        this.body = builder.body;
    }

    private SignableRequest(SignableRequest base, HeaderList ownedHeaders) {
        this.method = base.method;
        this.path = base.path;
        this.query = base.query;
        this.headers = ownedHeaders;
        this.body = base.body;
    }

    /**
     * This request with other headers. The list is taken over, not copied nor wrapped: the signer
     * builds it for this request alone, and it is read-only once handed over.
     */
    SignableRequest withOwnedHeaders(HeaderList ownedHeaders) {
        return new SignableRequest(this, ownedHeaders);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().method(method).path(path).query(query).body(body);
        builder.headers.addAll(headers);
        return builder;
    }

    /** The HTTP method, such as {@code POST}. */
    public String method() {
        return method;
    }

    /** The path as sent, such as {@code /}; empty means {@code /}. */
    public String path() {
        return path;
    }

    /** The raw query string without its {@code ?}, or null when the URL has none. */
    public String query() {
        return query;
    }

    /** The headers in the caller's order; names may repeat. */
    public List<Header> headers() {
        return headers;
    }

    /** The first value of the header {@code name} (case-insensitive), or null. */
    public String header(String name) {
        for (Header header : headers) {
            if (header.hasName(name)) {
                return header.value();
            }
        }
        return null;
    }

    /** The body; never null (empty when there is none). Not copied: callers must not change it. */
    public byte[] body() {
        return body;
    }

    private static String requireToken(String value, String name) {
        Objects.requireNonNull(value, name + " == null");
        // A plain loop: this runs for every request built, and a stream costs a few hundred bytes.
        boolean token = !value.isEmpty();
        for (int i = 0; token && i < value.length(); i++) {
            char c = value.charAt(i);
            token = c > ' ' && c < 127;
        }
        if (!token) {
            throw new IllegalArgumentException(name + " is not an HTTP token: '" + value + "'");
        }
        return value;
    }

    /** Builds a {@link SignableRequest}; method and path are required. */
    public static final class Builder {
        private String method;
        private String path = "/";
        private String query;
        private final List<Header> headers = new ArrayList<>();
        private byte[] body = NO_BODY;

        private Builder() {}

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** The raw query without its {@code ?}; null for none. */
        public Builder query(String query) {
            this.query = query;
            return this;
        }

        /** Adds a header line; earlier lines of the same name stay. */
        public Builder addHeader(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        /** Replaces every header of this name (case-insensitive) with one line. */
        public Builder setHeader(String name, String value) {
            removeHeader(name);
            return addHeader(name, value);
        }

        public Builder removeHeader(String name) {
            headers.removeIf(header -> header.hasName(name));
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body == null ? NO_BODY : body;
            return this;
        }

        public SignableRequest build() {
            return new SignableRequest(this);
        }
    }
}
