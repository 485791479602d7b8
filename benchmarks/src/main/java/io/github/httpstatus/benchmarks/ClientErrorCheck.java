package io.github.httpstatus.benchmarks;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;
import io.netty.handler.codec.http.HttpStatusClass;
import jakarta.ws.rs.core.Response;
import org.apache.hc.core5.http.message.StatusLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.springframework.http.HttpStatus;

/**
 * Lookup plus "is it a client error": each library's quickest way from an int to that answer, over
 * the {@link CodeMix}, figures per code. Each method returns the count so that no check can be
 * dropped.
 */
public class ClientErrorCheck extends CodeMixBenchmark {

    /**
     * httpstatus: the canonical instance and its class predicate.
     *
     * @return how many codes are client errors
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject(value = "httpstatus HttpStatusInfo.of(c).isClientError()", role = Subject.Role.REFERENCE)
    public int httpstatus() {
        return Loops.count(codes, code -> HttpStatusInfo.of(code).isClientError());
    }

    /**
     * httpstatus: the class of an int, without the status instance.
     *
     * @return how many codes are client errors
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject(value = "httpstatus StatusClass.of(c) == CLIENT_ERROR", role = Subject.Role.HTTPSTATUS)
    public int httpstatusStatusClass() {
        return Loops.count(codes, code -> StatusClass.of(code) == StatusClass.CLIENT_ERROR);
    }

    /**
     * Spring: the series of an int.
     *
     * @return how many codes are client errors
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("Spring HttpStatus.Series.resolve(c) == CLIENT_ERROR")
    public int spring() {
        return Loops.count(codes, code -> HttpStatus.Series.resolve(code) == HttpStatus.Series.CLIENT_ERROR);
    }

    /**
     * Jakarta REST: the family of an int.
     *
     * @return how many codes are client errors
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("Jakarta Family.familyOf(c) == CLIENT_ERROR")
    public int jakarta() {
        return Loops.count(codes,
                code -> Response.Status.Family.familyOf(code) == Response.Status.Family.CLIENT_ERROR);
    }

    /**
     * Netty: the status class of an int.
     *
     * @return how many codes are client errors
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("Netty HttpStatusClass.valueOf(c) == CLIENT_ERROR")
    public int netty() {
        return Loops.count(codes, code -> HttpStatusClass.valueOf(code) == HttpStatusClass.CLIENT_ERROR);
    }

    /**
     * httpcore5: the status class of an int.
     *
     * @return how many codes are client errors
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("httpcore5 StatusLine.StatusClass.from(c) == CLIENT_ERROR")
    public int httpcore5() {
        return Loops.count(codes,
                code -> StatusLine.StatusClass.from(code) == StatusLine.StatusClass.CLIENT_ERROR);
    }

    /**
     * No library: two comparisons, the floor any library call is measured against.
     *
     * @return how many codes are client errors
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject(value = "no library: 400 <= c && c < 500", role = Subject.Role.FLOOR)
    public int plainComparison() {
        return Loops.count(codes, code -> code >= 400 && code < 500);
    }
}
