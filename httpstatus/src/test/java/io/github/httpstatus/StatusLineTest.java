package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusLineTest {

    @Nested
    class Accepted {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            // line | major | minor | code | reason | section
            "'HTTP/1.1 200 OK'|1|1|200|OK|RFC 9112 4",
            "'HTTP/1.0 404 Not Found'|1|0|404|Not Found|RFC 9112 4",
            "'HTTP/1.1 200 OK\r\n'|1|1|200|OK|RFC 9112 2.1: the line's CRLF",
            "'HTTP/1.1 204 '|1|1|204|''|RFC 9112 4: reason-phrase is optional",
            "'HTTP/1.1 204'|1|1|204|''|missing SP tolerated at the end",
            "'HTTP/1.1 204\r\n'|1|1|204|''|missing SP tolerated at the end",
            "'HTTP/1.1 200 All\tgood  here'|1|1|200|All\tgood  here|RFC 9112 4: HTAB and SP in the reason",
            "'HTTP/1.1 200 d\u00e9j\u00e0'|1|1|200|d\u00e9j\u00e0|RFC 9112 4: obs-text",
            "'HTTP/1.1 600 Odd'|1|1|600|Odd|RFC 9112 4: 3DIGIT; RFC 9110 15 reads it as 5xx",
            "'HTTP/9.9 099 x'|9|9|99|x|RFC 9112 4: DIGIT . DIGIT",
        })
        void parses(String text, int major, int minor, int code, String reason, String section) {
            StatusLine line = StatusLine.parse(text);
            assertThat(line).isEqualTo(new StatusLine(major, minor, code, reason));
            assertThat(StatusLine.tryParse(text)).contains(line);
        }

        @Test
        void keepsTheReasonPhraseAsSent() {
            assertThat(StatusLine.parse("HTTP/1.1 404 Not Found").reasonPhrase()).isEqualTo("Not Found");
            assertThat(StatusLine.parse("HTTP/1.1 404 Nope").reasonPhrase()).isEqualTo("Nope");
        }

        @Test
        void readsTheUsualLinesOfBothVersions() {
            // HTTP/1.0 or HTTP/1.1, a valid code and its registered phrase: read by the short path.
            assertThat(StatusLine.tryParse("HTTP/1.0 404 Not Found")).contains(new StatusLine(1, 0, 404, "Not Found"));
            assertThat(StatusLine.parse("HTTP/1.0 200 OK")).isEqualTo(new StatusLine(1, 0, 200, "OK"))
                    .isNotEqualTo(StatusLine.parse("HTTP/1.1 200 OK"));
        }

        @Test
        void readsEveryOtherFormOfTheSameLineToAnEqualInstance() {
            StatusLine usual = StatusLine.parse("HTTP/1.1 503 Service Unavailable");
            assertThat(StatusLine.parse(new StringBuilder("HTTP/1.1 503 Service Unavailable"))).isEqualTo(usual);
            assertThat(StatusLine.parse("HTTP/1.1 503 Service Unavailable\r\n")).isEqualTo(usual);
            assertThat(StatusLine.parse("HTTP/1.1 503 Busy")).isEqualTo(new StatusLine(1, 1, 503, "Busy"));
            assertThat(StatusLine.parse("HTTP/1.2 200 OK")).isEqualTo(new StatusLine(1, 2, 200, "OK"));
        }

        @Test
        void invalidCodesAreProcessedAsServerErrors() {
            // RFC 9110, section 15: a code outside 100..599 is processed as 5xx.
            StatusLine line = StatusLine.parse("HTTP/1.1 600 Odd");
            assertThat(line.hasValidCode()).isFalse();
            assertThat(line.status()).isSameAs(HttpStatusInfo.of(500));
            assertThat(StatusLine.parse("HTTP/1.1 201 Created").status()).isSameAs(HttpStatusInfo.of(201));
            assertThat(StatusLine.parse("HTTP/1.1 201 Created").hasValidCode()).isTrue();
        }

        @Test
        void toStringIsTheWireFormAndParsesBack() {
            assertThat(StatusLine.parse("HTTP/1.1 204").toString()).isEqualTo("HTTP/1.1 204 ");
            assertThat(new StatusLine(1, 0, 7, "x").toString()).isEqualTo("HTTP/1.0 007 x");
            assertThat(new StatusLine(1, 0, 42, "x").toString()).isEqualTo("HTTP/1.0 042 x");
            StatusLine line = StatusLine.of(HttpStatusInfo.of(308));
            assertThat(line.toString()).isEqualTo("HTTP/1.1 308 Permanent Redirect");
            assertThat(StatusLine.parse(line.toString())).isEqualTo(line);
            assertThat(line.version()).isEqualTo("HTTP/1.1");
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            // line | error index | problem
            "'HTTP/1.1 2000 OK'|12|expected SP after the 3-digit code",
            "'HTTP/1.1 20 OK'|11|expected a 3-digit status code",
            "'HTTP/1.1 +200 OK'|9|expected a 3-digit status code",
            "'HTTP/1.1 -200 OK'|9|expected a 3-digit status code",
            "'HTTP/1.1 \u0662\u0660\u0660 OK'|9|expected a 3-digit status code",
            "'HTTP/1.1 \uff12\uff10\uff10 OK'|9|expected a 3-digit status code",
            "'HTTP/1.1  200 OK'|9|expected a 3-digit status code",
            "'HTTP/1.1\t200\tOK'|8|expected SP after the version",
            "' HTTP/1.1 200 OK'|0|expected \"HTTP/\" in upper case",
            "'http/1.1 200 OK'|0|expected \"HTTP/\" in upper case",
            "'HTTP/1.10 200 OK'|8|expected SP after the version",
            "'HTTP/2 200'|6|expected the version as DIGIT \".\" DIGIT",
            "'HTTP/x.1 200 OK'|5|expected the version as DIGIT \".\" DIGIT",
            "'HTTP/1.x 200 OK'|7|expected the version as DIGIT \".\" DIGIT",
            "'HTTP/1.1'|8|expected SP after the version",
            "'HTTP/'|5|expected the version as DIGIT \".\" DIGIT",
            "''|0|expected \"HTTP/\" in upper case",
            "'HTTP/1.1 200 OK\r\nSet-Cookie: a=b'|15|the reason phrase allows only HTAB, SP, VCHAR and obs-text",
            "'HTTP/1.1 200 OK\n'|15|the reason phrase allows only HTAB, SP, VCHAR and obs-text",
            "'HTTP/1.1 200 OK\r'|15|the reason phrase allows only HTAB, SP, VCHAR and obs-text",
            "'HTTP/1.1 200 O\u0000K'|14|the reason phrase allows only HTAB, SP, VCHAR and obs-text",
            "'HTTP/1.1 200 O\u007fK'|14|the reason phrase allows only HTAB, SP, VCHAR and obs-text",
            "'HTTP/1.1 200 \u0100'|13|the reason phrase allows only HTAB, SP, VCHAR and obs-text",
            "'HTTP/1.1 200 OK\r\n\r\n'|15|the reason phrase allows only HTAB, SP, VCHAR and obs-text",
            "'HTTP/1.1 1_00 X'|10|expected a 3-digit status code",
        })
        void rejectsWithIndexAndProblem(String text, int index, String problem) {
            assertThatThrownBy(() -> StatusLine.parse(text))
                    .isExactlyInstanceOf(StatusParseException.class)
                    .hasMessageStartingWith("invalid status line at index " + index + ": " + problem + ": ")
                    .satisfies(e -> assertThat(((StatusParseException) e).errorIndex()).isEqualTo(index));
            assertThat(StatusLine.tryParse(text)).isEmpty();
        }

        @Test
        void messageEscapesTheInputSoItCannotForgeLogLines() {
            assertThatThrownBy(() -> StatusLine.parse("HTTP/1.1 2000 OK\r\n"))
                    .hasMessage("invalid status line at index 12: expected SP after the 3-digit code: "
                            + "\"HTTP/1.1 2000 OK\\r\\n\"");
        }

        @Test
        void rejectsLinesLongerThanTheBound() {
            String longest = "HTTP/1.1 200 " + "x".repeat(StatusLine.MAX_LENGTH - 13);
            assertThat(StatusLine.parse(longest).reasonPhrase()).hasSize(StatusLine.MAX_LENGTH - 13);
            assertThatThrownBy(() -> StatusLine.parse(longest + "x"))
                    .isExactlyInstanceOf(StatusParseException.class)
                    .hasMessageStartingWith("invalid status line at index 4096: longer than 4096 characters: ")
                    .hasMessageEndingWith("\"...");
        }

        @Test
        void constructorChecksItsComponents() {
            assertThatThrownBy(() -> new StatusLine(10, 1, 200, "OK")).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("HTTP version 10.1 is not one digit each");
            assertThatThrownBy(() -> new StatusLine(1, -1, 200, "OK")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new StatusLine(1, 1, 1000, "OK")).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status code 1000 is not three digits");
            assertThatThrownBy(() -> new StatusLine(1, 1, -1, "OK")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new StatusLine(1, 1, 200, "O\r\nK"))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the reason phrase \"O\\r\\nK\" holds a character other than HTAB, SP, VCHAR or obs-text "
                            + "at index 1");
            assertThatThrownBy(() -> new StatusLine(1, 1, 200, null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("reasonPhrase");
            assertThatThrownBy(() -> StatusLine.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
            assertThatThrownBy(() -> StatusLine.of(null)).isInstanceOf(NullPointerException.class).hasMessage("status");
        }
    }
}
