package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class RedirectPolicyProperties {

    private static final URI FROM = URI.create("https://a.example/p/q?x=1");
    private static final List<String> CREDENTIAL_NAMES = List.of("Authorization", "Cookie", "Proxy-Authorization",
            "Cookie2");
    private static final Headers CREDENTIALS = Headers.builder().add("Authorization", "Bearer t")
            .add("cookie", "c=1").add("PROXY-AUTHORIZATION", "Basic p").add("Cookie2", "$Version=1")
            .add("Authorization", "Basic again").add("Accept", "*/*").build();

    private static RedirectDecision decide(String method, int status, String location) {
        return RedirectPolicy.standard().decide(RedirectRequest.of(method, FROM, CREDENTIALS).withBody(true),
                RedirectResponse.of(status, List.of(location)), RedirectChain.start());
    }

    @Property
    void status307And308NeverChangeTheMethod(@ForAll("methods") String method, @ForAll("statuses307or308") int status,
            @ForAll("locations") String location) {
        // RFC 9110, sections 15.4.8 and 15.4.9
        RedirectDecision decision = decide(method, status, location);
        Statistics.label("followed").collect(decision.shouldFollow());
        Statistics.label("followed").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
        if (decision instanceof RedirectDecision.Follow follow) {
            assertThat(follow.method().name()).isEqualTo(method);
            assertThat(follow.bodyKept()).isTrue();
        }
    }

    @Property
    void status303NeverYieldsAnythingButGetOrHead(@ForAll("methods") String method, @ForAll("locations") String location) {
        // RFC 9110, section 15.4.4
        RedirectDecision decision = decide(method, 303, location);
        Statistics.label("followed").collect(decision.shouldFollow());
        Statistics.label("followed").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
        if (decision instanceof RedirectDecision.Follow follow) {
            assertThat(follow.method()).isIn(HttpMethod.GET, HttpMethod.HEAD);
            assertThat(follow.method().name().equals("HEAD")).isEqualTo(method.equals("HEAD"));
            // the content goes with the method change; GET and HEAD keep theirs, as MethodRewrite says
            assertThat(follow.bodyKept()).isEqualTo(follow.method().name().equals(method));
        }
    }

    @Property(tries = 3000)
    void aCrossOriginDecisionNeverCarriesACredentialAndATargetIsAlwaysAbsoluteHttp(@ForAll("methods") String method,
            @ForAll("statuses") int status, @ForAll("locations") String location) {
        RedirectDecision decision = decide(method, status, location);
        String kind = decision instanceof RedirectDecision.Stop stop ? stop.reason().name()
                : ((RedirectDecision.Follow) decision).headers().contains("Authorization") ? "follow, same origin"
                : "follow, other origin";
        Statistics.label("decision").collect(kind);
        Statistics.label("decision").coverage(coverage -> {
            coverage.check("follow, same origin").percentage(p -> p >= 5);
            coverage.check("follow, other origin").percentage(p -> p >= 5);
            coverage.check("INVALID_LOCATION").percentage(p -> p >= 5);
        });
        if (decision instanceof RedirectDecision.Follow follow) {
            URI target = follow.target();
            assertThat(target.isAbsolute()).isTrue();
            assertThat(target.getScheme()).isIn("http", "https");
            assertThat(target.getRawUserInfo()).isNull();
            assertThat(target.getHost()).isNotEmpty();
            boolean credentialsKept = CREDENTIAL_NAMES.stream().anyMatch(follow.headers()::contains);
            if (credentialsKept) {
                // Independent of the resolver: the target is this origin, and so is what the Location wrote.
                assertThat(target.getScheme()).isEqualTo("https");
                assertThat(target.getHost()).isEqualTo("a.example");
                assertThat(target.getPort()).isIn(-1, 443);
                assertThat(namesThisOrigin(location)).as(location).isTrue();
                assertThat(follow.headers()).isEqualTo(CREDENTIALS);
            } else {
                assertThat(follow.droppedHeaders()).contains("authorization", "cookie", "proxy-authorization", "cookie2");
            }
        } else {
            assertMessageIsSafe(((RedirectDecision.Stop) decision).message());
        }
    }

    @Property(tries = 500)
    void aHeaderOnceDroppedIsNeverSentAgain(@ForAll @Size(min = 1, max = 5) List<@From("hops") String> hops) {
        // Go CVE-2024-45336: a client that copies the first request's headers onto every hop
        RedirectChain chain = RedirectChain.start();
        URI current = FROM;
        boolean crossed = false;
        for (String location : hops) {
            RedirectDecision decision = RedirectPolicy.standard().decide(RedirectRequest.of("GET", current, CREDENTIALS),
                    RedirectResponse.of(302, List.of(location)), chain);
            if (!(decision instanceof RedirectDecision.Follow follow)) {
                break;
            }
            crossed |= !follow.droppedHeaders().isEmpty();
            if (crossed) {
                CREDENTIAL_NAMES.forEach(name -> assertThat(follow.headers().contains(name)).as(name).isFalse());
            }
            chain = follow.chain();
            current = follow.target();
        }
        Statistics.label("crossed").collect(crossed);
        Statistics.label("crossed").coverage(coverage -> coverage.check(true).percentage(p -> p >= 30));
    }

    /** The naive reading: a Location without authority, or one naming https://a.example on port 443. */
    private static boolean namesThisOrigin(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        int start;
        if (lower.startsWith("https://")) {
            start = "https://".length();
        } else if (lower.startsWith("//")) {
            start = 2;
        } else {
            return !lower.startsWith("http:");
        }
        int end = start;
        while (end < lower.length() && "/?#".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        String authority = lower.substring(start, end);
        int colon = authority.indexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon + 1);
        return host.equals("a.example") && (port.isEmpty() || Integer.parseInt(port) == 443);
    }

    private static void assertMessageIsSafe(String message) {
        for (int i = 0; i < message.length(); i++) {
            assertThat(message.charAt(i)).isBetween(' ', '~');
        }
        assertThat(message).doesNotContain("Bearer").doesNotContain("c=1").doesNotContain("Basic")
                .doesNotContain("pw@");
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.oneOf(Arbitraries.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "post"),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10));
    }

    @Provide
    Arbitrary<Integer> statuses307or308() {
        return Arbitraries.of(307, 308);
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(301, 302, 303, 307, 308)),
                Tuple.of(1, Arbitraries.integers().between(100, 599)));
    }

    @Provide
    Arbitrary<String> locations() {
        Arbitrary<String> schemes = Arbitraries.of("https://", "HTTPS://", "http://", "//", "https:", "file://", "");
        Arbitrary<String> hosts = Arbitraries.of("a.example", "A.EXAMPLE", "b.example", "a.example.", "sub.a.example",
                "a.example\uff0fevil", "a.example\uff1a8443", "a.example\uff1f", "a\u2100.example", "evil\u3002example",
                "fa\u00dfe.example", "2130706433", "0x7f.1", "127.0.0.1", "user:pw@a.example", "a.example\\@b.example",
                "[::1]", "", "a_b.example", "b\u00fccher.example", "-a.example", "example.1a");
        Arbitrary<String> ports = Arbitraries.of("", "", ":443", ":0443", ":", ":8443", ":80", ":99999", ":x");
        Arbitrary<String> paths = Arbitraries.of("/", "/next", "/a/../b", "/%2e%2e/x", "/a b", "/\t/evil", "",
                "?q=1", "#f", "/x?y#z", "\\evil", "/caf\u00e9");
        Arbitrary<String> structured = Combinators.combine(schemes, hosts, ports, paths)
                .as((scheme, host, port, path) -> scheme.isEmpty() ? path : scheme + host + port + path);
        Arbitrary<String> pieces = Arbitraries.of("http:", "https:", "//", "/", "\\", "a.example", "b.example", ":443",
                "@", "..", ".", "?q", "#f", "%2e", "%zz", " ", "\t", "\u00e9", "x").list().ofMaxSize(6)
                .map(list -> String.join("", list));
        return Arbitraries.frequencyOf(
                Tuple.of(6, structured),
                Tuple.of(2, pieces),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(30)),
                Tuple.of(2, Arbitraries.of("/next", "https://b.example/", "https://a.example:443/z", "//b.example/x",
                        "https://A.EXAMPLE:8443/", "https://a.example./", "https://sub.a.example/")));
    }

    @Provide
    Arbitrary<String> hops() {
        return Arbitraries.of("/same", "https://a.example/again", "https://b.example/1", "/b2", "//c.example/3",
                "https://a.example:8443/4", "https://A.example/5?x", "http://a.example/downgrade", "/6#f");
    }
}
