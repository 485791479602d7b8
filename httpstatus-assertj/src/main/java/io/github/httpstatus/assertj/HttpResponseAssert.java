package io.github.httpstatus.assertj;

import java.net.http.HttpResponse;

/**
 * Assertions on a JDK {@code java.net.http.HttpResponse}, with failure messages in words.
 * {@link HttpStatusAssertions#assertThat(HttpResponse)} returns it; every check is inherited from
 * {@link AbstractHttpResponseAssert}, which is the class to extend.
 *
 * <pre>{@code
 * assertThat(response).hasStatus(308).hasRedirectTarget("https://example.com/new");
 * }</pre>
 *
 * @implSpec Not thread-safe, like every AssertJ assertion object.
 * @since 0.1.0
 */
public final class HttpResponseAssert extends AbstractHttpResponseAssert<HttpResponseAssert> {

    HttpResponseAssert(HttpResponse<?> actual) {
        super(actual, HttpResponseAssert.class);
    }
}
