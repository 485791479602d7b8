package io.github.httpstatus.benchmarks;

import io.github.httpstatus.HttpDate;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.apache.hc.client5.http.utils.DateUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Retry-After} in its HTTP-date form, an IMF-fixdate such as
 * {@code "Wed, 25 Nov 2026 08:00:00 GMT"}; also the date parsers alone, httpstatus's, httpclient5's
 * and the JDK's formatter.
 */
public class RetryAfterDate extends RetryAfterBenchmark {

    @Override
    protected String[] values() {
        return dates();
    }

    /**
     * httpstatus: the date alone, as an {@link Instant}.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    @Subject(value = "httpstatus HttpDate.tryParse", role = Subject.Role.HTTPSTATUS)
    public void httpstatusHttpDate(Blackhole sink) {
        Loops.applyEach(values, HttpDate::tryParse, sink);
    }

    /**
     * httpclient5: the date alone, tried against its three standard patterns.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    @Subject("httpclient5 DateUtils.parseStandardDate")
    public void httpclient5DateUtils(Blackhole sink) {
        Loops.applyEach(values, DateUtils::parseStandardDate, sink);
    }

    /**
     * The JDK: the RFC 1123 formatter, read into an {@link Instant}.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    @Subject("JDK DateTimeFormatter.RFC_1123_DATE_TIME")
    public void jdkFormatter(Blackhole sink) {
        Loops.applyEach(values, value -> DateTimeFormatter.RFC_1123_DATE_TIME.parse(value, Instant::from), sink);
    }
}
