package io.github.httpstatus.retry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;

import io.github.httpstatus.client.ExchangeListener;
import io.github.httpstatus.client.PolicyHttpClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the JDK client through {@link PolicyHttpClient} and the advisor against a loopback server.
 * The first test is the one that waits in real time, for a {@code Retry-After: 1}.
 */
class RetryWithJdkClientTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> decisions = new CopyOnWriteArrayList<>();
    private final ExchangeListener listener = new ExchangeListener() {
        @Override
        public void onRetry(String method, URI target, int attempt, String outcome, Duration delay) {
            decisions.add("retry " + attempt + " after " + delay);
        }

        @Override
        public void onGiveUp(String method, URI target, int attempt, String outcome, RetryDecision.GiveUp giveUp) {
            decisions.add("give up " + attempt + ": " + giveUp.reason());
        }
    };
    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

    private HttpClient client(RetryAdvisor advisor) {
        return PolicyHttpClient.builder(plain).retries(advisor).listener(listener).build();
    }

    @Test
    void waitsForRetryAfterThenSucceeds() throws Exception {
        HttpResponse<String> response = client(RetryAdvisor.standard())
                .send(HttpRequest.newBuilder(uri("/flaky")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(requests.get()).isEqualTo(2);
        assertThat(decisions).containsExactly("retry 1 after PT1S");
    }

    @Test
    void doesNotRetryPostOnBadGateway() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(uri("/gateway")).POST(HttpRequest.BodyPublishers.ofString("order")).build();
        HttpResponse<String> response = client(RetryAdvisor.standard()).send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(requests.get()).isEqualTo(1);
        assertThat(decisions).containsExactly("give up 1: METHOD_NOT_IDEMPOTENT");
    }

    @Test
    void retriesPostWithAnIdempotencyKeyUpToTheLimit() throws Exception {
        RetryAdvisor advisor = RetryAdvisor.builder().baseDelay(Duration.ZERO).build();
        HttpRequest post = HttpRequest.newBuilder(uri("/gateway")).header("Idempotency-Key", "order-1")
                .POST(HttpRequest.BodyPublishers.ofString("order")).build();
        HttpResponse<String> response = client(advisor).send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(requests.get()).isEqualTo(3);
        assertThat(decisions).containsExactly("retry 1 after PT0S", "retry 2 after PT0S", "give up 3: ATTEMPTS_EXHAUSTED");
    }
}
