package io.github.httpstatus.conformance;

/**
 * How strongly the specification states the rule a finding breaks (RFC 2119 keywords).
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Severity {

    /** An absolute requirement (MUST, MUST NOT): the response is not conformant. */
    MUST,

    /** A recommendation (SHOULD, SHOULD NOT): there may be a valid reason, but it is rarely one. */
    SHOULD
}
