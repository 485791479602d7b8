package io.github.httpstatus.cli;

import static io.github.httpstatus.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.redirect.RedirectChain;
import io.github.httpstatus.redirect.RedirectDecision;
import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.redirect.RedirectRequest;
import io.github.httpstatus.redirect.RedirectResponse;
import io.github.httpstatus.retry.FailedAttempt;
import io.github.httpstatus.retry.RetryAdvisor;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every card, text and JSON, says what the retry advisor and the redirect policy decide. */
class StatusCardTest {

    private static final URI FROM = URI.create("https://a.example/from");

    /** What the standard advisor does with a first attempt; an independent reading of the advisor. */
    private static boolean retried(String method, int code, boolean retryAfter) {
        FailedAttempt attempt = FailedAttempt.of(HttpMethod.of(method), HttpStatusInfo.of(code), 1);
        return RetryAdvisor.standard().advise(retryAfter ? attempt.withRetryAfter("1") : attempt).shouldRetry();
    }

    /** The method the standard policy follows with, or empty when it stops. */
    private static Optional<String> followedWith(String method, int code, boolean retryAfter) {
        RedirectResponse response = RedirectResponse.of(code, List.of("/to"));
        RedirectDecision decision = RedirectPolicy.standard().decide(RedirectRequest.of(method, FROM, Headers.empty()),
                retryAfter ? response.withRetryAfter("1") : response, RedirectChain.start());
        return decision instanceof RedirectDecision.Follow follow ? Optional.of(follow.method().toString()) : Optional.empty();
    }

    private static String row(String card, String label) {
        String prefix = "  " + label + " ".repeat(13 - label.length());
        return card.lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    @Test
    void theRetryLineAndFieldSayWhatTheAdvisorDoesForEveryCode() {
        for (int code = 100; code <= 599; code++) {
            boolean get = retried("GET", code, false);
            boolean getWithRetryAfter = retried("GET", code, true);
            boolean post = retried("POST", code, false);
            boolean postWithRetryAfter = retried("POST", code, true);
            AdvisorRetry expected;
            if (post) {
                assertThat(get && getWithRetryAfter && postWithRetryAfter).as("any request %s", code).isTrue();
                expected = AdvisorRetry.ANY_REQUEST;
            } else if (postWithRetryAfter) {
                assertThat(getWithRetryAfter && !get).as("with Retry-After %s", code).isTrue();
                expected = AdvisorRetry.ANY_REQUEST_WITH_RETRY_AFTER;
            } else if (get) {
                assertThat(getWithRetryAfter).as("idempotent %s", code).isTrue();
                expected = AdvisorRetry.IDEMPOTENT_REQUESTS;
            } else {
                assertThat(getWithRetryAfter).as("never %s", code).isFalse();
                expected = AdvisorRetry.NEVER;
            }
            HttpStatusInfo info = HttpStatusInfo.of(code);
            assertThat(row(StatusCard.text(info), "retry")).as("text %s", code).isEqualTo(expected.words());
            assertThat(StatusCard.json(info).get("retry")).as("json %s", code).isEqualTo(expected.name());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"408, ANY_REQUEST", "421, ANY_REQUEST", "425, ANY_REQUEST", "429, ANY_REQUEST",
        "413, ANY_REQUEST_WITH_RETRY_AFTER", "500, IDEMPOTENT_REQUESTS", "502, IDEMPOTENT_REQUESTS",
        "503, IDEMPOTENT_REQUESTS", "504, IDEMPOTENT_REQUESTS", "525, IDEMPOTENT_REQUESTS",
        "526, IDEMPOTENT_REQUESTS", "599, IDEMPOTENT_REQUESTS", "501, NEVER", "507, NEVER", "303, NEVER",
        "404, NEVER", "200, NEVER"})
    void notableCodesAreRetriedAsTheDocsSay(int code, AdvisorRetry expected) {
        // docs/retries.md: which codes repeat a non-idempotent request, and on what grounds.
        assertThat(AdvisorRetry.of(HttpStatusInfo.of(code))).isEqualTo(expected);
    }

    @Test
    void theRedirectLineAndFieldsSayWhatThePolicyDoesForEveryCode() {
        for (int code = 100; code <= 599; code++) {
            HttpStatusInfo info = HttpStatusInfo.of(code);
            Optional<String> get = followedWith("GET", code, false);
            Optional<String> post = followedWith("POST", code, false);
            Optional<String> put = followedWith("PUT", code, false);
            Optional<String> head = followedWith("HEAD", code, false);
            Optional<String> lowerPost = followedWith("post", code, false);
            assertThat(followedWith("GET", code, true)).as("Retry-After changes nothing %s", code).isEqualTo(get);
            assertThat(followedWith("POST", code, true)).as("Retry-After changes nothing %s", code).isEqualTo(post);
            String line = row(StatusCard.text(info), "redirect");
            var json = StatusCard.json(info);
            assertThat(json.get("redirect")).as("json %s", code).isEqualTo(get.isPresent());
            if (get.isEmpty()) {
                assertThat(post).isEmpty();
                assertThat(line).as("text %s", code).isEqualTo("not followed automatically");
                assertThat(json.get("methodRewrite")).isEqualTo("NONE");
                continue;
            }
            assertThat(head).contains("HEAD");
            assertThat(lowerPost).as("post is not POST %s", code).contains(put.orElseThrow().equals("PUT") ? "post" : "GET");
            String wait = "; waits for a valid Retry-After first";
            if (post.orElseThrow().equals("POST")) {
                assertThat(line).as("text %s", code).isEqualTo("followed; method and content kept" + wait);
                assertThat(json.get("methodRewrite")).isEqualTo("KEEP");
                assertThat(json.get("preservesMethod")).isEqualTo(true);
            } else if (put.orElseThrow().equals("PUT")) {
                assertThat(post).contains("GET");
                assertThat(line).as("text %s", code).isEqualTo("followed; POST becomes GET, other methods kept" + wait);
                assertThat(json.get("methodRewrite")).isEqualTo("POST_TO_GET");
            } else {
                assertThat(put).contains("GET");
                assertThat(line).as("text %s", code).isEqualTo("followed; every method but HEAD becomes GET" + wait);
                assertThat(json.get("methodRewrite")).isEqualTo("TO_GET");
            }
        }
    }

    @Test
    void theCacheLineAndFieldsSayWhetherACacheMayStoreTheResponse() {
        for (int code = 100; code <= 599; code++) {
            HttpStatusInfo info = HttpStatusInfo.of(code);
            String line = row(StatusCard.text(info), "cache");
            assertThat(StatusCard.json(info).get("storable")).isEqualTo(info.isStorable());
            assertThat(StatusCard.json(info).get("cacheableByDefault")).isEqualTo(info.isCacheableByDefault());
            assertThat(line.startsWith("storable")).as("text %s", code).isEqualTo(info.isStorable());
            assertThat(line.contains("heuristically cacheable")).as("text %s", code).isEqualTo(info.isCacheableByDefault());
        }
        assertThat(run("511").out()).contains("  cache        must not be stored, even with explicit freshness "
                + "(RFC 6585, section 6)\n");
    }

    @Test
    void everyStatusInJsonIsAnObjectWithCodeAndReasonPhrase() {
        assertThat(Json.write(StatusCard.status(HttpStatusInfo.of(302)))).isEqualTo("{\"code\":302,\"reasonPhrase\":\"Found\"}");
        assertThat(run("--json", "redirect", "POST", "302").out()).contains("\"status\":{\"code\":302,\"reasonPhrase\":\"Found\"}");
        assertThat(run("--json", "recommend", "create", "done").out())
                .contains("\"status\":{\"code\":201,\"reasonPhrase\":\"Created\"}");
        assertThat(run("--json", "599").out()).contains("\"understoodAs\":{\"code\":500,\"reasonPhrase\":\"Internal Server Error\"}");
    }
}
