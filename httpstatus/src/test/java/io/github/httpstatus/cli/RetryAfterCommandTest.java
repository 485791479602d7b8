package io.github.httpstatus.cli;

import static io.github.httpstatus.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryAfterCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-21T07:20:00Z"), ZoneOffset.UTC);

    private static String explain(boolean json, String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new RetryAfterCommand(CLOCK).run(List.of(words), json,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void explainsADelay() {
        assertThat(explain(false, "120")).isEqualTo("Retry-After: 120\n  form          delay-seconds\n"
                + "  delaySeconds  120\n  meaning       wait 2 minutes 0 s before retrying\n");
        assertThat(explain(false, "0")).contains("meaning       retry now");
        assertThat(explain(false, "1")).contains("wait 1 second before");
        assertThat(explain(false, "99999999999")).contains("delaySeconds  2147483648")
                .contains("the largest delay kept; longer values saturate");
    }

    @Test
    void explainsADateInEachForm() {
        assertThat(explain(false, "Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo("Retry-After: Wed, 21 Oct 2026 07:28:00 GMT\n"
                + "  form          HTTP-date (IMF-fixdate)\n  date          2026-10-21T07:28:00Z\n"
                + "  delaySeconds  480\n  meaning       wait 8 minutes 0 s before retrying\n");
        assertThat(explain(false, "Wednesday, 21-Oct-26 07:28:00 GMT")).contains("obsolete RFC 850 form");
        assertThat(explain(false, "Wed Oct 21 07:28:00 2026")).contains("obsolete asctime form");
        assertThat(explain(false, "Fri, 31 Dec 1999 23:59:59 GMT")).contains("the date has passed: retry now");
        assertThat(explain(false, "Wed, 21 Oct 2026 10:20:00 GMT")).contains("wait 3 hours 0 min");
        assertThat(explain(false, "Wed, 28 Oct 2026 07:20:00 GMT")).contains("wait 7 days");
    }

    @Test
    void printsJson() {
        assertThat(explain(true, "120")).isEqualTo("{\"value\":\"120\",\"form\":\"DELAY_SECONDS\",\"date\":null,"
                + "\"delaySeconds\":120,\"saturated\":false,\"weekdayCorrected\":false,\"notes\":[]}\n");
        assertThat(explain(true, "Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo("{\"value\":\"Wed, 21 Oct 2026 07:28:00 GMT\","
                + "\"form\":\"IMF_FIXDATE\",\"date\":\"2026-10-21T07:28:00Z\",\"delaySeconds\":480,\"saturated\":false,"
                + "\"weekdayCorrected\":false,\"notes\":[]}\n");
        assertThat(explain(true, "Wednesday, 21-Oct-26 07:28:00 GMT")).contains("\"form\":\"RFC_850\"");
        assertThat(explain(true, "Wed Oct 21 07:28:00 2026")).contains("\"form\":\"ASCTIME\"");
        assertThat(explain(true, "99999999999")).contains("\"saturated\":true");
    }

    @Test
    void aWrongWeekdayIsAnsweredAndSaidToBeCorrected() {
        // RFC 9110, section 5.6.7: the date counts; 2026-10-21 is a Wednesday.
        assertThat(explain(false, "Tue, 21 Oct 2026 07:28:00 GMT")).startsWith("Retry-After: Wed, 21 Oct 2026 07:28:00 GMT\n")
                .endsWith("note: the weekday was wrong; 2026-10-21 is a Wednesday\n");
        assertThat(explain(true, "Tuesday, 21-Oct-26 07:28:00 GMT")).contains("\"weekdayCorrected\":true,"
                + "\"notes\":[\"the weekday was wrong; 2026-10-21 is a Wednesday\"]}");
        assertThat(explain(false, "Sun Oct 21 07:28:00 2026")).contains("note: the weekday was wrong");
        assertThat(explain(false, "Wednesday, 21-Oct-26 07:28:00 GMT")).doesNotContain("note:");
    }

    @Test
    void saysWhyAValueIsInvalid() {
        MainTest.Run plus = run("retry-after", "+5");
        assertThat(plus.status()).isEqualTo(2);
        assertThat(run("retry-after", "nonsense").status()).isEqualTo(2);
        assertThat(plus.out()).isEmpty();
        assertThat(plus.err()).isEqualTo("httpstatus: \"+5\" is not a valid Retry-After value: delay-seconds is ASCII "
                + "digits only, no sign, fraction or space (RFC 9110, section 10.2.3)\n");
        assertThat(run("retry-after", "Wed, 21 Oct 2026 07:28:00 UTC").err())
                .isEqualTo("httpstatus: \"Wed, 21 Oct 2026 07:28:00 UTC\" is not a valid Retry-After value: invalid "
                        + "HTTP-date at index 25: expected SP and \"GMT\": \"Wed, 21 Oct 2026 07:28:00 UTC\"\n");
        assertThat(run("retry-after", "soon\r\n").err()).contains("\"soon\\r\\n\"").doesNotContain("\r");
        assertThat(run("retry-after", "\u0661\u0662\u0660").err()).isEqualTo("httpstatus: \"\\u0661\\u0662\\u0660\" is not a "
                + "valid Retry-After value: delay-seconds is ASCII digits only, no sign, fraction or space (RFC 9110, "
                + "section 10.2.3)\n");
        assertThat(run("retry-after", "\uff11\uff12").err()).contains("delay-seconds is ASCII digits only");
        assertThat(run("retry-after", "\u3000Wed, 21 Oct 2026 07:28:00 GMT").err()).endsWith(
                "is not a valid Retry-After value: only SP and HTAB may surround the value\n");
        assertThat(run("retry-after", " ").err()).isEqualTo("httpstatus: \" \" is not a valid Retry-After value: "
                + "the value is empty\n");
        assertThat(run("retry-after").status()).isEqualTo(2);
    }

    @Test
    void wordsCoverEveryScale() {
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(59))).isEqualTo("59 seconds");
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(7199))).isEqualTo("119 minutes 59 s");
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(172_799))).isEqualTo("47 hours 59 min");
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(120))).isEqualTo("2 minutes 0 s");
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(7200))).isEqualTo("2 hours 0 min");
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(172_800))).isEqualTo("2 days");
    }

    @Test
    void wordsChangeScaleExactlyAtTheBoundaries() {
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(119))).isEqualTo("119 seconds");
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(120))).isEqualTo("2 minutes 0 s");
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(7200))).isEqualTo("2 hours 0 min");
        assertThat(RetryAfterCommand.words(Duration.ofSeconds(172_800))).isEqualTo("2 days");
    }

    @Test
    void aValidDateWithOtherWhitespaceAroundItIsExplained() {
        // RFC 9110, section 5.6.3: only SP and HTAB (OWS) may surround a field value.
        assertThat(run("retry-after", "Wed, 21 Oct 2026 07:28:00 GMT\r\n").err())
                .isEqualTo("httpstatus: \"Wed, 21 Oct 2026 07:28:00 GMT\\r\\n\" is not a valid Retry-After value: "
                        + "only SP and HTAB may surround the value\n");
    }
}
