package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnofficialCodeTest {

    @Test
    void knowsVendorCodesByNameAndOrigin() {
        assertThat(UnofficialCode.find(499)).contains(UnofficialCode.NGINX_CLIENT_CLOSED_REQUEST);
        assertThat(UnofficialCode.NGINX_CLIENT_CLOSED_REQUEST)
                .hasToString("499 Client Closed Request (nginx)");
        assertThat(UnofficialCode.AWS_UNAUTHORIZED.origin()).isEqualTo("AWS Elastic Load Balancing");
        assertThat(UnofficialCode.find(200)).isEmpty();
        assertThat(UnofficialCode.find(7000)).isEmpty();
        assertThat(UnofficialCode.find(-1)).isEmpty();
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            assertThat(HttpStatusInfo.of(unofficial.code()).isRegistered()).as(unofficial.name()).isFalse();
            assertThat(unofficial.description()).isNotBlank();
            assertThat(unofficial.unofficialName()).isNotBlank();
        }
    }

    @Test
    void coversTheWidelySeenCodes() {
        int[] expected = {440, 444, 449, 460, 463, 494, 495, 496, 497, 499, 520, 521, 522, 523, 524, 525, 526,
            527, 530, 561};
        assertThat(UnofficialCode.values()).extracting(UnofficialCode::code).containsExactly(
                java.util.Arrays.stream(expected).boxed().toArray(Integer[]::new));
    }
}
