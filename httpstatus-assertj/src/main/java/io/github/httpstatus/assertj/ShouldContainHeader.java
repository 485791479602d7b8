package io.github.httpstatus.assertj;

import java.util.Collection;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure of a response without an expected header; it lists the names present, never values. */
final class ShouldContainHeader extends BasicErrorMessageFactory {

    private ShouldContainHeader(String name, String request, Collection<String> present) {
        super("expected header %s but the response to %s has only %s", unquotedString(Printable.escape(name)),
                unquotedString(request),
                unquotedString(Printable.escape(present.toString())));
    }

    /** {@code expected header Location but the response to GET http://h/a has only [content-length, date]}. */
    static ErrorMessageFactory shouldContainHeader(String name, String request, Collection<String> present) {
        return new ShouldContainHeader(name, request, present);
    }
}
