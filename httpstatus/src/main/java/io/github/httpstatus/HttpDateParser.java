package io.github.httpstatus;

import io.github.httpstatus.internal.Ascii;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * The HTTP-date reader behind {@link HttpDate} and {@link RetryAfter}: one pass over the characters,
 * no regular expression and no {@code java.time} parser, returning epoch seconds. The calendar
 * (days in a month, leap years, the epoch day) is {@code java.time}'s.
 *
 * <p>Failures return {@link #INVALID}; when a {@link Failure} is passed, the first problem and its
 * index are recorded there, so callers that only want a yes or no never build a report.
 */
final class HttpDateParser {

    /** Returned for text that is not an HTTP-date. */
    static final long INVALID = Long.MIN_VALUE;

    /** No HTTP-date form is longer than this; longer text is rejected before it is read. */
    static final int MAX_LENGTH = 40;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final String[] LONG_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday"};
    /**
     * The clocks an RFC 850 year is placed against: years -1000 to 10999. A clock outside them can
     * only place a date outside 0000..9999, and {@code java.time} cannot hold the last years of
     * {@link java.time.Instant}.
     */
    private static final long EARLIEST_CLOCK = LocalDate.of(-1000, 1, 1).toEpochDay() * 86_400L;
    private static final long LATEST_CLOCK = LocalDate.of(11_000, 1, 1).toEpochDay() * 86_400L - 1;

    /** Where a failed read records its first problem. */
    static final class Failure {
        String problem;
        int index;
    }

    private HttpDateParser() {
    }

    /**
     * Reads {@code text[from, to)} as an HTTP-date in any of its three forms.
     *
     * @param clock    gives the current instant for an RFC 850 two-digit year; read only for that form
     * @param failure  where to record the problem, or null
     * @return epoch seconds, or {@link #INVALID}
     */
    static long parse(CharSequence text, int from, int to, Clock clock, Failure failure) {
        if (to - from > MAX_LENGTH) {
            return fail(failure, "longer than any HTTP-date", from + MAX_LENGTH);
        }
        if (to - from < 4) {
            return fail(failure, "too short for an HTTP-date", to);
        }
        int dayEnd = from;
        while (dayEnd < to && Ascii.isAlpha(text.charAt(dayEnd))) {
            dayEnd++;
        }
        if (dayEnd - from == 3) {
            if (!matchesAny(text, from, DAYS)) {
                return fail(failure, "expected a day name", from);
            }
            if (dayEnd < to && text.charAt(dayEnd) == ',') {
                return imfFixdate(text, dayEnd + 1, to, failure);
            }
            return asctime(text, dayEnd, to, failure);
        }
        if (!matchesAnyLong(text, from, dayEnd)) {
            return fail(failure, "expected a day name", from);
        }
        return rfc850(text, dayEnd, to, clock, failure);
    }

    /** {@code SP day SP month SP year SP time SP GMT}, after "Sun,". */
    private static long imfFixdate(CharSequence text, int i, int to, Failure failure) {
        if (to - i != 25) {
            return fail(failure, "an IMF-fixdate has exactly 29 characters", Math.min(i, to));
        }
        if (text.charAt(i) != ' ') {
            return fail(failure, "expected SP after the day name", i);
        }
        int day = twoDigits(text, i + 1);
        if (day < 0 || text.charAt(i + 3) != ' ') {
            return fail(failure, "expected a 2-digit day and SP", i + 1);
        }
        int month = month(text, i + 4);
        if (month < 0 || text.charAt(i + 7) != ' ') {
            return fail(failure, "expected a month name and SP", i + 4);
        }
        int year = fourDigits(text, i + 8);
        if (year < 0 || text.charAt(i + 12) != ' ') {
            return fail(failure, "expected a 4-digit year and SP", i + 8);
        }
        int secondOfDay = secondOfDay(text, i + 13, true, failure);
        return secondOfDay < 0 ? INVALID : combine(year, month, day, secondOfDay, failure, i + 13);
    }

    /** {@code , SP day-month-yy SP time SP GMT}, after "Sunday". */
    private static long rfc850(CharSequence text, int i, int to, Clock clock, Failure failure) {
        if (to - i != 24) {
            return fail(failure, "an RFC 850 date has 24 characters after the day name", Math.min(i, to));
        }
        if (text.charAt(i) != ',' || text.charAt(i + 1) != ' ') {
            return fail(failure, "expected \", \" after the day name", i);
        }
        int day = twoDigits(text, i + 2);
        if (day < 0 || text.charAt(i + 4) != '-') {
            return fail(failure, "expected a 2-digit day and \"-\"", i + 2);
        }
        int month = month(text, i + 5);
        if (month < 0 || text.charAt(i + 8) != '-') {
            return fail(failure, "expected a month name and \"-\"", i + 5);
        }
        int twoDigitYear = twoDigits(text, i + 9);
        if (twoDigitYear < 0 || text.charAt(i + 11) != ' ') {
            return fail(failure, "expected a 2-digit year and SP", i + 9);
        }
        int secondOfDay = secondOfDay(text, i + 12, true, failure);
        if (secondOfDay < 0) {
            return INVALID;
        }
        long now = clock.instant().getEpochSecond();
        int year = now < EARLIEST_CLOCK || now > LATEST_CLOCK ? -1 : fullYear(twoDigitYear, month, day, secondOfDay, now);
        if (year < 0 || year > 9999) {
            return fail(failure, "the 2-digit year falls outside the years 0000..9999 seen from the clock", i + 9);
        }
        return combine(year, month, day, secondOfDay, failure, i + 12);
    }

    /** {@code SP month SP ( 2DIGIT / SP DIGIT ) SP time SP year}, after "Sun". */
    private static long asctime(CharSequence text, int i, int to, Failure failure) {
        if (to - i != 21) {
            return fail(failure, "an asctime date has exactly 24 characters", Math.min(i, to));
        }
        if (text.charAt(i) != ' ') {
            return fail(failure, "expected \",\" or SP after the day name", i);
        }
        int month = month(text, i + 1);
        if (month < 0 || text.charAt(i + 4) != ' ') {
            return fail(failure, "expected a month name and SP", i + 1);
        }
        int day = text.charAt(i + 5) == ' ' ? digit(text.charAt(i + 6)) : twoDigits(text, i + 5);
        if (day < 0 || text.charAt(i + 7) != ' ') {
            return fail(failure, "expected a 2-digit day, or SP and one digit, then SP", i + 5);
        }
        int year = fourDigits(text, i + 17);
        if (year < 0 || text.charAt(i + 16) != ' ') {
            return fail(failure, "expected SP and a 4-digit year", i + 16);
        }
        int secondOfDay = secondOfDay(text, i + 8, false, failure);
        return secondOfDay < 0 ? INVALID : combine(year, month, day, secondOfDay, failure, i + 8);
    }

    /**
     * Reads {@code HH:MM:SS} at {@code i}, and {@code SP GMT} after it when asked.
     *
     * @return the second of the day, or -1 after recording the problem
     */
    private static int secondOfDay(CharSequence text, int i, boolean gmt, Failure failure) {
        int hour = twoDigits(text, i);
        int minute = twoDigits(text, i + 3);
        int second = twoDigits(text, i + 6);
        if (hour < 0 || text.charAt(i + 2) != ':' || minute < 0 || text.charAt(i + 5) != ':' || second < 0) {
            fail(failure, "expected the time as HH:MM:SS", i);
            return -1;
        }
        if (hour > 23 || minute > 59 || second > 60) {
            fail(failure, "the time is out of range", i);
            return -1;
        }
        if (gmt && (text.charAt(i + 8) != ' ' || !matches(text, i + 9, "gmt"))) {
            fail(failure, "expected SP and \"GMT\"", i + 8);
            return -1;
        }
        // A leap second (:60) is read as :59 of the same minute: an Instant has no leap seconds.
        return hour * 3600 + minute * 60 + Math.min(second, 59);
    }

    /** Checks that the day exists in that month and year, and returns the epoch second. */
    private static long combine(int year, int month, int day, int secondOfDay, Failure failure, int index) {
        if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return fail(failure, "no such day in that month", index);
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400L + secondOfDay;
    }

    /**
     * Places an RFC 850 two-digit year: of the years ending in those digits, the one that puts the
     * date and time in the hundred years that end 50 years after {@code nowEpochSecond}, compared to
     * the second. So a timestamp that would be more than 50 years in the future is read in the
     * century before, as RFC 9110, section 5.6.7 requires, and one that would be 50 years or more in
     * the past is read in the century after, where a sender's clock is far more likely to be.
     *
     * @param nowEpochSecond  the clock, from {@code EARLIEST_CLOCK} to {@code LATEST_CLOCK}
     * @return the full year
     */
    private static int fullYear(int twoDigitYear, int month, int day, int secondOfDay, long nowEpochSecond) {
        LocalDateTime now = LocalDateTime.ofEpochSecond(nowEpochSecond, 0, ZoneOffset.UTC);
        int nowYear = now.getYear();
        int nowSecond = now.toLocalTime().toSecondOfDay();
        int year = nowYear - Math.floorMod(nowYear, 100) + twoDigitYear;
        long moment = calendarOrder(year, month, day, secondOfDay);
        if (moment > calendarOrder(nowYear + 50, now.getMonthValue(), now.getDayOfMonth(), nowSecond)) {
            year -= 100;
        } else if (moment <= calendarOrder(nowYear - 50, now.getMonthValue(), now.getDayOfMonth(), nowSecond)) {
            year += 100;
        }
        return year;
    }

    /**
     * A number that orders dates and times as the calendar does, also for dates that do not exist
     * (29 February of a common year), so "50 years after" needs no date arithmetic.
     */
    private static long calendarOrder(long year, int month, int day, int secondOfDay) {
        return ((year * 13 + month) * 32 + day) * 86_400L + secondOfDay;
    }

    private static long fail(Failure failure, String problem, int index) {
        if (failure != null) {
            failure.problem = problem;
            failure.index = index;
        }
        return INVALID;
    }

    private static int month(CharSequence text, int i) {
        for (int m = 0; m < MONTHS.length; m++) {
            if (matches(text, i, MONTHS[m])) {
                return m + 1;
            }
        }
        return -1;
    }

    private static boolean matchesAny(CharSequence text, int i, String[] names) {
        for (String name : names) {
            if (matches(text, i, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAnyLong(CharSequence text, int from, int to) {
        for (String name : LONG_DAYS) {
            if (name.length() == to - from && matches(text, from, name)) {
                return true;
            }
        }
        return false;
    }

    /** Day and month names match ignoring ASCII case (RFC 9111, section 4.2 asks for that leniency). */
    private static boolean matches(CharSequence text, int i, String lowerName) {
        if (i + lowerName.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerName.length(); k++) {
            char c = text.charAt(i + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lowerName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int digit(char c) {
        return Ascii.isDigit(c) ? c - '0' : -1;
    }

    private static int twoDigits(CharSequence text, int i) {
        int tens = digit(text.charAt(i));
        int ones = digit(text.charAt(i + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int fourDigits(CharSequence text, int i) {
        int high = twoDigits(text, i);
        int low = twoDigits(text, i + 2);
        return high < 0 || low < 0 ? -1 : high * 100 + low;
    }
}
