package io.github.httpstatus.redirect;

/**
 * Why a {@link RedirectPolicy} says not to follow a response.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum StopReason {

    /** The status is not one that is followed automatically (see {@code HttpStatusInfo.isRedirect()}). */
    NOT_A_REDIRECT,

    /** The response has no {@code Location}, so there is nowhere to go. */
    MISSING_LOCATION,

    /**
     * The response has several different {@code Location} values; the field is not a list, and
     * picking one would be a guess (Fetch, "location URL": more than one value is a failure).
     */
    AMBIGUOUS_LOCATION,

    /** The {@code Location} is not a URI reference that every parser reads the same way. */
    INVALID_LOCATION,

    /** The target's scheme is not {@code http} or {@code https}. */
    SCHEME_NOT_ALLOWED,

    /** The redirect goes from {@code https} to {@code http}, which the policy refuses. */
    DOWNGRADE_REFUSED,

    /** The chain has reached the policy's redirect limit. */
    TOO_MANY_REDIRECTS,

    /** The next request (method and target) was already made in this chain. */
    LOOP,

    /** The redirect keeps the content, and the content cannot be sent again. */
    BODY_NOT_REPLAYABLE,

    /**
     * The redirect's {@code Retry-After} asks for a longer wait than the policy accepts (see
     * {@code RedirectPolicy.Builder.maxRetryAfter}); following sooner would come back before the
     * server asked.
     */
    RETRY_AFTER_BEYOND_CAP
}
