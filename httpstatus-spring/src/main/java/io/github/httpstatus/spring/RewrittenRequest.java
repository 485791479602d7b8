package io.github.httpstatus.spring;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;

/** The request of the next hop: the method, target and headers a redirect decision names. */
final class RewrittenRequest implements HttpRequest {

    private final HttpMethod method;
    private final URI uri;
    private final HttpHeaders headers;
    private final Map<String, Object> attributes;

    RewrittenRequest(HttpMethod method, URI uri, HttpHeaders headers, Map<String, Object> attributes) {
        this.method = method;
        this.uri = uri;
        this.headers = headers;
        this.attributes = attributes;
    }

    @Override
    public HttpMethod getMethod() {
        return method;
    }

    @Override
    public URI getURI() {
        return uri;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }
}
