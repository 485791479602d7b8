package io.github.httpstatus.assertj;

import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThatStatus;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpStatusAssertTest {

    /** Every check, by the name the tables use. */
    private static final Map<String, Function<HttpStatusAssert, HttpStatusAssert>> CHECKS = Map.ofEntries(
            entry("isNotNull", HttpStatusAssert::isNotNull),
            entry("isInformational", HttpStatusAssert::isInformational),
            entry("isSuccessful", HttpStatusAssert::isSuccessful),
            entry("isRedirection", HttpStatusAssert::isRedirection),
            entry("isClientError", HttpStatusAssert::isClientError),
            entry("isServerError", HttpStatusAssert::isServerError),
            entry("hasStatusClass(SERVER_ERROR)", a -> a.hasStatusClass(StatusClass.SERVER_ERROR)),
            entry("isError", HttpStatusAssert::isError),
            entry("hasCode(201)", a -> a.hasCode(201)),
            entry("hasCode(999)", a -> a.hasCode(999)),
            entry("hasCode(CREATED)", a -> a.hasCode(StatusCode.CREATED)),
            entry("isRegistered", HttpStatusAssert::isRegistered),
            entry("isPermanent", HttpStatusAssert::isPermanent),
            entry("preservesMethod", HttpStatusAssert::preservesMethod),
            entry("isRedirect", HttpStatusAssert::isRedirect),
            entry("isRetryable", HttpStatusAssert::isRetryable),
            entry("isCacheableByDefault", HttpStatusAssert::isCacheableByDefault));

    @ParameterizedTest(name = "{0} passes for {1}")
    @CsvSource({
        "isNotNull, 100", "isNotNull, 599", "isInformational, 103", "isSuccessful, 204", "isRedirection, 304", "isClientError, 404", "isServerError, 503",
        "hasStatusClass(SERVER_ERROR), 599", "isError, 418", "isError, 500", "hasCode(201), 201",
        "hasCode(CREATED), 201", "isRegistered, 104", "isPermanent, 410", "preservesMethod, 307", "isRedirect, 303",
        "isRetryable, 429", "isRetryable, 502", "isCacheableByDefault, 404",
    })
    void passesWhenTheStatusHasIt(String check, int code) {
        HttpStatusAssert assertion = assertThatStatus(code);
        Assertions.assertThat(CHECKS.get(check).apply(assertion)).as("returns itself for chaining").isSameAs(assertion);
        assertThatCode(() -> CHECKS.get(check).apply(assertThat(HttpStatusInfo.of(code)))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} fails for {1}")
    @CsvSource(delimiter = '|', value = {
        "isInformational|200|expected a 1xx Informational status but was 200 OK (2xx Successful)",
        "isSuccessful|404|expected a 2xx Successful status but was 404 Not Found (4xx Client Error)",
        "isRedirection|200|expected a 3xx Redirection status but was 200 OK (2xx Successful)",
        "isClientError|500|expected a 4xx Client Error status but was 500 Internal Server Error (5xx Server Error)",
        "isServerError|404|expected a 5xx Server Error status but was 404 Not Found (4xx Client Error)",
        "hasStatusClass(SERVER_ERROR)|499|expected a 5xx Server Error status but was 499 Client Error (4xx Client Error)",
        "isError|302|expected an error status (4xx or 5xx) but was 302 Found (3xx Redirection)",
        "hasCode(201)|200|expected status 201 Created but was 200 OK (2xx Successful)",
        "hasCode(999)|200|expected status 999 but was 200 OK (2xx Successful)",
        "hasCode(CREATED)|202|expected status 201 Created but was 202 Accepted (2xx Successful)",
        "isRegistered|499|expected a status in the IANA registry but was 499 Client Error (4xx Client Error), "
                + "which is unregistered",
        "isPermanent|302|expected a permanent status (301, 308 or 410) but was 302 Found (3xx Redirection), "
                + "whose permanence is temporary",
        "preservesMethod|302|expected a status that preserves the method (307 or 308) but was 302 Found "
                + "(3xx Redirection)",
        "isRedirect|300|expected a status followed automatically (301, 302, 303, 307 or 308) but was 300 Multiple "
                + "Choices (3xx Redirection)",
        "isRetryable|404|expected a retryable status but was 404 Not Found (4xx Client Error), which is not retryable",
        "isCacheableByDefault|201|expected a status cacheable by default but was 201 Created (2xx Successful)",
    })
    void failsWithAMessageInWords(String check, int code, String message) {
        assertThatThrownBy(() -> CHECKS.get(check).apply(assertThatStatus(code)))
                .isExactlyInstanceOf(AssertionError.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"isNotNull", "isInformational", "isSuccessful", "isRedirection", "isClientError", "isServerError",
        "hasStatusClass(SERVER_ERROR)", "isError", "hasCode(201)", "hasCode(999)", "hasCode(CREATED)", "isRegistered",
        "isPermanent", "preservesMethod", "isRedirect", "isRetryable", "isCacheableByDefault"})
    void failsForANullOrInvalidStatus(String check) {
        assertThatThrownBy(() -> CHECKS.get(check).apply(assertThat((HttpStatusInfo) null)))
                .isExactlyInstanceOf(AssertionError.class).hasMessage("%nExpecting actual not to be null", new Object[0]);
        assertThatThrownBy(() -> CHECKS.get(check).apply(assertThat((StatusCode) null)))
                .isExactlyInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> CHECKS.get(check).apply(assertThatStatus(600)))
                .hasMessage("expected a valid status code (100..599) but was 600");
        assertThatThrownBy(() -> CHECKS.get(check).apply(assertThatStatus(0)))
                .hasMessage("expected a valid status code (100..599) but was 0");
        assertThatThrownBy(() -> CHECKS.get(check).apply(assertThatStatus(-1)))
                .hasMessage("expected a valid status code (100..599) but was -1");
    }

    @Test
    void startsFromTheIntsEdgesOfTheValidRange() {
        Assertions.assertThat(assertThatStatus(100).actual()).isSameAs(HttpStatusInfo.of(100));
        Assertions.assertThat(assertThatStatus(599).actual()).isSameAs(HttpStatusInfo.of(599));
        Assertions.assertThat(assertThatStatus(99).actual()).isNull();
        Assertions.assertThat(assertThatStatus(600).actual()).isNull();
        assertThatThrownBy(() -> assertThatStatus(99).as("edge").isNotNull())
                .hasMessage("[edge] expected a valid status code (100..599) but was 99");
    }

    @Test
    void tablesEveryPublicCheck() {
        Set<String> checks = Arrays.stream(AbstractHttpStatusAssert.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isBridge())
                .map(Method::getName).collect(Collectors.toSet());
        Set<String> tabled = CHECKS.keySet().stream().map(name -> name.replaceAll("\\(.*", "")).collect(Collectors.toSet());
        Assertions.assertThat(tabled).isEqualTo(checks);
    }

    @Test
    void startsTheMessageWithTheUsersDescription() {
        assertThatThrownBy(() -> assertThatStatus(404).as("GET /items").isSuccessful())
                .hasMessage("[GET /items] expected a 2xx Successful status but was 404 Not Found (4xx Client Error)");
        assertThatThrownBy(() -> assertThat(StatusCode.FOUND).as("old link").isPermanent())
                .hasMessageStartingWith("[old link] expected a permanent status");
    }

    @Test
    void chainsAndRefusesNullArguments() {
        assertThatCode(() -> assertThat(StatusCode.PERMANENT_REDIRECT).isRedirection().isRedirect().isPermanent()
                .preservesMethod().isCacheableByDefault().isRegistered().hasCode(308)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThatStatus(200).hasStatusClass(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("expected");
        assertThatThrownBy(() -> assertThatStatus(200).hasCode((StatusCode) null)).hasMessage("expected");
    }

    /** A user's own assertion: its check chains with the inherited ones and returns its own type. */
    static final class ApiStatusAssert extends AbstractHttpStatusAssert<ApiStatusAssert> {

        ApiStatusAssert(int code) {
            super(code, ApiStatusAssert.class);
        }

        ApiStatusAssert(HttpStatusInfo actual) {
            super(actual, ApiStatusAssert.class);
        }

        ApiStatusAssert isRateLimited() {
            isNotNull();
            if (actual.code() != 429) {
                throw assertionError(shouldHaveStatus("a rate limit (429)", "which asks for no slowing down"));
            }
            return myself;
        }

        ApiStatusAssert isTeapot() {
            isNotNull();
            if (actual.code() != 418) {
                throw assertionError(shouldHaveStatus("a teapot (418)", ""));
            }
            return myself;
        }
    }

    @Nested
    class Extending {

        @Test
        void chainsTheSubclassChecksWithTheInheritedOnes() {
            ApiStatusAssert assertion = new ApiStatusAssert(429);
            ApiStatusAssert chained = assertion.isClientError().isRateLimited().isRetryable().hasCode(429).isRateLimited();
            Assertions.assertThat(chained).isSameAs(assertion);
            Assertions.assertThat(new ApiStatusAssert(HttpStatusInfo.of(418)).isError().isTeapot()).isInstanceOf(ApiStatusAssert.class);
        }

        @Test
        void failsInTheWordsOfTheOtherChecks() {
            assertThatThrownBy(() -> new ApiStatusAssert(503).as("quota").isServerError().isRateLimited())
                    .isExactlyInstanceOf(AssertionError.class).hasMessage("[quota] expected a rate limit (429) but was "
                            + "503 Service Unavailable (5xx Server Error), which asks for no slowing down");
            assertThatThrownBy(() -> new ApiStatusAssert(200).isTeapot())
                    .hasMessage("expected a teapot (418) but was 200 OK (2xx Successful)");
            assertThatThrownBy(() -> new ApiStatusAssert(429).isRateLimited().isSuccessful())
                    .hasMessage("expected a 2xx Successful status but was 429 Too Many Requests (4xx Client Error)");
        }

        @Test
        void failsForANullOrInvalidStatus() {
            assertThatThrownBy(() -> new ApiStatusAssert(1000).isRateLimited())
                    .hasMessage("expected a valid status code (100..599) but was 1000");
            assertThatThrownBy(() -> new ApiStatusAssert((HttpStatusInfo) null).isRateLimited())
                    .isExactlyInstanceOf(AssertionError.class).hasMessage("%nExpecting actual not to be null", new Object[0]);
        }

        @Test
        void messageHelperRefusesNulls() {
            ApiStatusAssert teapot = new ApiStatusAssert(418);
            assertThatThrownBy(() -> teapot.shouldHaveStatus(null, "")).isExactlyInstanceOf(NullPointerException.class)
                    .hasMessage("expected");
            assertThatThrownBy(() -> teapot.shouldHaveStatus("x", null)).hasMessage("detail");
            assertThatThrownBy(() -> new ApiStatusAssert(700).shouldHaveStatus("x", "")).hasMessage("actual");
        }
    }
}
