package io.github.httpstatus;

/**
 * Whether a client may automatically repeat a request after receiving a status code.
 *
 * <p>Automatic retries are always bounded by
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110, section 9.2.2</a>: a
 * client should not repeat a request with a non-idempotent method unless it knows the request is
 * idempotent after all, and a proxy must not.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Retryability {

    /** Repeating the same request is not expected to give another answer. */
    NOT_RETRYABLE,

    /**
     * The server did not act on the request, so any method may repeat it: 408 (the server timed out
     * waiting for the request), 421 (on another connection), 425 (outside early data) and 429 (after
     * the rate limit allows it).
     */
    RETRYABLE,

    /**
     * The server may have started to act on the request before it failed, so only a request that is
     * idempotent (by its method, or by an idempotency key) may be repeated: 500, 502, 503, 504 and
     * every unregistered 5xx.
     */
    RETRYABLE_IF_IDEMPOTENT
}
