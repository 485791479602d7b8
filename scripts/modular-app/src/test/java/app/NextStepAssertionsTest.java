package app;

import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static io.github.httpstatus.assertj.HttpStatusAssertions.assertThatStatus;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.StatusCode;

import org.junit.jupiter.api.Test;

class NextStepAssertionsTest {

    @Test
    void retriesWhatTheAssertionsCallRetryable() {
        assertThatStatus(503).isRetryable().isServerError();
        assertThat(StatusCode.PERMANENT_REDIRECT).isRedirect().preservesMethod();
        assertThatThrownBy(() -> assertThatStatus(404).as("after 404").isRetryable())
                .hasMessage("[after 404] expected a retryable status but was 404 Not Found (4xx Client Error), "
                        + "which is not retryable");
    }

    @Test
    void followsWhatTheResponseAssertionsCallARedirect() {
        String far = "https://app.example/" + "a".repeat(200);
        StubResponse moved = new StubResponse(301, "Location", far);
        assertThat(moved).isRedirection().hasRedirectTarget(far).status().isPermanent();
        org.assertj.core.api.Assertions.assertThat(NextStep.after(moved)).isEqualTo("follow");
        // Failure messages escape and cut what the server sent.
        assertThatThrownBy(() -> assertThat(moved).hasRedirectTarget("https://app.example/"))
                .hasMessage("expected a redirect to \"https://app.example/\" but Location leads to "
                        + "\"https://app.example/" + "a".repeat(44) + "\"...");
        assertThatThrownBy(() -> assertThat(new StubResponse(200, "Set-Cookie", "id=1")).hasHeader("Set-Cookie", "id=2"))
                .hasMessage("expected header Set-Cookie with a value not shown but none of its 1 value(s) matched; "
                        + "values of Set-Cookie are never shown");
        assertThatThrownBy(() -> assertThat(new StubResponse(200, "ETag", "\"v1\"")).hasHeader("ETag", "\"v2\r\n\""))
                .hasMessage("expected header ETag with value \"\\\"v2\\r\\n\\\"\" but it had [\"\\\"v1\\\"\"]");
    }
}
