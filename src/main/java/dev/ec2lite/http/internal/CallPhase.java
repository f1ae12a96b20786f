package dev.ec2lite.http.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;

/**
 * How far one attempt got, learnt from OkHttp's events, so that a failure can say where it happened
 * (connecting, the proxy's {@code CONNECT}, the TLS handshake, sending, waiting) and whether the
 * request can have reached the server. One per attempt.
 */
final class CallPhase extends EventListener {
    /** The steps of an attempt, in order. */
    enum Step {
        STARTING,
        CONNECTING,
        TLS_HANDSHAKE,
        SENDING,
        WAITING
    }

    /**
     * The phase of the call being made on this thread. OkHttp asks {@link #FACTORY} for a call's listener
     * while {@link #newCall} makes the call, on the calling thread, so the phase is handed over here rather
     * than as a request tag: OkHttp's typed tags load Kotlin's reflection, a tenth of the classes a
     * one-call process loads.
     */
    private static final ThreadLocal<CallPhase> MAKING = new ThreadLocal<>();

    /** OkHttp asks for a listener per call; an attempt's own phase is the one {@link #newCall} was given. */
    static final EventListener.Factory FACTORY = call -> {
        CallPhase phase = MAKING.get();
        return phase != null ? phase : EventListener.NONE;
    };

    /** {@code client.newCall(request)}, whose events {@code phase} follows if the client uses {@link #FACTORY}. */
    static Call newCall(OkHttpClient client, Request request, CallPhase phase) {
        MAKING.set(phase);
        try {
            return client.newCall(request);
        } finally {
            MAKING.remove();
        }
    }

    private volatile Step step = Step.STARTING;
    private volatile Proxy proxy = Proxy.NO_PROXY;
    private volatile InetSocketAddress address;

    Step step() {
        return step;
    }

    /** Whether the attempt went (or was going) through an HTTP proxy. */
    boolean viaProxy() {
        return proxy.type() != Proxy.Type.DIRECT;
    }

    /** The proxy's address, or the server's when there is no proxy. */
    String peer() {
        InetSocketAddress peer = address;
        return peer == null ? "?" : peer.getHostString() + ":" + peer.getPort();
    }

    /** Whether any of the request can have left this machine. */
    boolean requestMayHaveBeenSent() {
        return step == Step.SENDING || step == Step.WAITING;
    }

    @Override
    public void connectStart(Call call, InetSocketAddress inetSocketAddress, Proxy proxy) {
        this.step = Step.CONNECTING;
        this.proxy = proxy;
        this.address = inetSocketAddress;
    }

    @Override
    public void secureConnectStart(Call call) {
        step = Step.TLS_HANDSHAKE;
    }

    @Override
    public void secureConnectEnd(Call call, Handshake handshake) {
        step = Step.CONNECTING;
    }

    @Override
    public void connectEnd(Call call, InetSocketAddress inetSocketAddress, Proxy proxy, Protocol protocol) {
        step = Step.CONNECTING;
    }

    @Override
    public void connectFailed(
            Call call, InetSocketAddress inetSocketAddress, Proxy proxy, Protocol protocol, IOException ioe) {
        // The step stays where it failed.
    }

    @Override
    public void requestHeadersStart(Call call) {
        step = Step.SENDING;
    }

    @Override
    public void responseHeadersStart(Call call) {
        step = Step.WAITING;
    }
}
