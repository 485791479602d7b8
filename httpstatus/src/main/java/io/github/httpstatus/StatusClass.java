package io.github.httpstatus;

import io.github.httpstatus.internal.StatusCodeRange;

/**
 * The five classes of HTTP status codes, named by the first digit of the code.
 *
 * <p>A client must understand the class of every status code it receives, even one it does not
 * know, and treat an unknown code as the {@code x00} code of its class
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>).
 *
 * <pre>{@code
 * StatusClass.of(404);          // CLIENT_ERROR
 * StatusClass.of(404).label();  // "4xx"
 * StatusClass.ofReceived(600);  // SERVER_ERROR: an invalid code is treated as 5xx
 * }</pre>
 *
 * <p>Use {@link #digit()} for the class number, never {@link #ordinal()}.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum StatusClass {

    /**
     * 1xx: the request was received and processing goes on; an interim response
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2">RFC 9110, section 15.2</a>).
     */
    INFORMATIONAL(1, "Informational"),

    /**
     * 2xx: the request was received, understood and accepted
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3">RFC 9110, section 15.3</a>).
     */
    SUCCESSFUL(2, "Successful"),

    /**
     * 3xx: the user agent has to take further action to complete the request
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, section 15.4</a>).
     */
    REDIRECTION(3, "Redirection"),

    /**
     * 4xx: the request is at fault, as far as the server can tell
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5">RFC 9110, section 15.5</a>).
     */
    CLIENT_ERROR(4, "Client Error"),

    /**
     * 5xx: the server failed to carry out a request that looks valid
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6">RFC 9110, section 15.6</a>).
     */
    SERVER_ERROR(5, "Server Error");

    private final int digit;
    private final String displayName;
    private final String label;

    StatusClass(int digit, String displayName) {
        this.digit = digit;
        this.displayName = displayName;
        this.label = digit + "xx";
    }

    /**
     * Returns the class of a valid status code.
     *
     * @param code  a status code from 100 to 599
     * @return the class named by the code's first digit, never null
     * @throws IllegalArgumentException if {@code code} is outside 100..599
     */
    public static StatusClass of(int code) {
        StatusClass found = byFirstDigit(code);
        if (found == null) {
            throw new IllegalArgumentException(StatusCodeRange.message(code));
        }
        return found;
    }

    /**
     * Returns the class a client should process a received status code as: the class of a valid
     * code, and {@link #SERVER_ERROR} for any code outside 100..599, as
     * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a> asks.
     *
     * @param code  any int
     * @return the class to process the response as, never null
     */
    public static StatusClass ofReceived(int code) {
        StatusClass found = byFirstDigit(code);
        return found == null ? SERVER_ERROR : found;
    }

    /**
     * The class of a code from 100 to 599, else null. A switch rather than an array read: the JIT
     * then folds {@code of(code) == CLIENT_ERROR} into a comparison of {@code code / 100}, with no
     * memory read (see docs/performance.md).
     */
    private static StatusClass byFirstDigit(int code) {
        switch (code / 100) { // from -99 to 99 the quotient is 0, so only 100..599 match
            case 1:
                return INFORMATIONAL;
            case 2:
                return SUCCESSFUL;
            case 3:
                return REDIRECTION;
            case 4:
                return CLIENT_ERROR;
            case 5:
                return SERVER_ERROR;
            default:
                return null;
        }
    }

    /**
     * Returns the first digit of the codes in this class.
     *
     * @return 1 to 5
     */
    public int digit() {
        return digit;
    }

    /**
     * Returns the {@code x00} code of this class, whose semantics an unrecognized code of the class
     * carries.
     *
     * @return 100, 200, 300, 400 or 500
     */
    public int baseCode() {
        return digit * 100;
    }

    /**
     * Returns the short label of this class, such as {@code "4xx"}.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the name RFC 9110 gives this class, such as {@code "Client Error"}.
     *
     * @return the display name, never null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns whether {@code code} belongs to this class.
     *
     * @param code  any int
     * @return true when {@code code} is a valid code whose first digit is this class's digit
     */
    public boolean contains(int code) {
        return StatusCodeRange.contains(code) && code / 100 == digit;
    }

    /**
     * Returns whether this class is an error class, 4xx or 5xx.
     *
     * @return true for {@link #CLIENT_ERROR} and {@link #SERVER_ERROR}
     */
    public boolean isError() {
        return digit >= 4;
    }
}
