package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectRequestTest {

    private static final URI A = URI.create("https://a.example/x");

    @Test
    void startsWithoutContentAndCopiesWithIt() {
        RedirectRequest plain = RedirectRequest.of(HttpMethod.PUT, A, Headers.empty());
        assertThat(plain.hasBody()).isFalse();
        assertThat(plain.isBodyReplayable()).isFalse();
        RedirectRequest stream = plain.withBody(false);
        assertThat(stream.hasBody()).isTrue();
        assertThat(stream.isBodyReplayable()).isFalse();
        assertThat(plain.withBody(true).isBodyReplayable()).isTrue();
        assertThat(plain.hasBody()).isFalse();
        assertThat(stream.method()).isEqualTo(HttpMethod.PUT);
        assertThat(stream.uri()).isEqualTo(A);
        assertThat(stream.headers()).isEqualTo(Headers.empty());
    }

    @Test
    void keepsTheMethodAsWritten() {
        // RFC 9110, section 9.1: method names are case-sensitive
        assertThat(RedirectRequest.of("post", A, Headers.empty()).method()).isEqualTo(HttpMethod.of("post"))
                .isNotEqualTo(HttpMethod.POST);
        assertThat(RedirectRequest.of("POST", A, Headers.empty()).method()).isSameAs(HttpMethod.POST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/relative", "ftp://a.example/", "mailto:a@a.example", "https:///x", "https:opaque"})
    void refusesATargetThatIsNotAbsoluteHttpWithAHost(String uri) {
        assertThatThrownBy(() -> RedirectRequest.of("GET", URI.create(uri), Headers.empty()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("the request URI must be absolute http or https with a host");
    }

    @Test
    void refusesAMethodThatIsNotAToken() {
        assertThatThrownBy(() -> RedirectRequest.of("G ET", A, Headers.empty()))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid method name \"G ET\"");
        assertThatThrownBy(() -> RedirectRequest.of((String) null, A, Headers.empty())).hasMessage("method");
        assertThatThrownBy(() -> RedirectRequest.of((HttpMethod) null, A, Headers.empty())).hasMessage("method");
        assertThatThrownBy(() -> RedirectRequest.of("GET", null, Headers.empty())).hasMessage("uri");
        assertThatThrownBy(() -> RedirectRequest.of("GET", A, null)).hasMessage("headers");
    }

    @Test
    void refusesAMethodNameThatIsNotATokenNamingItEscaped() {
        // RFC 9110, sections 9.1 and 5.6.2: a method is a non-empty token, ASCII only; U+017F is no s
        assertRefused("po\u017Ft", "\"po\\u017Ft\"");
        assertRefused("", "\"\"");
        assertRefused("GET\r\n", "\"GET\\r\\n\"");
    }

    private static void assertRefused(String method, String shown) {
        assertThatThrownBy(() -> RedirectRequest.of(method, A, Headers.empty()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid method name " + shown + ": a method is a non-empty token (RFC 9110, section 5.6.2)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // RFC 9110, section 4.2.4 (user information); security.md section 1.4, rule 7 (fragments)
        "https://a.example/x|https://a.example/x",
        "https://user:hunter2@a.example:8443/x?token=t#frag|https://a.example:8443/x",
        "http://u:p@ss@a_b.example/y|http://a_b.example/y",
        "https://[::1]/z?q|https://[::1]/z",
    })
    void describesItselfWithoutCredentialsQueryOrFragment(String uri, String shown) {
        RedirectRequest request = RedirectRequest.of("GET", URI.create(uri), Headers.builder()
                .add("Authorization", "Bearer hunter2").build());
        assertThat(request).hasToString("GET " + shown);
    }

    @Test
    void logFormIsPrintableAsciiForAnyUri() {
        assertThat(RedirectRequest.forLog(URI.create("https://a.example/caf\u00e9"))).isEqualTo("https://a.example/caf\\u00E9");
        assertThat(RedirectRequest.forLog(URI.create("mailto:secret@a.example"))).isEqualTo("mailto:");
        assertThat(RedirectRequest.forLog(URI.create("/relative?q"))).isEqualTo("/relative");
    }
}
