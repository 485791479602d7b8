package io.github.httpstatus.rest;

/**
 * The choices of a {@link StatusRecommender} that are a matter of taste, not of the specification.
 *
 * <pre>{@code
 * RestStyle style = RestStyle.standard()
 *         .withValidationStatus(400)           // validation failures as 400, not 422
 *         .withUpdatesReturningContent(false); // 204 after PUT and PATCH, not 200
 * StatusRecommender.of(style).recommend(Operation.UPDATE, Outcome.DONE);  // 204 No Content
 * }</pre>
 *
 * <p>Each option picks between two answers that RFC 9110 both allows:
 * <ul>
 *   <li>{@code validationStatus}: 422 (the default) for content that parses but whose meaning is
 *       wrong (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110, section
 *       15.5.21</a>), or 400, the generic client error
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1">section 15.5.1</a>);</li>
 *   <li>{@code stateConflictStatus}: 409 (the default), the status RFC 9110 names for a request
 *       that clashes with the resource's current state
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10">section 15.5.10</a>), or
 *       422 for APIs that report every business rule the same way;</li>
 *   <li>{@code updatesReturnContent}: whether a successful PUT or PATCH answers 200 with the new
 *       representation (the default) or 204 with nothing
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4">section 9.3.4</a>);</li>
 *   <li>{@code deleteReturnsContent}: whether a successful DELETE answers 204 (the default) or 200
 *       with the deleted representation
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5">section 9.3.5</a>);</li>
 *   <li>{@code hidesForbidden}: whether a refusal is answered 404 instead of 403, so as not to
 *       reveal that the resource exists
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4">section 15.5.4</a>); off by
 *       default, and {@link Outcome#HIDDEN} asks for it case by case.</li>
 * </ul>
 *
 * <p>A PUT that creates is not an option: the server must answer 201
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4">RFC 9110, section 9.3.4</a>).
 *
 * @param validationStatus      422 or 400
 * @param stateConflictStatus   409 or 422
 * @param updatesReturnContent  true for 200 with the representation after PUT and PATCH, false for 204
 * @param deleteReturnsContent  true for 200 with the deleted representation after DELETE, false for 204
 * @param hidesForbidden        true to answer a refusal with 404 instead of 403
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record RestStyle(int validationStatus, int stateConflictStatus, boolean updatesReturnContent,
        boolean deleteReturnsContent, boolean hidesForbidden) {

    private static final RestStyle STANDARD = new RestStyle(422, 409, true, false, false);

    /**
     * Checks the two status options.
     *
     * @param validationStatus      422 or 400
     * @param stateConflictStatus   409 or 422
     * @param updatesReturnContent  whether PUT and PATCH answer 200 with content
     * @param deleteReturnsContent  whether DELETE answers 200 with content
     * @param hidesForbidden        whether refusals are answered 404
     * @throws IllegalArgumentException if {@code validationStatus} is not 422 or 400, or
     *         {@code stateConflictStatus} is not 409 or 422; the message names the value
     */
    public RestStyle {
        if (validationStatus != 422 && validationStatus != 400) {
            throw new IllegalArgumentException("a validation failure is answered 422 or 400, not " + validationStatus);
        }
        if (stateConflictStatus != 409 && stateConflictStatus != 422) {
            throw new IllegalArgumentException("a state conflict is answered 409 or 422, not " + stateConflictStatus);
        }
    }

    /**
     * Returns the default style: 422 for validation, 409 for state conflicts, 200 with content
     * after PUT and PATCH, 204 after DELETE, 403 for refusals.
     *
     * @return the shared default, never null
     */
    public static RestStyle standard() {
        return STANDARD;
    }

    /**
     * Returns this style with another status for failed validation.
     *
     * @param value  422 or 400
     * @return the changed style; this instance when {@code value} is the current one
     * @throws IllegalArgumentException for any other value
     */
    public RestStyle withValidationStatus(int value) {
        return value == validationStatus ? this
                : new RestStyle(value, stateConflictStatus, updatesReturnContent, deleteReturnsContent, hidesForbidden);
    }

    /**
     * Returns this style with another status for a clash with the resource's state.
     *
     * @param value  409 or 422
     * @return the changed style; this instance when {@code value} is the current one
     * @throws IllegalArgumentException for any other value
     */
    public RestStyle withStateConflictStatus(int value) {
        return value == stateConflictStatus ? this
                : new RestStyle(validationStatus, value, updatesReturnContent, deleteReturnsContent, hidesForbidden);
    }

    /**
     * Returns this style with PUT and PATCH answering 200 with the representation (true) or 204
     * with nothing (false).
     *
     * @param value  true for 200 with content
     * @return the changed style; this instance when {@code value} is the current one
     */
    public RestStyle withUpdatesReturningContent(boolean value) {
        return value == updatesReturnContent ? this
                : new RestStyle(validationStatus, stateConflictStatus, value, deleteReturnsContent, hidesForbidden);
    }

    /**
     * Returns this style with DELETE answering 200 with the deleted representation (true) or 204
     * with nothing (false).
     *
     * @param value  true for 200 with content
     * @return the changed style; this instance when {@code value} is the current one
     */
    public RestStyle withDeleteReturningContent(boolean value) {
        return value == deleteReturnsContent ? this
                : new RestStyle(validationStatus, stateConflictStatus, updatesReturnContent, value, hidesForbidden);
    }

    /**
     * Returns this style with refusals answered 404 (true) or 403 (false).
     *
     * @param value  true to hide forbidden resources behind 404
     * @return the changed style; this instance when {@code value} is the current one
     */
    public RestStyle withForbiddenHidden(boolean value) {
        return value == hidesForbidden ? this
                : new RestStyle(validationStatus, stateConflictStatus, updatesReturnContent, deleteReturnsContent, value);
    }
}
