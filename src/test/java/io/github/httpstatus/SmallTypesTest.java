package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallTypesTest {

    @Nested
    class StatusClassTest {

        @Test
        void describesEachClass() {
            assertThat(StatusClass.of(404)).isEqualTo(StatusClass.CLIENT_ERROR);
            assertThat(StatusClass.CLIENT_ERROR.label()).isEqualTo("4xx");
            assertThat(StatusClass.CLIENT_ERROR.displayName()).isEqualTo("Client Error");
            assertThat(StatusClass.CLIENT_ERROR.baseCode()).isEqualTo(400);
            assertThat(StatusClass.CLIENT_ERROR.contains(499)).isTrue();
            assertThat(StatusClass.CLIENT_ERROR.contains(500)).isFalse();
            assertThat(StatusClass.CLIENT_ERROR.contains(40)).isFalse();
            assertThat(StatusClass.SERVER_ERROR.contains(600)).isFalse();
            assertThat(StatusClass.CLIENT_ERROR.isError()).isTrue();
            assertThat(StatusClass.SERVER_ERROR.isError()).isTrue();
            assertThat(StatusClass.REDIRECTION.isError()).isFalse();
            assertThat(StatusClass.ofReceived(204)).isEqualTo(StatusClass.SUCCESSFUL);
        }

        @Test
        void ofRejectsInvalidCodes() {
            assertThatThrownBy(() -> StatusClass.of(99)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status code 99 is outside the valid range 100..599");
            assertThatThrownBy(() -> StatusClass.of(600)).isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class MethodRewriteTest {

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
            // rule, method, next method: RFC 9110 15.4.2-15.4.4 and 15.4.8; Fetch HTTP-redirect fetch step 12
            "POST_TO_GET, POST, GET", "POST_TO_GET, PUT, PUT", "POST_TO_GET, GET, GET", "POST_TO_GET, post, post",
            "TO_GET, POST, GET", "TO_GET, PUT, GET", "TO_GET, HEAD, HEAD", "TO_GET, GET, GET", "TO_GET, head, GET",
            "KEEP, POST, POST", "KEEP, DELETE, DELETE",
        })
        void rewritesCaseSensitively(MethodRewrite rule, String method, String next) {
            assertThat(rule.apply(method)).isEqualTo(next);
            assertThat(rule.keepsContent(method)).isEqualTo(method.equals(next));
        }

        @Test
        void noneHasNoNextMethod() {
            assertThatThrownBy(() -> MethodRewrite.NONE.apply("GET")).isExactlyInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> MethodRewrite.KEEP.apply(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("method");
        }
    }

    @Nested
    class SpecReferenceTest {

        @Test
        void rfcReferenceLinksToTheSection() {
            SpecReference ref = SpecReference.rfc(9110, "15.4.9");
            assertThat(ref.document()).isEqualTo("RFC 9110");
            assertThat(ref.section()).isEqualTo("15.4.9");
            assertThat(ref.url()).isEqualTo("https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9");
            assertThat(ref).hasToString("RFC 9110, section 15.4.9");
            assertThat(new SpecReference("draft-x", "", "https://example.org/d")).hasToString("draft-x");
        }

        @Test
        void rejectsBadComponents() {
            assertThatThrownBy(() -> SpecReference.rfc(0, "1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> SpecReference.rfc(9110, "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SpecReference("", "", "u")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SpecReference("d", "", "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SpecReference(null, "", "u")).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
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
}
