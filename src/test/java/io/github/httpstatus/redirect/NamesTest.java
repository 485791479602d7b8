package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.Headers;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void findsEachPresentNameOnceIgnoringAsciiCase() {
        Headers headers = Headers.builder().add("AUTHORIZATION", "a").add("Cookie", "c").add("Accept", "*/*").build();
        Set<String> present = Names.present(headers, List.of("authorization", "host"), Set.of("cookie", "authorization"),
                List.of("content-type"));
        assertThat(present).containsExactlyInAnyOrder("authorization", "cookie");
        assertThat(Names.present(headers, List.of("host"))).isEmpty();
        assertThat(Names.present(Headers.empty(), List.of("authorization"))).isEmpty();
    }

    @Test
    void growsPastItsFirstArray() {
        Headers.Builder builder = Headers.builder();
        List<String> names = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10");
        names.forEach(name -> builder.add(name, "v"));
        assertThat(Names.present(builder.build(), names)).containsExactlyInAnyOrderElementsOf(names);
    }
}
