package io.github.httpstatus;

import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;
import io.github.httpstatus.internal.StatusCodeRange;

import java.util.Objects;
import java.util.Optional;

/**
 * The status line that starts an HTTP/1.x response, such as {@code HTTP/1.1 404 Not Found}, read
 * strictly by the grammar of
 * <a href="https://www.rfc-editor.org/rfc/rfc9112#section-4">RFC 9112, section 4</a>:
 *
 * <pre>
 * status-line   = HTTP-version SP status-code SP [ reason-phrase ]
 * HTTP-version  = "HTTP/" DIGIT "." DIGIT
 * status-code   = 3DIGIT
 * reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
 * </pre>
 *
 * <pre>{@code
 * StatusLine line = StatusLine.parse("HTTP/1.1 404 Not Found");
 * line.code();          // 404
 * line.reasonPhrase();  // "Not Found"
 * line.status();        // 404 Not Found, the HttpStatusInfo
 * StatusLine.tryParse("HTTP/1.1 2000 OK");  // Optional.empty()
 * }</pre>
 *
 * <h2 id="accepted">What is accepted</h2>
 * <ul>
 *   <li>{@code HTTP/} in upper case, then one ASCII digit, a dot and one ASCII digit:
 *       {@code HTTP/1.1}, {@code HTTP/1.0}. {@code http/1.1}, {@code HTTP/1.10} and {@code HTTP/2}
 *       are rejected.</li>
 *   <li>Exactly one SP, then exactly three ASCII digits. Signs, more or fewer digits, non-ASCII
 *       digits and a second SP are rejected. Any three digits are accepted, as the grammar says,
 *       but only 100..599 are valid (RFC 9110, section 15): for {@code 000}..{@code 099} and
 *       {@code 600}..{@code 999}, {@link #hasValidCode()} is false and {@link #status()} gives
 *       500, as a client is to process them.</li>
 *   <li>One SP, then the reason phrase: HTAB, SP, visible ASCII and obs-text (U+0080 to U+00FF).
 *       It may be empty ({@code "HTTP/1.1 204 "}).</li>
 *   <li><b>Missing SP</b>: a server must send the SP after the code even with no reason phrase, yet
 *       some do not, so a line that ends right after the code ({@code "HTTP/1.1 204"}) is accepted
 *       with an empty reason. Anything else after the code but SP is rejected.</li>
 *   <li>One CRLF at the very end is accepted and ignored, so a line can be passed with or without
 *       its terminator. Any other CR, LF, NUL or control character is rejected anywhere: a reason
 *       phrase that could smuggle a header line or forge a log entry never gets through.</li>
 *   <li>At most {@value #MAX_LENGTH} characters, terminator included; no leading or trailing
 *       whitespace, and characters above U+00FF (which are not octets) are rejected.</li>
 * </ul>
 *
 * <p>When the reason phrase is the registered phrase of the code, {@link #reasonPhrase()} is the
 * library's own string instance, so parsing allocates no string. A usual line, {@code HTTP/1.0} or
 * {@code HTTP/1.1} with a valid code and its registered phrase (such as
 * {@code "HTTP/1.1 200 OK"}), is read by a shorter path and gives one shared instance, so parsing
 * it allocates nothing at all; any other line gives a new instance.
 *
 * @param majorVersion  the major HTTP version, 0 to 9
 * @param minorVersion  the minor HTTP version, 0 to 9
 * @param code          the status code as sent, 0 to 999
 * @param reasonPhrase  the reason phrase, possibly empty, not null
 * @implSpec This record is immutable and thread-safe, and value-based: compare lines with
 *           {@code equals}, not {@code ==}, and do not synchronize on them.
 * @since 0.1.0
 */
public record StatusLine(int majorVersion, int minorVersion, int code, String reasonPhrase) {

    /** The longest status line accepted, in characters, including a final CRLF. */
    public static final int MAX_LENGTH = 4096;

    private static final String WHAT = "status line";
    private static final String PREFIX = "HTTP/";
    private static final String USUAL_PREFIX = "HTTP/1.";

    /**
     * Checks the components.
     *
     * @param majorVersion  the major HTTP version, 0 to 9
     * @param minorVersion  the minor HTTP version, 0 to 9
     * @param code          the status code, 0 to 999
     * @param reasonPhrase  the reason phrase, possibly empty
     * @throws IllegalArgumentException if a version is outside 0..9, the code outside 0..999, or the
     *         reason phrase holds a character other than HTAB, SP, VCHAR or obs-text
     * @throws NullPointerException if {@code reasonPhrase} is null
     */
    public StatusLine {
        Objects.requireNonNull(reasonPhrase, "reasonPhrase");
        if (majorVersion < 0 || majorVersion > 9 || minorVersion < 0 || minorVersion > 9) {
            throw new IllegalArgumentException("HTTP version " + majorVersion + "." + minorVersion
                    + " is not one digit each");
        }
        if (code < 0 || code > 999) {
            throw new IllegalArgumentException("status code " + code + " is not three digits");
        }
        int bad = isRegisteredPhrase(code, reasonPhrase) ? -1
                : firstInvalidReasonChar(reasonPhrase, 0, reasonPhrase.length());
        if (bad >= 0) {
            throw new IllegalArgumentException("the reason phrase " + Escaping.quote(reasonPhrase)
                    + " holds a character other than HTAB, SP, VCHAR or obs-text at index " + bad);
        }
    }

    /**
     * Returns the status line for a status, with the registered reason phrase and HTTP/1.1.
     *
     * @param status  the status, not null
     * @return the status line, never null
     */
    public static StatusLine of(HttpStatusInfo status) {
        Objects.requireNonNull(status, "status");
        return new StatusLine(1, 1, status.code(), status.reasonPhrase());
    }

    /**
     * Parses a status line strictly; see the <a href="#accepted">rules</a> above.
     *
     * @param text  the status line, with or without its final CRLF, not null
     * @return the status line, never null
     * @throws StatusParseException if {@code text} does not follow the grammar; the message says
     *         what was expected where, and shows the input escaped and cut
     * @throws NullPointerException if {@code text} is null
     */
    public static StatusLine parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StatusLine line = Parser.read(text);
        if (line == null) {
            // Read again to learn why: the failure path pays for the report, the usual path does not.
            Parser.Failure failure = new Parser.Failure();
            Parser.read(text, failure);
            throw new StatusParseException(WHAT, failure.problem, text, failure.index);
        }
        return line;
    }

    /**
     * Parses a status line as {@link #parse(CharSequence)} does, returning empty instead of
     * throwing; {@code tryParse(t)} is empty exactly when {@code parse(t)} throws.
     *
     * @param text  the status line, not null
     * @return the status line, or empty when {@code text} does not follow the grammar
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<StatusLine> tryParse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return Optional.ofNullable(Parser.read(text));
    }

    /**
     * Returns whether the code is within the valid range 100..599.
     *
     * @return true for a valid code
     */
    public boolean hasValidCode() {
        return StatusCodeRange.contains(code);
    }

    /**
     * Returns the status to process the response as: the code's {@link HttpStatusInfo}, or 500 for
     * a code outside 100..599 (see {@link HttpStatusInfo#ofReceived(int)}).
     *
     * @return the canonical status instance, never null
     */
    public HttpStatusInfo status() {
        return HttpStatusInfo.ofReceived(code);
    }

    /**
     * Returns the protocol version as written, such as {@code "HTTP/1.1"}.
     *
     * @return the version, never null
     */
    public String version() {
        return PREFIX + majorVersion + "." + minorVersion;
    }

    /**
     * Returns the status line as sent on the wire, without the CRLF, such as
     * {@code "HTTP/1.1 404 Not Found"}. The code is written with three digits and the SP after it is
     * always present.
     *
     * @return the wire form, never null
     */
    @Override
    public String toString() {
        return version() + " " + (code < 100 ? code < 10 ? "00" : "0" : "") + code + " " + reasonPhrase;
    }

    /**
     * Returns whether {@code text} is a valid reason phrase: HTAB, SP, visible ASCII and obs-text
     * (U+0080 to U+00FF) only, possibly empty
     * (<a href="https://www.rfc-editor.org/rfc/rfc9112#section-4">RFC 9112, section 4</a>).
     *
     * @param text  the reason phrase, not null
     * @return true when every character is allowed
     */
    public static boolean isValidReasonPhrase(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return firstInvalidReasonChar(text, 0, text.length()) < 0;
    }

    private static int firstInvalidReasonChar(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean valid = c == '\t' || c >= 0x20 && c <= 0x7E || c >= 0x80 && c <= 0xFF;
            if (!valid) {
                return i;
            }
        }
        return -1;
    }

    /** The library's own phrase instance for a valid code: known to be valid, so not scanned again. */
    private static boolean isRegisteredPhrase(int code, String reasonPhrase) {
        return StatusCodeRange.contains(code) && reasonPhrase == StatusTables.PHRASES[code];
    }

    /** The parse itself, static so that the usual path allocates nothing but, at most, its result. */
    private static final class Parser {

        /**
         * The usual lines {@link #readUsual} has met, by HTTP/1 minor version and code: the text
         * of the line and its one shared instance, built on first use.
         */
        private static final UsualLine[] USUAL_LINES = new UsualLine[2 * (StatusTables.MAX_CODE + 1)];

        /** A usual line's text and instance; final fields, so a thread sees both or none. */
        private static final class UsualLine {
            final String text;
            final StatusLine line;

            UsualLine(int minor, int code) {
                String phrase = StatusTables.PHRASES[code];
                this.text = USUAL_PREFIX + minor + ' ' + code + ' ' + phrase;
                this.line = new StatusLine(1, minor, code, phrase);
            }
        }

        /** Where a failed read reports its first problem. */
        static final class Failure {
            String problem;
            int index;
        }

        private Parser() {
        }

        private static void report(Failure failure, String problem, int index) {
            if (failure != null) {
                failure.problem = problem;
                failure.index = index;
            }
        }

        /** Reads a line, by the short path when it is a usual one; null when it does not parse. */
        static StatusLine read(CharSequence text) {
            StatusLine usual = readUsual(text);
            return usual != null ? usual : read(text, null);
        }

        /**
         * Reads the usual line, {@code HTTP/1.0} or {@code HTTP/1.1}, a valid code and its
         * registered phrase, by comparing it whole with that line's text (one intrinsic compare,
         * whatever the phrase's length), and returns the one shared instance for it; null for any
         * other text, which {@link #read} then decides on.
         */
        private static StatusLine readUsual(CharSequence text) {
            if (!(text instanceof String line) || line.length() < 13) {
                return null;
            }
            char minor = line.charAt(7);
            char hundreds = line.charAt(9);
            char tens = line.charAt(10);
            char ones = line.charAt(11);
            if (minor < '0' || minor > '1' || hundreds < '1' || hundreds > '5' || !Ascii.isDigit(tens)
                    || !Ascii.isDigit(ones)) {
                return null;
            }
            int code = (hundreds - '0') * 100 + (tens - '0') * 10 + (ones - '0');
            int slot = (minor - '0') * (StatusTables.MAX_CODE + 1) + code;
            UsualLine usual = USUAL_LINES[slot];
            if (usual == null) {
                // A benign race: two threads may each build the entry; both are equal and whole.
                usual = new UsualLine(minor - '0', code);
                USUAL_LINES[slot] = usual;
            }
            return line.equals(usual.text) ? usual.line : null;
        }

        static StatusLine read(CharSequence text, Failure failure) {
            int length = text.length();
            if (length > MAX_LENGTH) {
                report(failure, "longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
                return null;
            }
            int end = length;
            if (end >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
                end -= 2;
            }
            for (int i = 0; i < PREFIX.length(); i++) {
                if (i >= end || text.charAt(i) != PREFIX.charAt(i)) {
                    report(failure, "expected \"HTTP/\" in upper case", i);
                    return null;
                }
            }
            if (end < 8 || !Ascii.isDigit(text.charAt(5)) || text.charAt(6) != '.' || !Ascii.isDigit(text.charAt(7))) {
                report(failure, "expected the version as DIGIT \".\" DIGIT", versionErrorIndex(text, end));
                return null;
            }
            if (end == 8 || text.charAt(8) != ' ') {
                report(failure, "expected SP after the version", 8);
                return null;
            }
            for (int i = 9; i < 12; i++) {
                if (i >= end || !Ascii.isDigit(text.charAt(i))) {
                    report(failure, "expected a 3-digit status code", i);
                    return null;
                }
            }
            int code = (text.charAt(9) - '0') * 100 + (text.charAt(10) - '0') * 10 + (text.charAt(11) - '0');
            String reason;
            if (end == 12) {
                reason = "";
            } else if (text.charAt(12) != ' ') {
                report(failure, "expected SP after the 3-digit code", 12);
                return null;
            } else {
                // The registered phrase is valid by construction, so only other phrases are scanned.
                reason = registeredPhrase(text, code, end);
                if (reason == null) {
                    int bad = firstInvalidReasonChar(text, 13, end);
                    if (bad >= 0) {
                        report(failure, "the reason phrase allows only HTAB, SP, VCHAR and obs-text", bad);
                        return null;
                    }
                    reason = end == 13 ? "" : text.subSequence(13, end).toString();
                }
            }
            return new StatusLine(text.charAt(5) - '0', text.charAt(7) - '0', code, reason);
        }

        private static int versionErrorIndex(CharSequence text, int end) {
            if (end <= 5 || !Ascii.isDigit(text.charAt(5))) {
                return 5;
            }
            if (end <= 6 || text.charAt(6) != '.') {
                return 6;
            }
            return 7;
        }

        /**
         * Returns the library's phrase when the text carries it, so a usual line allocates no string
         * and needs no character check; null otherwise.
         */
        private static String registeredPhrase(CharSequence text, int code, int end) {
            if (StatusCodeRange.contains(code)) {
                String known = StatusTables.PHRASES[code];
                if (known.length() == end - 13 && regionEquals(text, known, 13)) {
                    return known;
                }
            }
            return null;
        }

        private static boolean regionEquals(CharSequence text, String known, int offset) {
            for (int i = 0; i < known.length(); i++) {
                if (text.charAt(offset + i) != known.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
