package io.github.httpstatus.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.SpecReference;

import java.util.List;

import org.junit.jupiter.api.Nested;
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

    /** Reads "9110 15.5.6" as RFC 9110, section 15.5.6. */
    private static SpecReference section(String shortForm) {
        String[] parts = shortForm.split(" ");
        return SpecReference.rfc(Integer.parseInt(parts[0]), parts[1]);
    }

    /**
     * One row per rule and case: the response (status, method, content, headers separated by
     * {@code ;} before each name), then the rule it breaks with the section the finding must cite,
     * or NONE with the section that allows it.
     */
    @ParameterizedTest(name = "[{index}] {0} to {1}, content {2}, [{3}]: {4} ({5})")
    @CsvSource(delimiter = '|', value = {
        "200|GET|true|Content-Type: text/plain|NONE|9110 15.3.1",
        // INVALID_STATUS_CODE
        "600|GET|true||INVALID_STATUS_CODE|9110 15",
        "99|GET|true||INVALID_STATUS_CODE|9110 15",
        "0|GET|false||INVALID_STATUS_CODE|9110 15",
        "599|GET|true||NONE|9110 15: an unregistered code in range reads as its class",
        "100|GET|false||NONE|9110 15.2.1",
        // CONTENT_NOT_ALLOWED: the finding cites the status's own section
        "204|GET|true||CONTENT_NOT_ALLOWED|9110 15.3.5",
        "204|GET|false||NONE|9110 15.3.5",
        "205|GET|true||CONTENT_NOT_ALLOWED|9110 15.3.6",
        "205|GET|false|Content-Length: 0|NONE|9112 6.3: 205 may frame an empty content",
        "304|GET|true|ETag: \"x\"|CONTENT_NOT_ALLOWED|9110 15.4.5",
        "304|GET|false|ETag: \"x\"|NONE|9110 15.4.5",
        "103|GET|true|Link: </s.css>; rel=preload|CONTENT_NOT_ALLOWED|9110 15.2",
        "199|GET|true||CONTENT_NOT_ALLOWED|9110 15.2",
        "200|CONNECT|true||CONTENT_NOT_ALLOWED|9110 6.4.1",
        "200|CONNECT|false||NONE|9110 9.3.6",
        "407|CONNECT|true|Proxy-Authenticate: Basic|NONE|9110 6.4.1: only a 2xx starts a tunnel",
        // CONTENT_ON_HEAD
        "200|HEAD|true||CONTENT_ON_HEAD|9110 9.3.2",
        "404|HEAD|true||CONTENT_ON_HEAD|9110 9.3.2",
        "200|HEAD|false|Content-Length: 42|NONE|9110 8.6: HEAD may tell the length",
        // CONTENT_LENGTH_NOT_ALLOWED
        "204|GET|false|Content-Length: 0|CONTENT_LENGTH_NOT_ALLOWED|9110 8.6",
        "100|GET|false|Content-Length: 0|CONTENT_LENGTH_NOT_ALLOWED|9110 8.6",
        "200|CONNECT|false|Content-Length: 0|CONTENT_LENGTH_NOT_ALLOWED|9110 8.6",
        "304|GET|false|Content-Length: 10|NONE|9110 8.6: allowed on 304",
        "200|GET|true|Content-Length: 10|NONE|9110 8.6",
        // REQUIRED_HEADER_MISSING: the finding cites the section of the status that requires it
        "405|PUT|false||REQUIRED_HEADER_MISSING|9110 15.5.6",
        "405|PUT|false|Allow: GET, HEAD|NONE|9110 15.5.6",
        "401|GET|true||REQUIRED_HEADER_MISSING|9110 15.5.2",
        "401|GET|true|WWW-Authenticate: Bearer|NONE|9110 15.5.2",
        "407|GET|true||REQUIRED_HEADER_MISSING|9110 15.5.8",
        "101|GET|false|Connection: upgrade|REQUIRED_HEADER_MISSING|9110 15.2.2",
        "101|GET|false|Connection: upgrade;Upgrade: websocket|NONE|9110 15.2.2",
        "426|GET|true||REQUIRED_HEADER_MISSING|9110 15.5.22",
        "426|GET|true|Upgrade: HTTP/3.0|NONE|9110 15.5.22",
        "206|GET|true||REQUIRED_HEADER_MISSING|9110 15.3.7",
        "206|GET|true|Content-Type: multipart/byteranges; boundary=x|NONE|9110 15.3.7.2",
        "206|GET|true|Content-Type: multipart/byteranges-like|REQUIRED_HEADER_MISSING|9110 15.3.7",
        "226|GET|true||REQUIRED_HEADER_MISSING|3229 10.4.1",
        "226|GET|true|ETag: \"d\"|NONE|3229 10.4.1",
        // LOCATION_MISSING
        "201|POST|true||LOCATION_MISSING|9110 9.3.3",
        "201|POST|true|Location: /items/1|NONE|9110 9.3.3",
        "201|PUT|true||NONE|9110 15.3.2: the target URI names what PUT created",
        "201|PATCH|true||NONE|5789 2: the target URI names what PATCH created",
        "201|GET|true||LOCATION_MISSING|9110 15.3.2",
        "201|BREW|true||LOCATION_MISSING|9110 15.3.2",
        "301|GET|false||LOCATION_MISSING|9110 15.4.2",
        "302|GET|false||LOCATION_MISSING|9110 15.4.3",
        "303|POST|false||LOCATION_MISSING|9110 15.4.4",
        "307|POST|false||LOCATION_MISSING|9110 15.4.8",
        "308|GET|false|Location: /new|NONE|9110 15.4.9",
        "300|GET|true||NONE|9110 15.4.1: Location is optional",
        // INVALID_RETRY_AFTER
        "503|GET|true|Retry-After: 120|NONE|9110 10.2.3",
        "503|GET|true|Retry-After: 0|NONE|9110 10.2.3",
        "503|GET|true|Retry-After: Fri, 31 Dec 1999 23:59:59 GMT|NONE|9110 10.2.3",
        "503|GET|true|Retry-After: +5|INVALID_RETRY_AFTER|9110 10.2.3",
        "503|GET|true|Retry-After: -1|INVALID_RETRY_AFTER|9110 10.2.3",
        "429|GET|true|Retry-After: 1.5|INVALID_RETRY_AFTER|9110 10.2.3",
        "429|GET|true|Retry-After: soon|INVALID_RETRY_AFTER|9110 10.2.3",
        "429|GET|true|Retry-After: 1;Retry-After: 2|INVALID_RETRY_AFTER|9110 10.2.3",
        // RETRY_AFTER_DATE_NOT_IMF_FIXDATE: a sender must generate IMF-fixdate, case-sensitive
        "503|GET|true|Retry-After: Sun, 06 Nov 1994 08:49:37 GMT|NONE|9110 5.6.7",
        "503|GET|true|Retry-After: Sat, 31 Dec 1994 23:59:60 GMT|NONE|9110 5.6.7: a leap second",
        "503|GET|true|Retry-After: sun, 06 nov 1994 08:49:37 gmt|RETRY_AFTER_DATE_NOT_IMF_FIXDATE|9110 5.6.7",
        "503|GET|true|Retry-After: SUN, 06 NOV 1994 08:49:37 GMT|RETRY_AFTER_DATE_NOT_IMF_FIXDATE|9110 5.6.7",
        "503|GET|true|Retry-After: Sun, 06 Nov 1994 08:49:37 gmt|RETRY_AFTER_DATE_NOT_IMF_FIXDATE|9110 5.6.7",
        "503|GET|true|Retry-After: Sunday, 06-Nov-94 08:49:37 GMT|RETRY_AFTER_DATE_NOT_IMF_FIXDATE|9110 5.6.7",
        "503|GET|true|Retry-After: Sun Nov  6 08:49:37 1994|RETRY_AFTER_DATE_NOT_IMF_FIXDATE|9110 5.6.7",
        "503|GET|true|Retry-After: Mon, 06 Nov 1994 08:49:37 GMT|RETRY_AFTER_DATE_NOT_IMF_FIXDATE|9110 5.6.7",
        "503|GET|true|Retry-After: Sun, 06 Nov 1994 08:49:59 GMT|NONE|9110 5.6.7",
        "503|GET|true|Retry-After: Sun, 06 Nov 1994 08:49:59 gmt|RETRY_AFTER_DATE_NOT_IMF_FIXDATE|9110 5.6.7",
        "503|GET|true|Retry-After: Sat, 31 Dec 1994 23:59:60 gmt|RETRY_AFTER_DATE_NOT_IMF_FIXDATE|9110 5.6.7",
        // INVALID_ALLOW
        "405|PUT|false|Allow:|NONE|9110 10.2.1: an empty Allow is valid",
        "200|OPTIONS|false|Allow: GET,HEAD,PROPFIND|NONE|9110 10.2.1: any token",
        "405|PUT|false|Allow: GET; HEAD|INVALID_ALLOW|9110 10.2.1",
        "405|PUT|false|Allow: GET, /x|INVALID_ALLOW|9110 10.2.1",
        "405|PUT|false|Allow: GET,,HEAD|INVALID_ALLOW|9110 5.6.1.1",
        "405|PUT|false|Allow: GET,|INVALID_ALLOW|9110 5.6.1.1",
        "405|PUT|false|Allow: , GET|INVALID_ALLOW|9110 5.6.1.1",
        // INVALID_CONTENT_RANGE
        "206|GET|true|Content-Range: bytes 0-9/100|NONE|9110 14.4",
        "206|GET|true|Content-Range: bytes 0-9/*|NONE|9110 14.4",
        "206|GET|true|Content-Range: bytes 0-99999999999999999999/*|NONE|9110 14.4: no limit on digits",
        "416|GET|true|Content-Range: bytes */100|NONE|9110 14.4",
        "416|GET|true||NONE|9110 15.5.17: Content-Range is only recommended",
        "206|GET|true|Content-Range: bytes 9-0/100|INVALID_CONTENT_RANGE|9110 14.4",
        "206|GET|true|Content-Range: bytes 0-100/100|INVALID_CONTENT_RANGE|9110 14.4",
        "206|GET|true|Content-Range: bytes 0-9|INVALID_CONTENT_RANGE|9110 14.4",
        "206|GET|true|Content-Range: bytes=0-9/100|INVALID_CONTENT_RANGE|9110 14.4",
        "206|GET|true|Content-Range: bytes -9/100|INVALID_CONTENT_RANGE|9110 14.4",
        "206|GET|true|Content-Range: bytes 0-9/1x|INVALID_CONTENT_RANGE|9110 14.4",
        "416|GET|true|Content-Range: bytes */*|INVALID_CONTENT_RANGE|9110 14.4",
        "206|GET|true|Content-Range: bytes 0-9/100;Content-Range: bytes 10-19/100|INVALID_CONTENT_RANGE|9110 14.4",
        "206|GET|true|Content-Range: bytes */100|INVALID_CONTENT_RANGE|9110 15.3.7.1",
        "206|GET|true|Content-Type: multipart/byteranges; boundary=x;Content-Range: bytes 0-9/100"
                + "|INVALID_CONTENT_RANGE|9110 15.3.7.2",
        // ERROR_DISGUISED_AS_SUCCESS
        "200|GET|true|Content-Type: application/problem+json|ERROR_DISGUISED_AS_SUCCESS|9457 3.1.2",
        "201|POST|true|Location: /x;Content-Type: application/problem+json|ERROR_DISGUISED_AS_SUCCESS|9457 3.1.2",
        "200|GET|true|Content-Type: Application/Problem+JSON; charset=utf-8|ERROR_DISGUISED_AS_SUCCESS|9457 3.1.2",
        "404|GET|true|Content-Type: application/problem+json|NONE|9457 3",
        "200|GET|true|Content-Type: application/json|NONE|9457 3",
    })
    void appliesEachRule(int status, String method, boolean content, String headerLines, String rule, String cited) {
        Headers headers = headerLines == null ? Headers.empty() : headers(headerLines.split(";(?=[A-Z][A-Za-z-]+:)"));
        ObservedResponse response = ObservedResponse.of(status, headers, content).withMethod(HttpMethod.of(method));
        List<Finding> findings = ConformanceCheck.check(response);
        if (rule.equals("NONE")) {
            assertThat(findings).as(cited).isEmpty();
            assertThat(ConformanceCheck.isConformant(response)).isTrue();
        } else {
            assertThat(findings).as(cited).extracting(Finding::rule).containsExactly(Rule.valueOf(rule));
            assertThat(findings.get(0).section()).isEqualTo(section(cited));
            assertThat(findings.get(0).severity()).isEqualTo(Rule.valueOf(rule).severity());
            assertThat(ConformanceCheck.isConformant(response)).isFalse();
        }
    }

    @Nested
    class ReasonPhrase {

        @ParameterizedTest(name = "[{index}] {0}: valid {1}")
        @CsvSource(delimiter = '|', value = {
            // RFC 9112, section 4: reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ), and it may be absent
            "OK|true", "''|true", "Non-Authoritative Information|true", "Tr\u00e8s bien|true", "a\tb|true",
            "O\u0001K|false", "O\u0000K|false", "O\u007fK|false", "\u0100|false", "'\u2028'|false",
        })
        void followsTheStatusLineGrammar(String phrase, boolean valid) {
            ObservedResponse response = ObservedResponse.of(200, Headers.empty(), true).withReasonPhrase(phrase);
            assertThat(ConformanceCheck.check(response)).extracting(Finding::rule)
                    .isEqualTo(valid ? List.of() : List.of(Rule.INVALID_REASON_PHRASE));
        }

        @Test
        void isReportedEscaped() {
            ObservedResponse response = ObservedResponse.of(200, Headers.empty(), true).withReasonPhrase("OK\r\nX: y");
            Finding finding = ConformanceCheck.check(response).get(0);
            assertThat(finding.severity()).isEqualTo(Severity.MUST);
            assertThat(finding).hasToString("MUST INVALID_REASON_PHRASE (RFC 9112, section 4): the reason phrase "
                    + "\"OK\\r\\nX: y\" holds a character other than HTAB, SP, VCHAR or obs-text");
        }

        @Test
        void isCheckedEvenWhenTheCodeIsInvalid() {
            ObservedResponse response = ObservedResponse.of(1000, Headers.empty(), false).withReasonPhrase("\u0000");
            assertThat(ConformanceCheck.check(response)).extracting(Finding::rule)
                    .containsExactly(Rule.INVALID_STATUS_CODE, Rule.INVALID_REASON_PHRASE);
            assertThat(ConformanceCheck.check(response).get(0).message())
                    .isEqualTo("status code must be between 100 and 599: 1000");
        }
    }

    @Nested
    class Findings {

        @Test
        void sayWhatIsWrongInWordsInRuleOrder() {
            List<Finding> findings = ConformanceCheck.check(ObservedResponse.of(405,
                    headers("Retry-After: soon", "Allow: GET;"), true).withMethod(HttpMethod.HEAD));
            assertThat(findings).extracting(Finding::toString).containsExactly(
                    "MUST CONTENT_ON_HEAD (RFC 9110, section 9.3.2): a response to HEAD must not carry content",
                    "MUST INVALID_RETRY_AFTER (RFC 9110, section 10.2.3): Retry-After \"soon\" is neither "
                            + "delay-seconds nor an HTTP-date",
                    "MUST INVALID_ALLOW (RFC 9110, section 10.2.1): Allow holds \"GET;\", which is not a method "
                            + "token");
        }

        @Test
        void showTheImfFixdateASenderMustWriteForARetryAfterDate() {
            // The RFC 850 form is left out here: the century of its 2-digit year comes from the clock.
            for (String sent : new String[] {"sun, 06 nov 1994 08:49:37 gmt", "Sun Nov  6 08:49:37 1994"}) {
                List<Finding> findings = ConformanceCheck.check(ObservedResponse.of(503, headers("Retry-After: " + sent),
                        true));
                assertThat(findings).extracting(Finding::toString).containsExactly("MUST RETRY_AFTER_DATE_NOT_IMF_FIXDATE "
                        + "(RFC 9110, section 5.6.7): Retry-After \"" + sent + "\" must be sent as the IMF-fixdate "
                        + "\"Sun, 06 Nov 1994 08:49:37 GMT\"");
                // A recipient stays lenient: the same value is a valid Retry-After to read.
                assertThat(RetryAfter.tryParse(sent)).isPresent();
            }
        }

        @Test
        void nameTheStatusAndTheHeader() {
            assertThat(ConformanceCheck.check(ObservedResponse.of(405, Headers.empty(), false)))
                    .extracting(Finding::toString).containsExactly("MUST REQUIRED_HEADER_MISSING (RFC 9110, section "
                            + "15.5.6): 405 Method Not Allowed must send Allow");
            assertThat(ConformanceCheck.check(ObservedResponse.of(201, Headers.empty(), true)
                    .withMethod(HttpMethod.POST))).extracting(Finding::toString).containsExactly("SHOULD LOCATION_MISSING "
                            + "(RFC 9110, section 9.3.3): a 201 to POST should send Location to name the created resource");
            assertThat(ConformanceCheck.check(ObservedResponse.of(206, headers("Content-Range: bytes */10"), true)))
                    .extracting(Finding::message).containsExactly("a 206 must name the range it encloses, but "
                            + "Content-Range \"bytes */10\" names none");
            assertThat(ConformanceCheck.check(ObservedResponse.of(206, headers("Content-Range: bytes 5-1/10"), true)))
                    .extracting(Finding::message).containsExactly("Content-Range \"bytes 5-1/10\" is invalid: the first "
                            + "position is after the last");
            assertThat(ConformanceCheck.check(ObservedResponse.of(200, headers("Content-Length: 0"), false)
                    .withMethod(HttpMethod.CONNECT))).extracting(Finding::message)
                    .containsExactly("a 2xx response to CONNECT must not send Content-Length");
        }

        @Test
        void neverShowCredentialValues() {
            ObservedResponse response = ObservedResponse.of(401, headers("Authorization: Bearer secret",
                    "Set-Cookie: s=secret", "Cookie: c=secret", "Proxy-Authorization: Basic secret"), true);
            assertThat(ConformanceCheck.check(response)).isNotEmpty().extracting(Finding::message)
                    .allSatisfy(message -> assertThat(message).doesNotContain("secret"));
            assertThat(response).hasToString("401 to GET, with content, "
                    + "Headers[Authorization, Set-Cookie, Cookie, Proxy-Authorization]");
        }

        @Test
        void areRecordsThatRefuseNulls() {
            SpecReference section = SpecReference.rfc(9110, "10.2.1");
            assertThat(new Finding(Rule.INVALID_ALLOW, section, "m")).isEqualTo(new Finding(Rule.INVALID_ALLOW, section, "m"));
            assertThatThrownBy(() -> new Finding(null, section, "m")).hasMessage("rule");
            assertThatThrownBy(() -> new Finding(Rule.INVALID_ALLOW, null, "m")).hasMessage("section");
            assertThatThrownBy(() -> new Finding(Rule.INVALID_ALLOW, section, null)).hasMessage("message");
        }
    }

    @Nested
    class Rules {

        @Test
        void mustRulesAndShouldRules() {
            for (Rule rule : Rule.values()) {
                Severity expected = switch (rule) {
                    case LOCATION_MISSING, ERROR_DISGUISED_AS_SUCCESS -> Severity.SHOULD;
                    case INVALID_STATUS_CODE, INVALID_REASON_PHRASE, CONTENT_NOT_ALLOWED, CONTENT_ON_HEAD,
                            CONTENT_LENGTH_NOT_ALLOWED, REQUIRED_HEADER_MISSING, INVALID_RETRY_AFTER,
                            RETRY_AFTER_DATE_NOT_IMF_FIXDATE, INVALID_ALLOW, INVALID_CONTENT_RANGE -> Severity.MUST;
                };
                assertThat(rule.severity()).as(rule.name()).isEqualTo(expected);
                assertThat(rule.section().url()).startsWith("https://www.rfc-editor.org/rfc/rfc");
            }
        }
    }

    @Nested
    class ObservedResponses {

        @Test
        void keepWhatTheyAreGiven() {
            ObservedResponse response = ObservedResponse.of(200, Headers.empty(), false).withReasonPhrase("OK")
                    .withMethod(HttpMethod.PUT);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.reasonPhrase()).contains("OK");
            assertThat(response.method()).isEqualTo(HttpMethod.PUT);
            assertThat(response.hasContent()).isFalse();
            assertThat(response.headers()).isEqualTo(Headers.empty());
            assertThat(response.withMethod(HttpMethod.PUT)).isSameAs(response);
            assertThat(response.withReasonPhrase("OK")).isSameAs(response);
            assertThat(response.withReasonPhrase("Fine").reasonPhrase()).contains("Fine");
            assertThat(ObservedResponse.of(204, Headers.empty(), false).method()).isEqualTo(HttpMethod.GET);
            assertThat(ObservedResponse.of(204, Headers.empty(), false).reasonPhrase()).isEmpty();
        }

        @Test
        void refuseNulls() {
            assertThatThrownBy(() -> ConformanceCheck.check(null)).hasMessage("response");
            assertThatThrownBy(() -> ObservedResponse.of(200, null, false)).hasMessage("headers");
            ObservedResponse response = ObservedResponse.of(200, Headers.empty(), false);
            assertThatThrownBy(() -> response.withMethod(null)).hasMessage("value");
            assertThatThrownBy(() -> response.withReasonPhrase(null)).hasMessage("value");
        }
    }
}
