package io.github.httpstatus.retry;

import io.github.httpstatus.HttpDate;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.Retryability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Decides whether to repeat a request after a failed response, or after an attempt that got no
 * response, and how long to wait first.
 *
 * <pre>{@code
 * RetryAdvisor advisor = RetryAdvisor.standard();
 * RetryDecision decision = advisor.advise(FailedAttempt.of("GET", 503, 1).withRetryAfter("2"));
 * decision.shouldRetry();                                  // true
 * ((RetryDecision.Retry) decision).delay();                // PT2S, the server's wish
 * advisor.advise(FailedAttempt.of("POST", 502, 1));        // GiveUp METHOD_NOT_IDEMPOTENT
 * }</pre>
 *
 * <h2 id="rules">Rules, in the order they are applied</h2>
 * <ol>
 *   <li><b>Status.</b> {@link HttpStatusInfo#retryability()} decides. {@code RETRYABLE} codes (408,
 *       421, 425, 429) mean the server did not act on the request, so any method may repeat it.
 *       {@code RETRYABLE_IF_IDEMPOTENT} codes (500, 502, 503, 504, unregistered 5xx) allow a retry
 *       only of an idempotent method, of a request that carried an {@code Idempotency-Key}, or when
 *       the policy {@linkplain Builder#retryNonIdempotent(boolean) allows it}
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110, section
 *       9.2.2</a>). Two conditions stay with the caller, since an advisor sees no connections: a
 *       421 is repeated over a different connection
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">section 15.5.20</a>), and
 *       a 425 never in TLS early data
 *       (<a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC 8470, section 5.2</a>).
 *       A 413 with a valid {@code Retry-After} is temporary
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">section 15.5.14</a>) and
 *       the server did not take the content, so it is retried like a {@code RETRYABLE} code.
 *       An attempt that got no response is judged by its {@link TransportFailure}:
 *       {@link TransportFailure#CONNECT_FAILED CONNECT_FAILED} never reached the server, so any
 *       method may repeat it; {@link TransportFailure#TIMED_OUT TIMED_OUT} and
 *       {@link TransportFailure#CONNECTION_CLOSED CONNECTION_CLOSED} may have been acted on, so
 *       they follow the idempotency rule of {@code RETRYABLE_IF_IDEMPOTENT}. The later rules apply
 *       to them as to responses, with backoff as the delay.</li>
 *   <li><b>Attempts.</b> At most {@link Builder#maxAttempts(int) maxAttempts} sends in all (3 by
 *       default: the request and two retries).</li>
 *   <li><b>Delay.</b> A valid {@code Retry-After}
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110, section
 *       10.2.3</a>) is honoured exactly, whichever retryable status carries it, counted from the
 *       response's {@code Date} when given; a delay above
 *       {@link Builder#maxServerDelay(Duration) maxServerDelay} (60 s by default) means give up,
 *       never retry earlier than asked. The RFCs define the field for 503, 429 and 413, but servers
 *       also send it with 500, 502 and 504 (Cloudflare does), and a client that retried such a
 *       response at its own pace would come back before the server asked. An invalid value counts as
 *       absent. Otherwise the delay is exponential backoff with full jitter:
 *       a random time from zero to {@code min(maxBackoff, baseDelay * 2^(attempt - 1))}, with
 *       {@code baseDelay} 100 ms and {@code maxBackoff} 20 s by default.</li>
 *   <li><b>Time budget.</b> When the time spent so far plus the delay would pass the
 *       {@link Builder#timeBudget(Duration) time budget} (1 minute by default), give up.</li>
 *   <li><b>Retry budget.</b> When a shared {@link RetryBudget} is set and cannot pay for the retry,
 *       give up.</li>
 * </ol>
 *
 * <p>All arithmetic saturates: no attempt number, header value or setting makes a delay negative
 * or larger than the larger of {@code maxBackoff} and {@code maxServerDelay}.
 *
 * @implSpec This class is immutable and thread-safe; the random source given to the builder must
 *           itself be safe to share if the advisor is shared. A retry budget, if set, is shared
 *           state by design and thread-safe.
 * @since 0.1.0
 */
public final class RetryAdvisor {

    private static final Duration LONGEST_SETTING = Duration.ofDays(1);
    private static final RetryAdvisor STANDARD = builder().build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxBackoff;
    private final Duration maxServerDelay;
    private final Duration timeBudget;
    private final boolean retryNonIdempotent;
    private final RetryBudget retryBudget;
    private final Clock clock;
    private final RandomGenerator random;

    private RetryAdvisor(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxBackoff = builder.maxBackoff;
        this.maxServerDelay = builder.maxServerDelay;
        this.timeBudget = builder.timeBudget;
        this.retryNonIdempotent = builder.retryNonIdempotent;
        this.retryBudget = builder.retryBudget;
        this.clock = builder.clock;
        this.random = builder.random;
    }

    /**
     * Returns the advisor with the default settings: 3 attempts, backoff from 100 ms capped at 20 s
     * with full jitter, server delays up to 60 s, a 1 minute time budget, no retry of
     * non-idempotent requests, no retry budget, the system UTC clock.
     *
     * @return the shared standard advisor, never null
     */
    public static RetryAdvisor standard() {
        return STANDARD;
    }

    /**
     * Returns a builder that starts from the default settings.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Advises on a failed attempt, with or without a response; see the <a href="#rules">rules</a>.
     *
     * @param failed  the attempt and its response, not null
     * @return the decision, never null
     * @throws NullPointerException if {@code failed} is null
     */
    public RetryDecision advise(FailedAttempt failed) {
        Objects.requireNonNull(failed, "failed");
        Optional<TransportFailure> failure = failed.transportFailure();
        Optional<RetryAfter> retryAfter = retryAfterFor(failed);
        RetryDecision.GiveUp refusal = failure.isPresent() ? refusal(failed, failure.get())
                : refusal(failed, failed.status(), retryAfter.isPresent());
        if (refusal != null) {
            return refusal;
        }
        if (failed.attempt() >= maxAttempts) {
            return giveUp(GiveUpReason.ATTEMPTS_EXHAUSTED,
                    "attempt " + failed.attempt() + " of at most " + maxAttempts + " failed with " + failed.outcome());
        }
        boolean fromServer = retryAfter.isPresent();
        Duration delay;
        if (fromServer) {
            delay = retryAfter.get().delayFrom(responseDate(failed), clock);
            if (delay.compareTo(maxServerDelay) > 0) {
                return giveUp(GiveUpReason.SERVER_DELAY_BEYOND_CAP, "the server asked to wait " + delay.getSeconds()
                        + " s, more than the " + maxServerDelay.toMillis() + " ms this policy accepts");
            }
        } else {
            delay = backoff(failed.attempt());
        }
        if (delay.compareTo(timeBudget.minus(failed.elapsed())) > 0) {
            return giveUp(GiveUpReason.TIME_BUDGET_EXHAUSTED, "waiting " + millis(delay) + " ms after "
                    + millis(failed.elapsed()) + " ms would pass the time budget of " + millis(timeBudget) + " ms");
        }
        if (retryBudget != null && !retryBudget.tryAcquireRetry()) {
            return giveUp(GiveUpReason.RETRY_BUDGET_EXHAUSTED, "the retry budget is spent: " + retryBudget);
        }
        return new RetryDecision.Retry(delay, fromServer);
    }

    /**
     * Records a successful response, returning tokens to the retry budget if there is one. Call it
     * after every success, first attempt or retry.
     */
    public void recordSuccess() {
        if (retryBudget != null) {
            retryBudget.recordSuccess();
        }
    }

    /**
     * Returns the largest delay this advisor can advise: the larger of the backoff cap and the server
     * delay cap.
     *
     * @return the cap, never null
     */
    public Duration maxDelay() {
        return maxBackoff.compareTo(maxServerDelay) >= 0 ? maxBackoff : maxServerDelay;
    }

    /**
     * Returns the most sends in all, the first request included.
     *
     * @return the attempt limit, at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the retry budget, if one is shared through this advisor.
     *
     * @return the budget, or empty
     */
    public Optional<RetryBudget> retryBudget() {
        return Optional.ofNullable(retryBudget);
    }

    /**
     * Returns the settings, such as {@code "RetryAdvisor[3 attempts, backoff 100 ms..20000 ms, ...]"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "RetryAdvisor[" + maxAttempts + " attempts, backoff " + baseDelay.toMillis() + " ms.."
                + maxBackoff.toMillis() + " ms, server delay up to " + maxServerDelay.toMillis() + " ms, budget "
                + millis(timeBudget) + " ms" + (retryNonIdempotent ? ", retries non-idempotent requests" : "")
                + (retryBudget == null ? "" : ", " + retryBudget) + "]";
    }

    /** Rule 1 for a response: whether its status allows a retry of this request; null when it does. */
    private RetryDecision.GiveUp refusal(FailedAttempt failed, HttpStatusInfo status, boolean hasRetryAfter) {
        Retryability retryability = status.code() == 413 && hasRetryAfter ? Retryability.RETRYABLE
                : status.retryability();
        return switch (retryability) {
            case NOT_RETRYABLE -> giveUp(GiveUpReason.STATUS_NOT_RETRYABLE, status + " is not a status to retry"
                    + (status.code() == 413 ? " without a valid Retry-After" : ""));
            case RETRYABLE_IF_IDEMPOTENT -> idempotencyRefusal(failed, status.toString());
            case RETRYABLE -> null;
        };
    }

    /** Rule 1 without a response: only a request that never reached the server is safe for any method. */
    private RetryDecision.GiveUp refusal(FailedAttempt failed, TransportFailure failure) {
        return switch (failure) {
            case CONNECT_FAILED -> null;
            case TIMED_OUT, CONNECTION_CLOSED -> idempotencyRefusal(failed, failure.name());
        };
    }

    private RetryDecision.GiveUp idempotencyRefusal(FailedAttempt failed, String outcome) {
        return failed.method().isIdempotent() || failed.hasIdempotencyKey() || retryNonIdempotent ? null
                : giveUp(GiveUpReason.METHOD_NOT_IDEMPOTENT, outcome
                        + " allows a retry only of an idempotent request, and " + failed.method()
                        + " without an Idempotency-Key is not idempotent (RFC 9110, section 9.2.2)");
    }

    /** The server's valid {@code Retry-After}, whatever the status; an invalid one counts as absent. */
    private Optional<RetryAfter> retryAfterFor(FailedAttempt failed) {
        return failed.retryAfter().flatMap(value -> RetryAfter.tryParse(value, clock));
    }

    private Optional<Instant> responseDate(FailedAttempt failed) {
        return failed.date().flatMap(date -> HttpDate.tryParse(date, clock));
    }

    /** Full jitter: uniform in [0, min(maxBackoff, baseDelay * 2^(attempt - 1))], saturating. */
    private Duration backoff(int attempt) {
        long cap = maxBackoff.toNanos();
        long base = baseDelay.toNanos();
        int shift = attempt - 1;
        long ceiling = shift >= 62 || base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        RandomGenerator source = random != null ? random : ThreadLocalRandom.current();
        return Duration.ofNanos(ceiling == 0 ? 0 : source.nextLong(ceiling + 1));
    }

    /** Milliseconds for messages, saturating where {@link Duration#toMillis()} would overflow. */
    private static long millis(Duration duration) {
        return duration.getSeconds() >= Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : duration.toMillis();
    }

    private static RetryDecision.GiveUp giveUp(GiveUpReason reason, String message) {
        return new RetryDecision.GiveUp(reason, message);
    }

    /**
     * Sets up a {@link RetryAdvisor}. Every setter checks its value at once and names it when it is
     * out of range.
     *
     * @implSpec A builder is not thread-safe; the advisors it builds are.
     * @since 0.1.0
     */
    public static final class Builder {

        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private Duration maxServerDelay = Duration.ofSeconds(60);
        private Duration timeBudget = Duration.ofMinutes(1);
        private boolean retryNonIdempotent;
        private RetryBudget retryBudget;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random;

        private Builder() {
        }

        /**
         * Sets the most sends in all, the first request included (3 by default).
         *
         * @param value  1 or more; 1 means never retry
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /**
         * Sets the backoff before the first retry, doubled for each later one (100 ms by default).
         *
         * @param value  from zero to one day, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder baseDelay(Duration value) {
            this.baseDelay = checked("baseDelay", value, LONGEST_SETTING);
            return this;
        }

        /**
         * Sets the cap on the backoff (20 s by default).
         *
         * @param value  from zero to one day, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder maxBackoff(Duration value) {
            this.maxBackoff = checked("maxBackoff", value, LONGEST_SETTING);
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} delay honoured (60 s by default); a longer one means
         * give up.
         *
         * @param value  from zero to one day, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder maxServerDelay(Duration value) {
            this.maxServerDelay = checked("maxServerDelay", value, LONGEST_SETTING);
            return this;
        }

        /**
         * Sets the time the whole operation may take, attempts and waits together (1 minute by
         * default).
         *
         * @param value  zero or more, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Builder timeBudget(Duration value) {
            this.timeBudget = checked("timeBudget", value, null);
            return this;
        }

        /**
         * Sets whether to retry non-idempotent requests on {@code RETRYABLE_IF_IDEMPOTENT} statuses,
         * for callers that know their requests are safe to repeat (false by default).
         *
         * @param value  true to allow it
         * @return this builder
         */
        public Builder retryNonIdempotent(boolean value) {
            this.retryNonIdempotent = value;
            return this;
        }

        /**
         * Sets a retry budget to share between the requests this advisor advises on.
         *
         * @param value  the budget, not null
         * @return this builder
         */
        public Builder retryBudget(RetryBudget value) {
            this.retryBudget = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the clock that a {@code Retry-After} date is measured against when the response has no
         * valid {@code Date} (the system UTC clock by default).
         *
         * @param value  the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the random source of the jitter (by default each thread's {@link ThreadLocalRandom}).
         *
         * @param value  the source, not null; shared by every thread that uses the advisor
         * @return this builder
         */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the advisor.
         *
         * @return a new advisor, never null
         */
        public RetryAdvisor build() {
            return new RetryAdvisor(this);
        }

        private static Duration checked(String name, Duration value, Duration longest) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || longest != null && value.compareTo(longest) > 0) {
                throw new IllegalArgumentException(name + " must be from zero"
                        + (longest == null ? "" : " to " + longest) + ": " + value);
            }
            return value;
        }
    }
}
