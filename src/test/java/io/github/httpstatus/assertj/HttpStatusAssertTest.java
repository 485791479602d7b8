package io.github.httpstatus.assertj;

import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThatStatus;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpStatusAssertTest {

    @Test
    void passesWhenTheStatusMatches() {
        assertThatCode(() -> assertThatStatus(200).isSuccessful().hasCode(200).isRegistered().isCacheableByDefault())
                .doesNotThrowAnyException();
        assertThatCode(() -> assertThat(StatusCode.PERMANENT_REDIRECT).isRedirection().isPermanent().preservesMethod()
                .isRedirect()).doesNotThrowAnyException();
        assertThatCode(() -> assertThat(HttpStatusInfo.of(503)).isServerError().isError().isRetryable())
                .doesNotThrowAnyException();
        assertThatCode(() -> assertThatStatus(100).isInformational().hasStatusClass(StatusClass.INFORMATIONAL))
                .doesNotThrowAnyException();
        assertThatCode(() -> assertThatStatus(404).isClientError()).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "isSuccessful 404|expected a 2xx Successful status but was 404 Not Found (4xx Client Error)",
        "isInformational 200|expected a 1xx Informational status but was 200 OK (2xx Successful)",
        "isRedirection 200|expected a 3xx Redirection status but was 200 OK (2xx Successful)",
        "isClientError 500|expected a 4xx Client Error status but was 500 Internal Server Error (5xx Server Error)",
        "isServerError 404|expected a 5xx Server Error status but was 404 Not Found (4xx Client Error)",
        "isError 200|expected an error status (4xx or 5xx) but was 200 OK (2xx Successful)",
        "hasCode201 200|expected status 201 Created but was 200 OK (2xx Successful)",
        "hasCode999 200|expected status 999 but was 200 OK (2xx Successful)",
        "isRegistered 499|expected a status in the IANA registry but was 499 Client Error (4xx Client Error), which is unregistered",
        "isPermanent 302|expected a permanent status (301, 308 or 410) but was 302 Found (3xx Redirection), whose permanence is temporary",
        "preservesMethod 302|expected a status that preserves the method (307 or 308) but was 302 Found (3xx Redirection)",
        "isRedirect 300|expected a status followed automatically (301, 302, 303, 307 or 308) but was 300 Multiple Choices (3xx Redirection)",
        "isRetryable 404|expected a retryable status but was 404 Not Found (4xx Client Error), which is not retryable",
        "isCacheableByDefault 201|expected a status cacheable by default but was 201 Created (2xx Successful)",
        "isSuccessful 600|expected a valid status code (100..599) but was 600",
    })
    void failsWithAMessageInWords(String call, String message) {
        String[] parts = call.split(" ");
        int code = Integer.parseInt(parts[1]);
        HttpStatusAssert assertion = assertThatStatus(code);
        assertThatThrownBy(() -> invoke(assertion, parts[0])).isInstanceOf(AssertionError.class).hasMessage(message);
    }

    private static void invoke(HttpStatusAssert assertion, String call) {
        switch (call) {
            case "isSuccessful" -> assertion.isSuccessful();
            case "isInformational" -> assertion.isInformational();
            case "isRedirection" -> assertion.isRedirection();
            case "isClientError" -> assertion.isClientError();
            case "isServerError" -> assertion.isServerError();
            case "isError" -> assertion.isError();
            case "hasCode201" -> assertion.hasCode(201);
            case "hasCode999" -> assertion.hasCode(999);
            case "isRegistered" -> assertion.isRegistered();
            case "isPermanent" -> assertion.isPermanent();
            case "preservesMethod" -> assertion.preservesMethod();
            case "isRedirect" -> assertion.isRedirect();
            case "isRetryable" -> assertion.isRetryable();
            case "isCacheableByDefault" -> assertion.isCacheableByDefault();
            default -> throw new IllegalArgumentException(call);
        }
    }

    @Test
    void everyPassingCheckReturnsTheSameAssertionForChaining() {
        HttpStatusAssert notFound = assertThatStatus(404);
        Assertions.assertThat(notFound.isClientError()).isSameAs(notFound);
        HttpStatusAssert permanentRedirect = assertThatStatus(308);
        Assertions.assertThat(permanentRedirect.isRedirect()).isSameAs(permanentRedirect);
        HttpStatusAssert unavailable = assertThatStatus(503);
        Assertions.assertThat(unavailable.isRetryable()).isSameAs(unavailable);
        HttpStatusAssert ok = assertThatStatus(200);
        Assertions.assertThat(ok.isCacheableByDefault()).isSameAs(ok);
    }

    @Test
    void nullActualFails() {
        assertThatThrownBy(() -> assertThat((HttpStatusInfo) null).isSuccessful())
                .isInstanceOf(AssertionError.class).hasMessage("expected a status but was null");
        assertThatThrownBy(() -> assertThat((StatusCode) null).isSuccessful()).isInstanceOf(AssertionError.class);
    }

    @Test
    void honoursTheUsersDescription() {
        assertThatThrownBy(() -> assertThatStatus(404).as("GET /items").isSuccessful())
                .hasMessage("[GET /items] expected a 2xx Successful status but was 404 Not Found (4xx Client Error)");
    }
}
