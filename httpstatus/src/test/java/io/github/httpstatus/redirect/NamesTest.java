package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.Headers;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void findsEachPresentNameOnceIgnoringAsciiCase() {
        Headers headers = Headers.builder().add("AUTHORIZATION", "a").add("Cookie", "c").add("Accept", "*/*").build();
        Names names = new Names(headers).addPresent(new String[] {"authorization", "host"})
                .addPresent(new String[] {"cookie", "authorization"}).addPresent(new String[] {"content-type"});
        assertThat(names.toArray()).containsExactly("authorization", "cookie");
        assertThat(names.toSet()).containsExactlyInAnyOrder("authorization", "cookie");
        assertThat(new Names(headers).addPresent(new String[] {"host"}).toArray()).isEmpty();
        assertThat(new Names(headers).addPresent(new String[] {"host"}).toSet()).isEmpty();
        assertThat(new Names(Headers.empty()).addPresent(new String[] {"authorization"}).toArray()).isEmpty();
    }

    @Test
    void addsKnownNamesWithoutRepeatsAndWithoutLookingThemUp() {
        Names names = new Names(Headers.empty()).addAll(new String[] {"cookie", "authorization", "cookie"});
        assertThat(names.toArray()).containsExactly("cookie", "authorization");
    }

    @Test
    void unitesTwoArraysInOrderEachNameOnce() {
        String[] first = {"authorization", "cookie"};
        String[] second = {"cookie", "x-api-key"};
        String[] none = {};
        assertThat(Names.union(first, second)).containsExactly("authorization", "cookie", "x-api-key");
        assertThat(Names.union(first, none)).isSameAs(first);
        assertThat(Names.union(none, second)).isSameAs(second);
        assertThat(Names.union(first, new String[] {"cookie"})).isSameAs(first);
        assertThat(Names.orderedSet(first)).containsExactly("authorization", "cookie").hasSize(2);
        assertThat(Names.orderedSet(none)).isEmpty();
    }

    @Test
    void anOrderedSetCannotBeChangedAndEndsWhereItsArrayEnds() {
        Set<String> stripped = Names.orderedSet(new String[] {"authorization", "cookie"});
        assertThatThrownBy(() -> stripped.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> stripped.remove("cookie")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(stripped::clear).isInstanceOf(UnsupportedOperationException.class);
        Iterator<String> names = stripped.iterator();
        assertThat(names.next()).isEqualTo("authorization");
        assertThatThrownBy(names::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(names.next()).isEqualTo("cookie");
        assertThat(names.hasNext()).isFalse();
        assertThatThrownBy(names::next).isInstanceOf(NoSuchElementException.class);
        assertThat(stripped).isEqualTo(Set.of("cookie", "authorization")).hasSameHashCodeAs(Set.of("cookie", "authorization"));
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
