package io.github.httpstatus.conformance;

import io.github.httpstatus.SpecReference;

/**
 * The rules the {@link ConformanceCheck} applies, each with its severity and the section that
 * states it. A {@link Finding} may cite a more precise section, such as the section of the status
 * that requires a missing header.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Rule {

    /** The status code is outside 100..599 (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>). */
    INVALID_STATUS_CODE(Severity.MUST, SpecReference.rfc(9110, "15")),

    /**
     * The reason phrase holds a character other than HTAB, SP, VCHAR or obs-text
     * (<a href="https://www.rfc-editor.org/rfc/rfc9112#section-4">RFC 9112, section 4</a>).
     */
    INVALID_REASON_PHRASE(Severity.MUST, SpecReference.rfc(9112, "4")),

    /**
     * Content on a response that cannot have any: 1xx, 204, 205, 304, or a 2xx to CONNECT
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1">RFC 9110, section 6.4.1</a>; the finding cites the status's own section).
     */
    CONTENT_NOT_ALLOWED(Severity.MUST, SpecReference.rfc(9110, "6.4.1")),

    /** Content on a response to HEAD (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2">RFC 9110, section 9.3.2</a>). */
    CONTENT_ON_HEAD(Severity.MUST, SpecReference.rfc(9110, "9.3.2")),

    /** Content-Length on a 1xx, a 204 or a 2xx to CONNECT (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.6">RFC 9110, section 8.6</a>). */
    CONTENT_LENGTH_NOT_ALLOWED(Severity.MUST, SpecReference.rfc(9110, "8.6")),

    /**
     * A header the status requires is missing, such as Allow on 405: see
     * {@link io.github.httpstatus.HttpStatusInfo#requiredHeaders()}. The finding cites the section of the
     * status (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a> and its subsections).
     */
    REQUIRED_HEADER_MISSING(Severity.MUST, SpecReference.rfc(9110, "15")),

    /**
     * No Location on a 201 to POST (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3">RFC 9110, section 9.3.3</a>) or on a 301, 302, 303, 307 or 308
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, section 15.4</a>). A 201 to any other method needs none: the target URI then names the
     * new resource (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2">RFC 9110, section 15.3.2</a>).
     */
    LOCATION_MISSING(Severity.SHOULD, SpecReference.rfc(9110, "10.2.2")),

    /**
     * Retry-After is neither delay-seconds nor an HTTP-date, or is sent more than once
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110, section 10.2.3</a>).
     */
    INVALID_RETRY_AFTER(Severity.MUST, SpecReference.rfc(9110, "10.2.3")),

    /**
     * Retry-After is a date, but not the IMF-fixdate a sender must generate
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7">RFC 9110, section 5.6.7</a>):
     * the obsolete RFC 850 or asctime form, day or month names or {@code GMT} in another case, or a
     * day name that is not the date's. A recipient reads all of these; a sender must not write them.
     */
    RETRY_AFTER_DATE_NOT_IMF_FIXDATE(Severity.MUST, SpecReference.rfc(9110, "5.6.7")),

    /**
     * Allow is not a comma-separated list of method tokens, or holds an empty element
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1">RFC 9110, section 10.2.1</a>, <a href="https://www.rfc-editor.org/rfc/rfc9110#section-5.6.1.1">section 5.6.1.1</a>).
     */
    INVALID_ALLOW(Severity.MUST, SpecReference.rfc(9110, "10.2.1")),

    /**
     * Content-Range does not follow its grammar, is sent more than once, names no enclosed range
     * on a 206, or appears in the header section of a multipart 206 (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-14.4">RFC 9110, section 14.4</a>,
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7">section 15.3.7</a>).
     */
    INVALID_CONTENT_RANGE(Severity.MUST, SpecReference.rfc(9110, "14.4")),

    /**
     * A 2xx whose content type is {@code application/problem+json}: an error disguised as success.
     * A problem document describes an error, and its status must be the response's
     * (<a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1.2">RFC 9457, section 3.1.2</a>).
     */
    ERROR_DISGUISED_AS_SUCCESS(Severity.SHOULD, SpecReference.rfc(9457, "3.1.2"));

    private final Severity severity;
    private final SpecReference section;

    Rule(Severity severity, SpecReference section) {
        this.severity = severity;
        this.section = section;
    }

    /**
     * Returns how strongly the rule is stated.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the section that states the rule.
     *
     * @return the reference, never null
     */
    public SpecReference section() {
        return section;
    }
}
