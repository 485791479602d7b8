package io.github.httpstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
    void comparesAsciiLettersWithoutCaseAndEverythingElseExactly() {
        assertThat(Ascii.equalsIgnoreCase("authorization", "AUTHORIZATION")).isTrue();
        assertThat(Ascii.equalsIgnoreCase("X-Api-Key", "x-api-KEY")).isTrue();
        assertThat(Ascii.equalsIgnoreCase("", "")).isTrue();
        assertThat(Ascii.equalsIgnoreCase("cookie", "cookie2")).isFalse();
        assertThat(Ascii.equalsIgnoreCase("cookie", "cookiE2".substring(0, 6))).isTrue();
        // the Kelvin sign and the dotless i fold to ASCII letters under String.equalsIgnoreCase
        assertThat(Ascii.equalsIgnoreCase("k", "\u212A")).isFalse();
        assertThat(Ascii.equalsIgnoreCase("i", "\u0131")).isFalse();
        // characters that differ by 0x20 but are no letters: '@' and '`', '[' and '{', '^' and '~'
        assertThat(Ascii.equalsIgnoreCase("@", "`")).isFalse();
        assertThat(Ascii.equalsIgnoreCase("[", "{")).isFalse();
        assertThat(Ascii.equalsIgnoreCase("^", "~")).isFalse();
        // every pair of characters up to U+017F, against the JDK's own case mapping restricted to ASCII
        List<String> wrong = new ArrayList<>();
        for (char c = 0; c < 0x180; c++) {
            for (char d = 0; d < 0x180; d++) {
                boolean asciiLetters = c < 0x80 && d < 0x80 && Character.isLetter(c) && Character.isLetter(d);
                boolean expected = c == d || asciiLetters && Character.toLowerCase(c) == Character.toLowerCase(d);
                if (Ascii.equalsIgnoreCase("x" + c, "x" + d) != expected) {
                    wrong.add((int) c + "/" + (int) d);
                }
            }
        }
        assertThat(wrong).isEmpty();
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
