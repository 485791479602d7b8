package io.github.httpstatus.redirect;

import io.github.httpstatus.Headers;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects which of some lower-case header names a request holds, each once. A hop drops a handful
 * of names at most, so arrays scanned for repeats cost less than hash sets, and plain arrays keep
 * the loops free of the iterator calls that many collection types would make megamorphic.
 *
 * @implNote Not thread-safe: one instance serves one decision, then hands out immutable results.
 */
final class Names {

    private static final String[] NONE = {};

    private final Headers headers;
    private String[] found = NONE;
    private int size;

    Names(Headers headers) {
        this.headers = headers;
    }

    /** Adds the names of {@code candidates} that the headers hold and that were not added yet. */
    Names addPresent(String[] candidates) {
        if (headers.isEmpty()) {
            return this;
        }
        for (String name : candidates) {
            if (!has(name) && headers.contains(name)) {
                add(name);
            }
        }
        return this;
    }

    /** Adds names known to be present, such as those another instance collected. */
    Names addAll(String[] names) {
        for (String name : names) {
            if (!has(name)) {
                add(name);
            }
        }
        return this;
    }

    String[] toArray() {
        return size == 0 ? NONE : Arrays.copyOf(found, size);
    }

    Set<String> toSet() {
        return size == 0 ? Set.of() : Set.of(toArray());
    }

    /**
     * The names of both arrays, each once, in order; one of the arrays itself when the other is
     * empty, so both must hold no repeats and must not change afterwards.
     */
    static String[] union(String[] first, String[] second) {
        if (second.length == 0) {
            return first;
        }
        if (first.length == 0) {
            return second;
        }
        Names union = new Names(Headers.empty()).addAll(first).addAll(second);
        return union.size == first.length ? first : union.toArray();
    }

    /** An unmodifiable set of names, in their order: built only on a hop that strips new names. */
    static Set<String> orderedSet(String[] names) {
        return names.length == 0 ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
    }

    private boolean has(String name) {
        for (int i = 0; i < size; i++) {
            if (found[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void add(String name) {
        if (size == found.length) {
            found = Arrays.copyOf(found, Math.max(8, size * 2));
        }
        found[size++] = name;
    }
}
