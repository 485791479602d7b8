package io.github.httpstatus.retry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the JDK client through the advisor against a loopback server. */
class RetryWithJdkClientTest {

    /** More sends than any advisor here allows: the loops stop even if the advisor never gives up. */
    private static final int LOOP_LIMIT = 10;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // First request: 503 with Retry-After: 1; later ones: 200.
        server.createContext("/flaky", exchange -> {
            int n = requests.incrementAndGet();
            if (n == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(503, -1);
            } else {
                byte[] body = "ok".getBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.createContext("/gateway", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** A small retry loop as a user would write it, bounded by the advisor's attempt limit. */
    private HttpResponse<String> send(HttpRequest request, RetryAdvisor advisor, List<RetryDecision> decisions)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= LOOP_LIMIT; attempt++) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 400) {
                advisor.recordSuccess();
                return response;
            }
            FailedAttempt failed = FailedAttempt.of(request.method(), response.statusCode(), attempt)
                    .withElapsed(Duration.ofNanos(System.nanoTime() - started));
            failed = response.headers().firstValue("Retry-After").map(failed::withRetryAfter).orElse(failed);
            failed = response.headers().firstValue("Date").map(failed::withDate).orElse(failed);
            RetryDecision decision = advisor.advise(failed);
            decisions.add(decision);
            if (!(decision instanceof RetryDecision.Retry retry)) {
                return response;
            }
            Thread.sleep(retry.delay().toMillis());
        }
        throw new AssertionError("the advisor never gave up in " + LOOP_LIMIT + " attempts: " + decisions);
    }

    @Test
    void waitsForRetryAfterThenSucceeds() throws Exception {
        List<RetryDecision> decisions = new ArrayList<>();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/flaky")).GET().build(),
                RetryAdvisor.standard(), decisions);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(requests.get()).isEqualTo(2);
        assertThat(decisions).containsExactly(new RetryDecision.Retry(Duration.ofSeconds(1), true));
    }

    @Test
    void doesNotRetryPostOnBadGateway() throws Exception {
        List<RetryDecision> decisions = new ArrayList<>();
        HttpRequest post = HttpRequest.newBuilder(uri("/gateway")).POST(HttpRequest.BodyPublishers.ofString("order")).build();
        HttpResponse<String> response = send(post, RetryAdvisor.standard(), decisions);
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(requests.get()).isEqualTo(1);
        assertThat(decisions).hasSize(1);
        assertThat(((RetryDecision.GiveUp) decisions.get(0)).reason()).isEqualTo(GiveUpReason.METHOD_NOT_IDEMPOTENT);
    }

    @Test
    void retriesPostWithAnIdempotencyKeyUpToTheLimit() throws Exception {
        RetryAdvisor advisor = RetryAdvisor.builder().baseDelay(Duration.ZERO).build();
        List<RetryDecision> decisions = new ArrayList<>();
        HttpRequest post = HttpRequest.newBuilder(uri("/gateway")).POST(HttpRequest.BodyPublishers.ofString("order")).build();
        long started = System.nanoTime();
        HttpResponse<String> response;
        int attempt = 0;
        RetryDecision decision;
        do {
            attempt++;
            response = client.send(post, HttpResponse.BodyHandlers.ofString());
            decision = advisor.advise(FailedAttempt.of("POST", response.statusCode(), attempt).withIdempotencyKey(true)
                    .withElapsed(Duration.ofNanos(System.nanoTime() - started)));
            decisions.add(decision);
        } while (decision.shouldRetry() && attempt < LOOP_LIMIT);
        assertThat(requests.get()).isEqualTo(3);
        assertThat(((RetryDecision.GiveUp) decision).reason()).isEqualTo(GiveUpReason.ATTEMPTS_EXHAUSTED);
    }
}
