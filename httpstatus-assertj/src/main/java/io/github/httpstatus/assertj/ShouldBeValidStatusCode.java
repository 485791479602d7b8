package io.github.httpstatus.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure of a code outside 100..599, which no status assertion can pass. */
final class ShouldBeValidStatusCode extends BasicErrorMessageFactory {

    private ShouldBeValidStatusCode(int code) {
        super("expected a valid status code (100..599) but was %s", unquotedString(String.valueOf(code)));
    }

    /** {@code expected a valid status code (100..599) but was 600}. */
    static ErrorMessageFactory shouldBeValidStatusCode(int code) {
        return new ShouldBeValidStatusCode(code);
    }
}
