package io.github.httpstatus.conformance;

import io.github.httpstatus.internal.Ascii;

/**
 * The grammar of Content-Range (RFC 9110, section 14.4):
 * {@code range-unit SP ( first-pos "-" last-pos "/" ( complete-length / "*" ) / "*" "/" complete-length )},
 * with first-pos not after last-pos and last-pos before a known complete length.
 */
final class ContentRange {

    /** Positions longer than this are refused rather than risk overflow. */
    private static final int MAX_DIGITS = 18;

    private ContentRange() {
    }

    /** Returns what is wrong, or null for a valid value. */
    static String problem(String value) {
        int space = value.indexOf(' ');
        if (space <= 0 || !Ascii.isToken(value.substring(0, space))) {
            return "expected a range unit, SP, then the range";
        }
        String range = value.substring(space + 1);
        int slash = range.indexOf('/');
        if (slash < 0) {
            return "expected \"/\" and the complete length";
        }
        String span = range.substring(0, slash);
        String length = range.substring(slash + 1);
        long complete = length.equals("*") ? -1 : number(length);
        if (complete == -2) {
            return "the complete length is not digits";
        }
        if (span.equals("*")) {
            return complete < 0 ? "an unsatisfied range needs a complete length" : null;
        }
        int dash = span.indexOf('-');
        long first = dash > 0 ? number(span.substring(0, dash)) : -2;
        long last = dash > 0 ? number(span.substring(dash + 1)) : -2;
        if (first < 0 || last < 0) {
            return "expected first-pos \"-\" last-pos as digits";
        }
        if (first > last) {
            return "the first position is after the last";
        }
        if (complete >= 0 && last >= complete) {
            return "the last position is not before the complete length";
        }
        return null;
    }

    /** The value of 1*DIGIT, or -2 when it is not that (or too long to hold). */
    private static long number(String text) {
        if (text.isEmpty() || text.length() > MAX_DIGITS) {
            return -2;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Ascii.isDigit(c)) {
                return -2;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
