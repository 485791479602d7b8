package io.github.httpstatus;

import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;

import java.util.Objects;

/**
 * A request method, such as {@code GET} or {@code POST}, with the two properties that decide
 * whether a request may be repeated: safe and idempotent
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2">RFC 9110, section 9.2</a>).
 *
 * <pre>{@code
 * HttpMethod.of("PUT").isIdempotent();   // true
 * HttpMethod.of("POST").isIdempotent();  // false
 * HttpMethod.of("PROPFIND").isStandard(); // false: a valid token, read as not idempotent
 * HttpMethod.of("get");                  // an unknown method: names are case-sensitive
 * HttpMethod.of("GET /");                // IllegalArgumentException: not a token
 * }</pre>
 *
 * <p>The nine methods of RFC 9110 and RFC 5789 are constants, and {@link #of(String)} returns them
 * for their exact names. Any other valid token (RFC 9110, section 5.6.2) is accepted as a method
 * this library does not know, which is neither safe nor idempotent: a client cannot assume more
 * about it. Method names are case-sensitive
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.1">RFC 9110, section 9.1</a>), so
 * {@code "get"} is such an unknown method, not {@link #GET}.
 *
 * @implSpec This class is immutable and thread-safe. Compare instances with {@code equals}.
 * @since 0.1.0
 */
public final class HttpMethod {

    /** GET: safe and idempotent (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1">RFC 9110, section 9.3.1</a>). */
    public static final HttpMethod GET = new HttpMethod("GET", true, true, true);
    /** HEAD: safe and idempotent (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2">RFC 9110, section 9.3.2</a>). */
    public static final HttpMethod HEAD = new HttpMethod("HEAD", true, true, true);
    /** POST: neither safe nor idempotent (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3">RFC 9110, section 9.3.3</a>). */
    public static final HttpMethod POST = new HttpMethod("POST", false, false, true);
    /** PUT: idempotent, not safe (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4">RFC 9110, section 9.3.4</a>). */
    public static final HttpMethod PUT = new HttpMethod("PUT", false, true, true);
    /** DELETE: idempotent, not safe (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5">RFC 9110, section 9.3.5</a>). */
    public static final HttpMethod DELETE = new HttpMethod("DELETE", false, true, true);
    /** CONNECT: neither safe nor idempotent (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.6">RFC 9110, section 9.3.6</a>). */
    public static final HttpMethod CONNECT = new HttpMethod("CONNECT", false, false, true);
    /** OPTIONS: safe and idempotent (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.7">RFC 9110, section 9.3.7</a>). */
    public static final HttpMethod OPTIONS = new HttpMethod("OPTIONS", true, true, true);
    /** TRACE: safe and idempotent (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.8">RFC 9110, section 9.3.8</a>). */
    public static final HttpMethod TRACE = new HttpMethod("TRACE", true, true, true);
    /** PATCH: neither safe nor idempotent (<a href="https://www.rfc-editor.org/rfc/rfc5789#section-2">RFC 5789, section 2</a>). */
    public static final HttpMethod PATCH = new HttpMethod("PATCH", false, false, true);

    private static final HttpMethod[] STANDARD = {GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH};

    private final String name;
    private final boolean safe;
    private final boolean idempotent;
    private final boolean standard;

    private HttpMethod(String name, boolean safe, boolean idempotent, boolean standard) {
        this.name = name;
        this.safe = safe;
        this.idempotent = idempotent;
        this.standard = standard;
    }

    /**
     * Returns the method with the given name: one of the constants for its exact name, otherwise a
     * method this library does not know.
     *
     * @param name  the method name, a token, case-sensitive, not null
     * @return the method, never null
     * @throws IllegalArgumentException if {@code name} is empty or holds a character that a token
     *         does not allow (RFC 9110, section 5.6.2); the message shows it escaped
     * @throws NullPointerException if {@code name} is null
     */
    public static HttpMethod of(String name) {
        Objects.requireNonNull(name, "name");
        for (HttpMethod method : STANDARD) {
            if (method.name.equals(name)) {
                return method;
            }
        }
        if (!Ascii.isToken(name)) {
            throw new IllegalArgumentException("invalid method name " + Escaping.quote(name)
                    + ": a method is a non-empty token (RFC 9110, section 5.6.2)");
        }
        return new HttpMethod(name, false, false, false);
    }

    /**
     * Returns the method name, exactly as given.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether the method is safe: read-only as far as the client asks
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.1">RFC 9110, section 9.2.1</a>).
     *
     * @return true for GET, HEAD, OPTIONS and TRACE
     */
    public boolean isSafe() {
        return safe;
    }

    /**
     * Returns whether repeating the request has the same intended effect as sending it once, so a
     * client may retry it after a failure
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110, section 9.2.2</a>).
     *
     * @return true for PUT, DELETE and the safe methods; false for POST, PATCH, CONNECT and every
     *         method this library does not know
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    /**
     * Returns whether this is one of the nine methods of RFC 9110 and RFC 5789.
     *
     * @return true for the constants
     */
    public boolean isStandard() {
        return standard;
    }

    /**
     * Compares methods by name, case-sensitively.
     *
     * @param other  the other object
     * @return true when {@code other} is a method with the same name
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof HttpMethod && ((HttpMethod) other).name.equals(name);
    }

    /**
     * Returns a hash code of the name.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * Returns the method name.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return name;
    }
}
