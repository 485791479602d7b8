package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

/** A response to GET https://app.example/start with one header and no content, without a server. */
final class StubResponse implements HttpResponse<String> {

    private static final URI URI_ = URI.create("https://app.example/start");

    private final int status;
    private final HttpHeaders headers;

    StubResponse(int status, String name, String value) {
        this.status = status;
        this.headers = HttpHeaders.of(Map.of(name, List.of(value)), (n, v) -> true);
    }

    @Override
    public int statusCode() {
        return status;
    }

    @Override
    public HttpRequest request() {
        return HttpRequest.newBuilder(URI_).GET().build();
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return headers;
    }

    @Override
    public String body() {
        return "";
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return URI_;
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
