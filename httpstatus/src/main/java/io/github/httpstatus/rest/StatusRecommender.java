package io.github.httpstatus.rest;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.SpecReference;

import java.util.List;
import java.util.Objects;

/**
 * Recommends the status an HTTP API endpoint should return for an operation and its outcome, with
 * the headers to send, whether to send content, and the section the choice rests on.
 *
 * <pre>{@code
 * StatusRecommender rest = StatusRecommender.standard();
 * rest.recommend(Operation.CREATE, Outcome.DONE);                // 201 Created [Location, ETag] with content
 * rest.recommend(Operation.DELETE, Outcome.DONE);                // 204 No Content [] without content
 * rest.recommend(Operation.CREATE, Outcome.CONFLICT_DUPLICATE);  // 409 Conflict
 * rest.recommend(Operation.LIST, Outcome.CREATED);               // IllegalArgumentException: no sense together
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
 *   <tr><td>UPDATE (PATCH)</td><td>200 (201 when it creates)</td><td>400, 404, 422</td></tr>
 *   <tr><td>DELETE (DELETE)</td><td>204 (200 with the deleted representation)</td><td>401, 403, 404</td></tr>
 *   <tr><td>ACTION (POST)</td><td>200 (202 when it finishes later)</td><td>400, 409, 422</td></tr>
 * </table>
 *
 * <h2 id="rules">What it rests on</h2>
 * <ul>
 *   <li>A POST that creates answers 201 with Location
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3">RFC 9110, section 9.3.3</a>);
 *       a PUT that creates must answer 201, and the target URI names the resource
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4">section 9.3.4</a>); so may a
 *       PATCH (<a href="https://www.rfc-editor.org/rfc/rfc5789#section-2">RFC 5789, section 2</a>).</li>
 *   <li>A DELETE answers 204, 200 with a representation, or 202 when it finishes later
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5">RFC 9110, section 9.3.5</a>).</li>
 *   <li>400 is for a request the server cannot read; 422 for content that parses but whose meaning
 *       is wrong (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110, section
 *       15.5.21</a>).</li>
 *   <li>ETag goes with a read, a creation by POST and a PATCH; not with a PUT, whose response may
 *       carry a validator only when the content was stored unchanged
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4">RFC 9110, section 9.3.4</a>).</li>
 *   <li>Errors carry content that explains them
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5">RFC 9110, section 15.5</a>),
 *       and every recommendation names the headers its status requires
 *       ({@link HttpStatusInfo#requiredHeaders()}).</li>
 * </ul>
 *
 * <p>Matters of taste are a {@link RestStyle}. An operation and outcome that make no sense
 * together, such as a list that created something or a DELETE whose content failed validation,
 * get an {@link IllegalArgumentException} naming both, never a guess.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class StatusRecommender {

    private static final StatusRecommender STANDARD = new StatusRecommender(RestStyle.standard());

    private final RestStyle style;

    private StatusRecommender(RestStyle style) {
        this.style = style;
    }

    /**
     * Returns the recommender with the {@linkplain RestStyle#standard() default style}.
     *
     * @return the shared standard recommender, never null
     */
    public static StatusRecommender standard() {
        return STANDARD;
    }

    /**
     * Returns a recommender with the given style.
     *
     * @param style  the style, not null
     * @return the recommender; the standard one for the default style, never null
     * @throws NullPointerException if {@code style} is null
     */
    public static StatusRecommender of(RestStyle style) {
        Objects.requireNonNull(style, "style");
        return style.equals(STANDARD.style) ? STANDARD : new StatusRecommender(style);
    }

    /**
     * Returns the style of this recommender.
     *
     * @return the style, never null
     */
    public RestStyle style() {
        return style;
    }

    /**
     * Recommends the status for an operation and its outcome.
     *
     * @param operation  what the endpoint does, not null
     * @param outcome    how it ended, not null
     * @return the recommendation, never null
     * @throws IllegalArgumentException if the outcome cannot happen for the operation; the message
     *         names both and says why
     * @throws NullPointerException if an argument is null
     */
    public Recommendation recommend(Operation operation, Outcome outcome) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        String nonsense = Pairs.nonsense(operation, outcome);
        if (nonsense != null) {
            throw new IllegalArgumentException(operation + " with outcome " + outcome + " makes no sense: " + nonsense);
        }
        Answer answer = new Answer(operation);
        return switch (outcome) {
            case DONE -> done(answer, operation);
            case DONE_WITH_REPRESENTATION -> operation == Operation.CREATE ? created(answer, operation, true)
                    : answer.of(200, operation == Operation.DELETE ? Answer.DELETED : null, true,
                            "it worked and the response carries the representation");
            case DONE_WITH_NOTHING -> operation == Operation.CREATE ? created(answer, operation, false)
                    : answer.of(204, operation == Operation.DELETE ? Answer.DELETED : null, false,
                            "it worked and there is nothing to send back");
            case CREATED -> created(answer, operation, true);
            case ACCEPTED_FOR_LATER -> answer.of(202, null, true,
                    "accepted to finish later; point Location at a status monitor");
            case NOT_MODIFIED -> answer.of(304, null, false, "the client's copy is current; send its validators, no content");
            case NOT_AUTHENTICATED -> answer.of(401, null, true, "no valid credentials; WWW-Authenticate says how to authenticate");
            case NOT_ALLOWED -> style.hidesForbidden() ? hidden(answer, "refusals are answered 404 (style option)")
                    : answer.of(403, null, true, "the client is known and not allowed; new credentials will not help");
            case HIDDEN -> hidden(answer, "not allowed, and 404 does not reveal that the resource exists");
            case NOT_FOUND -> answer.of(404, null, true, "the target resource does not exist");
            case METHOD_NOT_ALLOWED -> answer.of(405, null, true, "the resource does not support this method; Allow lists those it does");
            case CONFLICT_DUPLICATE -> answer.of(409, null, true, "the resource already exists; say which one in the content");
            case CONFLICT_STATE -> style.stateConflictStatus() == 409
                    ? answer.of(409, null, true, "the request clashes with the resource's current state")
                    : answer.of(422, null, true, "the request clashes with the resource's current state (style option; "
                            + "409 is the status RFC 9110 names)");
            case STALE_VERSION -> answer.of(412, null, true, "If-Match named a version that is no longer current");
            case PRECONDITION_REQUIRED -> answer.of(428, null, true, "this change must be conditional (If-Match), so no update is lost");
            case MALFORMED -> answer.of(400, null, true, "the request cannot be read (syntax); 422 is for content that reads but is wrong");
            case VALIDATION_FAILED -> style.validationStatus() == 422
                    ? answer.of(422, null, true, "the content reads but its meaning is wrong (validation)")
                    : answer.of(400, null, true, "validation failures answered as bad requests (style option; 422 is more precise)");
            case UNSUPPORTED_MEDIA_TYPE -> operation == Operation.UPDATE
                    ? answer.of(415, Answer.PATCH_FORMAT, true, "the patch format is not supported; Accept-Patch lists those that are")
                    : answer.of(415, null, true, "the content type is not accepted here; Accept lists those that are");
            case NOT_ACCEPTABLE -> answer.of(406, null, true, "no representation matches the request's Accept headers");
            case CONTENT_TOO_LARGE -> answer.of(413, null, true, "the content is larger than the server will take");
            case RATE_LIMITED -> answer.of(429, null, true, "too many requests; Retry-After says when to come back");
            case UNAVAILABLE -> answer.of(503, null, true, "down or overloaded for a while; Retry-After says how long");
            case UNEXPECTED_FAILURE -> answer.of(500, null, true, "an unexpected failure; keep internals out of the content");
        };
    }

    private Recommendation done(Answer answer, Operation operation) {
        return switch (operation) {
            case LIST -> answer.of(200, null, true, "the collection's representation");
            case READ -> answer.of(200, null, true, "the resource's representation, with its validators");
            case CREATE -> created(answer, operation, true);
            case REPLACE, UPDATE -> style.updatesReturnContent()
                    ? answer.of(200, null, true, "changed; the response carries the new representation")
                    : answer.of(204, null, false, "changed; nothing to send back (style option)");
            case DELETE -> style.deleteReturnsContent()
                    ? answer.of(200, Answer.DELETED, true, "deleted; the response carries what was deleted (style option)")
                    : answer.of(204, Answer.DELETED, false, "deleted; nothing to send back");
            case ACTION -> answer.of(200, null, true, "the action ran; the response carries its result");
        };
    }

    /** 201 for an operation that {@link Pairs} lets create: POST, PUT or PATCH. */
    private static Recommendation created(Answer answer, Operation operation, boolean sendContent) {
        if (operation == Operation.REPLACE) {
            return answer.of(201, Answer.PUT_CREATED, sendContent, "PUT created the resource, which must be answered 201; "
                    + "the target URI names it");
        }
        if (operation == Operation.UPDATE) {
            return answer.of(201, Answer.PATCH_CREATED, sendContent, "PATCH created the resource; the target URI names it");
        }
        return answer.of(201, Answer.POST_CREATED, sendContent, "created; Location names the new resource");
    }

    private static Recommendation hidden(Answer answer, String reason) {
        return answer.of(404, HttpStatusInfo.of(403).specReference(), true, reason);
    }

    /**
     * Returns the style, such as {@code "StatusRecommender[RestStyle[validationStatus=422, ...]]"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "StatusRecommender[" + style + "]";
    }

    /** Builds the recommendations for one operation: its headers follow from the status and the operation. */
    private record Answer(Operation operation) {

        static final SpecReference POST_CREATED = SpecReference.rfc(9110, "9.3.3");
        static final SpecReference PUT_CREATED = SpecReference.rfc(9110, "9.3.4");
        static final SpecReference PATCH_CREATED = SpecReference.rfc(5789, "2");
        static final SpecReference DELETED = SpecReference.rfc(9110, "9.3.5");
        static final SpecReference PATCH_FORMAT = SpecReference.rfc(5789, "2.2");

        /** A recommendation citing {@code section}, or the status's own section when it is null. */
        Recommendation of(int code, SpecReference section, boolean sendContent, String reason) {
            HttpStatusInfo status = HttpStatusInfo.of(code);
            return new Recommendation(status, headers(code), sendContent, reason,
                    section == null ? status.specReference() : section);
        }

        private List<String> headers(int code) {
            boolean etag = operation == Operation.READ || operation == Operation.UPDATE || operation == Operation.CREATE;
            boolean atTarget = operation == Operation.REPLACE || operation == Operation.UPDATE;
            return switch (code) {
                case 200 -> etag ? List.of("ETag") : List.of();
                case 201 -> atTarget ? (etag ? List.of("ETag") : List.of())
                        : etag ? List.of("Location", "ETag") : List.of("Location");
                case 202 -> List.of("Location");
                case 304 -> List.of("ETag");
                case 401 -> List.of("WWW-Authenticate");
                case 405 -> List.of("Allow");
                case 415 -> List.of(operation == Operation.UPDATE ? "Accept-Patch" : "Accept");
                case 429, 503 -> List.of("Retry-After");
                default -> List.of();
            };
        }
    }
}
