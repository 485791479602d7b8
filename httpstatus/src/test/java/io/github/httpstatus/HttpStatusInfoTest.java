package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpStatusInfoTest {

    /** Codes for which a predicate holds, over every valid code. */
    private static Set<Integer> codesWhere(java.util.function.Predicate<HttpStatusInfo> predicate) {
        Set<Integer> codes = new TreeSet<>();
        IntStream.rangeClosed(100, 599).mapToObj(HttpStatusInfo::of).filter(predicate)
                .forEach(info -> codes.add(info.code()));
        return codes;
    }

    @Nested
    class Factories {

        @Test
        void ofReturnsOneCanonicalInstancePerCode() {
            for (int code = 100; code <= 599; code++) {
                assertThat(HttpStatusInfo.of(code)).isSameAs(HttpStatusInfo.of(code));
                assertThat(HttpStatusInfo.of(code).code()).isEqualTo(code);
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 99, 600, 999, 1000, Integer.MAX_VALUE})
        void ofRejectsCodesOutsideTheRangeNamingTheValue(int code) {
            assertThatThrownBy(() -> HttpStatusInfo.of(code))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status code must be between 100 and 599: " + code);
            assertThatThrownBy(() -> new HttpStatusInfo(code)).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(HttpStatusInfo.find(code)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -200, 0, 99, 600, 1000, Integer.MAX_VALUE})
        void ofReceivedProcessesAnInvalidCodeAsServerError(int code) {
            // RFC 9110, section 15: an invalid status code SHOULD be processed as 5xx.
            assertThat(HttpStatusInfo.ofReceived(code)).isSameAs(HttpStatusInfo.of(500));
            assertThat(StatusClass.ofReceived(code)).isEqualTo(StatusClass.SERVER_ERROR);
        }

        @Test
        void ofReceivedKeepsAValidCode() {
            assertThat(HttpStatusInfo.ofReceived(404)).isSameAs(HttpStatusInfo.of(404));
            assertThat(HttpStatusInfo.ofReceived(599)).isSameAs(HttpStatusInfo.of(599));
            assertThat(HttpStatusInfo.find(201)).containsSame(HttpStatusInfo.of(201));
        }

        @Test
        void findAndOfReceivedKeepBothEndsOfTheRange() {
            assertThat(HttpStatusInfo.find(100)).containsSame(HttpStatusInfo.of(100));
            assertThat(HttpStatusInfo.find(599)).containsSame(HttpStatusInfo.of(599));
            assertThat(HttpStatusInfo.ofReceived(100)).isSameAs(HttpStatusInfo.of(100));
        }

        @Test
        void constructedInstanceIsEqualButNotIdentical() {
            HttpStatusInfo made = new HttpStatusInfo(308);
            assertThat(made).isEqualTo(HttpStatusInfo.of(308)).isNotSameAs(HttpStatusInfo.of(308));
            assertThat(made.preservesMethod()).isTrue();
            assertThat(made.hashCode()).isEqualTo(HttpStatusInfo.of(308).hashCode());
        }
    }

    @Nested
    class Parsing {

        @ParameterizedTest
        @CsvSource({"100", "200", "404", "599", "499"})
        void parsesThreeAsciiDigits(String text) {
            assertThat(HttpStatusInfo.parse(text)).isSameAs(HttpStatusInfo.of(Integer.parseInt(text)));
            assertThat(HttpStatusInfo.tryParse(text)).containsSame(HttpStatusInfo.of(Integer.parseInt(text)));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "'+200'|0|expected an ASCII digit",
            "' 200'|0|expected an ASCII digit",
            "'0200'|3|expected exactly three ASCII digits, found more characters",
            "'2000'|3|expected exactly three ASCII digits, found more characters",
            "'200 '|3|expected exactly three ASCII digits, found more characters",
            "'20'|2|expected exactly three ASCII digits, the text ends early",
            "''|0|expected exactly three ASCII digits, the text ends early",
            "'099'|0|status code must be between 100 and 599",
            "'600'|0|status code must be between 100 and 599",
            "'-20'|0|expected an ASCII digit",
            "'2a0'|1|expected an ASCII digit",
            "'\u0662\u0660\u0660'|0|expected an ASCII digit",
            "'\uff12\uff10\uff10'|0|expected an ASCII digit",
        })
        void rejectsLookAlikesWithPositionAndReason(String text, int index, String problem) {
            assertThatThrownBy(() -> HttpStatusInfo.parse(text))
                    .isExactlyInstanceOf(StatusParseException.class)
                    .hasMessageStartingWith("invalid status code at index " + index + ": " + problem + ": ")
                    .satisfies(e -> assertThat(((StatusParseException) e).errorIndex()).isEqualTo(index));
            assertThat(HttpStatusInfo.tryParse(text)).isEmpty();
        }

        @Test
        void messageShowsTheInputEscaped() {
            assertThatThrownBy(() -> HttpStatusInfo.parse("20\r\n"))
                    .hasMessage("invalid status code at index 2: expected an ASCII digit: \"20\\r\\n\"");
        }

        @Test
        void nullIsANullPointerExceptionNamingTheParameter() {
            assertThatThrownBy(() -> HttpStatusInfo.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
            assertThatThrownBy(() -> HttpStatusInfo.tryParse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        }
    }

    @Nested
    class Registry {

        @Test
        void registryHas64AssignedValues() {
            // IANA HTTP Status Code Registry, as of 2025-09-15 (standards.md section 1).
            assertThat(codesWhere(HttpStatusInfo::isRegistered)).containsExactly(
                    100, 101, 102, 103, 104,
                    200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
                    300, 301, 302, 303, 304, 305, 306, 307, 308,
                    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
                    418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
                    500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511);
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', value = {
            "104|Upload Resumption Supported|TEMPORARY",
            "306|(Unused)|UNUSED",
            "418|(Unused)|UNUSED",
            "510|Not Extended|OBSOLETED",
            "413|Content Too Large|PERMANENT",
            "422|Unprocessable Content|PERMANENT",
            "203|Non-Authoritative Information|PERMANENT",
            "416|Range Not Satisfiable|PERMANENT",
            "499|Client Error|UNASSIGNED",
            "299|Successful|UNASSIGNED",
            "150|Informational|UNASSIGNED",
            "399|Redirection|UNASSIGNED",
            "599|Server Error|UNASSIGNED",
        })
        void phraseAndRegistryStatusFollowTheRegistry(int code, String phrase, RegistryStatus status) {
            HttpStatusInfo info = HttpStatusInfo.of(code);
            assertThat(info.reasonPhrase()).isEqualTo(phrase);
            assertThat(info.registryStatus()).isEqualTo(status);
            assertThat(info.isRegistered()).isEqualTo(status != RegistryStatus.UNASSIGNED);
            assertThat(info.toString()).isEqualTo(code + " " + phrase);
        }

        @Test
        void unregisteredCodesAreUnderstoodAsTheirClassBase() {
            // RFC 9110, section 15: treat an unrecognized code as the x00 code of its class.
            assertThat(HttpStatusInfo.of(471).understoodAs()).isSameAs(HttpStatusInfo.of(400));
            assertThat(HttpStatusInfo.of(599).understoodAs()).isSameAs(HttpStatusInfo.of(500));
            assertThat(HttpStatusInfo.of(404).understoodAs()).isSameAs(HttpStatusInfo.of(404));
            assertThat(HttpStatusInfo.of(471).specReference().toString()).isEqualTo("RFC 9110, section 15");
            assertThat(HttpStatusInfo.of(471).statusCode()).isEmpty();
            assertThat(HttpStatusInfo.of(404).statusCode()).contains(StatusCode.NOT_FOUND);
        }

        @Test
        void everyRegisteredCodeHasItsSpecAndDescription() {
            for (StatusCode status : StatusCode.values()) {
                HttpStatusInfo info = status.info();
                assertThat(info.specReference()).isEqualTo(status.specReference());
                assertThat(info.description()).isEqualTo(status.description()).isNotBlank();
            }
        }

        @Test
        void wellKnownUnregisteredCodesHaveAVendorNameButStayUnregistered() {
            assertThat(HttpStatusInfo.of(499).unofficialCode()).contains(UnofficialCode.NGINX_CLIENT_CLOSED_REQUEST);
            assertThat(HttpStatusInfo.of(499).isRegistered()).isFalse();
            assertThat(HttpStatusInfo.of(522).unofficialCode()).contains(UnofficialCode.CLOUDFLARE_CONNECTION_TIMED_OUT);
            assertThat(HttpStatusInfo.of(404).unofficialCode()).isEmpty();
        }
    }

    @Nested
    class Classes {

        @Test
        void classPredicatesFollowTheFirstDigit() {
            for (int code = 100; code <= 599; code++) {
                HttpStatusInfo info = HttpStatusInfo.of(code);
                int digit = code / 100;
                assertThat(info.statusClass().digit()).isEqualTo(digit);
                assertThat(info.isInformational()).isEqualTo(digit == 1);
                assertThat(info.isSuccessful()).isEqualTo(digit == 2);
                assertThat(info.isRedirection()).isEqualTo(digit == 3);
                assertThat(info.isClientError()).isEqualTo(digit == 4);
                assertThat(info.isServerError()).isEqualTo(digit == 5);
                assertThat(info.isError()).isEqualTo(digit >= 4);
            }
        }
    }

    @Nested
    class Semantics {

        @Test
        void permanence() {
            // RFC 9110 sections 15.4.2, 15.4.9 and 15.5.11 (permanent); 15.4.3 and 15.4.8 (temporary).
            assertThat(codesWhere(i -> i.permanence() == Permanence.PERMANENT)).containsExactly(301, 308, 410);
            assertThat(codesWhere(HttpStatusInfo::isPermanent)).containsExactly(301, 308, 410);
            assertThat(codesWhere(i -> i.permanence() == Permanence.TEMPORARY)).containsExactly(302, 307);
        }

        @Test
        void seeOtherSaysNothingOfPermanence() {
            // RFC 9110, section 15.4.4 names another resource and says nothing of how long that holds.
            assertThat(HttpStatusInfo.of(303).permanence()).isEqualTo(Permanence.UNSPECIFIED);
            assertThat(HttpStatusInfo.of(303).isPermanent()).isFalse();
        }

        @Test
        void automaticRedirectsAreFetchsRedirectStatuses() {
            // WHATWG Fetch, section 2.2.3: a redirect status is 301, 302, 303, 307 or 308.
            assertThat(codesWhere(HttpStatusInfo::isRedirect)).containsExactly(301, 302, 303, 307, 308);
            assertThat(codesWhere(HttpStatusInfo::preservesMethod)).containsExactly(307, 308);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"301, POST_TO_GET", "302, POST_TO_GET", "303, TO_GET", "307, KEEP", "308, KEEP",
            "300, NONE", "304, NONE", "399, NONE", "200, NONE"})
        void methodRewrite(int code, MethodRewrite rewrite) {
            assertThat(HttpStatusInfo.of(code).methodRewrite()).isEqualTo(rewrite);
        }

        @Test
        void heuristicallyCacheable() {
            // RFC 9110, section 15.1, plus 451 (RFC 7725, section 3); unregistered codes never.
            assertThat(codesWhere(HttpStatusInfo::isCacheableByDefault))
                    .containsExactly(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501);
        }

        @Test
        void everyFinalCodeIsStorableButTheFourOfRfc6585() {
            // RFC 9111, section 3: only a final response is stored; RFC 6585, sections 3 to 6: a response
            // with 428, 429, 431 or 511 must not be stored by a cache.
            Set<Integer> expected = new TreeSet<>();
            IntStream.rangeClosed(100, 199).forEach(expected::add);
            expected.addAll(Set.of(428, 429, 431, 511));
            for (int code = 100; code <= 599; code++) {
                HttpStatusInfo info = HttpStatusInfo.of(code);
                assertThat(info.isStorable()).as("storable %s", code).isEqualTo(!expected.contains(code));
                if (info.isCacheableByDefault()) {
                    assertThat(info.isStorable()).as("heuristic implies storable %s", code).isTrue();
                }
            }
        }

        @Test
        void contentIsForbiddenFor1xx204205And304() {
            // RFC 9110 sections 6.4.1 and 15.3.6.
            Set<Integer> expected = new TreeSet<>();
            IntStream.rangeClosed(100, 199).forEach(expected::add);
            expected.addAll(Set.of(204, 205, 304));
            assertThat(codesWhere(i -> !i.allowsContent())).isEqualTo(expected);
        }

        @Test
        void retryability() {
            assertThat(codesWhere(i -> i.retryability() == Retryability.RETRYABLE)).containsExactly(408, 421, 425, 429);
            Set<Integer> ifIdempotent = codesWhere(i -> i.retryability() == Retryability.RETRYABLE_IF_IDEMPOTENT);
            Set<Integer> expected = new TreeSet<>(Set.of(500, 502, 503, 504));
            IntStream.rangeClosed(500, 599).filter(c -> !HttpStatusInfo.of(c).isRegistered()).forEach(expected::add);
            assertThat(ifIdempotent).isEqualTo(expected);
            assertThat(HttpStatusInfo.of(501).isRetryable()).isFalse();
            assertThat(HttpStatusInfo.of(429).isRetryable()).isTrue();
        }

        @Test
        void retryAfterApplies() {
            // RFC 9110, section 10.2.3 (3xx, 503), section 15.5.14 (413), RFC 6585 section 4 (429);
            // unregistered 3xx codes are read as 300.
            Set<Integer> expected = new TreeSet<>(Set.of(300, 301, 302, 303, 307, 308, 413, 429, 503));
            IntStream.rangeClosed(300, 399).filter(c -> !HttpStatusInfo.of(c).isRegistered()).forEach(expected::add);
            assertThat(codesWhere(HttpStatusInfo::retryAfterApplies)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} requires {1}")
        @CsvSource({"101, Upgrade", "426, Upgrade", "401, WWW-Authenticate", "405, Allow",
            "407, Proxy-Authenticate", "206, Content-Range", "226, ETag"})
        void requiredHeaders(int code, String header) {
            assertThat(HttpStatusInfo.of(code).requiredHeaders()).containsExactly(header);
        }

        @Test
        void onlyTheListedCodesRequireHeaders() {
            assertThat(codesWhere(i -> !i.requiredHeaders().isEmpty()))
                    .containsExactly(101, 206, 226, 401, 405, 407, 426);
        }

        @Test
        void recommendedHeaders() {
            // RFC 9110, section 15.3.2 names Location for 201 and nothing else.
            assertThat(HttpStatusInfo.of(201).recommendedHeaders()).containsExactly("Location");
            assertThat(HttpStatusInfo.of(308).recommendedHeaders()).containsExactly("Location");
            assertThat(HttpStatusInfo.of(503).recommendedHeaders()).containsExactly("Retry-After");
            assertThat(HttpStatusInfo.of(429).recommendedHeaders()).containsExactly("Retry-After");
            assertThat(HttpStatusInfo.of(413).recommendedHeaders()).containsExactly("Retry-After");
            assertThat(HttpStatusInfo.of(404).recommendedHeaders()).isEmpty();
        }

        @Test
        void headerSetsAreUnmodifiable() {
            assertThatThrownBy(() -> HttpStatusInfo.of(405).requiredHeaders().add("X"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> HttpStatusInfo.of(201).recommendedHeaders().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void unregisteredCodesCarryTheirClassBaseSemanticsButNeverCacheOrRedirect() {
            for (int code = 100; code <= 599; code++) {
                HttpStatusInfo info = HttpStatusInfo.of(code);
                if (info.isRegistered()) {
                    continue;
                }
                HttpStatusInfo base = info.understoodAs();
                assertThat(info.allowsContent()).as("content %s", code).isEqualTo(base.allowsContent());
                assertThat(info.retryability()).as("retry %s", code).isEqualTo(base.retryability());
                assertThat(info.retryAfterApplies()).as("retry-after %s", code).isEqualTo(base.retryAfterApplies());
                assertThat(info.permanence()).isEqualTo(base.permanence());
                assertThat(info.requiredHeaders()).isEqualTo(base.requiredHeaders());
                assertThat(info.isCacheableByDefault()).isFalse();
                assertThat(info.isStorable()).as("storable %s", code).isEqualTo(base.isStorable());
                assertThat(info.isRedirect()).isFalse();
                assertThat(info.preservesMethod()).isFalse();
                assertThat(info.methodRewrite()).isEqualTo(MethodRewrite.NONE);
                assertThat(info.reasonPhrase()).isEqualTo(info.statusClass().displayName());
                assertThat(info.description()).contains(String.valueOf(base.code()));
            }
        }
    }
}
