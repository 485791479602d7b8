package io.github.httpstatus.redirect;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.internal.Durations;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link RedirectPolicy} decides for one 3xx response: {@link Follow} it with the next
 * request's details, or {@link Stop} with a reason.
 *
 * @implSpec Both implementations are immutable records and thread-safe.
 * @since 0.1.0
 */
public sealed interface RedirectDecision permits RedirectDecision.Follow, RedirectDecision.Stop {

    /**
     * Returns whether the advice is to follow the redirect.
     *
     * @return true for {@link Follow}
     */
    boolean shouldFollow();

    /**
     * Follow the redirect with this request.
     *
     * @param method          the next request's method, not null
     * @param target          the absolute {@code http} or {@code https} target, without user
     *                        information, not null
     * @param bodyKept        whether the next request sends the same content again
     * @param headers         the headers to send, not null
     * @param droppedHeaders  the lower-cased names of the headers removed for this hop, in the order
     *                        removed (credentials, {@code Host}, names dropped earlier in the chain,
     *                        content headers), not null
     * @param delay           how long to wait first ({@code Retry-After}), zero when none, not null
     * @param chain           the chain state to pass with the next response, not null
     * @implSpec This record is immutable and thread-safe. Its {@code toString} shows header names,
     *           never values, and the target without its query and fragment, which may carry tokens.
     * @since 0.1.0
     */
    record Follow(HttpMethod method, URI target, boolean bodyKept, Headers headers, Set<String> droppedHeaders,
            Duration delay, RedirectChain chain) implements RedirectDecision {

        /**
         * Checks the components.
         *
         * @param method          the next method
         * @param target          the target
         * @param bodyKept        whether the content is sent again
         * @param headers         the headers to send
         * @param droppedHeaders  the names removed, copied in their iteration order
         * @param delay           the wait, zero or more
         * @param chain           the next chain state
         * @throws NullPointerException if a component or a dropped name is null
         */
        public Follow {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(headers, "headers");
            Set<String> names = new LinkedHashSet<>(Objects.requireNonNull(droppedHeaders, "droppedHeaders"));
            if (names.contains(null)) {
                throw new NullPointerException("droppedHeaders holds null");
            }
            droppedHeaders = Collections.unmodifiableSet(names);
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(chain, "chain");
        }

        /**
         * Returns true: the advice is to follow.
         *
         * @return true
         */
        @Override
        public boolean shouldFollow() {
            return true;
        }

        /**
         * Returns the components in record form, the target shown without user information, query
         * or fragment, the headers by name only, and the delay in seconds.
         *
         * @return the readable form, never null
         */
        @Override
        public String toString() {
            return "Follow[method=" + method + ", target=" + RedirectRequest.forLog(target) + ", bodyKept=" + bodyKept
                    + ", headers=" + headers + ", droppedHeaders=" + droppedHeaders
                    + ", delay=" + Durations.inSeconds(delay)
                    + ", chain=" + chain + "]";
        }
    }

    /**
     * Do not follow; hand the 3xx response to the caller.
     *
     * @param reason   why, not null
     * @param message  the reason in words, safe to log: no header values, no user information,
     *                 no untrusted text unescaped; not null
     * @implSpec This record is immutable and thread-safe.
     * @since 0.1.0
     */
    record Stop(StopReason reason, String message) implements RedirectDecision {

        /**
         * Checks the components.
         *
         * @param reason   why
         * @param message  the reason in words
         * @throws NullPointerException if a component is null
         */
        public Stop {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        /**
         * Returns false: the advice is to stop.
         *
         * @return false
         */
        @Override
        public boolean shouldFollow() {
            return false;
        }
    }
}
