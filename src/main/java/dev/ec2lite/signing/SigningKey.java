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

    SigningKey(SigV4Crypto crypto) {
        this.crypto = crypto;
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
