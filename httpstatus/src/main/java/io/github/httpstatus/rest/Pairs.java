package io.github.httpstatus.rest;

/** Which outcomes can happen for which operations, and why the others cannot. */
final class Pairs {

    private Pairs() {
    }

    /** Why {@code outcome} cannot happen for {@code operation}, or null when it can. */
    static String nonsense(Operation operation, Outcome outcome) {
        return switch (outcome) {
            case CREATED -> writes(operation) ? null : "only POST, PUT and PATCH create resources";
            case NOT_MODIFIED -> operation.isRead() ? null : "only a conditional GET can be answered 304";
            case DONE_WITH_NOTHING -> operation.isRead()
                    ? "a read returns a representation: an empty collection is one, a missing resource is NOT_FOUND" : null;
            case ACCEPTED_FOR_LATER -> operation.isRead() ? "a read is answered now" : null;
            case CONFLICT_DUPLICATE -> operation.isRead() || operation == Operation.DELETE
                    ? "only a request that creates or changes data can duplicate it" : null;
            case CONFLICT_STATE, STALE_VERSION -> operation.isRead() ? "a read does not change state" : null;
            case PRECONDITION_REQUIRED -> operation.isRead() || operation == Operation.CREATE
                    ? "only a change to an existing resource needs If-Match" : null;
            case VALIDATION_FAILED, UNSUPPORTED_MEDIA_TYPE, CONTENT_TOO_LARGE -> writes(operation)
                    ? null : operation + " (" + operation.method() + ") sends no content to check";
            case DONE, DONE_WITH_REPRESENTATION, NOT_AUTHENTICATED, NOT_ALLOWED, HIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED,
                    MALFORMED, NOT_ACCEPTABLE, RATE_LIMITED, UNAVAILABLE, UNEXPECTED_FAILURE -> null;
        };
    }

    /**
     * Whether the operation sends a representation or a patch to write: POST, PUT and PATCH. Only
     * they may create a resource (RFC 9110, sections 9.3.3 and 9.3.4; RFC 5789, section 2), and only
     * their content can fail validation, have the wrong type or be too large.
     */
    private static boolean writes(Operation operation) {
        return switch (operation) {
            case CREATE, REPLACE, UPDATE, ACTION -> true;
            case LIST, READ, DELETE -> false;
        };
    }
}
