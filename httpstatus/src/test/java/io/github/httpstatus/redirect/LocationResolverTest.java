package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationResolverTest {

    private static final URI BASE = URI.create("http://a/b/c/d;p?q");
    private static final String UNREAD_HOST = "java.net.URI reads no host in the target (an underscore, a label"
            + " starting or ending with '-', or a last label starting with a digit)";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // RFC 3986, section 5.4.1 (normal examples); an empty path with an authority is written "/"
        "g|http://a/b/c/g", "./g|http://a/b/c/g", "g/|http://a/b/c/g/", "/g|http://a/g", "//g|http://g/",
        "?y|http://a/b/c/d;p?y", "g?y|http://a/b/c/g?y", "#s|http://a/b/c/d;p?q#s", "g#s|http://a/b/c/g#s",
        "g?y#s|http://a/b/c/g?y#s", ";x|http://a/b/c/;x", "g;x|http://a/b/c/g;x", ".|http://a/b/c/",
        "./|http://a/b/c/", "..|http://a/b/", "../|http://a/b/", "../g|http://a/b/g", "../..|http://a/",
        "../../|http://a/", "../../g|http://a/g",
        // RFC 3986, section 5.4.2 (abnormal examples)
        "../../../g|http://a/g", "../../../../g|http://a/g", "/./g|http://a/g", "/../g|http://a/g",
        "g.|http://a/b/c/g.", ".g|http://a/b/c/.g", "g..|http://a/b/c/g..", "..g|http://a/b/c/..g",
        "./../g|http://a/b/g", "./g/.|http://a/b/c/g/", "g/./h|http://a/b/c/g/h", "g/../h|http://a/b/c/h",
        "g;x=1/./y|http://a/b/c/g;x=1/y", "g;x=1/../y|http://a/b/c/y", "g?y/./x|http://a/b/c/g?y/./x",
        "g?y/../x|http://a/b/c/g?y/../x", "g#s/./x|http://a/b/c/g#s/./x", "g#s/../x|http://a/b/c/g#s/../x",
        // absolute targets, case folded where it does not matter
        "HTTPS://B.Example:8443/X|https://b.example:8443/X", "http://b/%7Efoo|http://b/%7Efoo",
        "https://b/caf\u00e9?q=\u00e9#\u00e9|https://b/caf%C3%A9?q=%C3%A9#%C3%A9",
        "http://b\u00fccher.example/|http://xn--bcher-kva.example/", "http://[::1]:8080/x|http://[::1]:8080/x",
    })
    void resolvesByRfc3986(String location, String expected) {
        LocationResolver.Resolution resolution = LocationResolver.resolve(BASE, location);
        assertThat(resolution.refusal()).isNull();
        assertThat(resolution.target()).hasToString(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // RFC 9110, section 10.2.2: a Location without a fragment inherits the request's
        "http://a/~tim#x|/People.html#tim|http://a/People.html#tim",
        "http://a/index.html#larry|http://www.example.net/index.html|http://www.example.net/index.html#larry",
        "http://a/x#frag|/y#|http://a/y#",
    })
    void inheritsTheFragment(String base, String location, String expected) {
        assertThat(LocationResolver.resolve(URI.create(base), location).target()).hasToString(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // security.md section 1.3: values parsers read differently are refused, not guessed at
        "'/a\\b'|INVALID_LOCATION|the Location holds a backslash at index 2",
        "'\\\\evil.example/'|INVALID_LOCATION|the Location holds a backslash at index 0",
        "'/a b'|INVALID_LOCATION|the Location holds a space, tab or control character at index 2",
        "'/a\tb'|INVALID_LOCATION|the Location holds a space, tab or control character at index 2",
        "'/a\u0000'|INVALID_LOCATION|the Location holds a space, tab or control character at index 2",
        "'/a\r\nSet-Cookie: x'|INVALID_LOCATION|the Location holds a space, tab or control character at index 2",
        "'///evil.example/'|INVALID_LOCATION|the Location starts with three or more slashes",
        "'http:///evil.example/'|INVALID_LOCATION|the Location starts with three or more slashes",
        "'https:////evil.example/'|INVALID_LOCATION|the Location starts with three or more slashes",
        "'http://example.com:70000/'|INVALID_LOCATION|the Location has an invalid port",
        "'http://example.com:0/'|INVALID_LOCATION|the Location has an invalid port",
        "'http://example.com:8o/'|INVALID_LOCATION|the Location has an invalid port",
        "'http://:80/'|INVALID_LOCATION|the Location host is empty",
        "'http:///'|INVALID_LOCATION|the Location starts with three or more slashes",
        "'http://'|INVALID_LOCATION|the Location host is empty",
        "'http:g'|INVALID_LOCATION|the Location has a scheme but no host",
        "'http://user:secret@evil.example/'|INVALID_LOCATION|the Location carries user information",
        "'http://blah@goggle.com:80@google.com/'|INVALID_LOCATION|the Location carries user information",
        "'http://@example.com/'|INVALID_LOCATION|the Location carries user information",
        "'http://[::1%25.foo.com]/'|INVALID_LOCATION|the Location has an invalid IPv6 literal",
        "'http://[::1/'|INVALID_LOCATION|the Location has an unclosed IPv6 literal",
        "'http://[::1]x/'|INVALID_LOCATION|the Location has text after its IPv6 literal",
        "'http://ex%61mple.com/'|INVALID_LOCATION|the Location host holds a character hosts do not allow",
        "'/a%zz'|INVALID_LOCATION|the Location holds a bad percent-escape at index 2",
        "'/a%4'|INVALID_LOCATION|the Location holds a bad percent-escape at index 2",
        "''|INVALID_LOCATION|the Location is empty",
        "'/\ud800x'|INVALID_LOCATION|the Location holds an unpaired surrogate at index 1",
        "'file:///etc/passwd'|SCHEME_NOT_ALLOWED|the Location scheme is not http or https",
        "'javascript:alert(1)'|SCHEME_NOT_ALLOWED|the Location scheme is not http or https",
        "'ftp://example.com/'|SCHEME_NOT_ALLOWED|the Location scheme is not http or https",
        "'http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example/'|INVALID_LOCATION|the Location host is not a valid domain name",
        // security.md section 1.4, rule 2: never a target whose getHost() is null (RFC 2396, section 3.2.2 labels)
        "'https://-a.example/'|INVALID_LOCATION|" + UNREAD_HOST,
        "'https://a-.example/'|INVALID_LOCATION|" + UNREAD_HOST,
        "'//xn--/'|INVALID_LOCATION|" + UNREAD_HOST,
        "'https://example.1a/'|INVALID_LOCATION|" + UNREAD_HOST,
        "'https://example.123abc/'|INVALID_LOCATION|" + UNREAD_HOST,
    })
    void refusesAmbiguousValues(String location, StopReason reason, String problem) {
        LocationResolver.Resolution resolution = LocationResolver.resolve(BASE, location);
        assertThat(resolution.target()).isNull();
        assertThat(resolution.refusal()).isEqualTo(reason);
        assertThat(resolution.problem()).isEqualTo(problem).doesNotContain("secret");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // percent-escapes: HEXDIG in either case (RFC 3986, section 2.1)
        "/%09%af%AF%fF|http://a/%09%af%AF%fF",
        // scheme characters (RFC 3986, section 3.1): a scheme starts with a letter
        "z9+.-:x|SCHEME_NOT_ALLOWED",
        "Zz:x|SCHEME_NOT_ALLOWED",
        "9z:x|http://a/b/c/9z:x",
        "a/b:c|http://a/b/c/a/b:c",
        "a@b:c|http://a/b/c/a@b:c",
        "a[b:c|INVALID_LOCATION",
        // host characters: letters, digits, '-', '.', '_' and non-ASCII (converted by IDN)
        "//a-b.cd09AZ/|http://a-b.cd09az/",
        "//a--b.example/|http://a--b.example/",
        "//1.example/|http://1.example/",
        "//a_b/|INVALID_LOCATION",
        "//a~b/|INVALID_LOCATION",
        "//a/b|http://a/b",
        "//[0:aF::9]/|http://[0:af::9]/",
        "//[0:g::9]/|INVALID_LOCATION",
        "//a:65535/|http://a:65535/",
        "//a:65536/|INVALID_LOCATION",
        "//a:1/|http://a:1/",
        "//a:99/|http://a:99/",
        "//a:123456/|INVALID_LOCATION",
        "//a:00080/|http://a:80/",
        "//a:/|http://a/",
        "/\ud83d\ude00|http://a/%F0%9F%98%80",
        "/\ude00|INVALID_LOCATION",
        "/x\ud83d|INVALID_LOCATION",
        "//x/y\u007f|INVALID_LOCATION",
        "//x/y\u0080|http://x/y%C2%80",
        "//x/y!|http://x/y!",
    })
    void readsCharacterClassesExactly(String location, String expected) {
        LocationResolver.Resolution resolution = LocationResolver.resolve(BASE, location);
        if (expected.startsWith("http")) {
            assertThat(resolution.target()).hasToString(expected);
        } else {
            assertThat(resolution.refusal()).isEqualTo(StopReason.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // RFC 3986, section 2.3: %2E is a dot, yet section 5.2.4 does not remove it; WHATWG URL does
        "/a/%2e%2e/b|INVALID_LOCATION", "/a/%2E/b|INVALID_LOCATION", "/a/.%2e/b|INVALID_LOCATION",
        "/a/%2e.|INVALID_LOCATION", "%2e%2e/b|INVALID_LOCATION", "//x/a/%2e%2E|INVALID_LOCATION",
        "/a/%2e%2e%2e/b|http://a/a/%2e%2e%2e/b", "/a/%2ex/b|http://a/a/%2ex/b", "/a%2e%2e/b|http://a/a%2e%2e/b",
        "/a/%2f/b|http://a/a/%2f/b", "/a?%2e%2e|http://a/a?%2e%2e",
    })
    void refusesPercentEncodedDotSegments(String location, String expected) {
        LocationResolver.Resolution resolution = LocationResolver.resolve(BASE, location);
        if (expected.startsWith("http")) {
            assertThat(resolution.target()).hasToString(expected);
        } else {
            assertThat(resolution.refusal()).isEqualTo(StopReason.valueOf(expected));
            assertThat(resolution.problem()).isEqualTo("the Location has a percent-encoded dot segment");
        }
    }

    @ParameterizedTest(name = "{0} + {1}: cross-origin {2}")
    @CsvSource(delimiter = '|', value = {
        // RFC 6454, section 4: scheme, host and effective port; security.md section 1.3, rows 16-18, 26
        "https://a.example/x|/y|false", "https://a.example/x|//a.example/y|false",
        "https://a.example/x|HTTPS://A.EXAMPLE:443/y|false", "https://a.example/x|https://a.example:/y|false",
        "https://a.example:443/x|https://a.example/y|false", "http://a.example/x|http://a.example:80/y|false",
        "https://a.example/x|https://a.example./y|true", "https://a.example/x|http://a.example/y|true",
        "https://a.example/x|https://a.example:8443/y|true", "https://a.example/x|https://sub.a.example/y|true",
        "https://b\u00fccher.example:8443/|https://xn--bcher-kva.example/|true",
        "https://b\u00fccher.example/|https://xn--bcher-kva.example/|false",
    })
    void comparesOrigins(String base, String location, boolean crossOrigin) {
        LocationResolver.Resolution resolution = LocationResolver.resolve(URI.create(base), location);
        assertThat(resolution.refusal()).isNull();
        assertThat(resolution.crossOrigin()).isEqualTo(crossOrigin);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http://a_b.example:81/x", "http://a_b.example/x", "https://-a.example/x"})
    void refusesEveryTargetWhoseHostJavaNetUriDoesNotRead(String base) {
        // The request's own host, kept by a relative Location: java.net.URI reads no host in it, so
        // no client could send the next request to it by getHost() (security.md section 1.4, rule 2).
        LocationResolver.Resolution resolution = LocationResolver.resolve(URI.create(base), "/y");
        assertThat(resolution.target()).isNull();
        assertThat(resolution.refusal()).isEqualTo(StopReason.INVALID_LOCATION);
        assertThat(resolution.problem()).isEqualTo(UNREAD_HOST);
    }

    @Test
    void loopKeysIgnoreUserInfoFragmentAndDefaultPort() {
        LocationResolver.Resolution resolution = LocationResolver.resolve(
                URI.create("https://u:pw@A.example/x?q#f"), "https://a.example:443/x?q");
        assertThat(resolution.baseKey()).isEqualTo("https://a.example/x?q");
        assertThat(resolution.targetKey()).isEqualTo(resolution.baseKey());
        assertThat(resolution.target()).hasToString("https://a.example:443/x?q#f");
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', value = {
        // every form of a URI gives one key: lower case, ASCII, no default port, no fragment
        "https://a.example/x?q|https://a.example/y#f|https://a.example/x?q|https://a.example/y",
        "https://a.example/x?q|https://a.example/y?z|https://a.example/x?q|https://a.example/y?z",
        "https://a.example/x|HTTPS://a.example/y|https://a.example/x|https://a.example/y",
        "https://a.example/x|https://a.example:443/y|https://a.example/x|https://a.example/y",
        "https://a.example/x|/y#f|https://a.example/x|https://a.example/y",
        "HTTPS://a.example/x#f|https://A.example/y|https://a.example/x|https://a.example/y",
        "https://a.example:443/x|//a.example:8443/y|https://a.example/x|https://a.example:8443/y",
        "https://a.example:8443/x|/y|https://a.example:8443/x|https://a.example:8443/y",
        "http://a.example:80/x|http://a.example:443/y|http://a.example/x|http://a.example:443/y",
        "https://a.example|?q|https://a.example/|https://a.example/?q",
        "https://a.example/caf\u00e9|/y/../\u00e9|https://a.example/caf%C3%A9|https://a.example/%C3%A9",
        "https://a.example/x?\u00e9|https://b.example/?\u00e9|https://a.example/x?%C3%A9|https://b.example/?%C3%A9",
    })
    void loopKeysAreTheSameWhateverTheFormTheUriIsWrittenIn(String base, String location, String baseKey,
            String targetKey) {
        LocationResolver.Resolution resolution = LocationResolver.resolve(URI.create(base), location);
        assertThat(resolution.refusal()).isNull();
        assertThat(resolution.baseKey()).isEqualTo(baseKey);
        assertThat(resolution.targetKey()).isEqualTo(targetKey);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"/a/b/c/./../../g, /a/g", "mid/content=5/../6, mid/6", "/.., /", "/a/.., /", "a/b/.., a/",
        "/a/./b/., /a/b/", "../../x, x", "./x, x", "., ''", ".., ''", "/a/b/.., /a/", "/a/..b/c, /a/..b/c",
        "/a/.b/c, /a/.b/c", "/no/dots, /no/dots"})
    void removesDotSegments(String path, String expected) {
        // RFC 3986, section 5.2.4
        assertThat(LocationResolver.removeDotSegments(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://user:pw@a/b|/c|http://a/c",
        "https://a/b|//c.example|https://c.example/",
        "http://a|x|http://a/x",
        "http://a|?q|http://a/?q",
    })
    void neverCarriesUserInfoAndFillsAnEmptyPath(String base, String location, String expected) {
        assertThat(LocationResolver.resolve(URI.create(base), location).target()).hasToString(expected);
    }
}
