package io.github.httpstatus.assertj;

import io.github.httpstatus.HttpStatusInfo;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure of a status that lacks a property of the model: registered, permanent, retryable and so on. */
final class ShouldHaveStatusProperty extends BasicErrorMessageFactory {

    private ShouldHaveStatusProperty(String expected, HttpStatusInfo actual, String detail) {
        super("expected %s but was %s%s", unquotedString(expected), unquotedString(StatusWords.describe(actual)),
                unquotedString(detail.isEmpty() ? "" : ", " + detail));
    }

    /**
     * {@code expected a permanent status (301, 308 or 410) but was 302 Found (3xx Redirection), whose
     * permanence is temporary}; an empty {@code detail} ends the message after the status.
     */
    static ErrorMessageFactory shouldHaveStatusProperty(String expected, HttpStatusInfo actual, String detail) {
        return new ShouldHaveStatusProperty(expected, actual, detail);
    }
}
