package io.github.httpstatus.benchmarks;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusLine;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.message.BasicLineParser;
import org.apache.hc.core5.util.CharArrayBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Status-line parsing over the {@link CodeMix}: {@code HTTP/1.1}, the code and the phrase a server
 * sends with it (the registry's for a registered code, a vendor's for 299, 499 and 599), figures
 * per line.
 *
 * <p>Each library gets the line in the form it reads. Netty's {@code parseLine} reads only
 * {@code "404 Not Found"} (its decoder splits off the version before), so Netty does less work
 * here than the others. httpcore5 reads a {@link CharArrayBuffer}; the buffers are filled before
 * the measurement, as its connection code fills them while reading the socket.
 */
public class StatusLineParse extends BenchmarkSettings {

    private String[] lines;
    private String[] codeAndPhrase;
    private CharArrayBuffer[] buffers;

    /** Builds the lines in each library's input form. */
    @Setup
    public void setUp() {
        int[] codes = CodeMix.codes();
        lines = new String[codes.length];
        codeAndPhrase = new String[codes.length];
        buffers = new CharArrayBuffer[codes.length];
        for (int i = 0; i < codes.length; i++) {
            codeAndPhrase[i] = codes[i] + " " + phraseSent(codes[i]);
            lines[i] = "HTTP/1.1 " + codeAndPhrase[i];
            buffers[i] = new CharArrayBuffer(lines[i].length());
            buffers[i].append(lines[i]);
        }
    }

    private static String phraseSent(int code) {
        return switch (code) {
            case 299 -> "Unknown";
            case 499 -> "Client Closed Request";
            case 599 -> "Network Connect Timeout Error";
            default -> HttpStatusInfo.of(code).reasonPhrase();
        };
    }

    /**
     * httpstatus: the strict RFC 9112 parser.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject(value = "httpstatus StatusLine.parse", role = Subject.Role.REFERENCE)
    public void httpstatus(Blackhole sink) {
        Loops.applyEach(lines, StatusLine::parse, sink);
    }

    /**
     * Netty: code and phrase only, without the version.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("Netty HttpResponseStatus.parseLine (no version)")
    public void netty(Blackhole sink) {
        Loops.applyEach(codeAndPhrase, HttpResponseStatus::parseLine, sink);
    }

    /**
     * httpcore5: the basic line parser over a filled buffer.
     *
     * @param sink  consumes each result
     * @throws ParseException never, the lines are valid
     */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    @Subject("httpcore5 BasicLineParser.parseStatusLine")
    public void httpcore5(Blackhole sink) throws ParseException {
        for (CharArrayBuffer buffer : buffers) {
            sink.consume(BasicLineParser.INSTANCE.parseStatusLine(buffer));
        }
    }
}
