package io.github.httpstatus.conformance;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;

import java.util.Objects;
import java.util.Optional;

/**
 * A response as seen on the wire, for the {@link ConformanceCheck}: its status code (any int, so
 * invalid ones can be reported), optional reason phrase, headers, whether it carried content, and
 * the method of the request it answers.
 *
 * <pre>{@code
 * ObservedResponse response = ObservedResponse.of(405, Headers.empty(), false)
 *         .withMethod(HttpMethod.PUT)
 *         .withReasonPhrase("Method Not Allowed");
 * }</pre>
 *
 * <p>Without {@link #withMethod(HttpMethod)} the response answers a GET; without
 * {@link #withReasonPhrase(String)} no reason phrase is checked (HTTP/2 and HTTP/3 have none).
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class ObservedResponse {

    private final int status;
    private final String reasonPhrase;
    private final Headers headers;
    private final boolean hasContent;
    private final HttpMethod method;

    private ObservedResponse(int status, String reasonPhrase, Headers headers, boolean hasContent, HttpMethod method) {
        this.status = status;
        this.reasonPhrase = reasonPhrase;
        this.headers = headers;
        this.hasContent = hasContent;
        this.method = method;
    }

    /**
     * Returns a response to a GET with no reason phrase given.
     *
     * @param status      the status code as sent, any int
     * @param headers     the response headers, not null
     * @param hasContent  whether the response carried content (a non-empty body)
     * @return the response, never null
     */
    public static ObservedResponse of(int status, Headers headers, boolean hasContent) {
        return new ObservedResponse(status, null, Objects.requireNonNull(headers, "headers"), hasContent, HttpMethod.GET);
    }

    /**
     * Returns a copy for a request with this method.
     *
     * @param value  the request method, not null
     * @return a new response; this instance when the method is the same
     * @throws NullPointerException if {@code value} is null
     */
    public ObservedResponse withMethod(HttpMethod value) {
        Objects.requireNonNull(value, "value");
        return value.equals(method) ? this : new ObservedResponse(status, reasonPhrase, headers, hasContent, value);
    }

    /**
     * Returns a copy with the reason phrase sent in the status line.
     *
     * @param value  the reason phrase, not null
     * @return a new response; this instance when the phrase is the same
     * @throws NullPointerException if {@code value} is null
     */
    public ObservedResponse withReasonPhrase(String value) {
        Objects.requireNonNull(value, "value");
        return value.equals(reasonPhrase) ? this : new ObservedResponse(status, value, headers, hasContent, method);
    }

    /**
     * Returns the status code as sent.
     *
     * @return any int
     */
    public int status() {
        return status;
    }

    /**
     * Returns the reason phrase, when known.
     *
     * @return the phrase, or empty
     */
    public Optional<String> reasonPhrase() {
        return Optional.ofNullable(reasonPhrase);
    }

    /**
     * Returns the headers.
     *
     * @return the headers, never null
     */
    public Headers headers() {
        return headers;
    }

    /**
     * Returns whether the response carried content.
     *
     * @return true with content
     */
    public boolean hasContent() {
        return hasContent;
    }

    /**
     * Returns the method of the request the response answers.
     *
     * @return the method, never null
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * Returns a summary such as {@code "405 to PUT, no content, Headers[Allow]"}; header values are
     * not shown.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return status + " to " + method + (hasContent ? ", with content, " : ", no content, ") + headers;
    }
}
