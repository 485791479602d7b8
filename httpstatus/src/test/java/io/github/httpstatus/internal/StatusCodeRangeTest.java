package io.github.httpstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusCodeRangeTest {

    @Test
    void containsExactlyOneHundredToFiveHundredNinetyNine() {
        assertThat(StatusCodeRange.contains(99)).isFalse();
        assertThat(StatusCodeRange.contains(100)).isTrue();
        assertThat(StatusCodeRange.contains(599)).isTrue();
        assertThat(StatusCodeRange.contains(600)).isFalse();
        assertThat(StatusCodeRange.contains(Integer.MIN_VALUE)).isFalse();
    }

    @Test
    void namesTheRangeAndTheCode() {
        assertThat(StatusCodeRange.message(1000)).isEqualTo("status code must be between 100 and 599: 1000");
        assertThat(StatusCodeRange.message(-1)).isEqualTo("status code must be between 100 and 599: -1");
    }
}
