package io.github.httpstatus.assertj;

import static io.github.httpstatus.assertj.ShouldBeValidStatusCode.shouldBeValidStatusCode;
import static io.github.httpstatus.assertj.ShouldConformToRfc9110.shouldConformToRfc9110;
import static io.github.httpstatus.assertj.ShouldContainHeader.shouldContainHeader;
import static io.github.httpstatus.assertj.ShouldHaveCode.shouldHaveCode;
import static io.github.httpstatus.assertj.ShouldHaveHeaderValue.shouldHaveHeaderValue;
import static io.github.httpstatus.assertj.ShouldHaveStatusClass.shouldHaveStatusClass;
import static io.github.httpstatus.assertj.ShouldRedirectTo.shouldRedirectTo;
import static io.github.httpstatus.assertj.ShouldRedirectTo.shouldRedirectToInvalidLocation;
import static io.github.httpstatus.assertj.ShouldRedirectTo.shouldRedirectToWithoutLocation;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.conformance.ConformanceCheck;
import io.github.httpstatus.conformance.Finding;
import io.github.httpstatus.conformance.ObservedResponse;
import io.github.httpstatus.redirect.RedirectPolicy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.assertj.core.api.AbstractAssert;

/**
 * The base of the assertions on a JDK {@code java.net.http.HttpResponse}: its status, headers,
 * redirect target and conformance to RFC 9110. Generic in the type of the concrete assertion so
 * that a subclass's own checks chain with these; {@link HttpResponseAssert} is the one that
 * {@link HttpStatusAssertions#assertThat(HttpResponse)} returns.
 *
 * <pre>{@code
 * HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
 * assertThat(response).isSuccessful().containsHeader("ETag").conformsToRfc9110();  // passes for a good 200
 * assertThat(response).hasStatus(201);
 * // AssertionError: expected status 201 Created but was 200 OK (2xx Successful)
 * }</pre>
 *
 * <p>Header names are compared ignoring case, as the JDK client does. Failure messages never show
 * the values of Authorization, Proxy-Authorization, Cookie or Set-Cookie, and name the request
 * without its user information or query.
 *
 * <p>A subclass passes its own class to the constructor and writes each check as these do: call
 * {@link #isNotNull()} (or {@link #statusInfo()}, which starts with it), test {@code actual},
 * throw {@code assertionError(...)} with a message factory, return {@code myself}. The protected
 * {@link #statusInfo()}, {@link #observedResponse()} and {@link #describeRequest()} give it what
 * these checks read:
 * <pre>{@code
 * public final class ApiResponseAssert extends AbstractHttpResponseAssert<ApiResponseAssert> {
 *     public ApiResponseAssert(HttpResponse<?> actual) {
 *         super(actual, ApiResponseAssert.class);
 *     }
 *
 *     public ApiResponseAssert isProblem() {
 *         isNotNull();
 *         if (!actual.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
 *             throw failure("expected a problem document from %s", describeRequest());
 *         }
 *         return myself;
 *     }
 * }
 * new ApiResponseAssert(response).isClientError().isProblem().conformsToRfc9110();
 * }</pre>
 *
 * @param <SELF>  the type of the concrete assertion, which every check returns
 * @implSpec Not thread-safe, like every AssertJ assertion object.
 * @since 0.1.0
 */
public abstract class AbstractHttpResponseAssert<SELF extends AbstractHttpResponseAssert<SELF>>
        extends AbstractAssert<SELF, HttpResponse<?>> {

    /** A Content-Length above zero (RFC 9110, section 8.6: 1*DIGIT), leading zeros allowed. */
    private static final Pattern POSITIVE_LENGTH = Pattern.compile("0*[1-9][0-9]*");

    /**
     * Creates the assertion on a response.
     *
     * @param actual    the response, may be null (then every check fails)
     * @param selfType  the class of the concrete assertion, not null
     */
    protected AbstractHttpResponseAssert(HttpResponse<?> actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Navigates to the assertions on the response's status, keeping this assertion's description.
     * <pre>{@code
     * assertThat(response).status().isPermanent().preservesMethod();
     * }</pre>
     *
     * @return a status assertion, never null
     * @throws AssertionError if the response is null
     */
    public HttpStatusAssert status() {
        isNotNull();
        HttpStatusAssert status = new HttpStatusAssert(actual.statusCode());
        return info.hasDescription() ? status.as(info.description()) : status;
    }

    /**
     * Verifies the exact status code.
     * <pre>{@code
     * assertThat(response).hasStatus(200);  // passes for a 200
     * // for a 404: expected status 200 OK but was 404 Not Found (4xx Client Error)
     * }</pre>
     *
     * @param expected  the code, such as 200
     * @return this assertion
     * @throws AssertionError if the response is null, its code is outside 100..599 or differs
     */
    public SELF hasStatus(int expected) {
        HttpStatusInfo status = statusInfo();
        if (status.code() != expected) {
            throw assertionError(shouldHaveCode(expected, status));
        }
        return myself;
    }

    /**
     * Verifies the exact status, given as a registered status.
     *
     * @param expected  the status, not null
     * @return this assertion
     * @throws AssertionError if the response is null, its code is outside 100..599 or differs
     * @throws NullPointerException if {@code expected} is null
     */
    public SELF hasStatus(StatusCode expected) {
        return hasStatus(Objects.requireNonNull(expected, "expected").code());
    }

    /**
     * Verifies that the status is 2xx (Successful).
     * <pre>{@code
     * assertThat(response).isSuccessful();
     * // for a 404: expected a 2xx Successful status but was 404 Not Found (4xx Client Error)
     * }</pre>
     *
     * @return this assertion
     * @throws AssertionError if the response is null or its status is invalid or of another class
     */
    public SELF isSuccessful() {
        return hasStatusClass(StatusClass.SUCCESSFUL);
    }

    /**
     * Verifies that the status is 3xx (Redirection).
     *
     * @return this assertion
     * @throws AssertionError if the response is null or its status is invalid or of another class
     */
    public SELF isRedirection() {
        return hasStatusClass(StatusClass.REDIRECTION);
    }

    /**
     * Verifies that the status is 4xx (Client Error).
     *
     * @return this assertion
     * @throws AssertionError if the response is null or its status is invalid or of another class
     */
    public SELF isClientError() {
        return hasStatusClass(StatusClass.CLIENT_ERROR);
    }

    /**
     * Verifies that the status is 5xx (Server Error).
     *
     * @return this assertion
     * @throws AssertionError if the response is null or its status is invalid or of another class
     */
    public SELF isServerError() {
        return hasStatusClass(StatusClass.SERVER_ERROR);
    }

    private SELF hasStatusClass(StatusClass expected) {
        HttpStatusInfo status = statusInfo();
        if (status.statusClass() != expected) {
            throw assertionError(shouldHaveStatusClass(expected, status));
        }
        return myself;
    }

    /**
     * Verifies that the response has a header, ignoring the case of its name.
     * <pre>{@code
     * assertThat(response).containsHeader("etag");  // passes when ETag is present
     * // otherwise: expected header etag but the response to GET http://host/path has only [content-length, date]
     * }</pre>
     *
     * @param name  the header name, not null
     * @return this assertion
     * @throws AssertionError if the response is null or the header is absent; the message lists
     *         the names present, never their values
     * @throws NullPointerException if {@code name} is null
     */
    public SELF containsHeader(String name) {
        Objects.requireNonNull(name, "name");
        isNotNull();
        if (actual.headers().firstValue(name).isEmpty()) {
            throw assertionError(shouldContainHeader(name, describeRequest(), actual.headers().map().keySet()));
        }
        return myself;
    }

    /**
     * Verifies that a header has the given value among its values.
     * <pre>{@code
     * assertThat(response).hasHeader("ETag", "\"v1\"");
     * // for another value: expected header ETag with value "\"v1\"" but it had ["\"v2\""]
     * }</pre>
     *
     * @param name   the header name, not null
     * @param value  the expected value, compared exactly, not null
     * @return this assertion
     * @throws AssertionError if the response is null, the header is absent or no value matches;
     *         the values of credential headers are not shown
     * @throws NullPointerException if an argument is null
     */
    public SELF hasHeader(String name, String value) {
        Objects.requireNonNull(value, "value");
        containsHeader(name);
        List<String> values = actual.headers().allValues(name);
        if (!values.contains(value)) {
            throw assertionError(shouldHaveHeaderValue(name, value, values));
        }
        return myself;
    }

    /**
     * Verifies that the response is a 3xx whose {@code Location}, resolved against the request
     * URI as {@link RedirectPolicy#resolveLocation(URI, String)} does (RFC 3986, section 5.2, with
     * the fragment rule of <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2">RFC 9110,
     * section 10.2.2</a>), equals {@code expected}.
     * <pre>{@code
     * assertThat(response).hasRedirectTarget("https://example.com/new");
     * // for another target:
     * // expected a redirect to "https://example.com/new" but Location leads to "https://example.com/old"
     * }</pre>
     *
     * <p>The message quotes the expected target and the Location or its target escaped and cut
     * after 64 characters, as every message of httpstatus quotes text it did not write.
     *
     * @param expected  the absolute target, not null
     * @return this assertion
     * @throws AssertionError if the response is null, not a 3xx, has no valid Location, or leads
     *         elsewhere
     * @throws NullPointerException if {@code expected} is null
     */
    public SELF hasRedirectTarget(String expected) {
        Objects.requireNonNull(expected, "expected");
        HttpStatusInfo status = statusInfo();
        if (!status.isRedirection()) {
            throw assertionError(shouldRedirectTo(expected, status));
        }
        Optional<String> location = actual.headers().firstValue("Location");
        if (location.isEmpty()) {
            throw assertionError(shouldRedirectToWithoutLocation(expected, status));
        }
        Optional<String> target = resolve(location.get());
        if (target.isEmpty()) {
            throw assertionError(shouldRedirectToInvalidLocation(expected, location.get()));
        } else if (!target.get().equals(expected)) {
            throw assertionError(shouldRedirectTo(expected, target.get()));
        }
        return myself;
    }

    /**
     * Verifies that the response breaks no rule of the {@link ConformanceCheck}: content where
     * none is allowed, a missing required header or Location, an invalid Retry-After, Allow or
     * Content-Range, a problem document on a 2xx.
     * <pre>{@code
     * assertThat(response).conformsToRfc9110();
     * // for a 405 without Allow:
     * // expected a response that conforms to RFC 9110 but found:
     * //   MUST REQUIRED_HEADER_MISSING (RFC 9110, section 15.5.6): 405 Method Not Allowed must send Allow
     * }</pre>
     *
     * <p>Whether the response has content is read from the body when it was kept as a
     * {@code String} or {@code byte[]}; otherwise from a {@code Content-Length} above zero, except
     * on a response to HEAD and on a 1xx, 204 or 304, where that header announces a length but no
     * content follows (<a href="https://www.rfc-editor.org/rfc/rfc9112#section-6.3">RFC 9112,
     * section 6.3</a>). The JDK client does not expose the reason phrase, so it is not checked.
     *
     * @return this assertion
     * @throws AssertionError if the response is null or breaks a rule; the message lists every finding
     */
    public SELF conformsToRfc9110() {
        isNotNull();
        List<Finding> findings = ConformanceCheck.check(observedResponse());
        if (!findings.isEmpty()) {
            throw assertionError(shouldConformToRfc9110(findings));
        }
        return myself;
    }

    /**
     * Returns the status of the response, after verifying that there is a response and that its
     * code is in 100..599. For checks that subclasses add.
     *
     * @return the status, never null
     * @throws AssertionError if the response is null or its code is outside 100..599
     */
    protected final HttpStatusInfo statusInfo() {
        isNotNull();
        Optional<HttpStatusInfo> status = HttpStatusInfo.find(actual.statusCode());
        if (status.isEmpty()) {
            throw assertionError(shouldBeValidStatusCode(actual.statusCode()));
        }
        return status.get();
    }

    /**
     * Returns the response as the {@link ConformanceCheck} reads it: status, header fields (without
     * HTTP/2 pseudo-header fields such as {@code :status}), whether it had content, and the
     * request method. For checks that subclasses add.
     *
     * @return the observed response, never null
     * @throws AssertionError if the response is null
     */
    protected final ObservedResponse observedResponse() {
        isNotNull();
        Headers.Builder builder = Headers.builder();
        for (Map.Entry<String, List<String>> field : actual.headers().map().entrySet()) {
            // HTTP/2 pseudo-header fields such as :status are not header fields.
            if (!field.getKey().startsWith(":")) {
                field.getValue().forEach(value -> builder.add(field.getKey(), value));
            }
        }
        Headers headers = builder.build();
        HttpMethod method = HttpMethod.of(actual.request().method());
        return ObservedResponse.of(actual.statusCode(), headers, hasContent(headers, method)).withMethod(method);
    }

    /**
     * The Location resolved against the request URI as a redirect would be followed (RFC 3986,
     * section 5.2), or empty when the resolver refuses it.
     */
    private Optional<String> resolve(String location) {
        return RedirectPolicy.resolveLocation(actual.request().uri(), location).map(URI::toString);
    }

    /**
     * Whether the response had content: from a kept body, or else from Content-Length where the
     * framing lets it announce content. A response to HEAD, a 1xx, a 204 and a 304 end with their
     * header section whatever Content-Length says (RFC 9112, section 6.3).
     */
    private boolean hasContent(Headers headers, HttpMethod method) {
        Object body = actual.body();
        if (body instanceof String text) {
            return !text.isEmpty();
        }
        if (body instanceof byte[] bytes) {
            return bytes.length > 0;
        }
        int code = actual.statusCode();
        boolean bodyless = method.equals(HttpMethod.HEAD) || code < 200 || code == 204 || code == 304;
        return !bodyless && headers.firstValue("Content-Length").filter(AbstractHttpResponseAssert::isPositive).isPresent();
    }

    /** Whether a Content-Length value, without the whitespace that {@code Headers} strips, is a number above zero. */
    private static boolean isPositive(String length) {
        return POSITIVE_LENGTH.matcher(length).matches();
    }

    /**
     * Returns how failure messages name the request: its method and URI without user information,
     * query or fragment, escaped to printable ASCII, such as {@code GET http://127.0.0.1:8080/items}.
     * For checks that subclasses add.
     *
     * @return the request, never null
     * @throws AssertionError if the response is null
     */
    protected final String describeRequest() {
        isNotNull();
        URI uri = actual.request().uri();
        String host = uri.getHost() == null ? "" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return Printable.escape(actual.request().method() + " " + uri.getScheme() + "://" + host + port + path);
    }
}
