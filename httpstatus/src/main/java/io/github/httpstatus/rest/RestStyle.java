package io.github.httpstatus.rest;

import java.util.Objects;

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
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RestStyle {

    private static final RestStyle STANDARD = new RestStyle(422, 409, true, false, false);

    private final int validationStatus;
    private final int stateConflictStatus;
    private final boolean updatesReturnContent;
    private final boolean deleteReturnsContent;
    private final boolean hidesForbidden;

    private RestStyle(int validationStatus, int stateConflictStatus, boolean updatesReturnContent,
            boolean deleteReturnsContent, boolean hidesForbidden) {
        this.validationStatus = validationStatus;
        this.stateConflictStatus = stateConflictStatus;
        this.updatesReturnContent = updatesReturnContent;
        this.deleteReturnsContent = deleteReturnsContent;
        this.hidesForbidden = hidesForbidden;
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
        if (value != 422 && value != 400) {
            throw new IllegalArgumentException("a validation failure is answered 422 or 400, not " + value);
        }
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
        if (value != 409 && value != 422) {
            throw new IllegalArgumentException("a state conflict is answered 409 or 422, not " + value);
        }
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

    /**
     * Returns the status for content that parses but fails validation.
     *
     * @return 422 or 400
     */
    public int validationStatus() {
        return validationStatus;
    }

    /**
     * Returns the status for a request that clashes with the resource's current state.
     *
     * @return 409 or 422
     */
    public int stateConflictStatus() {
        return stateConflictStatus;
    }

    /**
     * Returns whether a successful PUT or PATCH answers 200 with the new representation.
     *
     * @return true for 200 with content, false for 204
     */
    public boolean updatesReturnContent() {
        return updatesReturnContent;
    }

    /**
     * Returns whether a successful DELETE answers 200 with the deleted representation.
     *
     * @return true for 200 with content, false for 204
     */
    public boolean deleteReturnsContent() {
        return deleteReturnsContent;
    }

    /**
     * Returns whether a refusal is answered 404 instead of 403.
     *
     * @return true when forbidden resources are hidden behind 404
     */
    public boolean hidesForbidden() {
        return hidesForbidden;
    }

    /**
     * Compares every option.
     *
     * @param other  the other object
     * @return true for a style with the same options
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RestStyle that && validationStatus == that.validationStatus
                && stateConflictStatus == that.stateConflictStatus && updatesReturnContent == that.updatesReturnContent
                && deleteReturnsContent == that.deleteReturnsContent && hidesForbidden == that.hidesForbidden;
    }

    /**
     * Returns a hash code of every option.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(validationStatus, stateConflictStatus, updatesReturnContent, deleteReturnsContent,
                hidesForbidden);
    }

    /**
     * Returns the options, such as {@code "RestStyle[validationStatus=422, stateConflictStatus=409,
     * updatesReturnContent=true, deleteReturnsContent=false, hidesForbidden=false]"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "RestStyle[validationStatus=" + validationStatus + ", stateConflictStatus=" + stateConflictStatus
                + ", updatesReturnContent=" + updatesReturnContent + ", deleteReturnsContent=" + deleteReturnsContent
                + ", hidesForbidden=" + hidesForbidden + "]";
    }
}
