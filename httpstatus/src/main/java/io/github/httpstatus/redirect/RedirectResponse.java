package io.github.httpstatus.redirect;

import io.github.httpstatus.HttpStatusInfo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a 3xx response that decide a redirect: the status, every {@code Location} value
 * received, and the {@code Retry-After} and {@code Date} values if any.
 *
 * <pre>{@code
 * HttpHeaders received = httpResponse.headers();
 * RedirectResponse response = RedirectResponse.of(httpResponse.statusCode(), received.allValues("Location"));
 * response = received.firstValue("Retry-After").map(response::withRetryAfter).orElse(response);
 * response = received.firstValue("Date").map(response::withDate).orElse(response);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RedirectResponse {

    private final HttpStatusInfo status;
    private final List<String> locations;
    private final String retryAfter;
    private final String date;

    private RedirectResponse(HttpStatusInfo status, List<String> locations, String retryAfter, String date) {
        this.status = status;
        this.locations = locations;
        this.retryAfter = retryAfter;
        this.date = date;
    }

    /**
     * Returns a response.
     *
     * @param status     the received status code, any int; invalid codes are read as 500
     * @param locations  every {@code Location} value received, possibly none, not null
     * @return the response, never null
     * @throws NullPointerException if {@code locations} or a value is null
     */
    public static RedirectResponse of(int status, List<String> locations) {
        return new RedirectResponse(HttpStatusInfo.ofReceived(status), List.copyOf(locations), null, null);
    }

    /**
     * Returns a response with a status already read.
     *
     * @param status     the status, not null
     * @param locations  every {@code Location} value received, possibly none, not null
     * @return the response, never null
     * @throws NullPointerException if an argument or a value is null
     */
    public static RedirectResponse of(HttpStatusInfo status, List<String> locations) {
        return new RedirectResponse(Objects.requireNonNull(status, "status"), List.copyOf(locations), null, null);
    }

    /**
     * Returns a copy with the {@code Retry-After} value received. The policy reads it with
     * {@link io.github.httpstatus.RetryAfter#tryParse(CharSequence, java.time.Clock)}; a value that
     * does not parse is ignored, and the redirect is followed without a delay.
     *
     * @param value  the header value, not null
     * @return a new response, never null
     * @throws NullPointerException if {@code value} is null
     */
    public RedirectResponse withRetryAfter(String value) {
        return new RedirectResponse(status, locations, Objects.requireNonNull(value, "value"), date);
    }

    /**
     * Returns a copy with the {@code Date} value received: a {@code Retry-After} date is counted from
     * it, since the server wrote both with its own clock
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-6.6.1">RFC 9110, section 6.6.1</a>).
     * The policy reads it with {@link io.github.httpstatus.HttpDate#tryParse(CharSequence, java.time.Clock)};
     * without one, or when it does not parse, the policy's clock is the reference.
     *
     * @param value  the header value, not null
     * @return a new response, never null
     * @throws NullPointerException if {@code value} is null
     */
    public RedirectResponse withDate(String value) {
        return new RedirectResponse(status, locations, retryAfter, Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns the status.
     *
     * @return the status, never null
     */
    public HttpStatusInfo status() {
        return status;
    }

    /**
     * Returns the {@code Location} values, as received.
     *
     * @return an unmodifiable list, never null
     */
    public List<String> locations() {
        return locations;
    }

    /**
     * Returns the {@code Retry-After} value.
     *
     * @return the value, or empty
     */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Returns the {@code Date} value.
     *
     * @return the value, or empty
     */
    public Optional<String> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns the status and the number of {@code Location} values; values are not shown.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return status + " with " + locations.size() + " Location value(s)";
    }
}
