package io.github.httpstatus;

/**
 * Whether the state a status code reports is meant to last, which decides whether a client may
 * remember it (update links and bookmarks, or stop asking).
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Permanence {

    /**
     * The condition is expected to last: 301 and 308 (the resource has a new permanent URI,
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110, sections 15.4.2</a>
     * and <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">15.4.9</a>) and 410 (the
     * resource is gone for good,
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11">section 15.5.11</a>).
     */
    PERMANENT,

    /**
     * The condition is expected to change: 302 and 307 (the resource resides temporarily under
     * another URI and the client ought to keep using the original one,
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">RFC 9110, sections 15.4.3</a>
     * and <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">15.4.8</a>). 303 is not
     * here: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">section 15.4.4</a> says
     * nothing of permanence.
     */
    TEMPORARY,

    /**
     * The status code's definition says nothing about permanence. This promises nothing either
     * way: a 404, for instance, may or may not last, and a 303 may send every later request to
     * the same other resource or to a different one.
     */
    UNSPECIFIED
}
