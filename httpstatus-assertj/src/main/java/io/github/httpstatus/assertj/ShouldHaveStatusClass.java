package io.github.httpstatus.assertj;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure of a status outside the expected class. */
final class ShouldHaveStatusClass extends BasicErrorMessageFactory {

    private ShouldHaveStatusClass(StatusClass expected, HttpStatusInfo actual) {
        super("expected a %s status but was %s", unquotedString(StatusWords.describe(expected)),
                unquotedString(StatusWords.describe(actual)));
    }

    /** {@code expected a 2xx Successful status but was 404 Not Found (4xx Client Error)}. */
    static ErrorMessageFactory shouldHaveStatusClass(StatusClass expected, HttpStatusInfo actual) {
        return new ShouldHaveStatusClass(expected, actual);
    }
}
