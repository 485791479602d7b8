package io.github.httpstatus.internal;

/**
 * The range of valid status codes, 100 to 599
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>), and the
 * one message every part of the library uses for a code outside it.
 */
public final class StatusCodeRange {

    /** The smallest valid status code. */
    public static final int MIN = 100;

    /** The largest valid status code. */
    public static final int MAX = 599;

    /** What is wrong with a code outside the range, without the code. */
    public static final String PROBLEM = "status code must be between " + MIN + " and " + MAX;

    private StatusCodeRange() {
    }

    /**
     * Returns whether {@code code} is a valid status code.
     *
     * @param code any int
     * @return true for 100..599
     */
    public static boolean contains(int code) {
        return code >= MIN && code <= MAX;
    }

    /**
     * Returns the message for a code outside the range, such as
     * {@code "status code must be between 100 and 599: 1000"}.
     *
     * @param code the rejected code
     * @return the message, never null
     */
    public static String message(int code) {
        return PROBLEM + ": " + code;
    }
}
