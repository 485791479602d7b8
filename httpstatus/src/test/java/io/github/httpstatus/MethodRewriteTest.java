package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodRewriteTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // rule, method, next method: RFC 9110 15.4.2-15.4.4 and 15.4.8; Fetch HTTP-redirect fetch step 12
        "POST_TO_GET, POST, GET", "POST_TO_GET, PUT, PUT", "POST_TO_GET, GET, GET", "POST_TO_GET, post, post",
        "TO_GET, POST, GET", "TO_GET, PUT, GET", "TO_GET, HEAD, HEAD", "TO_GET, GET, GET", "TO_GET, head, GET",
        "KEEP, POST, POST", "KEEP, DELETE, DELETE",
    })
    void rewritesCaseSensitively(MethodRewrite rule, String method, String next) {
        assertThat(rule.apply(HttpMethod.of(method))).isEqualTo(HttpMethod.of(next));
        assertThat(rule.keepsContent(HttpMethod.of(method))).isEqualTo(method.equals(next));
    }

    @Test
    void noneHasNoNextMethod() {
        assertThatThrownBy(() -> MethodRewrite.NONE.apply(HttpMethod.GET)).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MethodRewrite.KEEP.apply(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("method");
    }
}
