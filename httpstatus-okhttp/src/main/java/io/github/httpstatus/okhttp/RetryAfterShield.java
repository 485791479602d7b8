package io.github.httpstatus.okhttp;

import java.io.IOException;
import java.util.List;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that hides the {@code Retry-After} of a 503 from OkHttp's own follow-up
 * logic, which sits between it and {@link PolicyInterceptor}: OkHttp repeats a 503 whose
 * {@code Retry-After} is {@code 0} once by itself, whatever the method (a POST included), and
 * throws {@link NumberFormatException} for a delay that does not fit an {@code int}. The field
 * travels under another name past that logic, and {@link #restore} gives it back its name before
 * the policy or the caller reads the response.
 */
final class RetryAfterShield implements Interceptor {

    static final RetryAfterShield INSTANCE = new RetryAfterShield();

    /** The name the field travels under; no server sends it. */
    private static final String HIDDEN = "X-Httpstatus-Retry-After-503";

    private RetryAfterShield() {
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        List<String> values = response.headers("Retry-After");
        if (response.code() != 503 || values.isEmpty()) {
            return response;
        }
        Response.Builder hidden = response.newBuilder().removeHeader("Retry-After");
        values.forEach(value -> hidden.addHeader(HIDDEN, value));
        return hidden.build();
    }

    /** Returns the response with the hidden field under its own name again. */
    static Response restore(Response response) {
        List<String> values = response.headers(HIDDEN);
        if (values.isEmpty()) {
            return response;
        }
        Response.Builder restored = response.newBuilder().removeHeader(HIDDEN);
        values.forEach(value -> restored.addHeader("Retry-After", value));
        return restored.build();
    }
}
