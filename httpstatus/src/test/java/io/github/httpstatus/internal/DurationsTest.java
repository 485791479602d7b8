package io.github.httpstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "PT0S, 0 s",
        "PT120S, 120 s",
        "PT24H, 86400 s",
        "PT0.1S, 0.1 s",
        "PT0.25S, 0.25 s",
        "PT59.7S, 59.7 s",
        "PT0.000000001S, 0.000000001 s",
        "PT-0.001S, -0.001 s",
        "PT-1S, -1 s",
        "PT-1.5S, -1.5 s",
    })
    void writesSecondsWithAFractionOnlyForThePartBelowOneSecond(Duration duration, String text) {
        assertThat(Durations.inSeconds(duration)).isEqualTo(text);
    }

    @Test
    void writesTheLongestDurationsExactly() {
        assertThat(Durations.inSeconds(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)))
                .isEqualTo(Long.MAX_VALUE + ".999999999 s");
        assertThat(Durations.inSeconds(Duration.ofSeconds(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE + " s");
    }
}
