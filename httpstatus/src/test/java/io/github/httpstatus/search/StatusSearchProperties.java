package io.github.httpstatus.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;
import io.github.httpstatus.search.SearchHit.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class StatusSearchProperties {

    @Property(tries = 2000)
    void anyTextGivesRankedHitsWithoutRepeats(@ForAll("queries") String query) {
        List<SearchHit> hits = StatusSearch.search(query);
        Statistics.label("hits").collect(hits.isEmpty() ? "none" : "some");
        Statistics.label("hits").coverage(coverage -> {
            coverage.check("none").percentage(p -> p >= 5);
            coverage.check("some").percentage(p -> p >= 5);
        });
        List<Integer> codes = hits.stream().map(hit -> hit.status().code()).collect(Collectors.toList());
        assertThat(codes).doesNotHaveDuplicates();
        List<SearchHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparing(SearchHit::match).thenComparingInt(hit -> hit.status().code()));
        assertThat(hits).isEqualTo(sorted);
        assertThat(StatusSearch.search(query)).isEqualTo(hits);
    }

    @Property
    void everyCodeIsFoundByItsOwnCode(@ForAll("searchable") HttpStatusInfo status) {
        assertThat(StatusSearch.search(String.valueOf(status.code())))
                .containsExactly(new SearchHit(status, Match.CODE));
    }

    @Property
    void everyRegisteredCodeIsFoundByItsOwnPhraseFirst(@ForAll StatusCode status) {
        assertFoundFirstByPhrase(status.info(), status.reasonPhrase());
    }

    @Property
    void everyVendorCodeIsFoundByItsOwnNameFirst(@ForAll UnofficialCode unofficial) {
        assertFoundFirstByPhrase(HttpStatusInfo.of(unofficial.code()), unofficial.unofficialName());
    }

    /** Only codes sharing the same phrase (401 and AWS's 561; 306 and 418) may come before. */
    private static void assertFoundFirstByPhrase(HttpStatusInfo status, String phrase) {
        List<SearchHit> hits = StatusSearch.search(phrase);
        SearchHit own = new SearchHit(status, Match.EXACT_PHRASE);
        assertThat(hits).contains(own);
        assertThat(hits.subList(0, hits.indexOf(own))).allMatch(hit -> hit.match() == Match.EXACT_PHRASE);
    }

    @Provide
    Arbitrary<HttpStatusInfo> searchable() {
        List<HttpStatusInfo> all = new ArrayList<>();
        for (StatusCode status : StatusCode.values()) {
            all.add(status.info());
        }
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            all.add(HttpStatusInfo.of(unofficial.code()));
        }
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> words = Arbitraries.of("not", "found", "redirect", "rate", "limit", "4xx", "503",
                "the", "teapto", "proxy", "auth", "gateway", "timeout", "entity", "599", "6xx", "i'm");
        Arbitrary<String> phrases = words.list().ofMinSize(1).ofMaxSize(4).map(list -> String.join(" ", list));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), Arbitraries.strings().ascii().ofMaxLength(20),
                phrases);
    }
}
