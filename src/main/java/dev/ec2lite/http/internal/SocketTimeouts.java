package dev.ec2lite.http.internal;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Read and write timeouts that do not wake a watchdog thread on every socket read and write.
 *
 * <p>OkHttp enforces its own timeouts through Okio's watchdog: each read and write registers with one
 * shared thread and signals it. On a kept-alive call that hand-off was about half of the call's CPU
 * time (measured with the benchmarks' stub, 10 s timeouts against none). So OkHttp's timeouts are set
 * to zero and replaced:
 *
 * <ul>
 *   <li>the read timeout becomes the socket's own ({@code SO_TIMEOUT}): a {@link BoundedSocket}
 *       enforces it by itself; on a caller's own sockets it is set for each exchange after OkHttp has
 *       set up the connection (it writes its own value there first). Either way a silent server ends
 *       in a {@link java.net.SocketTimeoutException};
 *   <li>the write timeout is kept, through OkHttp, only for request bodies larger than {@link
 *       #SMALL_BODY_BYTES}: a smaller request fits in the socket's buffers and is handed to the kernel
 *       without waiting for the server.
 * </ul>
 *
 * <p>Only HTTP/1.1 is spoken: an HTTP/2 connection is read by a thread of its own that must be able to
 * wait forever, so a socket timeout would cut it. EC2's Query API is served over HTTP/1.1.
 */
final class SocketTimeouts {
    /** Request bodies up to this size are written without a timeout; AWS Query requests are far smaller. */
    static final long SMALL_BODY_BYTES = 64 * 1024;

    private SocketTimeouts() {}

    /** Replaces OkHttp's timeouts on {@code builder}; zero means none, as in OkHttp. */
    /**
     * Replaces OkHttp's timeouts on {@code builder}; zero means none, as in OkHttp. With {@code
     * setSocketTimeout}, each exchange sets the socket's read timeout; without it the sockets enforce
     * it themselves ({@link BoundedSocket}), and the per-exchange interceptor would only repeat it.
     */
    static OkHttpClient.Builder apply(
            OkHttpClient.Builder builder, int readTimeoutMillis, int writeTimeoutMillis, boolean setSocketTimeout) {
        builder.readTimeout(0, TimeUnit.MILLISECONDS)
                .writeTimeout(0, TimeUnit.MILLISECONDS)
                .protocols(List.of(Protocol.HTTP_1_1))
                .addInterceptor(chain -> writeTimeoutForLargeBodies(chain, writeTimeoutMillis));
        if (setSocketTimeout) {
            builder.addNetworkInterceptor(chain -> socketReadTimeout(chain, readTimeoutMillis));
        }
        return builder;
    }

    private static Response writeTimeoutForLargeBodies(Interceptor.Chain chain, int writeTimeoutMillis)
            throws IOException {
        RequestBody body = chain.request().body();
        if (writeTimeoutMillis > 0 && body != null && body.contentLength() > SMALL_BODY_BYTES) {
            return chain.withWriteTimeout(writeTimeoutMillis, TimeUnit.MILLISECONDS)
                    .proceed(chain.request());
        }
        return chain.proceed(chain.request());
    }

    private static Response socketReadTimeout(Interceptor.Chain chain, int readTimeoutMillis) throws IOException {
        Connection connection = chain.connection();
        if (connection != null) {
            Socket socket = connection.socket();
            socket.setSoTimeout(readTimeoutMillis);
        }
        return chain.proceed(chain.request());
    }
}
