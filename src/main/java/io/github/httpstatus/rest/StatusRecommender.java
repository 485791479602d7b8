package io.github.httpstatus.rest;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.SpecReference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Recommends the status an HTTP API endpoint should return for an operation and its outcome.
 *
 * <pre>{@code
 * StatusRecommender rest = StatusRecommender.standard();
 * rest.recommend(Operation.CREATE, Outcome.DONE);       // 201 Created [Location, ETag] with content
 * rest.recommend(Operation.DELETE, Outcome.DONE);       // 204 No Content
 * rest.recommend(Operation.CREATE, Outcome.CONFLICT_DUPLICATE);  // 409 Conflict
 * rest.recommend(Operation.LIST, Outcome.CREATED);      // IllegalArgumentException: no sense together
 * }</pre>
 *
 * <h2 id="table">The common CRUD table</h2>
 * <table>
 *   <caption>Default success status and usual errors</caption>
 *   <tr><th>operation</th><th>success</th><th>usual errors</th></tr>
 *   <tr><td>LIST (GET)</td><td>200</td><td>401, 403</td></tr>
 *   <tr><td>READ (GET)</td><td>200</td><td>401, 403, 404</td></tr>
 *   <tr><td>CREATE (POST)</td><td>201</td><td>400, 409, 422</td></tr>
 *   <tr><td>REPLACE (PUT)</td><td>200 (201 when it creates)</td><td>400, 404, 409</td></tr>
 *   <tr><td>UPDATE (PATCH)</td><td>200</td><td>400, 404, 422</td></tr>
 *   <tr><td>DELETE (DELETE)</td><td>204 (200 with the deleted representation)</td><td>401, 403, 404</td></tr>
 *   <tr><td>ACTION (POST)</td><td>200 (202 when it finishes later)</td><td>400, 409, 422</td></tr>
 * </table>
 *
 * <p>Matters of style are options: whether a failed validation is 422 (the content is well formed
 * but its meaning is wrong, <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC
 * 9110, section 15.5.21</a>; the default) or 400; whether a successful PUT or PATCH returns the
 * representation (200, the default) or nothing (204); whether DELETE returns nothing (204, the
 * default) or the deleted representation (200).
 *
 * <p>An operation and outcome that make no sense together, such as a list that created something
 * or a DELETE whose content failed validation, get an {@link IllegalArgumentException} naming both,
 * never a guess.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class StatusRecommender {

    private static final StatusRecommender STANDARD = builder().build();
    private static final Set<Operation> WITH_CONTENT = EnumSet.of(Operation.CREATE, Operation.REPLACE,
            Operation.UPDATE, Operation.ACTION);
    private static final Set<Operation> CHANGES = EnumSet.complementOf(EnumSet.of(Operation.LIST, Operation.READ));

    private final int validationStatus;
    private final boolean updatesReturnContent;
    private final boolean deleteReturnsContent;

    private StatusRecommender(Builder builder) {
        this.validationStatus = builder.validationStatus;
        this.updatesReturnContent = builder.updatesReturnContent;
        this.deleteReturnsContent = builder.deleteReturnsContent;
    }

    /**
     * Returns the recommender with the default style: 422 for validation, 200 with the
     * representation for PUT and PATCH, 204 for DELETE.
     *
     * @return the shared standard recommender, never null
     */
    public static StatusRecommender standard() {
        return STANDARD;
    }

    /**
     * Returns a builder that starts from the default style.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Recommends the status for an operation and its outcome.
     *
     * @param operation  what the endpoint does, not null
     * @param outcome    how it ended, not null
     * @return the recommendation, never null
     * @throws IllegalArgumentException if the outcome cannot happen for the operation; the message
     *         names both
     * @throws NullPointerException if an argument is null
     */
    public Recommendation recommend(Operation operation, Outcome outcome) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        String nonsense = nonsense(operation, outcome);
        if (nonsense != null) {
            throw new IllegalArgumentException(operation + " with outcome " + outcome + " makes no sense: " + nonsense);
        }
        return switch (outcome) {
            case DONE -> done(operation);
            case DONE_WITH_REPRESENTATION -> operation == Operation.CREATE
                    ? of(201, operation, true, "a created resource is announced with 201 and its Location")
                    : of(200, operation, true, "the request worked and the response carries the representation");
            case DONE_WITH_NOTHING -> operation == Operation.CREATE
                    ? of(201, operation, false, "a created resource is announced with 201 and its Location, even with nothing to return")
                    : of(204, operation, false, "the request worked and there is nothing to send back");
            case CREATED -> of(201, operation, true, "a new resource was created; Location identifies it");
            case ACCEPTED_FOR_LATER -> of(202, operation, true,
                    "the work was accepted and finishes later; point Location at a status monitor");
            case NOT_MODIFIED -> of(304, operation, false, "the client's cached copy is current; send the validators, not content");
            case NOT_AUTHENTICATED -> of(401, operation, true, "no valid credentials; WWW-Authenticate says how to authenticate");
            case NOT_ALLOWED -> of(403, operation, true, "the client is known and not allowed; new credentials will not help");
            case HIDDEN -> new Recommendation(HttpStatusInfo.of(404), List.of(), true,
                    "a server that must not reveal a forbidden resource may answer 404 instead of 403",
                    SpecReference.rfc(9110, "15.5.4"));
            case NOT_FOUND -> of(404, operation, true, "the target resource does not exist");
            case METHOD_NOT_ALLOWED -> of(405, operation, true, "the resource does not support this method; Allow lists those it does");
            case CONFLICT_DUPLICATE -> of(409, operation, true, "the resource already exists; say which one in the content");
            case CONFLICT_STATE -> of(409, operation, true, "the request clashes with the resource's current state");
            case STALE_VERSION -> of(412, operation, true, "If-Match named a version that is no longer current");
            case PRECONDITION_REQUIRED -> of(428, operation, true,
                    "this change must be conditional (If-Match), so that updates are not lost");
            case MALFORMED -> of(400, operation, true, "the request is malformed (syntax); 422 is for well-formed content with wrong meaning");
            case VALIDATION_FAILED -> validationStatus == 422
                    ? of(422, operation, true, "the content is well formed but its meaning is wrong (validation)")
                    : of(400, operation, true, "validation failures answered as bad requests (style option; 422 is more precise)");
            case UNSUPPORTED_MEDIA_TYPE -> of(415, operation, true, "the content type is not accepted here; say which are");
            case NOT_ACCEPTABLE -> of(406, operation, true, "no representation matches the Accept headers");
            case CONTENT_TOO_LARGE -> of(413, operation, true, "the content is larger than the server will take");
            case RATE_LIMITED -> of(429, operation, true, "too many requests; Retry-After says when to come back");
            case UNAVAILABLE -> of(503, operation, true, "the service is down or overloaded for a while; Retry-After says how long");
            case UNEXPECTED_FAILURE -> of(500, operation, true, "an unexpected failure; do not reveal internals in the content");
        };
    }

    private Recommendation done(Operation operation) {
        return switch (operation) {
            case LIST -> of(200, operation, true, "the collection's representation");
            case READ -> of(200, operation, true, "the resource's representation, with validators");
            case CREATE -> of(201, operation, true, "a new resource was created; Location identifies it");
            case REPLACE, UPDATE -> updatesReturnContent
                    ? of(200, operation, true, "the change worked; the response carries the new representation")
                    : of(204, operation, false, "the change worked; nothing to send back (style option)");
            case DELETE -> deleteReturnsContent
                    ? of(200, operation, true, "deleted; the response carries what was deleted (style option)")
                    : of(204, operation, false, "deleted; nothing to send back");
            case ACTION -> of(200, operation, true, "the action ran; the response carries its result");
        };
    }

    /** Why the pair cannot happen, or null when it can. */
    private static String nonsense(Operation operation, Outcome outcome) {
        return switch (outcome) {
            case CREATED -> operation == Operation.CREATE || operation == Operation.REPLACE || operation == Operation.ACTION
                    ? null : "only POST and PUT create resources";
            case NOT_MODIFIED -> operation.isRead() ? null : "only a conditional GET can be answered 304";
            case DONE_WITH_NOTHING -> operation.isRead() ? "a read returns a representation; use NOT_FOUND when there is none" : null;
            case ACCEPTED_FOR_LATER -> operation.isRead() ? "a read is answered now" : null;
            case CONFLICT_DUPLICATE -> operation.isRead() || operation == Operation.DELETE
                    ? "only a request that creates or changes data can duplicate it" : null;
            case CONFLICT_STATE, STALE_VERSION -> CHANGES.contains(operation) ? null : "a read does not change state";
            case PRECONDITION_REQUIRED -> CHANGES.contains(operation) && operation != Operation.CREATE
                    ? null : "only a change to an existing resource needs If-Match";
            case VALIDATION_FAILED, UNSUPPORTED_MEDIA_TYPE, CONTENT_TOO_LARGE -> WITH_CONTENT.contains(operation)
                    ? null : operation + " (" + operation.method() + ") sends no content to check";
            case DONE, DONE_WITH_REPRESENTATION, NOT_AUTHENTICATED, NOT_ALLOWED, HIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED,
                    MALFORMED, NOT_ACCEPTABLE, RATE_LIMITED, UNAVAILABLE, UNEXPECTED_FAILURE -> null;
        };
    }

    private static Recommendation of(int code, Operation operation, boolean sendContent, String reason) {
        HttpStatusInfo status = HttpStatusInfo.of(code);
        return new Recommendation(status, headers(code, operation), sendContent, reason, status.specReference());
    }

    private static List<String> headers(int code, Operation operation) {
        List<String> headers = new ArrayList<>();
        switch (code) {
            case 200, 201 -> {
                if (code == 201) {
                    headers.add("Location");
                }
                if (operation != Operation.ACTION && operation != Operation.LIST && operation != Operation.DELETE) {
                    headers.add("ETag");
                }
            }
            case 202 -> headers.add("Location");
            case 304 -> headers.add("ETag");
            case 401 -> headers.add("WWW-Authenticate");
            case 405 -> headers.add("Allow");
            case 415 -> headers.add(operation == Operation.UPDATE ? "Accept-Patch" : "Accept");
            case 429, 503 -> headers.add("Retry-After");
            default -> {
                // No header goes with the others.
            }
        }
        return headers;
    }

    /**
     * Returns the style, such as {@code "StatusRecommender[validation 422, updates 200, delete 204]"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "StatusRecommender[validation " + validationStatus + ", updates " + (updatesReturnContent ? 200 : 204)
                + ", delete " + (deleteReturnsContent ? 200 : 204) + "]";
    }

    /**
     * Sets the style of a {@link StatusRecommender}.
     *
     * @implSpec A builder is not thread-safe; the recommenders it builds are.
     * @since 0.1.0
     */
    public static final class Builder {

        private int validationStatus = 422;
        private boolean updatesReturnContent = true;
        private boolean deleteReturnsContent;

        private Builder() {
        }

        /**
         * Sets the status for failed validation: 422 (the default) or 400.
         *
         * @param value  422 or 400
         * @return this builder
         * @throws IllegalArgumentException for any other value
         */
        public Builder validationStatus(int value) {
            if (value != 422 && value != 400) {
                throw new IllegalArgumentException("validation failures are 422 or 400, not " + value);
            }
            this.validationStatus = value;
            return this;
        }

        /**
         * Sets whether a successful PUT or PATCH returns the representation (200, the default) or
         * nothing (204).
         *
         * @param value  true for 200 with content
         * @return this builder
         */
        public Builder updatesReturnContent(boolean value) {
            this.updatesReturnContent = value;
            return this;
        }

        /**
         * Sets whether a successful DELETE returns the deleted representation (200) or nothing (204,
         * the default).
         *
         * @param value  true for 200 with content
         * @return this builder
         */
        public Builder deleteReturnsContent(boolean value) {
            this.deleteReturnsContent = value;
            return this;
        }

        /**
         * Builds the recommender.
         *
         * @return a new recommender, never null
         */
        public StatusRecommender build() {
            return new StatusRecommender(this);
        }
    }
}
