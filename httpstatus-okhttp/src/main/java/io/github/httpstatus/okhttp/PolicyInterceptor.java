package io.github.httpstatus.okhttp;

import io.github.httpstatus.redirect.RedirectChain;
import io.github.httpstatus.redirect.RedirectDecision;
import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.redirect.StopReason;
import io.github.httpstatus.retry.FailedAttempt;
import io.github.httpstatus.retry.GiveUpReason;
import io.github.httpstatus.retry.RetryAdvisor;
import io.github.httpstatus.retry.RetryDecision;
import io.github.httpstatus.retry.TransportFailure;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp application interceptor that follows redirects by a {@link RedirectPolicy} and repeats
 * failed attempts by a {@link RetryAdvisor}, so that one {@link Call} applies both the way the
 * standards say.
 *
 * <pre>{@code
 * OkHttpClient client = PolicyInterceptor.standard()
 *         .installOn(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)))
 *         .build();
 * try (Response response = client.newCall(request).execute()) {
 *     // the final response of the chain: a redirect target's answer, or a 3xx the policy stopped at
 * }
 * }</pre>
 *
 * <h2 id="rules">What one call does</h2>
 * <ul>
 *   <li>Each 3xx goes to {@link RedirectPolicy#decide}: a redirect it follows becomes the next
 *       request with the method, target and headers it names, content sent again only when it keeps
 *       the method (307, 308), after the {@code Retry-After} wait it reports. So credentials
 *       (Authorization, Proxy-Authorization, Cookie) never reach another origin and are not put
 *       back when the chain returns, an https to http hop is refused, POST becomes GET without
 *       content on 301, 302 and 303
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, section 15.4</a>).</li>
 *   <li>When the policy stops (not a followed status, the redirect limit, a loop, a refused
 *       target), the 3xx itself is the call's response: the caller sees why the chain ended.</li>
 *   <li>Each response of 400 or more goes to {@link RetryAdvisor#advise} with the method, whether the
 *       request carried an {@code Idempotency-Key}, the {@code Retry-After} and {@code Date}
 *       headers, the attempt number and the time since the call began. One deadline covers the
 *       whole call: every hop and attempt counts against the advisor's time budget. The attempt
 *       number starts again at 1 on each new target.</li>
 *   <li>An attempt that fails with an {@link IOException} goes to the advisor as a
 *       {@link TransportFailure}: a refused, unreachable or unknown host as {@code CONNECT_FAILED},
 *       which any method may repeat; a read or write timeout as {@code TIMED_OUT} and any other
 *       broken exchange (the connection closed before the response) as {@code CONNECTION_CLOSED},
 *       which only idempotent requests and those with an {@code Idempotency-Key} repeat. TLS and
 *       protocol failures, OkHttp's call timeout and a canceled call are thrown as they are, and so
 *       is the last failure when the advisor gives up.</li>
 *   <li>A response that is not returned is closed without its content being read.</li>
 *   <li>Waits go through the {@link Sleeper} in slices of at most {@link #WAIT_SLICE}; a
 *       {@link Call#cancel() canceled} call stops waiting and fails with an {@link IOException},
 *       an interrupted thread with an {@link InterruptedIOException}.</li>
 *   <li>A one-shot or duplex request body cannot be sent twice: such a request is neither
 *       repeated nor redirected with its content.</li>
 *   <li>Decisions are logged at {@link Level#DEBUG DEBUG} to the {@link System.Logger} named after
 *       this class: methods, status codes, reasons, header names; never header values, query
 *       strings or user information.</li>
 * </ul>
 *
 * <p>OkHttp must not follow redirects or retry on its own, or this interceptor sees only what is
 * left: {@link #installOn(OkHttpClient.Builder)} turns both off. Interceptors added after this one
 * run once per hop and attempt; one that sets credentials would set them again on a hop to another
 * origin, so add such interceptors before this one.
 *
 * @implSpec This class is immutable and thread-safe, given a thread-safe {@link Sleeper}; one
 *           interceptor serves any number of clients and concurrent calls.
 * @since 0.1.0
 */
public final class PolicyInterceptor implements Interceptor {

    /** The longest single wait: between two, the interceptor checks whether the call was canceled. */
    public static final Duration WAIT_SLICE = Duration.ofMillis(100);

    private static final System.Logger LOG = System.getLogger(PolicyInterceptor.class.getName());
    private static final PolicyInterceptor STANDARD = builder().build();

    private final RedirectPolicy redirectPolicy;
    private final RetryAdvisor retryAdvisor;
    private final Sleeper sleeper;

    private PolicyInterceptor(Builder builder) {
        this.redirectPolicy = builder.redirectPolicy;
        this.retryAdvisor = builder.retryAdvisor;
        this.sleeper = builder.sleeper;
    }

    /**
     * Returns the interceptor with {@link RedirectPolicy#standard()}, {@link RetryAdvisor#standard()}
     * and {@link Sleeper#system()}.
     *
     * @return the shared standard interceptor, never null
     */
    public static PolicyInterceptor standard() {
        return STANDARD;
    }

    /**
     * Returns a builder that starts from the standard policy, advisor and sleeper.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures an OkHttp client builder for this interceptor and adds it as an application
     * interceptor. It turns off {@link OkHttpClient.Builder#followRedirects(boolean) followRedirects}
     * and {@link OkHttpClient.Builder#followSslRedirects(boolean) followSslRedirects}, since OkHttp
     * would otherwise follow every redirect below this interceptor (keeping a manual {@code Cookie}
     * across hosts, going from https to http, turning PUT into GET); and
     * {@link OkHttpClient.Builder#retryOnConnectionFailure(boolean) retryOnConnectionFailure}, since
     * OkHttp would otherwise repeat requests, POST included, on failures of its own choosing and
     * outside the advisor's attempt count and budget. It also adds a network interceptor that keeps
     * the {@code Retry-After} of a 503 away from OkHttp's own follow-up logic, which would repeat a
     * 503 with {@code Retry-After: 0} once, whatever the method, and throws
     * {@link NumberFormatException} for a delay that does not fit an {@code int}; this interceptor
     * puts the field back before anyone reads the response.
     *
     * @param builder  the client builder, not null
     * @return {@code builder}, to go on building
     * @throws NullPointerException if {@code builder} is null
     */
    public OkHttpClient.Builder installOn(OkHttpClient.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        // First among the network interceptors, so that the others see the field under its own name.
        builder.networkInterceptors().add(0, RetryAfterShield.INSTANCE);
        return builder.followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .addInterceptor(this);
    }

    /**
     * Sends the chain's request, following redirects and repeating failed attempts as the
     * <a href="#rules">rules</a> say, and returns the final response.
     *
     * @param chain  OkHttp's chain, not null
     * @return the final response, never null
     * @throws IOException if a transport failure is not repeated, or the call is canceled
     */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Call call = chain.call();
        long start = System.nanoTime();
        Request request = chain.request();
        RedirectChain hops = RedirectChain.start();
        int attempt = 1;
        while (true) {
            Request sent = request;
            Response response;
            try {
                response = RetryAfterShield.restore(chain.proceed(sent));
            } catch (IOException e) {
                await(retryDelay(sent, e, attempt, start, call), call);
                attempt++;
                continue;
            }
            int code = response.code();
            if (code >= 300 && code < 400) {
                RedirectDecision decision = redirectPolicy.decide(Exchanges.redirectRequest(sent),
                        Exchanges.redirectResponse(response), hops);
                if (decision instanceof RedirectDecision.Follow follow) {
                    log(() -> "following " + code + " from " + Exchanges.forLog(sent) + ": " + follow);
                    response.close();
                    await(follow.delay(), call);
                    request = Exchanges.next(sent, follow);
                    hops = follow.chain();
                    attempt = 1;
                    continue;
                }
                RedirectDecision.Stop stop = (RedirectDecision.Stop) decision;
                if (stop.reason() != StopReason.NOT_A_REDIRECT) {
                    log(() -> "returning " + code + " for " + Exchanges.forLog(sent) + ": " + stop.message());
                }
            } else if (code >= 400) {
                FailedAttempt failed = Exchanges.failedAttempt(sent, response, attempt)
                        .withElapsed(Duration.ofNanos(System.nanoTime() - start));
                RetryDecision decision = Exchanges.isReplayable(sent) ? retryAdvisor.advise(failed) : null;
                if (decision instanceof RetryDecision.Retry retry) {
                    log(() -> "repeating " + Exchanges.forLog(sent) + " after " + failed + " in " + retry.delay());
                    response.close();
                    await(retry.delay(), call);
                    attempt++;
                    continue;
                }
                if (decision != null && ((RetryDecision.GiveUp) decision).reason() != GiveUpReason.STATUS_NOT_RETRYABLE) {
                    log(() -> "not repeating " + Exchanges.forLog(sent) + " after " + failed + ": "
                            + ((RetryDecision.GiveUp) decision).message());
                }
                return response;
            }
            retryAdvisor.recordSuccess();
            return response;
        }
    }

    /**
     * Returns how long to wait before repeating an attempt that got no response, or throws
     * {@code failure} when the call was canceled, the failure is not one to repeat, or the advisor
     * says give up.
     */
    private Duration retryDelay(Request sent, IOException failure, int attempt, long start, Call call)
            throws IOException {
        TransportFailure kind = call.isCanceled() ? null : Failures.classify(failure);
        if (kind == null || !Exchanges.isReplayable(sent)) {
            throw failure;
        }
        FailedAttempt failed = FailedAttempt.ofTransportFailure(sent.method(), kind, attempt)
                .withIdempotencyKey(sent.header("Idempotency-Key") != null)
                .withElapsed(Duration.ofNanos(System.nanoTime() - start));
        RetryDecision decision = retryAdvisor.advise(failed);
        if (decision instanceof RetryDecision.Retry retry) {
            log(() -> "repeating " + Exchanges.forLog(sent) + " after " + failed + " in " + retry.delay());
            return retry.delay();
        }
        log(() -> "not repeating " + Exchanges.forLog(sent) + " after " + failed + ": "
                + ((RetryDecision.GiveUp) decision).message());
        throw failure;
    }

    /** Waits {@code delay} in slices, checking before each that the call goes on; OkHttp checks after. */
    private void await(Duration delay, Call call) throws IOException {
        Duration left = delay;
        while (!left.isZero()) {
            checkNotCanceled(call);
            Duration slice = left.compareTo(WAIT_SLICE) < 0 ? left : WAIT_SLICE;
            try {
                sleeper.sleep(slice);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to send the next request");
            }
            left = left.minus(slice);
        }
    }

    private static void checkNotCanceled(Call call) throws IOException {
        if (call.isCanceled()) {
            throw new IOException("Canceled");
        }
    }

    private static void log(java.util.function.Supplier<String> message) {
        LOG.log(Level.DEBUG, message);
    }

    /**
     * Returns the policy, advisor and sleeper in words.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "PolicyInterceptor[" + redirectPolicy + ", " + retryAdvisor + "]";
    }

    /**
     * Sets up a {@link PolicyInterceptor}.
     *
     * @implSpec A builder is not thread-safe; the interceptors it builds are.
     * @since 0.1.0
     */
    public static final class Builder {

        private RedirectPolicy redirectPolicy = RedirectPolicy.standard();
        private RetryAdvisor retryAdvisor = RetryAdvisor.standard();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /**
         * Sets the redirect policy ({@link RedirectPolicy#standard()} by default).
         *
         * @param value  the policy, not null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder redirectPolicy(RedirectPolicy value) {
            this.redirectPolicy = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the retry advisor ({@link RetryAdvisor#standard()} by default). Its time budget is the
         * deadline of a whole call, and its retry budget, if any, is shared by every call.
         *
         * @param value  the advisor, not null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder retryAdvisor(RetryAdvisor value) {
            this.retryAdvisor = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets how waits pass ({@link Sleeper#system()} by default).
         *
         * @param value  the sleeper, not null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the interceptor.
         *
         * @return a new interceptor, never null
         */
        public PolicyInterceptor build() {
            return new PolicyInterceptor(this);
        }
    }
}
