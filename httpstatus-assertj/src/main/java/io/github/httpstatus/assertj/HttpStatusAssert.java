package io.github.httpstatus.assertj;

import io.github.httpstatus.HttpStatusInfo;

/**
 * Assertions on a status, with failure messages that say what was expected and what came, in
 * words. {@link HttpStatusAssertions#assertThat(HttpStatusInfo)},
 * {@link HttpStatusAssertions#assertThat(io.github.httpstatus.StatusCode)} and
 * {@link HttpStatusAssertions#assertThatStatus(int)} return it; every check is inherited from
 * {@link AbstractHttpStatusAssert}, which is the class to extend.
 *
 * <pre>{@code
 * assertThatStatus(404).isClientError().isCacheableByDefault();  // passes
 * }</pre>
 *
 * @implSpec Not thread-safe, like every AssertJ assertion object.
 * @since 0.1.0
 */
public final class HttpStatusAssert extends AbstractHttpStatusAssert<HttpStatusAssert> {

    HttpStatusAssert(HttpStatusInfo actual) {
        super(actual, HttpStatusAssert.class);
    }

    HttpStatusAssert(int code) {
        super(code, HttpStatusAssert.class);
    }
}
