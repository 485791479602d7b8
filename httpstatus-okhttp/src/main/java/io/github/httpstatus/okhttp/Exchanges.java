package io.github.httpstatus.okhttp;

import io.github.httpstatus.Headers;
import io.github.httpstatus.redirect.RedirectDecision;
import io.github.httpstatus.redirect.RedirectRequest;
import io.github.httpstatus.redirect.RedirectResponse;
import io.github.httpstatus.retry.FailedAttempt;

import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Translations between OkHttp's requests and responses and the core's policy inputs and outputs. */
final class Exchanges {

    private Exchanges() {
    }

    /** The request of a hop as the redirect policy reads it. */
    static RedirectRequest redirectRequest(Request request) {
        RedirectRequest hop = RedirectRequest.of(request.method(), request.url().uri(), headers(request.headers()));
        return request.body() == null ? hop : hop.withBody(isReplayable(request));
    }

    /** The parts of a 3xx that decide a redirect. */
    static RedirectResponse redirectResponse(Response response) {
        RedirectResponse redirect = RedirectResponse.of(response.code(), response.headers("Location"));
        String retryAfter = response.header("Retry-After");
        return retryAfter == null ? redirect : redirect.withRetryAfter(retryAfter);
    }

    /** A failed attempt as the retry advisor reads it, without the time spent. */
    static FailedAttempt failedAttempt(Request request, Response response, int attempt) {
        FailedAttempt failed = FailedAttempt.of(request.method(), response.code(), attempt)
                .withIdempotencyKey(request.header("Idempotency-Key") != null);
        String retryAfter = response.header("Retry-After");
        String date = response.header("Date");
        failed = retryAfter == null ? failed : failed.withRetryAfter(retryAfter);
        return date == null ? failed : failed.withDate(date);
    }

    /** Whether the request's content, if any, can be sent again: a one-shot or duplex body cannot. */
    static boolean isReplayable(Request request) {
        RequestBody body = request.body();
        return body == null || !(body.isOneShot() || body.isDuplex());
    }

    /** The request the policy says to send next. */
    static Request next(Request request, RedirectDecision.Follow follow) {
        okhttp3.Headers.Builder headers = new okhttp3.Headers.Builder();
        Headers sent = follow.headers();
        for (String name : sent.names()) {
            for (String value : sent.values(name)) {
                headers.addUnsafeNonAscii(name, value);
            }
        }
        return request.newBuilder()
                .url(HttpUrl.get(follow.target().toString()))
                .headers(headers.build())
                .method(follow.method().name(), follow.bodyKept() ? request.body() : null)
                .build();
    }

    /** The method and target without user information, query or fragment, safe to log. */
    static String forLog(Request request) {
        return RedirectRequest.of(request.method(), request.url().uri(), Headers.empty()).toString();
    }

    private static Headers headers(okhttp3.Headers fields) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < fields.size(); i++) {
            headers.add(fields.name(i), fields.value(i));
        }
        return headers.build();
    }
}
