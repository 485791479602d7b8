package io.github.httpstatus.internal;

/**
 * Renders untrusted text for messages: printable ASCII on one line, quoted and cut to a bound.
 *
 * <p>Input that reaches an exception message or a log line could otherwise forge lines (CR, LF),
 * hide characters (controls, bidi marks) or grow without limit, so every message built from input
 * goes through {@link #quote(CharSequence)}.
 */
public final class Escaping {

    /** The most input characters a message shows before it marks the cut. */
    public static final int MAX_SHOWN = 64;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Escaping() {
    }

    /**
     * Returns {@code text} in double quotes, escaped, and cut after {@value #MAX_SHOWN} characters
     * with a trailing {@code ...} when longer.
     *
     * @param text the text, not null
     * @return printable ASCII, never null
     */
    public static String quote(CharSequence text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8);
        out.append('"');
        int shown = Math.min(text.length(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            appendEscaped(out, text.charAt(i));
        }
        out.append('"');
        if (text.length() > MAX_SHOWN) {
            out.append("...");
        }
        return out.toString();
    }

    /**
     * Returns {@code text} escaped as {@link #quote(CharSequence)} does, without quotes or a cut.
     *
     * @param text the text, not null
     * @return printable ASCII, never null
     */
    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(out, text.charAt(i));
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\r':
                out.append("\\r");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\t':
                out.append("\\t");
                break;
            case '\\':
                out.append("\\\\");
                break;
            case '"':
                out.append("\\\"");
                break;
            default:
                if (c >= 0x20 && c < 0x7F) {
                    out.append(c);
                } else {
                    out.append("\\u")
                            .append(HEX[(c >> 12) & 0xF])
                            .append(HEX[(c >> 8) & 0xF])
                            .append(HEX[(c >> 4) & 0xF])
                            .append(HEX[c & 0xF]);
                }
        }
    }
}
