package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCodeTest {

    @Test
    void hasOneConstantPerRegisteredCodeInNumericOrder() {
        StatusCode[] all = StatusCode.values();
        assertThat(all).hasSize(64);
        for (int i = 1; i < all.length; i++) {
            assertThat(all[i].code()).isGreaterThan(all[i - 1].code());
        }
        for (StatusCode status : all) {
            assertThat(StatusCode.of(status.code())).isSameAs(status);
            assertThat(StatusCode.find(status.code())).contains(status);
            assertThat(status.info()).isSameAs(HttpStatusInfo.of(status.code()));
            assertThat(status.info().statusCode()).contains(status);
            assertThat(status.statusClass()).isEqualTo(StatusClass.of(status.code()));
            assertThat(status.toString()).isEqualTo(status.code() + " " + status.reasonPhrase());
            assertThat(status.registryStatus().isRegistered()).isTrue();
        }
    }

    @Test
    void phrasesAreUniqueExceptForTheTwoUnusedCodes() {
        Set<String> phrases = new HashSet<>();
        Arrays.stream(StatusCode.values()).filter(s -> s.registryStatus() != RegistryStatus.UNUSED)
                .forEach(s -> assertThat(phrases.add(s.reasonPhrase())).as(s.name()).isTrue());
    }

    @Test
    void namesFollowTheCurrentRegistryText() {
        assertThat(StatusCode.CONTENT_TOO_LARGE.code()).isEqualTo(413);
        assertThat(StatusCode.UNPROCESSABLE_CONTENT.code()).isEqualTo(422);
        assertThat(StatusCode.RANGE_NOT_SATISFIABLE.code()).isEqualTo(416);
        assertThat(StatusCode.UPLOAD_RESUMPTION_SUPPORTED.registryStatus()).isEqualTo(RegistryStatus.TEMPORARY);
        assertThat(StatusCode.NOT_EXTENDED.registryStatus()).isEqualTo(RegistryStatus.OBSOLETED);
        assertThat(StatusCode.UNUSED_418.reasonPhrase()).isEqualTo("(Unused)");
        assertThat(StatusCode.PERMANENT_REDIRECT.specReference().url())
                .isEqualTo("https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9");
    }

    @Test
    void ofRejectsUnregisteredAndInvalidCodes() {
        assertThatThrownBy(() -> StatusCode.of(499)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("status code 499 is not in the IANA registry");
        assertThatThrownBy(() -> StatusCode.of(600)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("status code must be between 100 and 599: 600");
        assertThatThrownBy(() -> StatusCode.of(99)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("status code must be between 100 and 599: 99");
        assertThatThrownBy(() -> StatusCode.of(599)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("status code 599 is not in the IANA registry");
        assertThat(StatusCode.find(499)).isEmpty();
        assertThat(StatusCode.find(-1)).isEmpty();
        assertThat(StatusCode.find(1000)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Not Found|NOT_FOUND",
        "not found|NOT_FOUND",
        "NOT-FOUND|NOT_FOUND",
        "  Not   Found |NOT_FOUND",
        "Payload Too Large|CONTENT_TOO_LARGE",
        "Request Entity Too Large|CONTENT_TOO_LARGE",
        "Unprocessable Entity|UNPROCESSABLE_CONTENT",
        "Requested Range Not Satisfiable|RANGE_NOT_SATISFIABLE",
        "Moved Temporarily|FOUND",
        "Request-URI Too Long|URI_TOO_LONG",
        "I'm a teapot|UNUSED_418",
        "i'm a TEAPOT|UNUSED_418",
        "Non-Authoritative Information|NON_AUTHORITATIVE_INFORMATION",
        "Non Authoritative Information|NON_AUTHORITATIVE_INFORMATION",
    })
    void findsByPhraseIncludingSupersededOnes(String phrase, StatusCode expected) {
        assertThat(StatusCode.findByPhrase(phrase)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "NOT_FOUND|NOT_FOUND",
        "not_found|NOT_FOUND",
        "NotFound|NOT_FOUND",
        "PAYLOAD_TOO_LARGE|CONTENT_TOO_LARGE",
        "REQUEST_ENTITY_TOO_LARGE|CONTENT_TOO_LARGE",
        "UNPROCESSABLE_ENTITY|UNPROCESSABLE_CONTENT",
        "REQUESTED_RANGE_NOT_SATISFIABLE|RANGE_NOT_SATISFIABLE",
        "MOVED_TEMPORARILY|FOUND",
        "REQUEST_URI_TOO_LONG|URI_TOO_LONG",
        "I_AM_A_TEAPOT|UNUSED_418",
        "IM_A_TEAPOT|UNUSED_418",
        "unused_306|UNUSED_306",
    })
    void findsByNameIncludingSupersededOnes(String name, StatusCode expected) {
        assertThat(StatusCode.findByName(name)).contains(expected);
    }

    @Test
    void lookupsMissWithoutThrowing() {
        assertThat(StatusCode.findByPhrase("Enhance Your Calm")).isEmpty();
        assertThat(StatusCode.findByPhrase("(Unused)")).isEmpty();
        assertThat(StatusCode.findByPhrase("")).isEmpty();
        assertThat(StatusCode.findByName("")).isEmpty();
        assertThat(StatusCode.findByName("___")).isEmpty();
        assertThat(StatusCode.findByName("NOPE")).isEmpty();
        assertThatThrownBy(() -> StatusCode.findByName(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> StatusCode.findByPhrase(null)).isInstanceOf(NullPointerException.class).hasMessage("phrase");
    }

    @Test
    void formerPhrasesAreListedPerCode() {
        assertThat(StatusCode.CONTENT_TOO_LARGE.formerPhrases())
                .containsExactly("Payload Too Large", "Request Entity Too Large");
        assertThat(StatusCode.OK.formerPhrases()).isEmpty();
        for (StatusCode status : StatusCode.values()) {
            for (String former : status.formerPhrases()) {
                assertThat(StatusCode.findByPhrase(former)).contains(status);
            }
        }
    }
}
