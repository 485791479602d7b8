package io.github.httpstatus.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "printable ASCII stays|' a~Z0'|' a~Z0'",
        "line breaks and tabs are named|'\r\n\t'|'\\r\\n\\t'",
        "backslash and quote are escaped|'\\\"'|'\\\\\\\"'",
        "other controls, DEL and non-ASCII are Unicode escapes|'\u0000\u001f\u007f\u00e9\u202e'|'\\u0000\\u001F\\u007F\\u00E9\\u202E'",
    })
    void escapesToOneLineOfPrintableAscii(String rule, String text, String escaped) {
        assertThat(Printable.escape(text)).as(rule).isEqualTo(escaped);
        assertThat(Printable.quote(text)).as(rule).isEqualTo('"' + escaped + '"');
    }

    @Test
    void quotesUpTo64CharactersAndMarksTheCut() {
        String full = "x".repeat(64);
        assertThat(Printable.quote(full)).isEqualTo('"' + full + '"');
        assertThat(Printable.quote(full + "y\n")).isEqualTo('"' + full + "\"...");
        assertThat(Printable.escape(full + "y\n")).isEqualTo(full + "y\\n");
        assertThat(Printable.quote("")).isEqualTo("\"\"");
    }
}
