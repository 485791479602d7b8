package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusParseExceptionTest {

    @Test
    void keepsTheEscapedInputAndTheIndexBesideTheMessage() {
        StatusParseException failure = new StatusParseException(
                "status line", "expected SP after the 3-digit code", "HTTP/1.1 2000 OK\r\n", 12);

        assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid status line at index 12: expected SP after the 3-digit code: "
                        + "\"HTTP/1.1 2000 OK\\r\\n\"");
        assertThat(failure.input()).isEqualTo("\"HTTP/1.1 2000 OK\\r\\n\"");
        assertThat(failure.errorIndex()).isEqualTo(12);
    }

    @Test
    void parsersReportTheSameInputTheyQuoteInTheMessage() {
        assertThatThrownBy(() -> HttpStatusInfo.parse("2\u00a000"))
                .isInstanceOfSatisfying(StatusParseException.class, failure -> {
                    assertThat(failure.input()).isEqualTo("\"2\\u00A000\"");
                    assertThat(failure.errorIndex()).isEqualTo(1);
                    assertThat(failure.getMessage()).endsWith(": " + failure.input());
                });
    }

    @Test
    void nullsNameTheParameter() {
        assertThatThrownBy(() -> new StatusParseException(null, "p", "t", 0)).hasMessage("what");
        assertThatThrownBy(() -> new StatusParseException("w", null, "t", 0)).hasMessage("problem");
        assertThatThrownBy(() -> new StatusParseException("w", "p", null, 0)).hasMessage("text");
    }
}
