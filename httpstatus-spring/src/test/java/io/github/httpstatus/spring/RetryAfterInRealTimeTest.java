package io.github.httpstatus.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The one test that waits for real: the standard interceptor and its system sleeper. */
class RetryAfterInRealTimeTest {

    @Test
    void theStandardInterceptorWaitsTheServersSecondBeforeTheNextAttempt() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
            server.enqueue(new MockResponse.Builder().code(200).body("done").build());
            RestClient client = RestClient.builder()
                    .requestFactory(PolicyInterceptor.requestFactory(HttpClient.newHttpClient()))
                    .apply(PolicyInterceptor.standard()::installOn)
                    .build();
            long start = System.nanoTime();

            assertThat(client.get().uri(server.url("/").uri()).retrieve().body(String.class)).isEqualTo("done");

            // Never earlier than asked: a lower bound, which no slow machine can break.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }
}
