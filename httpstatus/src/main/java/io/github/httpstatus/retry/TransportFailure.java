package io.github.httpstatus.retry;

/**
 * How an attempt failed when it got no response at all. What matters for a retry is whether the
 * server may have acted on the request: when it cannot have, any method may be sent again; when it
 * may have, only a request that is safe to repeat may
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110, section 9.2.2</a>).
 * A status code (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section
 * 15</a>) never enters into it, since none was received.
 *
 * <p>An interrupted or cancelled call is none of these: the caller asked to stop, so a client
 * stops and does not ask an advisor at all.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum TransportFailure {

    /**
     * The connection could not be opened: refused, unreachable, or the connect timeout passed. The
     * request never reached the server, so the server cannot have acted on it and repeating it is
     * safe for every method.
     */
    CONNECT_FAILED,

    /**
     * The request went out but no response came within the request timeout. The server may have
     * received the request and acted on it, so only an idempotent method
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110, section 9.2.2</a>)
     * or a request with an {@code Idempotency-Key} may be repeated.
     */
    TIMED_OUT,

    /**
     * The connection was closed or reset after the request went out and before a complete response
     * arrived. As with {@link #TIMED_OUT}, the server may have acted on the request, so only an
     * idempotent method
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110, section 9.2.2</a>)
     * or a request with an {@code Idempotency-Key} may be repeated.
     */
    CONNECTION_CLOSED
}
