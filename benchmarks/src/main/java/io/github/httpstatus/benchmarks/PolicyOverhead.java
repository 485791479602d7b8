package io.github.httpstatus.benchmarks;

import io.github.httpstatus.client.PolicyHttpClient;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * What {@link PolicyHttpClient} itself costs per call, without a network: the wrapped client is a
 * stub that applies the body handler to a 200 and returns a ready response at once. The difference
 * between the two rows is the wrapper's own work on a request that needs no redirect and no retry,
 * to be set against a real exchange ({@link JdkClientSend}).
 */
public class PolicyOverhead extends BenchmarkSettings {

    private static final HttpRequest REQUEST = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/item"))
            .build();
    private static final HttpHeaders HEADERS = HttpHeaders.of(Map.of("Content-Length", List.of("2")), (n, v) -> true);

    private final HttpClient stub = new Answering();
    private final HttpClient wrapped = PolicyHttpClient.wrap(stub);

    /**
     * The stub alone.
     *
     * @return the response
     * @throws Exception never
     */
    @Benchmark
    @Subject(value = "stub HttpClient.send (no network)", role = Subject.Role.FLOOR)
    public HttpResponse<Void> stub() throws Exception {
        return stub.send(REQUEST, HttpResponse.BodyHandlers.discarding());
    }

    /**
     * The stub through the policies.
     *
     * @return the response
     * @throws Exception never
     */
    @Benchmark
    @Subject(value = "httpstatus PolicyHttpClient.send around the stub", role = Subject.Role.REFERENCE)
    public HttpResponse<Void> wrapped() throws Exception {
        return wrapped.send(REQUEST, HttpResponse.BodyHandlers.discarding());
    }

    /** A client that answers 200 without I/O, applying the handler as a real client does. */
    private static final class Answering extends HttpClient {

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
                @Override
                public int statusCode() {
                    return 200;
                }

                @Override
                public HttpHeaders headers() {
                    return HEADERS;
                }

                @Override
                public Version version() {
                    return Version.HTTP_1_1;
                }
            });
            return new Response<>(request, subscriber.getBody().toCompletableFuture().getNow(null));
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler) {
            return CompletableFuture.completedFuture(send(request, handler));
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
            return sendAsync(request, handler);
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return Optional.empty();
        }

        @Override
        public Redirect followRedirects() {
            return Redirect.NEVER;
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return Optional.empty();
        }

        @Override
        public SSLContext sslContext() {
            return null;
        }

        @Override
        public SSLParameters sslParameters() {
            return null;
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return Optional.empty();
        }

        @Override
        public Version version() {
            return Version.HTTP_1_1;
        }

        @Override
        public Optional<Executor> executor() {
            return Optional.empty();
        }
    }

    /** A ready response. */
    private record Response<T>(HttpRequest request, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HEADERS;
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
