package io.github.httpstatus.internal;

/**
 * ASCII character classes of RFC 5234 and RFC 9110, independent of the default locale.
 *
 * <p>{@link Character#isDigit(char)} and {@link String#toLowerCase()} accept or produce non-ASCII
 * characters (Arabic-Indic digits, the dotless i); the protocol grammar never does, so every check
 * here compares code units directly.
 */
public final class Ascii {

    private Ascii() {
    }

    /**
     * Returns whether {@code c} is an ASCII digit, {@code %x30-39} (RFC 5234, appendix B.1).
     *
     * @param c the character
     * @return true for '0' to '9' only
     */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Returns whether {@code c} is an ASCII letter, {@code ALPHA} (RFC 5234, appendix B.1).
     *
     * @param c the character
     * @return true for 'a' to 'z' and 'A' to 'Z' only
     */
    public static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Returns whether {@code c} is a hexadecimal digit, {@code HEXDIG} in either case.
     *
     * @param c the character
     * @return true for '0' to '9', 'a' to 'f' and 'A' to 'F'
     */
    public static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * Returns whether {@code c} is a {@code tchar} of a token (RFC 9110, section 5.6.2).
     *
     * @param c the character
     * @return true for ALPHA, DIGIT and {@code !#$%&'*+-.^_`|~}
     */
    public static boolean isTokenChar(char c) {
        if (isAlpha(c) || isDigit(c)) {
            return true;
        }
        switch (c) {
            case '!': case '#': case '$': case '%': case '&': case '\'': case '*':
            case '+': case '-': case '.': case '^': case '_': case '`': case '|': case '~':
                return true;
            default:
                return false;
        }
    }

    /**
     * Returns whether {@code text} is a non-empty {@code token} (RFC 9110, section 5.6.2).
     *
     * @param text the text, not null
     * @return true when every character is a tchar and there is at least one
     */
    public static boolean isToken(CharSequence text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower-cases the ASCII letters of {@code text} and leaves every other character alone.
     *
     * @param text the text, not null
     * @return the lower-cased text, the same instance when nothing changes
     */
    public static String toLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    char d = chars[j];
                    if (d >= 'A' && d <= 'Z') {
                        chars[j] = (char) (d + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    /**
     * Returns whether {@code c} is one character of optional whitespace, {@code OWS} (RFC 9110,
     * section 5.6.3): SP or HTAB, never other whitespace.
     *
     * @param c the character
     * @return true for SP and HTAB only
     */
    public static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Returns the index of the first character in {@code text[from, to)} that is not {@code OWS}.
     *
     * @param text the text, not null
     * @param from the first index to look at
     * @param to   the index after the last one to look at
     * @return an index from {@code from} to {@code to}; {@code to} when all is OWS
     */
    public static int skipOws(CharSequence text, int from, int to) {
        int index = from;
        while (index < to && isOws(text.charAt(index))) {
            index++;
        }
        return index;
    }

    /**
     * Returns the index after the last character in {@code text[from, to)} that is not {@code OWS}.
     *
     * @param text the text, not null
     * @param from the first index to look at
     * @param to   the index after the last one to look at
     * @return an index from {@code from} to {@code to}; {@code from} when all is OWS
     */
    public static int skipOwsBackwards(CharSequence text, int from, int to) {
        int index = to;
        while (index > from && isOws(text.charAt(index - 1))) {
            index--;
        }
        return index;
    }

    /**
     * Returns {@code text} without leading and trailing {@code OWS}; unlike {@link String#strip()}
     * it keeps every other kind of whitespace, which the protocol does not allow there.
     *
     * @param text the text, not null
     * @return the stripped text, the same instance when nothing is stripped
     */
    public static String stripOws(String text) {
        int from = skipOws(text, 0, text.length());
        return text.substring(from, skipOwsBackwards(text, from, text.length()));
    }
}
