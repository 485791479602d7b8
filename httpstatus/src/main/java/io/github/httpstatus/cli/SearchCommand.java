package io.github.httpstatus.cli;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.search.SearchHit;
import io.github.httpstatus.search.StatusSearch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code search WORDS}: the codes {@link StatusSearch} finds for the words, best first. */
final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String arguments() {
        return "WORDS...";
    }

    @Override
    public String summary() {
        return "codes by number, class (4xx), phrase or the words people use (rate limit)";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        String query = String.join(" ", args);
        if (query.isBlank()) {
            throw new UsageException("search needs at least one word");
        }
        List<SearchHit> hits = StatusSearch.search(query);
        if (json) {
            List<Object> list = new ArrayList<>();
            for (SearchHit hit : hits) {
                list.add(json(hit));
            }
            out.println(Json.write(list));
        } else {
            hits.forEach(hit -> out.println(StatusCard.line(hit.status()) + "  [" + label(hit.match()) + "]"));
        }
        return hits.isEmpty() ? NOTHING_MATCHED : FOUND;
    }

    /** The shared status object (code and reason phrase), the vendor's name where there is one, and the match. */
    private static Map<String, Object> json(SearchHit hit) {
        HttpStatusInfo status = hit.status();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", status.code());
        map.put("reasonPhrase", status.reasonPhrase());
        status.unofficialCode().ifPresent(u -> map.put("unofficialName", u.unofficialName()));
        map.put("match", hit.match().name());
        return map;
    }

    static String label(SearchHit.Match match) {
        return match.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
