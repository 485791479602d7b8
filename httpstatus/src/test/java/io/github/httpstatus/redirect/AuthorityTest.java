package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorityTest {

    @Nested
    class OfLocation {

        @ParameterizedTest(name = "{0} -> {1} port {2} ({3})")
        @CsvSource(delimiter = '|', value = {
            "a.example|a.example|-1|RFC 3986, section 3.2.2",
            "A.Example|a.example|-1|RFC 3986, section 3.2.2: hosts are case-insensitive",
            "a.example.|a.example.|-1|RFC 1034, section 3.1: kept, so another origin than a.example",
            "127.0.0.1|127.0.0.1|-1|RFC 3986, section 3.2.2: dotted-decimal IPv4",
            "0.0.0.0|0.0.0.0|-1|RFC 3986, section 3.2.2",
            "10.0.0.255|10.0.0.255|-1|RFC 3986, section 3.2.2",
            "1.example|1.example|-1|WHATWG URL: only the last label decides",
            "example.123abc|example.123abc|-1|WHATWG URL: not a number",
            "b\u00fccher.example|xn--bcher-kva.example|-1|RFC 3490, section 4.1",
            "evil\u3002example|evil.example|-1|RFC 3490, section 3.1: ideographic full stop",
            "\uff41.example|a.example|-1|RFC 3491: NFKC maps the full-width a",
            "a.example:8443|a.example|8443|RFC 3986, section 3.2.3",
            "a.example:|a.example|-1|RFC 3986, section 3.2.3: an empty port is the default",
            "a.example:00080|a.example|80|RFC 3986, section 3.2.3: leading zeros",
            "a.example:65535|a.example|65535|RFC 6335, section 6",
            "[::1]|[::1]|-1|RFC 3986, section 3.2.2: IP-literal",
            "[0:AF::9]:8080|[0:af::9]|8080|RFC 3986, section 3.2.2",
        })
        void readsHostAndPort(String authority, String host, int port, String source) {
            Authority read = Authority.ofLocation(authority);
            assertThat(read.problem).as(source).isNull();
            assertThat(read.host).as(source).isEqualTo(host);
            assertThat(read.port).as(source).isEqualTo(port);
        }

        @ParameterizedTest(name = "[{index}] {0} ({2})")
        @CsvSource(delimiter = '|', value = {
            "a.example\uff0fevil|the Location host maps to a character hosts do not allow"
                    + "|RFC 3490, section 4.1: NFKC turns U+FF0F into / (curl CVE-2022-42916)",
            "a.example\uff1a8443|the Location host maps to a character hosts do not allow|U+FF1A becomes :",
            "a.example\uff1fx|the Location host maps to a character hosts do not allow|U+FF1F becomes ?",
            "a.example\u2100b|the Location host maps to a character hosts do not allow|U+2100 becomes a/c",
            "fa\u00dfe.example|the Location host holds a sharp s, a final sigma or a zero-width joiner, which IDNA 2003"
                    + " and IDNA 2008 map to different hosts|UTS 46 deviation: IDNA 2003 gives fasse" ,
            "\u03c3\u03bf\u03c2.example|the Location host holds a sharp s, a final sigma or a zero-width joiner, which"
                    + " IDNA 2003 and IDNA 2008 map to different hosts|UTS 46 deviation: final sigma",
            "a\u200db.example|the Location host holds a sharp s, a final sigma or a zero-width joiner, which IDNA 2003"
                    + " and IDNA 2008 map to different hosts|UTS 46 deviation: IDNA 2003 deletes the joiner",
            "2130706433|the Location host is a number that parsers read as different addresses"
                    + "|WHATWG URL IPv4 parser and inet_aton: 127.0.0.1",
            "0x7f.1|the Location host is a number that parsers read as different addresses|hex IPv4",
            "010.0.0.1|the Location host is a number that parsers read as different addresses|octal to inet_aton",
            "1.2.3|the Location host is a number that parsers read as different addresses|three-part IPv4",
            "1.2.3.256|the Location host is a number that parsers read as different addresses|octet over 255",
            "1.2.3.4.|the Location host is a number that parsers read as different addresses|final dot",
            "a.1|the Location host is a number that parsers read as different addresses|ends in a number",
            "example.0x10|the Location host is a number that parsers read as different addresses|ends in hex",
            "a..example|the Location host is not a valid domain name|RFC 1034, section 3.1: empty label",
            ".a.example|the Location host is not a valid domain name|RFC 1034, section 3.1: empty label",
            "a~b|the Location host holds a character hosts do not allow|RFC 3986, section 3.2.2",
            "a_b.example|the Location host holds an underscore, with which java.net.URI reads no host"
                    + "|security.md section 1.3, row 22: getHost() is null",
            "ex%61mple.com|the Location host holds a character hosts do not allow|curl CVE-2022-27780",
            "caf\u00e9!.example|the Location host holds a character hosts do not allow|RFC 3986, section 3.2.2",
            "user@a.example|the Location carries user information|RFC 9110, section 4.2.4",
            ":80|the Location host is empty|RFC 9110, section 4.2.1",
            "a.example:0|the Location has an invalid port|RFC 6335, section 6",
            "a.example:65536|the Location has an invalid port|RFC 6335, section 6",
            "a.example:123456|the Location has an invalid port|RFC 6335, section 6",
            "a.example:-1|the Location has an invalid port|RFC 3986, section 3.2.3",
            "[::1%25.a.example]|the Location has an invalid IPv6 literal|RFC 6874: zone id (Go CVE-2023-45289)",
            "[::1|the Location has an unclosed IPv6 literal|RFC 3986, section 3.2.2",
            "[::1]x|the Location has text after its IPv6 literal|RFC 3986, section 3.2.2",
        })
        void refusesHostsThatReadersDisagreeOn(String authority, String problem, String source) {
            Authority read = Authority.ofLocation(authority);
            assertThat(read.problem).as(source).isEqualTo(problem);
            assertThat(read.host).isNull();
        }

        @Test
        void boundsLabelsAndHosts() {
            // RFC 1035, section 2.3.4: labels of 63 octets, names of 255 (253 without the dots at the ends)
            String label63 = "a".repeat(63);
            assertThat(Authority.ofLocation(label63 + ".example").problem).isNull();
            assertThat(Authority.ofLocation("a".repeat(64) + ".example").problem)
                    .isEqualTo("the Location host is not a valid domain name");
            String host253 = label63 + "." + label63 + "." + label63 + "." + "b".repeat(61);
            assertThat(host253).hasSize(253);
            assertThat(Authority.ofLocation(host253).problem).isNull();
            assertThat(Authority.ofLocation(host253 + ".").problem).isNull();
            assertThat(Authority.ofLocation(host253 + "b").problem)
                    .isEqualTo("the Location host is longer than 253 characters");
        }
    }

    @Nested
    class OfRequest {

        @ParameterizedTest(name = "{0} -> {1} port {2}")
        @CsvSource(delimiter = '|', value = {
            "https://A.Example/x|a.example|-1",
            "https://user:pw@a.example:8443/x|a.example|8443",
            "http://a_b.example/|a_b.example|-1",
            "http://u@a_b.example:81/|a_b.example|81",
            "https://b\u00fccher.example/|xn--bcher-kva.example|-1",
            "http://[::1]:8080/|[::1]|8080",
            "http://a_b.example:81/|a_b.example|81",
            "http://a_b.example:/|a_b.example|-1",
        })
        void readsTheHostAsOriginsCompareIt(String uri, String host, int port) {
            Authority read = Authority.ofRequest(URI.create(uri));
            assertThat(read.problem).isNull();
            assertThat(read.host).isEqualTo(host);
            assertThat(read.port).isEqualTo(port);
        }

        @Test
        void refusesAHostThatIsNoDomainNameAndAPortThatIsNoPort() {
            Authority read = Authority.ofRequest(URI.create("https://" + "\u00e9".repeat(70) + ".example/"));
            assertThat(read.problem).isEqualTo("the request host is not a valid domain name");
            assertThat(Authority.ofRequest(URI.create("http://a_b.example:8o/")).problem)
                    .isEqualTo("the request port is invalid");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            // RFC 6335, section 6: ports are 1 to 65535; java.net.URI reads any number
            "https://a.example:0/|the request port is invalid",
            "https://a.example:65536/|the request port is invalid",
            "https://a.example:99999/|the request port is invalid",
            // RFC 3490, section 4.1: NFKC maps U+FF0F to '/' and U+FF1F to '?'; written into the
            // target, a.example/evil would be read as host a.example (curl CVE-2020-8169)
            "https://a.example\uff0fevil/x|the request host holds or maps to a character hosts do not allow",
            "https://a.example\uff1fq/x|the request host holds or maps to a character hosts do not allow",
            "https://a.example\u2100/x|the request host holds or maps to a character hosts do not allow",
            "https://a~b.example/x|the request host holds or maps to a character hosts do not allow",
        })
        void refusesAPortOutOfRangeAndAHostThatMapsToADelimiter(String uri, String problem) {
            Authority read = Authority.ofRequest(URI.create(uri));
            assertThat(read.problem).isEqualTo(problem);
            assertThat(read.host).isNull();
        }

        @Test
        void acceptsTheEdgesOfThePortRange() {
            assertThat(Authority.ofRequest(URI.create("https://a.example:1/")).port).isEqualTo(1);
            assertThat(Authority.ofRequest(URI.create("https://a.example:65535/")).port).isEqualTo(65_535);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"http, -1, 80", "https, -1, 443", "HTTPS, -1, 443", "http, 8080, 8080", "https, 80, 80"})
    void effectivePortIsTheDefaultOfTheScheme(String scheme, int port, int effective) {
        // RFC 9110, sections 4.2.1 and 4.2.2: 80 for http, 443 for https
        Authority authority = Authority.ofLocation(port < 0 ? "a.example" : "a.example:" + port);
        assertThat(authority.effectivePort(scheme)).isEqualTo(effective);
    }
}
