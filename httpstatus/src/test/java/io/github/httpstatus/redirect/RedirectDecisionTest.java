package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.Headers;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RedirectDecisionTest {

    private static final URI TARGET = URI.create("https://b.example/next?code=c0de#token=t0ken");
    private static final Headers HEADERS = Headers.builder().add("Authorization", "Bearer s3cret").build();

    @Test
    void followShowsNeitherValuesNorQueryNorFragment() {
        RedirectDecision.Follow follow = new RedirectDecision.Follow("GET", TARGET, false, HEADERS, Set.of("cookie"),
                Duration.ofSeconds(2), RedirectChain.start());
        assertThat(follow.shouldFollow()).isTrue();
        assertThat(follow).hasToString("Follow[method=GET, target=https://b.example/next, bodyKept=false, "
                + "headers=Headers[Authorization], droppedHeaders=[cookie], delay=PT2S, "
                + "chain=RedirectChain[0 redirects, stripped []]]");
        assertThat(follow.target()).isSameAs(TARGET);
    }

    @Test
    void followCopiesTheDroppedNames() {
        Set<String> names = new HashSet<>(Set.of("cookie"));
        RedirectDecision.Follow follow = new RedirectDecision.Follow("GET", TARGET, false, HEADERS, names,
                Duration.ZERO, RedirectChain.start());
        names.add("authorization");
        assertThat(follow.droppedHeaders()).containsExactly("cookie");
    }

    @Test
    void followRefusesNulls() {
        assertThatThrownBy(() -> new RedirectDecision.Follow(null, TARGET, false, HEADERS, Set.of(), Duration.ZERO,
                RedirectChain.start())).hasMessage("method");
        assertThatThrownBy(() -> new RedirectDecision.Follow("GET", TARGET, false, HEADERS, null, Duration.ZERO,
                RedirectChain.start())).hasMessage("droppedHeaders");
        assertThatThrownBy(() -> new RedirectDecision.Follow("GET", TARGET, false, HEADERS, Set.of(), null,
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
