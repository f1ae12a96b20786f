package dev.ec2lite.http;

import dev.ec2lite.signing.Header;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/** One HTTP request as it goes on the wire, already signed. */
public record HttpCall(String method, URI url, List<Header> headers, String contentType, byte[] body) {
    public HttpCall {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(url, "url == null");
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** Method, URL, headers (credentials hidden by {@code Header.toString()}) and body size. */
    @Override
    public String toString() {
        return "HttpCall{" + method + " " + url + ", headers=" + headers + ", body=" + body.length + " bytes}";
    }
}
