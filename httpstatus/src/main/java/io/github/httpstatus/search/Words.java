package io.github.httpstatus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How text becomes words and when two words match. The reference page runs a JavaScript copy of
 * these rules (ReferencePage in the cli package); a browser test compares the two on many queries,
 * so a change here must be made there too.
 */
final class Words {

    /** Suffixes cut by {@link #stem}, each with what replaces it; the first that fits wins. */
    private static final String[][] SUFFIXES = {
        {"ily", "y"}, {"ies", "y"}, {"ied", "y"}, {"ions", ""}, {"ion", ""}, {"ings", ""}, {"ing", ""},
        {"ed", ""}, {"es", ""}, {"ly", ""}, {"s", ""},
    };
    /** A stem keeps at least this many letters. */
    private static final int MIN_STEM = 3;
    /** Query words this long tolerate one typo. */
    static final int TYPO_LENGTH = 5;
    /** Query words this long also match as the start of a longer word. */
    static final int PREFIX_LENGTH = 4;

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "at", "be", "by", "code",
            "do", "does", "for", "how", "http", "i", "in", "is", "it", "m", "my", "of", "on", "or", "s",
            "status", "the", "this", "to", "was", "what", "when", "why", "with");

    private Words() {
    }

    /**
     * Splits text into lower-case words: runs of ASCII letters and digits. Everything else,
     * non-ASCII letters included, separates words, so "I'm a teapot" is "i", "m", "a", "teapot".
     */
    static List<String> split(CharSequence text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Whether a query word is too common to narrow a search, such as "the" or "http". */
    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /**
     * Cuts one common English ending so that forms of a word meet: "redirects", "redirected" and
     * "redirection" all become "redirect", "retries" becomes "retry". A final "e" goes too, so
     * "throttle" and "throttling" meet at "throttl". Crude, but the same on both sides of a match.
     */
    static String stem(String word) {
        String stem = word;
        if (stem.length() > MIN_STEM) {
            for (String[] rule : SUFFIXES) {
                if (fits(stem, rule[0])) {
                    stem = stem.substring(0, stem.length() - rule[0].length()) + rule[1];
                    break;
                }
            }
        }
        return stem.length() > MIN_STEM && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static boolean fits(String word, String suffix) {
        if (!word.endsWith(suffix) || word.length() - suffix.length() < MIN_STEM) {
            return false;
        }
        // "access", "status" and "analysis" are not plurals.
        return !suffix.equals("s") || !(word.endsWith("ss") || word.endsWith("us") || word.endsWith("is"));
    }

    /**
     * Whether a query word matches a word of the text: same stem; or the query's stem, of at least
     * {@value #PREFIX_LENGTH} letters, starts the text word ("auth" finds "authentication"); or the
     * query word, of at least {@value #TYPO_LENGTH} letters, is one edit from the text word.
     */
    static boolean matches(String query, String queryStem, String word, String wordStem) {
        return queryStem.equals(wordStem)
                || queryStem.length() >= PREFIX_LENGTH && word.startsWith(queryStem)
                || query.length() >= TYPO_LENGTH && withinOneEdit(query, word);
    }

    /**
     * Whether one insertion, deletion, substitution or swap of two neighbouring letters turns
     * {@code a} into {@code b} (or they are equal).
     */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (i == la || a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        // One letter more on one side: skip it there.
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
