package io.github.httpstatus.redirect;

import io.github.httpstatus.Headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class RedirectPolicyProperties {

    private static final URI FROM = URI.create("https://a.example/p/q?x=1");
    private static final Headers CREDENTIALS = Headers.builder().add("Authorization", "Bearer t")
            .add("Cookie", "c=1").add("Proxy-Authorization", "Basic p").add("Accept", "*/*").build();

    private static RedirectDecision decide(String method, int status, String location) {
        return RedirectPolicy.standard().decide(RedirectRequest.of(method, FROM, CREDENTIALS).withBody(true),
                RedirectResponse.of(status, List.of(location)), RedirectChain.start());
    }

    @Property
    void status307And308NeverChangeTheMethod(@ForAll("methods") String method, @ForAll("statuses307or308") int status,
            @ForAll("locations") String location) {
        if (decide(method, status, location) instanceof RedirectDecision.Follow follow) {
            assertThat(follow.method()).isEqualTo(method);
            assertThat(follow.bodyKept()).isTrue();
        }
    }

    @Property
    void status303NeverYieldsAnythingButGetOrHead(@ForAll("methods") String method, @ForAll("locations") String location) {
        if (decide(method, 303, location) instanceof RedirectDecision.Follow follow) {
            assertThat(follow.method()).isIn("GET", "HEAD");
            assertThat(follow.method().equals("HEAD")).isEqualTo(method.equals("HEAD"));
        }
    }

    @Property(tries = 2000)
    void aCrossOriginDecisionNeverCarriesACredentialAndATargetIsAlwaysAbsoluteHttp(@ForAll("methods") String method,
            @ForAll @IntRange(min = 100, max = 599) int status, @ForAll("locations") String location) {
        RedirectDecision decision = decide(method, status, location);
        Statistics.label("decision").collect(decision.shouldFollow() ? "follow" : ((RedirectDecision.Stop) decision).reason());
        if (decision instanceof RedirectDecision.Follow follow) {
            URI target = follow.target();
            assertThat(target.isAbsolute()).isTrue();
            assertThat(target.getScheme()).isIn("http", "https");
            assertThat(target.getRawUserInfo()).isNull();
            assertThat(target.getHost()).isNotEmpty();
            boolean sameOrigin = target.getScheme().equals("https") && "a.example".equals(target.getHost())
                    && (target.getPort() == -1 || target.getPort() == 443);
            if (!sameOrigin) {
                assertThat(follow.headers().contains("Authorization")).isFalse();
                assertThat(follow.headers().contains("Cookie")).isFalse();
                assertThat(follow.headers().contains("Proxy-Authorization")).isFalse();
            }
        } else {
            String message = ((RedirectDecision.Stop) decision).message();
            for (int i = 0; i < message.length(); i++) {
                assertThat(message.charAt(i)).isBetween(' ', '~');
            }
        }
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
    Arbitrary<String> locations() {
        Arbitrary<String> pieces = Arbitraries.of("http:", "https:", "//", "/", "\\", "a.example", "b.example", ":443",
                ":8080", ":99999", "@", "user:pw", "..", ".", "?q", "#f", "%2e", "%zz", " ", "\t", "\u00e9", "[::1]",
                "file:", "javascript:", "x");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(6).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("/next", "https://b.example/", "http://a.example/", "https://a.example:443/z"));
    }
}
