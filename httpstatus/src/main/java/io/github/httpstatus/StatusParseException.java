package io.github.httpstatus;

import io.github.httpstatus.internal.Escaping;

import java.util.Objects;

/**
 * An exception thrown when text does not follow the grammar of the protocol element it should hold:
 * a status code, a status line or an HTTP-date. It is the library's one parse exception, so the
 * type is shared, and the message names the element that failed.
 *
 * <p>The message names the element, says what was wrong and at which index, and then shows the
 * input escaped and cut, for example {@code invalid status line at index 12: expected SP after the
 * 3-digit code: "HTTP/1.1 2000 OK\r\n"} or {@code invalid HTTP-date at index 17: no such day in
 * that month: "Sun, 30 Feb 1994 08:49:37 GMT"}. Control characters, quotes, backslashes and
 * non-ASCII characters are escaped ({@code \r}, {@code \n}, {@code \t}, {@code \\}, {@code \"},
 * and <code>&#92;u</code> with four hex digits) and input longer than 64 characters is cut and
 * marked with {@code ...}, so the message is always one line of printable ASCII and can go to a log
 * as it is.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class StatusParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The input, quoted, escaped and cut. */
    private final String input;
    /** Where in the input the problem was found. */
    private final int errorIndex;

    /**
     * Creates an exception for {@code text}, which fails to parse at {@code errorIndex}.
     *
     * @param what        what was being parsed, for example {@code "status line"} or
     *                    {@code "HTTP-date"}, not null
     * @param problem     what was wrong, for example {@code "expected SP after the 3-digit code"},
     *                    not null
     * @param text        the whole input, not null
     * @param errorIndex  the index in {@code text} where the problem was found, from 0 to its length
     */
    public StatusParseException(String what, String problem, CharSequence text, int errorIndex) {
        super("invalid " + Objects.requireNonNull(what, "what") + " at index " + errorIndex + ": "
                + Objects.requireNonNull(problem, "problem") + ": "
                + Escaping.quote(Objects.requireNonNull(text, "text")));
        this.input = Escaping.quote(text);
        this.errorIndex = errorIndex;
    }

    /**
     * Returns the input that failed to parse, quoted, escaped and cut as in the message.
     *
     * @return the escaped input in double quotes, never null
     */
    public String input() {
        return input;
    }

    /**
     * Returns the index in the original input at which the problem was found.
     *
     * @return an index from 0 to the input's length
     */
    public int errorIndex() {
        return errorIndex;
    }
}
