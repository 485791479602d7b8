package io.github.httpstatus.retry;

import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RetryAdvisor} needs to know about a failed attempt: the request's method and
 * whether it carried an {@code Idempotency-Key}, which attempt it was, how long the whole operation
 * has taken so far, and either the response's status with its {@code Retry-After} and {@code Date}
 * headers or, when no response came, the {@link TransportFailure}.
 *
 * <pre>{@code
 * FailedAttempt attempt = FailedAttempt.of("POST", 503, 1)
 *         .withRetryAfter("120")
 *         .withIdempotencyKey(true)
 *         .withElapsed(Duration.ofMillis(350));
 * FailedAttempt lost = FailedAttempt.ofTransportFailure("GET", TransportFailure.TIMED_OUT, 2);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; every {@code withXxx} returns a new instance
 *           and leaves the receiver unchanged.
 * @since 0.1.0
 */
public final class FailedAttempt {

    private final HttpMethod method;
    private final HttpStatusInfo status;
    private final TransportFailure failure;
    private final int attempt;
    private final String retryAfter;
    private final String date;
    private final boolean idempotencyKey;
    private final Duration elapsed;

    private FailedAttempt(HttpMethod method, HttpStatusInfo status, TransportFailure failure, int attempt,
            String retryAfter, String date, boolean idempotencyKey, Duration elapsed) {
        this.method = method;
        this.status = status;
        this.failure = failure;
        this.attempt = attempt;
        this.retryAfter = retryAfter;
        this.date = date;
        this.idempotencyKey = idempotencyKey;
        this.elapsed = elapsed;
    }

    /**
     * Returns an attempt with no {@code Retry-After}, no {@code Date}, no idempotency key and no
     * time spent.
     *
     * @param method   the request method, not null
     * @param status   the response status, not null
     * @param attempt  which attempt this was, 1 for the first request
     * @return the attempt, never null
     * @throws IllegalArgumentException if {@code attempt} is less than 1
     * @throws NullPointerException if {@code method} or {@code status} is null
     */
    public static FailedAttempt of(HttpMethod method, HttpStatusInfo status, int attempt) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        return new FailedAttempt(method, status, null, checkedAttempt(attempt), null, null, false, Duration.ZERO);
    }

    /**
     * Returns an attempt from a method name and a received status code, as a client has them.
     *
     * @param method   the request method name, a token, case-sensitive, not null
     * @param status   the received status code, any int; invalid codes are read as 500
     *                 ({@link HttpStatusInfo#ofReceived(int)})
     * @param attempt  which attempt this was, 1 for the first request
     * @return the attempt, never null
     * @throws IllegalArgumentException if {@code method} is not a token or {@code attempt} is below 1
     * @throws NullPointerException if {@code method} is null
     */
    public static FailedAttempt of(String method, int status, int attempt) {
        return of(HttpMethod.of(method), HttpStatusInfo.ofReceived(status), attempt);
    }

    /**
     * Returns an attempt that got no response, with no idempotency key and no time spent.
     *
     * @param method   the request method, not null
     * @param failure  how the attempt failed, not null
     * @param attempt  which attempt this was, 1 for the first request
     * @return the attempt, never null
     * @throws IllegalArgumentException if {@code attempt} is less than 1
     * @throws NullPointerException if {@code method} or {@code failure} is null
     */
    public static FailedAttempt ofTransportFailure(HttpMethod method, TransportFailure failure, int attempt) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(failure, "failure");
        return new FailedAttempt(method, null, failure, checkedAttempt(attempt), null, null, false, Duration.ZERO);
    }

    /**
     * Returns an attempt that got no response, from a method name as a client has it.
     *
     * @param method   the request method name, a token, case-sensitive, not null
     * @param failure  how the attempt failed, not null
     * @param attempt  which attempt this was, 1 for the first request
     * @return the attempt, never null
     * @throws IllegalArgumentException if {@code method} is not a token or {@code attempt} is below 1
     * @throws NullPointerException if {@code method} or {@code failure} is null
     */
    public static FailedAttempt ofTransportFailure(String method, TransportFailure failure, int attempt) {
        return ofTransportFailure(HttpMethod.of(method), failure, attempt);
    }

    /**
     * Returns a copy with the response's {@code Retry-After} header value.
     *
     * @param value  the header value as received, not null; invalid text is ignored by the advisor
     * @return a new attempt, never null
     * @throws IllegalStateException if the attempt got no response
     */
    public FailedAttempt withRetryAfter(String value) {
        Objects.requireNonNull(value, "value");
        requireResponse("Retry-After");
        return new FailedAttempt(method, status, failure, attempt, value, date, idempotencyKey, elapsed);
    }

    /**
     * Returns a copy with the response's {@code Date} header value, the reference for a
     * {@code Retry-After} date.
     *
     * @param value  the header value as received, not null; invalid text is ignored
     * @return a new attempt, never null
     * @throws IllegalStateException if the attempt got no response
     */
    public FailedAttempt withDate(String value) {
        Objects.requireNonNull(value, "value");
        requireResponse("Date");
        return new FailedAttempt(method, status, failure, attempt, retryAfter, value, idempotencyKey, elapsed);
    }

    /**
     * Returns a copy that says whether the request carried an {@code Idempotency-Key} header, which
     * makes a retry of a non-idempotent method safe when the server honours it.
     *
     * @param present  whether the header was sent
     * @return this attempt when unchanged, otherwise a new one, never null
     */
    public FailedAttempt withIdempotencyKey(boolean present) {
        return present == idempotencyKey ? this
                : new FailedAttempt(method, status, failure, attempt, retryAfter, date, present, elapsed);
    }

    /**
     * Returns a copy with the time the whole operation has taken so far, all attempts and waits.
     *
     * @param value  the time spent, zero or more, not null
     * @return a new attempt, never null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public FailedAttempt withElapsed(Duration value) {
        Objects.requireNonNull(value, "value");
        if (value.isNegative()) {
            throw new IllegalArgumentException("elapsed time cannot be negative: " + value);
        }
        return new FailedAttempt(method, status, failure, attempt, retryAfter, date, idempotencyKey, value);
    }

    /**
     * Returns the request method.
     *
     * @return the method, never null
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * Returns the response status.
     *
     * @return the status, never null
     * @throws IllegalStateException if the attempt got no response; see {@link #hasResponse()}
     */
    public HttpStatusInfo status() {
        if (status == null) {
            throw new IllegalStateException("no response: the attempt failed with " + failure);
        }
        return status;
    }

    /**
     * Returns whether the attempt got a response, so that {@link #status()} has one to return.
     *
     * @return true for an attempt made with {@code of}, false for one made with
     *         {@code ofTransportFailure}
     */
    public boolean hasResponse() {
        return status != null;
    }

    /**
     * Returns how the attempt failed when it got no response.
     *
     * @return the failure, or empty when a response came
     */
    public Optional<TransportFailure> transportFailure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Returns which attempt this was.
     *
     * @return 1 for the first request, 2 for the first retry, and so on
     */
    public int attempt() {
        return attempt;
    }

    /**
     * Returns the {@code Retry-After} header value, as received.
     *
     * @return the value, or empty when none was given
     */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Returns the {@code Date} header value, as received.
     *
     * @return the value, or empty when none was given
     */
    public Optional<String> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns whether the request carried an {@code Idempotency-Key} header.
     *
     * @return true when it did
     */
    public boolean hasIdempotencyKey() {
        return idempotencyKey;
    }

    /**
     * Returns the time the whole operation has taken so far.
     *
     * @return the time, zero or more, never null
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * Returns a summary such as {@code "attempt 2: POST -> 503 Service Unavailable"} or
     * {@code "attempt 1: GET -> TIMED_OUT"}; header values are not shown.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "attempt " + attempt + ": " + method + " -> " + outcome();
    }

    /** The status, or the transport failure when no response came. */
    String outcome() {
        return status != null ? status.toString() : failure.name();
    }

    private void requireResponse(String header) {
        if (status == null) {
            throw new IllegalStateException("no response, so no " + header + " header: the attempt failed with "
                    + failure);
        }
    }

    private static int checkedAttempt(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1: " + attempt);
        }
        return attempt;
    }
}
