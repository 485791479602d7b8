package io.github.httpstatus.assertj;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

/**
 * A response built in memory, for what a loopback server cannot send: odd ports and URIs, or a
 * Content-Length that the JDK server would rewrite. The body was discarded, as with
 * {@code BodyHandlers.discarding()}.
 */
final class StubResponse implements HttpResponse<Void> {

    private final HttpRequest request;
    private final int status;
    private final HttpHeaders headers;

    private StubResponse(HttpRequest request, int status, HttpHeaders headers) {
        this.request = request;
        this.status = status;
        this.headers = headers;
    }

    /** A response to {@code method} on {@code uri} with the given status and header fields. */
    static StubResponse of(String method, String uri, int status, Map<String, List<String>> fields) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return new StubResponse(request, status, HttpHeaders.of(fields, (name, value) -> true));
    }

    @Override
    public int statusCode() {
        return status;
    }

    @Override
    public HttpRequest request() {
        return request;
    }

    @Override
    public Optional<HttpResponse<Void>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return headers;
    }

    @Override
    public Void body() {
        return null;
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return request.uri();
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
