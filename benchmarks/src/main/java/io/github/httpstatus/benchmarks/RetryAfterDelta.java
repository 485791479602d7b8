package io.github.httpstatus.benchmarks;

/** {@code Retry-After} in its delay-seconds form, such as {@code "120"}. */
public class RetryAfterDelta extends RetryAfterBenchmark {

    @Override
    protected String[] values() {
        return delays();
    }
}
