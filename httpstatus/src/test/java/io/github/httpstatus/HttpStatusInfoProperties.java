package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class HttpStatusInfoProperties {

    @Property
    void ofIsTotalOverEveryIntReturningOrNamingTheValue(@ForAll int code) {
        Throwable thrown = catchThrowable(() -> HttpStatusInfo.of(code));
        if (code >= 100 && code <= 599) {
            assertThat(thrown).isNull();
            assertThat(HttpStatusInfo.of(code)).isSameAs(HttpStatusInfo.of(code));
        } else {
            assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(code));
        }
    }

    @Property
    void ofReceivedNeverThrowsAndFindAgreesWithOf(@ForAll int code) {
        assertThat(HttpStatusInfo.ofReceived(code)).isNotNull();
        Optional<HttpStatusInfo> found = HttpStatusInfo.find(code);
        assertThat(found.isPresent()).isEqualTo(code >= 100 && code <= 599);
        found.ifPresent(info -> assertThat(info).isSameAs(HttpStatusInfo.of(code)));
    }

    @Property
    void parsingTheDecimalFormGivesTheSameInstance(@ForAll @IntRange(min = 100, max = 599) int code) {
        assertThat(HttpStatusInfo.parse(String.valueOf(code))).isSameAs(HttpStatusInfo.of(code));
    }

    @Property(tries = 3000)
    void parseReturnsOrThrowsOnlyStatusParseExceptionAndTryParseAgrees(@ForAll("codeLikeText") String text) {
        ParserContract.check(text, HttpStatusInfo::parse, HttpStatusInfo::tryParse);
    }

    @Provide
    Arbitrary<String> codeLikeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.strings().withChars("0123456789+- \r\n\u0662\uff10").ofMaxLength(5),
                Arbitraries.integers().between(-50, 1100).map(String::valueOf));
    }
}
