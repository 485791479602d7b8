package io.github.httpstatus.redirect;

import io.github.httpstatus.HttpMethod;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state a redirect chain carries from hop to hop: how many redirects were followed, which
 * requests (method and target) were made, and which header names were dropped for crossing an
 * origin, so that they are never sent again on a later hop.
 *
 * <pre>{@code
 * RedirectChain chain = RedirectChain.start();
 * // after each Follow decision: chain = follow.chain();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; the policy returns a new chain with each
 *           decision to follow.
 * @since 0.1.0
 */
public final class RedirectChain {

    private static final RedirectChain START = new RedirectChain(0, List.of(), Set.of());

    /** A request made in the chain: its method, and its target as loop detection compares it. */
    private record Visit(HttpMethod method, String target) {
    }

    private final int redirects;
    /** The requests made, each once, in the order made: at most one more than the redirect limit. */
    private final List<Visit> visited;
    /** The lower-cased names dropped so far, in the order first dropped, each once. */
    private final Set<String> strippedHeaders;

    private RedirectChain(int redirects, List<Visit> visited, Set<String> strippedHeaders) {
        this.redirects = redirects;
        this.visited = visited;
        this.strippedHeaders = strippedHeaders;
    }

    /**
     * Returns the state before the first request.
     *
     * @return the empty chain, never null
     */
    public static RedirectChain start() {
        return START;
    }

    /**
     * The chain after following from {@code method target} to {@code nextMethod nextTarget}, with the
     * names that hop dropped for crossing an origin added to those dropped before.
     */
    RedirectChain next(HttpMethod method, String target, HttpMethod nextMethod, String nextTarget,
            Collection<String> newlyStripped) {
        List<Visit> seen = new ArrayList<>(visited);
        Visit here = new Visit(method, target);
        if (!visited.contains(here)) {
            seen.add(here);
        }
        seen.add(new Visit(nextMethod, nextTarget)); // never visited, or the policy would have stopped
        Set<String> stripped = strippedHeaders;
        if (!strippedHeaders.containsAll(newlyStripped)) {
            Set<String> grown = new LinkedHashSet<>(strippedHeaders);
            grown.addAll(newlyStripped);
            stripped = Collections.unmodifiableSet(grown);
        }
        return new RedirectChain(redirects + 1, List.copyOf(seen), stripped);
    }

    boolean hasVisited(HttpMethod method, String target) {
        return visited.contains(new Visit(method, target));
    }

    /**
     * Returns how many redirects this chain has followed.
     *
     * @return zero or more
     */
    public int redirects() {
        return redirects;
    }

    /**
     * Returns the lower-cased names of the headers dropped on a cross-origin hop in this chain, in
     * the order first dropped.
     *
     * @return an unmodifiable set, never null
     */
    public Set<String> strippedHeaders() {
        return strippedHeaders;
    }

    /**
     * Returns the number of redirects and of requests seen; targets are not shown.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "RedirectChain[" + redirects + " redirects, stripped " + strippedHeaders + "]";
    }
}
