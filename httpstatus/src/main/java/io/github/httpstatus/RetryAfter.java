package io.github.httpstatus;

import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Durations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a {@code Retry-After} header field: how long the user agent is asked to wait, as a
 * number of seconds or as an HTTP-date
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110, section 10.2.3</a>).
 *
 * <pre>{@code
 * RetryAfter.tryParse("120");                            // Optional[Retry-After: 120]
 * RetryAfter.tryParse("120").get().delayFrom(clock);     // PT2M
 * RetryAfter.tryParse("Fri, 31 Dec 1999 23:59:59 GMT");  // a date; delayFrom(now) is zero: past
 * RetryAfter.tryParse("+5");                             // Optional.empty()
 * RetryAfter.tryParse("99999999999");                    // 2147483648 seconds: saturated
 * RetryAfter.ofSeconds(30).toHeaderValue();              // "30", for servers
 * }</pre>
 *
 * <h2 id="grammar">What is accepted</h2>
 * <ul>
 *   <li>{@code delay-seconds = 1*DIGIT}: ASCII digits only. A sign, a fraction, an exponent, an
 *       underscore, other digits (Arabic-Indic, full-width) or an inner space make the value invalid,
 *       never a guess. A value above {@value #MAX_DELAY_SECONDS} seconds (about 68 years) is read as
 *       that maximum, so "wait longer than can be counted" never wraps into "retry now"; this follows
 *       the delta-seconds rule of
 *       <a href="https://www.rfc-editor.org/rfc/rfc9111#section-1.2.2">RFC 9111, section 1.2.2</a>.</li>
 *   <li>An HTTP-date in any of its three forms, read by {@link HttpDate} with the choices listed
 *       there.</li>
 *   <li>Optional whitespace before and after the value: SP and HTAB only.</li>
 * </ul>
 *
 * <p>Invalid text gives an empty result, never an exception: a client should then act as if the
 * header were absent. A date converts to a delay against a reference instant, best the response's
 * {@code Date} header (so clock skew between client and server does not matter), else a clock; a
 * date in the past means no delay.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RetryAfter {

    /** The largest delay kept, in seconds (2<sup>31</sup>); larger values saturate to it. */
    public static final long MAX_DELAY_SECONDS = 2_147_483_648L;

    /** Delay in seconds, or -1 for a date. */
    private final long seconds;
    /** The date, or null for a delay. */
    private final Instant date;

    private RetryAfter(long seconds, Instant date) {
        this.seconds = seconds;
        this.date = date;
    }

    /**
     * Parses a {@code Retry-After} value; see the <a href="#grammar">grammar</a> above.
     *
     * @param text  the header value, not null
     * @return the value, or empty when {@code text} is not a valid {@code Retry-After} value
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<RetryAfter> tryParse(CharSequence text) {
        return tryParse(text, Clock.systemUTC());
    }

    /**
     * Parses a {@code Retry-After} value, placing an RFC 850 two-digit year against {@code clock}.
     *
     * @param text   the header value, not null
     * @param clock  the clock that gives the current instant, not null
     * @return the value, or empty when {@code text} is not a valid {@code Retry-After} value
     * @throws NullPointerException if an argument is null
     */
    public static Optional<RetryAfter> tryParse(CharSequence text, Clock clock) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(clock, "clock");
        int from = Ascii.skipOws(text, 0, text.length());
        int to = Ascii.skipOwsBackwards(text, from, text.length());
        if (from == to) {
            return Optional.empty();
        }
        if (Ascii.isDigit(text.charAt(from))) {
            long value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (!Ascii.isDigit(c)) {
                    return Optional.empty();
                }
                // Saturate instead of overflowing: the cap is far below Long.MAX_VALUE / 10.
                value = Math.min(value * 10 + (c - '0'), MAX_DELAY_SECONDS);
            }
            return Optional.of(new RetryAfter(value, null));
        }
        long epochSeconds = HttpDateParser.parse(text, from, to, clock, null);
        return epochSeconds == HttpDateParser.INVALID
                ? Optional.empty()
                : Optional.of(new RetryAfter(-1, Instant.ofEpochSecond(epochSeconds)));
    }

    /**
     * Returns a delay of whole seconds, for a server to send.
     *
     * @param seconds  the delay, zero or more; values above {@value #MAX_DELAY_SECONDS} saturate
     * @return the value, never null
     * @throws IllegalArgumentException if {@code seconds} is negative
     */
    public static RetryAfter ofSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a Retry-After delay cannot be negative: " + seconds + " s");
        }
        return new RetryAfter(Math.min(seconds, MAX_DELAY_SECONDS), null);
    }

    /**
     * Returns a delay, rounded up to whole seconds so that a client never comes back early.
     *
     * @param delay  the delay, zero or more, not null
     * @return the value, never null
     * @throws IllegalArgumentException if {@code delay} is negative
     * @throws NullPointerException if {@code delay} is null
     */
    public static RetryAfter ofDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a Retry-After delay cannot be negative: " + Durations.inSeconds(delay));
        }
        long whole = delay.getSeconds();
        return ofSeconds(delay.getNano() > 0 && whole < MAX_DELAY_SECONDS ? whole + 1 : whole);
    }

    /**
     * Returns a date after which the client may try again. Fractions of a second are dropped, as the
     * HTTP-date form cannot carry them.
     *
     * @param date  the date, in the years 0000..9999 that an HTTP-date can show, not null
     * @return the value, never null
     * @throws IllegalArgumentException if {@code date} cannot be written as an HTTP-date
     * @throws NullPointerException if {@code date} is null
     */
    public static RetryAfter ofDate(Instant date) {
        Objects.requireNonNull(date, "date");
        HttpDate.format(date); // fails early, naming the date, when it cannot be sent
        return new RetryAfter(-1, Instant.ofEpochSecond(date.getEpochSecond()));
    }

    /**
     * Returns whether this value is a date rather than a number of seconds.
     *
     * @return true for the HTTP-date form
     */
    public boolean isDate() {
        return date != null;
    }

    /**
     * Returns the delay, for the delay-seconds form.
     *
     * @return the delay, or empty for the date form
     */
    public Optional<Duration> delay() {
        return date == null ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }

    /**
     * Returns the date, for the HTTP-date form.
     *
     * @return the date, or empty for the delay-seconds form
     */
    public Optional<Instant> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns how long to wait, counted from {@code reference}: the delay as it is, or the time
     * from {@code reference} to the date, zero when the date is not after it, and never more than
     * {@value #MAX_DELAY_SECONDS} seconds.
     *
     * @param reference  the instant to count from, best the response's {@code Date}, not null
     * @return the delay, zero or more, never null
     * @throws NullPointerException if {@code reference} is null
     */
    public Duration delayFrom(Instant reference) {
        Objects.requireNonNull(reference, "reference");
        if (date == null) {
            return Duration.ofSeconds(seconds);
        }
        long between = date.getEpochSecond() - reference.getEpochSecond();
        if (between <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(Math.min(between, MAX_DELAY_SECONDS));
    }

    /**
     * Returns how long to wait, counted from the clock's current instant.
     *
     * @param clock  the clock, not null
     * @return the delay, zero or more, never null
     * @throws NullPointerException if {@code clock} is null
     */
    public Duration delayFrom(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return date == null ? Duration.ofSeconds(seconds) : delayFrom(clock.instant());
    }

    /**
     * Returns how long to wait, counted from the response's {@code Date} when it is known, otherwise
     * from the clock: the server's own clock is the right reference for a date it sent.
     *
     * @param responseDate  the parsed {@code Date} header of the same response, or empty, not null
     * @param clock         the clock for when there is no {@code Date}, not null
     * @return the delay, zero or more, never null
     * @throws NullPointerException if an argument is null
     */
    public Duration delayFrom(Optional<Instant> responseDate, Clock clock) {
        Objects.requireNonNull(responseDate, "responseDate");
        Objects.requireNonNull(clock, "clock");
        return responseDate.isPresent() ? delayFrom(responseDate.get()) : delayFrom(clock);
    }

    /**
     * Returns the header value to send: the number of seconds, or the date as an IMF-fixdate.
     *
     * @return the wire form, never null
     */
    public String toHeaderValue() {
        return date == null ? Long.toString(seconds) : HttpDate.format(date);
    }

    /**
     * Compares by form and value.
     *
     * @param other  the other object
     * @return true for the same delay or the same date
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RetryAfter && ((RetryAfter) other).seconds == seconds
                && Objects.equals(((RetryAfter) other).date, date);
    }

    /**
     * Returns a hash code of the form and value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return date == null ? Long.hashCode(seconds) : date.hashCode();
    }

    /**
     * Returns the header as it would be sent, such as {@code "Retry-After: 120"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "Retry-After: " + toHeaderValue();
    }
}
