package dev.ec2lite.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The least a JVM does for the call: one unsigned {@code POST} of the detach's form body through the
 * JDK's own {@code HttpURLConnection}, trusting a PEM bundle over https as ec2lite's {@code --ca-bundle}
 * does. No library, no signing, no parsing, no argument parsing. A start-up target below this
 * program's figure cannot be met by any command built on the JDK's HTTP and TLS.
 *
 * <pre>JdkFloor URL [CA_PEM]</pre>
 */
public final class JdkFloor {
    private JdkFloor() {}

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(trusting(trustManagers(Path.of(args[1]))).getSocketFactory());
        }
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(10_000);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", Fixtures.CONTENT_TYPE);
        try (OutputStream body = connection.getOutputStream()) {
            body.write(Fixtures.FORM_BODY_BYTES);
        }
        int status = connection.getResponseCode();
        try (InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (answer != null) {
                answer.readAllBytes();
            }
        }
        if (status != 200) {
            throw new IOException("the stub answered " + status);
        }
    }

    /** A TLS context that trusts what {@code trust} trusts. */
    static SSLContext trusting(TrustManagerFactory trust) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** The JDK's trust manager over the certificates of a PEM bundle, and nothing else. */
    static TrustManagerFactory trustManagers(Path pem) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca" + i++, certificate);
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        return trust;
    }
}
