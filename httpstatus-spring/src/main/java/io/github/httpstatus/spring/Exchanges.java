package io.github.httpstatus.spring;

import io.github.httpstatus.Headers;
import io.github.httpstatus.redirect.RedirectDecision;
import io.github.httpstatus.redirect.RedirectRequest;
import io.github.httpstatus.redirect.RedirectResponse;
import io.github.httpstatus.retry.FailedAttempt;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/** Translations between Spring's requests and responses and the core's policy inputs and outputs. */
final class Exchanges {

    private Exchanges() {
    }

    /** The request of a hop as the redirect policy reads it; a byte array can always be sent again. */
    static RedirectRequest redirectRequest(HttpRequest request, byte[] body) {
        RedirectRequest hop = RedirectRequest.of(request.getMethod().name(), request.getURI(),
                headers(request.getHeaders()));
        return body.length == 0 ? hop : hop.withBody(true);
    }

    /** The parts of a 3xx that decide a redirect. */
    static RedirectResponse redirectResponse(int code, ClientHttpResponse response) {
        HttpHeaders headers = response.getHeaders();
        RedirectResponse redirect = RedirectResponse.of(code, headers.getOrEmpty("Location"));
        String retryAfter = headers.getFirst("Retry-After");
        return retryAfter == null ? redirect : redirect.withRetryAfter(retryAfter);
    }

    /** A failed attempt as the retry advisor reads it, without the time spent. */
    static FailedAttempt failedAttempt(HttpRequest request, int code, ClientHttpResponse response, int attempt) {
        FailedAttempt failed = FailedAttempt.of(request.getMethod().name(), code, attempt)
                .withIdempotencyKey(request.getHeaders().getFirst("Idempotency-Key") != null);
        String retryAfter = response.getHeaders().getFirst("Retry-After");
        String date = response.getHeaders().getFirst("Date");
        failed = retryAfter == null ? failed : failed.withRetryAfter(retryAfter);
        return date == null ? failed : failed.withDate(date);
    }

    /** The request the policy says to send next. */
    static HttpRequest next(HttpRequest request, RedirectDecision.Follow follow) {
        HttpHeaders headers = new HttpHeaders();
        Headers sent = follow.headers();
        for (String name : sent.names()) {
            headers.addAll(name, sent.values(name));
        }
        return new RewrittenRequest(HttpMethod.valueOf(follow.method().name()), follow.target(), headers,
                request.getAttributes());
    }

    /** The status code of a response, read once. */
    static int code(ClientHttpResponse response) throws IOException {
        return response.getStatusCode().value();
    }

    /** The method and target without user information, query or fragment, safe to log. */
    static String forLog(HttpRequest request) {
        return RedirectRequest.of(request.getMethod().name(), request.getURI(), Headers.empty()).toString();
    }

    private static Headers headers(HttpHeaders fields) {
        Headers.Builder headers = Headers.builder();
        fields.forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        return headers.build();
    }
}
