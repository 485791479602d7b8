package io.github.httpstatus.cli;

import io.github.httpstatus.HttpDate;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.StatusParseException;
import io.github.httpstatus.internal.Escaping;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code retry-after VALUE}: explains a Retry-After header value, or says why it is invalid. */
final class RetryAfterCommand implements Command {

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
            throw new NothingMatchedException(
                    Escaping.quote(value) + " is not a valid Retry-After value: " + whyInvalid(value));
        }
        RetryAfter retryAfter = parsed.get();
        Duration delay = retryAfter.delayFrom(clock);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("value", retryAfter.toHeaderValue());
        fields.put("form", retryAfter.isDate() ? "HTTP-date (" + dateForm(value.strip()) + ")" : "delay-seconds");
        retryAfter.date().ifPresent(date -> fields.put("date", date.toString()));
        fields.put("delaySeconds", delay.getSeconds());
        fields.put("meaning", meaning(retryAfter, delay));
        if (json) {
            out.println(Json.write(fields));
        } else {
            out.println("Retry-After: " + retryAfter.toHeaderValue());
            fields.forEach((key, field) -> {
                if (!key.equals("value")) {
                    out.println("  " + key + " ".repeat(Math.max(1, 14 - key.length())) + field);
                }
            });
        }
        return FOUND;
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
        if (value.length() > 3 && value.charAt(3) == ',') {
            return "IMF-fixdate";
        }
        return value.indexOf(',') > 0 ? "obsolete RFC 850 form" : "obsolete asctime form";
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
