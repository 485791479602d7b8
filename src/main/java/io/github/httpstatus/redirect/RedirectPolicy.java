package io.github.httpstatus.redirect;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.MethodRewrite;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether and how to follow a redirect, the way the standards and the record of HTTP-client
 * security failures say, for any HTTP client: it does no I/O.
 *
 * <pre>{@code
 * RedirectPolicy policy = RedirectPolicy.standard();
 * RedirectChain chain = RedirectChain.start();
 * RedirectDecision decision = policy.decide(
 *         RedirectRequest.of("POST", URI.create("https://a.example/form"), headers).withBody(true),
 *         RedirectResponse.of(302, List.of("/done")), chain);
 * // Follow[method=GET, target=https://a.example/done, bodyKept=false, ...]
 * }</pre>
 *
 * <h2 id="rules">Rules of {@link #standard()}</h2>
 * <ol>
 *   <li>Follow 301, 302, 303, 307 and 308 only (Fetch's redirect statuses); 300 by option.</li>
 *   <li>301 and 302: POST becomes GET without content; other methods are kept
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110, section
 *       15.4.2</a>; Fetch step 12). An option turns every method but GET and HEAD into GET, as
 *       older clients do.</li>
 *   <li>303: every method but GET and HEAD becomes GET without content; HEAD stays HEAD
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">section 15.4.4</a>).</li>
 *   <li>307 and 308: method and content kept; content that cannot be sent again means stop.</li>
 *   <li>Method names are case-sensitive (section 9.1): {@code post} is not rewritten.</li>
 *   <li>When the method becomes GET, the content headers go: Content-Type, Content-Encoding,
 *       Content-Language, Content-Location, Content-Length, Digest, Last-Modified and
 *       Transfer-Encoding (section 15.4). {@code Host} is never carried to the next hop.</li>
 *   <li>{@code Location} is resolved against the request URI by
 *       <a href="https://www.rfc-editor.org/rfc/rfc3986#section-5">RFC 3986, section 5</a> and
 *       inherits the request's fragment when it has none
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2">RFC 9110, section
 *       10.2.2</a>). A value that parsers read differently is refused: backslashes, spaces, tabs,
 *       controls, bad percent-escapes, three or more leading slashes, user information, an invalid
 *       port or IPv6 literal, an empty host, several different values.</li>
 *   <li>Only {@code http} and {@code https} targets.</li>
 *   <li>Origin is scheme, host (ASCII, lower case, IDN converted) and effective port (80, 443). On a
 *       cross-origin hop, Authorization, Proxy-Authorization, Cookie and every header the policy
 *       marks sensitive are dropped, every duplicate, names compared by ASCII case; a header once
 *       dropped is never sent again in the chain.</li>
 *   <li>https to http is refused; where allowed, it is a cross-origin hop.</li>
 *   <li>At most 20 redirects (Fetch); 0 means never follow; a request (method and target) made
 *       before in the chain means a loop.</li>
 *   <li>Messages and {@code toString} never show header values or user information.</li>
 * </ol>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RedirectPolicy {

    /** Credentials that must not travel to another origin (Fetch step 13; RFC 9110, section 15.4). */
    private static final List<String> CREDENTIAL_HEADERS = List.of("authorization", "proxy-authorization", "cookie");
    /** Content headers removed when the method becomes GET (RFC 9110, section 15.4). */
    private static final List<String> BODY_HEADERS = List.of("content-type", "content-encoding", "content-language",
            "content-location", "content-length", "digest", "last-modified", "transfer-encoding");
    private static final RedirectPolicy STANDARD = builder().build();

    private final int maxRedirects;
    private final boolean follow300;
    private final boolean legacyMethodRewrite;
    private final boolean allowDowngrade;
    private final List<String> sensitiveHeaders;
    private final Clock clock;

    private RedirectPolicy(Builder builder) {
        this.maxRedirects = builder.maxRedirects;
        this.follow300 = builder.follow300;
        this.legacyMethodRewrite = builder.legacyMethodRewrite;
        this.allowDowngrade = builder.allowDowngrade;
        List<String> sensitive = new ArrayList<>(CREDENTIAL_HEADERS);
        builder.sensitiveHeaders.forEach(name -> sensitive.add(Ascii.toLowerCase(name)));
        this.sensitiveHeaders = List.copyOf(new LinkedHashSet<>(sensitive));
        this.clock = builder.clock;
    }

    /**
     * Returns the policy with the default rules listed above.
     *
     * @return the shared standard policy, never null
     */
    public static RedirectPolicy standard() {
        return STANDARD;
    }

    /**
     * Returns a builder that starts from the default rules.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decides what to do with a redirect response; see the <a href="#rules">rules</a>.
     *
     * @param request   the request as sent for this hop, not null
     * @param response  the response it got, not null
     * @param chain     the chain so far, {@link RedirectChain#start()} for the first hop, not null
     * @return the decision, never null
     * @throws NullPointerException if an argument is null
     */
    public RedirectDecision decide(RedirectRequest request, RedirectResponse response, RedirectChain chain) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(chain, "chain");
        HttpStatusInfo status = response.status();
        Optional<String> nextMethod = methodFor(request.method(), status);
        if (nextMethod.isEmpty()) {
            return stop(StopReason.NOT_A_REDIRECT, status + " is not followed automatically");
        }
        if (chain.redirects() >= maxRedirects) {
            return stop(StopReason.TOO_MANY_REDIRECTS, "the chain has followed " + chain.redirects()
                    + " redirects, the most this policy allows");
        }
        List<String> locations = response.locations();
        if (locations.isEmpty()) {
            return stop(StopReason.MISSING_LOCATION, status + " has no Location");
        }
        if (locations.stream().distinct().count() > 1) {
            return stop(StopReason.AMBIGUOUS_LOCATION, status + " has " + locations.size()
                    + " different Location values; the field is not a list");
        }
        LocationResolver.Resolution resolution = LocationResolver.resolve(request.uri(), locations.get(0));
        if (resolution.target() == null) {
            return stop(resolution.refusal(), resolution.problem());
        }
        URI target = resolution.target();
        URI current = request.uri();
        boolean secureToPlain = current.getScheme().equalsIgnoreCase("https") && target.getScheme().equals("http");
        if (secureToPlain && !allowDowngrade) {
            return stop(StopReason.DOWNGRADE_REFUSED, "the redirect goes from https to http");
        }
        String method = nextMethod.get();
        boolean bodyKept = request.hasBody() && method.equals(request.method());
        if (bodyKept && !request.isBodyReplayable()) {
            return stop(StopReason.BODY_NOT_REPLAYABLE, status + " keeps the content, and it cannot be sent again");
        }
        String here = requestKey(request.method(), current);
        String next = requestKey(method, target);
        if (next.equals(here) || chain.hasVisited(next)) {
            return stop(StopReason.LOOP, "the chain already made this request: " + method + " "
                    + withoutUserInfo(withoutFragment(target)));
        }
        boolean crossOrigin;
        try {
            crossOrigin = !origin(current).equals(origin(target));
        } catch (IllegalArgumentException e) {
            return stop(StopReason.INVALID_LOCATION, "the request host is not a valid domain name");
        }

        Set<String> dropped = new LinkedHashSet<>();
        Headers headers = request.headers();
        dropped.addAll(headers.present(List.of("host")));
        dropped.addAll(headers.present(chain.strippedHeaders()));
        Set<String> newlyStripped = crossOrigin ? headers.present(sensitiveHeaders) : Set.of();
        dropped.addAll(newlyStripped);
        if (!method.equals(request.method())) {
            dropped.addAll(headers.present(BODY_HEADERS));
        }
        Duration delay = response.retryAfter()
                .flatMap(value -> RetryAfter.tryParse(value, clock))
                .map(value -> value.delayFrom(clock))
                .orElse(Duration.ZERO);
        return new RedirectDecision.Follow(method, target, bodyKept, headers.without(dropped), dropped, delay,
                chain.next(here, next, newlyStripped));
    }

    /**
     * Returns the method of the next request when this policy follows {@code status}, without looking
     * at the target.
     *
     * <pre>{@code
     * RedirectPolicy.standard().methodFor("POST", HttpStatusInfo.of(302));  // Optional["GET"]
     * RedirectPolicy.standard().methodFor("HEAD", HttpStatusInfo.of(303));  // Optional["HEAD"]
     * RedirectPolicy.standard().methodFor("GET", HttpStatusInfo.of(300));   // Optional.empty()
     * }</pre>
     *
     * @param method  the method of the request that got the redirect, case-sensitive, not null
     * @param status  the response status, not null
     * @return the next method, or empty when the status is not followed
     */
    public Optional<String> methodFor(String method, HttpStatusInfo status) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        MethodRewrite rule = status.code() == 300 && follow300 ? MethodRewrite.POST_TO_GET : status.methodRewrite();
        if (legacyMethodRewrite && rule == MethodRewrite.POST_TO_GET) {
            rule = MethodRewrite.TO_GET;
        }
        return rule == MethodRewrite.NONE ? Optional.empty() : Optional.of(rule.apply(method));
    }

    /**
     * Returns the settings, such as {@code "RedirectPolicy[max 20, ...]"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "RedirectPolicy[max " + maxRedirects + (follow300 ? ", follows 300" : "")
                + (legacyMethodRewrite ? ", legacy method rewrite" : "") + (allowDowngrade ? ", allows https to http" : "")
                + ", sensitive " + sensitiveHeaders + "]";
    }

    private static RedirectDecision.Stop stop(StopReason reason, String message) {
        return new RedirectDecision.Stop(reason, message);
    }

    private static String requestKey(String method, URI uri) {
        return method + " " + withoutUserInfo(withoutFragment(uri));
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() != null ? uri.getHost() : hostOf(uri.getRawAuthority());
        String asciiHost = host.startsWith("[") ? host : IDN.toASCII(host, 0);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + asciiHost.toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The host of an authority that {@link URI} could not split (an IDN, for instance). */
    private static String hostOf(String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        return colon > 0 && !hostPort.endsWith("]") ? hostPort.substring(0, colon) : hostPort;
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    /** The URI without {@code user:password@}, for messages and loop keys. */
    static String withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri.toString();
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://(host)";
        }
    }

    /**
     * Sets up a {@link RedirectPolicy}.
     *
     * @implSpec A builder is not thread-safe; the policies it builds are.
     * @since 0.1.0
     */
    public static final class Builder {

        private int maxRedirects = 20;
        private boolean follow300;
        private boolean legacyMethodRewrite;
        private boolean allowDowngrade;
        private final List<String> sensitiveHeaders = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the most redirects a chain follows (20 by default, as Fetch); 0 means never follow.
         *
         * @param value  zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Builder maxRedirects(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRedirects cannot be negative: " + value);
            }
            this.maxRedirects = value;
            return this;
        }

        /**
         * Sets whether to follow a 300 that has a {@code Location}, as some clients do (false by
         * default); POST then becomes GET, as on 301 and 302.
         *
         * @param value  true to follow 300
         * @return this builder
         */
        public Builder follow300(boolean value) {
            this.follow300 = value;
            return this;
        }

        /**
         * Sets whether 301 and 302 turn every method but GET and HEAD into GET, as older clients do,
         * instead of only POST (false by default).
         *
         * @param value  true for the legacy rewrite
         * @return this builder
         */
        public Builder legacyMethodRewrite(boolean value) {
            this.legacyMethodRewrite = value;
            return this;
        }

        /**
         * Sets whether to follow a redirect from https to http (false by default); where allowed, the
         * hop is cross-origin and credentials are dropped.
         *
         * @param value  true to allow it
         * @return this builder
         */
        public Builder allowHttpsToHttp(boolean value) {
            this.allowDowngrade = value;
            return this;
        }

        /**
         * Adds a header to drop on a cross-origin hop, beside Authorization, Proxy-Authorization and
         * Cookie, such as an API key header.
         *
         * @param name  the header name, a token, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is not a token
         */
        public Builder sensitiveHeader(String name) {
            Objects.requireNonNull(name, "name");
            if (!Ascii.isToken(name)) {
                throw new IllegalArgumentException("invalid header name " + Escaping.quote(name));
            }
            sensitiveHeaders.add(name);
            return this;
        }

        /**
         * Sets the clock that a {@code Retry-After} date on a redirect is measured against.
         *
         * @param value  the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return a new policy, never null
         */
        public RedirectPolicy build() {
            return new RedirectPolicy(this);
        }
    }
}
