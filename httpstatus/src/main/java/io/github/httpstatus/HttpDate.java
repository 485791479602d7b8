package io.github.httpstatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes HTTP-dates, the timestamps of {@code Date}, {@code Retry-After},
 * {@code Last-Modified} and other header fields
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7">RFC 9110, section 5.6.7</a>).
 *
 * <pre>{@code
 * HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT");   // 1994-11-06T08:49:37Z (IMF-fixdate)
 * HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT");  // the same (obsolete RFC 850 form)
 * HttpDate.parse("Sun Nov  6 08:49:37 1994");        // the same (obsolete asctime form)
 * HttpDate.tryParse("06 Nov 1994");                  // Optional.empty()
 * HttpDate.format(Instant.EPOCH);                    // "Thu, 01 Jan 1970 00:00:00 GMT"
 * }</pre>
 *
 * <h2 id="leniency">Strict and lenient choices</h2>
 * <p>A recipient must accept all three forms, and is encouraged to be robust; a sender must
 * generate IMF-fixdate. This reader is strict about the layout and lenient where nothing can be
 * misread:
 * <ul>
 *   <li><b>Layout</b>: exact. Each form has its fixed separators and field widths; no extra or
 *       missing spaces, no leading or trailing whitespace (field values exclude it, section 5.5),
 *       no other time zone than {@code GMT} (RFC 9111, section 4.2 treats others as invalid).</li>
 *   <li><b>Case</b>: day names, month names and {@code GMT} are matched ignoring ASCII case,
 *       though the grammar is case-sensitive:
 *       <a href="https://www.rfc-editor.org/rfc/rfc9111#section-4.2">RFC 9111, section 4.2</a> asks
 *       caches for this leniency, and a wrong case cannot change the meaning.</li>
 *   <li><b>Weekday</b>: it must be a day name of the right form, but a weekday that does not match
 *       the date is ignored: the date is what counts, and the weekday only repeats it.</li>
 *   <li><b>Leap second</b>: seconds {@code 60} are accepted, as the grammar allows, and read as
 *       {@code 59} of the same minute, since an {@link Instant} has no leap seconds.</li>
 *   <li><b>Calendar</b>: the day must exist (no 30 February); hours 00 to 23, minutes 00 to 59.</li>
 *   <li><b>Two-digit years</b> (RFC 850 form): a timestamp that would be more than 50 years in the
 *       future is read in the century before, as section 5.6.7 requires, and one that would be 50
 *       years or more in the past in the century after, so every date falls in the hundred years
 *       that end 50 years from now, compared to the second. Now comes from a {@link Clock}, the
 *       system UTC clock unless one is given. A year that this places outside 0000..9999 (only for
 *       a clock near those limits) is rejected, so every parsed date can be formatted again.</li>
 * </ul>
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class HttpDate {

    private static final String WHAT = "HTTP-date";
    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};
    /** The last second an IMF-fixdate can show: 9999-12-31T23:59:59Z. */
    private static final long MAX_FORMATTABLE = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400L + 86_399;
    /** The first second an IMF-fixdate can show: 0000-01-01T00:00:00Z. */
    private static final long MIN_FORMATTABLE = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;

    private HttpDate() {
    }

    /**
     * Parses an HTTP-date in any of its three forms; see the <a href="#leniency">choices</a> above.
     *
     * @param text  the date, not null
     * @return the instant, never null
     * @throws StatusParseException if {@code text} is not an HTTP-date; the message starts with
     *         {@code invalid HTTP-date} and says what was expected where
     * @throws NullPointerException if {@code text} is null
     */
    public static Instant parse(CharSequence text) {
        return parse(text, Clock.systemUTC());
    }

    /**
     * Parses an HTTP-date, placing an RFC 850 two-digit year against the current instant of
     * {@code clock}.
     *
     * @param text   the date, not null
     * @param clock  the clock that gives the current instant, not null
     * @return the instant, never null
     * @throws StatusParseException if {@code text} is not an HTTP-date
     * @throws NullPointerException if an argument is null
     */
    public static Instant parse(CharSequence text, Clock clock) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(clock, "clock");
        long seconds = HttpDateParser.parse(text, 0, text.length(), clock, null);
        if (seconds == HttpDateParser.INVALID) {
            // Read again to learn where it failed; the clock may have moved on, so the second reading,
            // not the first, decides.
            HttpDateParser.Failure failure = new HttpDateParser.Failure();
            seconds = HttpDateParser.parse(text, 0, text.length(), clock, failure);
            if (seconds == HttpDateParser.INVALID) {
                throw new StatusParseException(WHAT, failure.problem, text, failure.index);
            }
        }
        return Instant.ofEpochSecond(seconds);
    }

    /**
     * Parses an HTTP-date as {@link #parse(CharSequence)} does, returning empty instead of throwing;
     * {@code tryParse(t)} is empty exactly when {@code parse(t)} throws.
     *
     * @param text  the date, not null
     * @return the instant, or empty when {@code text} is not an HTTP-date
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<Instant> tryParse(CharSequence text) {
        return tryParse(text, Clock.systemUTC());
    }

    /**
     * Parses an HTTP-date as {@link #parse(CharSequence, Clock)} does, returning empty instead of
     * throwing.
     *
     * @param text   the date, not null
     * @param clock  the clock that gives the current instant, not null
     * @return the instant, or empty when {@code text} is not an HTTP-date
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Instant> tryParse(CharSequence text, Clock clock) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(clock, "clock");
        long seconds = HttpDateParser.parse(text, 0, text.length(), clock, null);
        return seconds == HttpDateParser.INVALID ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
    }

    /**
     * Formats an instant as an IMF-fixdate, the form a sender must generate, such as
     * {@code "Sun, 06 Nov 1994 08:49:37 GMT"}. Fractions of a second are dropped.
     *
     * @param instant  the instant, from year 0000 to 9999, not null
     * @return the IMF-fixdate, never null
     * @throws IllegalArgumentException if the year is outside 0000..9999, which the form cannot show
     * @throws NullPointerException if {@code instant} is null
     */
    public static String format(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        long seconds = instant.getEpochSecond();
        if (seconds < MIN_FORMATTABLE || seconds > MAX_FORMATTABLE) {
            throw new IllegalArgumentException("instant " + instant
                    + " is outside the years 0000..9999 that an HTTP-date can show");
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        int year = date.getYear();

        StringBuilder out = new StringBuilder(29);
        out.append(DAY_NAMES[date.getDayOfWeek().getValue() - 1]).append(", ");
        two(out, date.getDayOfMonth()).append(' ').append(MONTH_NAMES[date.getMonthValue() - 1]).append(' ');
        two(out, year / 100);
        two(out, year % 100).append(' ');
        two(out, secondOfDay / 3600).append(':');
        two(out, secondOfDay / 60 % 60).append(':');
        two(out, secondOfDay % 60).append(" GMT");
        return out.toString();
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
