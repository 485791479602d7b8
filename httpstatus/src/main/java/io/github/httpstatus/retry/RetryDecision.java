package io.github.httpstatus.retry;

import io.github.httpstatus.internal.Durations;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link RetryAdvisor} advises after a failed attempt: {@link Retry} after a delay, or
 * {@link GiveUp} with a reason.
 *
 * <pre>{@code
 * switch (advisor.advise(attempt)) {
 *     case RetryDecision.Retry retry -> sleep(retry.delay());      // Java 21 pattern switch
 *     case RetryDecision.GiveUp giveUp -> log(giveUp.message());
 * }
 * }</pre>
 *
 * @implSpec Both implementations are immutable records and thread-safe.
 * @since 0.1.0
 */
public sealed interface RetryDecision permits RetryDecision.Retry, RetryDecision.GiveUp {

    /**
     * Returns whether the advice is to repeat the request.
     *
     * @return true for {@link Retry}
     */
    boolean shouldRetry();

    /**
     * Repeat the request after {@code delay}.
     *
     * @param delay        how long to wait before the next attempt, zero or more, not null
     * @param fromServer   whether the delay is the server's {@code Retry-After} rather than backoff
     * @implSpec This record is immutable and thread-safe.
     * @since 0.1.0
     */
    record Retry(Duration delay, boolean fromServer) implements RetryDecision {

        /**
         * Checks the delay.
         *
         * @param delay       how long to wait, zero or more
         * @param fromServer  whether the delay is the server's
         * @throws NullPointerException if {@code delay} is null
         * @throws IllegalArgumentException if {@code delay} is negative
         */
        public Retry {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a retry delay cannot be negative: " + Durations.inSeconds(delay));
            }
        }

        /**
         * Returns true: the advice is to retry.
         *
         * @return true
         */
        @Override
        public boolean shouldRetry() {
            return true;
        }
    }

    /**
     * Do not repeat the request.
     *
     * @param reason   why, not null
     * @param message  the reason in words with the figures that decided it, safe to log, not null
     * @implSpec This record is immutable and thread-safe.
     * @since 0.1.0
     */
    record GiveUp(GiveUpReason reason, String message) implements RetryDecision {

        /**
         * Checks the components.
         *
         * @param reason   why
         * @param message  the reason in words
         * @throws NullPointerException if a component is null
         */
        public GiveUp {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        /**
         * Returns false: the advice is to give up.
         *
         * @return false
         */
        @Override
        public boolean shouldRetry() {
            return false;
        }
    }
}
