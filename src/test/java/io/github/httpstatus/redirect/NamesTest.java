package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.Headers;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void findsEachPresentNameOnceIgnoringAsciiCase() {
        Headers headers = Headers.builder().add("AUTHORIZATION", "a").add("Cookie", "c").add("Accept", "*/*").build();
        Names names = new Names(headers).addPresent(new String[] {"authorization", "host"})
                .addPresent(new String[] {"cookie", "authorization"}).addPresent(new String[] {"content-type"});
        assertThat(names.toArray()).containsExactly("authorization", "cookie");
        assertThat(names.toSet()).containsExactlyInAnyOrder("authorization", "cookie");
        assertThat(new Names(headers).addPresent(new String[] {"host"}).isEmpty()).isTrue();
        assertThat(new Names(headers).addPresent(new String[] {"host"}).toSet()).isEmpty();
        assertThat(new Names(Headers.empty()).addPresent(new String[] {"authorization"}).toArray()).isEmpty();
    }

    @Test
    void addsKnownNamesWithoutRepeatsAndWithoutLookingThemUp() {
        Names names = new Names(Headers.empty()).addAll(new String[] {"cookie", "authorization", "cookie"});
        assertThat(names.toArray()).containsExactly("cookie", "authorization");
        assertThat(names.isEmpty()).isFalse();
    }

    @Test
    void growsPastItsFirstArray() {
        Headers.Builder builder = Headers.builder();
        List<String> all = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13",
                "a14", "a15", "a16", "a17");
        all.forEach(name -> builder.add(name, "v"));
        Names names = new Names(builder.build()).addPresent(all.toArray(String[]::new));
        assertThat(names.toArray()).containsExactlyElementsOf(all);
    }
}
