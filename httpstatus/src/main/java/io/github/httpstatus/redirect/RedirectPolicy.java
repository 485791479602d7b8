package io.github.httpstatus.redirect;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpDate;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.MethodRewrite;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Durations;
import io.github.httpstatus.internal.Escaping;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
 *         RedirectRequest.of(HttpMethod.POST, URI.create("https://a.example/form"), headers).withBody(true),
 *         RedirectResponse.of(302, List.of("/done")), chain);
 * // Follow[method=GET, target=https://a.example/done, bodyKept=false, ...]
 * }</pre>
 *
 * <h2 id="rules">Rules of {@link #standard()}</h2>
 * <ol>
 *   <li>Follow 301, 302, 303, 307 and 308 only, Fetch's
 *       <a href="https://fetch.spec.whatwg.org/#redirect-status">redirect statuses</a>; 300 by
 *       option, since
 *       <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1">RFC 9110, section 15.4.1</a>
 *       leaves that choice to the user.</li>
 *   <li>301 and 302: POST becomes GET without content; other methods are kept
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110, section 15.4.2</a>
 *       and <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">section 15.4.3</a>;
 *       Fetch's <a href="https://fetch.spec.whatwg.org/#http-redirect-fetch">HTTP-redirect
 *       fetch</a>, step 12). An option turns every method but GET and HEAD into GET, as older
 *       clients do.</li>
 *   <li>303: every method but GET and HEAD becomes GET without content; HEAD stays HEAD
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110, section 15.4.4</a>).</li>
 *   <li>307 and 308: method and content kept; content that cannot be sent again means stop
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110, section 15.4.8</a>
 *       and <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">section 15.4.9</a>;
 *       Fetch step 11).</li>
 *   <li>Method names are case-sensitive
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.1">RFC 9110, section 9.1</a>):
 *       {@code post} is not rewritten.</li>
 *   <li>When the method changes, the content headers go: Content-Type, Content-Encoding,
 *       Content-Language, Content-Location, Content-Length, Digest and Last-Modified
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, section 15.4</a>),
 *       and Transfer-Encoding, which frames the content of the old message
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9112#section-6.1">RFC 9112, section 6.1</a>)
 *       while the new request has none. {@code Host} is never carried to the next hop.</li>
 *   <li>{@code Location} is resolved against the request URI by
 *       <a href="https://www.rfc-editor.org/rfc/rfc3986#section-5.2">RFC 3986, section 5.2</a> and
 *       inherits the request's fragment when it has none
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2">RFC 9110, section 10.2.2</a>).
 *       A value that parsers read differently is refused: backslashes, spaces, tabs, controls, bad
 *       percent-escapes, percent-encoded dot segments, three or more leading slashes, a scheme
 *       without {@code //}, user information, an invalid port or IPv6 literal, an empty host, a host
 *       that IDN maps to other characters or that IDNA versions map differently, a host over 253
 *       characters, a host ending in a number that is not a plain dotted-quad IPv4 address, a
 *       target in which {@link URI#getHost()} reads no host, several different values. The request
 *       URI itself must have a port from 1 to 65535 and a host that IDN does not map to a delimiter
 *       (a full-width solidus becomes {@code /}).</li>
 *   <li>Only {@code http} and {@code https} targets (Fetch step 6).</li>
 *   <li>Origin is scheme, host (ASCII, lower case, IDN converted) and effective port (80, 443), as
 *       in <a href="https://www.rfc-editor.org/rfc/rfc6454#section-4">RFC 6454, section 4</a>; a
 *       subdomain is another origin. On a cross-origin hop, Authorization, Proxy-Authorization,
 *       Cookie, Cookie2 and every header the policy marks sensitive are dropped, every duplicate,
 *       names compared by ASCII case
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, section 15.4</a>;
 *       Fetch step 13); a header once dropped is never sent again in the chain.</li>
 *   <li>https to http is refused; where allowed, it is a cross-origin hop.</li>
 *   <li>At most 20 redirects (Fetch step 7); 0 means never follow; a request (method and target)
 *       made before in the chain means a loop
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, section 15.4</a>
 *       asks clients to detect cyclical redirections).</li>
 *   <li>A {@code Retry-After} on the redirect
 *       (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110, section 10.2.3</a>)
 *       becomes {@link RedirectDecision.Follow#delay()}; a date is counted from the response's
 *       {@code Date} ({@link RedirectResponse#withDate(String)}), or from the policy's clock when
 *       there is none, and a value that does not parse is ignored. A wait longer than
 *       {@link Builder#maxRetryAfter(Duration) maxRetryAfter} (60 seconds, as the retry advisor's
 *       cap) means stop: following sooner would come back before the server asked, and waiting as
 *       long would let any server hold the client.</li>
 *   <li>Messages and {@code toString} never show header values, user information, or a target's
 *       query and fragment; they give durations in seconds, and header names in the order
 *       dropped.</li>
 * </ol>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RedirectPolicy {

    /**
     * Credentials that must not travel to another origin (Fetch step 13; RFC 9110, section 15.4),
     * with the legacy {@code Cookie2} of RFC 2965 that some clients still send.
     */
    private static final List<String> CREDENTIAL_HEADERS = List.of("authorization", "proxy-authorization", "cookie",
            "cookie2");
    /** Never carried to the next hop: the client computes it for the new target. */
    private static final List<String> HOST = List.of("host");
    /**
     * Removed when the method becomes GET: the content headers of RFC 9110, section 15.4, and
     * Transfer-Encoding, which framed the old content (RFC 9112, section 6.1).
     */
    private static final List<String> BODY_HEADERS = List.of("content-type", "content-encoding", "content-language",
            "content-location", "content-length", "digest", "last-modified", "transfer-encoding");
    /** The longest {@code Retry-After} wait a policy can be set to accept. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);
    private static final RedirectPolicy STANDARD = builder().build();

    private final int maxRedirects;
    private final boolean follow300;
    private final boolean legacyMethodRewrite;
    private final boolean allowDowngrade;
    /** The lower-cased names dropped on a cross-origin hop: the credentials, then the builder's. */
    private final List<String> sensitiveHeaders;
    private final Duration maxRetryAfter;
    private final Clock clock;

    private RedirectPolicy(Builder builder) {
        this.maxRedirects = builder.maxRedirects;
        this.follow300 = builder.follow300;
        this.legacyMethodRewrite = builder.legacyMethodRewrite;
        this.allowDowngrade = builder.allowDowngrade;
        List<String> sensitive = new ArrayList<>(CREDENTIAL_HEADERS);
        builder.sensitiveHeaders.forEach(name -> sensitive.add(Ascii.toLowerCase(name)));
        this.sensitiveHeaders = List.copyOf(new LinkedHashSet<>(sensitive));
        this.maxRetryAfter = builder.maxRetryAfter;
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
        MethodRewrite rule = ruleFor(status);
        if (rule == MethodRewrite.NONE) {
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
        String location = locations.get(0);
        for (int i = 1; i < locations.size(); i++) {
            if (!locations.get(i).equals(location)) {
                return stop(StopReason.AMBIGUOUS_LOCATION, status + " has " + locations.size()
                        + " different Location values; the field is not a list");
            }
        }
        LocationResolver.Resolution resolution = LocationResolver.resolve(request.uri(), location);
        URI target = resolution.target();
        if (target == null) {
            return stop(resolution.refusal(), resolution.problem());
        }
        boolean downgrade = target.getScheme().equals("http") && request.uri().getScheme().equalsIgnoreCase("https");
        if (downgrade && !allowDowngrade) {
            return stop(StopReason.DOWNGRADE_REFUSED, "the redirect goes from https to http");
        }
        HttpMethod method = rule.apply(request.method());
        boolean methodKept = method.equals(request.method());
        boolean bodyKept = request.hasBody() && methodKept;
        if (bodyKept && !request.isBodyReplayable()) {
            return stop(StopReason.BODY_NOT_REPLAYABLE, status + " keeps the content, and it cannot be sent again");
        }
        String here = resolution.baseKey();
        String next = resolution.targetKey();
        if ((next.equals(here) && methodKept) || chain.hasVisited(method, next)) {
            return stop(StopReason.LOOP, "the chain already made this request: " + method + " "
                    + RedirectRequest.forLog(target));
        }
        Duration delay = delay(response);
        if (delay.compareTo(maxRetryAfter) > 0) {
            return stop(StopReason.RETRY_AFTER_BEYOND_CAP, status + " asks to wait " + Durations.inSeconds(delay)
                    + " before following, longer than the " + Durations.inSeconds(maxRetryAfter)
                    + " this policy accepts");
        }
        Headers headers = request.headers();
        Set<String> dropped = new LinkedHashSet<>();
        if (resolution.crossOrigin()) {
            addPresent(dropped, headers, sensitiveHeaders);
        }
        // for the chain, so that later hops drop them too: the credentials this hop dropped
        List<String> newlyStripped = List.copyOf(dropped);
        addPresent(dropped, headers, HOST);
        addPresent(dropped, headers, chain.strippedHeaders());
        if (!methodKept) {
            addPresent(dropped, headers, BODY_HEADERS);
        }
        Headers sent = dropped.isEmpty() ? headers : headers.without(dropped);
        return new RedirectDecision.Follow(method, target, bodyKept, sent, dropped, delay,
                chain.next(request.method(), here, method, next, newlyStripped));
    }

    /** Adds to {@code names} those of the lower-case {@code candidates} that {@code headers} holds. */
    private static void addPresent(Set<String> names, Headers headers, Collection<String> candidates) {
        for (String name : candidates) {
            if (headers.contains(name)) {
                names.add(name);
            }
        }
    }

    /**
     * Resolves a {@code Location} value against the URI of the request that received it, as
     * {@link #decide decide} does: by <a href="https://www.rfc-editor.org/rfc/rfc3986#section-5.2">RFC
     * 3986, section 5.2</a> (not the RFC 2396 rules of {@link URI#resolve(String)}), inheriting the
     * request's fragment when the value has none
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2">RFC 9110, section 10.2.2</a>),
     * and refusing a value that URL parsers read differently, or whose target is not {@code http} or
     * {@code https}.
     * <pre>{@code
     * RedirectPolicy.resolveLocation(URI.create("https://a.example/b/c?q"), "?y");  // Optional[https://a.example/b/c?y]
     * RedirectPolicy.resolveLocation(URI.create("https://a.example/"), "ftp://x/"); // Optional.empty()
     * }</pre>
     *
     * @param requestUri  the absolute {@code http} or {@code https} URI of the request, not null
     * @param location    the {@code Location} value as received, not null
     * @return the absolute target, or empty when the value is refused
     * @throws IllegalArgumentException if {@code requestUri} is not absolute {@code http} or
     *         {@code https} with a host
     * @throws NullPointerException if an argument is null
     */
    public static Optional<URI> resolveLocation(URI requestUri, String location) {
        RedirectRequest.requireHttpUri(requestUri, "requestUri");
        Objects.requireNonNull(location, "location");
        return Optional.ofNullable(LocationResolver.resolve(requestUri, location).target());
    }

    /**
     * The wait a {@code Retry-After} asks for, a date counted from the response's {@code Date} when
     * it has one that parses; zero without one, and zero when it does not parse.
     */
    private Duration delay(RedirectResponse response) {
        Optional<RetryAfter> retryAfter = response.retryAfter().flatMap(value -> RetryAfter.tryParse(value, clock));
        if (retryAfter.isEmpty()) {
            return Duration.ZERO;
        }
        Optional<Instant> date = response.date().flatMap(value -> HttpDate.tryParse(value, clock));
        return retryAfter.get().delayFrom(date, clock);
    }

    /**
     * Returns the method of the next request when this policy follows {@code status}, without looking
     * at the target.
     *
     * <pre>{@code
     * RedirectPolicy.standard().methodFor(HttpMethod.POST, HttpStatusInfo.of(302));  // Optional[GET]
     * RedirectPolicy.standard().methodFor(HttpMethod.HEAD, HttpStatusInfo.of(303));  // Optional[HEAD]
     * RedirectPolicy.standard().methodFor(HttpMethod.GET, HttpStatusInfo.of(300));   // Optional.empty()
     * }</pre>
     *
     * @param method  the method of the request that got the redirect, not null
     * @param status  the response status, not null
     * @return the next method, or empty when the status is not followed
     * @throws NullPointerException if an argument is null
     */
    public Optional<HttpMethod> methodFor(HttpMethod method, HttpStatusInfo status) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        MethodRewrite rule = ruleFor(status);
        return rule == MethodRewrite.NONE ? Optional.empty() : Optional.of(rule.apply(method));
    }

    /** The method rule of {@code status} under this policy's options. */
    private MethodRewrite ruleFor(HttpStatusInfo status) {
        MethodRewrite rule = status.code() == 300 && follow300 ? MethodRewrite.POST_TO_GET : status.methodRewrite();
        return legacyMethodRewrite && rule == MethodRewrite.POST_TO_GET ? MethodRewrite.TO_GET : rule;
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
                + ", sensitive " + sensitiveHeaders + ", max Retry-After " + Durations.inSeconds(maxRetryAfter) + "]";
    }

    private static RedirectDecision.Stop stop(StopReason reason, String message) {
        return new RedirectDecision.Stop(reason, message);
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
        private Duration maxRetryAfter = Duration.ofSeconds(60);
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
         * Sets the longest {@code Retry-After} wait on a redirect that the policy accepts (60
         * seconds by default); a longer one means stop with {@link StopReason#RETRY_AFTER_BEYOND_CAP}.
         * Zero accepts only redirects that ask for no wait.
         *
         * @param value  from zero to one day, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is negative or longer than one day
         * @throws NullPointerException if {@code value} is null
         */
        public Builder maxRetryAfter(Duration value) {
            Objects.requireNonNull(value, "value");
            if (value.isNegative() || value.compareTo(LONGEST_RETRY_AFTER) > 0) {
                throw new IllegalArgumentException("maxRetryAfter must be from 0 s to "
                        + Durations.inSeconds(LONGEST_RETRY_AFTER) + ": " + Durations.inSeconds(value));
            }
            this.maxRetryAfter = value;
            return this;
        }

        /**
         * Sets the clock that a {@code Retry-After} date on a redirect is measured against when the
         * response has no {@code Date}, and that places an RFC 850 two-digit year in either.
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
