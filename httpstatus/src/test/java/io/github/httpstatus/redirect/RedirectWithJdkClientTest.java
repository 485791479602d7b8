package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.client.PolicyHttpClient;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the JDK client, with its own redirect handling off, through {@link PolicyHttpClient} and the
 * standard policy against two loopback servers on two ports: two origins.
 */
class RedirectWithJdkClientTest {

    /** What a server saw: method, path, Authorization, Cookie and the body. */
    record Seen(String method, String path, String authorization, String cookie, String body) {
    }

    private HttpServer origin;
    private HttpServer other;
    private final List<Seen> seenByOrigin = new CopyOnWriteArrayList<>();
    private final List<Seen> seenByOther = new CopyOnWriteArrayList<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final HttpClient client = PolicyHttpClient.builder(HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build())
            .redirects(RedirectPolicy.standard()).noRetries().build();

    @BeforeEach
    void startServers() throws IOException {
        origin = server(seenByOrigin);
        other = server(seenByOther);
    }

    private HttpServer server(List<Seen> seen) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(exchange, seen));
        server.start();
        return server;
    }

    private void handle(HttpExchange exchange, List<Seen> seen) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Cookie"), body));
        String redirect = redirects.get(path);
        if (redirect != null) {
            String[] parts = redirect.split(" ", 2);
            exchange.getResponseHeaders().add("Location", parts[1].replace("{other}", base(other)));
            exchange.sendResponseHeaders(Integer.parseInt(parts[0]), -1);
        } else {
            exchange.sendResponseHeaders(204, -1);
        }
        exchange.close();
    }

    @AfterEach
    void stopServers() {
        origin.stop(0);
        other.stop(0);
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sends through the client that applies the standard policy, with the given headers and body. */
    private HttpResponse<Void> send(String method, URI uri, Map<String, List<String>> headerMap, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headerMap.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return client.send(builder.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void credentialsDoNotCrossOrigins() throws Exception {
        redirects.put("/start", "302 {other}/landing");
        HttpResponse<Void> response = send("GET", URI.create(base(origin) + "/start"),
                Map.of("Authorization", List.of("Bearer secret"), "Cookie", List.of("session=1")), null);
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(seenByOrigin).containsExactly(new Seen("GET", "/start", "Bearer secret", "session=1", ""));
        assertThat(seenByOther).containsExactly(new Seen("GET", "/landing", null, null, ""));
    }

    @Test
    void credentialsStayOnTheSameOrigin() throws Exception {
        redirects.put("/start", "301 /moved");
        send("GET", URI.create(base(origin) + "/start"), Map.of("Authorization", List.of("Bearer secret")), null);
        assertThat(seenByOrigin).extracting(Seen::authorization).containsExactly("Bearer secret", "Bearer secret");
    }

    @Test
    void postBecomesGetOn302() throws Exception {
        redirects.put("/form", "302 /done");
        send("POST", URI.create(base(origin) + "/form"), Map.of("Content-Type", List.of("text/plain")), "order=1");
        assertThat(seenByOrigin).containsExactly(new Seen("POST", "/form", null, null, "order=1"),
                new Seen("GET", "/done", null, null, ""));
    }

    @Test
    void postStaysPostOn307WithItsBodyButNotItsCredentials() throws Exception {
        // RFC 9110, section 15.4.8; superagent #1844: stripping does not depend on the status code
        redirects.put("/form", "307 {other}/form");
        send("POST", URI.create(base(origin) + "/form"), Map.of("Content-Type", List.of("text/plain"),
                "Authorization", List.of("Bearer secret")), "order=1");
        assertThat(seenByOrigin).containsExactly(new Seen("POST", "/form", "Bearer secret", null, "order=1"));
        assertThat(seenByOther).containsExactly(new Seen("POST", "/form", null, null, "order=1"));
    }

    @Test
    void aLoopEnds() throws Exception {
        redirects.put("/a", "302 /b");
        redirects.put("/b", "302 /a");
        HttpResponse<Void> response = send("GET", URI.create(base(origin) + "/a"), Map.of(), null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(seenByOrigin).extracting(Seen::path).containsExactly("/a", "/b");
    }
}
