package dev.ec2lite.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * What the transport the project chose costs on its own: {@link JdkFloor}'s unsigned {@code POST}, made
 * through OkHttp instead of {@code HttpURLConnection}, with the same trust and ec2lite's own transport
 * settings, from the same shrunk jar as the command ({@code target/ec2lite.jar} supplies OkHttp and
 * Jackson). No signing, no parsing, no argument parsing, nothing of ec2lite, and over http no TLS set-up.
 * A start-up target below this program's figure cannot be met by any command or library that sends its
 * calls through OkHttp.
 *
 * <p>With {@code --read-xml} it also reads the answer as the project's other chosen dependency does,
 * Jackson XML's streaming parser over the JDK's StAX, token by token until the request id: the floor of
 * the chosen stack, still with nothing of ec2lite.
 *
 * <pre>OkHttpFloor [--read-xml] URL [CA_PEM]</pre>
 */
public final class OkHttpFloor {
    private OkHttpFloor() {}

    public static void main(String[] arguments) throws IOException, GeneralSecurityException {
        boolean readXml = arguments.length > 0 && arguments[0].equals("--read-xml");
        String[] args = readXml ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        // ec2lite's transport settings wherever they spare work (OkHttpTransport, SocketTimeouts): no
        // silent retry or redirects, connecting on the calling thread, HTTP/1.1 only, no read or write
        // timeout on Okio's watchdog; the call timeout stays, as ec2lite's backstop does.
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .fastFallback(false)
                .protocols(List.of(Protocol.HTTP_1_1))
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .callTimeout(Duration.ofSeconds(10));
        if (args[0].startsWith("http:")) {
            // The least OkHttp can do over http: with no TLS spec it never builds the platform's TLS
            // defaults (the system trust store and its certificates), as ec2lite's transport does not.
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        } else {
            TrustManagerFactory trust = JdkFloor.trustManagers(Path.of(args[1]));
            builder.sslSocketFactory(
                    JdkFloor.trusting(trust).getSocketFactory(), (X509TrustManager) trust.getTrustManagers()[0]);
        }
        OkHttpClient client = builder.build();
        // Only calls ec2lite's transport makes too: the floor runs from ec2lite's shrunk jar, which keeps no other.
        Request request = new Request.Builder()
                .url(HttpUrl.get(args[0]))
                .method("POST", RequestBody.create(Fixtures.FORM_BODY_BYTES, MediaType.get(Fixtures.CONTENT_TYPE)))
                .build();
        try (Response response = client.newCall(request).execute()) {
            byte[] body = response.body().byteStream().readAllBytes();
            if (response.code() != 200) {
                throw new IOException("the stub answered " + response.code());
            }
            if (readXml && !requestId(body).equals(Fixtures.REQUEST_ID)) {
                throw new IOException("no request id in the answer");
            }
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    private static String requestId(byte[] body) throws IOException {
        // Both factories named, as ec2lite's SafeXml does: Jackson would otherwise look one up on the class path.
        XmlFactory factory = XmlFactory.builder()
                .xmlInputFactory(XMLInputFactory.newDefaultFactory())
                .xmlOutputFactory(XMLOutputFactory.newDefaultFactory())
                .build();
        try (JsonParser parser = factory.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("requestId")) {
                    parser.nextToken();
                    return parser.getText();
                }
            }
        }
        return "";
    }
}
