package io.github.httpstatus.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @Test
    void splitsOnAnythingButAsciiLettersAndDigits() {
        assertThat(Words.split("I'm a TEA-pot_42\u00e9x")).containsExactly("i", "m", "a", "tea", "pot", "42", "x");
        assertThat(Words.split("  ")).isEmpty();
        // The characters just outside each range separate words.
        assertThat(Words.split("@AZ[`az{/09:")).containsExactly("az", "az", "09");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "redirect, redirect", "redirects, redirect", "redirected, redirect", "redirection, redirect",
        "redirections, redirect", "redirecting, redirect", "retries, retry", "retried, retry",
        "temporarily, temporary", "permanently, permanent", "throttle, throttl", "throttling, throttl",
        "access, access", "status, status", "analysis, analysis", "caches, cach", "cache, cach",
        "time, tim", "timed, tim", "use, use", "uses, use", "bus, bus", "ok, ok", "things, thing"})
    void stemsCutOneEnding(String word, String stem) {
        assertThat(Words.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "teapot, teapot, true", "teapot, teapto, true", "teapot, teapt, true", "teapot, teapots, true",
        "teapot, teajot, true", "teapot, eatpot, false", "teapot, tepto, false", "teapot, teapotss, false",
        "tea, pot, false", "ab, ba, true", "abc, acb, true", "abcd, acbe, false", "a, '', true"})
    void oneEditAtMost(String a, String b, boolean expected) {
        assertThat(Words.withinOneEdit(a, b)).isEqualTo(expected);
        assertThat(Words.withinOneEdit(b, a)).isEqualTo(expected);
    }

    @Test
    void shortWordsNeedTheSameStem() {
        assertThat(Words.matches("not", "not", "another", "another")).isFalse();
        assertThat(Words.matches("not", "not", "nothing", "noth")).isFalse();
        assertThat(Words.matches("auth", "auth", "authentication", "authenticat")).isTrue();
        assertThat(Words.matches("fond", "fond", "found", "found")).isFalse();
        assertThat(Words.matches("fownd", "fownd", "found", "found")).isTrue();
    }

    @Test
    void stopWordsAreTheCommonOnes() {
        assertThat(Words.isStopWord("the")).isTrue();
        assertThat(Words.isStopWord("http")).isTrue();
        assertThat(Words.isStopWord("not")).isFalse();
        assertThat(Words.isStopWord("no")).isFalse();
    }
}
