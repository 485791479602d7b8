package io.github.httpstatus.conformance;

import io.github.httpstatus.SpecReference;

import java.util.Objects;

/**
 * One way a response breaks a rule: the rule, the section that states it for this response, and a
 * message in words. The severity is the rule's.
 *
 * <pre>{@code
 * Finding finding = ConformanceCheck.check(ObservedResponse.of(405, Headers.empty(), false)).get(0);
 * finding.rule();      // REQUIRED_HEADER_MISSING
 * finding.severity();  // MUST
 * finding.section();   // RFC 9110, section 15.5.6 (the section of 405, which requires Allow)
 * finding.message();   // "405 Method Not Allowed must send Allow"
 * }</pre>
 *
 * @param rule     the rule broken, not null
 * @param section  the section that states the rule for this response, which may be more precise
 *                 than {@link Rule#section()}, not null
 * @param message  what is wrong, in words, on one line of printable ASCII; never the value of a
 *                 credential header; not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Finding(Rule rule, SpecReference section, String message) {

    /**
     * Checks the components.
     *
     * @param rule     the rule broken
     * @param section  the section that states it
     * @param message  what is wrong
     * @throws NullPointerException if a component is null
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns how strongly the broken rule is stated: the rule's severity.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return rule.severity();
    }

    /**
     * Returns the finding on one line, such as
     * {@code "MUST INVALID_ALLOW (RFC 9110, section 10.2.1): ..."}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return severity() + " " + rule + " (" + section + "): " + message;
    }
}
