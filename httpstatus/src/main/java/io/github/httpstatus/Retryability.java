package io.github.httpstatus;

/**
 * Whether a client may automatically repeat a request after receiving a status code.
 *
 * <p>The general rule is
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110, section 9.2.2</a>: a
 * client should not automatically repeat a request with a non-idempotent method unless it knows
 * the request is idempotent after all, and a proxy must not. {@link #RETRYABLE_IF_IDEMPOTENT}
 * applies it; {@link #RETRYABLE} names the codes after which a non-idempotent request may be
 * repeated too, each with its ground. A 413 is {@link #NOT_RETRYABLE} here, since only a
 * {@code Retry-After} says its condition is temporary
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110, section 15.5.14</a>);
 * the retry advisor retries a 413 that carries a valid one, for any method.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Retryability {

    /** Repeating the same request is not expected to give another answer. */
    NOT_RETRYABLE,

    /**
     * Any method may repeat the request, POST included: 408 (the server closed a connection on
     * which the request had not arrived, and the client "MAY repeat that request",
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9">RFC 9110, section 15.5.9</a>),
     * 421 (over another connection, "whether or not the request method is idempotent",
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">section 15.5.20</a>), 425
     * (outside TLS early data, <a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC
     * 8470, section 5.2</a>) and 429. For 429 this is the library's reading, not a rule:
     * <a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585, section 4</a> says only
     * that the client sent too many requests and that a {@code Retry-After} may say how long to wait;
     * the library takes a rate-limited request as refused before it was acted on. These are the
     * exceptions to the rule of RFC 9110, section 9.2.2 above.
     */
    RETRYABLE,

    /**
     * The server may have started to act on the request before it failed, so only a request that is
     * idempotent (by its method, or by an idempotency key) may be repeated: 500, 502, 503, 504 and
     * every unregistered 5xx. Only 503 is temporary by its definition
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4">RFC 9110, section 15.6.4</a>);
     * retrying 500, 502 and 504 is common client practice that no RFC states.
     */
    RETRYABLE_IF_IDEMPOTENT
}
