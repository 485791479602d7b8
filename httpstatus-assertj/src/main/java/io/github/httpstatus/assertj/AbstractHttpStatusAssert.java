package io.github.httpstatus.assertj;

import static io.github.httpstatus.assertj.ShouldBeValidStatusCode.shouldBeValidStatusCode;
import static io.github.httpstatus.assertj.ShouldHaveCode.shouldHaveCode;
import static io.github.httpstatus.assertj.ShouldHaveStatusClass.shouldHaveStatusClass;
import static io.github.httpstatus.assertj.ShouldHaveStatusProperty.shouldHaveStatusProperty;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The base of the assertions on a status, generic in the type of the concrete assertion so that a
 * subclass's own checks chain with these. {@link HttpStatusAssert} is the one that
 * {@link HttpStatusAssertions} returns; extend this class to add checks of your own.
 *
 * <pre>{@code
 * assertThatStatus(200).isSuccessful().hasCode(200);   // passes
 * assertThat(StatusCode.PERMANENT_REDIRECT).isPermanent().preservesMethod();  // passes
 * assertThatStatus(404).isSuccessful();
 * // AssertionError: expected a 2xx Successful status but was 404 Not Found (4xx Client Error)
 * assertThatStatus(600).isServerError();
 * // AssertionError: expected a valid status code (100..599) but was 600
 * }</pre>
 *
 * <p>The checks read the status model: {@link HttpStatusInfo#statusClass()},
 * {@link HttpStatusInfo#isRegistered()}, {@link HttpStatusInfo#isPermanent()} and so on, so they
 * follow the rules that {@code docs/semantics.md} lists. A code outside 100..599 fails every check
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>); a null
 * status fails with AssertJ's usual message. A description given with {@code as(...)} starts the
 * message.
 *
 * <p>A subclass passes its own class to the constructor and writes each check as these do: call
 * {@link #isNotNull()}, test {@code actual}, throw {@code assertionError(...)} with a message
 * factory (such as {@link #shouldHaveStatus(String, String)}), return {@code myself}:
 * <pre>{@code
 * public final class ApiStatusAssert extends AbstractHttpStatusAssert<ApiStatusAssert> {
 *     public ApiStatusAssert(int code) {
 *         super(code, ApiStatusAssert.class);
 *     }
 *
 *     public ApiStatusAssert isRateLimited() {
 *         isNotNull();
 *         if (actual.code() != 429) {
 *             throw assertionError(shouldHaveStatus("a rate limit (429)", ""));
 *         }
 *         return myself;
 *     }
 * }
 * new ApiStatusAssert(429).isClientError().isRateLimited().isRetryable();  // passes
 * }</pre>
 *
 * @param <SELF>  the type of the concrete assertion, which every check returns
 * @implSpec Not thread-safe, like every AssertJ assertion object.
 * @since 0.1.0
 */
public abstract class AbstractHttpStatusAssert<SELF extends AbstractHttpStatusAssert<SELF>>
        extends AbstractAssert<SELF, HttpStatusInfo> {

    /** The code given when it was outside 100..599, so that the failure can name it. */
    private final OptionalInt invalidCode;

    /**
     * Creates the assertion on a status.
     *
     * @param actual    the status, may be null (then every check fails)
     * @param selfType  the class of the concrete assertion, not null
     */
    protected AbstractHttpStatusAssert(HttpStatusInfo actual, Class<?> selfType) {
        super(actual, selfType);
        this.invalidCode = OptionalInt.empty();
    }

    /**
     * Creates the assertion on a status code as an int, as a response reports it. A code outside
     * 100..599 leaves {@code actual} null and makes every check fail with a message that names the
     * code.
     *
     * @param code      the status code, any int
     * @param selfType  the class of the concrete assertion, not null
     */
    protected AbstractHttpStatusAssert(int code, Class<?> selfType) {
        super(HttpStatusInfo.find(code).orElse(null), selfType);
        this.invalidCode = actual == null ? OptionalInt.of(code) : OptionalInt.empty();
    }

    /**
     * Verifies that there is a status to check: not null and, when the assertion was made from an
     * int, a code in 100..599. Every check of this class starts with it, so a subclass's checks
     * can too.
     * <pre>{@code
     * assertThatStatus(204).isNotNull();  // passes
     * assertThatStatus(600).isNotNull();
     * // expected a valid status code (100..599) but was 600
     * }</pre>
     *
     * @return this assertion
     * @throws AssertionError if the status is null or the code invalid
     */
    @Override
    public SELF isNotNull() {
        if (invalidCode.isPresent()) {
            throw assertionError(shouldBeValidStatusCode(invalidCode.getAsInt()));
        }
        return super.isNotNull();
    }

    /**
     * Verifies that the status is 1xx (Informational).
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public SELF isInformational() {
        return hasStatusClass(StatusClass.INFORMATIONAL);
    }

    /**
     * Verifies that the status is 2xx (Successful).
     * <pre>{@code
     * assertThatStatus(204).isSuccessful();  // passes
     * assertThatStatus(404).isSuccessful();
     * // expected a 2xx Successful status but was 404 Not Found (4xx Client Error)
     * }</pre>
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public SELF isSuccessful() {
        return hasStatusClass(StatusClass.SUCCESSFUL);
    }

    /**
     * Verifies that the status is 3xx (Redirection).
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public SELF isRedirection() {
        return hasStatusClass(StatusClass.REDIRECTION);
    }

    /**
     * Verifies that the status is 4xx (Client Error).
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public SELF isClientError() {
        return hasStatusClass(StatusClass.CLIENT_ERROR);
    }

    /**
     * Verifies that the status is 5xx (Server Error).
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public SELF isServerError() {
        return hasStatusClass(StatusClass.SERVER_ERROR);
    }

    /**
     * Verifies that the status is in the given class.
     * <pre>{@code
     * assertThatStatus(503).hasStatusClass(StatusClass.SERVER_ERROR);  // passes
     * assertThatStatus(200).hasStatusClass(StatusClass.REDIRECTION);
     * // expected a 3xx Redirection status but was 200 OK (2xx Successful)
     * }</pre>
     *
     * @param expected  the class, not null
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     * @throws NullPointerException if {@code expected} is null
     */
    public SELF hasStatusClass(StatusClass expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.statusClass() != expected) {
            throw assertionError(shouldHaveStatusClass(expected, actual));
        }
        return myself;
    }

    /**
     * Verifies that the status is an error, 4xx or 5xx.
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, 1xx, 2xx or 3xx
     */
    public SELF isError() {
        isNotNull();
        if (!actual.isError()) {
            throw assertionError(shouldHaveStatus("an error status (4xx or 5xx)", ""));
        }
        return myself;
    }

    /**
     * Verifies the exact code.
     * <pre>{@code
     * assertThatStatus(201).hasCode(201);  // passes
     * assertThatStatus(200).hasCode(201);
     * // expected status 201 Created but was 200 OK (2xx Successful)
     * }</pre>
     *
     * @param expected  the code, such as 201
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or has another code
     */
    public SELF hasCode(int expected) {
        isNotNull();
        if (actual.code() != expected) {
            throw assertionError(shouldHaveCode(expected, actual));
        }
        return myself;
    }

    /**
     * Verifies the exact code, given as a registered status.
     *
     * @param expected  the status, not null
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or has another code
     * @throws NullPointerException if {@code expected} is null
     */
    public SELF hasCode(StatusCode expected) {
        return hasCode(Objects.requireNonNull(expected, "expected").code());
    }

    /**
     * Verifies that the code is in the IANA registry.
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid or unregistered
     */
    public SELF isRegistered() {
        isNotNull();
        if (!actual.isRegistered()) {
            throw assertionError(shouldHaveStatus("a status in the IANA registry", "which is unregistered"));
        }
        return myself;
    }

    /**
     * Verifies that the status reports a lasting condition: 301, 308 or 410.
     * <pre>{@code
     * assertThatStatus(308).isPermanent();  // passes
     * assertThatStatus(302).isPermanent();
     * // expected a permanent status (301, 308 or 410) but was 302 Found (3xx Redirection), whose permanence is temporary
     * }</pre>
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid or not permanent
     */
    public SELF isPermanent() {
        isNotNull();
        if (!actual.isPermanent()) {
            throw assertionError(shouldHaveStatus("a permanent status (301, 308 or 410)",
                    "whose permanence is " + actual.permanence().name().toLowerCase(Locale.ROOT)));
        }
        return myself;
    }

    /**
     * Verifies that following the status keeps the request method and content: 307 or 308.
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or may change the method
     */
    public SELF preservesMethod() {
        isNotNull();
        if (!actual.preservesMethod()) {
            throw assertionError(shouldHaveStatus("a status that preserves the method (307 or 308)", ""));
        }
        return myself;
    }

    /**
     * Verifies that a client follows the status automatically: 301, 302, 303, 307 or 308.
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid or not followed
     */
    public SELF isRedirect() {
        isNotNull();
        if (!actual.isRedirect()) {
            throw assertionError(shouldHaveStatus("a status followed automatically (301, 302, 303, 307 or 308)", ""));
        }
        return myself;
    }

    /**
     * Verifies that the status allows a retry, of any request or of idempotent ones.
     * <pre>{@code
     * assertThatStatus(503).isRetryable();  // passes
     * assertThatStatus(404).isRetryable();
     * // expected a retryable status but was 404 Not Found (4xx Client Error), which is not retryable
     * }</pre>
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid or not retryable
     */
    public SELF isRetryable() {
        isNotNull();
        if (!actual.isRetryable()) {
            throw assertionError(shouldHaveStatus("a retryable status", "which is not retryable"));
        }
        return myself;
    }

    /**
     * Verifies that the status is heuristically cacheable ("cacheable by default").
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid or not heuristically cacheable
     */
    public SELF isCacheableByDefault() {
        isNotNull();
        if (!actual.isCacheableByDefault()) {
            throw assertionError(shouldHaveStatus("a status cacheable by default", ""));
        }
        return myself;
    }

    /**
     * Returns the message of a status that lacks what a check wants, in the words of every other
     * check: {@code expected <expected> but was <status>}, then {@code ", <detail>"} unless the
     * detail is empty. For checks that subclasses add; call it after {@link #isNotNull()}.
     * <pre>{@code
     * throw assertionError(shouldHaveStatus("a rate limit (429)", ""));
     * // expected a rate limit (429) but was 503 Service Unavailable (5xx Server Error)
     * }</pre>
     *
     * @param expected  what the check wants, as a noun phrase, not null
     * @param detail    what the status is instead, or empty, not null
     * @return the message factory for {@code assertionError(...)}, never null
     * @throws NullPointerException if an argument is null, or if called while {@code actual} is null
     */
    protected final ErrorMessageFactory shouldHaveStatus(String expected, String detail) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(detail, "detail");
        return shouldHaveStatusProperty(expected, Objects.requireNonNull(actual, "actual"), detail);
    }
}
