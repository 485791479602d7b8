package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectChainTest {

    private static final String[] NONE = {};

    @Test
    void startsEmpty() {
        RedirectChain start = RedirectChain.start();
        assertThat(start).isSameAs(RedirectChain.start());
        assertThat(start.redirects()).isZero();
        assertThat(start.strippedHeaders()).isEmpty();
        assertThat(start.hasVisited("GET", "https://a.example:443/")).isFalse();
    }

    @Test
    void remembersEveryRequestByMethodAndTarget() {
        RedirectChain one = RedirectChain.start().next("GET", "https://a.example:443/1", "GET", "https://a.example:443/2",
                NONE);
        RedirectChain two = one.next("GET", "https://a.example:443/2", "POST", "https://b.example:443/3", NONE);
        assertThat(two.redirects()).isEqualTo(2);
        assertThat(two.hasVisited("GET", "https://a.example:443/1")).isTrue();
        assertThat(two.hasVisited("GET", "https://a.example:443/2")).isTrue();
        assertThat(two.hasVisited("POST", "https://b.example:443/3")).isTrue();
        assertThat(two.hasVisited("GET", "https://b.example:443/3")).isFalse();
        assertThat(one.hasVisited("POST", "https://b.example:443/3")).isFalse();
        assertThat(one.redirects()).isEqualTo(1);
    }

    @Test
    void strippedHeadersOnlyGrow() {
        // Go CVE-2024-45336: once dropped, never restored
        RedirectChain first = RedirectChain.start().next("GET", "a", "GET", "b", new String[] {"authorization"});
        RedirectChain second = first.next("GET", "b", "GET", "c", NONE);
        RedirectChain third = second.next("GET", "c", "GET", "d", new String[] {"cookie", "authorization"});
        assertThat(second.strippedHeaders()).isSameAs(first.strippedHeaders()).containsExactly("authorization");
        assertThat(third.strippedHeaders()).containsExactly("authorization", "cookie");
        assertThat(third).hasToString("RedirectChain[3 redirects, stripped [authorization, cookie]]");
    }
}
