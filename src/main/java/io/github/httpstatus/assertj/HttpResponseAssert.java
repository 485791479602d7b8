package io.github.httpstatus.assertj;

import io.github.httpstatus.Headers;
import io.github.httpstatus.conformance.ConformanceCheck;
import io.github.httpstatus.conformance.Finding;
import io.github.httpstatus.conformance.ObservedResponse;
import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a JDK {@code java.net.http.HttpResponse}: its status, headers, redirect target and
 * conformance to RFC 9110. Failure messages never show the values of Authorization,
 * Proxy-Authorization, Cookie or Set-Cookie.
 *
 * @implSpec Not thread-safe, like every AssertJ assertion object.
 * @since 0.1.0
 */
// AssertJ and java.net.http types appear in this API on purpose, without requires transitive:
// users of the assertions have both, and core users must not receive either.
@SuppressWarnings("exports")
public class HttpResponseAssert extends AbstractAssert<HttpResponseAssert, HttpResponse<?>> {

    private static final Set<String> CREDENTIALS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    /**
     * Creates the assertion; use {@link HttpStatusAssertions#assertThat(HttpResponse)} instead.
     *
     * @param actual  the response, may be null
     */
    protected HttpResponseAssert(HttpResponse<?> actual) {
        super(actual, HttpResponseAssert.class);
    }

    /**
     * Navigates to assertions on the response's status.
     *
     * @return a status assertion, never null
     * @throws AssertionError if the response is null
     */
    public HttpStatusAssert status() {
        isNotNull();
        HttpStatusAssert status = HttpStatusAssertions.assertThatStatus(actual.statusCode());
        return info.hasDescription() ? status.as(info.description()) : status;
    }

    /**
     * Verifies the exact status code.
     *
     * @param expected  the code, such as 200
     * @return this assertion
     * @throws AssertionError if the code differs
     */
    public HttpResponseAssert hasStatus(int expected) {
        status().hasCode(expected);
        return myself;
    }

    /**
     * Verifies that the status is 2xx (Successful).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpResponseAssert isSuccessful() {
        status().isSuccessful();
        return myself;
    }

    /**
     * Verifies that the status is 3xx (Redirection).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpResponseAssert isRedirection() {
        status().isRedirection();
        return myself;
    }

    /**
     * Verifies that the status is 4xx (Client Error).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpResponseAssert isClientError() {
        status().isClientError();
        return myself;
    }

    /**
     * Verifies that the status is 5xx (Server Error).
     *
     * @return this assertion
     * @throws AssertionError if it is not
     */
    public HttpResponseAssert isServerError() {
        status().isServerError();
        return myself;
    }

    /**
     * Verifies that the response has a header, ignoring the case of its name.
     *
     * @param name  the header name, not null
     * @return this assertion
     * @throws AssertionError if it is absent
     */
    public HttpResponseAssert containsHeader(String name) {
        isNotNull();
        if (actual.headers().firstValue(name).isEmpty()) {
            failWithMessage("%s", "expected header " + name + " but the response to " + request()
                    + " has only " + actual.headers().map().keySet());
        }
        return myself;
    }

    /**
     * Verifies that a header has the given value among its values.
     *
     * @param name   the header name, not null
     * @param value  the expected value, not null
     * @return this assertion
     * @throws AssertionError if no value matches; credential values are not shown
     */
    public HttpResponseAssert hasHeader(String name, String value) {
        containsHeader(name);
        List<String> values = actual.headers().allValues(name);
        if (!values.contains(value)) {
            boolean secret = CREDENTIALS.contains(Ascii.toLowerCase(name));
            failWithMessage("%s", "expected header " + name + " with value "
                    + (secret ? "(hidden)" : Escaping.quote(value)) + " but it had "
                    + (secret ? values.size() + " other value(s)" : quoted(values)));
        }
        return myself;
    }

    /**
     * Verifies that the response redirects to {@code expected}: its {@code Location}, resolved
     * against the request URI, equals it.
     *
     * @param expected  the absolute target, not null
     * @return this assertion
     * @throws AssertionError if there is no Location or it leads elsewhere
     */
    public HttpResponseAssert hasRedirectTarget(String expected) {
        containsHeader("Location");
        String location = actual.headers().firstValue("Location").orElseThrow();
        String target;
        try {
            target = actual.request().uri().resolve(location).toString();
        } catch (IllegalArgumentException e) {
            failWithMessage("%s", "expected a redirect to " + expected + " but Location " + Escaping.quote(location)
                    + " is not a valid URI reference");
            return myself;
        }
        if (!target.equals(expected)) {
            failWithMessage("%s", "expected a redirect to " + expected + " but Location leads to " + target);
        }
        return myself;
    }

    /**
     * Verifies that the response breaks no rule of the {@link ConformanceCheck}.
     *
     * @return this assertion
     * @throws AssertionError listing every finding
     */
    public HttpResponseAssert conformsToRfc9110() {
        isNotNull();
        List<Finding> findings = ConformanceCheck.check(observed());
        if (!findings.isEmpty()) {
            StringBuilder message = new StringBuilder("expected a response that conforms to RFC 9110 but found:");
            findings.forEach(finding -> message.append("\n  ").append(finding));
            failWithMessage("%s", message.toString());
        }
        return myself;
    }

    private ObservedResponse observed() {
        Headers headers = Headers.of(actual.headers().map());
        return ObservedResponse.of(actual.statusCode(), headers, hasContent(headers))
                .forMethod(actual.request().method());
    }

    private boolean hasContent(Headers headers) {
        Object body = actual.body();
        if (body instanceof String text) {
            return !text.isEmpty();
        }
        if (body instanceof byte[] bytes) {
            return bytes.length > 0;
        }
        // The body was not kept: Content-Length tells, except on HEAD, where it announces the GET length.
        return !actual.request().method().equals("HEAD")
                && headers.firstValue("Content-Length").map(length -> !length.strip().equals("0")).orElse(false);
    }

    private String request() {
        URI uri = actual.request().uri();
        return actual.request().method() + " " + uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst("^.*@", "")
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private static String quoted(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String value : values) {
            out.append(out.length() == 1 ? "" : ", ").append(Escaping.quote(value));
        }
        return out.append(']').toString();
    }
}
