package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Provide
    Arbitrary<String> dateLikeText() {
        Arbitrary<String> valid = Arbitraries.longs().between(MIN, MAX).map(s -> HttpDate.format(Instant.ofEpochSecond(s)));
        Arbitrary<String> mutated = valid.flatMap(date -> Arbitraries.integers().between(0, date.length() - 1)
                .flatMap(at -> Arbitraries.of("", " ", "9", "x", "-", "\u0660", "\r")
                        .map(insert -> date.substring(0, at) + insert + date.substring(at + 1))));
        return Arbitraries.oneOf(valid, mutated, Arbitraries.strings().ofMaxLength(40));
    }
}
