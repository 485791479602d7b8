package io.github.httpstatus.client;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.internal.Durations;
import io.github.httpstatus.redirect.RedirectChain;
import io.github.httpstatus.redirect.RedirectDecision;
import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.redirect.RedirectRequest;
import io.github.httpstatus.redirect.RedirectResponse;
import io.github.httpstatus.redirect.StopReason;
import io.github.httpstatus.retry.FailedAttempt;
import io.github.httpstatus.retry.GiveUpReason;
import io.github.httpstatus.retry.RetryAdvisor;
import io.github.httpstatus.retry.RetryDecision;
import io.github.httpstatus.retry.TransportFailure;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import javax.net.ssl.SSLHandshakeException;

/**
 * One call of {@code send} or {@code sendAsync}: the request of the current hop, the redirect chain,
 * the attempt number and the responses so far. The decision for a response is made in its body
 * handler, from status and headers, so that the body of a response that is followed or retried is
 * discarded unread and the caller's handler sees only the final one.
 *
 * <p>Not thread-safe: the attempts of one exchange run one after another, each handed to the next
 * through a completed future or an executor, which orders the writes before the reads.
 */
final class Exchange<T> implements HttpResponse.BodyHandler<T> {

    /** What to send next, and after how long. */
    record Next(HttpRequest request, Duration delay, RedirectChain chain, int attempt) {
    }

    private final PolicyHttpClient client;
    private final HttpResponse.BodyHandler<T> handler;
    private final long started;
    private HttpRequest request;
    private RedirectChain chain = RedirectChain.start();
    private int attempt = 1;
    private HttpResponse<T> previous;
    /** Set by the body handler for the attempt in flight: the step it chose and what to report. */
    private Next pending;
    private Runnable report;

    Exchange(PolicyHttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        this.client = client;
        this.request = request;
        this.handler = handler;
        this.started = client.waiter().nanoTime();
    }

    HttpRequest request() {
        return request;
    }

    @Override
    public HttpResponse.BodySubscriber<T> apply(HttpResponse.ResponseInfo info) {
        pending = decide(info.statusCode(), info.headers());
        return pending == null ? handler.apply(info) : HttpResponse.BodySubscribers.replacing(null);
    }

    /** After a response: the step chosen for it, or null when it is the final one. */
    Next afterResponse(HttpResponse<T> response) {
        if (report != null) {
            report.run();
        }
        return pending;
    }

    /**
     * After a failed attempt: the step chosen for its response if the failure came while its body
     * was being discarded, a retry if the advisor allows one, or null to pass the failure on.
     */
    Next afterFailure(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (pending != null) {
            return afterResponse(null);
        }
        RetryAdvisor retries = client.retries();
        // A failed TLS handshake is a configuration problem that repeating does not cure.
        if (retries == null || !(failure instanceof IOException) || failure instanceof SSLHandshakeException
                || client.isShutdown()) {
            return null;
        }
        FailedAttempt failed = FailedAttempt.ofTransportFailure(request.method(), classify((IOException) failure),
                attempt).withIdempotencyKey(hasIdempotencyKey()).withElapsed(elapsed());
        Next next = retry(retries, failed);
        if (report != null) {
            report.run();
        }
        return next;
    }

    /** The failure itself, out of the wrapper a dependent future may have put around it. */
    static Throwable unwrap(Throwable thrown) {
        return thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
    }

    static TransportFailure classify(IOException failure) {
        if (failure instanceof HttpConnectTimeoutException || failure instanceof ConnectException) {
            return TransportFailure.CONNECT_FAILED;
        }
        return failure instanceof HttpTimeoutException ? TransportFailure.TIMED_OUT
                : TransportFailure.CONNECTION_CLOSED;
    }

    /** Moves to the next step; {@code response} is the one it follows or retries, null after a failure. */
    void advance(Next next, HttpResponse<T> response) {
        if (response != null) {
            previous = new LinkedResponse<>(response, previous);
        }
        request = next.request();
        chain = next.chain();
        attempt = next.attempt();
        pending = null;
        report = null;
    }

    /** The final response, linked to the earlier ones. */
    HttpResponse<T> result(HttpResponse<T> response) {
        return previous == null ? response : new LinkedResponse<>(response, previous);
    }

    private Next decide(int status, HttpHeaders headers) {
        RedirectPolicy redirects = client.redirects();
        Next next = redirects != null && status >= 300 && status < 400 ? redirect(redirects, status, headers) : null;
        RetryAdvisor retries = client.retries();
        if (next != null || retries == null) {
            return next;
        }
        if (status < 400) {
            retries.recordSuccess();
            return null;
        }
        FailedAttempt failed = FailedAttempt.of(request.method(), status, attempt)
                .withIdempotencyKey(hasIdempotencyKey()).withElapsed(elapsed());
        Optional<String> retryAfter = headers.firstValue("Retry-After");
        if (retryAfter.isPresent()) {
            failed = failed.withRetryAfter(retryAfter.get());
        }
        Optional<String> date = headers.firstValue("Date");
        return retry(retries, date.isPresent() ? failed.withDate(date.get()) : failed);
    }

    private Next redirect(RedirectPolicy policy, int status, HttpHeaders headers) {
        Optional<HttpRequest.BodyPublisher> body = request.bodyPublisher();
        RedirectRequest asked = RedirectRequest.of(request.method(), request.uri(), Headers.of(request.headers().map()));
        if (body.isPresent() && body.get().contentLength() != 0) {
            asked = asked.withBody(isReplayable(body.get()));
        }
        RedirectResponse response = RedirectResponse.of(status, headers.allValues("Location"));
        Optional<String> retryAfter = headers.firstValue("Retry-After");
        if (retryAfter.isPresent()) {
            response = response.withRetryAfter(retryAfter.get());
        }
        Optional<String> date = headers.firstValue("Date");
        if (date.isPresent()) {
            response = response.withDate(date.get());
        }
        RedirectDecision decision = policy.decide(asked, response, chain);
        URI from = request.uri();
        if (decision instanceof RedirectDecision.Follow follow) {
            RetryAdvisor retries = client.retries();
            if (retries != null && follow.delay().compareTo(retries.timeBudget().minus(elapsed())) > 0) {
                // The wait the server asked for is within the policy's cap but past the call's deadline.
                decision = new RedirectDecision.Stop(StopReason.RETRY_AFTER_BEYOND_CAP, status + " asks to wait "
                        + Durations.inSeconds(follow.delay()) + " before following, which would pass the time budget of "
                        + Durations.inSeconds(retries.timeBudget()));
            } else {
                HttpRequest next = followed(follow);
                report = () -> {
                    log(() -> request.method() + " " + forLog(from) + " -> " + status + ": following to "
                            + next.method() + " " + forLog(next.uri()) + " after " + Durations.inSeconds(follow.delay()));
                    client.listener().onRedirect(forLog(from), status, next.method(), forLog(next.uri()),
                            follow.delay());
                };
                return new Next(next, follow.delay(), follow.chain(), 1);
            }
        }
        RedirectDecision.Stop stop = (RedirectDecision.Stop) decision;
        report = () -> {
            log(() -> request.method() + " " + forLog(from) + " -> " + status + ": not followed: " + stop.message());
            client.listener().onRedirectRefused(forLog(from), status, stop);
        };
        return null;
    }

    /** The request a followed redirect sends: the policy's method, target and headers, the rest kept. */
    private HttpRequest followed(RedirectDecision.Follow follow) {
        HttpRequest.Builder next = HttpRequest.newBuilder(follow.target()).expectContinue(request.expectContinue());
        request.timeout().ifPresent(next::timeout);
        request.version().ifPresent(next::version);
        next.method(follow.method().name(), follow.bodyKept() ? request.bodyPublisher().orElseThrow()
                : HttpRequest.BodyPublishers.noBody());
        follow.headers().toMap().forEach((name, values) -> values.forEach(value -> next.header(name, value)));
        return next.build();
    }

    private Next retry(RetryAdvisor advisor, FailedAttempt failed) {
        String method = request.method();
        URI target = request.uri();
        String outcome = failed.hasResponse() ? failed.status().toString()
                : failed.transportFailure().orElseThrow().name();
        Optional<HttpRequest.BodyPublisher> body = request.bodyPublisher();
        if (body.isPresent() && !isReplayable(body.get())) {
            report = () -> log(() -> method + " " + forLog(target) + " attempt " + failed.attempt() + " -> "
                    + outcome + ": not retried, the body cannot be sent again");
            return null;
        }
        RetryDecision decision = advisor.advise(failed);
        if (decision instanceof RetryDecision.Retry retry) {
            report = () -> {
                log(() -> method + " " + forLog(target) + " attempt " + failed.attempt() + " -> " + outcome
                        + ": retrying in " + Durations.inSeconds(retry.delay()));
                client.listener().onRetry(method, forLog(target), failed.attempt(), outcome, retry.delay());
            };
            return new Next(request, retry.delay(), chain, failed.attempt() + 1);
        }
        RetryDecision.GiveUp giveUp = (RetryDecision.GiveUp) decision;
        if (giveUp.reason() != GiveUpReason.STATUS_NOT_RETRYABLE) {
            report = () -> {
                log(() -> method + " " + forLog(target) + " attempt " + failed.attempt() + " -> " + outcome
                        + ": giving up: " + giveUp.message());
                client.listener().onGiveUp(method, forLog(target), failed.attempt(), outcome, giveUp);
            };
        }
        return null;
    }

    /**
     * A body of known length (from a string, bytes or a file, or none) can be sent again; one of
     * unknown length (an input stream, a custom publisher) is taken to be readable once.
     */
    private static boolean isReplayable(HttpRequest.BodyPublisher body) {
        return body.contentLength() >= 0;
    }

    private boolean hasIdempotencyKey() {
        return request.headers().firstValue("Idempotency-Key").isPresent();
    }

    private Duration elapsed() {
        return Duration.ofNanos(Math.max(0, client.waiter().nanoTime() - started));
    }

    private void log(Supplier<String> message) {
        System.Logger logger = client.logger();
        if (logger.isLoggable(Level.DEBUG)) {
            logger.log(Level.DEBUG, message.get());
        }
    }

    /** {@code scheme://host:port/path}: what may be logged of a target, never its user information or query. */
    static URI forLog(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + port + path);
    }
}
