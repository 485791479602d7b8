package io.github.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {

    private static final List<String> WORDS = List.of("list", "search", "redirect", "recommend", "html");

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({"'', '', 0", "abc, '', 3", "'', abc, 3", "serch, search, 1", "lsit, list, 1", "list, list, 0",
        "kitten, sitting, 3", "ab, ba, 1", "abc, ca, 3", "recomend, recommend, 1"})
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps(String a, String b, int expected) {
        assertThat(Spelling.distance(a, b)).isEqualTo(expected);
        assertThat(Spelling.distance(b, a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"serch, search", "saerch, search", "serach, search", "LIST, list", "lst, list", "htm, html",
        "redirct, redirect", "rcomend, recommend"})
    void namesTheCloseCandidate(String typed, String meant) {
        assertThat(Spelling.closest(typed, WORDS)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"lost1", "gone", "Not", "teapot", "ls"})
    void namesNothingWhenNoCandidateIsClose(String typed) {
        // Short candidates allow one edit, longer ones two.
        assertThat(Spelling.closest(typed, WORDS)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"lis, list", "lisst, list", "serc, search", "redict, redirect"})
    void allowsOneEditUpToFiveCharactersAndTwoBeyond(String typed, String meant) {
        assertThat(Spelling.closest(typed, WORDS)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"ab, abc, abd", "abx, abc, abx"})
    void aTieGoesToTheEarlierCandidateAndAnExactMatchWins(String typed, String first, String second) {
        assertThat(Spelling.closest(typed, List.of(first, second))).contains(typed.equals(second) ? second : first);
    }
}
