package io.github.httpstatus.assertj;

import io.github.httpstatus.HttpStatusInfo;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure of a status other than the expected code. */
final class ShouldHaveCode extends BasicErrorMessageFactory {

    private ShouldHaveCode(int expected, HttpStatusInfo actual) {
        super("expected status %s but was %s", unquotedString(StatusWords.describe(expected)),
                unquotedString(StatusWords.describe(actual)));
    }

    /** {@code expected status 201 Created but was 200 OK (2xx Successful)}. */
    static ErrorMessageFactory shouldHaveCode(int expected, HttpStatusInfo actual) {
        return new ShouldHaveCode(expected, actual);
    }
}
