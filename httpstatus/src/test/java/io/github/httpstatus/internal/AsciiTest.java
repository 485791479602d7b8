package io.github.httpstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {

    private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

    @Test
    void characterClassesMatchTheirGrammarForEveryCharacterUpToU017F() {
        // RFC 5234 appendix B.1 (ALPHA, DIGIT, HEXDIG) and RFC 9110 section 5.6.2 (tchar).
        for (char c = 0; c < 0x180; c++) {
            boolean alpha = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(c) >= 0;
            boolean digit = "0123456789".indexOf(c) >= 0;
            assertThat(Ascii.isAlpha(c)).as("alpha %s", (int) c).isEqualTo(alpha);
            assertThat(Ascii.isDigit(c)).as("digit %s", (int) c).isEqualTo(digit);
            assertThat(Ascii.isHexDigit(c)).as("hex %s", (int) c).isEqualTo(digit || "abcdefABCDEF".indexOf(c) >= 0);
            assertThat(Ascii.isTokenChar(c)).as("tchar %s", (int) c)
                    .isEqualTo(alpha || digit || TCHAR_SYMBOLS.indexOf(c) >= 0);
        }
    }

    @Test
    void tokensAreNonEmptyRunsOfTchar() {
        assertThat(Ascii.isToken("GET")).isTrue();
        assertThat(Ascii.isToken(TCHAR_SYMBOLS)).isTrue();
        assertThat(Ascii.isToken("")).isFalse();
        assertThat(Ascii.isToken("GE T")).isFalse();
        assertThat(Ascii.isToken("G\u00c9T")).isFalse();
    }

    @Test
    void lowerCasesAsciiLettersOnly() {
        assertThat(Ascii.toLowerCase("AuThOrIzAtIoN-@[`{Z")).isEqualTo("authorization-@[`{z");
        assertThat(Ascii.toLowerCase("\u0130I")).isEqualTo("\u0130i");
        assertThat(Ascii.toLowerCase("already lower")).isEqualTo("already lower");
    }

    @Test
    void optionalWhitespaceIsSpaceAndTabOnly() {
        // RFC 9110, section 5.6.3: OWS = *( SP / HTAB )
        for (char c = 0; c < 0x3000 + 1; c++) {
            assertThat(Ascii.isOws(c)).as("OWS %s", (int) c).isEqualTo(c == ' ' || c == '\t');
        }
        assertThat(Ascii.skipOws(" \t a \t", 0, 6)).isEqualTo(3);
        assertThat(Ascii.skipOws(" \t a \t", 4, 6)).isEqualTo(6);
        assertThat(Ascii.skipOwsBackwards(" \t a \t", 0, 6)).isEqualTo(4);
        assertThat(Ascii.skipOwsBackwards(" \t ", 1, 3)).isEqualTo(1);
        assertThat(Ascii.stripOws("\t GET \t")).isEqualTo("GET");
        assertThat(Ascii.stripOws("\u2003GET\u00a0\n")).isEqualTo("\u2003GET\u00a0\n");
        assertThat(Ascii.stripOws(" \t ")).isEmpty();
        assertThat(Ascii.stripOws("GET")).isEqualTo("GET");
    }
}
