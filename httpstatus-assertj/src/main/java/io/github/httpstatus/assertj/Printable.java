package io.github.httpstatus.assertj;

import java.util.Locale;

/**
 * Renders text that this module did not write (header values, URIs, expected targets) for a
 * failure message: printable ASCII on one line, so that a value can neither forge nor hide lines,
 * and quoted text cut after {@value #MAX_SHOWN} characters with the cut marked by {@code ...}.
 *
 * <p>The rules are the core's, restated here because its helper lives in a package it does not
 * export: the tests of a modular application put this jar on the class path, in the unnamed
 * module, which can read only exported packages.
 */
final class Printable {

    /** The most characters of a value a message quotes before it marks the cut. */
    static final int MAX_SHOWN = 64;

    private Printable() {
    }

    /** {@code "text"} escaped, cut after {@value #MAX_SHOWN} characters with {@code ...} after the quote. */
    static String quote(CharSequence text) {
        int shown = Math.min(text.length(), MAX_SHOWN);
        StringBuilder out = appendEscaped(new StringBuilder(shown + 8).append('"'), text, shown).append('"');
        return text.length() > shown ? out.append("...").toString() : out.toString();
    }

    /** The whole text escaped, without quotes or a cut. */
    static String escape(CharSequence text) {
        return appendEscaped(new StringBuilder(text.length() + 8), text, text.length()).toString();
    }

    private static StringBuilder appendEscaped(StringBuilder out, CharSequence text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    }
                }
            }
        }
        return out;
    }
}
