package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class StatusLineProperties {

    @Property(tries = 3000)
    void parseReturnsOrThrowsOnlyStatusParseExceptionAndTryParseAgrees(@ForAll("lineLikeText") String text) {
        boolean parsed = ParserContract.check(text, StatusLine::parse, StatusLine::tryParse);
        Statistics.label("outcome").collect(parsed ? "parsed" : "rejected");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("parsed").percentage(p -> p >= 10);
            coverage.check("rejected").percentage(p -> p >= 10);
        });
    }

    @Property
    void anyStringNeverEscapesAnythingButStatusParseException(@ForAll String text) {
        Throwable thrown = catchThrowable(() -> StatusLine.parse(text));
        assertThat(thrown == null || thrown instanceof StatusParseException).isTrue();
    }

    @Property
    void wireFormOfAValidLineParsesBackToTheSameLine(@ForAll("validLines") StatusLine line) {
        assertThat(StatusLine.parse(line.toString())).isEqualTo(line);
        assertThat(StatusLine.parse(line.toString() + "\r\n")).isEqualTo(line);
    }

    @Property(tries = 3000)
    void aStringAndAnyOtherCharSequenceParseAlike(@ForAll("usualLineLikeText") String text) {
        // Strings may take the short path for usual lines; other character sequences never do.
        assertThat(StatusLine.tryParse(text)).isEqualTo(StatusLine.tryParse(new StringBuilder(text)));
        Statistics.label("outcome").collect(StatusLine.tryParse(text).isPresent() ? "parsed" : "rejected");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("parsed").percentage(p -> p >= 10);
            coverage.check("rejected").percentage(p -> p >= 10);
        });
    }

    @Provide
    Arbitrary<String> usualLineLikeText() {
        Arbitrary<String> usual = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(100, 599))
                .as((minor, code) -> "HTTP/1." + minor + " " + code + " " + HttpStatusInfo.of(code).reasonPhrase());
        Arbitrary<String> mutated = usual.flatMap(line -> Arbitraries.integers().between(0, line.length())
                .flatMap(at -> Arbitraries.of("", " ", "\r\n", "x", "0", "\u0000")
                        .map(insert -> line.substring(0, at) + insert + line.substring(at))));
        return Arbitraries.oneOf(usual, mutated, lineLikeText());
    }

    @Provide
    Arbitrary<StatusLine> validLines() {
        Arbitrary<String> reason = Arbitraries.strings()
                .withCharRange(' ', '~').withChars('\t').withCharRange('\u0080', '\u00ff').ofMaxLength(40)
                .filter(r -> !r.endsWith("\r"));
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 999), reason).as(StatusLine::new);
    }

    @Provide
    Arbitrary<String> lineLikeText() {
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("HTP/1.0 29\r\n\t+-\u0000\u0662\u00e9OKx").ofMaxLength(24);
        Arbitrary<String> mutated = validLines().map(StatusLine::toString)
                .flatMap(line -> Arbitraries.integers().between(0, line.length())
                        .flatMap(at -> Arbitraries.of("", " ", "\r", "\n", "0", "\u0000", "+", "\u0662")
                                .map(insert -> line.substring(0, at) + insert + line.substring(at))));
        return Arbitraries.oneOf(noise, mutated, Arbitraries.strings().ofMaxLength(30));
    }
}
