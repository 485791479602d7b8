package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Nested
    class DelaySeconds {

        @ParameterizedTest(name = "[{index}] {0}: {2}")
        @CsvSource(delimiter = '|', value = {
            // text | seconds | the rule
            "120|120|RFC 9110 10.2.3: delay-seconds = 1*DIGIT",
            "0|0|RFC 9110 10.2.3: a non-negative integer, so zero is a delay",
            "007|7|RFC 9110 10.2.3: leading zeros are digits like any other",
            "0000000000000000000000000005|5|leading zeros never push a short delay into saturation",
            "' 5'|5|RFC 9110 5.6.3: OWS (SP) before the value",
            "'5\t'|5|RFC 9110 5.6.3: OWS (HTAB) after the value",
            "'\t 5 \t'|5|RFC 9110 5.6.3: OWS on both sides",
            "2147483648|2147483648|RFC 9111 1.2.2: the largest delta-seconds kept",
            "2147483649|2147483648|RFC 9111 1.2.2 by analogy: larger values saturate",
            "99999999999|2147483648|security.md 2.1: OkHttp threw NumberFormatException here",
            "9223372036854775808|2147483648|2^63: Apache fell back to its 1 s default here",
            "99999999999999999999|2147483648|beyond any long: saturates, never wraps",
            "99999999999999999999999999999999|2147483648|any length of digits saturates",
        })
        void readsAsciiDigitsAndSaturates(String text, long seconds, String rule) {
            RetryAfter value = RetryAfter.tryParse(text).orElseThrow();
            assertThat(value.isDate()).as(rule).isFalse();
            assertThat(value.delay()).as(rule).contains(Duration.ofSeconds(seconds));
            assertThat(value.date()).isEmpty();
            assertThat(value.delayFrom(CLOCK)).isEqualTo(Duration.ofSeconds(seconds));
            assertThat(value.delayFrom(NOW)).isEqualTo(Duration.ofSeconds(seconds));
        }

        @ParameterizedTest(name = "[{index}] {0}: {1}")
        @CsvSource(delimiter = '|', value = {
            // text | the rule it breaks (security.md section 2.1 lists the libraries that accepted them)
            "''|RFC 9110 10.2.3: 1*DIGIT needs at least one digit",
            "' '|RFC 9110 10.2.3: whitespace alone is no value",
            "+5|RFC 5234 B.1: DIGIT has no sign (Apache read 5 s)",
            "-1|RFC 9110 10.2.3: non-negative, and no sign (invalid, not zero)",
            "1.5|RFC 9110 10.2.3: an integer, no fraction (Feign accepted 120.0)",
            "1e3|RFC 9110 10.2.3: no exponent (JavaScript Number() accepts it)",
            "1_0|RFC 9110 10.2.3: no underscore (Java literals allow it)",
            "0x10|RFC 9110 10.2.3: decimal only",
            "5s|RFC 9110 10.2.3: no unit",
            "1 0|RFC 9110 10.2.3: one integer, no inner space",
            "\u0665|RFC 5234 B.1: DIGIT is %x30-39; Arabic-Indic five is not (Apache read 5 s)",
            "\uff15|RFC 5234 B.1: DIGIT is %x30-39; full-width five is not",
            "\u0035\u0663|RFC 5234 B.1: a non-ASCII digit after an ASCII one",
            "'5\r\n'|RFC 9110 5.6.3: OWS is SP and HTAB only; a stray CR LF is not",
            "'\n5'|RFC 9110 5.6.3: OWS is SP and HTAB only; a stray LF is not",
            "'\u000b5'|RFC 9110 5.6.3: VT is not OWS (String.trim() strips it)",
            "'\u00a05'|RFC 9110 5.6.3: NBSP is not OWS",
            "'\u30005'|RFC 9110 5.6.3: the ideographic space is not OWS (String.strip() strips it)",
            "120,120|RFC 9110 10.2.3: one value, not a list (GovInfo and Cloudflare sent \"30, 15\")",
            "Infinity|RFC 9110 10.2.3: not a number form",
            "NaN|RFC 9110 10.2.3: not a number form",
        })
        void rejectsLookAlikes(String text, String rule) {
            assertThat(RetryAfter.tryParse(text)).as(rule).isEmpty();
        }
    }

    @Nested
    class Dates {

        @Test
        void readsAFutureDateAsTheTimeUntilIt() {
            RetryAfter value = RetryAfter.tryParse("Wed, 21 Oct 2026 07:30:00 GMT").orElseThrow();
            assertThat(value.isDate()).isTrue();
            assertThat(value.date()).contains(Instant.parse("2026-10-21T07:30:00Z"));
            assertThat(value.delay()).isEmpty();
            assertThat(value.delayFrom(CLOCK)).isEqualTo(Duration.ofMinutes(2));
        }

        @Test
        void aPastDateMeansNoDelay() {
            RetryAfter value = RetryAfter.tryParse("Fri, 31 Dec 1999 23:59:59 GMT").orElseThrow();
            assertThat(value.delayFrom(CLOCK)).isZero();
            assertThat(value.delayFrom(Instant.parse("1999-12-31T23:59:59Z"))).isZero();
        }

        @Test
        void countsFromTheResponseDateWhenGiven() {
            // The server's own Date header is the reference for a date the server sent: no clock skew.
            RetryAfter value = RetryAfter.tryParse("Wed, 21 Oct 2026 07:30:00 GMT").orElseThrow();
            Instant serverNow = Instant.parse("2026-10-21T07:29:30Z");
            assertThat(value.delayFrom(Optional.of(serverNow), CLOCK)).isEqualTo(Duration.ofSeconds(30));
            assertThat(value.delayFrom(Optional.empty(), CLOCK)).isEqualTo(Duration.ofMinutes(2));
            assertThat(RetryAfter.ofSeconds(9).delayFrom(Optional.of(serverNow), CLOCK)).isEqualTo(Duration.ofSeconds(9));
        }

        @Test
        void partOfASecondIsNeverCountedEarly() {
            RetryAfter value = RetryAfter.ofDate(Instant.parse("2026-10-21T07:28:05Z"));
            assertThat(value.delayFrom(Instant.parse("2026-10-21T07:28:04.500Z"))).isEqualTo(Duration.ofSeconds(1));
        }

        @Test
        void aDateFarAheadSaturates() {
            RetryAfter value = RetryAfter.tryParse("Fri, 31 Dec 9999 23:59:59 GMT").orElseThrow();
            assertThat(value.delayFrom(Instant.EPOCH)).isEqualTo(Duration.ofSeconds(RetryAfter.MAX_DELAY_SECONDS));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "' Wed, 21 Oct 2026 07:30:00 GMT '",
            "'Wednesday, 21-Oct-26 07:30:00 GMT'",
            "'\t   \tWednesday, 21-Oct-26 07:30:00 GMT\t'",
            "'Wed Oct 21 07:30:00 2026'",
            "'  Wed Oct 21 07:30:00 2026 '",
        })
        void acceptsEveryDateFormWithOptionalWhitespace(String text) {
            assertThat(RetryAfter.tryParse(text, CLOCK).orElseThrow().date()).contains(Instant.parse("2026-10-21T07:30:00Z"));
        }

        @Test
        void rejectsDatesThatAreNotHttpDates() {
            assertThat(RetryAfter.tryParse("2026-10-21T07:30:00Z")).isEmpty();
            assertThat(RetryAfter.tryParse("Wed, 21 Oct 2026 07:30:00 UTC")).isEmpty();
        }
    }

    @Nested
    class ForServers {

        @Test
        void buildsHeaderValues() {
            assertThat(RetryAfter.ofSeconds(120).toHeaderValue()).isEqualTo("120");
            assertThat(RetryAfter.ofSeconds(Long.MAX_VALUE).toHeaderValue()).isEqualTo("2147483648");
            assertThat(RetryAfter.ofDelay(Duration.ofMillis(1500)).toHeaderValue()).isEqualTo("2");
            assertThat(RetryAfter.ofDelay(Duration.ZERO).toHeaderValue()).isEqualTo("0");
            assertThat(RetryAfter.ofDelay(Duration.ofSeconds(Long.MAX_VALUE, 5)).toHeaderValue()).isEqualTo("2147483648");
            assertThat(RetryAfter.ofDate(Instant.parse("2026-10-21T07:28:00.700Z")).toHeaderValue())
                    .isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
            assertThat(RetryAfter.ofSeconds(3)).hasToString("Retry-After: 3");
        }

        @Test
        void headerValuesParseBack() {
            for (RetryAfter value : new RetryAfter[] {RetryAfter.ofSeconds(0), RetryAfter.ofSeconds(86_400),
                RetryAfter.ofDate(NOW)}) {
                assertThat(RetryAfter.tryParse(value.toHeaderValue())).contains(value);
            }
        }

        @Test
        void rejectsNegativeDelaysAndUnwritableDates() {
            assertThatThrownBy(() -> RetryAfter.ofSeconds(-1)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a Retry-After delay cannot be negative: -1 s");
            assertThatThrownBy(() -> RetryAfter.ofDelay(Duration.ofMillis(-1)))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a Retry-After delay cannot be negative: -0.001 s");
            assertThatThrownBy(() -> RetryAfter.ofDate(Instant.MAX)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("instant +1000000000-12-31T23:59:59.999999999Z is outside the years 0000..9999 that an "
                            + "HTTP-date can show");
        }

        @Test
        void equalityFollowsFormAndValue() {
            assertThat(RetryAfter.ofSeconds(5)).isEqualTo(RetryAfter.ofSeconds(5)).hasSameHashCodeAs(RetryAfter.ofSeconds(5))
                    .isNotEqualTo(RetryAfter.ofSeconds(6)).isNotEqualTo(RetryAfter.ofDate(Instant.ofEpochSecond(5)))
                    .isNotEqualTo("5");
            assertThat(RetryAfter.ofDate(NOW)).isEqualTo(RetryAfter.ofDate(NOW)).hasSameHashCodeAs(RetryAfter.ofDate(NOW));
        }

        @Test
        void nullsNameTheParameter() {
            assertThatThrownBy(() -> RetryAfter.tryParse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
            assertThatThrownBy(() -> RetryAfter.tryParse("1", null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
            assertThatThrownBy(() -> RetryAfter.ofDelay(null)).isInstanceOf(NullPointerException.class).hasMessage("delay");
            assertThatThrownBy(() -> RetryAfter.ofDate(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
            assertThatThrownBy(() -> RetryAfter.ofSeconds(1).delayFrom((Instant) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("reference");
            assertThatThrownBy(() -> RetryAfter.ofSeconds(1).delayFrom((Clock) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("clock");
            assertThatThrownBy(() -> RetryAfter.ofSeconds(1).delayFrom(null, CLOCK))
                    .isInstanceOf(NullPointerException.class).hasMessage("responseDate");
        }
    }
}
