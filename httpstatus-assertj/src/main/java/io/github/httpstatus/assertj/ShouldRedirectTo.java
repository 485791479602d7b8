package io.github.httpstatus.assertj;

import io.github.httpstatus.HttpStatusInfo;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The failures of a response that does not redirect where expected. The expected target, the
 * Location and its target are quoted, escaped and cut as the other messages of httpstatus do.
 */
final class ShouldRedirectTo extends BasicErrorMessageFactory {

    private ShouldRedirectTo(String expected, String instead) {
        super("expected a redirect to %s but %s", unquotedString(Printable.quote(expected)), unquotedString(instead));
    }

    /** {@code expected a redirect to "https://h/b" but Location leads to "https://h/c"}. */
    static ErrorMessageFactory shouldRedirectTo(String expected, String target) {
        return new ShouldRedirectTo(expected, "Location leads to " + Printable.quote(target));
    }

    /** {@code expected a redirect to "https://h/b" but was 200 OK (2xx Successful)}. */
    static ErrorMessageFactory shouldRedirectTo(String expected, HttpStatusInfo actual) {
        return new ShouldRedirectTo(expected, "was " + StatusWords.describe(actual));
    }

    /** {@code expected a redirect to "https://h/b" but the 302 Found has no Location}. */
    static ErrorMessageFactory shouldRedirectToWithoutLocation(String expected, HttpStatusInfo actual) {
        return new ShouldRedirectTo(expected, "the " + actual + " has no Location");
    }

    /** {@code expected a redirect to "https://h/b" but Location "a b" is not a target a redirect can follow}. */
    static ErrorMessageFactory shouldRedirectToInvalidLocation(String expected, String location) {
        return new ShouldRedirectTo(expected, "Location " + Printable.quote(location) + " is not a target a redirect can follow");
    }
}
