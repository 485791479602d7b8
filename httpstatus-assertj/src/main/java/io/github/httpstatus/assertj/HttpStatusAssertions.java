package io.github.httpstatus.assertj;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusCode;

import java.net.http.HttpResponse;

/**
 * The entry point of the assertions. Named so that it imports beside AssertJ's own
 * {@code Assertions}.
 *
 * <pre>{@code
 * import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThat;
 * import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThatStatus;
 *
 * assertThat(response).isSuccessful().containsHeader("ETag").conformsToRfc9110();
 * assertThat(StatusCode.SERVICE_UNAVAILABLE).isRetryable();
 * assertThatStatus(404).isSuccessful();
 * // AssertionError: expected a 2xx Successful status but was 404 Not Found (4xx Client Error)
 * }</pre>
 *
 * <p>{@code docs/testing.md} lists every assertion and its failure message.
 *
 * @implSpec This class is stateless and thread-safe; the assertion objects are not meant to be
 *           shared between threads.
 * @since 0.1.0
 */
public final class HttpStatusAssertions {

    private HttpStatusAssertions() {
    }

    /**
     * Starts assertions on a status.
     *
     * @param actual  the status, may be null (then every check fails)
     * @return the assertion object, never null
     */
    public static HttpStatusAssert assertThat(HttpStatusInfo actual) {
        return new HttpStatusAssert(actual);
    }

    /**
     * Starts assertions on a registered status.
     *
     * @param actual  the status, may be null (then every check fails)
     * @return the assertion object, never null
     */
    public static HttpStatusAssert assertThat(StatusCode actual) {
        return assertThat(actual == null ? null : actual.info());
    }

    /**
     * Starts assertions on a status code as an int. A code outside 100..599 makes every check fail
     * with a message that says so. (A separate name, since {@code assertThat(int)} is AssertJ's.)
     *
     * @param code  the status code, any int
     * @return the assertion object, never null
     */
    public static HttpStatusAssert assertThatStatus(int code) {
        return new HttpStatusAssert(code);
    }

    /**
     * Starts assertions on a JDK client response.
     *
     * @param actual  the response, may be null (then every check fails)
     * @return the assertion object, never null
     */
    public static HttpResponseAssert assertThat(HttpResponse<?> actual) {
        return new HttpResponseAssert(actual);
    }
}
