package io.github.httpstatus.search;

import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A search over every registered status code and every {@linkplain UnofficialCode vendor code}, the
 * way a developer looks one up: by number, by class, by reason phrase or by what went wrong.
 *
 * <pre>{@code
 * StatusSearch.search("429");                   // [429 Too Many Requests (CODE)]
 * StatusSearch.search("4xx");                   // every 4xx code, registered or vendor, by code
 * StatusSearch.search("unprocessable entity");  // 422 first, EXACT_PHRASE (a former phrase)
 * StatusSearch.search("rate limit");            // 429 first, SEARCH_TERMS
 * StatusSearch.search("redirect");              // 307, 308 (phrase words), then 300 to 303 (terms)
 * StatusSearch.search("teapto");                // 418: one typo is forgiven
 * StatusSearch.search("  ");                    // []
 * }</pre>
 *
 * <h2 id="words">Words</h2>
 *
 * <p>The query and the texts of each code are split into words: runs of ASCII letters and digits,
 * folded to lower case; anything else separates words, so {@code "I'm a teapot"},
 * {@code I_AM_A_TEAPOT} and {@code i-m-a teapot} read alike. A query word matches a word of a text
 * when
 * <ul>
 * <li>both have the same stem: a common ending ({@code -s}, {@code -es}, {@code -ed}, {@code -ing},
 *     {@code -ion}, {@code -ly}, {@code -ies}, a final {@code e}) is cut, so {@code redirect} finds
 *     {@code redirects} and {@code redirection};</li>
 * <li>the query word's stem has four letters or more and starts the text word, so {@code auth}
 *     finds {@code authentication}; or</li>
 * <li>the query word has five letters or more and one insertion, deletion, substitution or swap of
 *     neighbouring letters turns it into the text word ({@code forbiden}, {@code teapto}).</li>
 * </ul>
 * Words are compared whole, never as substrings: {@code not} does not match inside {@code another}.
 *
 * <h2 id="rules">Matching and ranking</h2>
 *
 * <ul>
 * <li>A word of three digits from 100 to 599 names a code, and {@code 1xx} to {@code 5xx} a class.
 *     A code matches only if it is named by every such word; when the query has no other words
 *     but common ones (see below), the hit is a {@link SearchHit.Match#CODE} hit ({@code 429},
 *     {@code 4xx}, {@code http 503}).
 *     A code with neither a registry nor a vendor meaning, such as 470, is never found.</li>
 * <li>Otherwise the remaining words, joined by single spaces, may equal the words of the code's
 *     reason phrase, of a former phrase ({@code unprocessable entity}) or of its vendor name: an
 *     {@link SearchHit.Match#EXACT_PHRASE} hit.</li>
 * <li>Otherwise every remaining word must match, each in some field; a word may match in another
 *     field than its neighbours (across fields). Each word counts in its best field (phrases,
 *     then {@linkplain io.github.httpstatus.HttpStatusInfo#searchTerms() search terms}, then the
 *     description), and the weakest of these is the hit's {@link SearchHit.Match}.
 *     Common words such as {@code the}, {@code a}, {@code http} and {@code status} are skipped
 *     here, unless the query has nothing else.</li>
 * <li>Hits are ordered by {@link SearchHit.Match} (in declaration order), then by code: the order
 *     is total and the same on every call.</li>
 * </ul>
 *
 * <p>The HTML reference page of the command-line tool runs the same rules in JavaScript over the
 * same data, so both give the same ranking.
 *
 * @implSpec This class is thread-safe: it holds only an immutable index, built once.
 * @since 0.1.0
 */
public final class StatusSearch {

    private static final List<Entry> ENTRIES = entries();
    private static final Comparator<SearchHit> RANK = Comparator
            .comparing(SearchHit::match).thenComparingInt(hit -> hit.status().code());

    private StatusSearch() {
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (StatusCode status : StatusCode.values()) {
            entries.add(Entry.of(status));
        }
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            entries.add(Entry.of(unofficial));
        }
        entries.sort(Comparator.comparingInt(entry -> entry.status.code()));
        return List.copyOf(entries);
    }

    /**
     * Finds the codes a query describes, best first; see the class description for the rules.
     *
     * @param query  any text, not null: a code, a class such as {@code 5xx}, a phrase or some words
     * @return an unmodifiable list of hits, each code at most once, ranked by
     *         {@link SearchHit.Match} and then by code; empty when the query has no letter or digit
     *         or nothing matches; never null
     * @throws NullPointerException if {@code query} is null
     */
    public static List<SearchHit> search(CharSequence query) {
        Objects.requireNonNull(query, "query");
        List<String> words = Words.split(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> codeWords = new ArrayList<>();
        List<String> textWords = new ArrayList<>();
        for (String word : words) {
            (isCodeWord(word) ? codeWords : textWords).add(word);
        }
        String exactKey = String.join(" ", textWords);
        List<String> content = new ArrayList<>();
        for (String word : textWords) {
            if (!Words.isStopWord(word)) {
                content.add(word);
            }
        }
        if (content.isEmpty() && codeWords.isEmpty()) {
            content = textWords;
        }
        List<String> stems = new ArrayList<>();
        for (String word : content) {
            stems.add(Words.stem(word));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (!namedByAll(entry.status.code(), codeWords)) {
                continue;
            }
            SearchHit.Match match = content.isEmpty() ? SearchHit.Match.CODE
                    : entry.hasPhrase(exactKey) ? SearchHit.Match.EXACT_PHRASE
                    : weakestField(entry, content, stems);
            if (match != null) {
                hits.add(new SearchHit(entry.status, match));
            }
        }
        hits.sort(RANK);
        return Collections.unmodifiableList(hits);
    }

    /** The weakest of the best fields of each word, or null when a word matches nowhere. */
    private static SearchHit.Match weakestField(Entry entry, List<String> words, List<String> stems) {
        SearchHit.Match weakest = SearchHit.Match.PHRASE_WORDS;
        for (int i = 0; i < words.size(); i++) {
            SearchHit.Match field = entry.field(words.get(i), stems.get(i));
            if (field == null) {
                return null;
            }
            if (field.compareTo(weakest) > 0) {
                weakest = field;
            }
        }
        return weakest;
    }

    /** Three digits from 100 to 599, or a class from 1xx to 5xx. */
    private static boolean isCodeWord(String word) {
        if (word.length() != 3 || word.charAt(0) < '1' || word.charAt(0) > '5') {
            return false;
        }
        char second = word.charAt(1);
        char third = word.charAt(2);
        return second == 'x' && third == 'x'
                || second >= '0' && second <= '9' && third >= '0' && third <= '9';
    }

    private static boolean namedByAll(int code, List<String> codeWords) {
        for (String word : codeWords) {
            boolean named = word.charAt(1) == 'x'
                    ? word.charAt(0) - '0' == code / 100
                    : (word.charAt(0) - '0') * 100 + (word.charAt(1) - '0') * 10 + word.charAt(2) - '0' == code;
            if (!named) {
                return false;
            }
        }
        return true;
    }
}
