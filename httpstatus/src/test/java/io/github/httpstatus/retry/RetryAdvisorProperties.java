package io.github.httpstatus.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.Retryability;

import java.time.Duration;
import java.util.SplittableRandom;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryAdvisorProperties {

    @Property(tries = 2000)
    void anyAttemptAndHeaderGiveADelayWithinZeroAndTheCap(@ForAll @IntRange(min = 1) int attempt,
            @ForAll @IntRange(min = 100, max = 599) int status, @ForAll("retryAfterValues") String retryAfter,
            @ForAll long seed) {
        RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(Integer.MAX_VALUE)
                .timeBudget(Duration.ofDays(1000)).random(new SplittableRandom(seed)).build();
        RetryDecision decision = advisor.advise(FailedAttempt.of("GET", status, attempt).withRetryAfter(retryAfter));
        if (decision instanceof RetryDecision.Retry retry) {
            assertThat(retry.delay()).isBetween(Duration.ZERO, advisor.maxDelay());
        }
    }

    @Property
    void aNonIdempotentMethodIsNeverRetriedOnARetryableIfIdempotentStatusByDefault(
            @ForAll("retryableIfIdempotentCodes") int status, @ForAll("nonIdempotentMethods") String method,
            @ForAll @IntRange(min = 1, max = 10) int attempt) {
        RetryDecision decision = RetryAdvisor.standard().advise(FailedAttempt.of(method, status, attempt));
        assertThat(decision.shouldRetry()).isFalse();
    }

    @Property
    void aNonIdempotentMethodWithoutAKeyIsNeverRetriedAfterTheRequestMayHaveArrived(
            @ForAll("nonIdempotentMethods") String method,
            @ForAll("failuresAfterSending") TransportFailure failure, @ForAll @IntRange(min = 1) int attempt,
            @ForAll @LongRange(min = 0, max = 86_400_000) long elapsedMillis) {
        RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(Integer.MAX_VALUE).timeBudget(Duration.ofDays(1000))
                .build();
        FailedAttempt failed = FailedAttempt.ofTransportFailure(method, failure, attempt)
                .withElapsed(Duration.ofMillis(elapsedMillis));
        assertThat(advisor.advise(failed).shouldRetry()).isFalse();
    }

    @Property
    void aConnectFailureIsRetriedForAnyMethodWhileAttemptsRemain(@ForAll("anyMethods") String method,
            @ForAll @IntRange(min = 1, max = 2) int attempt) {
        assertThat(RetryAdvisor.standard()
                .advise(FailedAttempt.ofTransportFailure(method, TransportFailure.CONNECT_FAILED, attempt))
                .shouldRetry()).isTrue();
    }

    @Property
    void aNotRetryableStatusIsNeverRetried(@ForAll @IntRange(min = 100, max = 599) int status,
            @ForAll("retryAfterValues") String retryAfter) {
        Assume.that(HttpStatusInfo.of(status).retryability() == Retryability.NOT_RETRYABLE && status != 413);
        assertThat(RetryAdvisor.standard().advise(FailedAttempt.of("GET", status, 1).withRetryAfter(retryAfter))
                .shouldRetry()).isFalse();
    }

    @Provide
    Arbitrary<Integer> retryableIfIdempotentCodes() {
        return Arbitraries.integers().between(500, 599)
                .filter(code -> HttpStatusInfo.of(code).retryability() == Retryability.RETRYABLE_IF_IDEMPOTENT);
    }

    @Provide
    Arbitrary<String> nonIdempotentMethods() {
        return Arbitraries.oneOf(Arbitraries.of("POST", "PATCH", "CONNECT", "get", "put"),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8)
                        .filter(m -> !m.matches("GET|HEAD|PUT|DELETE|OPTIONS|TRACE")));
    }

    @Provide
    Arbitrary<TransportFailure> failuresAfterSending() {
        return Arbitraries.of(TransportFailure.TIMED_OUT, TransportFailure.CONNECTION_CLOSED);
    }

    @Provide
    Arbitrary<String> anyMethods() {
        return Arbitraries.oneOf(nonIdempotentMethods(), Arbitraries.of("GET", "HEAD", "PUT", "DELETE"));
    }

    @Provide
    Arbitrary<String> retryAfterValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.of("", "+5", "-1", "1.5", "Fri, 31 Dec 1999 23:59:59 GMT", "Fri, 31 Dec 9999 23:59:59 GMT"),
                Arbitraries.strings().ofMaxLength(30));
    }
}
