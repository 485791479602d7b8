package io.github.httpstatus.search;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One searchable code, its texts split into words once: the phrases it is known by, its search
 * terms and its description.
 */
final class Entry {

    final HttpStatusInfo status;
    /** Each phrase's words joined by single spaces, for the exact-phrase test. */
    private final Set<String> phraseKeys = new HashSet<>();
    private final Field phrase;
    private final Field terms;
    private final Field description;

    private Entry(HttpStatusInfo status, List<String> phrases, List<String> terms, String description) {
        this.status = status;
        List<String> phraseWords = new ArrayList<>();
        for (String text : phrases) {
            List<String> words = Words.split(text);
            phraseKeys.add(String.join(" ", words));
            phraseWords.addAll(words);
        }
        this.phrase = new Field(phraseWords);
        List<String> termWords = new ArrayList<>();
        for (String term : terms) {
            termWords.addAll(Words.split(term));
        }
        this.terms = new Field(termWords);
        this.description = new Field(Words.split(description));
    }

    /** A registered code: its phrase (the reserved ones' "(Unused)" too), former phrases, description. */
    static Entry of(StatusCode status) {
        List<String> phrases = new ArrayList<>();
        phrases.add(status.reasonPhrase());
        phrases.addAll(status.formerPhrases());
        return new Entry(status.info(), phrases, status.info().searchTerms(), status.description());
    }

    /** An unregistered code with a vendor meaning: the vendor's name for it and its description. */
    static Entry of(UnofficialCode unofficial) {
        HttpStatusInfo status = HttpStatusInfo.of(unofficial.code());
        return new Entry(status, List.of(unofficial.unofficialName()), status.searchTerms(),
                unofficial.description());
    }

    boolean hasPhrase(String key) {
        return phraseKeys.contains(key);
    }

    /** The best field in which the word matches, or null when it matches nowhere. */
    SearchHit.Match field(String word, String stem) {
        if (phrase.matches(word, stem)) {
            return SearchHit.Match.PHRASE_WORDS;
        }
        if (terms.matches(word, stem)) {
            return SearchHit.Match.SEARCH_TERMS;
        }
        return description.matches(word, stem) ? SearchHit.Match.DESCRIPTION : null;
    }

    /** The distinct words of one text and their stems. */
    private static final class Field {
        private final String[] words;
        private final String[] stems;

        Field(List<String> words) {
            this.words = new LinkedHashSet<>(words).toArray(new String[0]);
            this.stems = new String[this.words.length];
            for (int i = 0; i < this.words.length; i++) {
                stems[i] = Words.stem(this.words[i]);
            }
        }

        boolean matches(String word, String stem) {
            for (int i = 0; i < words.length; i++) {
                if (Words.matches(word, stem, words[i], stems[i])) {
                    return true;
                }
            }
            return false;
        }
    }
}
