package io.github.httpstatus.search;

import io.github.httpstatus.HttpStatusInfo;

import java.util.Objects;

/**
 * One result of {@link StatusSearch#search(CharSequence)}: a status code and how the query matched it.
 *
 * <pre>{@code
 * SearchHit hit = StatusSearch.search("unprocessable entity").get(0);
 * hit.status();  // 422 Unprocessable Content
 * hit.match();   // EXACT_PHRASE: a former phrase of 422
 * }</pre>
 *
 * @param status  the code found, not null; for a vendor code such as 499 the unregistered instance,
 *                whose {@link HttpStatusInfo#unofficialCode()} names the vendor meaning
 * @param match   how the query matched it, not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record SearchHit(HttpStatusInfo status, Match match) {

    /**
     * Checks that neither component is null.
     *
     * @param status  the code found, not null
     * @param match   how the query matched it, not null
     * @throws NullPointerException if {@code status} or {@code match} is null
     */
    public SearchHit {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(match, "match");
    }

    /**
     * How a query matched a code, from the strongest to the weakest; results are ranked in this
     * order. For a query of several words, the weakest field any word needed decides.
     *
     * @implSpec This enum is immutable and thread-safe.
     * @since 0.1.0
     */
    public enum Match {
        /** The query named the code ({@code 429}) or its class ({@code 4xx}). */
        CODE,
        /** The query's words are exactly those of the code's reason phrase, a former phrase or its vendor name. */
        EXACT_PHRASE,
        /** Every query word is a word of the code's phrases, maybe in another form or with one typo. */
        PHRASE_WORDS,
        /** Every query word is in the phrases or the {@linkplain HttpStatusInfo#searchTerms() search terms}. */
        SEARCH_TERMS,
        /** Every query word is somewhere in the phrases, the search terms or the description. */
        DESCRIPTION
    }
}
