package io.github.httpstatus.benchmarks;

import com.sun.net.httpserver.HttpServer;

import io.github.httpstatus.client.PolicyHttpClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One GET over loopback to a JDK server that answers 200 with a two-byte body, sent by the bare JDK
 * client and by {@link PolicyHttpClient} wrapped around that same client (standard redirect policy
 * and retry advisor), in the same run. The difference is what the policies cost on a request that
 * needs neither a redirect nor a retry; the target is under 3 %.
 */
public class JdkClientSend extends BenchmarkSettings {

    private static final byte[] BODY = "ok".getBytes(StandardCharsets.US_ASCII);

    private HttpServer server;
    private ExecutorService serverThreads;
    private HttpClient bare;
    private HttpClient wrapped;
    private HttpRequest request;

    /**
     * Starts the server and the clients.
     *
     * @throws IOException if the server cannot bind
     */
    @Setup
    public void setUp() throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs,
        // and every exchange waits about 40 ms: the figure would measure the kernel's timer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, BODY.length);
            exchange.getResponseBody().write(BODY);
            exchange.close();
        });
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.start();
        bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        wrapped = PolicyHttpClient.wrap(bare);
        request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/item"))
                .build();
    }

    /** Stops the server. */
    @TearDown
    public void tearDown() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /**
     * The JDK client alone.
     *
     * @return the response
     * @throws Exception if the exchange fails
     */
    @Benchmark
    @Subject(value = "JDK HttpClient.send (loopback GET)", role = Subject.Role.FLOOR)
    public HttpResponse<byte[]> bare() throws Exception {
        return bare.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The JDK client alone, with a body handler of the caller's own that hands every response to the
     * JDK's byte-array handler, as the policies' handler does for a final response.
     *
     * @return the response
     * @throws Exception if the exchange fails
     */
    @Benchmark
    @Subject(value = "JDK HttpClient.send with a pass-through handler of the caller's", role = Subject.Role.PEER)
    public HttpResponse<byte[]> bareWithOwnHandler() throws Exception {
        return bare.send(request, info -> HttpResponse.BodyHandlers.ofByteArray().apply(info));
    }

    /**
     * The same client through the policies.
     *
     * @return the response
     * @throws Exception if the exchange fails
     */
    @Benchmark
    @Subject(value = "httpstatus PolicyHttpClient.send (loopback GET)", role = Subject.Role.REFERENCE)
    public HttpResponse<byte[]> wrapped() throws Exception {
        return wrapped.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
