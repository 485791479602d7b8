package io.github.httpstatus.conformance;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.StatusLine;
import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a response against the rules of RFC 9110 and RFC 9112 that its status, headers, content
 * and request method decide, and lists what it breaks. No finding means conformant.
 *
 * <pre>{@code
 * List<Finding> findings = ConformanceCheck.check(
 *         ObservedResponse.of(405, Headers.empty(), true));
 * // [MUST REQUIRED_HEADER_MISSING (RFC 9110, section 15): 405 Method Not Allowed must send Allow]
 * }</pre>
 *
 * <p>The rules are those of {@link Rule}: an invalid status code or reason phrase; content on a
 * 1xx, 204, 205 or 304 response or a response to HEAD; Content-Length on a 1xx or 204; a header the
 * status requires ({@link HttpStatusInfo#requiredHeaders()}, with Content-Range on 206 only for a
 * single part); Location missing on a 201 or a redirect; an invalid Retry-After, Allow or
 * Content-Range; and a 2xx whose content is a problem document. Messages name headers and show
 * the offending value escaped, except the values of Authorization, Proxy-Authorization, Cookie and
 * Set-Cookie, which are never shown (none of them is checked here).
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class ConformanceCheck {

    private ConformanceCheck() {
    }

    /**
     * Lists what {@code response} breaks, most severe first in rule order.
     *
     * @param response  the response, not null
     * @return an unmodifiable list, empty when the response conforms
     * @throws NullPointerException if {@code response} is null
     */
    public static List<Finding> check(ObservedResponse response) {
        Objects.requireNonNull(response, "response");
        List<Finding> findings = new ArrayList<>();
        response.reasonPhrase().filter(reason -> !StatusLine.isValidReasonPhrase(reason)).ifPresent(reason ->
                findings.add(new Finding(Rule.INVALID_REASON_PHRASE, "the reason phrase " + Escaping.quote(reason)
                        + " holds a character other than HTAB, SP, VCHAR or obs-text")));
        Optional<HttpStatusInfo> found = HttpStatusInfo.find(response.status());
        if (found.isEmpty()) {
            findings.add(0, new Finding(Rule.INVALID_STATUS_CODE,
                    "status code " + response.status() + " is outside the valid range 100..599"));
            return Collections.unmodifiableList(findings);
        }
        HttpStatusInfo status = found.get();
        Headers headers = response.headers();
        checkContent(response, status, headers, findings);
        checkRequiredHeaders(status, headers, findings);
        if ((status.code() == 201 || status.isRedirect()) && !headers.contains("Location")) {
            findings.add(new Finding(Rule.LOCATION_MISSING, status + " should send Location"));
        }
        checkRetryAfter(headers, findings);
        checkAllow(headers, findings);
        checkContentRange(headers, findings);
        if (status.isSuccessful() && isProblemDocument(headers)) {
            findings.add(new Finding(Rule.ERROR_DISGUISED_AS_SUCCESS, status
                    + " carries application/problem+json: an error reported as success"));
        }
        return Collections.unmodifiableList(findings);
    }

    /**
     * Returns whether {@code response} breaks no rule.
     *
     * @param response  the response, not null
     * @return true when {@link #check(ObservedResponse)} finds nothing
     */
    public static boolean isConformant(ObservedResponse response) {
        return check(response).isEmpty();
    }

    private static void checkContent(ObservedResponse response, HttpStatusInfo status, Headers headers,
            List<Finding> findings) {
        if (response.hasContent() && !status.allowsContent()) {
            findings.add(new Finding(Rule.CONTENT_NOT_ALLOWED, status + " must not carry content"));
        }
        if (response.hasContent() && response.method().equals("HEAD")) {
            findings.add(new Finding(Rule.CONTENT_ON_HEAD, "a response to HEAD must not carry content"));
        }
        if ((status.isInformational() || status.code() == 204) && headers.contains("Content-Length")) {
            findings.add(new Finding(Rule.CONTENT_LENGTH_NOT_ALLOWED, status + " must not send Content-Length"));
        }
    }

    private static void checkRequiredHeaders(HttpStatusInfo status, Headers headers, List<Finding> findings) {
        for (String name : status.requiredHeaders()) {
            boolean multipart = status.code() == 206 && headers.firstValue("Content-Type")
                    .map(type -> Ascii.toLowerCase(type).startsWith("multipart/byteranges")).orElse(false);
            if (!headers.contains(name) && !multipart) {
                findings.add(new Finding(Rule.REQUIRED_HEADER_MISSING, status + " must send " + name));
            }
        }
    }

    private static void checkRetryAfter(Headers headers, List<Finding> findings) {
        List<String> values = headers.values("Retry-After");
        if (values.size() > 1) {
            findings.add(new Finding(Rule.INVALID_RETRY_AFTER, "Retry-After is sent " + values.size()
                    + " times; it takes one value"));
        } else if (values.size() == 1 && RetryAfter.tryParse(values.get(0)).isEmpty()) {
            findings.add(new Finding(Rule.INVALID_RETRY_AFTER, "Retry-After " + Escaping.quote(values.get(0))
                    + " is neither delay-seconds nor an HTTP-date"));
        }
    }

    private static void checkAllow(Headers headers, List<Finding> findings) {
        for (String value : headers.values("Allow")) {
            for (String element : value.split(",", -1)) {
                String method = element.strip();
                if (!method.isEmpty() && !Ascii.isToken(method)) {
                    findings.add(new Finding(Rule.INVALID_ALLOW, "Allow " + Escaping.quote(value)
                            + " holds " + Escaping.quote(method) + ", which is not a method token"));
                    break;
                }
            }
        }
    }

    private static void checkContentRange(Headers headers, List<Finding> findings) {
        for (String value : headers.values("Content-Range")) {
            String problem = ContentRange.problem(value);
            if (problem != null) {
                findings.add(new Finding(Rule.INVALID_CONTENT_RANGE, "Content-Range " + Escaping.quote(value)
                        + " is invalid: " + problem));
            }
        }
    }

    private static boolean isProblemDocument(Headers headers) {
        return headers.firstValue("Content-Type")
                .map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(type -> type.equals("application/problem+json"))
                .isPresent();
    }
}
