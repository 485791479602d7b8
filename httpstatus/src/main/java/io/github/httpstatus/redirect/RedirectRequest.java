package io.github.httpstatus.redirect;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.internal.Escaping;

import java.net.URI;
import java.util.Objects;

/**
 * The request as it was sent for the current hop: method, absolute target, headers, and whether it
 * carried content that could be sent again.
 *
 * <pre>{@code
 * RedirectRequest request = RedirectRequest.of(HttpMethod.POST, URI.create("https://a.example/form"),
 *         Headers.of(httpRequest.headers().map())).withBody(true);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; {@code withBody} returns a new instance.
 * @since 0.1.0
 */
public final class RedirectRequest {

    private final HttpMethod method;
    private final URI uri;
    private final Headers headers;
    private final boolean hasBody;
    private final boolean bodyReplayable;

    private RedirectRequest(HttpMethod method, URI uri, Headers headers, boolean hasBody, boolean bodyReplayable) {
        this.method = method;
        this.uri = uri;
        this.headers = headers;
        this.hasBody = hasBody;
        this.bodyReplayable = bodyReplayable;
    }

    /**
     * Returns a request without content.
     *
     * @param method   the method, not null
     * @param uri      the absolute {@code http} or {@code https} target with a host, not null
     * @param headers  the headers as sent, not null
     * @return the request, never null
     * @throws IllegalArgumentException if the URI is not absolute {@code http}/{@code https} with a host
     * @throws NullPointerException if an argument is null
     */
    public static RedirectRequest of(HttpMethod method, URI uri, Headers headers) {
        Objects.requireNonNull(method, "method");
        requireHttpUri(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        return new RedirectRequest(method, uri, headers, false, false);
    }

    /**
     * Returns a request without content from a method name, as a client has it; the name is read
     * by {@link HttpMethod#of(String)}.
     *
     * @param method   the method name, a token, case-sensitive
     *                 (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.1">RFC 9110, section 9.1</a>),
     *                 not null
     * @param uri      the absolute {@code http} or {@code https} target with a host, not null
     * @param headers  the headers as sent, not null
     * @return the request, never null
     * @throws IllegalArgumentException if the method is not a token (the message shows it escaped),
     *         or the URI is not absolute {@code http}/{@code https} with a host
     * @throws NullPointerException if an argument is null
     */
    public static RedirectRequest of(String method, URI uri, Headers headers) {
        return of(HttpMethod.of(Objects.requireNonNull(method, "method")), uri, headers);
    }

    /** Checks that a request URI is absolute {@code http} or {@code https} with an authority. */
    static URI requireHttpUri(URI uri, String name) {
        Objects.requireNonNull(uri, name);
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            throw new IllegalArgumentException("the request URI must be absolute http or https with a host");
        }
        return uri;
    }

    /**
     * Returns a copy that carries content.
     *
     * @param replayable  whether the content can be sent again (a byte array can; a one-shot stream
     *                    cannot)
     * @return a new request, never null
     */
    public RedirectRequest withBody(boolean replayable) {
        return new RedirectRequest(method, uri, headers, true, replayable);
    }

    /**
     * Returns the method.
     *
     * @return the method, never null
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * Returns the target.
     *
     * @return the absolute URI, never null
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the headers as sent.
     *
     * @return the headers, never null
     */
    public Headers headers() {
        return headers;
    }

    /**
     * Returns whether the request carried content.
     *
     * @return true with content
     */
    public boolean hasBody() {
        return hasBody;
    }

    /**
     * Returns whether the content, if any, can be sent again.
     *
     * @return true when it can
     */
    public boolean isBodyReplayable() {
        return bodyReplayable;
    }

    /**
     * Returns the method and the target without user information, query or fragment, such as
     * {@code "POST https://a.example/form"}; headers are not shown.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return method + " " + forLog(uri);
    }

    /**
     * Returns scheme, host, port and path of {@code uri}, escaped to printable ASCII: user
     * information is a credential, and a query or fragment may carry tokens (an OAuth fragment is
     * inherited across hops by RFC 9110, section 10.2.2), so none of them is shown.
     */
    static String forLog(URI uri) {
        StringBuilder text = new StringBuilder(64);
        if (uri.getScheme() != null) {
            text.append(uri.getScheme()).append(':');
        }
        String authority = uri.getRawAuthority();
        if (authority != null) {
            text.append("//").append(authority, authority.lastIndexOf('@') + 1, authority.length());
        }
        if (uri.getRawPath() != null) {
            text.append(uri.getRawPath());
        }
        return Escaping.escape(text);
    }
}
