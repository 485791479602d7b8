package app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.HttpStatusInfo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextStepTest {

    @ParameterizedTest
    @CsvSource({"200, done", "308, follow", "503, retry", "404, give up", "700, retry"})
    void followsTheStatus(int code, String step) {
        assertThat(NextStep.after(code)).isEqualTo(step);
        assertThat(NextStep.after(new StubResponse(code, "Date", "Tue, 01 Dec 2026 22:00:00 GMT"))).isEqualTo(step);
    }

    @Test
    void runsOnTheModulePath() {
        assertThat(NextStep.class.getModule().getName()).isEqualTo("app");
        assertThat(HttpStatusInfo.class.getModule().getName()).isEqualTo("io.github.httpstatus");
        assertThat(NextStep.class.getModule().canRead(HttpStatusInfo.class.getModule())).isTrue();
    }
}
