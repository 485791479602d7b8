package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search terms behind {@link HttpStatusInfo#searchTerms()}. */
class SearchTermsTest {

    private static final String WORDS = "[a-z0-9]+( [a-z0-9]+)*";

    @Nested
    class EveryCode {

        @Test
        void everyRegisteredCodeHasTerms() {
            for (StatusCode status : StatusCode.values()) {
                assertThat(status.info().searchTerms()).as(status.toString()).isNotEmpty();
            }
        }

        @Test
        void everyVendorCodeHasTerms() {
            for (UnofficialCode unofficial : UnofficialCode.values()) {
                assertThat(HttpStatusInfo.of(unofficial.code()).searchTerms()).as(unofficial.toString()).isNotEmpty();
            }
        }

        @Test
        void termsAreLowerCaseAsciiWordsWithoutRepeats() {
            for (int code = 100; code <= 599; code++) {
                List<String> terms = HttpStatusInfo.of(code).searchTerms();
                assertThat(terms).as("%d", code).doesNotHaveDuplicates().allMatch(term -> term.matches(WORDS));
            }
        }

        @Test
        void codesWithoutAnyMeaningHaveNoTerms() {
            assertThat(HttpStatusInfo.of(470).searchTerms()).isEmpty();
            assertThat(HttpStatusInfo.of(599).searchTerms()).isEmpty();
        }

        @Test
        void termsCannotBeChanged() {
            List<String> terms = HttpStatusInfo.of(429).searchTerms();
            assertThatThrownBy(() -> terms.add("more")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> HttpStatusInfo.of(470).searchTerms().add("more"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @ParameterizedTest(name = "{0} has \"{1}\"")
    @CsvSource({
        "429, rate limit", "429, throttling", "429, quota", "429, http too many requests",
        "503, maintenance", "503, temporary", "422, validation", "422, unprocessable entity",
        "401, login", "401, authentication", "403, permission", "403, forbidden access",
        "101, websocket", "451, legal", "451, censorship", "502, upstream", "504, timeout",
        "302, moved temporarily", "302, sc moved temporarily", "413, request entity too large",
        "413, payload too large", "416, requested range not satisfiable", "409, duplicate",
        "412, precondition", "304, conditional get", "206, byte range", "418, teapot",
        "499, nginx", "522, cloudflare", "460, load balancer"})
    void spotChecks(int code, String term) {
        assertThat(HttpStatusInfo.of(code).searchTerms()).contains(term);
    }

    @Test
    void everyCodeThatRedirectsSaysSo() {
        for (int code : new int[] {300, 301, 302, 303, 307, 308}) {
            assertThat(HttpStatusInfo.of(code).searchTerms()).as("%d", code).contains("redirect");
        }
        // 304 answers a conditional request; 305 and 306 are no longer in use.
        for (int code : new int[] {304, 305, 306}) {
            assertThat(HttpStatusInfo.of(code).searchTerms()).as("%d", code).doesNotContain("redirect");
        }
    }
}
