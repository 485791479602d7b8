package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

class RetryAfterProperties {

    private static final Duration MAX = Duration.ofSeconds(RetryAfter.MAX_DELAY_SECONDS);

    @Property(tries = 3000)
    void anyTextGivesAValueOrEmptyAndNeverANegativeOrHugeDelay(@ForAll("headerLikeText") String text,
            @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long reference) {
        var parsed = RetryAfter.tryParse(text);
        Statistics.label("outcome").collect(parsed.map(v -> v.isDate() ? "date" : "delay").orElse("empty"));
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("date").percentage(p -> p >= 10);
            coverage.check("delay").percentage(p -> p >= 1);
            coverage.check("empty").percentage(p -> p >= 10);
        });
        parsed.ifPresent(value -> {
            Duration delay = value.delayFrom(Instant.ofEpochSecond(reference));
            assertThat(delay).isBetween(Duration.ZERO, MAX);
        });
    }

    @Property
    void anyStringNeverThrows(@ForAll String text) {
        assertThat(RetryAfter.tryParse(text)).isNotNull();
    }

    @Property
    void digitsAloneAreTheDelayUpToTheCap(@ForAll("digits") String digits) {
        RetryAfter value = RetryAfter.tryParse(digits).orElseThrow();
        // Leading zeros count for nothing ("0000000000000005" is 5 s), so the oracle reads the
        // digits at any length instead of guessing from their count.
        long expected = new BigInteger(digits).min(BigInteger.valueOf(RetryAfter.MAX_DELAY_SECONDS)).longValueExact();
        assertThat(value.delay()).contains(Duration.ofSeconds(expected));
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> headerLikeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789 \t+-._e\u0660").ofMaxLength(25),
                Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L)
                        .map(s -> HttpDate.format(Instant.ofEpochSecond(s))),
                Arbitraries.strings().ofMaxLength(40));
    }
}
