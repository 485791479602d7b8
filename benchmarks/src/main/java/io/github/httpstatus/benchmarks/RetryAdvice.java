package io.github.httpstatus.benchmarks;

import io.github.httpstatus.retry.FailedAttempt;
import io.github.httpstatus.retry.RetryAdvisor;
import io.github.httpstatus.retry.RetryDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One retry decision by the standard {@link RetryAdvisor}, for three failed attempts: a GET
 * answered 503 with {@code Retry-After: 2} (retry after the server's delay), a GET answered 500
 * (retry after jittered backoff) and a POST answered 502 (give up, with a message). No peer offers
 * this decision, so the figures stand alone.
 */
public class RetryAdvice extends BenchmarkSettings {

    /** Which failed attempt to advise on. */
    @Param({"get503RetryAfter", "get500Backoff", "post502GiveUp"})
    public String attempt;

    private final RetryAdvisor advisor = RetryAdvisor.standard();
    private FailedAttempt failed;

    /** Builds the failed attempt. */
    @Setup
    public void setUp() {
        failed = switch (attempt) {
            case "get503RetryAfter" -> FailedAttempt.of("GET", 503, 1).withRetryAfter("2");
            case "get500Backoff" -> FailedAttempt.of("GET", 500, 1);
            case "post502GiveUp" -> FailedAttempt.of("POST", 502, 1);
            default -> throw new IllegalArgumentException("no such attempt: " + attempt);
        };
    }

    /**
     * httpstatus: the advice on one failed attempt.
     *
     * @return the decision
     */
    @Benchmark
    @Subject(value = "httpstatus RetryAdvisor.advise", role = Subject.Role.REFERENCE)
    public RetryDecision httpstatus() {
        return advisor.advise(failed);
    }
}
