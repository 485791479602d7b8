package io.github.httpstatus.conformance;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpDate;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.SpecReference;
import io.github.httpstatus.StatusLine;
import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;
import io.github.httpstatus.internal.StatusCodeRange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a response against the rules of RFC 9110 and RFC 9112 that its status, headers, content
 * and request method decide, and lists what it breaks. No finding means conformant.
 *
 * <pre>{@code
 * ConformanceCheck.check(ObservedResponse.of(405, Headers.empty(), false));
 * // [MUST REQUIRED_HEADER_MISSING (RFC 9110, section 15.5.6): 405 Method Not Allowed must send Allow]
 * ConformanceCheck.check(ObservedResponse.of(204, Headers.empty(), false));  // []: conformant
 * }</pre>
 *
 * <p>The rules are those of {@link Rule}:
 * <ul>
 *   <li>an invalid status code (outside 100..599,
 *       <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>) or
 *       reason phrase (<a href="https://www.rfc-editor.org/rfc/rfc9112#section-4">RFC 9112, section 4</a>);
 *       an invalid code stops the check, since every other rule depends on the status;</li>
 *   <li>content on a 1xx, 204, 205 or 304, on a 2xx to CONNECT
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1">RFC 9110, section 6.4.1</a>),
 *       or on any response to HEAD
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2">section 9.3.2</a>);</li>
 *   <li>Content-Length on a 1xx, a 204 or a 2xx to CONNECT
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.6">RFC 9110, section 8.6</a>);</li>
 *   <li>a header the status requires ({@link HttpStatusInfo#requiredHeaders()}), except
 *       Content-Range on a 206 whose content is {@code multipart/byteranges}, where each part
 *       carries its own (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7.2">RFC 9110,
 *       section 15.3.7.2</a>);</li>
 *   <li>Location missing on a 201
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3">RFC 9110, section 9.3.3</a>
 *       for POST) or on a 301, 302, 303, 307 or 308; a 201 to PUT or PATCH needs none, since the
 *       target URI names what was created
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2">section 15.3.2</a>);</li>
 *   <li>a Retry-After that is neither delay-seconds nor an HTTP-date (read by
 *       {@link RetryAfter#tryParse(CharSequence)}), or a date that is not an exact IMF-fixdate:
 *       a recipient accepts the obsolete forms and any case, but a sender must generate the
 *       IMF-fixdate (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7">RFC 9110,
 *       section 5.6.7</a>), so the check judges what the server sent by that grammar; an Allow
 *       that is not a list of method tokens or holds an empty element (a sender must not generate one,
 *       <a href="https://www.rfc-editor.org/rfc/rfc9110#section-5.6.1.1">RFC 9110, section 5.6.1.1</a>);
 *       a Content-Range that breaks its grammar or ordering rules
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-14.4">section 14.4</a>), or names
 *       no enclosed range on a 206;</li>
 *   <li>a 2xx whose content type is {@code application/problem+json}
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1.2">RFC 9457, section 3.1.2</a>).</li>
 * </ul>
 *
 * <p>Each {@link Finding} cites the most precise section: the section of the status when the status
 * states the rule (Allow for 405 in section 15.5.6). Messages name headers and show the offending
 * value escaped and cut; the values of Authorization, Proxy-Authorization, Cookie and Set-Cookie
 * are never shown (none of them is checked here). The check does not read content, so it cannot
 * tell whether a problem document's {@code status} member matches, nor whether a 304 repeats the
 * validators a 200 would have sent.
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class ConformanceCheck {

    private static final SpecReference INFORMATIONAL = SpecReference.rfc(9110, "15.2");
    private static final SpecReference POST_CREATED = SpecReference.rfc(9110, "9.3.3");
    private static final SpecReference EMPTY_LIST_ELEMENT = SpecReference.rfc(9110, "5.6.1.1");
    private static final SpecReference SINGLE_PART = SpecReference.rfc(9110, "15.3.7.1");
    private static final SpecReference MULTIPART = SpecReference.rfc(9110, "15.3.7.2");

    private ConformanceCheck() {
    }

    /**
     * Lists what {@code response} breaks, in the order of the {@link Rule} constants.
     *
     * @param response  the response, not null
     * @return an unmodifiable list, empty when the response conforms, never null
     * @throws NullPointerException if {@code response} is null
     */
    public static List<Finding> check(ObservedResponse response) {
        Objects.requireNonNull(response, "response");
        List<Finding> findings = new ArrayList<>();
        response.reasonPhrase().filter(reason -> !StatusLine.isValidReasonPhrase(reason)).ifPresent(reason ->
                add(findings, Rule.INVALID_REASON_PHRASE, "the reason phrase " + Escaping.quote(reason)
                        + " holds a character other than HTAB, SP, VCHAR or obs-text"));
        Optional<HttpStatusInfo> found = HttpStatusInfo.find(response.status());
        if (found.isEmpty()) {
            add(findings, Rule.INVALID_STATUS_CODE, StatusCodeRange.message(response.status()));
        } else {
            HttpStatusInfo status = found.get();
            Headers headers = response.headers();
            checkContent(response, status, findings);
            checkRequiredHeaders(status, headers, findings);
            checkLocation(response, status, findings);
            checkRetryAfter(headers, findings);
            checkAllow(headers, findings);
            checkContentRange(status, headers, findings);
            if (status.isSuccessful() && mediaType(headers).equals("application/problem+json")) {
                add(findings, Rule.ERROR_DISGUISED_AS_SUCCESS,
                        status + " carries application/problem+json: an error reported as success");
            }
        }
        findings.sort(Comparator.comparing(Finding::rule));
        return List.copyOf(findings);
    }

    /**
     * Returns whether {@code response} breaks no rule.
     *
     * @param response  the response, not null
     * @return true when {@link #check(ObservedResponse)} finds nothing
     * @throws NullPointerException if {@code response} is null
     */
    public static boolean isConformant(ObservedResponse response) {
        return check(response).isEmpty();
    }

    private static void checkContent(ObservedResponse response, HttpStatusInfo status, List<Finding> findings) {
        boolean tunnel = status.isSuccessful() && response.method().equals(HttpMethod.CONNECT);
        if (response.hasContent() && !status.allowsContent()) {
            findings.add(new Finding(Rule.CONTENT_NOT_ALLOWED,
                    status.isInformational() ? INFORMATIONAL : status.specReference(),
                    status + " must not carry content"));
        } else if (response.hasContent() && tunnel) {
            add(findings, Rule.CONTENT_NOT_ALLOWED, "a 2xx response to CONNECT starts a tunnel and must not carry content");
        }
        if (response.hasContent() && response.method().equals(HttpMethod.HEAD)) {
            add(findings, Rule.CONTENT_ON_HEAD, "a response to HEAD must not carry content");
        }
        if (response.headers().contains("Content-Length")) {
            if (status.isInformational() || status.code() == 204) {
                add(findings, Rule.CONTENT_LENGTH_NOT_ALLOWED, status + " must not send Content-Length");
            } else if (tunnel) {
                add(findings, Rule.CONTENT_LENGTH_NOT_ALLOWED, "a 2xx response to CONNECT must not send Content-Length");
            }
        }
    }

    private static void checkRequiredHeaders(HttpStatusInfo status, Headers headers, List<Finding> findings) {
        boolean multipart = status.code() == 206 && mediaType(headers).equals("multipart/byteranges");
        for (String name : status.requiredHeaders()) {
            if (!headers.contains(name) && !(multipart && name.equals("Content-Range"))) {
                findings.add(new Finding(Rule.REQUIRED_HEADER_MISSING, status.specReference(),
                        status + " must send " + name));
            }
        }
    }

    private static void checkLocation(ObservedResponse response, HttpStatusInfo status, List<Finding> findings) {
        if (response.headers().contains("Location")) {
            return;
        }
        if (status.code() == 201 && response.method().equals(HttpMethod.POST)) {
            findings.add(new Finding(Rule.LOCATION_MISSING, POST_CREATED,
                    "a 201 to POST should send Location to name the created resource"));
        } else if (status.code() == 201 && !namesCreatedResource(response.method())) {
            findings.add(new Finding(Rule.LOCATION_MISSING, status.specReference(),
                    "a 201 to " + response.method() + " should send Location: the target URI names no created resource"));
        } else if (status.isRedirect()) {
            findings.add(new Finding(Rule.LOCATION_MISSING, status.specReference(), status + " should send Location"));
        }
    }

    /** PUT and PATCH create the resource at their target URI (RFC 9110, section 9.3.4; RFC 5789, section 2). */
    private static boolean namesCreatedResource(HttpMethod method) {
        return method.equals(HttpMethod.PUT) || method.equals(HttpMethod.PATCH);
    }

    private static void checkRetryAfter(Headers headers, List<Finding> findings) {
        List<String> values = headers.values("Retry-After");
        if (values.size() > 1) {
            add(findings, Rule.INVALID_RETRY_AFTER, "Retry-After is sent " + values.size() + " times; it takes one value");
        } else if (values.size() == 1) {
            String value = values.get(0);
            Optional<RetryAfter> parsed = RetryAfter.tryParse(value);
            if (parsed.isEmpty()) {
                add(findings, Rule.INVALID_RETRY_AFTER, "Retry-After " + Escaping.quote(value)
                        + " is neither delay-seconds nor an HTTP-date");
            } else {
                parsed.get().date().filter(date -> !isImfFixdateOf(Ascii.stripOws(value), date)).ifPresent(date ->
                        add(findings, Rule.RETRY_AFTER_DATE_NOT_IMF_FIXDATE, "Retry-After " + Escaping.quote(value)
                                + " must be sent as the IMF-fixdate \"" + HttpDate.format(date) + "\""));
            }
        }
    }

    /**
     * Whether {@code text} is the IMF-fixdate of {@code date}, case and day name included; a leap
     * second ({@code :60}, which the reader takes as {@code :59}) is allowed, as the grammar does.
     */
    private static boolean isImfFixdateOf(String text, Instant date) {
        String fixdate = HttpDate.format(date);
        if (text.equals(fixdate)) {
            return true;
        }
        int seconds = fixdate.length() - 6; // "SS GMT" ends the form
        return text.length() == fixdate.length() && text.regionMatches(0, fixdate, 0, seconds)
                && fixdate.startsWith("59", seconds) && text.startsWith("60 GMT", seconds);
    }

    private static void checkAllow(Headers headers, List<Finding> findings) {
        for (String value : headers.values("Allow")) {
            String[] elements = value.split(",", -1);
            if (elements.length == 1 && Ascii.stripOws(value).isEmpty()) {
                continue; // an empty list: the resource allows no method (RFC 9110, section 10.2.1)
            }
            for (String element : elements) {
                String method = Ascii.stripOws(element);
                if (method.isEmpty()) {
                    findings.add(new Finding(Rule.INVALID_ALLOW, EMPTY_LIST_ELEMENT,
                            "Allow " + Escaping.quote(value) + " holds an empty list element"));
                    break;
                }
                if (!Ascii.isToken(method)) {
                    add(findings, Rule.INVALID_ALLOW, "Allow holds " + Escaping.quote(method)
                            + ", which is not a method token");
                    break;
                }
            }
        }
    }

    private static void checkContentRange(HttpStatusInfo status, Headers headers, List<Finding> findings) {
        List<String> values = headers.values("Content-Range");
        if (values.isEmpty()) {
            return;
        }
        if (status.code() == 206 && mediaType(headers).equals("multipart/byteranges")) {
            findings.add(new Finding(Rule.INVALID_CONTENT_RANGE, MULTIPART, "a multipart/byteranges 206 must not "
                    + "send Content-Range in its header section; each part carries its own"));
        }
        if (values.size() > 1) {
            add(findings, Rule.INVALID_CONTENT_RANGE, "Content-Range is sent " + values.size() + " times; it takes one value");
            return;
        }
        String value = values.get(0);
        String problem = ContentRange.problem(value);
        if (problem != null) {
            add(findings, Rule.INVALID_CONTENT_RANGE, "Content-Range " + Escaping.quote(value) + " is invalid: " + problem);
        } else if (status.code() == 206 && ContentRange.isUnsatisfied(value)) {
            findings.add(new Finding(Rule.INVALID_CONTENT_RANGE, SINGLE_PART, "a 206 must name the range it encloses, "
                    + "but Content-Range " + Escaping.quote(value) + " names none"));
        }
    }

    /** The type/subtype of the first Content-Type, lower-cased, or "" without one. */
    private static String mediaType(Headers headers) {
        return headers.firstValue("Content-Type").map(type -> Ascii.toLowerCase(Ascii.stripOws(type.split(";", 2)[0])))
                .orElse("");
    }

    /** Adds a finding that cites the rule's own section. */
    private static void add(List<Finding> findings, Rule rule, String message) {
        findings.add(new Finding(rule, rule.section(), message));
    }
}
