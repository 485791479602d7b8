package io.github.httpstatus.assertj;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;

import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a status, with failure messages that say what was expected and what came, in
 * words: {@code expected a 2xx Successful status but was 404 Not Found (4xx Client Error)}.
 *
 * @implSpec Not thread-safe, like every AssertJ assertion object.
 * @since 0.1.0
 */
// AssertJ and java.net.http types appear in this API on purpose, without requires transitive:
// users of the assertions have both, and core users must not receive either.
@SuppressWarnings("exports")
public class HttpStatusAssert extends AbstractAssert<HttpStatusAssert, HttpStatusInfo> {

    private final int code;

    /**
     * Creates the assertion; use {@link HttpStatusAssertions} instead.
     *
     * @param actual  the status, or null for an invalid code
     * @param code    the code as given, kept for the message when it is invalid
     */
    protected HttpStatusAssert(HttpStatusInfo actual, int code) {
        super(actual, HttpStatusAssert.class);
        this.code = code;
    }

    /**
     * Verifies that the status is 1xx (Informational).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpStatusAssert isInformational() {
        return hasStatusClass(StatusClass.INFORMATIONAL);
    }

    /**
     * Verifies that the status is 2xx (Successful).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpStatusAssert isSuccessful() {
        return hasStatusClass(StatusClass.SUCCESSFUL);
    }

    /**
     * Verifies that the status is 3xx (Redirection).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpStatusAssert isRedirection() {
        return hasStatusClass(StatusClass.REDIRECTION);
    }

    /**
     * Verifies that the status is 4xx (Client Error).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpStatusAssert isClientError() {
        return hasStatusClass(StatusClass.CLIENT_ERROR);
    }

    /**
     * Verifies that the status is 5xx (Server Error).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpStatusAssert isServerError() {
        return hasStatusClass(StatusClass.SERVER_ERROR);
    }

    /**
     * Verifies that the status is in the given class.
     *
     * @param expected  the class, not null
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpStatusAssert hasStatusClass(StatusClass expected) {
        HttpStatusInfo status = valid();
        if (status.statusClass() != expected) {
            fail("expected a " + expected.label() + " " + expected.displayName()
                    + " status but was " + HttpStatusAssertions.describe(status));
        }
        return myself;
    }

    /**
     * Verifies that the status is an error, 4xx or 5xx.
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpStatusAssert isError() {
        HttpStatusInfo status = valid();
        if (!status.isError()) {
            fail("expected an error status (4xx or 5xx) but was " + HttpStatusAssertions.describe(status));
        }
        return myself;
    }

    /**
     * Verifies the exact code.
     *
     * @param expected  the code, such as 201
     * @return this assertion
     * @throws AssertionError if the code differs
     */
    public HttpStatusAssert hasCode(int expected) {
        HttpStatusInfo status = valid();
        if (status.code() != expected) {
            fail("expected status " + HttpStatusInfo.find(expected).map(Object::toString).orElse(String.valueOf(expected))
                    + " but was " + HttpStatusAssertions.describe(status));
        }
        return myself;
    }

    /**
     * Verifies that the status is in the IANA registry.
     *
     * @return this assertion
     * @throws AssertionError if it is unregistered
     */
    public HttpStatusAssert isRegistered() {
        return check(valid().isRegistered(), "a status in the IANA registry", "which is unregistered");
    }

    /**
     * Verifies that the status reports a lasting condition (301, 308, 410).
     *
     * @return this assertion
     * @throws AssertionError if it does not
     */
    public HttpStatusAssert isPermanent() {
        return check(valid().isPermanent(), "a permanent status (301, 308 or 410)",
                "whose permanence is " + valid().permanence().name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Verifies that following the status keeps the method (307, 308).
     *
     * @return this assertion
     * @throws AssertionError if it does not
     */
    public HttpStatusAssert preservesMethod() {
        return check(valid().preservesMethod(), "a status that preserves the method (307 or 308)", null);
    }

    /**
     * Verifies that a client follows the status automatically (301, 302, 303, 307, 308).
     *
     * @return this assertion
     * @throws AssertionError if it does not
     */
    public HttpStatusAssert isRedirect() {
        return check(valid().isRedirect(), "a status followed automatically (301, 302, 303, 307 or 308)", null);
    }

    /**
     * Verifies that the status allows a retry, of any request or of idempotent ones.
     *
     * @return this assertion
     * @throws AssertionError if it does not
     */
    public HttpStatusAssert isRetryable() {
        return check(valid().isRetryable(), "a retryable status", "which is not retryable");
    }

    /**
     * Verifies that the status is heuristically cacheable.
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpStatusAssert isCacheableByDefault() {
        return check(valid().isCacheableByDefault(), "a status cacheable by default", null);
    }

    private HttpStatusAssert check(boolean holds, String expected, String detail) {
        if (!holds) {
            fail("expected " + expected + " but was " + HttpStatusAssertions.describe(actual)
                    + (detail == null ? "" : ", " + detail));
        }
        return myself;
    }

    /** The status, failing with a clear message when the code was invalid or the actual null. */
    private HttpStatusInfo valid() {
        if (actual == null) {
            fail(code == 0 ? "expected a status but was null"
                    : "expected a valid status code (100..599) but was " + code);
        }
        return actual;
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}
