package io.github.httpstatus.spring;

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
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * A Spring {@link ClientHttpRequestInterceptor} that follows redirects by a {@link RedirectPolicy}
 * and repeats failed attempts by a {@link RetryAdvisor}, by sending each hop and attempt down the
 * rest of the interceptor chain again, so that one {@link RestClient} or {@link RestTemplate} call
 * applies both the way the standards say.
 *
 * <pre>{@code
 * RestClient client = RestClient.builder()
 *         .requestFactory(PolicyInterceptor.requestFactory(HttpClient.newHttpClient()))
 *         .requestInterceptor(PolicyInterceptor.standard())
 *         .build();
 * String page = client.get().uri("https://a.example/start").retrieve().body(String.class);
 * }</pre>
 *
 * <h2 id="rules">What one exchange does</h2>
 * <ul>
 *   <li>Each 3xx goes to {@link RedirectPolicy#decide}: a redirect it follows becomes the next
 *       request with the method, target and headers it names, content sent again only when it keeps
 *       the method (307, 308), after the {@code Retry-After} wait it reports. So credentials
 *       (Authorization, Proxy-Authorization, Cookie) never reach another origin and are not put
 *       back when the chain returns, an https to http hop is refused, POST becomes GET without
 *       content on 301, 302 and 303
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, section 15.4</a>).</li>
 *   <li>When the policy stops (not a followed status, the redirect limit, a loop, a refused
 *       target), the 3xx itself is the exchange's response: the caller sees why the chain ended.</li>
 *   <li>Each response of 400 or more goes to {@link RetryAdvisor#advise} with the method, whether the
 *       request carried an {@code Idempotency-Key}, the {@code Retry-After} and {@code Date}
 *       headers, the attempt number and the time since the exchange began. One deadline covers the
 *       whole exchange: every hop and attempt counts against the advisor's time budget. The attempt
 *       number starts again at 1 on each new target.</li>
 *   <li>An attempt that fails with an {@link IOException} goes to the advisor as a
 *       {@link TransportFailure}: a refused, unreachable or unknown host or the JDK client's connect
 *       timeout as {@code CONNECT_FAILED}, which any method may repeat; a request timeout as
 *       {@code TIMED_OUT} and any other broken exchange (the connection closed before the response)
 *       as {@code CONNECTION_CLOSED}, which only idempotent requests and those with an
 *       {@code Idempotency-Key} repeat. TLS and protocol failures and an interrupted thread are
 *       thrown as they are, and so is the last failure when the advisor gives up.</li>
 *   <li>A response that is not returned is closed without its content being read (unless the
 *       client was told to buffer content, which reads it first).</li>
 *   <li>Waits go through the {@link Sleeper}; an interrupted thread stops waiting with an
 *       {@link InterruptedIOException} and keeps its interrupt status.</li>
 *   <li>Decisions are logged at {@link Level#DEBUG DEBUG} to the {@link System.Logger} named after
 *       this class: methods, status codes, reasons, header names; never header values, query
 *       strings or user information.</li>
 * </ul>
 *
 * <p>The request factory must not follow redirects itself, or this interceptor sees only what is
 * left. {@link #requestFactory(HttpClient)} checks a JDK {@code HttpClient};
 * {@link #installOn(RestTemplate)} refuses a {@link SimpleClientHttpRequestFactory}, whose
 * {@code HttpURLConnection} follows redirects of GET. A factory on Apache HttpClient needs a client
 * built with {@code disableRedirectHandling()}, one on Jetty {@code setFollowRedirects(false)}.
 * Interceptors after this one run once per hop and attempt; one that sets credentials would set them
 * again on a hop to another origin, so put such interceptors before this one.
 *
 * @implSpec This class is immutable and thread-safe, given a thread-safe {@link Sleeper}; one
 *           interceptor serves any number of clients and concurrent exchanges.
 * @since 0.1.0
 */
public final class PolicyInterceptor implements ClientHttpRequestInterceptor {

    private static final System.Logger LOG = System.getLogger(PolicyInterceptor.class.getName());
    private static final byte[] NO_CONTENT = {};
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
     * Returns a request factory on a JDK {@code HttpClient} that does not follow redirects, as this
     * interceptor needs.
     *
     * @param client  the client, built with {@code followRedirects(HttpClient.Redirect.NEVER)} (the
     *                default), not null
     * @return a new factory, never null
     * @throws IllegalArgumentException if the client follows redirects itself
     * @throws NullPointerException if {@code client} is null
     */
    public static JdkClientHttpRequestFactory requestFactory(HttpClient client) {
        Objects.requireNonNull(client, "client");
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HttpClient follows redirects itself (Redirect."
                    + client.followRedirects() + "), so the redirect policy would never see them; build it with"
                    + " followRedirects(HttpClient.Redirect.NEVER)");
        }
        return new JdkClientHttpRequestFactory(client);
    }

    /**
     * Adds this interceptor after the builder's other interceptors, so that the headers they set
     * are part of each hop the policy judges.
     *
     * @param builder  the client builder, not null
     * @return {@code builder}, to go on building
     * @throws NullPointerException if {@code builder} is null
     */
    public RestClient.Builder installOn(RestClient.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        return builder.requestInterceptor(this);
    }

    /**
     * Adds this interceptor after the template's other interceptors, so that the headers they set
     * are part of each hop the policy judges.
     *
     * @param template  the template, not null
     * @return {@code template}
     * @throws IllegalArgumentException if the template's request factory is a
     *         {@link SimpleClientHttpRequestFactory} (the default), whose {@code HttpURLConnection}
     *         follows redirects of GET before this interceptor sees them
     * @throws NullPointerException if {@code template} is null
     */
    public RestTemplate installOn(RestTemplate template) {
        Objects.requireNonNull(template, "template");
        if (template.getRequestFactory() instanceof SimpleClientHttpRequestFactory) {
            throw new IllegalArgumentException("the RestTemplate's SimpleClientHttpRequestFactory follows redirects of"
                    + " GET itself, so the redirect policy would never see them; construct the RestTemplate with"
                    + " PolicyInterceptor.requestFactory(HttpClient.newHttpClient())");
        }
        List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>(template.getInterceptors());
        interceptors.add(this);
        template.setInterceptors(interceptors);
        return template;
    }

    /**
     * Sends the request down the rest of the chain, following redirects and repeating failed
     * attempts as the <a href="#rules">rules</a> say, and returns the final response.
     *
     * @param request    the request, not null
     * @param body       its content, empty for none, not null
     * @param execution  the rest of the chain, not null
     * @return the final response, never null
     * @throws IOException if a transport failure is not repeated, or a wait is interrupted
     */
    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        long start = System.nanoTime();
        HttpRequest next = request;
        byte[] content = body;
        RedirectChain hops = RedirectChain.start();
        int attempt = 1;
        while (true) {
            HttpRequest sent = next;
            ClientHttpResponse response;
            try {
                response = execution.execute(sent, content);
            } catch (IOException e) {
                await(retryDelay(sent, e, attempt, start));
                attempt++;
                continue;
            }
            int code = Exchanges.code(response);
            if (code >= 300 && code < 400) {
                RedirectDecision decision = redirectPolicy.decide(Exchanges.redirectRequest(sent, content),
                        Exchanges.redirectResponse(code, response), hops);
                if (decision instanceof RedirectDecision.Follow follow) {
                    log(() -> "following " + code + " from " + Exchanges.forLog(sent) + ": " + follow);
                    response.close();
                    await(follow.delay());
                    next = Exchanges.next(sent, follow);
                    content = follow.bodyKept() ? content : NO_CONTENT;
                    hops = follow.chain();
                    attempt = 1;
                    continue;
                }
                RedirectDecision.Stop stop = (RedirectDecision.Stop) decision;
                if (stop.reason() != StopReason.NOT_A_REDIRECT) {
                    log(() -> "returning " + code + " for " + Exchanges.forLog(sent) + ": " + stop.message());
                }
            } else if (code >= 400) {
                FailedAttempt failed = Exchanges.failedAttempt(sent, code, response, attempt)
                        .withElapsed(Duration.ofNanos(System.nanoTime() - start));
                RetryDecision decision = retryAdvisor.advise(failed);
                if (decision instanceof RetryDecision.Retry retry) {
                    log(() -> "repeating " + Exchanges.forLog(sent) + " after " + failed + " in " + retry.delay());
                    response.close();
                    await(retry.delay());
                    attempt++;
                    continue;
                }
                RetryDecision.GiveUp giveUp = (RetryDecision.GiveUp) decision;
                if (giveUp.reason() != GiveUpReason.STATUS_NOT_RETRYABLE) {
                    log(() -> "not repeating " + Exchanges.forLog(sent) + " after " + failed + ": " + giveUp.message());
                }
                return response;
            }
            retryAdvisor.recordSuccess();
            return response;
        }
    }

    /**
     * Returns how long to wait before repeating an attempt that got no response, or throws
     * {@code failure} when it is not one to repeat or the advisor says give up.
     */
    private Duration retryDelay(HttpRequest sent, IOException failure, int attempt, long start) throws IOException {
        TransportFailure kind = Failures.classify(failure);
        if (kind == null) {
            throw failure;
        }
        FailedAttempt failed = FailedAttempt.ofTransportFailure(sent.getMethod().name(), kind, attempt)
                .withIdempotencyKey(sent.getHeaders().getFirst("Idempotency-Key") != null)
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

    private void await(Duration delay) throws InterruptedIOException {
        if (delay.isZero()) {
            return;
        }
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to send the next request");
        }
    }

    private static void log(Supplier<String> message) {
        LOG.log(Level.DEBUG, message);
    }

    /**
     * Returns the policy and the advisor in words.
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
         * deadline of a whole exchange, and its retry budget, if any, is shared by every exchange.
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
