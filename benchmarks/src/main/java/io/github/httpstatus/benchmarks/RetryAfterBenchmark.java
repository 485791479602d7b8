package io.github.httpstatus.benchmarks;

import io.github.httpstatus.HttpDate;
import io.github.httpstatus.RetryAfter;

import java.time.Instant;

import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Retry-After} parsing over {@value #SIZE} values as servers send them, figures per value.
 * Of the peers only httpclient5 reads the header, inside its retry strategy, so its figure includes
 * finding the header in a response; the responses are built before the measurement.
 */
public abstract class RetryAfterBenchmark extends BenchmarkSettings {

    /** How many values one benchmark invocation reads. */
    static final int SIZE = 16;

    private static final String[] DELAYS = {"0", "1", "2", "3", "5", "10", "15", "30", "60", "90", "120",
        "180", "300", "600", "3600", "86400"};
    /** 2026-11-25T08:00:00Z, a Wednesday; the dates step from it by an uneven amount. */
    private static final long FIRST_DATE = 1_795_593_600L;
    private static final long DATE_STEP_SECONDS = 7_919;

    /** The header values. */
    protected String[] values;
    private HttpResponse[] responses;

    /**
     * Returns the header values to parse.
     *
     * @return {@value #SIZE} values
     */
    protected abstract String[] values();

    /** Builds the values and the 503 responses carrying them. */
    @Setup
    public void setUp() {
        values = values();
        responses = new HttpResponse[values.length];
        for (int i = 0; i < values.length; i++) {
            responses[i] = new BasicHttpResponse(503);
            responses[i].addHeader("Retry-After", values[i]);
        }
    }

    /**
     * Returns delay-seconds values, from 0 to a day.
     *
     * @return {@value #SIZE} values, a new array
     */
    static String[] delays() {
        return DELAYS.clone();
    }

    /**
     * Returns IMF-fixdates spread over about a day and a half, written by {@link HttpDate#format}.
     *
     * @return {@value #SIZE} values, a new array
     */
    static String[] dates() {
        String[] dates = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            dates[i] = HttpDate.format(Instant.ofEpochSecond(FIRST_DATE + i * DATE_STEP_SECONDS));
        }
        return dates;
    }

    /**
     * httpstatus: the header value parsed into a {@link RetryAfter}.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    @Subject(value = "httpstatus RetryAfter.tryParse", role = Subject.Role.REFERENCE)
    public void httpstatus(Blackhole sink) {
        Loops.applyEach(values, RetryAfter::tryParse, sink);
    }

    /**
     * httpclient5: its retry strategy reads the header with {@code Long.parseLong}; when that throws
     * {@link NumberFormatException}, it parses the value as a date.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    @Subject("httpclient5 DefaultHttpRequestRetryStrategy.getRetryInterval")
    public void httpclient5(Blackhole sink) {
        Loops.applyEach(responses,
                response -> DefaultHttpRequestRetryStrategy.INSTANCE.getRetryInterval(response, 1, null), sink);
    }
}
