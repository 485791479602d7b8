package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RedirectDecisionTest {

    private static final URI TARGET = URI.create("https://b.example/next?code=c0de#token=t0ken");
    private static final Headers HEADERS = Headers.builder().add("Authorization", "Bearer s3cret").build();

    @Test
    void followShowsNeitherValuesNorQueryNorFragment() {
        RedirectDecision.Follow follow = new RedirectDecision.Follow(HttpMethod.GET, TARGET, false, HEADERS, Set.of("cookie"),
                Duration.ofSeconds(2), RedirectChain.start());
        assertThat(follow.shouldFollow()).isTrue();
        assertThat(follow).hasToString("Follow[method=GET, target=https://b.example/next, bodyKept=false, "
                + "headers=Headers[Authorization], droppedHeaders=[cookie], delay=2 s, "
                + "chain=RedirectChain[0 redirects, stripped []]]");
        assertThat(follow.target()).isEqualTo(TARGET);
    }

    @Test
    void followCopiesTheDroppedNames() {
        Set<String> names = new HashSet<>(Set.of("cookie"));
        RedirectDecision.Follow follow = new RedirectDecision.Follow(HttpMethod.GET, TARGET, false, HEADERS, names,
                Duration.ZERO, RedirectChain.start());
        names.add("authorization");
        assertThat(follow.droppedHeaders()).containsExactly("cookie");
    }

    @Test
    void followKeepsTheDroppedNamesInTheOrderGiven() {
        // Set.copyOf would iterate in an order that changes from one JVM run to the next
        List<String> names = List.of("proxy-authorization", "x-api-key", "cookie2", "authorization", "host", "cookie",
                "content-type", "content-length", "digest", "transfer-encoding");
        RedirectDecision.Follow follow = new RedirectDecision.Follow(HttpMethod.GET, TARGET, false, HEADERS,
                new LinkedHashSet<>(names), Duration.ofMillis(250), RedirectChain.start());
        assertThat(follow.droppedHeaders()).containsExactlyElementsOf(names);
        assertThat(follow.toString()).contains("droppedHeaders=" + names + ", delay=0.25 s,");
        assertThatThrownBy(() -> follow.droppedHeaders().add("accept")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void followRefusesNulls() {
        assertThatThrownBy(() -> new RedirectDecision.Follow(null, TARGET, false, HEADERS, Set.of(), Duration.ZERO,
                RedirectChain.start())).hasMessage("method");
        assertThatThrownBy(() -> new RedirectDecision.Follow(HttpMethod.GET, TARGET, false, HEADERS, null, Duration.ZERO,
                RedirectChain.start())).hasMessage("droppedHeaders");
        assertThatThrownBy(() -> new RedirectDecision.Follow(HttpMethod.GET, TARGET, false, HEADERS,
                new HashSet<>(Arrays.asList("cookie", null)), Duration.ZERO, RedirectChain.start()))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("droppedHeaders holds null");
        assertThatThrownBy(() -> new RedirectDecision.Follow(HttpMethod.GET, TARGET, false, HEADERS, Set.of(), null,
                RedirectChain.start())).hasMessage("delay");
    }

    @Test
    void stopCarriesItsReason() {
        RedirectDecision.Stop stop = new RedirectDecision.Stop(StopReason.LOOP, "the chain already made this request");
        assertThat(stop.shouldFollow()).isFalse();
        assertThat(stop.reason()).isEqualTo(StopReason.LOOP);
        assertThatThrownBy(() -> new RedirectDecision.Stop(null, "m")).hasMessage("reason");
        assertThatThrownBy(() -> new RedirectDecision.Stop(StopReason.LOOP, null)).hasMessage("message");
    }
}
