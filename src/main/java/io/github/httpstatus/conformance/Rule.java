package io.github.httpstatus.conformance;

import io.github.httpstatus.SpecReference;

/**
 * The rules the {@link ConformanceCheck} applies, each with its severity and section.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Rule {

    /** The status code is outside 100..599 (RFC 9110, section 15). */
    INVALID_STATUS_CODE(Severity.MUST, SpecReference.rfc(9110, "15")),

    /** The reason phrase holds a character other than HTAB, SP, VCHAR or obs-text (RFC 9112, section 4). */
    INVALID_REASON_PHRASE(Severity.MUST, SpecReference.rfc(9112, "4")),

    /** Content on a 1xx, 204, 205 or 304 response (RFC 9110, sections 6.4.1 and 15.3.6). */
    CONTENT_NOT_ALLOWED(Severity.MUST, SpecReference.rfc(9110, "6.4.1")),

    /** Content on a response to HEAD (RFC 9110, section 9.3.2). */
    CONTENT_ON_HEAD(Severity.MUST, SpecReference.rfc(9110, "9.3.2")),

    /** Content-Length on a 1xx or 204 response (RFC 9110, section 8.6). */
    CONTENT_LENGTH_NOT_ALLOWED(Severity.MUST, SpecReference.rfc(9110, "8.6")),

    /** A header the status requires is missing, such as Allow on 405 (see {@code requiredHeaders()}). */
    REQUIRED_HEADER_MISSING(Severity.MUST, SpecReference.rfc(9110, "15")),

    /** No Location on a 201 or a redirect (RFC 9110, sections 15.3.2 and 15.4). */
    LOCATION_MISSING(Severity.SHOULD, SpecReference.rfc(9110, "10.2.2")),

    /** Retry-After is neither delay-seconds nor an HTTP-date (RFC 9110, section 10.2.3). */
    INVALID_RETRY_AFTER(Severity.MUST, SpecReference.rfc(9110, "10.2.3")),

    /** Allow is not a comma-separated list of method tokens (RFC 9110, section 10.2.1). */
    INVALID_ALLOW(Severity.MUST, SpecReference.rfc(9110, "10.2.1")),

    /** Content-Range does not follow its grammar (RFC 9110, section 14.4). */
    INVALID_CONTENT_RANGE(Severity.MUST, SpecReference.rfc(9110, "14.4")),

    /**
     * A 2xx whose content is {@code application/problem+json}: an error disguised as success
     * (RFC 9457, section 3.1.2: the problem's status must match the response's).
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
