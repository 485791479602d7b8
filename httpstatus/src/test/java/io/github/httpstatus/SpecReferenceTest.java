package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecReferenceTest {

    @Test
    void rfcReferenceLinksToTheSection() {
        SpecReference ref = SpecReference.rfc(9110, "15.4.9");
        assertThat(ref.document()).isEqualTo("RFC 9110");
        assertThat(ref.section()).isEqualTo("15.4.9");
        assertThat(ref.url()).isEqualTo("https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9");
        assertThat(ref).hasToString("RFC 9110, section 15.4.9");
        assertThat(new SpecReference("draft-x", "", "https://example.org/d")).hasToString("draft-x");
    }

    @Test
    void rejectsBadComponents() {
        assertThatThrownBy(() -> SpecReference.rfc(0, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecReference.rfc(9110, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpecReference("", "", "u")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpecReference("d", "", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpecReference(null, "", "u")).isInstanceOf(NullPointerException.class);
    }
}
