package io.github.httpstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void escapesControlsQuotesBackslashesAndNonAscii() {
        assertThat(Escaping.quote("a\r\n\t\\\"\u0000\u007f\u0662"))
                .isEqualTo("\"a\\r\\n\\t\\\\\\\"\\u0000\\u007F\\u0662\"");
    }

    @Test
    void writesEveryHexDigitOfACharacter() {
        // Full-width digits and a byte-order mark use all four hex digits.
        assertThat(Escaping.escape("\uff12\ufeff\u1234")).isEqualTo("\\uFF12\\uFEFF\\u1234");
    }

    @Test
    void cutsLongInputAndMarksTheCut() {
        String quoted = Escaping.quote("x".repeat(100));
        assertThat(quoted).isEqualTo("\"" + "x".repeat(64) + "\"...");
    }

    @Test
    void keepsShortInputWhole() {
        assertThat(Escaping.quote("x".repeat(64))).isEqualTo("\"" + "x".repeat(64) + "\"");
        assertThat(Escaping.escape("a\nb")).isEqualTo("a\\nb");
    }
}
