package io.github.httpstatus.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpMethod;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransportFailureTest {

    private static final RetryAdvisor ADVISOR = RetryAdvisor.builder().random(new SplittableRandom(7)).build();

    @ParameterizedTest(name = "{0} after {1}: retry {2}")
    @CsvSource({
        "GET, CONNECT_FAILED, true",
        "POST, CONNECT_FAILED, true",
        "PATCH, CONNECT_FAILED, true",
        "GET, TIMED_OUT, true",
        "PUT, TIMED_OUT, true",
        "DELETE, CONNECTION_CLOSED, true",
        "POST, TIMED_OUT, false",
        "POST, CONNECTION_CLOSED, false",
        "PATCH, CONNECTION_CLOSED, false",
    })
    void retriesWhenTheServerCannotHaveActedOrTheMethodIsIdempotent(String method, TransportFailure failure,
            boolean retried) {
        RetryDecision decision = ADVISOR.advise(FailedAttempt.ofTransportFailure(method, failure, 1));
        assertThat(decision.shouldRetry()).isEqualTo(retried);
        if (!retried) {
            RetryDecision.GiveUp giveUp = (RetryDecision.GiveUp) decision;
            assertThat(giveUp.reason()).isEqualTo(GiveUpReason.METHOD_NOT_IDEMPOTENT);
            assertThat(giveUp.message()).isEqualTo(failure + " allows a retry only of an idempotent request, and "
                    + method + " without an Idempotency-Key is not idempotent (RFC 9110, section 9.2.2)");
        }
    }

    @Test
    void anIdempotencyKeyOrThePolicyAllowsRepeatingAPostThatMayHaveArrived() {
        FailedAttempt timedOut = FailedAttempt.ofTransportFailure("POST", TransportFailure.TIMED_OUT, 1);
        assertThat(ADVISOR.advise(timedOut.withIdempotencyKey(true)).shouldRetry()).isTrue();
        RetryAdvisor lenient = RetryAdvisor.builder().retryNonIdempotent(true).build();
        assertThat(lenient.advise(timedOut).shouldRetry()).isTrue();
    }

    @Test
    void theDelayIsBackoffAndTheLimitsApplyAsForResponses() {
        RetryAdvisor advisor = RetryAdvisor.builder().baseDelay(Duration.ofSeconds(1)).maxAttempts(2)
                .timeBudget(Duration.ofSeconds(5)).random(new SplittableRandom(1)).build();
        FailedAttempt first = FailedAttempt.ofTransportFailure(HttpMethod.GET, TransportFailure.CONNECT_FAILED, 1);
        RetryDecision.Retry retry = (RetryDecision.Retry) advisor.advise(first);
        assertThat(retry.fromServer()).isFalse();
        assertThat(retry.delay()).isBetween(Duration.ZERO, Duration.ofSeconds(1));

        RetryDecision.GiveUp last = (RetryDecision.GiveUp) advisor.advise(
                FailedAttempt.ofTransportFailure(HttpMethod.GET, TransportFailure.CONNECT_FAILED, 2));
        assertThat(last.reason()).isEqualTo(GiveUpReason.ATTEMPTS_EXHAUSTED);
        assertThat(last.message()).isEqualTo("attempt 2 of at most 2 failed with CONNECT_FAILED");

        RetryAdvisor slow = RetryAdvisor.builder().baseDelay(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(10))
                .random(new MaxRandom()).timeBudget(Duration.ofSeconds(5)).build();
        assertThat(((RetryDecision.GiveUp) slow.advise(first)).reason()).isEqualTo(GiveUpReason.TIME_BUDGET_EXHAUSTED);
    }

    @Test
    void theRetryBudgetPaysForTransportRetries() {
        RetryBudget budget = RetryBudget.of(5, 5, 0);
        RetryAdvisor advisor = RetryAdvisor.builder().retryBudget(budget).build();
        FailedAttempt failed = FailedAttempt.ofTransportFailure("GET", TransportFailure.CONNECTION_CLOSED, 1);
        assertThat(advisor.advise(failed).shouldRetry()).isTrue();
        assertThat(((RetryDecision.GiveUp) advisor.advise(failed)).reason())
                .isEqualTo(GiveUpReason.RETRY_BUDGET_EXHAUSTED);
    }

    @Test
    void anAttemptWithoutAResponseHasNoStatusAndNoHeaders() {
        FailedAttempt failed = FailedAttempt.ofTransportFailure("PUT", TransportFailure.CONNECT_FAILED, 3);
        assertThat(failed.hasResponse()).isFalse();
        assertThat(failed.transportFailure()).contains(TransportFailure.CONNECT_FAILED);
        assertThat(failed.method()).isEqualTo(HttpMethod.PUT);
        assertThat(failed.attempt()).isEqualTo(3);
        assertThat(failed.retryAfter()).isEmpty();
        assertThat(failed.date()).isEmpty();
        assertThat(failed).hasToString("attempt 3: PUT -> CONNECT_FAILED");
        assertThatThrownBy(failed::status).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("no response: the attempt failed with CONNECT_FAILED");
        assertThatThrownBy(() -> failed.withRetryAfter("1")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("no response, so no Retry-After header: the attempt failed with CONNECT_FAILED");
        assertThatThrownBy(() -> failed.withDate("x")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("no response, so no Date header: the attempt failed with CONNECT_FAILED");
    }

    @Test
    void theKeyAndTheElapsedTimeAreKeptOnCopies() {
        FailedAttempt failed = FailedAttempt.ofTransportFailure("POST", TransportFailure.TIMED_OUT, 1)
                .withIdempotencyKey(true).withElapsed(Duration.ofMillis(40));
        assertThat(failed.hasIdempotencyKey()).isTrue();
        assertThat(failed.elapsed()).isEqualTo(Duration.ofMillis(40));
        assertThat(failed.transportFailure()).contains(TransportFailure.TIMED_OUT);
        assertThat(failed.withIdempotencyKey(true)).isSameAs(failed);
        assertThat(FailedAttempt.of("GET", 503, 1).hasResponse()).isTrue();
        assertThat(FailedAttempt.of("GET", 503, 1).transportFailure()).isEmpty();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> FailedAttempt.ofTransportFailure("GET", TransportFailure.TIMED_OUT, 0))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("attempt numbers start at 1: 0");
        assertThatThrownBy(() -> FailedAttempt.ofTransportFailure("GET", null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("failure");
        assertThatThrownBy(() -> FailedAttempt.ofTransportFailure((HttpMethod) null, TransportFailure.TIMED_OUT, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("method");
        assertThatThrownBy(() -> FailedAttempt.ofTransportFailure("G ET", TransportFailure.TIMED_OUT, 1))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    /** Draws the top of every range, so backoff is its ceiling. */
    private static final class MaxRandom implements java.util.random.RandomGenerator {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    }
}
