package io.github.httpstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpDate;
import io.github.httpstatus.retry.RetryAdvisor;
import io.github.httpstatus.retry.RetryBudget;
import io.github.httpstatus.retry.RetryDecision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PolicyHttpClientRetryTest {

    private final Loopback server = Loopback.http();
    private final FakeWaiter waiter = new FakeWaiter();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final ExchangeListener recorder = new ExchangeListener() {
        @Override
        public void onRetry(String method, URI target, int attempt, String outcome, Duration delay) {
            events.add("retry " + method + " " + target + " " + attempt + " " + outcome + " " + delay);
        }

        @Override
        public void onGiveUp(String method, URI target, int attempt, String outcome, RetryDecision.GiveUp giveUp) {
            events.add("give up " + method + " " + attempt + " " + outcome + " " + giveUp.reason());
        }
    };
    private final HttpClient plain = HttpClient.newHttpClient();
    private final CountDownLatch release = new CountDownLatch(1);

    PolicyHttpClientRetryTest() throws IOException {
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private PolicyHttpClient client(RetryAdvisor advisor) {
        return PolicyHttpClient.builder(plain).retries(advisor).listener(recorder).waiter(waiter).build();
    }

    private PolicyHttpClient client() {
        return client(RetryAdvisor.standard());
    }

    /** Answers 503 with {@code Retry-After} the first {@code failures} times, then 200. */
    private void unavailable(String path, int failures, String retryAfter) {
        server.on(path, (exchange, n) -> {
            if (n > failures) {
                exchange.sendResponseHeaders(200, 2);
                exchange.getResponseBody().write("ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return;
            }
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
            exchange.sendResponseHeaders(503, -1);
        });
    }

    @Test
    void waitsAsLongAsRetryAfterAsksThenSucceeds() throws Exception {
        unavailable("/flaky", 1, "1");
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(server.uri("/flaky?key=secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(waiter.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(server.paths()).containsExactly("GET /flaky", "GET /flaky");
        assertThat(events).containsExactly("retry GET " + server.base() + "/flaky 1 503 Service Unavailable PT1S");
        HttpResponse<String> failed = response.previousResponse().orElseThrow();
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.body()).isNull();
        assertThat(failed.previousResponse()).isEmpty();
    }

    @Test
    void doesNotRepeatAPostOn503WithoutAnIdempotencyKey() throws Exception {
        unavailable("/order", 1, "1");
        HttpRequest post = HttpRequest.newBuilder(server.uri("/order")).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build();
        HttpResponse<String> response = client().send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(server.paths()).containsExactly("POST /order");
        assertThat(events).containsExactly("give up POST 1 503 Service Unavailable METHOD_NOT_IDEMPOTENT");
    }

    @Test
    void repeatsAPostThatCarriesAnIdempotencyKeyWithTheSameBody() throws Exception {
        unavailable("/order", 2, "0");
        HttpRequest post = HttpRequest.newBuilder(server.uri("/order")).header("Idempotency-Key", "k-1")
                .POST(HttpRequest.BodyPublishers.ofString("item=7")).build();
        HttpResponse<String> response = client().send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.seen()).hasSize(3).allSatisfy(seen -> {
            assertThat(seen.text()).isEqualTo("item=7");
            assertThat(seen.header("Idempotency-Key")).isEqualTo("k-1");
        });
    }

    @Test
    void countsARetryAfterDateFromTheServersDate() throws Exception {
        Instant date = Instant.parse("2026-01-02T03:04:05Z");
        try (RawServer raw = new RawServer("HTTP/1.1 429 Too Many Requests\r\nDate: " + HttpDate.format(date)
                + "\r\nRetry-After: " + HttpDate.format(date.plusSeconds(4))
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")) {
            HttpRequest post = HttpRequest.newBuilder(raw.uri("/busy")).POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            assertThat(client().send(post, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
            assertThat(waiter.waits()).containsExactly(Duration.ofSeconds(4));
            assertThat(raw.connections()).isEqualTo(2);
        }
    }

    @Test
    void repeatsAGetWhenTheServerClosesTheConnectionBeforeAnswering() throws Exception {
        try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Le",
                "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")) {
            HttpResponse<Void> response = client(RetryAdvisor.builder().baseDelay(Duration.ofMillis(8))
                    .random(new java.util.SplittableRandom(3)).build())
                    .send(HttpRequest.newBuilder(raw.uri("/drop")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.previousResponse()).isEmpty();
            assertThat(events).singleElement().asString()
                    .startsWith("retry GET " + raw.uri("/drop") + " 1 CONNECTION_CLOSED");
        }
    }

    @Test
    void aFailureWhileDiscardingARetriedResponseKeepsTheDecisionAlreadyMade() throws Exception {
        try (RawServer raw = new RawServer(
                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 2\r\nContent-Length: 100\r\n\r\nshort",
                "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")) {
            HttpResponse<Void> response = client().send(HttpRequest.newBuilder(raw.uri("/cut")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(waiter.waits()).containsExactly(Duration.ofSeconds(2));
            assertThat(events).containsExactly("retry GET " + raw.uri("/cut") + " 1 503 Service Unavailable PT2S");
        }
    }

    @Test
    void aFailureIsTakenOutOfTheWrapperOfADependentFuture() {
        ConnectException refused = new ConnectException("refused");
        assertThat(Exchange.unwrap(new java.util.concurrent.CompletionException(refused))).isSameAs(refused);
        assertThat(Exchange.unwrap(refused)).isSameAs(refused);
        java.util.concurrent.CompletionException bare = new java.util.concurrent.CompletionException("no cause", null);
        assertThat(Exchange.unwrap(bare)).isSameAs(bare);
    }

    @Test
    void doesNotRepeatAPostWhenTheConnectionClosesAfterItWentOut() throws Exception {
        try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Le")) {
            HttpRequest post = HttpRequest.newBuilder(raw.uri("/drop")).POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            assertThatThrownBy(() -> client().send(post, HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(IOException.class);
            assertThat(raw.connections()).isEqualTo(1);
            assertThat(events).containsExactly("give up POST 1 CONNECTION_CLOSED METHOD_NOT_IDEMPOTENT");
        }
    }

    @Test
    void repeatsAGetThatGotNoAnswerWithinTheRequestTimeout() throws Exception {
        server.on("/slow", (exchange, n) -> {
            if (n == 1) {
                awaitRelease();
            }
            exchange.sendResponseHeaders(204, -1);
        });
        HttpRequest get = HttpRequest.newBuilder(server.uri("/slow")).timeout(Duration.ofMillis(300)).build();
        HttpResponse<Void> response = client().send(get, HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(events).singleElement().asString().startsWith("retry GET " + server.base() + "/slow 1 TIMED_OUT");

        HttpRequest post = HttpRequest.newBuilder(server.uri("/slow")).timeout(Duration.ofMillis(300))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        server.on("/slow", (exchange, n) -> awaitRelease());
        assertThatThrownBy(() -> client().send(post, HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(events).last().isEqualTo("give up POST 1 TIMED_OUT METHOD_NOT_IDEMPOTENT");
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void repeatsEvenAPostWhoseConnectionFailedThenThrowsTheLastFailure() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/x?q=1"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertThatThrownBy(() -> client().send(post, HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(ConnectException.class);
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).startsWith("retry POST http://127.0.0.1:" + port + "/x 1 CONNECT_FAILED");
        assertThat(events.get(2)).isEqualTo("give up POST 3 CONNECT_FAILED ATTEMPTS_EXHAUSTED");
    }

    @Test
    void aFailedTlsHandshakeIsNotRepeated(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        try (Loopback secure = Loopback.https(Loopback.selfSigned(directory))) {
            assertThatThrownBy(() -> client().send(HttpRequest.newBuilder(secure.uri("/")).build(),
                    HttpResponse.BodyHandlers.discarding())).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
            assertThat(events).isEmpty();
        }
    }

    @Test
    void aBodyThatCannotBeSentAgainIsNotRetried() throws Exception {
        unavailable("/upload", 1, "0");
        HttpRequest put = HttpRequest.newBuilder(server.uri("/upload")).PUT(HttpRequest.BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(new byte[] {1}))).build();
        assertThat(client().send(put, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(503);
        assertThat(server.paths()).containsExactly("PUT /upload");
        assertThat(events).isEmpty();
    }

    @Test
    void aStatusThatIsNeverRetriedIsReturnedQuietly() throws Exception {
        server.on("/missing", (exchange, n) -> exchange.sendResponseHeaders(404, -1));
        assertThat(client().send(HttpRequest.newBuilder(server.uri("/missing")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        assertThat(events).isEmpty();
    }

    @Test
    void successesReturnTokensToTheRetryBudget() throws Exception {
        RetryBudget budget = RetryBudget.newBudget(10, 5, 5);
        unavailable("/flaky", 1, "0");
        client(RetryAdvisor.builder().retryBudget(budget).build())
                .send(HttpRequest.newBuilder(server.uri("/flaky")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(budget.toString()).startsWith("RetryBudget[10/10");
    }

    @Test
    void aRedirectedRequestIsRetriedAndARetriedOneRedirectedUnderOneDeadline() throws Exception {
        server.on("/from", (exchange, n) -> {
            if (n == 1) {
                exchange.getResponseHeaders().add("Retry-After", "2");
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.getResponseHeaders().add("Location", "/to");
                exchange.sendResponseHeaders(302, -1);
            }
        });
        unavailable("/to", 1, "3");
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(server.uri("/from")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("ok");
        assertThat(server.paths()).containsExactly("GET /from", "GET /from", "GET /to", "GET /to");
        assertThat(waiter.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(response.previousResponse().orElseThrow().previousResponse().orElseThrow().statusCode())
                .isEqualTo(302);

        server.on("/late", (exchange, n) -> {
            exchange.getResponseHeaders().add("Retry-After", "5");
            exchange.sendResponseHeaders(503, -1);
        });
        PolicyHttpClient budgeted = client(RetryAdvisor.builder().timeBudget(Duration.ofSeconds(4)).build());
        assertThat(budgeted.send(HttpRequest.newBuilder(server.uri("/late")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(503);
        assertThat(events).last().asString().endsWith("TIME_BUDGET_EXHAUSTED");
    }

    @Test
    void sendAsyncRetriesWithoutBlocking() throws Exception {
        unavailable("/flaky", 2, "1");
        HttpResponse<String> response = client().sendAsync(HttpRequest.newBuilder(server.uri("/flaky")).build(),
                HttpResponse.BodyHandlers.ofString()).get(30, TimeUnit.SECONDS);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(waiter.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void sendAsyncFailsWithTheLastFailure() throws Exception {
        server.on("/drop", (exchange, n) -> {
            throw new IOException("the test server drops this connection");
        });
        CompletableFuture<HttpResponse<Void>> future = client().sendAsync(HttpRequest.newBuilder(server.uri("/drop"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.discarding());
        assertThatThrownBy(() -> future.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void cancellingSendAsyncStopsFurtherAttempts() throws Exception {
        unavailable("/flaky", 5, "1");
        waiter.holding();
        CompletableFuture<HttpResponse<Void>> future = client().sendAsync(
                HttpRequest.newBuilder(server.uri("/flaky")).build(), HttpResponse.BodyHandlers.discarding());
        while (waiter.waits().isEmpty()) {
            Thread.onSpinWait();
        }
        assertThat(future.cancel(true)).isTrue();
        waiter.release();
        assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
        assertThat(server.paths()).containsExactly("GET /flaky");
    }

    @Test
    void anInterruptWhileWaitingEndsSendAtOnceWithTheFlagSet() throws Exception {
        unavailable("/flaky", 5, "1");
        InterruptedException interrupt = new InterruptedException("stop");
        PolicyHttpClient interrupted = PolicyHttpClient.builder(plain).waiter(waiter.interruptingWith(interrupt)).build();
        try {
            assertThatThrownBy(() -> interrupted.send(HttpRequest.newBuilder(server.uri("/flaky")).build(),
                    HttpResponse.BodyHandlers.discarding())).isSameAs(interrupt);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.paths()).containsExactly("GET /flaky");
    }

    @Test
    void anInterruptedThreadSendsNothing() {
        PolicyHttpClient client = client();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(server.uri("/x")).build(),
                    HttpResponse.BodyHandlers.discarding())).isInstanceOf(InterruptedException.class);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(events).isEmpty();
    }

    @Test
    void withoutRetriesTheFirstAnswerIsFinal() throws Exception {
        unavailable("/flaky", 1, "1");
        PolicyHttpClient none = PolicyHttpClient.builder(plain).noRetries().build();
        assertThat(none.retryAdvisor()).isEmpty();
        assertThat(none.send(HttpRequest.newBuilder(server.uri("/flaky")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(503);
    }
}
