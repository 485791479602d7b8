package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void namesIgnoreAsciiCaseAndKeepEveryValueInOrder() {
        Headers headers = Headers.builder().add("Accept", "a").add("ACCEPT", "b").add("X-Id", "1").build();
        assertThat(headers.values("accept")).containsExactly("a", "b");
        assertThat(headers.firstValue("aCcEpT")).contains("a");
        assertThat(headers.firstValue("missing")).isEmpty();
        assertThat(headers.values("missing")).isEmpty();
        assertThat(headers.contains("x-id")).isTrue();
        assertThat(headers.names()).containsExactly("Accept", "X-Id");
        assertThat(headers.toMap()).containsExactly(Map.entry("Accept", List.of("a", "b")), Map.entry("X-Id", List.of("1")));
        assertThat(headers).isEqualTo(Headers.of(Map.of("accept", List.of("a", "b"), "x-id", List.of("1"))))
                .hasSameHashCodeAs(Headers.of(Map.of("accept", List.of("a", "b"), "x-id", List.of("1"))))
                .isNotEqualTo(Headers.empty()).isNotEqualTo("Accept");
    }

    @Test
    void withoutDropsEveryDuplicate() {
        Headers headers = Headers.builder().add("Cookie", "a").add("cookie", "b").add("Accept", "x").build();
        assertThat(headers.without(Set.of("COOKIE")).names()).containsExactly("Accept");
        assertThat(headers.without(Set.of("nothing"))).isEqualTo(headers);
        assertThat(Headers.builder().build()).isEqualTo(Headers.empty());
    }

    @Test
    void withoutKeepsTheOrderAndValuesOfWhatStays() {
        Headers headers = Headers.builder().add("A", "1").add("Cookie", "c").add("B", "2").add("b", "3")
                .add("Accept", "x").build();
        Headers kept = headers.without(List.of("cookie", "Cookie", "ACCEPT", "absent"));
        assertThat(kept.names()).containsExactly("A", "B");
        assertThat(kept.values("b")).containsExactly("2", "3");
        assertThat(kept.contains("cookie")).isFalse();
        assertThat(headers.names()).containsExactly("A", "Cookie", "B", "Accept");
        // The Kelvin sign lower-cases to 'k' outside ASCII; header names compare by ASCII case only.
        assertThat(Headers.builder().add("k", "v").build().without(List.of("\u212A")).names()).containsExactly("k");
    }

    @Test
    void manyFieldsKeepTheirOrderAndAreFoundInAnyCase() {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < 200; i++) {
            builder.add("X-Field-" + i, "v" + i).add("x-field-" + i, "w" + i);
        }
        Headers headers = builder.build();
        assertThat(headers.names()).hasSize(200).startsWith("X-Field-0", "X-Field-1").endsWith("X-Field-199");
        assertThat(headers.values("X-FIELD-150")).containsExactly("v150", "w150");
        Headers fewer = headers.without(List.of("x-field-0", "X-FIELD-199", "x-field-100"));
        assertThat(fewer.names()).hasSize(197).startsWith("X-Field-1").endsWith("X-Field-198")
                .doesNotContain("X-Field-100");
        assertThat(headers.names()).hasSize(200);
        assertThat(headers.without(headers.names()).isEmpty()).isTrue();
        assertThat(headers.without(headers.names())).isEqualTo(Headers.empty());
    }

    @Test
    void namesOfEveryLengthAreFoundInAnyCase() {
        Headers.Builder builder = Headers.builder();
        for (int length = 1; length <= 130; length += 3) {
            builder.add("x".repeat(length), String.valueOf(length));
        }
        Headers headers = builder.build();
        for (int length = 1; length <= 130; length++) {
            assertThat(headers.contains("X".repeat(length))).as("length %d", length).isEqualTo(length % 3 == 1);
        }
        assertThat(headers.values("x".repeat(67))).containsExactly("67");
        assertThat(headers.contains("y".repeat(67))).isFalse();
        assertThat(Headers.empty().contains("")).isFalse();
    }

    @Test
    void returnsUnmodifiableViews() {
        Headers headers = Headers.builder().add("A", "1").build();
        assertThatThrownBy(() -> headers.names().add("B")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> headers.values("a").add("2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> headers.toMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderCanGoOnAfterBuildingWithoutChangingWhatItBuilt() {
        Headers.Builder builder = Headers.builder().add("A", "1");
        Headers first = builder.build();
        Headers second = builder.add("a", "2").add("B", "3").build();
        assertThat(first.values("A")).containsExactly("1");
        assertThat(first.names()).containsExactly("A");
        assertThat(second.values("A")).containsExactly("1", "2");
        assertThat(second.names()).containsExactly("A", "B");
    }

    @Test
    void withoutRejectsANullNameEvenWhenNothingMatches() {
        List<String> names = new ArrayList<>();
        names.add(null);
        assertThatThrownBy(() -> Headers.empty().without(names)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> Headers.empty().without(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("names");
    }

    @Test
    void toStringShowsNamesNeverValues() {
        Headers headers = Headers.builder().add("Authorization", "Bearer secret").build();
        assertThat(headers).hasToString("Headers[Authorization]");
    }

    @Test
    void rejectsInvalidNamesAndValuesWithoutShowingTheValue() {
        assertThatThrownBy(() -> Headers.builder().add("bad name", "x")).hasMessage("invalid header name \"bad name\"");
        assertThatThrownBy(() -> Headers.builder().add("Authorization", "secret\r\nX: y"))
                .hasMessage("the value of header Authorization holds CR, LF or NUL at index 6");
        assertThatThrownBy(() -> Headers.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Headers.empty().contains(null)).isInstanceOf(NullPointerException.class);
    }
}
