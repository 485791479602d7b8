package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class HttpDateProperties {

    /** 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z. */
    private static final long MIN = -62_167_219_200L;
    private static final long MAX = 253_402_300_799L;

    @Property
    void formatThenParseGivesTheSameSecond(@ForAll @LongRange(min = MIN, max = MAX) long seconds) {
        Instant instant = Instant.ofEpochSecond(seconds);
        assertThat(HttpDate.parse(HttpDate.format(instant))).isEqualTo(instant);
    }

    @Property
    void formatAgreesWithTheJdkRfc1123Formatter(@ForAll @LongRange(min = -2_208_988_800L, max = MAX) long seconds) {
        // From 1900 on, where the JDK formatter writes four-digit years and two-digit days.
        Instant instant = Instant.ofEpochSecond(seconds);
        String jdk = DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
        String expected = jdk.charAt(6) == ' ' ? jdk.substring(0, 5) + "0" + jdk.substring(5) : jdk;
        assertThat(HttpDate.format(instant)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void parseReturnsOrThrowsOnlyStatusParseExceptionAndTryParseAgrees(@ForAll("dateLikeText") String text) {
        ParserContract.check(text, HttpDate::parse, HttpDate::tryParse);
    }

    @Property
    void anyStringGivesAValueOrEmpty(@ForAll String text) {
        assertThat(HttpDate.tryParse(text)).isNotNull();
    }

    @Property(tries = 2000)
    void aTwoDigitYearLandsWithinFiftyYearsOfTheClock(
            @ForAll @LongRange(min = -59_011_459_200L, max = 250_246_627_199L) long now,
            @ForAll @IntRange(min = 0, max = 99) int twoDigitYear, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay) {
        // Clocks from year 0100 to 9899, so every answer is in 0000..9999 and java.time can be the oracle;
        // on 29 February "50 years later" has no single meaning, so that day is left out.
        ZonedDateTime clock = Instant.ofEpochSecond(now).atZone(ZoneOffset.UTC);
        Assume.that(clock.getMonthValue() != 2 || clock.getDayOfMonth() != 29);
        String text = String.format(Locale.ROOT, "Sunday, %02d-%s-%02d %02d:%02d:%02d GMT", day,
                "JanFebMarAprMayJunJulAugSepOctNovDec".substring(3 * month - 3, 3 * month), twoDigitYear,
                secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
        ZonedDateTime read = HttpDate.parse(text, Clock.fixed(clock.toInstant(), ZoneOffset.UTC)).atZone(ZoneOffset.UTC);
        assertThat(read.getYear() % 100).isEqualTo(twoDigitYear);
        assertThat(read.getMonthValue()).isEqualTo(month);
        assertThat(read.getDayOfMonth()).isEqualTo(day);
        assertThat(read.toLocalTime().toSecondOfDay()).isEqualTo(secondOfDay);
        assertThat(read).isAfter(clock.minusYears(50)).isBeforeOrEqualTo(clock.plusYears(50));
    }

    @Property(tries = 500)
    void anRfc850DateGivesAValueOrEmptyWhateverTheClock(@ForAll("anyInstant") Instant now,
            @ForAll @IntRange(min = 0, max = 99) int twoDigitYear) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        String text = String.format(Locale.ROOT, "Tuesday, 29-Feb-%02d 23:59:60 GMT", twoDigitYear);
        ParserContract.check(text, t -> HttpDate.parse(t, clock), t -> HttpDate.tryParse(t, clock));
    }

    @Provide
    Arbitrary<Instant> anyInstant() {
        return Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .map(Instant::ofEpochSecond)
                .edgeCases(edges -> edges.add(Instant.MIN, Instant.MAX, Instant.EPOCH));
    }

    @Provide
    Arbitrary<String> dateLikeText() {
        Arbitrary<String> valid = Arbitraries.longs().between(MIN, MAX).map(s -> HttpDate.format(Instant.ofEpochSecond(s)));
        Arbitrary<String> mutated = valid.flatMap(date -> Arbitraries.integers().between(0, date.length() - 1)
                .flatMap(at -> Arbitraries.of("", " ", "9", "x", "-", "\u0660", "\r")
                        .map(insert -> date.substring(0, at) + insert + date.substring(at + 1))));
        return Arbitraries.oneOf(valid, mutated, Arbitraries.strings().ofMaxLength(40));
    }
}
