package io.github.httpstatus.assertj;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The failure of a header without the expected value. Values are shown escaped, except those of
 * Authorization, Proxy-Authorization, Cookie and Set-Cookie, which are never shown.
 */
final class ShouldHaveHeaderValue extends BasicErrorMessageFactory {

    private static final Set<String> CREDENTIALS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private ShouldHaveHeaderValue(String format, Object... arguments) {
        super(format, arguments);
    }

    /** {@code expected header ETag with value "\"v2\"" but it had ["\"v1\""]}. */
    static ErrorMessageFactory shouldHaveHeaderValue(String name, String expected, List<String> values) {
        if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
            return new ShouldHaveHeaderValue("expected header %s with a value not shown but none of its %s value(s) "
                    + "matched; values of %s are never shown", unquotedString(Printable.escape(name)),
                    unquotedString(String.valueOf(values.size())), unquotedString(Printable.escape(name)));
        }
        StringBuilder shown = new StringBuilder("[");
        for (String value : values) {
            shown.append(shown.length() == 1 ? "" : ", ").append(Printable.quote(value));
        }
        return new ShouldHaveHeaderValue("expected header %s with value %s but it had %s", unquotedString(Printable.escape(name)),
                unquotedString(Printable.quote(expected)), unquotedString(shown.append(']').toString()));
    }
}
