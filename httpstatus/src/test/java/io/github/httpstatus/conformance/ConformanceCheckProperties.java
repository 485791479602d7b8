package io.github.httpstatus.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class ConformanceCheckProperties {

    /** Marks credential values, so that a message showing one is easy to spot. */
    private static final String SECRET = "s3cr3t-";

    private static final List<String> CHECKED = List.of("Allow", "Retry-After", "Content-Range", "Content-Type",
            "Location", "Content-Length");
    private static final List<String> CREDENTIALS = List.of("Authorization", "Proxy-Authorization", "Cookie",
            "Set-Cookie");

    @Property(tries = 2000)
    void anyResponseGivesFindingsOnOnePrintableLineWithoutCredentials(
            @ForAll @IntRange(min = -1000, max = 1000) int status, @ForAll("headers") Headers headers,
            @ForAll boolean content, @ForAll("methods") HttpMethod method) {
        List<Finding> findings = ConformanceCheck.check(ObservedResponse.of(status, headers, content).withMethod(method));
        Statistics.label("findings").collect(findings.isEmpty() ? "none" : findings.size() == 1 ? "one" : "several");
        Statistics.label("findings").coverage(coverage -> {
            coverage.check("none").percentage(p -> p >= 1);
            coverage.check("one").percentage(p -> p >= 10);
            coverage.check("several").percentage(p -> p >= 1);
        });
        assertThat(findings).isSortedAccordingTo(Comparator.comparing(Finding::rule));
        for (Finding finding : findings) {
            assertThat(finding.message()).matches("[\\x20-\\x7E]{1,500}").doesNotContain(SECRET);
            assertThat(finding.toString()).doesNotContain(SECRET);
            assertThat(finding.severity()).isEqualTo(finding.rule().severity());
        }
    }

    @Property
    void aValidRangeIsOneWhosePositionsAreInOrder(@ForAll("positions") BigInteger first,
            @ForAll("positions") BigInteger last, @ForAll("positions") BigInteger length) {
        String value = "bytes " + first + "-" + last + "/" + length;
        boolean valid = first.compareTo(last) <= 0 && last.compareTo(length) < 0;
        Statistics.label("valid").collect(valid);
        Statistics.label("valid").coverage(coverage -> {
            coverage.check(true).percentage(p -> p >= 5);
            coverage.check(false).percentage(p -> p >= 5);
        });
        assertThat(ContentRange.problem(value) == null).as(value).isEqualTo(valid);
        Statistics.label("valid").coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
    }

    @Provide
    Arbitrary<BigInteger> positions() {
        return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(20)),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30)));
    }

    @Provide
    Arbitrary<HttpMethod> methods() {
        return Arbitraries.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT, HttpMethod.CONNECT,
                HttpMethod.of("PROPFIND"));
    }

    @Provide
    Arbitrary<Headers> headers() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789 ,-/*bytes\tGET;=").ofMaxLength(20),
                Arbitraries.strings().ofMaxLength(80).filter(ConformanceCheckProperties::isFieldValue),
                Arbitraries.of("120", "bytes 0-9/10", "bytes */10", "GET, HEAD", "application/problem+json",
                        "multipart/byteranges; boundary=b", "/next"));
        Arbitrary<String[]> checked = Combinators.combine(Arbitraries.of(CHECKED), value).as((n, v) -> new String[] {n, v});
        Arbitrary<String[]> credential = Combinators.combine(Arbitraries.of(CREDENTIALS),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)).as((n, v) -> new String[] {n, SECRET + v});
        return Arbitraries.oneOf(checked, checked, credential).list().ofMaxSize(6).map(fields -> {
            Headers.Builder builder = Headers.builder();
            fields.forEach(field -> builder.add(field[0], field[1]));
            return builder.build();
        });
    }

    /** Whether {@code text} may be a header value here: no CR, LF or NUL. */
    private static boolean isFieldValue(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\n') < 0 && text.indexOf('\0') < 0;
    }
}
