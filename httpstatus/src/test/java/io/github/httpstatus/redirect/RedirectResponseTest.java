package io.github.httpstatus.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpStatusInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RedirectResponseTest {

    @Test
    void readsTheStatusAsReceived() {
        assertThat(RedirectResponse.of(308, List.of("/x")).status()).isSameAs(HttpStatusInfo.of(308));
        assertThat(RedirectResponse.of(HttpStatusInfo.of(303), List.of()).status()).isSameAs(HttpStatusInfo.of(303));
        // RFC 9110, section 15: an invalid code is read as 500, never followed
        assertThat(RedirectResponse.of(3020, List.of("/x")).status().code()).isEqualTo(500);
    }

    @Test
    void keepsEveryLocationValueAsACopy() {
        List<String> values = new ArrayList<>(List.of("/a", "/b"));
        RedirectResponse response = RedirectResponse.of(302, values);
        values.clear();
        assertThat(response.locations()).containsExactly("/a", "/b");
        assertThatThrownBy(() -> response.locations().add("/c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void carriesRetryAfterAsText() {
        RedirectResponse response = RedirectResponse.of(307, List.of("/x"));
        assertThat(response.retryAfter()).isEmpty();
        assertThat(response.withRetryAfter("120").retryAfter()).contains("120");
        assertThat(response.withRetryAfter("soon").retryAfter()).contains("soon");
        assertThat(response.retryAfter()).isEmpty();
    }

    @Test
    void carriesDateAsTextBesideRetryAfter() {
        RedirectResponse response = RedirectResponse.of(307, List.of("/x"));
        assertThat(response.date()).isEmpty();
        RedirectResponse both = response.withDate("Wed, 21 Oct 2026 07:28:00 GMT").withRetryAfter("120");
        assertThat(both.date()).contains("Wed, 21 Oct 2026 07:28:00 GMT");
        assertThat(both.retryAfter()).contains("120");
        assertThat(both.withDate("later").date()).contains("later");
        assertThat(both.withDate("later").retryAfter()).contains("120");
        assertThat(response.date()).isEmpty();
        assertThat(both.locations()).containsExactly("/x");
        assertThat(both).hasToString("307 Temporary Redirect with 1 Location value(s)");
    }

    @Test
    void describesItselfWithoutTheValues() {
        assertThat(RedirectResponse.of(302, List.of("https://user:pw@a.example/")))
                .hasToString("302 Found with 1 Location value(s)");
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> RedirectResponse.of(302, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RedirectResponse.of(302, Arrays.asList("/a", null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RedirectResponse.of((HttpStatusInfo) null, List.of())).hasMessage("status");
        assertThatThrownBy(() -> RedirectResponse.of(302, List.of()).withRetryAfter(null)).hasMessage("value");
        assertThatThrownBy(() -> RedirectResponse.of(302, List.of()).withDate(null)).hasMessage("value");
    }
}
