package dev.ec2lite.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.Protocol;

/**
 * How far one attempt got, learnt from OkHttp's events, so that a failure can say where it happened
 * (connecting, the proxy's {@code CONNECT}, the TLS handshake, sending, waiting) and whether the
 * request can have reached the server. It travels as the request's tag, one per attempt.
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

    /** OkHttp asks for a listener per call; an attempt's own phase is in its request's tag. */
    static final EventListener.Factory FACTORY = call -> {
        CallPhase phase = call.request().tag(CallPhase.class);
        return phase != null ? phase : EventListener.NONE;
    };

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
