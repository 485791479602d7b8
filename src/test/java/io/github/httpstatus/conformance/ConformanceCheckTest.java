package io.github.httpstatus.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.Headers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConformanceCheckTest {

    /** Builds headers from "Name: value" strings. */
    static Headers headers(String... lines) {
        Headers.Builder builder = Headers.builder();
        for (String line : lines) {
            int colon = line.indexOf(':');
            builder.add(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return builder.build();
    }

    private static List<Rule> rules(ObservedResponse response) {
        return ConformanceCheck.check(response).stream().map(Finding::rule).toList();
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        // status | method | content | headers (;-separated) | rule broken, or NONE | section
        "200|GET|true|Content-Type: text/plain|NONE|",
        "204|GET|true||CONTENT_NOT_ALLOWED|RFC 9110 6.4.1",
        "204|GET|false||NONE|RFC 9110 6.4.1",
        "205|GET|true||CONTENT_NOT_ALLOWED|RFC 9110 15.3.6",
        "304|GET|true|ETag: \"x\"|CONTENT_NOT_ALLOWED|RFC 9110 15.4.5",
        "103|GET|true|Link: </s.css>; rel=preload|CONTENT_NOT_ALLOWED|RFC 9110 15.2",
        "200|HEAD|true||CONTENT_ON_HEAD|RFC 9110 9.3.2",
        "200|HEAD|false|Content-Length: 42|NONE|RFC 9110 8.6: HEAD may tell the length",
        "204|GET|false|Content-Length: 0|CONTENT_LENGTH_NOT_ALLOWED|RFC 9110 8.6",
        "100|GET|false|Content-Length: 0|CONTENT_LENGTH_NOT_ALLOWED|RFC 9110 8.6",
        "304|GET|false|Content-Length: 10|NONE|RFC 9110 8.6: allowed on 304",
        "405|PUT|false||REQUIRED_HEADER_MISSING|RFC 9110 15.5.6",
        "405|PUT|false|Allow:|NONE|RFC 9110 10.2.1: an empty Allow is valid",
        "405|PUT|false|Allow: GET, HEAD|NONE|RFC 9110 10.2.1",
        "405|PUT|false|Allow: GET; HEAD|INVALID_ALLOW|RFC 9110 10.2.1",
        "405|PUT|false|Allow: GET,,HEAD|NONE|RFC 9110 5.6.1: empty list elements",
        "401|GET|true||REQUIRED_HEADER_MISSING|RFC 9110 15.5.2",
        "401|GET|true|WWW-Authenticate: Bearer|NONE|RFC 9110 15.5.2",
        "407|GET|true||REQUIRED_HEADER_MISSING|RFC 9110 15.5.8",
        "101|GET|false|Connection: upgrade|REQUIRED_HEADER_MISSING|RFC 9110 15.2.2",
        "426|GET|true||REQUIRED_HEADER_MISSING|RFC 9110 15.5.22",
        "206|GET|true||REQUIRED_HEADER_MISSING|RFC 9110 15.3.7",
        "206|GET|true|Content-Type: multipart/byteranges; boundary=x|NONE|RFC 9110 15.3.7.2",
        "206|GET|true|Content-Range: bytes 0-9/100|NONE|RFC 9110 14.4",
        "206|GET|true|Content-Range: bytes 0-9/*|NONE|RFC 9110 14.4",
        "416|GET|true|Content-Range: bytes */100|NONE|RFC 9110 14.4",
        "206|GET|true|Content-Range: bytes 9-0/100|INVALID_CONTENT_RANGE|RFC 9110 14.4",
        "206|GET|true|Content-Range: bytes 0-100/100|INVALID_CONTENT_RANGE|RFC 9110 14.4",
        "206|GET|true|Content-Range: bytes 0-9|INVALID_CONTENT_RANGE|RFC 9110 14.4",
        "206|GET|true|Content-Range: bytes=0-9/100|INVALID_CONTENT_RANGE|RFC 9110 14.4",
        "206|GET|true|Content-Range: bytes -9/100|INVALID_CONTENT_RANGE|RFC 9110 14.4",
        "206|GET|true|Content-Range: bytes 0-9/1x|INVALID_CONTENT_RANGE|RFC 9110 14.4",
        "416|GET|true|Content-Range: bytes */*|INVALID_CONTENT_RANGE|RFC 9110 14.4",
        "206|GET|true|Content-Range: bytes 0-9999999999999999999/*|INVALID_CONTENT_RANGE|RFC 9110 14.4",
        "226|GET|true||REQUIRED_HEADER_MISSING|RFC 3229 10.4.1",
        "201|POST|true||LOCATION_MISSING|RFC 9110 15.3.2",
        "201|POST|true|Location: /items/1|NONE|RFC 9110 15.3.2",
        "302|GET|false||LOCATION_MISSING|RFC 9110 15.4.3",
        "308|GET|false|Location: /new|NONE|RFC 9110 15.4.9",
        "300|GET|true||NONE|RFC 9110 15.4.1: Location is optional",
        "503|GET|true|Retry-After: 120|NONE|RFC 9110 10.2.3",
        "503|GET|true|Retry-After: Fri, 31 Dec 1999 23:59:59 GMT|NONE|RFC 9110 10.2.3",
        "503|GET|true|Retry-After: +5|INVALID_RETRY_AFTER|RFC 9110 10.2.3",
        "429|GET|true|Retry-After: 1.5|INVALID_RETRY_AFTER|RFC 9110 10.2.3",
        "429|GET|true|Retry-After: 1;Retry-After: 2|INVALID_RETRY_AFTER|RFC 9110 10.2.3",
        "200|GET|true|Content-Type: application/problem+json|ERROR_DISGUISED_AS_SUCCESS|RFC 9457 3.1.2",
        "200|GET|true|Content-Type: Application/Problem+JSON; charset=utf-8|ERROR_DISGUISED_AS_SUCCESS|RFC 9457 3.1.2",
        "404|GET|true|Content-Type: application/problem+json|NONE|RFC 9457",
        "600|GET|true||INVALID_STATUS_CODE|RFC 9110 15",
        "99|GET|true||INVALID_STATUS_CODE|RFC 9110 15",
    })
    void appliesEachRule(int status, String method, boolean content, String headerLines, String rule, String section) {
        Headers headers = headerLines == null ? Headers.empty() : headers(headerLines.split(";(?=[A-Z][a-z-]+:)"));
        ObservedResponse response = ObservedResponse.of(status, headers, content).forMethod(method);
        if (rule.equals("NONE")) {
            assertThat(ConformanceCheck.check(response)).as(section).isEmpty();
            assertThat(ConformanceCheck.isConformant(response)).isTrue();
        } else {
            assertThat(rules(response)).as(section).containsExactly(Rule.valueOf(rule));
            assertThat(ConformanceCheck.isConformant(response)).isFalse();
        }
    }

    @Test
    void reportsAnInvalidReasonPhraseEscaped() {
        ObservedResponse response = ObservedResponse.of(200, Headers.empty(), true).withReasonPhrase("OK\r\nX: y");
        List<Finding> findings = ConformanceCheck.check(response);
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.rule()).isEqualTo(Rule.INVALID_REASON_PHRASE);
        assertThat(finding.severity()).isEqualTo(Severity.MUST);
        assertThat(finding.section().toString()).isEqualTo("RFC 9112, section 4");
        assertThat(finding.message()).isEqualTo("the reason phrase \"OK\\r\\nX: y\" holds a character other than HTAB, SP, "
                + "VCHAR or obs-text");
        assertThat(ConformanceCheck.check(response.withReasonPhrase("Fine"))).isEmpty();
    }

    @Test
    void findingsSayWhatIsWrongInWords() {
        List<Finding> findings = ConformanceCheck.check(ObservedResponse.of(405, headers("Retry-After: soon"), true)
                .forMethod("HEAD"));
        assertThat(findings).extracting(Finding::toString).containsExactly(
                "MUST CONTENT_ON_HEAD (RFC 9110, section 9.3.2): a response to HEAD must not carry content",
                "MUST REQUIRED_HEADER_MISSING (RFC 9110, section 15): 405 Method Not Allowed must send Allow",
                "MUST INVALID_RETRY_AFTER (RFC 9110, section 10.2.3): Retry-After \"soon\" is neither delay-seconds nor an HTTP-date");
        assertThat(ConformanceCheck.check(ObservedResponse.of(301, Headers.empty(), false)).get(0).severity())
                .isEqualTo(Severity.SHOULD);
    }

    @Test
    void neverShowsCredentialValues() {
        ObservedResponse response = ObservedResponse.of(401, headers("Authorization: Bearer secret",
                "Set-Cookie: s=secret", "Cookie: c=secret"), true);
        assertThat(ConformanceCheck.check(response)).extracting(Finding::message)
                .allSatisfy(message -> assertThat(message).doesNotContain("secret"));
        assertThat(response.toString()).isEqualTo("401 to GET, with content, Headers[Authorization, Set-Cookie, Cookie]");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> ConformanceCheck.check(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ObservedResponse.of(200, null, false)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ObservedResponse.of(200, Headers.empty(), false).forMethod("G T"))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding(null, "m")).isInstanceOf(NullPointerException.class);
        ObservedResponse response = ObservedResponse.of(200, Headers.empty(), false).withReasonPhrase("OK").forMethod("PUT");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.reasonPhrase()).contains("OK");
        assertThat(response.method()).isEqualTo("PUT");
        assertThat(response.hasContent()).isFalse();
        assertThat(response.headers()).isEqualTo(Headers.empty());
    }
}
