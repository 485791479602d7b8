package io.github.httpstatus.assertj;

import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assertions on real responses of the JDK client from a loopback server. */
class HttpResponseAssertTest {

    private static HttpServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Set-Cookie", "session=secret");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            byte[] body = "{\"title\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/new/place");
            exchange.sendResponseHeaders(308, -1);
            exchange.close();
        });
        server.createContext("/disguised", exchange -> {
            byte[] body = "{\"status\":500}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/no-allow", exchange -> {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void passesOnAConformingSuccess() throws Exception {
        HttpResponse<String> response = get("/ok");
        assertThatCode(() -> assertThat(response).isSuccessful().hasStatus(200).containsHeader("etag")
                .hasHeader("ETag", "\"v1\"").conformsToRfc9110()).doesNotThrowAnyException();
        assertThatCode(() -> assertThat(response).status().isRegistered().isCacheableByDefault())
                .doesNotThrowAnyException();
    }

    @Test
    void failsOnTheWrongClassInWords() throws Exception {
        HttpResponse<String> response = get("/missing");
        assertThatThrownBy(() -> assertThat(response).isSuccessful()).isInstanceOf(AssertionError.class)
                .hasMessage("expected a 2xx Successful status but was 404 Not Found (4xx Client Error)");
        assertThatThrownBy(() -> assertThat(response).hasStatus(200))
                .hasMessage("expected status 200 OK but was 404 Not Found (4xx Client Error)");
        assertThatThrownBy(() -> assertThat(response).isServerError())
                .hasMessage("expected a 5xx Server Error status but was 404 Not Found (4xx Client Error)");
        assertThatThrownBy(() -> assertThat(response).isRedirection()).isInstanceOf(AssertionError.class);
        assertThatCode(() -> assertThat(response).isClientError().conformsToRfc9110()).doesNotThrowAnyException();
    }

    @Test
    void checksHeadersWithoutShowingCredentials() throws Exception {
        HttpResponse<String> response = get("/ok");
        assertThatThrownBy(() -> assertThat(response).containsHeader("Location"))
                .hasMessageStartingWith("expected header Location but the response to GET http://127.0.0.1:")
                .hasMessageContaining("/ok has only [");
        assertThatThrownBy(() -> assertThat(response).hasHeader("ETag", "\"v2\""))
                .hasMessage("expected header ETag with value \"\\\"v2\\\"\" but it had [\"\\\"v1\\\"\"]");
        assertThatThrownBy(() -> assertThat(response).hasHeader("Set-Cookie", "session=other"))
                .hasMessage("expected header Set-Cookie with value (hidden) but it had 1 other value(s)")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("secret"));
    }

    @Test
    void checksTheRedirectTarget() throws Exception {
        HttpResponse<String> response = get("/moved");
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThatCode(() -> assertThat(response).isRedirection().hasRedirectTarget(base + "/new/place")
                .conformsToRfc9110()).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(response).hasRedirectTarget(base + "/elsewhere"))
                .hasMessage("expected a redirect to " + base + "/elsewhere but Location leads to " + base + "/new/place");
        assertThatThrownBy(() -> assertThat(get("/ok")).hasRedirectTarget(base + "/x"))
                .hasMessageStartingWith("expected header Location");
    }

    @Test
    void reportsEveryConformanceFinding() throws Exception {
        assertThatThrownBy(() -> assertThat(get("/disguised")).conformsToRfc9110())
                .hasMessage("expected a response that conforms to RFC 9110 but found:\n"
                        + "  SHOULD ERROR_DISGUISED_AS_SUCCESS (RFC 9457, section 3.1.2): 200 OK carries "
                        + "application/problem+json: an error reported as success");
        assertThatThrownBy(() -> assertThat(get("/no-allow")).conformsToRfc9110())
                .hasMessage("expected a response that conforms to RFC 9110 but found:\n"
                        + "  MUST REQUIRED_HEADER_MISSING (RFC 9110, section 15): 405 Method Not Allowed must send Allow");
    }

    @Test
    void readsWhetherThereIsContentFromEveryKindOfBody() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ok");
        HttpRequest head = HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<byte[]> bytes = CLIENT.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThatCode(() -> assertThat(bytes).conformsToRfc9110()).doesNotThrowAnyException();
        // A discarded body leaves only Content-Length to tell: on GET it means content, on HEAD it
        // only announces the length of a GET.
        HttpResponse<Void> discarded = CLIENT.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThatCode(() -> assertThat(discarded).conformsToRfc9110()).doesNotThrowAnyException();
        HttpResponse<Void> headResponse = CLIENT.send(head, HttpResponse.BodyHandlers.discarding());
        assertThatCode(() -> assertThat(headResponse).conformsToRfc9110()).doesNotThrowAnyException();
        HttpResponse<Void> noContent = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + "/no-allow")).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThatThrownBy(() -> assertThat(noContent).conformsToRfc9110()).hasMessageNotContaining("CONTENT");
        HttpResponse<byte[]> empty = CLIENT.send(head, HttpResponse.BodyHandlers.ofByteArray());
        assertThatCode(() -> assertThat(empty).isSuccessful()).doesNotThrowAnyException();
        HttpResponse<String> none = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + "/moved")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThatCode(() -> assertThat(none).conformsToRfc9110()).doesNotThrowAnyException();
    }

    @Test
    void aDescriptionCarriesOverToTheStatus() throws Exception {
        HttpResponse<String> response = get("/missing");
        assertThatThrownBy(() -> assertThat(response).as("GET /missing").status().isSuccessful())
                .hasMessage("[GET /missing] expected a 2xx Successful status but was 404 Not Found (4xx Client Error)");
        assertThatThrownBy(() -> assertThat(response).status().isSuccessful())
                .hasMessage("expected a 2xx Successful status but was 404 Not Found (4xx Client Error)");
    }

    @Test
    void nullResponseFails() {
        assertThatThrownBy(() -> assertThat((HttpResponse<?>) null).isSuccessful()).isInstanceOf(AssertionError.class);
    }
}
