package dev.ec2lite.http.internal;

import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates a TLS connection accepts: the JDK's trust store, plus the certificates of
 * a CA bundle when one is given ({@code AWS_CA_BUNDLE}, the profile's {@code ca_bundle}, {@code
 * --ca-bundle}): a TLS-inspecting proxy's private CA is then trusted without losing the public ones.
 * Or, only when asked ({@code --no-verify-ssl}), nothing is checked.
 *
 * <p>Nothing is loaded before a TLS connection needs it: a plain-http call with {@code AWS_CA_BUNDLE} set
 * decodes no certificate, and a server the bundle vouches for never loads the JDK's store (each costs
 * about a fifth of a second of CPU in a fresh process).
 */
public final class TlsTrust {
    /** A CA bundle larger than this is not a CA bundle. */
    static final long MAX_BUNDLE_BYTES = 16L * 1024 * 1024;

    private static final X509Certificate[] NO_ISSUERS = new X509Certificate[0];

    private final X509TrustManager trustManager;
    private final boolean verifies;
    private final String description;
    private SSLSocketFactory socketFactory;

    private TlsTrust(X509TrustManager trustManager, boolean verifies, String description) {
        this.trustManager = trustManager;
        this.verifies = verifies;
        this.description = description;
    }

    /**
     * The JDK's trust store and the certificates of the PEM file {@code bundle}. The file is read and its
     * certificates checked for form now; they are decoded when a server's chain needs them.
     *
     * @throws IllegalArgumentException naming the file when it is missing, unreadable, too large or holds
     *     no certificate, or a malformed one
     */
    public static TlsTrust withCaBundle(Path bundle) {
        CaBundle certificates = CaBundle.read(bundle);
        return new TlsTrust(new BundleThenJdkTrustManager(certificates), true, "the JDK's trust store and " + bundle);
    }

    /** Trusts every certificate and host name: for {@code --no-verify-ssl} only. */
    public static TlsTrust insecure() {
        return new TlsTrust(new TrustEverything(), false, "no verification");
    }

    /** Whether certificates and host names are checked. */
    public boolean verifies() {
        return verifies;
    }

    X509TrustManager trustManager() {
        return trustManager;
    }

    /**
     * The trust manager to hand OkHttp beside {@link #socketFactory()}. OkHttp asks it for every accepted
     * issuer when the client is built, which would decode the whole bundle and the JDK's store for nothing:
     * it uses the list only for certificate pinning. So unless the client pins, it gets a view that lists
     * none and checks through the real one; the handshake itself uses the socket factory's.
     */
    X509TrustManager trustManagerForOkHttp(boolean pinsCertificates) {
        return pinsCertificates ? trustManager : new UnlistedIssuers(trustManager);
    }

    /** Made at the first TLS connection's set-up, not before: plain-http clients never need it. */
    synchronized SSLSocketFactory socketFactory() {
        if (socketFactory == null) {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trustManager}, new SecureRandom());
                socketFactory = context.getSocketFactory();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this JDK cannot make a TLS context: " + e.getMessage(), e);
            }
        }
        return socketFactory;
    }

    /** With verification off, any host name is accepted as well. */
    HostnameVerifier hostnameVerifier() {
        return (host, session) -> true;
    }

    @Override
    public String toString() {
        return "TlsTrust{" + description + "}";
    }

    static X509ExtendedTrustManager jdkDefault() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return onlyX509(factory.getTrustManagers());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's trust store cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** The JDK's trust manager factories make extended ones; see {@link BundleThenJdkTrustManager}. */
    static X509ExtendedTrustManager onlyX509(TrustManager[] managers) {
        for (TrustManager manager : managers) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("the JDK offers no X.509 trust manager");
    }

    /**
     * Accepts a server that the bundle or the JDK's store accepts. The bundle is asked first: it is
     * indexed by subject, so a chain it anchors is checked without loading the JDK's store at all.
     *
     * <p>It is an {@link X509ExtendedTrustManager} so that the JDK hands it the socket and calls it as it
     * is; a plain {@link X509TrustManager} is wrapped, and the wrapper asks for every accepted issuer at
     * each handshake, which would load everything this class avoids loading.
     */
    private static final class BundleThenJdkTrustManager extends X509ExtendedTrustManager {
        private final CaBundle bundle;
        private X509ExtendedTrustManager jdk;

        BundleThenJdkTrustManager(CaBundle bundle) {
            this.bundle = bundle;
        }

        private synchronized X509ExtendedTrustManager jdk() {
            if (jdk == null) {
                jdk = jdkDefault();
            }
            return jdk;
        }

        /** One of the ways the JDK asks whether a server chain is trusted, put to one trust manager. */
        private interface ServerCheck {
            void by(X509ExtendedTrustManager manager) throws CertificateException;
        }

        private void checkServer(X509Certificate[] chain, ServerCheck check) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new IllegalArgumentException("the server sent no certificate chain");
            }
            try {
                check.by(bundle.trustManagerFor(chain));
            } catch (CertificateException fromBundle) {
                try {
                    check.by(jdk());
                } catch (CertificateException fromJdk) {
                    fromBundle.addSuppressed(fromJdk);
                    throw fromBundle;
                }
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            checkServer(chain, manager -> manager.checkServerTrusted(chain, authType));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkServer(chain, manager -> manager.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkServer(chain, manager -> manager.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            jdk().checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            jdk().checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            jdk().checkClientTrusted(chain, authType, engine);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] fromJdk = jdk().getAcceptedIssuers();
            List<X509Certificate> all = new ArrayList<>(Arrays.asList(fromJdk));
            try {
                all.addAll(bundle.certificates());
            } catch (CertificateException e) {
                throw new IllegalStateException("CA bundle " + bundle + ": " + e.getMessage(), e);
            }
            return all.toArray(NO_ISSUERS);
        }
    }

    /** Checks through {@code checking} but lists no accepted issuer (see {@link #trustManagerForOkHttp}). */
    private static final class UnlistedIssuers implements X509TrustManager {
        private final X509TrustManager checking;

        UnlistedIssuers(X509TrustManager checking) {
            this.checking = checking;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            checking.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            checking.checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return NO_ISSUERS;
        }
    }

    /** Accepts anything; the warning is the caller's to print. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return NO_ISSUERS;
        }
    }
}
