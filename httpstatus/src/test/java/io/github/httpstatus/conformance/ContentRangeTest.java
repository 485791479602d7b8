package io.github.httpstatus.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentRangeTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // RFC 9110, section 14.4: valid values, of any length, leading zeros allowed (1*DIGIT)
        "bytes 0-0/1|", "bytes 0-9/10|", "bytes 5-5/6|", "bytes 0-9/*|", "bytes */0|", "bytes */100|",
        "x 1-2/3|", "bytes 00-01/0002|", "bytes 9-10/11|",
        "bytes 0-99999999999999999999/*|", "bytes 0-1/99999999999999999999|",
        "bytes 99999999999999999998-99999999999999999999/100000000000000000000|",
        // invalid values, with what is wrong
        "bytes|expected a range unit, SP, then the range",
        "' bytes 0-1/2'|expected a range unit, SP, then the range",
        "by(tes 0-1/2|expected a range unit, SP, then the range",
        "bytes 0-1|expected \"/\" and the complete length",
        "bytes 0-1/x|the complete length is not digits",
        "bytes 0-1/|the complete length is not digits",
        "'bytes 0-1/2 '|the complete length is not digits",
        "bytes 0-1/\u0662|the complete length is not digits",
        "bytes */*|an unsatisfied range needs a complete length",
        "'bytes  0-1/2'|expected first-pos \"-\" last-pos as digits",
        "bytes 0-1-2/5|expected first-pos \"-\" last-pos as digits",
        "bytes -1/5|expected first-pos \"-\" last-pos as digits",
        "bytes 1-/5|expected first-pos \"-\" last-pos as digits",
        "bytes 01/5|expected first-pos \"-\" last-pos as digits",
        "bytes a-1/5|expected first-pos \"-\" last-pos as digits",
        "bytes +1-2/5|expected first-pos \"-\" last-pos as digits",
        "bytes 2-1/5|the first position is after the last",
        "bytes 10-9/100|the first position is after the last",
        "bytes 100000000000000000000-99999999999999999999/*|the first position is after the last",
        "bytes 0-5/5|the last position is not before the complete length",
        "bytes 0-10/9|the last position is not before the complete length",
        "bytes 0-007/07|the last position is not before the complete length",
    })
    void readsTheGrammar(String value, String problem) {
        assertThat(ContentRange.problem(value)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // RFC 9110, section 14.4: unsatisfied-range = "*/" complete-length
        "bytes */100|true", "bytes 0-9/100|false", "bytes */*|false", "bytes */x|false", "*/100|false",
    })
    void knowsAnUnsatisfiedRange(String value, boolean unsatisfied) {
        assertThat(ContentRange.isUnsatisfied(value)).isEqualTo(unsatisfied);
    }
}
