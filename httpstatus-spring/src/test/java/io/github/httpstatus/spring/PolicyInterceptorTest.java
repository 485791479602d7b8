package io.github.httpstatus.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.retry.RetryAdvisor;
import io.github.httpstatus.retry.RetryBudget;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.BufferedSink;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

class PolicyInterceptorTest {

    private final MockWebServer first = new MockWebServer();
    private final MockWebServer second = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();
    /** The headers of each request that went down the chain past the interceptor. */
    private final List<HttpHeaders> sent = new ArrayList<>();
    private final ClientHttpRequestInterceptor recorder = (request, body, execution) -> {
        sent.add(HttpHeaders.copyOf(request.getHeaders()));
        return execution.execute(request, body);
    };

    @BeforeEach
    void startServers() throws IOException {
        first.start(InetAddress.getByName("127.0.0.1"), 0);
        second.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stopServers() {
        first.close();
        second.close();
    }

    private PolicyInterceptor.Builder interceptor() {
        return PolicyInterceptor.builder().sleeper(waits::add);
    }

    private static HttpClient.Builder jdkClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }

    private RestClient client(PolicyInterceptor interceptor, HttpClient jdk) {
        return RestClient.builder()
                .requestFactory(PolicyInterceptor.requestFactory(jdk))
                .apply(interceptor::installOn)
                .requestInterceptor(recorder)
                .build();
    }

    private RestClient client(PolicyInterceptor interceptor) {
        return client(interceptor, jdkClient().build());
    }

    private RestClient client() {
        return client(interceptor().build());
    }

    private Duration waited() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    private static URI url(MockWebServer server, String path) {
        return server.url(path).uri();
    }

    /** Sends a request and returns the status and body of the response the caller sees. */
    private static String exchange(RestClient.RequestHeadersSpec<?> spec) {
        return spec.exchange((request, response) -> response.getStatusCode().value() + " "
                + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).addHeader("Location", location).build();
    }

    private static MockResponse status(int code, String... headers) {
        MockResponse.Builder response = new MockResponse.Builder().code(code).body("status " + code);
        for (int i = 0; i < headers.length; i += 2) {
            response.addHeader(headers[i], headers[i + 1]);
        }
        return response.build();
    }

    private static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached " + server).isNotNull();
        return request;
    }

    /** An interceptor that counts the bytes read from each response and notes when it is closed. */
    private static ClientHttpRequestInterceptor counting(List<AtomicLong> bytesRead, List<Boolean> closed) {
        return (request, body, execution) -> {
            ClientHttpResponse response = execution.execute(request, body);
            AtomicLong count = new AtomicLong();
            bytesRead.add(count);
            int index = closed.size();
            closed.add(false);
            return new CountingResponse(response, count, () -> closed.set(index, true));
        };
    }

    @Nested
    class Redirects {

        @Test
        void credentialsNeverReachAnotherOriginAndAreNotRestoredWhenTheChainComesBack() throws Exception {
            first.enqueue(redirect(302, second.url("/elsewhere").toString()));
            second.enqueue(redirect(302, first.url("/back").toString()));
            first.enqueue(status(200));

            String result = exchange(client().get().uri(url(first, "/start"))
                    .header("Authorization", "Bearer secret")
                    .header("Cookie", "session=secret")
                    .header("Proxy-Authorization", "Basic secret")
                    .header("X-Trace", "kept"));

            assertThat(result).isEqualTo("200 status 200");
            assertThat(take(first).getHeaders().get("Authorization")).isEqualTo("Bearer secret");
            RecordedRequest elsewhere = take(second);
            RecordedRequest back = take(first);
            for (RecordedRequest hop : List.of(elsewhere, back)) {
                assertThat(hop.getHeaders().names()).doesNotContain("Authorization", "Cookie", "Proxy-Authorization");
                assertThat(hop.getHeaders().get("X-Trace")).isEqualTo("kept");
            }
            assertThat(sent).hasSize(3);
            assertThat(sent.get(0).headerNames()).contains("Authorization", "Cookie", "Proxy-Authorization");
            assertThat(sent.subList(1, 3)).allSatisfy(headers -> assertThat(headers.headerNames())
                    .doesNotContain("Authorization", "Cookie", "Proxy-Authorization"));
        }

        @Test
        void credentialsStayOnTheSameOrigin() throws Exception {
            first.enqueue(redirect(301, "/moved"));
            first.enqueue(status(200));

            assertThat(exchange(client().get().uri(url(first, "/")).header("Authorization", "Bearer t")))
                    .isEqualTo("200 status 200");

            take(first);
            assertThat(take(first).getHeaders().get("Authorization")).isEqualTo("Bearer t");
        }

        @ParameterizedTest
        @ValueSource(ints = {302, 303})
        void postBecomesGetWithoutContent(int code) throws Exception {
            first.enqueue(redirect(code, "/done"));
            first.enqueue(status(200));

            assertThat(exchange(client().post().uri(url(first, "/form"))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("a=1"))).isEqualTo("200 status 200");

            assertThat(take(first).getMethod()).isEqualTo("POST");
            RecordedRequest next = take(first);
            assertThat(next.getMethod()).isEqualTo("GET");
            assertThat(next.getBodySize()).isZero();
            assertThat(next.getHeaders().names()).doesNotContain("Content-Type");
        }

        @ParameterizedTest
        @ValueSource(ints = {307, 308})
        void postKeepsItsContentByteForByte(int code) throws Exception {
            byte[] content = new byte[4096];
            for (int i = 0; i < content.length; i++) {
                content[i] = (byte) (i * 31 + 7);
            }
            first.enqueue(redirect(code, second.url("/there").toString()));
            second.enqueue(status(201));

            assertThat(exchange(client().post().uri(url(first, "/here"))
                    .contentType(MediaType.APPLICATION_OCTET_STREAM).body(content))).isEqualTo("201 status 201");

            take(first);
            RecordedRequest next = take(second);
            assertThat(next.getMethod()).isEqualTo("POST");
            assertThat(next.getBody()).isEqualTo(ByteString.of(content));
            assertThat(next.getHeaders().get("Content-Type")).isEqualTo("application/octet-stream");
        }

        @Test
        void headStaysHeadOnSeeOther() throws Exception {
            first.enqueue(redirect(303, "/other"));
            first.enqueue(status(200));

            assertThat(exchange(client().head().uri(url(first, "/")))).isEqualTo("200 ");

            take(first);
            assertThat(take(first).getMethod()).isEqualTo("HEAD");
        }

        @Test
        void httpsToHttpIsRefusedAndTheRedirectReturned() throws Exception {
            HeldCertificate certificate = new HeldCertificate.Builder()
                    .addSubjectAlternativeName("127.0.0.1")
                    .addSubjectAlternativeName("localhost")
                    .build();
            HandshakeCertificates serverSide = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
            HandshakeCertificates clientSide = new HandshakeCertificates.Builder()
                    .addTrustedCertificate(certificate.certificate()).build();
            try (MockWebServer secure = new MockWebServer()) {
                secure.useHttps(serverSide.sslSocketFactory());
                secure.start(InetAddress.getByName("127.0.0.1"), 0);
                secure.enqueue(redirect(302, first.url("/plain").toString()));
                RestClient client = client(interceptor().build(), jdkClient().sslContext(clientSide.sslContext()).build());

                assertThat(exchange(client.get().uri(url(secure, "/")))).isEqualTo("302 ");
                assertThat(take(secure).getHandshake()).isNotNull();
            }
            assertThat(first.getRequestCount()).isZero();
        }

        @Test
        void theRedirectLimitEndsTheChainWithTheLastRedirect() throws Exception {
            for (int i = 1; i <= 3; i++) {
                first.enqueue(redirect(302, "/hop" + i));
            }
            RestClient client = client(interceptor().redirectPolicy(RedirectPolicy.builder().maxRedirects(2).build())
                    .build());

            ResponseSeen seen = client.get().uri(url(first, "/")).exchange((request, response) ->
                    new ResponseSeen(response.getStatusCode(), response.getHeaders().getFirst("Location")));

            assertThat(seen).isEqualTo(new ResponseSeen(HttpStatusCode.valueOf(302), "/hop3"));
            assertThat(first.getRequestCount()).isEqualTo(3);
        }

        @Test
        void aLoopEndsTheChainWithTheRedirectThatClosesIt() throws Exception {
            first.enqueue(redirect(302, "/b"));
            first.enqueue(redirect(302, "/a"));

            ResponseSeen seen = client().get().uri(url(first, "/a")).exchange((request, response) ->
                    new ResponseSeen(response.getStatusCode(), response.getHeaders().getFirst("Location")));

            assertThat(seen).isEqualTo(new ResponseSeen(HttpStatusCode.valueOf(302), "/a"));
            assertThat(first.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aRedirectsRetryAfterIsWaitedBeforeFollowing() throws Exception {
            first.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "/later")
                    .addHeader("Retry-After", "2").build());
            first.enqueue(status(200));

            assertThat(exchange(client().get().uri(url(first, "/")))).isEqualTo("200 status 200");

            assertThat(waits).containsExactly(Duration.ofSeconds(2));
        }

        @Test
        void requestAttributesTravelWithEveryHop() {
            first.enqueue(redirect(302, "/next"));
            first.enqueue(status(200));
            List<Object> seen = new ArrayList<>();
            RestClient client = RestClient.builder()
                    .requestFactory(PolicyInterceptor.requestFactory(jdkClient().build()))
                    .apply(interceptor().build()::installOn)
                    .requestInterceptor((request, body, execution) -> {
                        seen.add(request.getAttributes().get("tenant"));
                        return execution.execute(request, body);
                    })
                    .build();

            assertThat(exchange(client.get().uri(url(first, "/")).attribute("tenant", "t1"))).isEqualTo("200 status 200");

            assertThat(seen).containsExactly("t1", "t1");
        }

        @Test
        void aResponseThatIsRepeatedIsClosedUnread() {
            first.enqueue(status(503, "Retry-After", "0"));
            first.enqueue(status(200));
            List<AtomicLong> bytesRead = new ArrayList<>();
            List<Boolean> closed = new ArrayList<>();
            RestClient client = RestClient.builder()
                    .requestFactory(PolicyInterceptor.requestFactory(jdkClient().build()))
                    .apply(interceptor().build()::installOn)
                    .requestInterceptor(counting(bytesRead, closed))
                    .build();

            assertThat(exchange(client.get().uri(url(first, "/")))).isEqualTo("200 status 200");

            assertThat(bytesRead.get(0).get()).isZero();
            assertThat(closed.get(0)).isTrue();
        }

        @Test
        void aTenMegabyteRedirectIsFollowedWithoutReadingItsContent() throws Exception {
            first.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/small")
                    .body(new Filler(10L * 1024 * 1024)).build());
            first.enqueue(status(200));
            List<AtomicLong> bytesRead = new ArrayList<>();
            List<Boolean> closed = new ArrayList<>();
            RestClient client = RestClient.builder()
                    .requestFactory(PolicyInterceptor.requestFactory(jdkClient().build()))
                    .apply(interceptor().build()::installOn)
                    .requestInterceptor(counting(bytesRead, closed))
                    .build();

            assertThat(exchange(client.get().uri(url(first, "/big")))).isEqualTo("200 status 200");

            assertThat(bytesRead).extracting(AtomicLong::get).containsExactly(0L, (long) "status 200".length());
            assertThat(closed.get(0)).isTrue();
        }
    }

    @Nested
    class Retries {

        @Test
        void serviceUnavailableWithRetryAfterWaitsThatLong() throws Exception {
            first.enqueue(status(503, "Retry-After", "1"));
            first.enqueue(status(200));

            assertThat(exchange(client().get().uri(url(first, "/")))).isEqualTo("200 status 200");

            assertThat(waited()).isEqualTo(Duration.ofSeconds(1));
            assertThat(first.getRequestCount()).isEqualTo(2);
        }

        @Test
        void serviceUnavailableWithoutRetryAfterIsRepeatedAfterABackoff() {
            first.enqueue(status(503));
            first.enqueue(status(200));
            RestClient client = client(interceptor()
                    .retryAdvisor(RetryAdvisor.builder().random(new SplittableRandom(7)).build()).build());

            assertThat(exchange(client.get().uri(url(first, "/")))).isEqualTo("200 status 200");

            assertThat(waited()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(100));
        }

        @Test
        void aNotModifiedIsReturnedAsItIs() {
            first.enqueue(new MockResponse.Builder().code(304).build());

            assertThat(exchange(client().get().uri(url(first, "/")))).isEqualTo("304 ");
        }

        @Test
        void postIsNotRepeatedOnServiceUnavailable() throws Exception {
            first.enqueue(status(503, "Retry-After", "0"));

            assertThat(exchange(client().post().uri(url(first, "/")).body("x"))).isEqualTo("503 status 503");

            assertThat(first.getRequestCount()).isEqualTo(1);
            assertThat(waits).isEmpty();
        }

        @Test
        void postWithAnIdempotencyKeyIsRepeatedWithItsContent() throws Exception {
            first.enqueue(status(503, "Retry-After", "1"));
            first.enqueue(status(201));

            assertThat(exchange(client().post().uri(url(first, "/orders")).header("Idempotency-Key", "8e03978e")
                    .body("order"))).isEqualTo("201 status 201");

            take(first);
            RecordedRequest again = take(first);
            assertThat(again.getMethod()).isEqualTo("POST");
            assertThat(again.getBody().utf8()).isEqualTo("order");
            assertThat(again.getHeaders().get("Idempotency-Key")).isEqualTo("8e03978e");
        }

        @Test
        void tooManyRequestsWithADateWaitsUntilThenByTheServersClock() throws Exception {
            first.enqueue(status(429, "Date", "Tue, 01 Dec 2026 10:00:00 GMT",
                    "Retry-After", "Tue, 01 Dec 2026 10:00:03 GMT"));
            first.enqueue(status(200));

            assertThat(exchange(client().get().uri(url(first, "/")))).isEqualTo("200 status 200");

            assertThat(waits).containsExactly(Duration.ofSeconds(3));
        }

        @Test
        void attemptsStopAtTheAdvisorsLimitWithTheLastResponse() throws Exception {
            for (int i = 0; i < 3; i++) {
                first.enqueue(status(503, "Retry-After", "0"));
            }

            assertThat(exchange(client().get().uri(url(first, "/")))).isEqualTo("503 status 503");

            assertThat(first.getRequestCount()).isEqualTo(3);
            assertThat(waits).isEmpty();
        }

        @Test
        void attemptsStartAgainOnANewTarget() {
            first.enqueue(status(503, "Retry-After", "0"));
            first.enqueue(redirect(302, second.url("/next").toString()));
            second.enqueue(status(503, "Retry-After", "0"));
            second.enqueue(status(503, "Retry-After", "0"));
            second.enqueue(status(200));

            assertThat(exchange(client().get().uri(url(first, "/")))).isEqualTo("200 status 200");

            assertThat(second.getRequestCount()).isEqualTo(3);
        }

        @Test
        void theTimeBudgetCoversTheWholeExchange() throws Exception {
            first.enqueue(status(503, "Retry-After", "1"));
            RestClient client = client(interceptor()
                    .retryAdvisor(RetryAdvisor.builder().timeBudget(Duration.ofSeconds(1)).build()).build());

            assertThat(exchange(client.get().uri(url(first, "/")))).isEqualTo("503 status 503");

            assertThat(waits).isEmpty();
        }

        @Test
        void successesAndRetriesMoveTheRetryBudget() throws Exception {
            RetryBudget budget = RetryBudget.newBudget(20, 5, 1);
            first.enqueue(status(503, "Retry-After", "0"));
            first.enqueue(status(200));
            first.enqueue(redirect(301, "/moved"));
            RestClient client = client(interceptor().redirectPolicy(RedirectPolicy.builder().maxRedirects(0).build())
                    .retryAdvisor(RetryAdvisor.builder().retryBudget(budget).build()).build());

            exchange(client.get().uri(url(first, "/")));
            assertThat(budget.availableTokens()).isEqualTo(16);
            exchange(client.get().uri(url(first, "/")));
            assertThat(budget.availableTokens()).isEqualTo(17);
        }

        @Test
        void aClientErrorIsReturnedAtOnce() throws Exception {
            first.enqueue(status(404));

            assertThat(exchange(client().get().uri(url(first, "/")))).isEqualTo("404 status 404");

            assertThat(first.getRequestCount()).isEqualTo(1);
        }

        @Test
        void anInterruptStopsTheWaitAndStaysSet() {
            first.enqueue(status(503, "Retry-After", "30"));
            RestClient client = client(PolicyInterceptor.builder().sleeper(wait -> {
                throw new InterruptedException();
            }).build());

            try {
                assertThatThrownBy(() -> exchange(client.get().uri(url(first, "/"))))
                        .hasRootCauseInstanceOf(InterruptedIOException.class)
                        .hasMessageContaining("interrupted while waiting");
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void theSystemSleeperWaitsInTheCallingThread() {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ofNanos(1_500_000)))
                    .isInstanceOf(InterruptedException.class);
        }
    }

    @Nested
    class TransportFailures {

        private RestClient timingOut() {
            JdkClientHttpRequestFactory factory = PolicyInterceptor.requestFactory(jdkClient().build());
            factory.setReadTimeout(Duration.ofSeconds(1));
            return RestClient.builder().requestFactory(factory).apply(interceptor().build()::installOn)
                    .requestInterceptor(recorder).build();
        }

        @Test
        void aGetIsRepeatedWhenTheServerClosesTheConnectionBeforeAnswering() {
            // Twice: the JDK client itself repeats a GET once on a connection closed before any byte.
            first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            first.enqueue(status(200));

            assertThat(exchange(client().get().uri(url(first, "/")))).isEqualTo("200 status 200");

            assertThat(first.getRequestCount()).isEqualTo(3);
            assertThat(sent).hasSizeGreaterThanOrEqualTo(2);
        }

        @Test
        void aPostIsNotRepeatedWhenTheServerClosesTheConnectionBeforeAnswering() {
            first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            first.enqueue(status(200));

            assertThatThrownBy(() -> exchange(client().post().uri(url(first, "/")).body("x")))
                    .isInstanceOf(ResourceAccessException.class);

            assertThat(first.getRequestCount()).isEqualTo(1);
        }

        @Test
        void aPostWithAnIdempotencyKeyIsRepeatedWhenTheServerClosesTheConnection() {
            first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            first.enqueue(status(201));

            assertThat(exchange(client().post().uri(url(first, "/")).header("Idempotency-Key", "k1").body("x")))
                    .isEqualTo("201 status 201");

            assertThat(first.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aGetIsRepeatedWhenTheServerDoesNotAnswerWithinTheTimeout() {
            first.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
            first.enqueue(status(200));

            assertThat(exchange(timingOut().get().uri(url(first, "/")))).isEqualTo("200 status 200");

            assertThat(sent).hasSize(2);
        }

        @Test
        void aPostWithoutAnIdempotencyKeyIsNotRepeatedAfterATimeout() {
            first.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

            assertThatThrownBy(() -> exchange(timingOut().post().uri(url(first, "/")).body("x")))
                    .hasCauseInstanceOf(HttpTimeoutException.class);

            assertThat(sent).hasSize(1);
        }

        @Test
        void aRefusedConnectionIsRepeatedWhateverTheMethodUntilTheAdvisorGivesUp() throws Exception {
            int port;
            try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                port = closed.getLocalPort();
            }
            RestClient client = client(interceptor()
                    .retryAdvisor(RetryAdvisor.builder().random(new SplittableRandom(7)).build()).build());

            assertThatThrownBy(() -> exchange(client.post().uri(URI.create("http://127.0.0.1:" + port + "/")).body("x")))
                    .hasCauseInstanceOf(ConnectException.class);

            assertThat(sent).hasSize(3);
            assertThat(waits).hasSize(2);
        }
    }

    @Nested
    class Setup {

        @Test
        void aJdkClientThatFollowsRedirectsIsRefusedWithTheFix() {
            HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

            assertThatIllegalArgumentException().isThrownBy(() -> PolicyInterceptor.requestFactory(following))
                    .withMessage("the HttpClient follows redirects itself (Redirect.NORMAL), so the redirect policy"
                            + " would never see them; build it with followRedirects(HttpClient.Redirect.NEVER)");
        }

        @Test
        void aRestTemplateOnHttpUrlConnectionIsRefusedWithTheFix() {
            assertThatIllegalArgumentException().isThrownBy(() -> PolicyInterceptor.standard()
                    .installOn(new RestTemplate(new SimpleClientHttpRequestFactory())))
                    .withMessageContaining("SimpleClientHttpRequestFactory follows redirects of GET itself")
                    .withMessageContaining("PolicyInterceptor.requestFactory(HttpClient.newHttpClient())");
        }

        @Test
        void aRestTemplateFollowsAndRetriesAfterItsOtherInterceptors() throws Exception {
            first.enqueue(redirect(302, second.url("/next").toString()));
            second.enqueue(status(503, "Retry-After", "1"));
            second.enqueue(status(200));
            RestTemplate template = new RestTemplate(PolicyInterceptor.requestFactory(jdkClient().build()));
            ClientHttpRequestInterceptor credentials = (request, body, execution) -> {
                request.getHeaders().set("Authorization", "Bearer from-an-interceptor");
                return execution.execute(request, body);
            };
            template.getInterceptors().add(credentials);
            PolicyInterceptor interceptor = interceptor().build();

            assertThat(interceptor.installOn(template)).isSameAs(template);
            assertThat(template.getInterceptors()).containsExactly(credentials, interceptor);
            RestClient.Builder builder = RestClient.builder();
            assertThat(interceptor.installOn(builder)).isSameAs(builder);
            assertThat(template.getForObject(url(first, "/start"), String.class)).isEqualTo("status 200");

            assertThat(take(first).getHeaders().get("Authorization")).isEqualTo("Bearer from-an-interceptor");
            assertThat(take(second).getHeaders().names()).doesNotContain("Authorization");
            assertThat(take(second).getHeaders().names()).doesNotContain("Authorization");
            assertThat(waited()).isEqualTo(Duration.ofSeconds(1));
        }

        @Test
        void nullsAreRefusedByName() {
            PolicyInterceptor.Builder builder = PolicyInterceptor.builder();
            assertThatNullPointerException().isThrownBy(() -> builder.redirectPolicy(null)).withMessage("value");
            assertThatNullPointerException().isThrownBy(() -> builder.retryAdvisor(null)).withMessage("value");
            assertThatNullPointerException().isThrownBy(() -> builder.sleeper(null)).withMessage("value");
            assertThatNullPointerException().isThrownBy(() -> PolicyInterceptor.standard()
                    .installOn((RestClient.Builder) null)).withMessage("builder");
            assertThatNullPointerException().isThrownBy(() -> PolicyInterceptor.standard()
                    .installOn((RestTemplate) null)).withMessage("template");
            assertThatNullPointerException().isThrownBy(() -> PolicyInterceptor.requestFactory(null))
                    .withMessage("client");
        }

        @Test
        void toStringNamesThePolicyAndTheAdvisor() {
            assertThat(PolicyInterceptor.standard()).hasToString("PolicyInterceptor[" + RedirectPolicy.standard()
                    + ", " + RetryAdvisor.standard() + "]");
        }

        @Test
        void decisionsAreLoggedWithoutValuesQueriesOrUserInformation() {
            Logger logger = Logger.getLogger(PolicyInterceptor.class.getName());
            List<String> lines = new ArrayList<>();
            Handler handler = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    lines.add(record.getMessage());
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            Level level = logger.getLevel();
            logger.setLevel(Level.ALL);
            logger.addHandler(handler);
            try {
                first.enqueue(redirect(302, second.url("/next?token=hidden").toString()));
                second.enqueue(status(503, "Retry-After", "0"));
                second.enqueue(redirect(302, "/next?token=hidden"));
                first.enqueue(status(503, "Retry-After", "999"));
                RestClient client = client();

                exchange(client.get().uri(url(first, "/start?key=hidden")).header("Authorization", "Bearer hidden"));
                exchange(client.get().uri(url(first, "/start?key=hidden")).header("Authorization", "Bearer hidden"));
                first.enqueue(new MockResponse.Builder().code(304).build());
                first.enqueue(status(404));
                exchange(client.get().uri(url(first, "/start?key=hidden")));
                exchange(client.get().uri(url(first, "/start?key=hidden")));
                first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
                first.enqueue(status(200));
                // A POST, since the JDK client repeats a GET on a closed connection once by itself.
                exchange(client.post().uri(url(first, "/start?key=hidden")).header("Authorization", "Bearer hidden")
                        .header("Idempotency-Key", "k").body("x"));
                first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
                assertThatThrownBy(() -> exchange(client.post().uri(url(first, "/start?key=hidden"))
                        .header("Authorization", "Bearer hidden").body("x"))).isInstanceOf(ResourceAccessException.class);
            } finally {
                logger.removeHandler(handler);
                logger.setLevel(level);
            }

            assertThat(lines).hasSize(6);
            assertThat(lines.get(0)).startsWith("following 302 from GET " + first.url("/start"))
                    .contains("droppedHeaders=[authorization]");
            assertThat(lines.get(1)).startsWith("repeating GET " + second.url("/next") + " after attempt 1: GET -> 503");
            assertThat(lines.get(2)).startsWith("returning 302 for GET " + second.url("/next") + ": the chain already");
            assertThat(lines.get(3)).startsWith("not repeating GET " + first.url("/start") + " after attempt 1")
                    .contains("999 s");
            assertThat(lines.get(4)).startsWith("repeating POST " + first.url("/start") + " after attempt 1: POST -> CONNECTION_CLOSED in ");
            assertThat(lines.get(5)).startsWith("not repeating POST " + first.url("/start")
                    + " after attempt 1: POST -> CONNECTION_CLOSED: CONNECTION_CLOSED allows a retry only of an idempotent");
            assertThat(String.join("\n", lines)).doesNotContain("hidden");
        }
    }

    private record ResponseSeen(HttpStatusCode status, String location) {
    }

    /** A response whose content is counted as the caller reads it. */
    private static final class CountingResponse implements ClientHttpResponse {

        private final ClientHttpResponse delegate;
        private final AtomicLong count;
        private final Runnable onClose;

        CountingResponse(ClientHttpResponse delegate, AtomicLong count, Runnable onClose) {
            this.delegate = delegate;
            this.count = count;
            this.onClose = onClose;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return delegate.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return delegate.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return delegate.getHeaders();
        }

        @Override
        public InputStream getBody() throws IOException {
            return new FilterInputStream(delegate.getBody()) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count.addAndGet(n);
                    }
                    return n;
                }
            };
        }

        @Override
        public void close() {
            onClose.run();
            delegate.close();
        }
    }

    /** A response body of {@code size} bytes, written as the client reads and never held whole. */
    private static final class Filler implements MockResponseBody {

        private final long size;

        Filler(long size) {
            this.size = size;
        }

        @Override
        public long getContentLength() {
            return size;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            byte[] chunk = new byte[64 * 1024];
            for (long left = size; left > 0; left -= chunk.length) {
                sink.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            sink.flush();
        }
    }
}
