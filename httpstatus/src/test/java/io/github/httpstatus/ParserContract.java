package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;
import java.util.function.Function;

/**
 * The shared oracle for every parse/tryParse pair: parse either returns or throws
 * {@link StatusParseException} with a clean message, and tryParse is empty exactly when parse throws.
 */
final class ParserContract {

    private ParserContract() {
    }

    /** Checks the contract for one input; returns whether the input parsed. */
    static <T> boolean check(String text, Function<String, T> parse, Function<String, Optional<T>> tryParse) {
        Throwable thrown = catchThrowable(() -> parse.apply(text));
        Optional<T> tried = tryParse.apply(text);
        if (thrown == null) {
            assertThat(tried).contains(parse.apply(text));
            return true;
        }
        assertThat(thrown).isExactlyInstanceOf(StatusParseException.class);
        assertThat(tried).isEmpty();
        MessageHygiene.check(thrown.getMessage());
        return false;
    }
}
