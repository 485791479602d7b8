package io.github.httpstatus.cli;

import io.github.httpstatus.HttpDate;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.StatusParseException;
import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;

import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code retry-after VALUE}: explains a Retry-After header value, or says why it is invalid. */
final class RetryAfterCommand implements Command {

    /** The text names of the date forms (RFC 9110, section 5.6.7). */
    private static final Map<String, String> FORM_WORDS = Map.of("IMF_FIXDATE", "IMF-fixdate",
            "RFC_850", "obsolete RFC 850 form", "ASCTIME", "obsolete asctime form");

    private final Clock clock;

    RetryAfterCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "retry-after";
    }

    @Override
    public String arguments() {
        return "VALUE";
    }

    @Override
    public String summary() {
        return "explain a Retry-After value: \"120\" or \"Wed, 21 Oct 2026 07:28:00 GMT\"";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (args.isEmpty()) {
            throw new UsageException("retry-after needs a header value, such as 120");
        }
        String value = String.join(" ", args);
        var parsed = RetryAfter.tryParse(value, clock);
        if (parsed.isEmpty()) {
            throw new UsageException(Escaping.quote(value) + " is not a valid Retry-After value: " + whyInvalid(value));
        }
        RetryAfter retryAfter = parsed.get();
        Duration delay = retryAfter.delayFrom(clock);
        String form = retryAfter.isDate() ? dateForm(value.strip()) : "DELAY_SECONDS";
        Optional<String> weekday = retryAfter.date().flatMap(date -> wrongWeekday(value.strip(), date));
        List<String> notes = new ArrayList<>();
        weekday.ifPresent(day -> notes.add("the weekday was wrong; " + retryAfter.date().orElseThrow()
                .atOffset(ZoneOffset.UTC).toLocalDate() + " is a " + day));
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("value", retryAfter.toHeaderValue());
            fields.put("form", form);
            fields.put("date", retryAfter.date().map(Instant::toString).orElse(null));
            fields.put("delaySeconds", delay.getSeconds());
            fields.put("saturated", delay.getSeconds() >= RetryAfter.MAX_DELAY_SECONDS);
            fields.put("weekdayCorrected", weekday.isPresent());
            fields.put("notes", notes);
            out.println(Json.write(fields));
        } else {
            out.println("Retry-After: " + retryAfter.toHeaderValue());
            line(out, "form", retryAfter.isDate() ? "HTTP-date (" + FORM_WORDS.get(form) + ")" : "delay-seconds");
            retryAfter.date().ifPresent(date -> line(out, "date", date.toString()));
            line(out, "delaySeconds", String.valueOf(delay.getSeconds()));
            line(out, "meaning", meaning(retryAfter, delay));
            notes.forEach(note -> out.println("note: " + note));
        }
        return FOUND;
    }

    private static void line(PrintStream out, String key, String value) {
        out.println("  " + key + " ".repeat(Math.max(1, 14 - key.length())) + value);
    }

    /**
     * The real weekday when the value names another one: the date counts and the weekday only repeats
     * it (RFC 9110, section 5.6.7), so the value is answered, and the user is told.
     */
    private static Optional<String> wrongWeekday(String value, Instant date) {
        DayOfWeek day = date.atOffset(ZoneOffset.UTC).getDayOfWeek();
        String full = day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
        int end = 0;
        while (Ascii.isAlpha(value.charAt(end))) { // a valid date has digits after its day name
            end++;
        }
        String given = value.substring(0, end);
        return given.equalsIgnoreCase(full) || given.equalsIgnoreCase(full.substring(0, 3)) ? Optional.empty() : Optional.of(full);
    }

    private static String meaning(RetryAfter retryAfter, Duration delay) {
        if (delay.isZero()) {
            return retryAfter.isDate() ? "the date has passed: retry now" : "retry now";
        }
        String wait = "wait " + words(delay) + " before retrying";
        return delay.getSeconds() >= RetryAfter.MAX_DELAY_SECONDS ? wait + " (the largest delay kept; longer values saturate)" : wait;
    }

    static String words(Duration delay) {
        long seconds = delay.getSeconds();
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        if (seconds < 7200) {
            return seconds / 60 + " minutes " + seconds % 60 + " s";
        }
        if (seconds < 172_800) {
            return seconds / 3600 + " hours " + seconds % 3600 / 60 + " min";
        }
        return seconds / 86_400 + " days";
    }

    private static String dateForm(String value) {
        if (value.charAt(3) == ',') { // a valid date is far longer than its day name
            return "IMF_FIXDATE";
        }
        return value.indexOf(',') > 0 ? "RFC_850" : "ASCTIME";
    }

    private String whyInvalid(String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return "the value is empty";
        }
        // Any Unicode digit here, so that Arabic-Indic or full-width digits hear why they fail.
        char first = trimmed.charAt(0);
        if (Character.isDigit(first) || first == '+' || first == '-') {
            return "delay-seconds is ASCII digits only, no sign, fraction or space (RFC 9110, section 10.2.3)";
        }
        try {
            HttpDate.parse(trimmed, clock);
            return "only SP and HTAB may surround the value";
        } catch (StatusParseException e) {
            return e.getMessage();
        }
    }
}
