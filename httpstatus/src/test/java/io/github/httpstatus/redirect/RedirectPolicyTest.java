package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectPolicyTest {

    private static final URI A = URI.create("https://a.example/start");
    private static final RedirectPolicy STANDARD = RedirectPolicy.standard();

    static RedirectRequest request(String method, URI uri, Headers headers) {
        return RedirectRequest.of(method, uri, headers);
    }

    static RedirectDecision.Follow follow(RedirectDecision decision) {
        assertThat(decision).isInstanceOf(RedirectDecision.Follow.class);
        assertThat(decision.shouldFollow()).isTrue();
        return (RedirectDecision.Follow) decision;
    }

    static RedirectDecision.Stop stop(RedirectDecision decision) {
        assertThat(decision).isInstanceOf(RedirectDecision.Stop.class);
        assertThat(decision.shouldFollow()).isFalse();
        return (RedirectDecision.Stop) decision;
    }

    private static RedirectDecision decide(String method, int status, String location) {
        return STANDARD.decide(request(method, A, Headers.empty()).withBody(true),
                RedirectResponse.of(status, List.of(location)), RedirectChain.start());
    }

    @Nested
    class Statuses {

        @ParameterizedTest(name = "{0} followed: {1}")
        @CsvSource({"301, true", "302, true", "303, true", "307, true", "308, true", "300, false", "304, false",
            "305, false", "306, false", "399, false", "200, false", "404, false"})
        void followsFetchsRedirectStatusesOnly(int status, boolean followed) {
            // Rule 1: WHATWG Fetch, section 2.2.3 (redirect status).
            assertThat(decide("GET", status, "/next").shouldFollow()).isEqualTo(followed);
        }

        @Test
        void follows300ByOption() {
            RedirectPolicy policy = RedirectPolicy.builder().follow300(true).build();
            RedirectDecision.Follow follow = follow(policy.decide(request("POST", A, Headers.empty()),
                    RedirectResponse.of(300, List.of("/choice")), RedirectChain.start()));
            assertThat(follow.method()).isSameAs(HttpMethod.GET);
        }

        @Test
        void notARedirectSaysWhy() {
            RedirectDecision.Stop stop = stop(decide("GET", 304, "/next"));
            assertThat(stop.reason()).isEqualTo(StopReason.NOT_A_REDIRECT);
            assertThat(stop.message()).isEqualTo("304 Not Modified is not followed automatically");
        }
    }

    @Nested
    class Methods {

        @ParameterizedTest(name = "{0} on {1} -> {2}, body kept {3}")
        @CsvSource({
            // Rules 2-5: RFC 9110 sections 15.4.2-15.4.4, 15.4.8, 15.4.9 and 9.1; Fetch step 12
            "POST, 301, GET, false", "POST, 302, GET, false", "PUT, 301, PUT, true", "PUT, 302, PUT, true",
            "DELETE, 302, DELETE, true", "PATCH, 302, PATCH, true", "GET, 302, GET, false",
            "POST, 303, GET, false", "PUT, 303, GET, false", "HEAD, 303, HEAD, false", "GET, 303, GET, false",
            "POST, 307, POST, true", "PUT, 308, PUT, true", "DELETE, 307, DELETE, true",
            "post, 302, post, true", "post, 303, GET, false",
        })
        void rewritesTheMethodAsTheStandardsSay(String method, int status, String next, boolean bodyKept) {
            RedirectRequest sent = request(method, A, Headers.empty());
            if (!method.equals("GET") && !method.equals("HEAD")) {
                sent = sent.withBody(true);
            }
            RedirectDecision.Follow follow = follow(STANDARD.decide(sent, RedirectResponse.of(status, List.of("/next")),
                    RedirectChain.start()));
            assertThat(follow.method()).isEqualTo(HttpMethod.of(next));
            assertThat(follow.bodyKept()).isEqualTo(bodyKept);
        }

        @Test
        void legacyOptionTurnsEveryMethodButGetAndHeadIntoGet() {
            RedirectPolicy legacy = RedirectPolicy.builder().legacyMethodRewrite(true).build();
            assertThat(legacy.methodFor(HttpMethod.PUT, HttpStatusInfo.of(302))).contains(HttpMethod.GET);
            assertThat(legacy.methodFor(HttpMethod.HEAD, HttpStatusInfo.of(301))).contains(HttpMethod.HEAD);
            assertThat(legacy.methodFor(HttpMethod.PUT, HttpStatusInfo.of(307))).contains(HttpMethod.PUT);
            assertThat(STANDARD.methodFor(HttpMethod.PUT, HttpStatusInfo.of(302))).contains(HttpMethod.PUT);
            assertThat(STANDARD.methodFor(HttpMethod.GET, HttpStatusInfo.of(300))).isEmpty();
            assertThat(STANDARD.methodFor(HttpMethod.of("post"), HttpStatusInfo.of(302))).contains(HttpMethod.of("post"));
            assertThatThrownBy(() -> STANDARD.methodFor(null, HttpStatusInfo.of(302))).hasMessage("method");
            assertThatThrownBy(() -> STANDARD.methodFor(HttpMethod.GET, null)).hasMessage("status");
        }

        @Test
        void methodChangeDropsTheBodyHeaders() {
            // RFC 9110, section 15.4; Transfer-Encoding frames the old content (RFC 9112, section 6.1)
            Headers headers = Headers.builder().add("Transfer-Encoding", "chunked").add("Last-Modified", "x")
                    .add("Digest", "sha-256=x").add("Content-Type", "application/json").add("content-length", "5")
                    .add("Content-Encoding", "gzip").add("Content-Language", "en").add("Content-Location", "/x")
                    .add("Accept", "*/*").build();
            RedirectDecision.Follow follow = follow(STANDARD.decide(request("POST", A, headers).withBody(true),
                    RedirectResponse.of(302, List.of("/next")), RedirectChain.start()));
            assertThat(follow.headers().names()).containsExactly("Accept");
            assertThat(follow.droppedHeaders()).containsExactly("content-type", "content-encoding", "content-language",
                    "content-location", "content-length", "digest", "last-modified", "transfer-encoding");
            RedirectDecision.Follow kept = follow(STANDARD.decide(request("POST", A, headers).withBody(true),
                    RedirectResponse.of(307, List.of("/next")), RedirectChain.start()));
            assertThat(kept.headers()).isEqualTo(headers);
        }

        @Test
        void aBodyThatCannotBeReplayedStopsAKeepingRedirect() {
            RedirectRequest stream = request("POST", A, Headers.empty()).withBody(false);
            RedirectDecision.Stop stop = stop(STANDARD.decide(stream, RedirectResponse.of(307, List.of("/n")),
                    RedirectChain.start()));
            assertThat(stop.reason()).isEqualTo(StopReason.BODY_NOT_REPLAYABLE);
            assertThat(stop.message()).isEqualTo("307 Temporary Redirect keeps the content, and it cannot be sent again");
            // 302 turns POST into GET: the body is dropped, so it need not be replayable.
            assertThat(STANDARD.decide(stream, RedirectResponse.of(302, List.of("/n")), RedirectChain.start())
                    .shouldFollow()).isTrue();
        }
    }

    @Nested
    class Origins {

        private final Headers credentials = Headers.builder()
                .add("Authorization", "Bearer secret-token").add("AUTHORIZATION", "Basic c2VjcmV0")
                .add("Cookie", "session=secret").add("Proxy-Authorization", "Basic cHJveHk=").add("Cookie2", "$Version=1")
                .add("X-Api-Key", "secret-key").add("Accept", "text/html").build();

        private RedirectDecision.Follow hop(RedirectPolicy policy, URI from, String location) {
            return follow(policy.decide(request("GET", from, credentials), RedirectResponse.of(302, List.of(location)),
                    RedirectChain.start()));
        }

        @Test
        void sameOriginKeepsCredentials() {
            RedirectDecision.Follow follow = hop(STANDARD, A, "https://A.EXAMPLE:443/other");
            assertThat(follow.headers()).isEqualTo(credentials);
            assertThat(follow.droppedHeaders()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // Rule 8: CVE-2018-1000007 (host), CVE-2022-27776 (port), CVE-2022-27774 (scheme), CVE-2023-45289 (subdomain)
            "https://b.example/", "https://a.example:8443/", "https://sub.a.example/", "https://a.example.evil/",
        })
        void crossOriginDropsEveryCredentialAndEveryDuplicate(String location) {
            RedirectDecision.Follow follow = hop(STANDARD, A, location);
            assertThat(follow.headers().names()).containsExactly("X-Api-Key", "Accept");
            assertThat(follow.droppedHeaders()).containsExactly("authorization", "proxy-authorization", "cookie",
                    "cookie2");
            assertThat(follow.toString()).doesNotContain("secret");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // security.md section 1.3: one host to this resolver, another to the client or its resolver
            "'https://a.example\uff0fevil/x'", // IDN maps U+FF0F to '/': host a.example, path /evil (CVE-2022-42916)
            "'https://a.example\uff1f.evil/'", // U+FF1F becomes '?'
            "'https://fa\u00dfe.example/'", // fasse.example to IDNA 2003, xn--fae-... to IDNA 2008
            "'https://2130706433/'", // 127.0.0.1 to InetAddress and inet_aton, a name to an allow-list
            "'https://0x7f.1/'",
        })
        void hostsThatReadersDisagreeOnAreRefused(String location) {
            RedirectDecision.Stop stop = stop(STANDARD.decide(request("GET", A, credentials),
                    RedirectResponse.of(302, List.of(location)), RedirectChain.start()));
            assertThat(stop.reason()).isEqualTo(StopReason.INVALID_LOCATION);
            assertThat(stop.message()).startsWith("the Location host ");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"'https://-a.example/'", "'https://example.1a/'", "'//xn--/x'"})
        void aHostThatJavaNetUriReadsAsNoHostIsRefused(String location) {
            // security.md section 1.4, rule 2: a target whose getHost() is null is never followed
            RedirectDecision.Stop stop = stop(STANDARD.decide(request("GET", A, credentials),
                    RedirectResponse.of(302, List.of(location)), RedirectChain.start()));
            assertThat(stop.reason()).isEqualTo(StopReason.INVALID_LOCATION);
            assertThat(stop.message()).startsWith("java.net.URI reads no host in the target");
        }

        @Test
        void aRequestHostThatIdnMapsToADelimiterStopsTheChain() {
            // The caller's own URI: a.example\uff0fevil would come back as host a.example, path /evil,
            // with the credentials kept as for the same origin (curl CVE-2020-8169).
            RedirectDecision.Stop stop = stop(STANDARD.decide(
                    request("GET", URI.create("https://a.example\uff0fevil/x"), credentials),
                    RedirectResponse.of(302, List.of("/y")), RedirectChain.start()));
            assertThat(stop.reason()).isEqualTo(StopReason.INVALID_LOCATION);
            assertThat(stop.message()).isEqualTo("the request host holds or maps to a character hosts do not allow");
        }

        @Test
        void anEmptyPortIsTheDefaultPort() {
            // RFC 3986, section 3.2.3; security.md section 1.3, row 26
            assertThat(hop(STANDARD, A, "https://a.example:/x").headers()).isEqualTo(credentials);
        }

        @Test
        void aFinalDotIsAnotherOrigin() {
            // security.md section 1.3, row 18 (curl CVE-2022-30115): kept apart, conservatively
            assertThat(hop(STANDARD, A, "https://a.example./x").droppedHeaders()).contains("authorization");
        }

        @Test
        void aPortThatJavaNetUriCannotReadStillCounts() {
            // CVE-2022-27776: same host, another port. java.net.URI reads no host nor port for a raw IDN.
            URI idn = URI.create("https://b\u00fccher.example:8443/x");
            RedirectDecision.Follow follow = follow(STANDARD.decide(request("GET", idn, credentials),
                    RedirectResponse.of(302, List.of("https://xn--bcher-kva.example/y")), RedirectChain.start()));
            assertThat(follow.headers().contains("Authorization")).isFalse();
            RedirectDecision.Follow relative = follow(STANDARD.decide(request("GET", idn, credentials),
                    RedirectResponse.of(302, List.of("/y")), RedirectChain.start()));
            assertThat(relative.target()).hasToString("https://xn--bcher-kva.example:8443/y");
            assertThat(relative.headers()).isEqualTo(credentials);
        }

        @Test
        void callerMarkedHeadersAreDroppedToo() {
            // CVE-2026-40895: custom auth headers forwarded cross-domain.
            RedirectPolicy policy = RedirectPolicy.builder().sensitiveHeader("x-api-KEY").build();
            RedirectDecision.Follow follow = hop(policy, A, "https://b.example/");
            assertThat(follow.headers().names()).containsExactly("Accept");
        }

        @Test
        void aDroppedHeaderIsNeverRestoredOnALaterHop() {
            // CVE-2024-45336: a -> b strips Authorization; b -> b must not bring it back.
            RedirectDecision.Follow first = hop(STANDARD, A, "https://b.example/1");
            RedirectRequest second = request("GET", first.target(), credentials); // a client re-adding it
            RedirectDecision.Follow follow = follow(STANDARD.decide(second, RedirectResponse.of(302, List.of("/2")),
                    first.chain()));
            assertThat(follow.headers().contains("Authorization")).isFalse();
            assertThat(follow.headers().contains("Cookie")).isFalse();
            assertThat(follow.droppedHeaders()).contains("authorization", "cookie", "proxy-authorization");
            assertThat(first.chain().strippedHeaders()).containsExactly("authorization", "proxy-authorization",
                    "cookie", "cookie2");
        }

        @Test
        void droppedNamesComeInOneOrderOnEveryRun() {
            // credentials and marked names, Host, names dropped earlier in the chain, content headers:
            // a hash set would iterate in an order that changes from one JVM run to the next
            RedirectPolicy policy = RedirectPolicy.builder().sensitiveHeader("X-Api-Key").sensitiveHeader("X-Tenant")
                    .build();
            RedirectDecision.Follow first = follow(policy.decide(request("GET", A,
                    Headers.builder().add("X-Tenant", "t").add("Cookie", "c").build()),
                    RedirectResponse.of(302, List.of("https://b.example/1")), RedirectChain.start()));
            assertThat(first.chain().strippedHeaders()).containsExactly("cookie", "x-tenant");
            Headers all = Headers.builder().add("Content-Length", "5").add("Content-Type", "text/plain")
                    .add("X-Tenant", "t").add("Host", "b.example").add("Cookie2", "$Version=1").add("X-Api-Key", "k")
                    .add("Authorization", "a").add("Cookie", "c").add("Accept", "*/*").build();
            RedirectDecision.Follow second = follow(policy.decide(request("POST", first.target(), all).withBody(true),
                    RedirectResponse.of(303, List.of("https://c.example/2")), first.chain()));
            assertThat(second.droppedHeaders()).containsExactly("authorization", "cookie", "cookie2", "x-api-key",
                    "x-tenant", "host", "content-type", "content-length");
            assertThat(second.chain().strippedHeaders()).containsExactly("cookie", "x-tenant", "authorization",
                    "cookie2", "x-api-key");
            assertThat(second.headers().names()).containsExactly("Accept");
            assertThat(second.toString()).contains("droppedHeaders=[authorization, cookie, cookie2, x-api-key, "
                    + "x-tenant, host, content-type, content-length]");
        }

        @Test
        void hostIsNeverCarriedToTheNextHop() {
            // CVE-2026-6276: a stale Host header.
            Headers headers = Headers.builder().add("Host", "a.example").build();
            RedirectDecision.Follow follow = follow(STANDARD.decide(request("GET", A, headers),
                    RedirectResponse.of(301, List.of("/x")), RedirectChain.start()));
            assertThat(follow.headers().isEmpty()).isTrue();
        }

        @Test
        void headerNamesCompareWithoutTheDefaultLocale() {
            java.util.Locale saved = java.util.Locale.getDefault();
            try {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
                Headers headers = Headers.builder().add("AUTHORIZATION", "x").add("COOKIE", "y").build();
                RedirectDecision.Follow follow = follow(STANDARD.decide(request("GET", A, headers),
                        RedirectResponse.of(302, List.of("https://b.example/")), RedirectChain.start()));
                assertThat(follow.headers().isEmpty()).isTrue();
            } finally {
                java.util.Locale.setDefault(saved);
            }
        }

        @Test
        void httpsToHttpIsRefusedUnlessAllowedAndThenCrossOrigin() {
            // Rule 9: CVE-2018-18074.
            RedirectDecision.Stop stop = stop(STANDARD.decide(request("GET", A, credentials),
                    RedirectResponse.of(302, List.of("http://a.example/start")), RedirectChain.start()));
            assertThat(stop.reason()).isEqualTo(StopReason.DOWNGRADE_REFUSED);
            RedirectPolicy lenient = RedirectPolicy.builder().allowHttpsToHttp(true).build();
            RedirectDecision.Follow follow = hop(lenient, A, "http://a.example/start");
            assertThat(follow.headers().contains("Authorization")).isFalse();
        }

        @Test
        void aRequestUriWithANonAsciiHostComparesByHostAndPort() {
            // java.net.URI leaves the host of a non-ASCII authority unset; the origin is read from the
            // authority instead: its host after any user information, and its port (RFC 6454, section 4).
            URI idnWithPort = URI.create("https://user@b\u00fccher.example:8443/");
            RedirectDecision.Follow same = follow(STANDARD.decide(request("GET", idnWithPort, credentials),
                    RedirectResponse.of(302, List.of("https://xn--bcher-kva.example:8443/x")), RedirectChain.start()));
            assertThat(same.headers()).isEqualTo(credentials);
            RedirectDecision.Follow otherPort = follow(STANDARD.decide(request("GET", idnWithPort, credentials),
                    RedirectResponse.of(302, List.of("https://xn--bcher-kva.example/x")), RedirectChain.start()));
            assertThat(otherPort.headers().contains("Authorization")).isFalse();
            URI idnEmptyPort = URI.create("https://b\u00fccher.example:/");
            RedirectDecision.Follow defaultPort = follow(STANDARD.decide(request("GET", idnEmptyPort, credentials),
                    RedirectResponse.of(302, List.of("https://xn--bcher-kva.example:443/x")), RedirectChain.start()));
            assertThat(defaultPort.headers()).isEqualTo(credentials);
        }

        @Test
        void idnHostsCompareInAscii() {
            URI idn = URI.create("https://xn--bcher-kva.example/");
            RedirectDecision.Follow follow = follow(STANDARD.decide(request("GET", idn, credentials),
                    RedirectResponse.of(302, List.of("https://b\u00fccher.example/x")), RedirectChain.start()));
            assertThat(follow.headers()).isEqualTo(credentials);
            assertThat(follow.target()).hasToString("https://xn--bcher-kva.example/x");
        }
    }

    @Nested
    class Locations {

        @Test
        void missingAndAmbiguousLocationsStop() {
            RedirectRequest get = request("GET", A, Headers.empty());
            assertThat(stop(STANDARD.decide(get, RedirectResponse.of(302, List.of()), RedirectChain.start())).reason())
                    .isEqualTo(StopReason.MISSING_LOCATION);
            RedirectDecision.Stop two = stop(STANDARD.decide(get, RedirectResponse.of(302, List.of("/a", "/b")),
                    RedirectChain.start()));
            assertThat(two.reason()).isEqualTo(StopReason.AMBIGUOUS_LOCATION);
            assertThat(two.message()).isEqualTo("302 Found has 2 different Location values; the field is not a list");
            assertThat(STANDARD.decide(get, RedirectResponse.of(302, List.of("/a", "/a")), RedirectChain.start())
                    .shouldFollow()).isTrue();
        }

        @Test
        void resolveLocationAloneFollowsTheSameRules() {
            // RFC 3986, section 5.4.1 (normal examples) and RFC 9110, section 10.2.2 (fragment inheritance).
            URI base = URI.create("http://a/b/c/d;p?q#f");
            assertThat(RedirectPolicy.resolveLocation(base, "?y")).contains(URI.create("http://a/b/c/d;p?y#f"));
            assertThat(RedirectPolicy.resolveLocation(base, "../g#s")).contains(URI.create("http://a/b/g#s"));
            assertThat(RedirectPolicy.resolveLocation(base, "ftp://a/")).isEmpty();
            assertThat(RedirectPolicy.resolveLocation(base, "https://a.example\uFF0Fevil/")).isEmpty();
            assertThatThrownBy(() -> RedirectPolicy.resolveLocation(URI.create("/relative"), "/x"))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the request URI must be absolute http or https with a host");
            assertThatThrownBy(() -> RedirectPolicy.resolveLocation(base, null)).isExactlyInstanceOf(NullPointerException.class)
                    .hasMessage("location");
        }

        @Test
        void onlyHttpTargets() {
            // Rule 7: CVE-2009-0037, CVE-2011-1521.
            RedirectDecision.Stop stop = stop(decide("GET", 302, "file:///etc/passwd"));
            assertThat(stop.reason()).isEqualTo(StopReason.SCHEME_NOT_ALLOWED);
        }

        @Test
        void messagesNeverShowUserInfo() {
            RedirectDecision.Stop stop = stop(decide("GET", 302, "https://user:hunter2@b.example/"));
            assertThat(stop.reason()).isEqualTo(StopReason.INVALID_LOCATION);
            assertThat(stop.message()).doesNotContain("hunter2").doesNotContain("user:");
            RedirectRequest withUser = request("GET", URI.create("https://u:hunter2@a.example/x"), Headers.empty());
            assertThat(withUser.toString()).isEqualTo("GET https://a.example/x");
            RedirectDecision.Follow follow = follow(STANDARD.decide(withUser, RedirectResponse.of(302, List.of("/y")),
                    RedirectChain.start()));
            assertThat(follow.target()).hasToString("https://a.example/y");
            assertThat(follow.toString()).doesNotContain("hunter2");
        }

        @Test
        void logsNoQueryOrFragment() {
            // security.md section 1.4, rule 7: an inherited fragment may hold an OAuth token
            RedirectRequest withToken = request("GET", URI.create("https://a.example/cb?code=c0de#access_token=t0ken"),
                    Headers.empty());
            assertThat(withToken).hasToString("GET https://a.example/cb");
            RedirectDecision.Follow follow = follow(STANDARD.decide(withToken,
                    RedirectResponse.of(302, List.of("/next?code=c0de")), RedirectChain.start()));
            assertThat(follow.target()).hasToString("https://a.example/next?code=c0de#access_token=t0ken");
            assertThat(follow.toString()).startsWith("Follow[method=GET, target=https://a.example/next, bodyKept=false,")
                    .doesNotContain("t0ken").doesNotContain("c0de");
            RedirectDecision.Stop loop = stop(STANDARD.decide(request("GET", follow.target(), Headers.empty()),
                    RedirectResponse.of(302, List.of("/next?code=c0de")), follow.chain()));
            assertThat(loop.message()).isEqualTo("the chain already made this request: GET https://a.example/next");
        }
    }

    @Nested
    class Chains {

        @Test
        void stopsAtTheLimit() {
            RedirectPolicy policy = RedirectPolicy.builder().maxRedirects(2).build();
            RedirectChain chain = RedirectChain.start();
            URI current = A;
            for (int i = 0; i < 2; i++) {
                RedirectDecision.Follow follow = follow(policy.decide(request("GET", current, Headers.empty()),
                        RedirectResponse.of(302, List.of("/" + i)), chain));
                chain = follow.chain();
                current = follow.target();
            }
            assertThat(chain.redirects()).isEqualTo(2);
            RedirectDecision.Stop stop = stop(policy.decide(request("GET", current, Headers.empty()),
                    RedirectResponse.of(302, List.of("/again")), chain));
            assertThat(stop.reason()).isEqualTo(StopReason.TOO_MANY_REDIRECTS);
            assertThat(stop.message()).isEqualTo("the chain has followed 2 redirects, the most this policy allows");
        }

        @Test
        void zeroMeansNeverFollow() {
            // CVE-2025-50181: retries=0 must disable redirects.
            RedirectPolicy never = RedirectPolicy.builder().maxRedirects(0).build();
            assertThat(stop(never.decide(request("GET", A, Headers.empty()), RedirectResponse.of(301, List.of("/x")),
                    RedirectChain.start())).reason()).isEqualTo(StopReason.TOO_MANY_REDIRECTS);
        }

        @Test
        void detectsLoops() {
            RedirectDecision.Stop self = stop(decide("GET", 302, "/start"));
            assertThat(self.reason()).isEqualTo(StopReason.LOOP);
            assertThat(self.message()).isEqualTo("the chain already made this request: GET https://a.example/start");
            RedirectDecision.Follow toB = follow(STANDARD.decide(request("GET", A, Headers.empty()),
                    RedirectResponse.of(302, List.of("/b")), RedirectChain.start()));
            RedirectDecision back = STANDARD.decide(request("GET", toB.target(), Headers.empty()),
                    RedirectResponse.of(302, List.of("/start#frag")), toB.chain());
            assertThat(stop(back).reason()).isEqualTo(StopReason.LOOP);
            // The default port written out is the same target.
            assertThat(stop(decide("GET", 302, "https://A.example:443/start")).reason()).isEqualTo(StopReason.LOOP);
            // Same target with another method is no loop (POST /x -> 303 -> GET /x).
            assertThat(STANDARD.decide(request("POST", A, Headers.empty()), RedirectResponse.of(303, List.of("/start")),
                    RedirectChain.start()).shouldFollow()).isTrue();
        }
    }

    @Nested
    class Delays {

        @Test
        void carriesTheRetryAfterDelay() {
            Clock clock = Clock.fixed(Instant.parse("2026-10-21T07:28:00Z"), ZoneOffset.UTC);
            RedirectPolicy policy = RedirectPolicy.builder().clock(clock).build();
            RedirectRequest get = request("GET", A, Headers.empty());
            assertThat(follow(policy.decide(get, RedirectResponse.of(307, List.of("/x")).withRetryAfter("3"),
                    RedirectChain.start())).delay()).isEqualTo(Duration.ofSeconds(3));
            assertThat(follow(policy.decide(get, RedirectResponse.of(307, List.of("/x"))
                    .withRetryAfter("Wed, 21 Oct 2026 07:28:10 GMT"), RedirectChain.start())).delay())
                    .isEqualTo(Duration.ofSeconds(10));
            assertThat(follow(policy.decide(get, RedirectResponse.of(307, List.of("/x")).withRetryAfter("soon"),
                    RedirectChain.start())).delay()).isZero();
        }

        @Test
        void aRetryAfterDateCountsFromTheResponsesDate() {
            // RFC 9110, sections 10.2.3 and 6.6.1: the server wrote both dates with its own clock, which
            // here runs an hour behind the client's.
            Clock clock = Clock.fixed(Instant.parse("2026-10-21T08:28:00Z"), ZoneOffset.UTC);
            RedirectPolicy policy = RedirectPolicy.builder().clock(clock).build();
            RedirectRequest get = request("GET", A, Headers.empty());
            RedirectResponse response = RedirectResponse.of(307, List.of("/x"))
                    .withRetryAfter("Wed, 21 Oct 2026 07:28:10 GMT");
            assertThat(follow(policy.decide(get, response.withDate("Wed, 21 Oct 2026 07:28:00 GMT"),
                    RedirectChain.start())).delay()).isEqualTo(Duration.ofSeconds(10));
            // without a Date, or with one that does not parse, the clock is the reference: the date is past
            assertThat(follow(policy.decide(get, response, RedirectChain.start())).delay()).isZero();
            assertThat(follow(policy.decide(get, response.withDate("yesterday"), RedirectChain.start())).delay())
                    .isZero();
            // a delay in seconds does not depend on either
            assertThat(follow(policy.decide(get, RedirectResponse.of(307, List.of("/x")).withRetryAfter("5")
                    .withDate("Wed, 21 Oct 2026 07:28:00 GMT"), RedirectChain.start())).delay())
                    .isEqualTo(Duration.ofSeconds(5));
            // a date far after the server's Date passes the cap, whatever the clock says
            RedirectDecision.Stop stop = stop(policy.decide(get, response.withRetryAfter("Wed, 21 Oct 2026 07:30:00 GMT")
                    .withDate("Wed, 21 Oct 2026 07:28:00 GMT"), RedirectChain.start()));
            assertThat(stop.message()).isEqualTo("307 Temporary Redirect asks to wait 120 s before following, longer "
                    + "than the 60 s this policy accepts");
        }

        @Test
        void stopsWhenTheWaitPassesTheCap() {
            // RFC 9110, section 10.2.3: following sooner than Retry-After asks is not allowed, so a wait
            // past the cap stops the chain rather than being shortened.
            RedirectRequest get = request("GET", A, Headers.empty());
            assertThat(follow(STANDARD.decide(get, RedirectResponse.of(307, List.of("/x")).withRetryAfter("60"),
                    RedirectChain.start())).delay()).isEqualTo(Duration.ofSeconds(60));
            RedirectDecision.Stop tooLong = stop(STANDARD.decide(get,
                    RedirectResponse.of(307, List.of("/x")).withRetryAfter("61"), RedirectChain.start()));
            assertThat(tooLong.reason()).isEqualTo(StopReason.RETRY_AFTER_BEYOND_CAP);
            assertThat(tooLong.message())
                    .isEqualTo("307 Temporary Redirect asks to wait 61 s before following, longer than the 60 s this policy accepts");
            // Saturated delta-seconds (RFC 9110, section 10.2.3 allows any number of digits) stop too.
            assertThat(stop(STANDARD.decide(get, RedirectResponse.of(302, List.of("/x"))
                    .withRetryAfter("99999999999999999999"), RedirectChain.start())).reason())
                    .isEqualTo(StopReason.RETRY_AFTER_BEYOND_CAP);
            RedirectPolicy impatient = RedirectPolicy.builder().maxRetryAfter(Duration.ZERO).build();
            assertThat(impatient.decide(get, RedirectResponse.of(302, List.of("/x")).withRetryAfter("0"),
                    RedirectChain.start()).shouldFollow()).isTrue();
            assertThat(stop(impatient.decide(get, RedirectResponse.of(302, List.of("/x")).withRetryAfter("1"),
                    RedirectChain.start())).reason()).isEqualTo(StopReason.RETRY_AFTER_BEYOND_CAP);
            RedirectPolicy halfASecond = RedirectPolicy.builder().maxRetryAfter(Duration.ofMillis(500)).build();
            assertThat(stop(halfASecond.decide(get, RedirectResponse.of(302, List.of("/x")).withRetryAfter("1"),
                    RedirectChain.start())).message())
                    .isEqualTo("302 Found asks to wait 1 s before following, longer than the 0.5 s this policy accepts");
            assertThat(halfASecond).hasToString("RedirectPolicy[max 20, sensitive [authorization, proxy-authorization, "
                    + "cookie, cookie2], max Retry-After 0.5 s]");
            RedirectPolicy patient = RedirectPolicy.builder().maxRetryAfter(Duration.ofDays(1)).build();
            assertThat(follow(patient.decide(get, RedirectResponse.of(302, List.of("/x")).withRetryAfter("86400"),
                    RedirectChain.start())).delay()).isEqualTo(Duration.ofDays(1));
        }
    }

    @Nested
    class Inputs {

        @Test
        void rejectsBadRequestsAndSettings() {
            assertThatThrownBy(() -> RedirectRequest.of("G ET", A, Headers.empty()))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RedirectRequest.of("GET", URI.create("/relative"), Headers.empty()))
                    .hasMessage("the request URI must be absolute http or https with a host");
            assertThatThrownBy(() -> RedirectRequest.of("GET", URI.create("ftp://a/"), Headers.empty()))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RedirectPolicy.builder().maxRedirects(-1))
                    .hasMessage("maxRedirects cannot be negative: -1");
            assertThatThrownBy(() -> RedirectPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("maxRetryAfter must be from 0 s to 86400 s: -1 s");
            assertThatThrownBy(() -> RedirectPolicy.builder().maxRetryAfter(Duration.ofDays(1).plusNanos(1)))
                    .hasMessage("maxRetryAfter must be from 0 s to 86400 s: 86400.000000001 s");
            assertThatThrownBy(() -> RedirectPolicy.builder().maxRetryAfter(null))
                    .isExactlyInstanceOf(NullPointerException.class).hasMessage("value");
            assertThatThrownBy(() -> RedirectPolicy.builder().sensitiveHeader("bad name"))
                    .hasMessage("invalid header name \"bad name\"");
            assertThatThrownBy(() -> STANDARD.decide(null, RedirectResponse.of(302, List.of()), RedirectChain.start()))
                    .isInstanceOf(NullPointerException.class).hasMessage("request");
        }

        @Test
        void describesItself() {
            assertThat(STANDARD.toString()).isEqualTo("RedirectPolicy[max 20, sensitive [authorization, "
                    + "proxy-authorization, cookie, cookie2], max Retry-After 60 s]");
            assertThat(RedirectPolicy.builder().follow300(true).legacyMethodRewrite(true).allowHttpsToHttp(true)
                    .build().toString()).contains("follows 300").contains("legacy method rewrite").contains("allows https to http");
            assertThat(RedirectResponse.of(302, List.of("/x")).withRetryAfter("1"))
                    .hasToString("302 Found with 1 Location value(s)");
            assertThat(RedirectResponse.of(302, List.of("/x")).retryAfter()).isEmpty();
            assertThat(RedirectChain.start()).hasToString("RedirectChain[0 redirects, stripped []]");
            assertThat(RedirectResponse.of(HttpStatusInfo.of(308), List.of("/x")).status()).isEqualTo(HttpStatusInfo.of(308));
            RedirectRequest request = request("PUT", A, Headers.of(Map.of("Accept", List.of("*/*")))).withBody(true);
            assertThat(request.hasBody()).isTrue();
            assertThat(request.isBodyReplayable()).isTrue();
            assertThat(request.headers().firstValue("accept")).contains("*/*");
        }
    }
}
