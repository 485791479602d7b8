package io.github.httpstatus.client;

import io.github.httpstatus.redirect.RedirectDecision;
import io.github.httpstatus.retry.RetryDecision;

import java.net.URI;
import java.time.Duration;

/**
 * Sees what a {@link PolicyHttpClient} does with each response and failed attempt: the redirects it
 * follows or refuses, the retries it makes and the ones it gives up. Every method does nothing by
 * default, so an implementation overrides only what it needs.
 *
 * <p>Targets are given as {@code scheme://host:port/path} only: no user information, query or
 * fragment, which may carry tokens. No header value is ever passed.
 *
 * <pre>{@code
 * ExchangeListener metrics = new ExchangeListener() {
 *     @Override
 *     public void onRetry(String method, URI target, int attempt, String outcome, Duration delay) {
 *         retries.increment();
 *     }
 * };
 * }</pre>
 *
 * @implSpec Implementations must be thread-safe: one listener sees every exchange of its client,
 *           concurrently. A method is called on the thread that completes the attempt, before the
 *           client waits; it should return quickly, and what it throws reaches the caller of
 *           {@code send} or completes the future of {@code sendAsync}.
 * @since 0.1.0
 */
public interface ExchangeListener {

    /** A listener that does nothing. */
    ExchangeListener NONE = new ExchangeListener() {
    };

    /**
     * Called when a redirect is followed.
     *
     * @param from    the request's target, {@code scheme://host:port/path}
     * @param status  the redirect's status code
     * @param method  the next request's method
     * @param to      the next request's target, {@code scheme://host:port/path}
     * @param delay   how long the client waits first, from the redirect's {@code Retry-After}
     */
    default void onRedirect(URI from, int status, String method, URI to, Duration delay) {
    }

    /**
     * Called when a redirect response is not followed and becomes the final response.
     *
     * @param at      the request's target, {@code scheme://host:port/path}
     * @param status  the redirect's status code
     * @param stop    the policy's reason, with a message that is safe to log
     */
    default void onRedirectRefused(URI at, int status, RedirectDecision.Stop stop) {
    }

    /**
     * Called when an attempt is repeated.
     *
     * @param method   the request's method
     * @param target   the request's target, {@code scheme://host:port/path}
     * @param attempt  the attempt that failed, 1 for the first
     * @param outcome  the failure: the status, such as {@code "503 Service Unavailable"}, or the
     *                 {@link io.github.httpstatus.retry.TransportFailure} name
     * @param delay    how long the client waits before the next attempt
     */
    default void onRetry(String method, URI target, int attempt, String outcome, Duration delay) {
    }

    /**
     * Called when a failed attempt that could in principle be retried is not: the method is not
     * idempotent, or a limit or budget is reached. Statuses that are never retried, such as 404, do
     * not call it.
     *
     * @param method   the request's method
     * @param target   the request's target, {@code scheme://host:port/path}
     * @param attempt  the attempt that failed, 1 for the first
     * @param outcome  the failure, as for {@link #onRetry}
     * @param giveUp   the advisor's reason, with a message that is safe to log
     */
    default void onGiveUp(String method, URI target, int attempt, String outcome, RetryDecision.GiveUp giveUp) {
    }
}
