package io.github.httpstatus;

import java.util.Objects;

/**
 * How following a redirect changes the request method.
 *
 * <p>The rules follow <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110,
 * section 15.4</a> and the WHATWG Fetch standard's
 * <a href="https://fetch.spec.whatwg.org/#http-redirect-fetch">HTTP-redirect fetch</a>, step 12.
 * Method names are case-sensitive
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.1">RFC 9110, section 9.1</a>):
 * {@code post} is not {@code POST}.
 *
 * <pre>{@code
 * MethodRewrite.POST_TO_GET.apply(HttpMethod.POST);         // GET
 * MethodRewrite.TO_GET.apply(HttpMethod.HEAD);              // HEAD
 * MethodRewrite.POST_TO_GET.apply(HttpMethod.of("post"));   // post: not POST
 * }</pre>
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum MethodRewrite {

    /** The status code is not followed automatically, so no method is chosen for a next request. */
    NONE,

    /**
     * The method and the content are kept (307 and 308,
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110, section 15.4.8</a>).
     */
    KEEP,

    /**
     * POST becomes GET without content; every other method is kept (301 and 302: RFC 9110 allows the
     * change "for historical reasons" in
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">section 15.4.2</a>, and Fetch
     * makes it).
     */
    POST_TO_GET,

    /**
     * Every method but GET and HEAD becomes GET without content; HEAD stays HEAD (303,
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110, section 15.4.4</a>).
     */
    TO_GET;

    /**
     * Returns the method of the redirected request under this rule.
     *
     * @param method  the method of the request that got the redirect, not null
     * @return the method to use for the next request, never null
     * @throws IllegalStateException if this is {@link #NONE}, since no next request is made
     */
    public HttpMethod apply(HttpMethod method) {
        Objects.requireNonNull(method, "method");
        return switch (this) {
            case KEEP -> method;
            case POST_TO_GET -> method.equals(HttpMethod.POST) ? HttpMethod.GET : method;
            case TO_GET -> method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD) ? method : HttpMethod.GET;
            case NONE -> throw new IllegalStateException(
                    "a status code with method rule NONE is not followed");
        };
    }

    /**
     * Returns whether the redirected request keeps its content under this rule.
     *
     * @param method  the method of the request that got the redirect, not null
     * @return true when the method is unchanged by {@link #apply(HttpMethod)}, so the content is sent
     *         again; false when the method changes to GET
     * @throws IllegalStateException if this is {@link #NONE}
     */
    public boolean keepsContent(HttpMethod method) {
        return apply(method).equals(method);
    }
}
