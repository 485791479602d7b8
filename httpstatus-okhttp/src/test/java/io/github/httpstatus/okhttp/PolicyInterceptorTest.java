package io.github.httpstatus.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.retry.RetryAdvisor;
import io.github.httpstatus.retry.RetryBudget;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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

class PolicyInterceptorTest {

    private static final MediaType BYTES = MediaType.get("application/octet-stream");

    private final MockWebServer first = new MockWebServer();
    private final MockWebServer second = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();

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

    private OkHttpClient client(PolicyInterceptor interceptor) {
        return interceptor.installOn(new OkHttpClient.Builder()).build();
    }

    private OkHttpClient client() {
        return client(interceptor().build());
    }

    private Duration waited() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
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

    private static String body(Response response) throws IOException {
        return response.body().string();
    }

    @Nested
    class Redirects {

        @Test
        void credentialsNeverReachAnotherOriginAndAreNotRestoredWhenTheChainComesBack() throws Exception {
            first.enqueue(redirect(302, second.url("/elsewhere").toString()));
            second.enqueue(redirect(302, first.url("/back").toString()));
            first.enqueue(status(200));
            Request request = new Request.Builder().url(first.url("/start"))
                    .header("Authorization", "Bearer secret")
                    .header("Cookie", "session=secret")
                    .header("Proxy-Authorization", "Basic secret")
                    .header("X-Trace", "kept")
                    .build();

            try (Response response = client().newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.request().url().encodedPath()).isEqualTo("/back");
            }

            assertThat(take(first).getHeaders().get("Authorization")).isEqualTo("Bearer secret");
            RecordedRequest elsewhere = take(second);
            RecordedRequest back = take(first);
            for (RecordedRequest hop : List.of(elsewhere, back)) {
                assertThat(hop.getHeaders().names()).doesNotContain("Authorization", "Cookie", "Proxy-Authorization");
                assertThat(hop.getHeaders().get("X-Trace")).isEqualTo("kept");
            }
        }

        @Test
        void credentialsStayOnTheSameOrigin() throws Exception {
            first.enqueue(redirect(301, "/moved"));
            first.enqueue(status(200));
            Request request = new Request.Builder().url(first.url("/")).header("Authorization", "Bearer t").build();

            try (Response response = client().newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }

            take(first);
            assertThat(take(first).getHeaders().get("Authorization")).isEqualTo("Bearer t");
        }

        @ParameterizedTest
        @ValueSource(ints = {302, 303})
        void postBecomesGetWithoutContent(int code) throws Exception {
            first.enqueue(redirect(code, "/done"));
            first.enqueue(status(200));
            Request request = new Request.Builder().url(first.url("/form"))
                    .post(RequestBody.create("a=1", MediaType.get("application/x-www-form-urlencoded"))).build();

            try (Response response = client().newCall(request).execute()) {
                assertThat(body(response)).isEqualTo("status 200");
            }

            assertThat(take(first).getMethod()).isEqualTo("POST");
            RecordedRequest next = take(first);
            assertThat(next.getMethod()).isEqualTo("GET");
            assertThat(next.getBodySize()).isZero();
            assertThat(next.getHeaders().names()).doesNotContain("Content-Type", "Content-Length");
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
            Request request = new Request.Builder().url(first.url("/here"))
                    .post(RequestBody.create(content, BYTES)).build();

            try (Response response = client().newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(201);
            }

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

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).head().build())
                    .execute()) {
                assertThat(response.code()).isEqualTo(200);
            }

            take(first);
            assertThat(take(first).getMethod()).isEqualTo("HEAD");
        }

        @Test
        void httpsToHttpIsRefusedAndTheRedirectReturned() throws Exception {
            HeldCertificate certificate = new HeldCertificate.Builder()
                    .addSubjectAlternativeName("127.0.0.1")
                    .addSubjectAlternativeName("localhost")
                    .build();
            HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
                    .heldCertificate(certificate).build();
            HandshakeCertificates clientSide = new HandshakeCertificates.Builder()
                    .addTrustedCertificate(certificate.certificate()).build();
            try (MockWebServer secure = new MockWebServer()) {
                secure.useHttps(serverSide.sslSocketFactory());
                secure.start(InetAddress.getByName("127.0.0.1"), 0);
                secure.enqueue(redirect(302, first.url("/plain").toString()));
                OkHttpClient client = interceptor().build().installOn(new OkHttpClient.Builder())
                        .sslSocketFactory(clientSide.sslSocketFactory(), clientSide.trustManager())
                        .build();

                try (Response response = client.newCall(new Request.Builder().url(secure.url("/")).build()).execute()) {
                    assertThat(response.request().url().isHttps()).isTrue();
                    assertThat(response.code()).isEqualTo(302);
                    assertThat(response.header("Location")).isEqualTo(first.url("/plain").toString());
                }
            }
            assertThat(first.getRequestCount()).isZero();
        }

        @Test
        void theRedirectLimitEndsTheChainWithTheLastRedirect() throws Exception {
            for (int i = 1; i <= 3; i++) {
                first.enqueue(redirect(302, "/hop" + i));
            }
            OkHttpClient client = client(interceptor().redirectPolicy(RedirectPolicy.builder().maxRedirects(2).build())
                    .build());

            try (Response response = client.newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(302);
                assertThat(response.header("Location")).isEqualTo("/hop3");
            }

            assertThat(first.getRequestCount()).isEqualTo(3);
        }

        @Test
        void aLoopEndsTheChainWithTheRedirectThatClosesIt() throws Exception {
            first.enqueue(redirect(302, "/b"));
            first.enqueue(redirect(302, "/a"));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/a")).build()).execute()) {
                assertThat(response.code()).isEqualTo(302);
                assertThat(response.request().url().encodedPath()).isEqualTo("/b");
            }

            assertThat(first.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aNotModifiedIsReturnedAsItIs() throws Exception {
            first.enqueue(new MockResponse.Builder().code(304).build());

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(304);
            }
        }

        @Test
        void aRedirectsRetryAfterIsWaitedBeforeFollowing() throws Exception {
            first.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "/later")
                    .addHeader("Retry-After", "2").build());
            first.enqueue(status(200));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }

            assertThat(waited()).isEqualTo(Duration.ofSeconds(2));
            assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(PolicyInterceptor.WAIT_SLICE));
        }

        @Test
        void aTenMegabyteRedirectIsFollowedWithoutReadingItsContent() throws Exception {
            long size = 10L * 1024 * 1024;
            first.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/small")
                    .body(new Filler(size)).build());
            first.enqueue(status(200));
            List<Long> bodyBytesRead = new ArrayList<>();
            OkHttpClient client = interceptor().build().installOn(new OkHttpClient.Builder())
                    .eventListener(new EventListener() {
                        @Override
                        public void responseBodyEnd(Call call, long byteCount) {
                            bodyBytesRead.add(byteCount);
                        }
                    })
                    .build();

            try (Response response = client.newCall(new Request.Builder().url(first.url("/big")).build()).execute()) {
                assertThat(body(response)).isEqualTo("status 200");
            }

            assertThat(bodyBytesRead).containsExactly(0L, (long) "status 200".length());
        }

        @Test
        void aOneShotBodyIsNotSentAgainOnATemporaryRedirect() throws Exception {
            first.enqueue(redirect(307, "/again"));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/"))
                    .post(new OneShot("once")).build()).execute()) {
                assertThat(response.code()).isEqualTo(307);
            }

            assertThat(first.getRequestCount()).isEqualTo(1);
        }
    }

    @Nested
    class Retries {

        @Test
        void serviceUnavailableWithRetryAfterWaitsThatLong() throws Exception {
            first.enqueue(status(503, "Retry-After", "1"));
            first.enqueue(status(200));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(body(response)).isEqualTo("status 200");
            }

            assertThat(waited()).isEqualTo(Duration.ofSeconds(1));
            assertThat(first.getRequestCount()).isEqualTo(2);
        }

        @Test
        void serviceUnavailableWithoutRetryAfterIsRepeatedAfterABackoff() throws Exception {
            first.enqueue(status(503));
            first.enqueue(status(200));
            OkHttpClient client = client(interceptor()
                    .retryAdvisor(RetryAdvisor.builder().random(new SplittableRandom(7)).build()).build());

            try (Response response = client.newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }

            assertThat(waited()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(100));
        }

        @Test
        void postIsNotRepeatedOnServiceUnavailable() throws Exception {
            first.enqueue(status(503, "Retry-After", "1"));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/"))
                    .post(RequestBody.create("x", BYTES)).build()).execute()) {
                assertThat(response.code()).isEqualTo(503);
                assertThat(body(response)).isEqualTo("status 503");
            }

            assertThat(first.getRequestCount()).isEqualTo(1);
            assertThat(waits).isEmpty();
        }

        @Test
        void okHttpDoesNotRepeatAPostOnServiceUnavailableWithRetryAfterZeroBelowTheInterceptor() throws Exception {
            first.enqueue(status(503, "Retry-After", "0"));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/"))
                    .post(RequestBody.create("x", BYTES)).build()).execute()) {
                assertThat(response.code()).isEqualTo(503);
                assertThat(response.headers("Retry-After")).containsExactly("0");
                assertThat(response.headers().names()).containsOnly("Retry-After", "Content-Length");
            }

            assertThat(first.getRequestCount()).isEqualTo(1);
        }

        @Test
        void aRetryAfterTooLargeForOkHttpIsReturnedNotThrown() throws Exception {
            first.enqueue(status(503, "Retry-After", "99999999999"));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(503);
                assertThat(response.header("Retry-After")).isEqualTo("99999999999");
            }
        }

        @Test
        void postWithAnIdempotencyKeyIsRepeatedWithItsContent() throws Exception {
            first.enqueue(status(503, "Retry-After", "1"));
            first.enqueue(status(201));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/orders"))
                    .header("Idempotency-Key", "8e03978e").post(RequestBody.create("order", BYTES)).build())
                    .execute()) {
                assertThat(response.code()).isEqualTo(201);
            }

            take(first);
            RecordedRequest again = take(first);
            assertThat(again.getMethod()).isEqualTo("POST");
            assertThat(again.getBody().utf8()).isEqualTo("order");
            assertThat(again.getHeaders().get("Idempotency-Key")).isEqualTo("8e03978e");
        }

        @Test
        void aOneShotBodyIsNotRepeated() throws Exception {
            first.enqueue(status(503, "Retry-After", "1"));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/"))
                    .header("Idempotency-Key", "k").post(new OneShot("once")).build()).execute()) {
                assertThat(response.code()).isEqualTo(503);
            }

            assertThat(first.getRequestCount()).isEqualTo(1);
        }

        @Test
        void tooManyRequestsWithADateWaitsUntilThenByTheServersClock() throws Exception {
            first.enqueue(status(429, "Date", "Tue, 01 Dec 2026 10:00:00 GMT",
                    "Retry-After", "Tue, 01 Dec 2026 10:00:03 GMT"));
            first.enqueue(status(200));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }

            assertThat(waited()).isEqualTo(Duration.ofSeconds(3));
        }

        @Test
        void attemptsStopAtTheAdvisorsLimitWithTheLastResponse() throws Exception {
            for (int i = 0; i < 3; i++) {
                first.enqueue(status(503, "Retry-After", "0"));
            }

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(503);
            }

            assertThat(first.getRequestCount()).isEqualTo(3);
        }

        @Test
        void attemptsStartAgainOnANewTarget() throws Exception {
            first.enqueue(status(503, "Retry-After", "0"));
            first.enqueue(redirect(302, second.url("/next").toString()));
            second.enqueue(status(503, "Retry-After", "0"));
            second.enqueue(status(503, "Retry-After", "0"));
            second.enqueue(status(200));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }

            assertThat(second.getRequestCount()).isEqualTo(3);
        }

        @Test
        void onlyAServiceUnavailablesRetryAfterTravelsUnderAnotherNameBelowTheInterceptor() throws Exception {
            first.enqueue(status(503, "Retry-After", "0"));
            first.enqueue(status(429, "Retry-After", "0"));
            first.enqueue(status(200));
            List<String> seenBelow = new ArrayList<>();
            OkHttpClient client = interceptor().build().installOn(new OkHttpClient.Builder())
                    .addInterceptor(chain -> {
                        Response response = chain.proceed(chain.request());
                        seenBelow.add(response.code() + " " + response.headers().names());
                        return response;
                    })
                    .build();

            try (Response response = client.newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }

            assertThat(seenBelow).containsExactly("503 [Content-Length, X-Httpstatus-Retry-After-503]",
                    "429 [Content-Length, Retry-After]", "200 [Content-Length]");
        }

        @Test
        void theTimeBudgetCoversTheWholeCall() throws Exception {
            first.enqueue(status(503, "Retry-After", "1"));
            OkHttpClient client = client(interceptor()
                    .retryAdvisor(RetryAdvisor.builder().timeBudget(Duration.ofSeconds(1)).build()).build());

            try (Response response = client.newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(503);
            }

            assertThat(waits).isEmpty();
        }

        @Test
        void successesAndRetriesMoveTheRetryBudget() throws Exception {
            RetryBudget budget = RetryBudget.newBudget(20, 5, 1);
            first.enqueue(status(503, "Retry-After", "0"));
            first.enqueue(status(200));
            first.enqueue(redirect(301, "/moved"));
            OkHttpClient client = client(interceptor().redirectPolicy(RedirectPolicy.builder().maxRedirects(0).build())
                    .retryAdvisor(RetryAdvisor.builder().retryBudget(budget).build()).build());

            client.newCall(new Request.Builder().url(first.url("/")).build()).execute().close();
            assertThat(budget.availableTokens()).isEqualTo(16);
            client.newCall(new Request.Builder().url(first.url("/")).build()).execute().close();
            assertThat(budget.availableTokens()).isEqualTo(17);
        }

        @Test
        void aClientErrorIsReturnedAtOnce() throws Exception {
            first.enqueue(status(404));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(response.code()).isEqualTo(404);
            }

            assertThat(first.getRequestCount()).isEqualTo(1);
        }
    }

    @Nested
    class TransportFailures {

        private OkHttpClient timingOut(PolicyInterceptor interceptor) {
            return interceptor.installOn(new OkHttpClient.Builder()).readTimeout(Duration.ofSeconds(1)).build();
        }

        @Test
        void aGetIsRepeatedWhenTheServerClosesTheConnectionBeforeAnswering() throws Exception {
            first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            first.enqueue(status(200));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(body(response)).isEqualTo("status 200");
            }

            assertThat(first.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aPostIsNotRepeatedWhenTheServerClosesTheConnectionBeforeAnswering() {
            first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            first.enqueue(status(200));

            assertThatThrownBy(() -> client().newCall(new Request.Builder().url(first.url("/"))
                    .post(RequestBody.create("x", BYTES)).build()).execute()).isInstanceOf(IOException.class);

            assertThat(first.getRequestCount()).isEqualTo(1);
        }

        @Test
        void aPostWithAnIdempotencyKeyIsRepeatedWhenTheServerClosesTheConnection() throws Exception {
            first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            first.enqueue(status(201));

            try (Response response = client().newCall(new Request.Builder().url(first.url("/"))
                    .header("Idempotency-Key", "k1").post(RequestBody.create("x", BYTES)).build()).execute()) {
                assertThat(response.code()).isEqualTo(201);
            }

            assertThat(first.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aGetIsRepeatedWhenTheServerDoesNotAnswerWithinTheTimeout() throws Exception {
            first.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
            first.enqueue(status(200));

            try (Response response = timingOut(interceptor().build())
                    .newCall(new Request.Builder().url(first.url("/")).build()).execute()) {
                assertThat(body(response)).isEqualTo("status 200");
            }

            assertThat(first.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aPostWithoutAnIdempotencyKeyIsNotRepeatedAfterATimeout() {
            first.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

            assertThatThrownBy(() -> timingOut(interceptor().build()).newCall(new Request.Builder().url(first.url("/"))
                    .post(RequestBody.create("x", BYTES)).build()).execute())
                    .isInstanceOf(SocketTimeoutException.class);

            assertThat(first.getRequestCount()).isEqualTo(1);
        }

        @Test
        void aRefusedConnectionIsRepeatedWhateverTheMethodUntilTheAdvisorGivesUp() throws Exception {
            int port;
            try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                port = closed.getLocalPort();
            }
            OkHttpClient client = client(interceptor()
                    .retryAdvisor(RetryAdvisor.builder().random(new SplittableRandom(7)).build()).build());

            assertThatThrownBy(() -> client.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/")
                    .post(RequestBody.create("x", BYTES)).build()).execute())
                    .isInstanceOf(ConnectException.class);

            assertThat(waits).isNotEmpty();
            assertThat(waited()).isPositive();
        }

        @Test
        void aOneShotBodyIsNotRepeatedAfterAFailure() {
            first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

            assertThatThrownBy(() -> client().newCall(new Request.Builder().url(first.url("/"))
                    .method("PUT", new OneShot("once")).build()).execute()).isInstanceOf(IOException.class);

            assertThat(first.getRequestCount()).isEqualTo(1);
        }

        @Test
        void aCanceledCallIsNotRepeated() throws Exception {
            first.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
            first.enqueue(status(200));
            RetryBudget budget = RetryBudget.newBudget(10, 5, 1);
            Call call = client(interceptor().retryAdvisor(RetryAdvisor.builder().retryBudget(budget).build()).build())
                    .newCall(new Request.Builder().url(first.url("/")).build());
            List<Throwable> thrown = new ArrayList<>();
            Thread caller = new Thread(() -> {
                try {
                    call.execute().close();
                } catch (IOException e) {
                    thrown.add(e);
                }
            });
            caller.start();

            take(first);
            call.cancel();
            caller.join(5000);

            assertThat(thrown).singleElement().isInstanceOf(IOException.class);
            assertThat(first.getRequestCount()).isEqualTo(1);
            assertThat(budget.availableTokens()).isEqualTo(10);
        }
    }

    @Nested
    class Waiting {

        @Test
        void cancelingTheCallStopsTheWait() throws Exception {
            first.enqueue(status(503, "Retry-After", "30"));
            first.enqueue(status(200));
            List<Call> calls = new ArrayList<>();
            OkHttpClient client = client(PolicyInterceptor.builder().sleeper(wait -> {
                waits.add(wait);
                calls.get(0).cancel();
            }).build());
            Call call = client.newCall(new Request.Builder().url(first.url("/")).build());
            calls.add(call);

            assertThatThrownBy(call::execute).isInstanceOf(IOException.class).hasMessage("Canceled");
            assertThat(waits).hasSize(1);
            assertThat(first.getRequestCount()).isEqualTo(1);
        }

        @Test
        void anInterruptStopsTheWaitAndStaysSet() throws Exception {
            first.enqueue(status(503, "Retry-After", "30"));
            OkHttpClient client = client(PolicyInterceptor.builder().sleeper(wait -> {
                throw new InterruptedException();
            }).build());

            try {
                assertThatThrownBy(() -> client.newCall(new Request.Builder().url(first.url("/")).build()).execute())
                        .isInstanceOf(InterruptedIOException.class)
                        .hasMessageContaining("interrupted while waiting");
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void theSystemSleeperWaitsInTheCallingThread() throws InterruptedException {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ofNanos(1_500_000)))
                    .isInstanceOf(InterruptedException.class);
        }
    }

    @Nested
    class Setup {

        @Test
        void installOnTurnsOffOkHttpsOwnRedirectsAndRetries() {
            PolicyInterceptor interceptor = PolicyInterceptor.standard();
            OkHttpClient client = interceptor.installOn(new OkHttpClient.Builder()).build();

            assertThat(client.followRedirects()).isFalse();
            assertThat(client.followSslRedirects()).isFalse();
            assertThat(client.retryOnConnectionFailure()).isFalse();
            assertThat(client.interceptors()).containsExactly(interceptor);
            assertThat(client.networkInterceptors()).containsExactly(RetryAfterShield.INSTANCE);
        }

        @Test
        void nullsAreRefusedByName() {
            PolicyInterceptor.Builder builder = PolicyInterceptor.builder();
            assertThatNullPointerException().isThrownBy(() -> builder.redirectPolicy(null)).withMessage("value");
            assertThatNullPointerException().isThrownBy(() -> builder.retryAdvisor(null)).withMessage("value");
            assertThatNullPointerException().isThrownBy(() -> builder.sleeper(null)).withMessage("value");
            assertThatNullPointerException().isThrownBy(() -> PolicyInterceptor.standard().installOn(null))
                    .withMessage("builder");
        }

        @Test
        void toStringNamesThePolicyAndTheAdvisor() {
            assertThat(PolicyInterceptor.standard()).hasToString("PolicyInterceptor[" + RedirectPolicy.standard()
                    + ", " + RetryAdvisor.standard() + "]");
        }

        @Test
        void decisionsAreLoggedWithoutValuesQueriesOrUserInformation() throws Exception {
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
                Request request = new Request.Builder().url(first.url("/start?key=hidden"))
                        .header("Authorization", "Bearer hidden").build();

                client().newCall(request).execute().close();
                client().newCall(request).execute().close();
                first.enqueue(new MockResponse.Builder().code(304).build());
                first.enqueue(status(404));
                client().newCall(request).execute().close();
                client().newCall(request).execute().close();
                first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
                first.enqueue(status(200));
                client().newCall(request).execute().close();
                first.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
                assertThatThrownBy(() -> client().newCall(request.newBuilder()
                        .post(RequestBody.create("x", BYTES)).build()).execute()).isInstanceOf(IOException.class);
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
            assertThat(lines.get(4)).startsWith("repeating GET " + first.url("/start") + " after attempt 1: GET -> CONNECTION_CLOSED in ");
            assertThat(lines.get(5)).startsWith("not repeating POST " + first.url("/start")
                    + " after attempt 1: POST -> CONNECTION_CLOSED: CONNECTION_CLOSED allows a retry only of an idempotent");
            assertThat(String.join("\n", lines)).doesNotContain("hidden");
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

    /** A body that can be written once, such as a stream. */
    private static final class OneShot extends RequestBody {

        private final String text;

        OneShot(String text) {
            this.text = text;
        }

        @Override
        public MediaType contentType() {
            return BYTES;
        }

        @Override
        public boolean isOneShot() {
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.writeUtf8(text);
        }
    }
}
