package io.github.httpstatus.redirect;

import java.util.Arrays;
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

    private static final String[] NONE = {};
    private static final RedirectChain START = new RedirectChain(0, NONE, NONE, Set.of());

    private final int redirects;
    /**
     * The requests made, as pairs of method and target key (see {@code LocationResolver}); at most
     * one pair more than the redirect limit, so a scan costs less than hashing.
     */
    private final String[] visited;
    /** The lower-cased names dropped so far, in the order first dropped, each once. */
    private final String[] stripped;
    private final Set<String> strippedHeaders;

    private RedirectChain(int redirects, String[] visited, String[] stripped, Set<String> strippedHeaders) {
        this.redirects = redirects;
        this.visited = visited;
        this.stripped = stripped;
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

    RedirectChain next(String method, String target, String nextMethod, String nextTarget, String[] newlyStripped) {
        boolean hereKnown = hasVisited(method, target);
        String[] seen = Arrays.copyOf(visited, visited.length + (hereKnown ? 2 : 4));
        int at = visited.length;
        if (!hereKnown) {
            seen[at++] = method;
            seen[at++] = target;
        }
        seen[at++] = nextMethod;
        seen[at] = nextTarget;
        String[] names = Names.union(stripped, newlyStripped);
        return new RedirectChain(redirects + 1, seen, names, names == stripped ? strippedHeaders : Names.orderedSet(names));
    }

    /** The names dropped so far, for the next hop to drop as well. */
    String[] stripped() {
        return stripped;
    }

    boolean hasVisited(String method, String target) {
        for (int i = 0; i < visited.length; i += 2) {
            if (visited[i + 1].equals(target) && visited[i].equals(method)) {
                return true;
            }
        }
        return false;
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
     * Returns the lower-cased names of the headers dropped on a cross-origin hop in this chain.
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
