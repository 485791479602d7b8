package io.github.httpstatus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.redirect.RedirectDecision;
import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.retry.RetryAdvisor;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyHttpClientRedirectTest {

    private final Loopback origin = Loopback.http();
    private final Loopback other = Loopback.http();
    private final FakeWaiter waiter = new FakeWaiter();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final ExchangeListener recorder = new ExchangeListener() {
        @Override
        public void onRedirect(URI from, int status, String method, URI to, Duration delay) {
            events.add("redirect " + from + " " + status + " " + method + " " + to + " " + delay);
        }

        @Override
        public void onRedirectRefused(URI at, int status, RedirectDecision.Stop stop) {
            events.add("refused " + at + " " + status + " " + stop.reason());
        }
    };
    private final HttpClient plain = HttpClient.newHttpClient();
    private final PolicyHttpClient client = PolicyHttpClient.builder(plain).listener(recorder).waiter(waiter).build();

    PolicyHttpClientRedirectTest() throws Exception {
    }

    @AfterEach
    void stop() {
        origin.close();
        other.close();
    }

    @Test
    void credentialsNeverReachAnotherOriginAndAreNotRestoredWhenTheChainComesBack() throws Exception {
        origin.redirect("/start", 302, other.base() + "/middle");
        other.redirect("/middle", 307, origin.base() + "/end");
        HttpRequest request = HttpRequest.newBuilder(origin.uri("/start?token=abc"))
                .header("Authorization", "Bearer secret").header("Cookie", "session=1")
                .header("Proxy-Authorization", "Basic cHJveHk6c2VjcmV0").header("Accept", "text/plain").build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("done /end");
        Loopback.Seen first = origin.seen().get(0);
        assertThat(first.header("Authorization")).isEqualTo("Bearer secret");
        assertThat(first.header("Cookie")).isEqualTo("session=1");
        for (Loopback.Seen later : List.of(other.seen().get(0), origin.seen().get(1))) {
            assertThat(later.header("Authorization")).isNull();
            assertThat(later.header("Cookie")).isNull();
            assertThat(later.header("Proxy-Authorization")).isNull();
            assertThat(later.header("Accept")).isEqualTo("text/plain");
        }
        assertThat(origin.paths()).containsExactly("GET /start", "GET /end");
        assertThat(events).containsExactly(
                "redirect " + origin.base() + "/start 302 GET " + other.base() + "/middle PT0S",
                "redirect " + other.base() + "/middle 307 GET " + origin.base() + "/end PT0S");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303})
    void postBecomesGetWithoutItsBody(int status) throws Exception {
        origin.redirect("/form", status, "/done");
        HttpRequest post = HttpRequest.newBuilder(origin.uri("/form")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("order=1")).build();

        HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(origin.paths()).containsExactly("POST /form", "GET /done");
        assertThat(origin.seen().get(0).text()).isEqualTo("order=1");
        assertThat(origin.seen().get(1).body()).isEmpty();
        assertThat(origin.seen().get(1).header("Content-Type")).isNull();
        assertThat(response.request().method()).isEqualTo("GET");
        assertThat(response.request().uri()).isEqualTo(origin.uri("/done"));
    }

    @ParameterizedTest
    @ValueSource(ints = {307, 308})
    void postKeepsItsBodyByteForByte(int status) throws Exception {
        byte[] body = new byte[100_000];
        new Random(status).nextBytes(body);
        origin.redirect("/upload", status, other.base() + "/upload");
        HttpRequest post = HttpRequest.newBuilder(origin.uri("/upload"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        client.send(post, HttpResponse.BodyHandlers.discarding());

        assertThat(origin.seen().get(0).body()).isEqualTo(body);
        assertThat(other.seen()).singleElement().satisfies(seen -> {
            assertThat(seen.method()).isEqualTo("POST");
            assertThat(seen.body()).isEqualTo(body);
            assertThat(seen.header("Content-Type")).isEqualTo("application/octet-stream");
        });
    }

    @Test
    void headStaysHeadOn303() throws Exception {
        origin.redirect("/thing", 303, "/other");
        HttpRequest head = HttpRequest.newBuilder(origin.uri("/thing")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build();
        client.send(head, HttpResponse.BodyHandlers.discarding());
        assertThat(origin.paths()).containsExactly("HEAD /thing", "HEAD /other");
    }

    @Test
    void httpsToHttpIsRefusedAndTheRedirectReturned(@TempDir Path directory) throws Exception {
        SSLContext tls = Loopback.selfSigned(directory);
        try (Loopback secure = Loopback.https(tls)) {
            secure.redirect("/login", 302, origin.base() + "/plain");
            PolicyHttpClient trusting = PolicyHttpClient.builder(HttpClient.newBuilder().sslContext(tls).build())
                    .listener(recorder).build();

            HttpResponse<String> response = trusting.send(HttpRequest.newBuilder(secure.uri("/login"))
                    .header("Authorization", "Bearer secret").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.previousResponse()).isEmpty();
            assertThat(origin.seen()).isEmpty();
            assertThat(events).containsExactly("refused " + secure.base() + "/login 302 DOWNGRADE_REFUSED");
        }
    }

    @Test
    void theRedirectLimitEndsTheChainWithTheLastRedirect() throws Exception {
        for (int i = 0; i < 5; i++) {
            origin.redirect("/" + i, 302, "/" + (i + 1));
        }
        PolicyHttpClient limited = PolicyHttpClient.builder(plain).redirects(RedirectPolicy.builder().maxRedirects(2)
                .build()).listener(recorder).build();

        HttpResponse<String> response = limited.send(HttpRequest.newBuilder(origin.uri("/0")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.uri()).isEqualTo(origin.uri("/2"));
        assertThat(origin.paths()).containsExactly("GET /0", "GET /1", "GET /2");
        assertThat(events).last().isEqualTo("refused " + origin.base() + "/2 302 TOO_MANY_REDIRECTS");
        List<URI> chain = new ArrayList<>();
        for (HttpResponse<String> r = response; r != null; r = r.previousResponse().orElse(null)) {
            chain.add(r.uri());
            assertThat(r.request().uri()).isEqualTo(r.uri());
        }
        assertThat(chain).containsExactly(origin.uri("/2"), origin.uri("/1"), origin.uri("/0"));
    }

    @Test
    void aLoopEndsWithTheRedirectThatClosesIt() throws Exception {
        origin.redirect("/a", 302, "/b");
        origin.redirect("/b", 302, "/a");
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(origin.uri("/a")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(origin.paths()).containsExactly("GET /a", "GET /b");
        assertThat(events).last().isEqualTo("refused " + origin.base() + "/b 302 LOOP");
    }

    @Test
    void aLargeRedirectBodyIsDiscardedAndOnlyTheFinalResponseReachesTheCallersHandler() throws Exception {
        byte[] large = new byte[10 * 1024 * 1024];
        origin.on("/big", (exchange, n) -> {
            exchange.getResponseHeaders().add("Location", "/small");
            exchange.sendResponseHeaders(302, large.length);
            exchange.getResponseBody().write(large);
        });
        List<Integer> handled = new CopyOnWriteArrayList<>();
        HttpResponse.BodyHandler<String> handler = info -> {
            handled.add(info.statusCode());
            return HttpResponse.BodySubscribers.ofString(java.nio.charset.StandardCharsets.UTF_8);
        };

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(origin.uri("/big")).build(), handler);

        assertThat(handled).containsExactly(200);
        assertThat(response.body()).isEqualTo("done /small");
        HttpResponse<String> redirect = response.previousResponse().orElseThrow();
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.body()).isNull();
        assertThat(redirect.headers().firstValue("Location")).contains("/small");
    }

    @Test
    void aRedirectsRetryAfterIsWaitedForUnlessItPassesTheTimeBudget() throws Exception {
        origin.on("/later", (exchange, n) -> {
            exchange.getResponseHeaders().add("Location", "/now");
            exchange.getResponseHeaders().add("Retry-After", n == 1 ? "3" : "30");
            exchange.sendResponseHeaders(307, -1);
        });
        client.send(HttpRequest.newBuilder(origin.uri("/later")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(waiter.waits()).containsExactly(Duration.ofSeconds(3));
        assertThat(origin.paths()).containsExactly("GET /later", "GET /now");

        PolicyHttpClient hurried = PolicyHttpClient.builder(plain).waiter(waiter).listener(recorder)
                .retries(RetryAdvisor.builder().timeBudget(Duration.ofSeconds(10)).build()).build();
        HttpResponse<Void> response = hurried.send(HttpRequest.newBuilder(origin.uri("/later")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(waiter.waits()).hasSize(1);
        assertThat(events).last().asString().startsWith("refused " + origin.base() + "/later 307 ");
    }

    @Test
    void aBodyThatCannotBeSentAgainStopsA307() throws Exception {
        origin.redirect("/stream", 307, "/again");
        HttpRequest post = HttpRequest.newBuilder(origin.uri("/stream")).POST(HttpRequest.BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(new byte[] {1, 2, 3}))).build();
        HttpResponse<Void> response = client.send(post, HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(origin.paths()).containsExactly("POST /stream");
        assertThat(events).containsExactly("refused " + origin.base() + "/stream 307 BODY_NOT_REPLAYABLE");
    }

    @Test
    void withoutRedirectsA3xxIsReturnedAsItIs() throws Exception {
        origin.redirect("/moved", 301, "/new");
        PolicyHttpClient none = PolicyHttpClient.builder(plain).noRedirects().build();
        assertThat(none.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        assertThat(none.redirectPolicy()).isEmpty();
        assertThat(none.send(HttpRequest.newBuilder(origin.uri("/moved")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(301);
        assertThat(origin.paths()).containsExactly("GET /moved");
    }

    @Test
    void sendAsyncFollowsTheSameRules() throws Exception {
        origin.redirect("/start", 302, other.base() + "/end");
        HttpResponse<String> response = client.sendAsync(HttpRequest.newBuilder(origin.uri("/start"))
                .header("Cookie", "a=b").build(), HttpResponse.BodyHandlers.ofString()).get();
        assertThat(response.body()).isEqualTo("done /end");
        assertThat(response.previousResponse().orElseThrow().statusCode()).isEqualTo(302);
        assertThat(other.seen().get(0).header("Cookie")).isNull();
    }

    @Test
    void refusesAClientThatFollowsRedirectsItself() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThatThrownBy(() -> PolicyHttpClient.wrap(following)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("the wrapped client follows redirects itself (NORMAL), so the redirect policy would never"
                        + " see them; build it with HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)");
        assertThatThrownBy(() -> PolicyHttpClient.wrap(PolicyHttpClient.wrap(plain)))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyHttpClient.wrap(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PolicyHttpClient.builder(plain).redirects(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void countsEveryHandlerCallOnce() throws Exception {
        origin.redirect("/one", 308, "/two");
        AtomicInteger calls = new AtomicInteger();
        client.send(HttpRequest.newBuilder(origin.uri("/one")).build(), info -> {
            calls.incrementAndGet();
            return HttpResponse.BodySubscribers.discarding();
        });
        assertThat(calls).hasValue(1);
    }
}
