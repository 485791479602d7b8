package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpDateTest {

    private static final Instant EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");
    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);

    @Nested
    class Accepted {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            // text | RFC 9110 section 5.6.7 form or leniency
            "Sun, 06 Nov 1994 08:49:37 GMT|IMF-fixdate",
            "Sunday, 06-Nov-94 08:49:37 GMT|obsolete RFC 850 form",
            "Sun Nov  6 08:49:37 1994|obsolete asctime form",
            "Sun Nov 06 08:49:37 1994|asctime with a 2-digit day",
            "sun, 06 nov 1994 08:49:37 gmt|names in any case (RFC 9111 section 4.2)",
            "SUNDAY, 06-NOV-94 08:49:37 GMT|names in any case",
            "Mon, 06 Nov 1994 08:49:37 GMT|a weekday that does not match the date is ignored",
        })
        void readsTheSameInstantInEveryForm(String text, String form) {
            assertThat(HttpDate.parse(text, IN_2026)).isEqualTo(EXAMPLE);
            assertThat(HttpDate.tryParse(text, IN_2026)).contains(EXAMPLE);
        }

        @Test
        void readsALeapSecondAs59() {
            assertThat(HttpDate.parse("Wed, 31 Dec 2016 23:59:60 GMT"))
                    .isEqualTo(Instant.parse("2016-12-31T23:59:59Z"));
        }

        @Test
        void readsLeapDays() {
            assertThat(HttpDate.parse("Thu, 29 Feb 2024 12:00:00 GMT")).isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
            assertThat(HttpDate.parse("Tue, 29 Feb 2000 12:00:00 GMT")).isEqualTo(Instant.parse("2000-02-29T12:00:00Z"));
        }

        @Test
        void readsTheEdgesOfTheFormsAndNamesInCapitals() {
            assertThat(HttpDate.parse("Sat Jan  1 00:00:00 0000")).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
            assertThat(HttpDate.parse("Fri Dec 31 23:59:59 9999")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
            assertThat(HttpDate.parse("WED, 06 APR 1994 00:00:00 GMT")).isEqualTo(Instant.parse("1994-04-06T00:00:00Z"));
            assertThat(HttpDate.parse("THU AUG 11 00:00:00 1994")).isEqualTo(Instant.parse("1994-08-11T00:00:00Z"));
        }

        @ParameterizedTest(name = "{0} in {1} is {2}")
        @CsvSource({
            // two-digit year, current year, year: RFC 9110 section 5.6.7, more than 50 years ahead is past
            "94, 2026, 1994", "76, 2026, 2076", "77, 2026, 1977", "26, 2026, 2026", "00, 2026, 2000",
            "99, 2049, 2099", "99, 2048, 1999", "10, 2090, 2110", "40, 2090, 2140", "41, 2090, 2041",
        })
        void placesTwoDigitYearsWithinFiftyYears(int twoDigits, int currentYear, int expected) {
            Clock clock = Clock.fixed(Instant.parse(currentYear + "-06-01T00:00:00Z"), ZoneOffset.UTC);
            String text = String.format(Locale.ROOT, "Sunday, 01-Jan-%02d 00:00:00 GMT", twoDigits);
            assertThat(HttpDate.parse(text, clock).atOffset(ZoneOffset.UTC).getYear()).isEqualTo(expected);
        }
    }

    @Nested
    class TwoDigitYears {

        private Instant parse850(String text, String now) {
            return HttpDate.parse(text, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
        }

        @ParameterizedTest(name = "{0} seen at {1} is {2}")
        @CsvSource({
            // RFC 9110 section 5.6.7: "more than 50 years in the future" is measured to the second,
            // not by the year alone.
            "'Monday, 01-Jun-76 00:00:00 GMT', 2026-06-01T00:00:00Z, 2076-06-01T00:00:00Z",
            "'Monday, 01-Jun-76 00:00:01 GMT', 2026-06-01T00:00:00Z, 1976-06-01T00:00:01Z",
            "'Friday, 31-Dec-76 23:59:59 GMT', 2026-06-01T00:00:00Z, 1976-12-31T23:59:59Z",
            "'Thursday, 31-Dec-76 23:59:59 GMT', 2026-12-31T23:59:59Z, 2076-12-31T23:59:59Z",
            "'Friday, 01-Jan-77 00:00:00 GMT', 2026-12-31T23:59:59Z, 1977-01-01T00:00:00Z",
            // 50 years or more in the past is read in the next century.
            "'Monday, 01-Jun-76 00:00:00 GMT', 2126-06-01T00:00:00Z, 2176-06-01T00:00:00Z",
            "'Monday, 01-Jun-76 00:00:01 GMT', 2126-06-01T00:00:00Z, 2076-06-01T00:00:01Z",
            "'Friday, 01-Jan-00 00:00:00 GMT', 2099-12-31T23:00:00Z, 2100-01-01T00:00:00Z",
            "'Saturday, 01-Jun-30 00:00:00 GMT', 2180-06-01T00:00:00Z, 2230-06-01T00:00:00Z",
            "'Saturday, 01-Jun-30 00:00:01 GMT', 2180-06-01T00:00:00Z, 2130-06-01T00:00:01Z",
            // The ends of what an HTTP-date can show are still read.
            "'Saturday, 01-Jan-00 00:00:00 GMT', 0000-06-01T00:00:00Z, 0000-01-01T00:00:00Z",
            "'Friday, 31-Dec-99 23:59:59 GMT', 9999-06-01T00:00:00Z, 9999-12-31T23:59:59Z",
        })
        void placesTheCenturyToTheSecond(String text, String now, Instant expected) {
            assertThat(parse850(text, now)).isEqualTo(expected);
        }

        @Test
        void checksTheDayInTheCenturyChosen() {
            // 2000 is a leap year, 2100 is not: the day is checked once the century is known.
            assertThat(parse850("Tuesday, 29-Feb-00 00:00:00 GMT", "2026-11-25T00:00:00Z"))
                    .isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
            assertThatThrownBy(() -> parse850("Monday, 29-Feb-00 00:00:00 GMT", "2099-12-31T12:00:00Z"))
                    .isExactlyInstanceOf(StatusParseException.class)
                    .hasMessageStartingWith("invalid HTTP-date at index 18: no such day in that month: ");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z", "9999-06-01T00:00:00Z",
            "0000-06-01T00:00:00Z",
        })
        void rejectsAYearOutsideWhatAnHttpDateCanShowWhateverTheClock(Instant now) {
            // 94 lands in 9994 from 9999, and outside 0000..9999 from the other clocks; 20 lands in
            // 10020 from 9999. Either way nothing but StatusParseException or a value comes out.
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);
            for (String text : new String[] {"Sunday, 06-Nov-94 08:49:37 GMT", "Sunday, 06-Nov-20 08:49:37 GMT"}) {
                ParserContract.check(text, t -> HttpDate.parse(t, clock), t -> HttpDate.tryParse(t, clock));
            }
            assertThat(HttpDate.tryParse("Sunday, 06-Nov-94 08:49:37 GMT", Clock.fixed(Instant.MAX, ZoneOffset.UTC)))
                    .isEmpty();
            assertThatThrownBy(() -> HttpDate.parse("Sunday, 06-Nov-20 08:49:37 GMT",
                    Clock.fixed(Instant.parse("9999-06-01T00:00:00Z"), ZoneOffset.UTC)))
                    .isExactlyInstanceOf(StatusParseException.class)
                    .hasMessageStartingWith("invalid HTTP-date at index 15: the 2-digit year falls outside the "
                            + "years 0000..9999 seen from the clock: ");
            assertThat(HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT",
                    Clock.fixed(Instant.parse("9999-06-01T00:00:00Z"), ZoneOffset.UTC)))
                    .isEqualTo(Instant.parse("9994-11-06T08:49:37Z"));
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "Sun, 06 Nov 1994 08:49:37 UTC|25|expected SP and \"GMT\"",
            "Sun, 06 Nov 1994 08:49:37 +0000|4|an IMF-fixdate has exactly 29 characters",
            "Sun, 6 Nov 1994 08:49:37 GMT|4|an IMF-fixdate has exactly 29 characters",
            "Sun,  06 Nov 1994 08:49:37 GMT|4|an IMF-fixdate has exactly 29 characters",
            "' Sun, 06 Nov 1994 08:49:37 GMT'|0|expected a day name",
            "'Sun, 06 Nov 1994 08:49:37 GMT '|4|an IMF-fixdate has exactly 29 characters",
            "Xyz, 06 Nov 1994 08:49:37 GMT|0|expected a day name",
            "Sun, 06 Foo 1994 08:49:37 GMT|8|expected a month name and SP",
            "Sun, 30 Feb 1994 08:49:37 GMT|17|no such day in that month",
            "Sun, 00 Nov 1994 08:49:37 GMT|17|no such day in that month",
            "Sun, 06 Nov 1994 24:00:00 GMT|17|the time is out of range",
            "Sun, 06 Nov 1994 08:60:00 GMT|17|the time is out of range",
            "Sun, 06 Nov 1994 08:49:61 GMT|17|the time is out of range",
            "Sun, 06 Nov 1994 08-49-37 GMT|17|expected the time as HH:MM:SS",
            "Sun, 06 Nov 94 08:49:37 GMT|4|an IMF-fixdate has exactly 29 characters",
            "Sun, 06 Nov \u0661\u0669\u0669\u0664 08:49:37 GMT|12|expected a 4-digit year and SP",
            "Sunday, 06-Nov-1994 08:49:37 GMT|6|an RFC 850 date has 24 characters after the day name",
            "Sundae, 06-Nov-94 08:49:37 GMT|0|expected a day name",
            "Sunday; 06-Nov-94 08:49:37 GMT|6|expected \", \" after the day name",
            "Sunday,x06-Nov-94 08:49:37 GMT|6|expected \", \" after the day name",
            "Sunday, 0x-Nov-94 08:49:37 GMT|8|expected a 2-digit day and \"-\"",
            "Sunday, 06 Nov-94 08:49:37 GMT|8|expected a 2-digit day and \"-\"",
            "Sunday, 06-Nox-94 08:49:37 GMT|11|expected a month name and \"-\"",
            "Sunday, 06-Nov 94 08:49:37 GMT|11|expected a month name and \"-\"",
            "Sunday, 06-Nov-9x 08:49:37 GMT|15|expected a 2-digit year and SP",
            "Sunday, 06-Nov-94-08:49:37 GMT|15|expected a 2-digit year and SP",
            "Sunday, 00-Nov-94 08:49:37 GMT|18|no such day in that month",
            "Sunday, 06-Nov-94 08:49:37 UTC|26|expected SP and \"GMT\"",
            "Sun Nov 6 08:49:37 1994|3|an asctime date has exactly 24 characters",
            "Sun1Nov  6 08:49:37 1994|3|expected \",\" or SP after the day name",
            "Sun Nox  6 08:49:37 1994|4|expected a month name and SP",
            "Sun Nov-06 08:49:37 1994|4|expected a month name and SP",
            "Sun Nov  x 08:49:37 1994|8|expected a 2-digit day, or SP and one digit, then SP",
            "Sun Nov 0x 08:49:37 1994|8|expected a 2-digit day, or SP and one digit, then SP",
            "Sun Nov 06-08:49:37 1994|8|expected a 2-digit day, or SP and one digit, then SP",
            "Sun Nov  0 08:49:37 1994|11|no such day in that month",
            "Sun Nov  6 08:49:37-1994|19|expected SP and a 4-digit year",
            "Sun Nov  6 08:49:37 19x4|19|expected SP and a 4-digit year",
            "Sun, 06 Nov 1994 08:49:37 GM|4|an IMF-fixdate has exactly 29 characters",
            "Sun, 06 Nov 1994 08:49:37 GMX|25|expected SP and \"GMT\"",
            "'Sun Nov  6 08:49:37 94  '|19|expected SP and a 4-digit year",
            "06 Nov 1994|0|expected a day name",
            "''|0|too short for an HTTP-date",
            "Sun,_06 Nov 1994 08:49:37 GMT|4|expected SP after the day name",
            "Sun, 0x Nov 1994 08:49:37 GMT|5|expected a 2-digit day and SP",
            "Sunday; 06-Nov-94 08:49:37 GMT|6|expected \", \" after the day name",
            "Sunday, x6-Nov-94 08:49:37 GMT|8|expected a 2-digit day and \"-\"",
            "Sunday, 06 Nov-94 08:49:37 GMT|8|expected a 2-digit day and \"-\"",
            "Sunday, 06-Nux-94 08:49:37 GMT|11|expected a month name and \"-\"",
            "Sunday, 06-Nov-9x 08:49:37 GMT|15|expected a 2-digit year and SP",
            "Sunday, 06-Nov-94 08:49:37 UTC|26|expected SP and \"GMT\"",
            "Sunday, 31-Nov-94 08:49:37 GMT|18|no such day in that month",
            "Sunday, 00-Nov-94 08:49:37 GMT|18|no such day in that month",
            "Sun Nov  0 08:49:37 1994|11|no such day in that month",
            "Sun Nov 00 08:49:37 1994|11|no such day in that month",
            "Sun-Nov  6 08:49:37 1994|3|expected \",\" or SP after the day name",
            "Sun Nux  6 08:49:37 1994|4|expected a month name and SP",
            "Sun Nov  x 08:49:37 1994|8|expected a 2-digit day, or SP and one digit, then SP",
            "Sun Nov 6  08:49:37 1994|8|expected a 2-digit day, or SP and one digit, then SP",
            "Sun Nov  6 08:49:37 199x|19|expected SP and a 4-digit year",
            "Sun Nov  6 08:49:61 1994|11|the time is out of range",
            "Sun Feb 30 08:49:37 1994|11|no such day in that month",
            "'Sun, 06 Nov 1994 08:49:37 GMT           '|4|an IMF-fixdate has exactly 29 characters",
            "Sun,|4|an IMF-fixdate has exactly 29 characters",
            "Sun|3|too short for an HTTP-date",
            "0|1|too short for an HTTP-date",
        })
        void rejectsWithIndexAndProblem(String text, int index, String problem) {
            assertThatThrownBy(() -> HttpDate.parse(text, IN_2026))
                    .isExactlyInstanceOf(StatusParseException.class)
                    .hasMessageStartingWith("invalid HTTP-date at index " + index + ": " + problem + ": ");
            assertThat(HttpDate.tryParse(text, IN_2026)).isEmpty();
        }

        @Test
        void rejectsOverlongTextBeforeReadingIt() {
            String text = "Sun, 06 Nov 1994 08:49:37 GMT" + " ".repeat(100);
            assertThatThrownBy(() -> HttpDate.parse(text)).hasMessageStartingWith(
                    "invalid HTTP-date at index 40: longer than any HTTP-date: ");
        }

        @Test
        void nullsNameTheParameter() {
            assertThatThrownBy(() -> HttpDate.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
            assertThatThrownBy(() -> HttpDate.tryParse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
            assertThatThrownBy(() -> HttpDate.tryParse("x", null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
            assertThatThrownBy(() -> HttpDate.format(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
        }
    }

    @Nested
    class Formatting {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "1994-11-06T08:49:37Z, 'Sun, 06 Nov 1994 08:49:37 GMT'",
            "1970-01-01T00:00:00Z, 'Thu, 01 Jan 1970 00:00:00 GMT'",
            "1969-12-31T23:59:59Z, 'Wed, 31 Dec 1969 23:59:59 GMT'",
            "2000-02-29T12:00:00.999Z, 'Tue, 29 Feb 2000 12:00:00 GMT'",
            "9999-12-31T23:59:59Z, 'Fri, 31 Dec 9999 23:59:59 GMT'",
            "0000-01-01T00:00:00Z, 'Sat, 01 Jan 0000 00:00:00 GMT'",
        })
        void writesImfFixdate(Instant instant, String expected) {
            assertThat(HttpDate.format(instant)).isEqualTo(expected);
        }

        @Test
        void rejectsYearsAnImfFixdateCannotShow() {
            assertThatThrownBy(() -> HttpDate.format(Instant.parse("+10000-01-01T00:00:00Z")))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the years 0000..9999");
            assertThatThrownBy(() -> HttpDate.format(Instant.parse("-0001-12-31T23:59:59Z")))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }
}
