package io.github.httpstatus.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The one test that waits for real: the standard interceptor and its system sleeper. */
class RetryAfterInRealTimeTest {

    @Test
    void theStandardInterceptorWaitsTheServersSecondBeforeTheNextAttempt() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
            server.enqueue(new MockResponse.Builder().code(200).body("done").build());
            OkHttpClient client = PolicyInterceptor.standard().installOn(new OkHttpClient.Builder()).build();
            long start = System.nanoTime();

            try (Response response = client.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
                assertThat(response.body().string()).isEqualTo("done");
            }

            // Never earlier than asked: a lower bound, which no slow machine can break.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }
}
