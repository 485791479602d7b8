package io.github.httpstatus.benchmarks;

import io.github.httpstatus.HttpStatusInfo;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Int to status object: each library's lookup over the {@link CodeMix}, figures per code.
 * httpcore5 has no status object, so its row is the reason-phrase lookup.
 */
public class StatusLookup extends CodeMixBenchmark {

    /**
     * httpstatus: the canonical instance, for registered and unregistered codes alike.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject(value = "httpstatus HttpStatusInfo.of", role = Subject.Role.REFERENCE)
    public void httpstatus(Blackhole sink) {
        Loops.lookUpEach(codes, HttpStatusInfo::of, sink);
    }

    /**
     * Spring: a scan over the enum's cached values; null for an unregistered code.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("Spring HttpStatus.resolve")
    public void springResolve(Blackhole sink) {
        Loops.lookUpEach(codes, HttpStatus::resolve, sink);
    }

    /**
     * Spring: the enum constant, or a new object for an unregistered code.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("Spring HttpStatusCode.valueOf")
    public void springValueOf(Blackhole sink) {
        Loops.lookUpEach(codes, HttpStatusCode::valueOf, sink);
    }

    /**
     * Jakarta REST: a scan over {@code values()}, which copies the array on each call; null for
     * codes it does not know.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("Jakarta Response.Status.fromStatusCode")
    public void jakarta(Blackhole sink) {
        Loops.lookUpEach(codes, Response.Status::fromStatusCode, sink);
    }

    /**
     * Netty: a switch over the known codes, a new object for the others.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("Netty HttpResponseStatus.valueOf")
    public void netty(Blackhole sink) {
        Loops.lookUpEach(codes, HttpResponseStatus::valueOf, sink);
    }

    /**
     * httpcore5: the reason phrase from a two-level array; null for unregistered codes.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("httpcore5 EnglishReasonPhraseCatalog.getReason")
    public void httpcore5(Blackhole sink) {
        Loops.lookUpEach(codes, code -> EnglishReasonPhraseCatalog.INSTANCE.getReason(code, null), sink);
    }
}
