package io.github.httpstatus.cli;

import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.retry.FailedAttempt;
import io.github.httpstatus.retry.RetryAdvisor;

/**
 * What {@link RetryAdvisor#standard()} does after a first attempt fails with a given status, in the
 * words of a status card. It is read from the advisor itself, so a card cannot promise a retry the
 * library would not make.
 */
enum AdvisorRetry {

    /** Not retried, whatever the method and headers. */
    NEVER("not retried"),
    /** Retried for an idempotent method, or a request with an Idempotency-Key. */
    IDEMPOTENT_REQUESTS("retried for idempotent methods (or with an Idempotency-Key); a valid Retry-After is honoured"),
    /** Retried for any method. */
    ANY_REQUEST("retried for any method; a valid Retry-After is honoured"),
    /** Retried for any method, but only when the response has a valid Retry-After. */
    ANY_REQUEST_WITH_RETRY_AFTER("retried for any method when Retry-After is valid; not retried without one");

    /** A Retry-After the standard advisor honours: one second is below every default cap. */
    static final String SHORT_RETRY_AFTER = "1";

    private final String words;

    AdvisorRetry(String words) {
        this.words = words;
    }

    /** The card's retry line. */
    String words() {
        return words;
    }

    static AdvisorRetry of(HttpStatusInfo status) {
        if (retried(HttpMethod.POST, status, null)) {
            return ANY_REQUEST;
        }
        if (retried(HttpMethod.POST, status, SHORT_RETRY_AFTER)) {
            return ANY_REQUEST_WITH_RETRY_AFTER;
        }
        return retried(HttpMethod.GET, status, null) ? IDEMPOTENT_REQUESTS : NEVER;
    }

    /** Whether the standard advisor retries a first attempt with this method, status and Retry-After. */
    static boolean retried(HttpMethod method, HttpStatusInfo status, String retryAfter) {
        FailedAttempt attempt = FailedAttempt.of(method, status, 1);
        return RetryAdvisor.standard().advise(retryAfter == null ? attempt : attempt.withRetryAfter(retryAfter))
                .shouldRetry();
    }
}
