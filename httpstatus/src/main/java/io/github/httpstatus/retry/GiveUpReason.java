package io.github.httpstatus.retry;

/**
 * Why a {@link RetryAdvisor} says not to repeat a request.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum GiveUpReason {

    /** The status code does not invite a retry: repeating the request would get the same answer. */
    STATUS_NOT_RETRYABLE,

    /**
     * The status, or a {@link TransportFailure} after which the server may have acted on the
     * request, allows a retry only of idempotent requests
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110, section 9.2.2</a>),
     * and this one is not: its method is not idempotent and it carries no idempotency key.
     */
    METHOD_NOT_IDEMPOTENT,

    /** The request has already been sent as many times as the policy allows. */
    ATTEMPTS_EXHAUSTED,

    /** The server asked for a longer wait than the policy accepts; retrying earlier would ignore it. */
    SERVER_DELAY_BEYOND_CAP,

    /** Waiting and retrying would take the whole operation past the policy's time budget. */
    TIME_BUDGET_EXHAUSTED,

    /** The shared retry budget is spent: too many recent requests failed, so retries would add load. */
    RETRY_BUDGET_EXHAUSTED
}
