package io.github.httpstatus.redirect;

import io.github.httpstatus.Headers;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * Picks out which of some lower-case header names a request holds. A hop drops a handful of names
 * at most, so an array scanned for repeats costs less than a hash set, and the result is built once
 * as an immutable set that {@link RedirectDecision.Follow} keeps without copying.
 */
final class Names {

    private Names() {
    }

    /** Returns the names of {@code candidates} present in {@code headers}, without repeats. */
    @SafeVarargs
    static Set<String> present(Headers headers, Collection<String>... candidates) {
        if (headers.isEmpty()) {
            return Set.of();
        }
        String[] found = null;
        int size = 0;
        for (Collection<String> names : candidates) {
            for (String name : names) {
                if (headers.contains(name) && !contains(found, size, name)) {
                    if (found == null) {
                        found = new String[8];
                    } else if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = name;
                }
            }
        }
        return size == 0 ? Set.of() : Set.of(Arrays.copyOf(found, size));
    }

    private static boolean contains(String[] names, int size, String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }
}
