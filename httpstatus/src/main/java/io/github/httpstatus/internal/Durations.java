package io.github.httpstatus.internal;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Writes durations for messages in one unit, seconds: {@code "120 s"}, {@code "0.25 s"}.
 *
 * <p>A fraction appears only for the part below one second, exact to the nanosecond and without
 * trailing zeros, so two figures in one message compare as their durations do.
 */
public final class Durations {

    private Durations() {
    }

    /**
     * Returns {@code duration} in seconds with the unit, such as {@code "60 s"}, {@code "0.1 s"}
     * or {@code "-0.001 s"}; any duration, however long, is written exactly.
     *
     * @param duration the duration, not null
     * @return the text, never null
     */
    public static String inSeconds(Duration duration) {
        if (duration.getNano() == 0) {
            return duration.getSeconds() + " s";
        }
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9))
                .stripTrailingZeros().toPlainString() + " s";
    }
}
