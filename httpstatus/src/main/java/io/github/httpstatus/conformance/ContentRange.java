package io.github.httpstatus.conformance;

import io.github.httpstatus.internal.Ascii;

/**
 * The grammar of Content-Range (RFC 9110, section 14.4), read strictly:
 * {@code range-unit SP ( first-pos "-" last-pos "/" ( complete-length / "*" ) / "*" "/" complete-length )}
 * with exactly one SP, ASCII digits only, first-pos not after last-pos, and last-pos before a known
 * complete length. Positions of any length are compared by value, so no number is too large.
 */
final class ContentRange {

    private ContentRange() {
    }

    /** Returns what is wrong with {@code value}, or null when it follows the grammar. */
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
        boolean lengthKnown = !length.equals("*");
        if (lengthKnown && !isDigits(length)) {
            return "the complete length is not digits";
        }
        if (span.equals("*")) {
            return lengthKnown ? null : "an unsatisfied range needs a complete length";
        }
        int dash = span.indexOf('-');
        String first = dash < 0 ? "" : span.substring(0, dash);
        String last = dash < 0 ? "" : span.substring(dash + 1);
        if (!isDigits(first) || !isDigits(last)) {
            return "expected first-pos \"-\" last-pos as digits";
        }
        if (compare(first, last) > 0) {
            return "the first position is after the last";
        }
        if (lengthKnown && compare(last, length) >= 0) {
            return "the last position is not before the complete length";
        }
        return null;
    }

    /** Returns whether {@code value} is valid and its range is unsatisfied: an asterisk, a slash, the complete length. */
    static boolean isUnsatisfied(String value) {
        return problem(value) == null && value.startsWith("*/", value.indexOf(' ') + 1);
    }

    /** Whether {@code text} is {@code 1*DIGIT}. */
    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Ascii.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Compares two runs of digits by their value, whatever their length. */
    private static int compare(String left, String right) {
        String a = withoutLeadingZeros(left);
        String b = withoutLeadingZeros(right);
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
