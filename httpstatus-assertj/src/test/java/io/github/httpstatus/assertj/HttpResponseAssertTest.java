package io.github.httpstatus.assertj;

import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.conformance.ObservedResponse;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The assertions on real responses of the JDK client from a loopback server. */
class HttpResponseAssertTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** A Location of 220 characters, which every message cuts after 64. */
    private static final String FAR_AWAY = "https://example.com/" + "a".repeat(200);
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Set-Cookie", "session=secret");
            send(exchange, 200, "application/json", "{}");
        });
        server.createContext("/missing", exchange -> send(exchange, 404, "application/problem+json", "{\"status\":404}"));
        server.createContext("/disguised", exchange -> send(exchange, 200, "application/problem+json", "{\"status\":500}"));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new/place");
            send(exchange, 308, null, null);
        });
        server.createContext("/moved-query/page", exchange -> {
            exchange.getResponseHeaders().add("Location", "?y");
            send(exchange, 303, null, null);
        });
        server.createContext("/moved-nowhere", exchange -> send(exchange, 302, null, null));
        server.createContext("/moved-badly", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://[not a host");
            send(exchange, 301, null, null);
        });
        server.createContext("/moved-far", exchange -> {
            exchange.getResponseHeaders().add("Location", FAR_AWAY);
            send(exchange, 301, null, null);
        });
        server.createContext("/moved-far-badly", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://[" + "b".repeat(200));
            send(exchange, 301, null, null);
        });
        server.createContext("/beyond", exchange -> send(exchange, 600, null, null));
        server.createContext("/no-allow", exchange -> send(exchange, 405, null, null));
        server.createContext("/no-content", exchange -> send(exchange, 204, null, null));
        server.createContext("/unavailable", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            send(exchange, 503, "text/plain", "down for maintenance");
        });
        server.createContext("/not-modified", exchange -> {
            // A 304 may announce the length a 200 would have (RFC 9110, section 8.6); no content follows.
            exchange.getResponseHeaders().add("Content-Length", "10");
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            send(exchange, 304, null, null);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Sends a response; without content it sends none and no Content-Length. To HEAD it sends the
     * Content-Length a GET would have and no content (RFC 9110, section 9.3.2); the JDK server wants
     * that header set by hand and no length passed.
     */
    private static void send(HttpExchange exchange, int status, String type, String content) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().add("Content-Type", type);
        }
        byte[] bytes = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            if (bytes.length > 0) {
                exchange.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
            }
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(String method, String path, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return CLIENT.send(request, handler);
    }

    @Nested
    class Status {

        @Test
        void passesForTheRightStatus() throws Exception {
            HttpResponse<String> ok = get("/ok");
            assertThatCode(() -> assertThat(ok).isSuccessful().hasStatus(200).hasStatus(StatusCode.OK))
                    .doesNotThrowAnyException();
            assertThatCode(() -> assertThat(get("/moved")).isRedirection()).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(get("/missing")).isClientError()).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(ok).status().isRegistered().isCacheableByDefault()).doesNotThrowAnyException();
        }

        @Test
        void returnsItselfForChaining() throws Exception {
            HttpResponseAssert ok = assertThat(get("/ok"));
            Assertions.assertThat(List.of(ok.hasStatus(200), ok.hasStatus(StatusCode.OK),
                    ok.isSuccessful(), ok.containsHeader("ETag"), ok.hasHeader("ETag", "\"v1\""), ok.conformsToRfc9110()))
                    .allSatisfy(same -> Assertions.assertThat(same).isSameAs(ok));
            HttpResponseAssert moved = assertThat(get("/moved"));
            Assertions.assertThat(moved.isRedirection()).isSameAs(moved);
            Assertions.assertThat(moved.hasRedirectTarget(base + "/new/place")).isSameAs(moved);
            HttpResponseAssert missing = assertThat(get("/missing"));
            Assertions.assertThat(missing.isClientError()).isSameAs(missing);
            HttpResponseAssert unavailable = assertThat(get("/unavailable"));
            Assertions.assertThat(unavailable.isServerError()).isSameAs(unavailable);
        }

        @Test
        void failsInWords() throws Exception {
            HttpResponse<String> missing = get("/missing");
            assertThatThrownBy(() -> assertThat(missing).isSuccessful()).isExactlyInstanceOf(AssertionError.class)
                    .hasMessage("expected a 2xx Successful status but was 404 Not Found (4xx Client Error)");
            assertThatThrownBy(() -> assertThat(missing).hasStatus(200))
                    .hasMessage("expected status 200 OK but was 404 Not Found (4xx Client Error)");
            assertThatThrownBy(() -> assertThat(missing).hasStatus(StatusCode.GONE))
                    .hasMessage("expected status 410 Gone but was 404 Not Found (4xx Client Error)");
            assertThatThrownBy(() -> assertThat(missing).isRedirection())
                    .hasMessage("expected a 3xx Redirection status but was 404 Not Found (4xx Client Error)");
            assertThatThrownBy(() -> assertThat(missing).isServerError())
                    .hasMessage("expected a 5xx Server Error status but was 404 Not Found (4xx Client Error)");
            assertThatThrownBy(() -> assertThat(get("/ok")).isClientError())
                    .hasMessage("expected a 4xx Client Error status but was 200 OK (2xx Successful)");
            assertThatThrownBy(() -> assertThat(get("/moved")).status().isRetryable()).hasMessage("expected a retryable "
                    + "status but was 308 Permanent Redirect (3xx Redirection), which is not retryable");
        }

        @Test
        void failsForACodeOutsideTheValidRange() throws Exception {
            HttpResponse<String> beyond = get("/beyond");
            Assertions.assertThat(beyond.statusCode()).isEqualTo(600);
            assertThatThrownBy(() -> assertThat(beyond).hasStatus(600))
                    .hasMessage("expected a valid status code (100..599) but was 600");
            assertThatThrownBy(() -> assertThat(beyond).as("GET /beyond").isServerError())
                    .hasMessage("[GET /beyond] expected a valid status code (100..599) but was 600");
            assertThatThrownBy(() -> assertThat(beyond).hasRedirectTarget(base))
                    .hasMessage("expected a valid status code (100..599) but was 600");
            assertThatThrownBy(() -> assertThat(beyond).status().isNotNull())
                    .hasMessage("expected a valid status code (100..599) but was 600");
        }

        @Test
        void keepsTheDescriptionOnTheWayToTheStatus() throws Exception {
            HttpResponse<String> missing = get("/missing");
            assertThatThrownBy(() -> assertThat(missing).as("GET /missing").status().isSuccessful())
                    .hasMessage("[GET /missing] expected a 2xx Successful status but was 404 Not Found (4xx Client Error)");
            assertThatThrownBy(() -> assertThat(missing).as("GET /missing").hasStatus(200))
                    .hasMessage("[GET /missing] expected status 200 OK but was 404 Not Found (4xx Client Error)");
        }
    }

    @Nested
    class HeaderChecks {

        @Test
        void passWhenPresentIgnoringTheCaseOfTheName() throws Exception {
            HttpResponse<String> ok = get("/ok");
            assertThatCode(() -> assertThat(ok).containsHeader("etag").containsHeader("ETAG").hasHeader("ETag", "\"v1\"")
                    .hasHeader("set-cookie", "session=secret")).doesNotThrowAnyException();
        }

        @Test
        void listOnlyTheNamesPresent() throws Exception {
            HttpResponse<String> ok = get("/ok");
            assertThatThrownBy(() -> assertThat(ok).containsHeader("Location")).hasMessage("expected header Location but "
                    + "the response to GET " + base + "/ok has only " + ok.headers().map().keySet());
            assertThatThrownBy(() -> assertThat(ok).containsHeader("Location"))
                    .hasMessageContaining("[content-length, content-type, date, etag, set-cookie]");
        }

        @Test
        void showValuesEscapedExceptCredentials() throws Exception {
            HttpResponse<String> ok = get("/ok");
            assertThatThrownBy(() -> assertThat(ok).hasHeader("ETag", "\"v2\""))
                    .hasMessage("expected header ETag with value \"\\\"v2\\\"\" but it had [\"\\\"v1\\\"\"]");
            assertThatThrownBy(() -> assertThat(ok).hasHeader("Set-Cookie", "session=other"))
                    .hasMessage("expected header Set-Cookie with a value not shown but none of its 1 value(s) matched; "
                            + "values of Set-Cookie are never shown");
            assertThatThrownBy(() -> assertThat(ok).hasHeader("Authorization", "Bearer guess"))
                    .hasMessageStartingWith("expected header Authorization but the response to GET ");
        }

        @Test
        void refuseNullArguments() throws Exception {
            HttpResponse<String> ok = get("/ok");
            assertThatThrownBy(() -> assertThat(ok).containsHeader(null)).isExactlyInstanceOf(NullPointerException.class)
                    .hasMessage("name");
            assertThatThrownBy(() -> assertThat(ok).hasHeader("ETag", null)).hasMessage("value");
        }
    }

    @Nested
    class RedirectTarget {

        @Test
        void isTheLocationResolvedAgainstTheRequest() throws Exception {
            assertThatCode(() -> assertThat(get("/moved")).hasRedirectTarget(base + "/new/place"))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(get("/moved")).hasRedirectTarget(base + "/elsewhere"))
                    .hasMessage("expected a redirect to \"" + base + "/elsewhere\" but Location leads to \"" + base
                            + "/new/place\"");
        }

        @Test
        void resolvesLocationByRfc3986NotByUriResolve() throws Exception {
            // RFC 3986, section 5.4.1: "?y" against /b/c?q is /b/c?y; java.net.URI.resolve (RFC 2396) gives /b/?y.
            assertThatCode(() -> assertThat(get("/moved-query/page?q")).hasRedirectTarget(base + "/moved-query/page?y"))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(get("/moved-query/page?q")).hasRedirectTarget(base + "/moved-query/?y"))
                    .hasMessage("expected a redirect to \"" + base + "/moved-query/?y\" but Location leads to \"" + base
                            + "/moved-query/page?y\"");
        }

        @Test
        void needsARedirectionWithAValidLocation() throws Exception {
            assertThatThrownBy(() -> assertThat(get("/ok")).hasRedirectTarget(base + "/x"))
                    .hasMessage("expected a redirect to \"" + base + "/x\" but was 200 OK (2xx Successful)");
            assertThatThrownBy(() -> assertThat(get("/moved-nowhere")).hasRedirectTarget(base + "/x"))
                    .hasMessage("expected a redirect to \"" + base + "/x\" but the 302 Found has no Location");
            assertThatThrownBy(() -> assertThat(get("/moved-badly")).hasRedirectTarget(base + "/x"))
                    .hasMessage("expected a redirect to \"" + base + "/x\" but Location \"http://[not a host\" is not a "
                            + "target a redirect can follow");
            assertThatThrownBy(() -> assertThat(get("/moved")).hasRedirectTarget(null)).hasMessage("expected");
        }

        @Test
        void quotesALongLocationCutAfter64Characters() throws Exception {
            String shown = "\"https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"...";
            assertThatCode(() -> assertThat(get("/moved-far")).hasRedirectTarget(FAR_AWAY)).doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(get("/moved-far")).hasRedirectTarget(FAR_AWAY + "b"))
                    .hasMessage("expected a redirect to " + shown + " but Location leads to " + shown);
            assertThatThrownBy(() -> assertThat(get("/moved-far-badly")).hasRedirectTarget("https://example.com/"))
                    .hasMessage("expected a redirect to \"https://example.com/\" but Location "
                            + "\"http://[" + "b".repeat(56) + "\"... "
                            + "is not a target a redirect can follow");
        }
    }

    @Nested
    class Conformance {

        @Test
        void passesForConformingResponses() throws Exception {
            assertThatCode(() -> assertThat(get("/ok")).conformsToRfc9110()).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(get("/missing")).conformsToRfc9110()).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(get("/moved")).conformsToRfc9110()).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(get("/no-content")).conformsToRfc9110()).doesNotThrowAnyException();
        }

        @Test
        void listsEveryFinding() throws Exception {
            assertThatThrownBy(() -> assertThat(get("/disguised")).conformsToRfc9110())
                    .hasMessage("expected a response that conforms to RFC 9110 but found:\n"
                            + "  SHOULD ERROR_DISGUISED_AS_SUCCESS (RFC 9457, section 3.1.2): 200 OK carries "
                            + "application/problem+json: an error reported as success");
            assertThatThrownBy(() -> assertThat(get("/no-allow")).conformsToRfc9110())
                    .hasMessage("expected a response that conforms to RFC 9110 but found:\n"
                            + "  MUST REQUIRED_HEADER_MISSING (RFC 9110, section 15.5.6): 405 Method Not Allowed must "
                            + "send Allow");
            assertThatThrownBy(() -> assertThat(get("/moved-nowhere")).conformsToRfc9110())
                    .hasMessage("expected a response that conforms to RFC 9110 but found:\n"
                            + "  SHOULD LOCATION_MISSING (RFC 9110, section 15.4.3): 302 Found should send Location");
        }

        @Test
        void readsWhetherThereIsContentFromEveryKindOfBody() throws Exception {
            assertThatCode(() -> assertThat(send("GET", "/ok", HttpResponse.BodyHandlers.ofByteArray())).conformsToRfc9110())
                    .doesNotThrowAnyException();
            // An empty byte array is no content, which a 204 requires.
            assertThatCode(() -> assertThat(send("GET", "/no-content", HttpResponse.BodyHandlers.ofByteArray()))
                    .hasStatus(204).conformsToRfc9110()).doesNotThrowAnyException();
            // A discarded body leaves Content-Length to tell: on GET it means content, which a 200 may
            // have; on HEAD it announces the length of a GET, and is no content.
            assertThatCode(() -> assertThat(send("GET", "/ok", HttpResponse.BodyHandlers.discarding())).conformsToRfc9110())
                    .doesNotThrowAnyException();
            assertThatCode(() -> assertThat(send("HEAD", "/ok", HttpResponse.BodyHandlers.discarding())).conformsToRfc9110())
                    .doesNotThrowAnyException();
            assertThatCode(() -> assertThat(send("HEAD", "/ok", HttpResponse.BodyHandlers.ofString())).conformsToRfc9110())
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(send("DELETE", "/no-allow", HttpResponse.BodyHandlers.discarding()))
                    .conformsToRfc9110()).hasMessageNotContaining("CONTENT").hasMessageContaining("must send Allow");
            // A 304 ends with its header section (RFC 9112, section 6.3), whatever its Content-Length says.
            HttpResponse<Void> notModified = send("GET", "/not-modified", HttpResponse.BodyHandlers.discarding());
            Assertions.assertThat(notModified.headers().firstValue("Content-Length")).contains("10");
            assertThatCode(() -> assertThat(notModified).hasStatus(304).conformsToRfc9110()).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(send("GET", "/unavailable", HttpResponse.BodyHandlers.discarding()))
                    .isServerError().conformsToRfc9110()).doesNotThrowAnyException();
        }
    }

    @Nested
    class ProtectedHelpers {

        @ParameterizedTest(name = "{0} {1} with Content-Length {2}: content {3}")
        @CsvSource(quoteCharacter = '\'', value = {
            "GET, 200, 10, true", "GET, 200, 9, true", "GET, 200, ' 7 ', true", "GET, 200, 007, true",
            "GET, 200, 0, false", "GET, 200, 000, false", "GET, 200, -1, false", "GET, 200, 1x, false",
            "GET, 200, '', false", "HEAD, 200, 10, false", "GET, 199, 10, false", "GET, 101, 10, false",
            "GET, 204, 10, false", "GET, 205, 10, true", "GET, 304, 10, false", "GET, 303, 10, true",
            "POST, 201, 10, true",
        })
        void observedResponseReadsContentFromContentLengthWhenTheBodyWasDiscarded(String method, int code,
                String length, boolean content) {
            ObservedResponse observed = assertThat(StubResponse.of(method, "http://127.0.0.1/a", code,
                    Map.of("Content-Length", List.of(length), ":status", List.of(String.valueOf(code)))))
                    .observedResponse();
            Assertions.assertThat(observed.hasContent()).isEqualTo(content);
            Assertions.assertThat(observed.status()).isEqualTo(code);
            Assertions.assertThat(observed.method()).isEqualTo(HttpMethod.of(method));
            Assertions.assertThat(observed.headers().contains(":status")).isFalse();
            Assertions.assertThat(observed.headers().firstValue("content-length")).contains(length.strip());
        }

        @Test
        void observedResponseWithoutContentLengthHasNoContent() {
            Assertions.assertThat(assertThat(StubResponse.of("GET", "http://127.0.0.1/a", 200, Map.of()))
                    .observedResponse().hasContent()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "http://127.0.0.1/a, GET http://127.0.0.1/a",
            "https://user:secret@example.com:8443/p/q?token=x#f, GET https://example.com:8443/p/q",
            "http://example.com:0/, GET http://example.com:0/",
            "http://example.com, GET http://example.com",
            "http://example.com/caf\u00e9, GET http://example.com/caf\\u00E9",
        })
        void describeRequestDropsUserInformationQueryAndFragmentAndEscapes(String uri, String described) {
            Assertions.assertThat(assertThat(StubResponse.of("GET", uri, 200, Map.of())).describeRequest())
                    .isEqualTo(described);
        }

        @Test
        void statusInfoIsTheModelOfTheCode() {
            Assertions.assertThat(assertThat(StubResponse.of("GET", "http://127.0.0.1/a", 599, Map.of())).statusInfo())
                    .isSameAs(HttpStatusInfo.of(599));
            assertThatThrownBy(() -> assertThat(StubResponse.of("GET", "http://127.0.0.1/a", 99, Map.of())).statusInfo())
                    .hasMessage("expected a valid status code (100..599) but was 99");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status", "hasStatus", "hasStatus(StatusCode)", "isSuccessful", "isRedirection",
        "isClientError", "isServerError", "containsHeader", "hasHeader", "hasRedirectTarget", "conformsToRfc9110"})
    void everyCheckFailsForANullResponse(String check) {
        Map<String, Consumer<HttpResponseAssert>> checks = Map.ofEntries(
                Map.entry("status", HttpResponseAssert::status),
                Map.entry("hasStatus", a -> a.hasStatus(200)),
                Map.entry("hasStatus(StatusCode)", a -> a.hasStatus(StatusCode.OK)),
                Map.entry("isSuccessful", HttpResponseAssert::isSuccessful),
                Map.entry("isRedirection", HttpResponseAssert::isRedirection),
                Map.entry("isClientError", HttpResponseAssert::isClientError),
                Map.entry("isServerError", HttpResponseAssert::isServerError),
                Map.entry("containsHeader", a -> a.containsHeader("ETag")),
                Map.entry("hasHeader", a -> a.hasHeader("ETag", "\"v1\"")),
                Map.entry("hasRedirectTarget", a -> a.hasRedirectTarget("http://127.0.0.1/")),
                Map.entry("conformsToRfc9110", HttpResponseAssert::conformsToRfc9110));
        assertThatThrownBy(() -> checks.get(check).accept(assertThat((HttpResponse<?>) null)))
                .isExactlyInstanceOf(AssertionError.class).hasMessage("%nExpecting actual not to be null", new Object[0]);
    }

    /** A user's own assertion: its checks chain with the inherited ones and return its own type. */
    static final class ApiResponseAssert extends AbstractHttpResponseAssert<ApiResponseAssert> {

        ApiResponseAssert(HttpResponse<?> actual) {
            super(actual, ApiResponseAssert.class);
        }

        ApiResponseAssert isProblem() {
            isNotNull();
            if (!actual.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                throw failure("expected a problem document from %s", describeRequest());
            }
            return myself;
        }

        ApiResponseAssert asksToComeBackLater() {
            HttpStatusInfo status = statusInfo();
            if (!status.retryAfterApplies() || !observedResponse().headers().contains("Retry-After")) {
                throw failure("expected %s to send Retry-After", status);
            }
            return myself;
        }
    }

    @Nested
    class Extending {

        @Test
        void chainsTheSubclassChecksWithTheInheritedOnes() throws Exception {
            ApiResponseAssert missing = new ApiResponseAssert(get("/missing"));
            ApiResponseAssert chained = missing.isClientError().isProblem().hasStatus(404).conformsToRfc9110().isProblem();
            Assertions.assertThat(chained).isSameAs(missing);
            ApiResponseAssert unavailable = new ApiResponseAssert(get("/unavailable"));
            Assertions.assertThat(unavailable.isServerError().asksToComeBackLater().containsHeader("retry-after"))
                    .isSameAs(unavailable);
        }

        @Test
        void failsWithTheSubclassMessages() throws Exception {
            assertThatThrownBy(() -> new ApiResponseAssert(get("/ok?token=secret")).as("ok").isSuccessful().isProblem())
                    .isExactlyInstanceOf(AssertionError.class)
                    .hasMessage("[ok] expected a problem document from GET " + base + "/ok");
            assertThatThrownBy(() -> new ApiResponseAssert(get("/missing")).asksToComeBackLater())
                    .hasMessage("expected 404 Not Found to send Retry-After");
            assertThatThrownBy(() -> new ApiResponseAssert(get("/moved")).asksToComeBackLater())
                    .hasMessage("expected 308 Permanent Redirect to send Retry-After");
            assertThatThrownBy(() -> new ApiResponseAssert(get("/beyond")).asksToComeBackLater())
                    .hasMessage("expected a valid status code (100..599) but was 600");
        }

        @Test
        void failsForANullResponse() {
            ApiResponseAssert none = new ApiResponseAssert(null);
            assertThatThrownBy(none::isProblem).hasMessage("%nExpecting actual not to be null", new Object[0]);
            assertThatThrownBy(none::asksToComeBackLater).hasMessage("%nExpecting actual not to be null", new Object[0]);
            assertThatThrownBy(none::describeRequest).hasMessage("%nExpecting actual not to be null", new Object[0]);
            assertThatThrownBy(none::observedResponse).hasMessage("%nExpecting actual not to be null", new Object[0]);
        }
    }
}
