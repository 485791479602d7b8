package io.github.httpstatus.client;

import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.retry.RetryAdvisor;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK {@link HttpClient} that follows redirects by a {@link RedirectPolicy} and repeats failed
 * attempts by a {@link RetryAdvisor}, around a client that does neither. It is a drop-in: code that
 * takes an {@code HttpClient} takes this one.
 *
 * <pre>{@code
 * HttpClient client = PolicyHttpClient.wrap(HttpClient.newHttpClient());   // standard policies
 * HttpClient custom = PolicyHttpClient.builder(HttpClient.newHttpClient())
 *         .redirects(RedirectPolicy.builder().maxRedirects(5).build())
 *         .noRetries()
 *         .listener(myListener)
 *         .build();
 * HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
 * }</pre>
 *
 * <h2 id="rules">What {@code send} and {@code sendAsync} do</h2>
 * <ul>
 *   <li><b>Redirects.</b> Each 3xx is put to the redirect policy, which decides the next method,
 *       target and headers (credentials are dropped across origins and never restored, https to
 *       http is refused, a loop or the redirect limit ends the chain); a 3xx that is not followed
 *       is returned as the final response, as the JDK does at its own limit. A {@code Retry-After}
 *       on a redirect is waited for.</li>
 *   <li><b>Retries.</b> Each response of status 400 or more, and each attempt that got no
 *       response, is put to the retry advisor with the method, the status, {@code Retry-After},
 *       {@code Date}, whether the request has an {@code Idempotency-Key} header, the attempt number
 *       and the time spent. A response below 400 is recorded as a success for the retry budget.
 *       When the advisor gives up, the last response is returned, or the last exception thrown.
 *       Attempts are counted per target: a followed redirect starts again at 1.</li>
 *   <li><b>Failures without a response.</b> {@link java.net.ConnectException} and
 *       {@link java.net.http.HttpConnectTimeoutException} are
 *       {@link io.github.httpstatus.retry.TransportFailure#CONNECT_FAILED CONNECT_FAILED},
 *       {@link java.net.http.HttpTimeoutException} is {@code TIMED_OUT}, any other
 *       {@link IOException} (a reset, an early end of stream) is {@code CONNECTION_CLOSED}. A failed
 *       TLS handshake ({@link javax.net.ssl.SSLHandshakeException}) is thrown at once, as is
 *       anything else. An interrupt or a cancellation is never retried.</li>
 *   <li><b>One deadline.</b> With a retry advisor, its {@link RetryAdvisor#timeBudget() time budget}
 *       bounds every wait of the call, for retries and redirects alike: a redirect whose
 *       {@code Retry-After} would pass it is not followed. The wrapped client's request timeout
 *       still applies to each attempt.</li>
 *   <li><b>Bodies.</b> The caller's {@link HttpResponse.BodyHandler} is applied to the final
 *       response only. A response that is followed or retried is decided on from its status and
 *       headers, and its body is discarded as it arrives, never held in memory.
 *       {@link HttpResponse#previousResponse()} links the earlier responses, without bodies, and
 *       {@link HttpResponse#request()} is the request that produced the final one.</li>
 *   <li><b>Sending a body again.</b> A 307 or 308 and every retry send the request's
 *       {@link HttpRequest#bodyPublisher() BodyPublisher} again. A publisher of known length can do
 *       that: {@code ofString}, {@code ofByteArray}, {@code ofFile} and {@code noBody}. One of
 *       unknown length ({@code ofInputStream}, {@code ofByteArrays}, a custom publisher without a
 *       length) is taken to be readable once: a 307 or 308 is then not followed
 *       ({@code BODY_NOT_REPLAYABLE}, the 3xx is returned) and a failed attempt is not retried.</li>
 *   <li><b>Waiting.</b> {@code send} sleeps in the calling thread; an interrupt ends the call at
 *       once with {@link InterruptedException} and the thread's interrupt status set.
 *       {@code sendAsync} blocks no thread: the next attempt is scheduled with
 *       {@link CompletableFuture#delayedExecutor}. Cancelling its future cancels the attempt in
 *       flight and starts no other.</li>
 *   <li><b>Observing.</b> An {@link ExchangeListener} sees each redirect and retry; the same
 *       events are logged at {@code DEBUG} to the {@link System.Logger} named after this class.
 *       Neither shows a header value, a query or user information.</li>
 * </ul>
 *
 * <p>Every other method is the wrapped client's, except {@link #followRedirects()}, which tells
 * what this client does. On Java 21 and later, where {@code HttpClient} can be closed,
 * {@link #close()}, {@link #shutdown()}, {@link #shutdownNow()},
 * {@link #awaitTermination(Duration)} and {@link #isTerminated()} act on the wrapped client.
 *
 * @implSpec This class is immutable and thread-safe, as the wrapped client is; the listener must be
 *           thread-safe too.
 * @since 0.1.0
 */
public final class PolicyHttpClient extends HttpClient implements AutoCloseable {

    private final HttpClient delegate;
    private final RedirectPolicy redirects;
    private final RetryAdvisor retries;
    private final ExchangeListener listener;
    private final Waiter waiter;
    private final System.Logger logger;
    private volatile boolean shutdown;

    private PolicyHttpClient(Builder builder) {
        this.delegate = builder.delegate;
        this.redirects = builder.redirects;
        this.retries = builder.retries;
        this.listener = builder.listener;
        this.waiter = builder.waiter;
        this.logger = builder.logger;
    }

    /**
     * Wraps a client with {@link RedirectPolicy#standard()} and {@link RetryAdvisor#standard()}.
     *
     * @param client  the client that sends each request, which must not follow redirects itself
     * @return the wrapping client, never null
     * @throws IllegalArgumentException if {@code client} follows redirects
     * @throws NullPointerException if {@code client} is null
     */
    public static PolicyHttpClient wrap(HttpClient client) {
        return builder(client).build();
    }

    /**
     * Returns a builder around a client, starting from the standard redirect policy and retry
     * advisor and no listener.
     *
     * @param client  the client that sends each request, which must not follow redirects itself
     * @return a new builder, never null
     * @throws IllegalArgumentException if {@code client} follows redirects: build it with
     *         {@code HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)}, the default
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(HttpClient client) {
        Objects.requireNonNull(client, "client");
        if (client.followRedirects() != Redirect.NEVER) {
            throw new IllegalArgumentException("the wrapped client follows redirects itself (" + client.followRedirects()
                    + "), so the redirect policy would never see them; build it with "
                    + "HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)");
        }
        return new Builder(client);
    }

    /**
     * Returns the redirect policy.
     *
     * @return the policy, or empty when redirects are not followed
     */
    public Optional<RedirectPolicy> redirectPolicy() {
        return Optional.ofNullable(redirects);
    }

    /**
     * Returns the retry advisor.
     *
     * @return the advisor, or empty when nothing is retried
     */
    public Optional<RetryAdvisor> retryAdvisor() {
        return Optional.ofNullable(retries);
    }

    /**
     * Sends a request, following redirects and retrying by the policies, and blocks until the final
     * response; see the <a href="#rules">rules</a>.
     *
     * @param <T>      the body type
     * @param request  the first request, not null
     * @param handler  the handler applied to the final response's body, not null
     * @return the final response, linked to the earlier ones, never null
     * @throws IOException if the last attempt failed without a response
     * @throws InterruptedException if the thread is interrupted, while sending or waiting; its
     *         interrupt status is set again
     * @throws IllegalArgumentException if the request is not valid for the wrapped client
     * @throws NullPointerException if an argument is null
     */
    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        Exchange<T> exchange = exchange(request, handler);
        try {
            while (true) {
                HttpResponse<T> response = null;
                Exchange.Next next;
                try {
                    response = delegate.send(exchange.request(), exchange);
                    next = exchange.afterResponse(response);
                } catch (IOException e) {
                    next = exchange.afterFailure(e);
                    if (next == null) {
                        throw e;
                    }
                }
                if (next == null) {
                    return exchange.result(response);
                }
                exchange.advance(next, response);
                if (!next.delay().isZero()) {
                    waiter.sleep(next.delay());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /**
     * Sends a request asynchronously, following redirects and retrying by the policies; see the
     * <a href="#rules">rules</a>. No thread is blocked while waiting.
     *
     * @param <T>      the body type
     * @param request  the first request, not null
     * @param handler  the handler applied to the final response's body, not null
     * @return a future of the final response, which fails with the last attempt's exception; cancel
     *         it to stop the exchange. Never null
     * @throws IllegalArgumentException if the request is not valid for the wrapped client
     * @throws NullPointerException if an argument is null
     */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        return sendAsync(request, handler, null);
    }

    /**
     * Sends a request asynchronously as {@link #sendAsync(HttpRequest, HttpResponse.BodyHandler)}
     * does, handing HTTP/2 server pushes of every attempt to {@code pushPromiseHandler}.
     *
     * @param <T>                 the body type
     * @param request             the first request, not null
     * @param handler             the handler applied to the final response's body, not null
     * @param pushPromiseHandler  the handler of server pushes, or null to refuse them
     * @return a future of the final response; cancel it to stop the exchange. Never null
     * @throws IllegalArgumentException if the request is not valid for the wrapped client
     * @throws NullPointerException if {@code request} or {@code handler} is null
     */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        Exchange<T> exchange = exchange(request, handler);
        CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        result.whenComplete((response, failure) -> {
            if (result.isCancelled()) {
                inFlight.get().cancel(true);
            }
        });
        attempt(exchange, pushPromiseHandler, result, inFlight);
        return result;
    }

    private <T> void attempt(Exchange<T> exchange, HttpResponse.PushPromiseHandler<T> push,
            CompletableFuture<HttpResponse<T>> result, AtomicReference<CompletableFuture<?>> inFlight) {
        CompletableFuture<HttpResponse<T>> sent = delegate.sendAsync(exchange.request(), exchange, push);
        inFlight.set(sent);
        if (result.isCancelled()) {
            sent.cancel(true); // cancelled before the attempt was recorded as in flight
        }
        sent.whenComplete((response, failure) -> {
            try {
                Exchange.Next next = failure == null ? exchange.afterResponse(response) : exchange.afterFailure(failure);
                if (next == null) {
                    if (failure == null) {
                        result.complete(exchange.result(response));
                    } else {
                        result.completeExceptionally(Exchange.unwrap(failure));
                    }
                    return;
                }
                exchange.advance(next, response);
                waiter.after(next.delay()).execute(() -> {
                    try {
                        if (!result.isDone()) {
                            attempt(exchange, push, result, inFlight);
                        }
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                });
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
    }

    private <T> Exchange<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(handler, "handler");
        return new Exchange<>(this, request, handler);
    }

    RedirectPolicy redirects() {
        return redirects;
    }

    RetryAdvisor retries() {
        return retries;
    }

    ExchangeListener listener() {
        return listener;
    }

    Waiter waiter() {
        return waiter;
    }

    System.Logger logger() {
        return logger;
    }

    boolean isShutdown() {
        return shutdown;
    }

    /**
     * Returns the wrapped client's cookie handler.
     *
     * @return the handler, or empty
     */
    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    /**
     * Returns the wrapped client's connect timeout.
     *
     * @return the timeout, or empty
     */
    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    /**
     * Returns what this client does with redirects: {@link HttpClient.Redirect#NORMAL} when it
     * follows them by a policy (which, as {@code NORMAL}, refuses https to http), otherwise
     * {@link HttpClient.Redirect#NEVER}.
     *
     * @return the redirect mode, never null
     */
    @Override
    public Redirect followRedirects() {
        return redirects != null ? Redirect.NORMAL : Redirect.NEVER;
    }

    /**
     * Returns the wrapped client's proxy selector.
     *
     * @return the selector, or empty
     */
    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    /**
     * Returns the wrapped client's SSL context.
     *
     * @return the context, never null
     */
    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    /**
     * Returns a copy of the wrapped client's SSL parameters.
     *
     * @return the parameters, never null
     */
    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    /**
     * Returns the wrapped client's authenticator.
     *
     * @return the authenticator, or empty
     */
    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    /**
     * Returns the wrapped client's preferred HTTP version.
     *
     * @return the version, never null
     */
    @Override
    public HttpClient.Version version() {
        return delegate.version();
    }

    /**
     * Returns the wrapped client's executor.
     *
     * @return the executor, or empty when the client uses its default one
     */
    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /**
     * Returns the wrapped client's WebSocket builder; no policy applies to WebSockets.
     *
     * @return the builder, never null
     * @throws UnsupportedOperationException if the wrapped client has none
     */
    @Override
    public WebSocket.Builder newWebSocketBuilder() {
        return delegate.newWebSocketBuilder();
    }

    /**
     * Stops starting new attempts and, on Java 21 and later, shuts the wrapped client down
     * ({@code HttpClient.shutdown()}): exchanges in flight complete, new ones fail. Before Java 21
     * only the first part applies.
     */
    public void shutdown() {
        shutdown = true;
        Lifecycle.shutdown(delegate);
    }

    /**
     * Stops starting new attempts and, on Java 21 and later, shuts the wrapped client down at once
     * ({@code HttpClient.shutdownNow()}), failing exchanges in flight.
     */
    public void shutdownNow() {
        shutdown = true;
        Lifecycle.shutdownNow(delegate);
    }

    /**
     * Waits for the wrapped client to terminate after a shutdown, on Java 21 and later.
     *
     * @param duration  the longest wait, not null
     * @return true when the wrapped client has terminated; false when the wait ran out, or always
     *         before Java 21, where a client cannot terminate
     * @throws InterruptedException if the thread is interrupted while waiting
     * @throws NullPointerException if {@code duration} is null
     */
    public boolean awaitTermination(Duration duration) throws InterruptedException {
        Objects.requireNonNull(duration, "duration");
        return Lifecycle.awaitTermination(delegate, duration);
    }

    /**
     * Returns whether the wrapped client has terminated, on Java 21 and later.
     *
     * @return true when it has; always false before Java 21
     */
    public boolean isTerminated() {
        return Lifecycle.isTerminated(delegate);
    }

    /**
     * Closes the wrapped client on Java 21 and later ({@code HttpClient.close()}: shut down, then wait
     * for exchanges in flight); before Java 21 it stops new attempts only.
     */
    @Override
    public void close() {
        shutdown = true;
        Lifecycle.close(delegate);
    }

    /**
     * Returns the policies and the wrapped client, such as
     * {@code "PolicyHttpClient[RedirectPolicy[...], RetryAdvisor[...], jdk.internal...]"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "PolicyHttpClient[" + (redirects == null ? "no redirects" : redirects) + ", "
                + (retries == null ? "no retries" : retries) + ", " + delegate + "]";
    }

    /**
     * Sets up a {@link PolicyHttpClient}: the standard redirect policy and retry advisor unless
     * told otherwise, and no listener.
     *
     * @implSpec A builder is not thread-safe; the clients it builds are.
     * @since 0.1.0
     */
    public static final class Builder {

        private final HttpClient delegate;
        private RedirectPolicy redirects = RedirectPolicy.standard();
        private RetryAdvisor retries = RetryAdvisor.standard();
        private ExchangeListener listener = ExchangeListener.NONE;
        private Waiter waiter = Waiter.SYSTEM;
        private System.Logger logger = System.getLogger(PolicyHttpClient.class.getName());

        private Builder(HttpClient delegate) {
            this.delegate = delegate;
        }

        /**
         * Sets the redirect policy.
         *
         * @param policy  the policy, not null
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder redirects(RedirectPolicy policy) {
            this.redirects = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Turns redirect following off: every 3xx is returned as it is.
         *
         * @return this builder
         */
        public Builder noRedirects() {
            this.redirects = null;
            return this;
        }

        /**
         * Sets the retry advisor, whose time budget also bounds the waits before redirects.
         *
         * @param advisor  the advisor, not null
         * @return this builder
         * @throws NullPointerException if {@code advisor} is null
         */
        public Builder retries(RetryAdvisor advisor) {
            this.retries = Objects.requireNonNull(advisor, "advisor");
            return this;
        }

        /**
         * Turns retrying off: every response and failure of the first attempt (per redirect hop)
         * is final.
         *
         * @return this builder
         */
        public Builder noRetries() {
            this.retries = null;
            return this;
        }

        /**
         * Sets the listener that sees each redirect and retry.
         *
         * @param value  the listener, thread-safe, not null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder listener(ExchangeListener value) {
            this.listener = Objects.requireNonNull(value, "value");
            return this;
        }

        /** For tests: the time source and waits. */
        Builder waiter(Waiter value) {
            this.waiter = Objects.requireNonNull(value, "value");
            return this;
        }

        /** For tests: the logger. */
        Builder logger(System.Logger value) {
            this.logger = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return a new client, never null
         */
        public PolicyHttpClient build() {
            return new PolicyHttpClient(this);
        }
    }
}
