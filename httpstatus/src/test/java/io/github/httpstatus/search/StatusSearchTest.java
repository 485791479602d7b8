package io.github.httpstatus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;
import io.github.httpstatus.search.SearchHit.Match;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusSearchTest {

    private static List<Integer> codes(String query) {
        return StatusSearch.search(query).stream().map(hit -> hit.status().code()).collect(Collectors.toList());
    }

    private static SearchHit first(String query) {
        List<SearchHit> hits = StatusSearch.search(query);
        assertThat(hits).as(query).isNotEmpty();
        return hits.get(0);
    }

    @Nested
    class WhatDevelopersType {

        @ParameterizedTest(name = "\"{0}\" finds {1} first ({2})")
        @CsvSource({
            "rate limit, 429, SEARCH_TERMS",
            "no content, 204, EXACT_PHRASE",
            "not found, 404, EXACT_PHRASE",
            "teapot, 418, PHRASE_WORDS",
            "unprocessable entity, 422, EXACT_PHRASE",
            "Unprocessable Content, 422, EXACT_PHRASE",
            "TOO_MANY_REQUESTS, 429, EXACT_PHRASE",
            "REQUEST_ENTITY_TOO_LARGE, 413, EXACT_PHRASE",
            "I'm a teapot, 418, EXACT_PHRASE",
            "maintenance, 503, SEARCH_TERMS",
            "throttled, 429, SEARCH_TERMS",
            "websocket, 101, SEARCH_TERMS",
            "legal, 451, PHRASE_WORDS",
            "forbiden, 403, PHRASE_WORDS",
            "teapto, 418, PHRASE_WORDS",
            "404 not found, 404, EXACT_PHRASE",
            "http 503, 503, CODE",
            "client closed, 460, PHRASE_WORDS",
            "permission denied, 403, SEARCH_TERMS",
            "captive portal, 511, SEARCH_TERMS"})
        void findsTheCodeMeantFirst(String query, int code, Match match) {
            SearchHit hit = first(query);
            assertThat(hit.status().code()).isEqualTo(code);
            assertThat(hit.match()).isEqualTo(match);
        }

        @Test
        void redirectListsEveryCodeThatRedirects() {
            assertThat(codes("redirect")).containsExactly(307, 308, 300, 301, 302, 303);
            assertThat(codes("redirects")).isEqualTo(codes("redirect"));
            assertThat(codes("redirection")).isEqualTo(codes("redirect"));
        }

        @Test
        void temporaryFindsTheTemporaryRedirectsAndTheUnavailableService() {
            assertThat(codes("temporary")).contains(302, 307, 503);
        }

        @Test
        void notNeverMatchesInsideAnotherWord() {
            assertThat(codes("not found")).doesNotContain(302);
            assertThat(codes("not")).doesNotContain(302);
        }

        @Test
        void multiWordQueriesNeedEveryWord() {
            assertThat(codes("too large")).containsExactly(413, 431, 494);
            assertThat(codes("too large zebra")).isEmpty();
        }

        @Test
        void wordsMayMatchInDifferentFields() {
            // "proxy" is in 407's phrase, "credentials" in its terms.
            assertThat(StatusSearch.search("proxy credentials"))
                    .contains(new SearchHit(HttpStatusInfo.of(407), Match.SEARCH_TERMS));
        }

        @Test
        void weakestFieldDecidesTheMatchOfSeveralWords() {
            // "request" is in 408's phrase, "idle" in its terms, "waiting" only in its description.
            assertThat(StatusSearch.search("request idle waiting"))
                    .contains(new SearchHit(HttpStatusInfo.of(408), Match.DESCRIPTION));
        }

        @Test
        void shortPrefixFindsLongerWords() {
            assertThat(codes("auth")).contains(401, 407, 511);
            assertThat(codes("perm")).contains(301, 308, 403);
        }

        @Test
        void commonWordsAreSkippedUnlessThereIsNothingElse() {
            assertThat(codes("what is the rate limit")).isEqualTo(codes("rate limit"));
            assertThat(codes("the")).isNotEmpty();
        }
    }

    @Nested
    class ByCode {

        @Test
        void threeDigitsFindTheCode() {
            assertThat(StatusSearch.search("429")).containsExactly(new SearchHit(HttpStatusInfo.of(429), Match.CODE));
            assertThat(StatusSearch.search(" 499 ")).containsExactly(new SearchHit(HttpStatusInfo.of(499), Match.CODE));
        }

        @Test
        void aClassFindsEveryCodeOfIt() {
            List<SearchHit> hits = StatusSearch.search("4XX");
            assertThat(hits).allMatch(hit -> hit.match() == Match.CODE)
                    .allMatch(hit -> hit.status().statusClass() == StatusClass.CLIENT_ERROR);
            assertThat(hits).hasSize((int) (countRegistered(StatusClass.CLIENT_ERROR) + countVendor(4)));
        }

        @Test
        void codesWithoutMeaningAndImpossibleCodesFindNothing() {
            assertThat(StatusSearch.search("470")).isEmpty();
            assertThat(StatusSearch.search("600")).isEmpty();
            assertThat(StatusSearch.search("6xx")).isEmpty();
            assertThat(StatusSearch.search("099")).isEmpty();
            assertThat(StatusSearch.search("5xy")).isEmpty();
            assertThat(StatusSearch.search("4x4")).isEmpty();
        }

        @Test
        void codeAndWordsMustAgree() {
            assertThat(codes("4xx timeout")).containsExactly(408, 440, 499, 460);
            assertThat(codes("5xx timeout")).startsWith(504);
            assertThat(codes("404 500")).isEmpty();
            assertThat(codes("404 gateway")).isEmpty();
        }

        private long countRegistered(StatusClass statusClass) {
            return java.util.Arrays.stream(StatusCode.values()).filter(s -> s.statusClass() == statusClass).count();
        }

        private long countVendor(int firstDigit) {
            return java.util.Arrays.stream(UnofficialCode.values()).filter(u -> u.code() / 100 == firstDigit).count();
        }
    }

    @Nested
    class Input {

        @Test
        void nullQueryIsRejectedByName() {
            assertThatThrownBy(() -> StatusSearch.search(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("query");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n", "---", "\u00e9\u00e8", "'"})
        void queryWithoutWordsFindsNothing(String query) {
            assertThat(StatusSearch.search(query)).isEmpty();
        }

        @Test
        void resultsCannotBeChanged() {
            assertThatThrownBy(() -> StatusSearch.search("gone").clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> StatusSearch.search("").clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void caseAndPunctuationDoNotMatter() {
            assertThat(codes("GATEWAY-TIMEOUT")).isEqualTo(codes("gateway timeout"));
            assertThat(codes("sc_not_found")).startsWith(404);
        }
    }

    @Nested
    class Hits {

        @Test
        void hitRejectsNulls() {
            assertThatThrownBy(() -> new SearchHit(null, Match.CODE)).hasMessage("status");
            assertThatThrownBy(() -> new SearchHit(HttpStatusInfo.of(200), null)).hasMessage("match");
        }

        @Test
        void vendorCodesAreFoundByTheirVendorName() {
            SearchHit hit = first("Client Closed Request");
            assertThat(hit).isEqualTo(new SearchHit(HttpStatusInfo.of(499), Match.EXACT_PHRASE));
            assertThat(hit.status().unofficialCode()).contains(UnofficialCode.NGINX_CLIENT_CLOSED_REQUEST);
        }

        @Test
        void aSharedPhraseRanksTheLowerCodeFirst() {
            assertThat(StatusSearch.search("unauthorized")).startsWith(
                    new SearchHit(HttpStatusInfo.of(401), Match.EXACT_PHRASE),
                    new SearchHit(HttpStatusInfo.of(561), Match.EXACT_PHRASE));
        }
    }
}
