package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.HttpMethod;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RedirectChainTest {

    private static final HttpMethod GET = HttpMethod.GET;

    @Test
    void startsEmpty() {
        RedirectChain start = RedirectChain.start();
        assertThat(start.redirects()).isZero();
        assertThat(start.strippedHeaders()).isEmpty();
        assertThat(start.hasVisited(GET, "https://a.example:443/")).isFalse();
    }

    @Test
    void remembersEveryRequestByMethodAndTarget() {
        RedirectChain one = RedirectChain.start().next(GET, "https://a.example:443/1", GET, "https://a.example:443/2",
                Set.of());
        RedirectChain two = one.next(GET, "https://a.example:443/2", HttpMethod.POST, "https://b.example:443/3", Set.of());
        assertThat(two.redirects()).isEqualTo(2);
        assertThat(two.hasVisited(GET, "https://a.example:443/1")).isTrue();
        assertThat(two.hasVisited(GET, "https://a.example:443/2")).isTrue();
        assertThat(two.hasVisited(HttpMethod.POST, "https://b.example:443/3")).isTrue();
        assertThat(two.hasVisited(GET, "https://b.example:443/3")).isFalse();
        assertThat(one.hasVisited(HttpMethod.POST, "https://b.example:443/3")).isFalse();
        assertThat(one.redirects()).isEqualTo(1);
    }

    @Test
    void strippedHeadersOnlyGrowInTheOrderFirstDropped() {
        // Go CVE-2024-45336: once dropped, never restored
        RedirectChain first = RedirectChain.start().next(GET, "a", GET, "b", Set.of("authorization"));
        RedirectChain second = first.next(GET, "b", GET, "c", Set.of());
        RedirectChain third = second.next(GET, "c", GET, "d", Set.of("authorization"));
        RedirectChain fourth = third.next(GET, "d", GET, "e", Set.of("x-api-key"));
        RedirectChain fifth = fourth.next(GET, "e", GET, "f", Set.of("cookie"));
        assertThat(second.strippedHeaders()).containsExactly("authorization");
        assertThat(third.strippedHeaders()).containsExactly("authorization");
        assertThat(fifth.strippedHeaders()).containsExactly("authorization", "x-api-key", "cookie");
        assertThat(fifth).hasToString("RedirectChain[5 redirects, stripped [authorization, x-api-key, cookie]]");
    }
}
