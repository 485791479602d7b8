package io.github.httpstatus;

/**
 * The standing of a status code in the
 * <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP
 * Status Code Registry</a>.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum RegistryStatus {

    /** Assigned by a published specification and in force. */
    PERMANENT,

    /**
     * Assigned for a limited time (early allocation for a draft, such as 104); the entry expires unless
     * it is renewed or made permanent.
     */
    TEMPORARY,

    /**
     * Listed as "(Unused)": reserved because of earlier use (306, 418), so that it is not assigned
     * again without care
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7">RFC 9110, sections 15.4.7</a>
     * and <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">15.5.19</a>).
     */
    UNUSED,

    /** Listed as "(OBSOLETED)": its specification was moved to Historic (510). */
    OBSOLETED,

    /** Not in the registry: the code is valid but unassigned, and is read by its class. */
    UNASSIGNED;

    /**
     * Returns whether a code with this status has an entry in the registry.
     *
     * @return false only for {@link #UNASSIGNED}
     */
    public boolean isRegistered() {
        return this != UNASSIGNED;
    }
}
