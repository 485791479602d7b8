package io.github.httpstatus.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import javax.net.ssl.SSLSession;

/**
 * A response as the wrapped client gave it, linked to the one that came before it in the same
 * exchange (a followed redirect or a retried failure), as the JDK links the hops it follows itself.
 * Earlier responses carry no body: it was discarded unread.
 */
final class LinkedResponse<T> implements HttpResponse<T> {

    private final HttpResponse<T> response;
    private final Optional<HttpResponse<T>> previous;

    LinkedResponse(HttpResponse<T> response, HttpResponse<T> previous) {
        this.response = response;
        this.previous = Optional.ofNullable(previous);
    }

    @Override
    public int statusCode() {
        return response.statusCode();
    }

    @Override
    public HttpRequest request() {
        return response.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
        return previous;
    }

    @Override
    public HttpHeaders headers() {
        return response.headers();
    }

    @Override
    public T body() {
        return response.body();
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return response.sslSession();
    }

    @Override
    public URI uri() {
        return response.uri();
    }

    @Override
    public HttpClient.Version version() {
        return response.version();
    }

    @Override
    public String toString() {
        return response.toString();
    }
}
