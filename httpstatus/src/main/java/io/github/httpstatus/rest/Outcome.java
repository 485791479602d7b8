package io.github.httpstatus.rest;

/**
 * How an operation ended, in the words of the code that handled it.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Outcome {

    /** It worked; answer the usual way for the operation (the common CRUD table). */
    DONE,
    /** It worked and the response carries a representation (for DELETE, of what was deleted). */
    DONE_WITH_REPRESENTATION,
    /** It worked and there is nothing to return. */
    DONE_WITH_NOTHING,
    /** A new resource was created (by POST, or by PUT at a new URI). */
    CREATED,
    /** The work was accepted and will finish later. */
    ACCEPTED_FOR_LATER,
    /** A conditional GET matched: the client's copy is current. */
    NOT_MODIFIED,
    /** The request has no valid credentials. */
    NOT_AUTHENTICATED,
    /** The client is known and not allowed to do this. */
    NOT_ALLOWED,
    /** Not allowed, and the resource's existence must not be revealed: answer as if it did not exist. */
    HIDDEN,
    /** The target resource does not exist. */
    NOT_FOUND,
    /** The resource exists but does not support this method. */
    METHOD_NOT_ALLOWED,
    /** The resource to create already exists. */
    CONFLICT_DUPLICATE,
    /** The request clashes with the resource's current state. */
    CONFLICT_STATE,
    /** An {@code If-Match} (or other precondition) named a version that is no longer current. */
    STALE_VERSION,
    /** The server requires a conditional request (If-Match) for this change. */
    PRECONDITION_REQUIRED,
    /** The request is malformed: bad syntax, framing or parameters. */
    MALFORMED,
    /** The content is well formed but breaks the rules of its meaning (validation). */
    VALIDATION_FAILED,
    /** The content's media type is not accepted here. */
    UNSUPPORTED_MEDIA_TYPE,
    /** No representation matches the request's Accept headers. */
    NOT_ACCEPTABLE,
    /** The content is larger than the server will take. */
    CONTENT_TOO_LARGE,
    /** The client has sent too many requests. */
    RATE_LIMITED,
    /** The service is down or overloaded for a while. */
    UNAVAILABLE,
    /** Something failed that the server did not expect. */
    UNEXPECTED_FAILURE
}
