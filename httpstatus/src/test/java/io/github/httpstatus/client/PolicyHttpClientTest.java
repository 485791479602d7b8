package io.github.httpstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.retry.RetryAdvisor;

import java.lang.invoke.MethodType;
import java.net.Authenticator;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

class PolicyHttpClientTest {

    @Test
    void answersForTheWrappedClientExceptForRedirects() {
        CookieManager cookies = new CookieManager();
        ProxySelector proxy = ProxySelector.of(InetSocketAddress.createUnresolved("proxy.example", 3128));
        Authenticator authenticator = new Authenticator() {
        };
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            HttpClient plain = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(3))
                    .proxy(proxy).authenticator(authenticator).executor(executor).version(HttpClient.Version.HTTP_1_1)
                    .build();
            PolicyHttpClient client = PolicyHttpClient.wrap(plain);
            assertThat(client.cookieHandler()).containsSame(cookies);
            assertThat(client.connectTimeout()).contains(Duration.ofSeconds(3));
            assertThat(client.proxy()).containsSame(proxy);
            assertThat(client.authenticator()).containsSame(authenticator);
            assertThat(client.executor()).containsSame((Executor) executor);
            assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(client.sslContext()).isSameAs(plain.sslContext());
            assertThat(client.sslParameters().getProtocols()).isEqualTo(plain.sslParameters().getProtocols());
            assertThat(client.newWebSocketBuilder()).isNotNull();
            assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NORMAL);
            assertThat(client.redirectPolicy()).containsSame(RedirectPolicy.standard());
            assertThat(client.retryAdvisor()).containsSame(RetryAdvisor.standard());
            assertThat(client.toString()).startsWith("PolicyHttpClient[RedirectPolicy[").contains("RetryAdvisor[");
            assertThat(PolicyHttpClient.builder(plain).noRedirects().noRetries().build())
                    .hasToString("PolicyHttpClient[no redirects, no retries, " + plain + "]");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void rejectsNulls() {
        PolicyHttpClient client = PolicyHttpClient.wrap(HttpClient.newHttpClient());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/")).build();
        assertThatThrownBy(() -> client.send(null, HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(NullPointerException.class).hasMessage("request");
        assertThatThrownBy(() -> client.sendAsync(request, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("handler");
        assertThatThrownBy(() -> PolicyHttpClient.builder(HttpClient.newHttpClient()).retries(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PolicyHttpClient.builder(HttpClient.newHttpClient()).listener(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> client.awaitTermination(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void logsEachHopAndAttemptWithoutHeaderValuesQueriesOrUserInformation() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        System.Logger logger = new System.Logger() {
            @Override
            public String getName() {
                return "test";
            }

            @Override
            public boolean isLoggable(Level level) {
                return level.getSeverity() >= Level.DEBUG.getSeverity();
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
                lines.add(level + " " + message);
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                lines.add(level + " " + format);
            }

            @Override
            public void log(Level level, Supplier<String> message) {
                lines.add(level + " " + message.get());
            }
        };
        try (Loopback origin = Loopback.http(); Loopback other = Loopback.http()) {
            origin.redirect("/start", 302, other.base() + "/next?token=abc");
            other.on("/next", (exchange, n) -> {
                exchange.getResponseHeaders().add("Retry-After", "0");
                exchange.sendResponseHeaders(n == 1 ? 503 : 307, -1);
            });
            PolicyHttpClient client = PolicyHttpClient.builder(HttpClient.newHttpClient()).waiter(new FakeWaiter())
                    .logger(logger).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(origin.uri("/start?key=secret"))
                    .header("Authorization", "Bearer secret").build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(307);
            HttpRequest post = HttpRequest.newBuilder(other.uri("/next")).POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            other.on("/next", (exchange, n) -> exchange.sendResponseHeaders(503, -1));
            client.send(post, HttpResponse.BodyHandlers.discarding());

            assertThat(lines).containsExactly(
                    "DEBUG GET " + origin.base() + "/start -> 302: following to GET " + other.base() + "/next after 0 s",
                    "DEBUG GET " + other.base() + "/next attempt 1 -> 503 Service Unavailable: retrying in 0 s",
                    "DEBUG GET " + other.base() + "/next -> 307: not followed: 307 Temporary Redirect has no Location",
                    "DEBUG POST " + other.base() + "/next attempt 1 -> 503 Service Unavailable: giving up: 503 Service"
                            + " Unavailable allows a retry only of an idempotent request, and POST without an"
                            + " Idempotency-Key is not idempotent (RFC 9110, section 9.2.2)");
            assertThat(String.join("\n", lines)).doesNotContain("secret", "token", "abc");
        }
    }

    @Test
    void aListenersExceptionReachesTheCaller() throws Exception {
        try (Loopback origin = Loopback.http()) {
            origin.redirect("/a", 302, "/b");
            PolicyHttpClient client = PolicyHttpClient.builder(HttpClient.newHttpClient())
                    .listener(new ExchangeListener() {
                        @Override
                        public void onRedirect(URI from, int status, String method, URI to, Duration delay) {
                            throw new IllegalStateException("listener failed");
                        }
                    }).build();
            HttpRequest request = HttpRequest.newBuilder(origin.uri("/a")).build();
            assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.discarding()))
                    .hasMessage("listener failed");
            assertThatThrownBy(() -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).join())
                    .hasRootCauseMessage("listener failed");
        }
    }

    @Test
    void aLogTargetShowsSchemeHostPortAndPathOnly() {
        assertThat(Exchange.forLog(URI.create("https://user:pw@a.example/p/q?x=1#f")))
                .isEqualTo(URI.create("https://a.example:443/p/q"));
        assertThat(Exchange.forLog(URI.create("http://a.example"))).isEqualTo(URI.create("http://a.example:80/"));
        assertThat(Exchange.forLog(URI.create("http://a.example:8080/%2F")))
                .isEqualTo(URI.create("http://a.example:8080/%2F"));
    }

    @Test
    void afterShutdownAFailedAttemptIsNotRepeated() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        List<String> events = new CopyOnWriteArrayList<>();
        PolicyHttpClient client = PolicyHttpClient.builder(HttpClient.newHttpClient()).waiter(new FakeWaiter())
                .listener(new ExchangeListener() {
                    @Override
                    public void onRetry(String method, URI target, int attempt, String outcome, Duration delay) {
                        events.add(outcome);
                    }
                }).build();
        client.shutdown();
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.discarding())).isInstanceOf(java.io.IOException.class);
        assertThat(events).isEmpty();
    }

    @Test
    @EnabledForJreRange(max = JRE.JAVA_20)
    void beforeJava21TheLifecycleMethodsOnlyStopNewAttempts() throws Exception {
        PolicyHttpClient client = PolicyHttpClient.wrap(HttpClient.newHttpClient());
        client.shutdownNow();
        client.close();
        assertThat(client.isTerminated()).isFalse();
        assertThat(client.awaitTermination(Duration.ZERO)).isFalse();
        assertThat(Lifecycle.find("close", MethodType.methodType(void.class))).isNull();
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void closingTheWrapperClosesTheWrappedClient() throws Throwable {
        HttpClient plain = HttpClient.newHttpClient();
        HttpClient client = PolicyHttpClient.wrap(plain);
        // Through HttpClient's own close(), as try-with-resources on an HttpClient calls it.
        Lifecycle.find("close", MethodType.methodType(void.class)).invoke(client);
        assertThat(Lifecycle.isTerminated(plain)).isTrue();
        assertThat((boolean) Lifecycle.find("isTerminated", MethodType.methodType(boolean.class)).invoke(client))
                .isTrue();
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void shutdownReachesTheWrappedClient() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        PolicyHttpClient client = PolicyHttpClient.wrap(plain);
        client.shutdown();
        assertThat(client.awaitTermination(Duration.ofSeconds(30))).isTrue();
        assertThat(client.isTerminated()).isTrue();
        HttpClient other = HttpClient.newHttpClient();
        PolicyHttpClient.wrap(other).shutdownNow();
        assertThat(Lifecycle.awaitTermination(other, Duration.ofSeconds(30))).isTrue();
    }
}
