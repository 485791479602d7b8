package io.github.httpstatus.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the word a user probably meant, for "did you mean" hints on misspelt commands and options. */
final class Spelling {

    private Spelling() {
    }

    /**
     * Returns the candidate closest to {@code word}, if one is close enough to be a typing slip: one
     * edit for candidates of up to five characters, two for longer ones. Case is ignored, and a tie
     * goes to the earlier candidate.
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            int allowed = candidate.length() > 5 ? 2 : 1;
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The optimal string alignment distance: insertions, deletions, substitutions and swaps of two
     * neighbouring characters each cost one, since those are the usual slips of a typist.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
