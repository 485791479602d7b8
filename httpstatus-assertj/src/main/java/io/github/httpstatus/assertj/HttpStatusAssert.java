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

/**
 * Assertions on a status, with failure messages that say what was expected and what came, in
 * words.
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
 * @implSpec Not thread-safe, like every AssertJ assertion object.
 * @since 0.1.0
 */
// AssertJ types appear in this API on purpose, without requires transitive: users of the
// assertions have AssertJ, and core users must not receive it.
@SuppressWarnings("exports")
public class HttpStatusAssert extends AbstractAssert<HttpStatusAssert, HttpStatusInfo> {

    /** The code given when it was outside 100..599, so that the failure can name it. */
    private final OptionalInt invalidCode;

    /**
     * Creates the assertion; {@link HttpStatusAssertions#assertThat(HttpStatusInfo)} is the usual
     * way. For subclasses that add checks.
     *
     * @param actual  the status, may be null (then every check fails)
     */
    protected HttpStatusAssert(HttpStatusInfo actual) {
        this(actual, OptionalInt.empty());
    }

    private HttpStatusAssert(HttpStatusInfo actual, OptionalInt invalidCode) {
        super(actual, HttpStatusAssert.class);
        this.invalidCode = invalidCode;
    }

    /** The assertion on a code as an int: the status, or a record of the invalid code. */
    static HttpStatusAssert ofCode(int code) {
        return HttpStatusInfo.find(code).map(HttpStatusAssert::new)
                .orElseGet(() -> new HttpStatusAssert(null, OptionalInt.of(code)));
    }

    /**
     * Verifies that the status is 1xx (Informational).
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public HttpStatusAssert isInformational() {
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
    public HttpStatusAssert isSuccessful() {
        return hasStatusClass(StatusClass.SUCCESSFUL);
    }

    /**
     * Verifies that the status is 3xx (Redirection).
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public HttpStatusAssert isRedirection() {
        return hasStatusClass(StatusClass.REDIRECTION);
    }

    /**
     * Verifies that the status is 4xx (Client Error).
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public HttpStatusAssert isClientError() {
        return hasStatusClass(StatusClass.CLIENT_ERROR);
    }

    /**
     * Verifies that the status is 5xx (Server Error).
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or of another class
     */
    public HttpStatusAssert isServerError() {
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
    public HttpStatusAssert hasStatusClass(StatusClass expected) {
        Objects.requireNonNull(expected, "expected");
        HttpStatusInfo status = valid();
        if (status.statusClass() != expected) {
            throw assertionError(shouldHaveStatusClass(expected, status));
        }
        return myself;
    }

    /**
     * Verifies that the status is an error, 4xx or 5xx.
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, 1xx, 2xx or 3xx
     */
    public HttpStatusAssert isError() {
        return check(valid().isError(), "an error status (4xx or 5xx)", "");
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
    public HttpStatusAssert hasCode(int expected) {
        HttpStatusInfo status = valid();
        if (status.code() != expected) {
            throw assertionError(shouldHaveCode(expected, status));
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
    public HttpStatusAssert hasCode(StatusCode expected) {
        return hasCode(Objects.requireNonNull(expected, "expected").code());
    }

    /**
     * Verifies that the code is in the IANA registry.
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid or unregistered
     */
    public HttpStatusAssert isRegistered() {
        return check(valid().isRegistered(), "a status in the IANA registry", "which is unregistered");
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
    public HttpStatusAssert isPermanent() {
        HttpStatusInfo status = valid();
        return check(status.isPermanent(), "a permanent status (301, 308 or 410)",
                "whose permanence is " + status.permanence().name().toLowerCase(Locale.ROOT));
    }

    /**
     * Verifies that following the status keeps the request method and content: 307 or 308.
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid, or may change the method
     */
    public HttpStatusAssert preservesMethod() {
        return check(valid().preservesMethod(), "a status that preserves the method (307 or 308)", "");
    }

    /**
     * Verifies that a client follows the status automatically: 301, 302, 303, 307 or 308.
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid or not followed
     */
    public HttpStatusAssert isRedirect() {
        return check(valid().isRedirect(), "a status followed automatically (301, 302, 303, 307 or 308)", "");
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
    public HttpStatusAssert isRetryable() {
        return check(valid().isRetryable(), "a retryable status", "which is not retryable");
    }

    /**
     * Verifies that the status is heuristically cacheable ("cacheable by default").
     *
     * @return this assertion
     * @throws AssertionError if the status is null, invalid or not heuristically cacheable
     */
    public HttpStatusAssert isCacheableByDefault() {
        return check(valid().isCacheableByDefault(), "a status cacheable by default", "");
    }

    private HttpStatusAssert check(boolean holds, String expected, String detail) {
        if (!holds) {
            throw assertionError(shouldHaveStatusProperty(expected, actual, detail));
        }
        return myself;
    }

    /** The status, after failing for an invalid code or a null actual. */
    HttpStatusInfo valid() {
        if (invalidCode.isPresent()) {
            throw assertionError(shouldBeValidStatusCode(invalidCode.getAsInt()));
        }
        isNotNull();
        return actual;
    }
}
