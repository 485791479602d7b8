package io.github.httpstatus.conformance;

import io.github.httpstatus.SpecReference;

import java.util.Objects;

/**
 * One way a response breaks a rule: the rule, its severity and section, and a message in words.
 *
 * @param rule     the rule broken, not null
 * @param message  what is wrong, in words; never a credential header's value; not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Finding(Rule rule, String message) {

    /**
     * Checks the components.
     *
     * @param rule     the rule broken
     * @param message  what is wrong
     * @throws NullPointerException if a component is null
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the rule's severity.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return rule.severity();
    }

    /**
     * Returns the section that states the rule.
     *
     * @return the reference, never null
     */
    public SpecReference section() {
        return rule.section();
    }

    /**
     * Returns the finding on one line, such as
     * {@code "MUST INVALID_ALLOW (RFC 9110, section 10.2.1): ..."}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return severity() + " " + rule + " (" + section() + "): " + message;
    }
}
