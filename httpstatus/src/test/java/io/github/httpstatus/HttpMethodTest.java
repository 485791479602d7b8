package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpMethodTest {

    @ParameterizedTest(name = "{0}: safe {1}, idempotent {2}")
    @CsvSource({
        // method, safe, idempotent: RFC 9110 sections 9.2.1 and 9.2.2; PATCH per RFC 5789 section 2
        "GET, true, true", "HEAD, true, true", "OPTIONS, true, true", "TRACE, true, true",
        "PUT, false, true", "DELETE, false, true",
        "POST, false, false", "PATCH, false, false", "CONNECT, false, false",
    })
    void standardMethods(String name, boolean safe, boolean idempotent) {
        HttpMethod method = HttpMethod.of(name);
        assertThat(method.isSafe()).isEqualTo(safe);
        assertThat(method.isIdempotent()).isEqualTo(idempotent);
        assertThat(method.isStandard()).isTrue();
        assertThat(method.name()).isEqualTo(name);
        assertThat(method).hasToString(name).isSameAs(HttpMethod.of(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "Post", "PROPFIND", "QUERY", "M-SEARCH", "X!#$%&'*+-.^_`|~1"})
    void otherTokensAreUnknownMethodsThatAreNeitherSafeNorIdempotent(String name) {
        // RFC 9110 section 9.1: method names are case-sensitive; section 9.2.2: no assumption of idempotence.
        HttpMethod method = HttpMethod.of(name);
        assertThat(method.isStandard()).isFalse();
        assertThat(method.isSafe()).isFalse();
        assertThat(method.isIdempotent()).isFalse();
        assertThat(method.name()).isEqualTo(name);
        assertThat(method).isEqualTo(HttpMethod.of(name)).hasSameHashCodeAs(HttpMethod.of(name));
    }

    @Test
    void getInLowerCaseIsNotGet() {
        assertThat(HttpMethod.of("get")).isNotEqualTo(HttpMethod.GET);
        assertThat(HttpMethod.GET).isNotEqualTo("GET");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "GET /", "G\u00c9T", "PO\r\nST", "a(b)", "\"GET\"", "GET\t"})
    void rejectsInvalidTokensNamingThemEscaped(String name) {
        assertThatThrownBy(() -> HttpMethod.of(name)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid method name \"")
                .hasMessageEndingWith(": a method is a non-empty token (RFC 9110, section 5.6.2)")
                .satisfies(e -> MessageHygiene.check(e.getMessage()));
    }

    @Test
    void nullNamesTheParameter() {
        assertThatThrownBy(() -> HttpMethod.of(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }
}
