package app;

import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThatStatus;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.StatusCode;

import org.junit.jupiter.api.Test;

class NextStepAssertionsTest {

    @Test
    void retriesOnlyWhatTheAssertionsCallRetryable() {
        assertThatStatus(503).isRetryable().isServerError();
        assertThat(StatusCode.PERMANENT_REDIRECT).isRedirect().preservesMethod();
        assertThatThrownBy(() -> assertThatStatus(404).as("after 404").isRetryable())
                .hasMessage("[after 404] expected a retryable status but was 404 Not Found (4xx Client Error), "
                        + "which is not retryable");
    }
}
