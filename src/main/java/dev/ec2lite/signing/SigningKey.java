package dev.ec2lite.signing;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 3 of SigV4: the signing key, HMAC chained over date, region, service and {@code
 * aws4_request}, starting from {@code "AWS4" + secret}. The key is valid for a whole day, so it is
 * derived once per (secret, date, region, service) and cached.
 */
final class SigningKey {
    /**
     * A client signs with one or two keys a day; the bound only guards against a caller that rotates
     * through very many secrets. Past it the cache starts afresh, which is cheap.
     */
    private static final int MAX_CACHED_KEYS = 64;

    private final SigV4Crypto crypto;
    private final ConcurrentHashMap<CacheKey, byte[]> cache = new ConcurrentHashMap<>();

    /**
     * The key used last. Nearly every signature of a client uses the same key as the one before, and
     * checking it costs no objects, where a cache lookup makes a scope and a cache key.
     */
    private volatile Recent recent;

    SigningKey(SigV4Crypto crypto) {
        this.crypto = crypto;
    }

    /** The signing key for a signature dated {@code amzDate}, in {@code region} and {@code service}. */
    byte[] forSignature(String secretAccessKey, String amzDate, String region, String service) {
        Recent last = recent;
        if (last != null && last.matches(secretAccessKey, amzDate, region, service)) {
            return last.key;
        }
        CredentialScope scope = CredentialScope.of(amzDate, region, service);
        byte[] key = forScope(secretAccessKey, scope);
        recent = new Recent(secretAccessKey, scope, key);
        return key;
    }

    /** The signing key for {@code scope}, from the cache when it was derived before. */
    byte[] forScope(String secretAccessKey, CredentialScope scope) {
        CacheKey key = new CacheKey(secretAccessKey, scope);
        byte[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= MAX_CACHED_KEYS) {
            cache.clear();
        }
        byte[] derived = derive(crypto, secretAccessKey, scope);
        cache.put(key, derived);
        return derived;
    }

    /** Derives the key without caching: {@code kSigning} of the specification. */
    static byte[] derive(SigV4Crypto crypto, String secretAccessKey, CredentialScope scope) {
        byte[] kSecret = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
        byte[] kDate = crypto.hmacSha256(kSecret, utf8(scope.date()));
        byte[] kRegion = crypto.hmacSha256(kDate, utf8(scope.region()));
        byte[] kService = crypto.hmacSha256(kRegion, utf8(scope.service()));
        return crypto.hmacSha256(kService, utf8(SigV4Constants.AWS4_REQUEST));
    }

    int cachedKeys() {
        return cache.size();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The last key and what it was derived from. Holds the secret for comparison only; never printed. */
    private static final class Recent {
        private final String secret;
        private final CredentialScope scope;
        private final byte[] key;

        Recent(String secret, CredentialScope scope, byte[] key) {
            this.secret = secret;
            this.scope = scope;
            this.key = key;
        }

        boolean matches(String secret, String amzDate, String region, String service) {
            return amzDate.startsWith(scope.date())
                    && scope.region().equals(region)
                    && scope.service().equals(service)
                    && this.secret.equals(secret);
        }

        @Override
        public String toString() {
            return "Recent{" + scope + "}";
        }
    }

    /** Holds the secret for lookups only; never printed. */
    private static final class CacheKey {
        private final String secret;
        private final CredentialScope scope;

        CacheKey(String secret, CredentialScope scope) {
            this.secret = secret;
            this.scope = scope;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CacheKey that && secret.equals(that.secret) && scope.equals(that.scope);
        }

        @Override
        public int hashCode() {
            return 31 * secret.hashCode() + scope.hashCode(); // no varargs array per lookup
        }

        @Override
        public String toString() {
            return "CacheKey{" + scope + "}";
        }
    }

    @Override
    public String toString() {
        return "SigningKey{crypto=" + crypto.name() + ", cached=" + cache.size() + "}";
    }
}
