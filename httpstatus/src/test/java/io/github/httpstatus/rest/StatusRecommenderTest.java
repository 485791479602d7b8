package io.github.httpstatus.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.SpecReference;
import io.github.httpstatus.StatusClass;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRecommenderTest {

    private static final StatusRecommender REST = StatusRecommender.standard();

    /** Reads "9110 15.5.6" as RFC 9110, section 15.5.6. */
    private static SpecReference section(String shortForm) {
        String[] parts = shortForm.split(" ");
        return SpecReference.rfc(Integer.parseInt(parts[0]), parts[1]);
    }

    @Nested
    class CommonCrudTable {

        /** The table: each operation's success and usual errors. */
        @ParameterizedTest(name = "{0}: {2}")
        @CsvSource(delimiter = '|', value = {
            "LIST|DONE NOT_AUTHENTICATED NOT_ALLOWED|200 401 403",
            "READ|DONE NOT_AUTHENTICATED NOT_ALLOWED NOT_FOUND|200 401 403 404",
            "CREATE|DONE MALFORMED CONFLICT_DUPLICATE VALIDATION_FAILED|201 400 409 422",
            "REPLACE|DONE MALFORMED NOT_FOUND CONFLICT_STATE|200 400 404 409",
            "UPDATE|DONE MALFORMED NOT_FOUND VALIDATION_FAILED|200 400 404 422",
            "DELETE|DONE NOT_AUTHENTICATED NOT_ALLOWED NOT_FOUND|204 401 403 404",
        })
        void agreesWithIt(Operation operation, String outcomes, String codes) {
            String[] outcome = outcomes.split(" ");
            String[] code = codes.split(" ");
            for (int i = 0; i < outcome.length; i++) {
                assertThat(REST.recommend(operation, Outcome.valueOf(outcome[i])).status().code())
                        .as(operation + " " + outcome[i]).isEqualTo(Integer.parseInt(code[i]));
            }
        }

        @Test
        void knowsTheCasesBesideIt() {
            assertThat(REST.recommend(Operation.REPLACE, Outcome.CREATED).status().code()).isEqualTo(201);
            assertThat(REST.recommend(Operation.DELETE, Outcome.DONE_WITH_REPRESENTATION).status().code()).isEqualTo(200);
            assertThat(REST.recommend(Operation.ACTION, Outcome.ACCEPTED_FOR_LATER).status().code()).isEqualTo(202);
            assertThat(REST.recommend(Operation.CREATE, Outcome.MALFORMED).reason()).contains("syntax");
            assertThat(REST.recommend(Operation.CREATE, Outcome.VALIDATION_FAILED).reason()).contains("meaning");
        }
    }

    /**
     * Every operation with every outcome: the status, or {@code -} where the pair makes no sense.
     * Columns: LIST, READ, CREATE, REPLACE, UPDATE, DELETE, ACTION.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DONE                    | 200 | 200 | 201 | 200 | 200 | 204 | 200",
        "DONE_WITH_REPRESENTATION| 200 | 200 | 201 | 200 | 200 | 200 | 200",
        "DONE_WITH_NOTHING       |  -  |  -  | 201 | 204 | 204 | 204 | 204",
        "CREATED                 |  -  |  -  | 201 | 201 | 201 |  -  | 201",
        "ACCEPTED_FOR_LATER      |  -  |  -  | 202 | 202 | 202 | 202 | 202",
        "NOT_MODIFIED            | 304 | 304 |  -  |  -  |  -  |  -  |  -",
        "NOT_AUTHENTICATED       | 401 | 401 | 401 | 401 | 401 | 401 | 401",
        "NOT_ALLOWED             | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "HIDDEN                  | 404 | 404 | 404 | 404 | 404 | 404 | 404",
        "NOT_FOUND               | 404 | 404 | 404 | 404 | 404 | 404 | 404",
        "METHOD_NOT_ALLOWED      | 405 | 405 | 405 | 405 | 405 | 405 | 405",
        "CONFLICT_DUPLICATE      |  -  |  -  | 409 | 409 | 409 |  -  | 409",
        "CONFLICT_STATE          |  -  |  -  | 409 | 409 | 409 | 409 | 409",
        "STALE_VERSION           |  -  |  -  | 412 | 412 | 412 | 412 | 412",
        "PRECONDITION_REQUIRED   |  -  |  -  |  -  | 428 | 428 | 428 | 428",
        "MALFORMED               | 400 | 400 | 400 | 400 | 400 | 400 | 400",
        "VALIDATION_FAILED       |  -  |  -  | 422 | 422 | 422 |  -  | 422",
        "UNSUPPORTED_MEDIA_TYPE  |  -  |  -  | 415 | 415 | 415 |  -  | 415",
        "NOT_ACCEPTABLE          | 406 | 406 | 406 | 406 | 406 | 406 | 406",
        "CONTENT_TOO_LARGE       |  -  |  -  | 413 | 413 | 413 |  -  | 413",
        "RATE_LIMITED            | 429 | 429 | 429 | 429 | 429 | 429 | 429",
        "UNAVAILABLE             | 503 | 503 | 503 | 503 | 503 | 503 | 503",
        "UNEXPECTED_FAILURE      | 500 | 500 | 500 | 500 | 500 | 500 | 500",
    })
    void answersEveryPairOrRefusesIt(Outcome outcome, String list, String read, String create, String replace,
            String update, String delete, String action) {
        String[] expected = {list, read, create, replace, update, delete, action};
        Operation[] operations = {Operation.LIST, Operation.READ, Operation.CREATE, Operation.REPLACE, Operation.UPDATE,
            Operation.DELETE, Operation.ACTION};
        for (int i = 0; i < operations.length; i++) {
            Operation operation = operations[i];
            if (expected[i].equals("-")) {
                assertThatThrownBy(() -> REST.recommend(operation, outcome)).as(operation + " " + outcome)
                        .isExactlyInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith(operation + " with outcome " + outcome + " makes no sense: ");
            } else {
                assertThat(REST.recommend(operation, outcome).status().code()).as(operation + " " + outcome)
                        .isEqualTo(Integer.parseInt(expected[i]));
            }
        }
    }

    /** One row per outcome (and per special case): the headers, the content and the section cited. */
    @ParameterizedTest(name = "{0} {1}: {2} ({5})")
    @CsvSource(delimiter = '|', value = {
        "LIST|DONE|200|''|true|9110 15.3.1",
        "READ|DONE|200|ETag|true|9110 15.3.1",
        "CREATE|DONE|201|Location,ETag|true|9110 9.3.3",
        "REPLACE|DONE|200|''|true|9110 15.3.1",
        "UPDATE|DONE|200|ETag|true|9110 15.3.1",
        "DELETE|DONE|204|''|false|9110 9.3.5",
        "ACTION|DONE|200|''|true|9110 15.3.1",
        "DELETE|DONE_WITH_REPRESENTATION|200|''|true|9110 9.3.5",
        "CREATE|DONE_WITH_REPRESENTATION|201|Location,ETag|true|9110 9.3.3",
        "UPDATE|DONE_WITH_NOTHING|204|''|false|9110 15.3.5",
        "CREATE|DONE_WITH_NOTHING|201|Location,ETag|false|9110 9.3.3",
        "DELETE|DONE_WITH_NOTHING|204|''|false|9110 9.3.5",
        "REPLACE|CREATED|201|''|true|9110 9.3.4",
        "UPDATE|CREATED|201|ETag|true|5789 2",
        "ACTION|CREATED|201|Location|true|9110 9.3.3",
        "ACTION|ACCEPTED_FOR_LATER|202|Location|true|9110 15.3.3",
        "DELETE|ACCEPTED_FOR_LATER|202|Location|true|9110 15.3.3",
        "READ|NOT_MODIFIED|304|ETag|false|9110 15.4.5",
        "READ|NOT_AUTHENTICATED|401|WWW-Authenticate|true|9110 15.5.2",
        "LIST|NOT_ALLOWED|403|''|true|9110 15.5.4",
        "READ|HIDDEN|404|''|true|9110 15.5.4",
        "READ|NOT_FOUND|404|''|true|9110 15.5.5",
        "DELETE|METHOD_NOT_ALLOWED|405|Allow|true|9110 15.5.6",
        "CREATE|CONFLICT_DUPLICATE|409|''|true|9110 15.5.10",
        "REPLACE|CONFLICT_STATE|409|''|true|9110 15.5.10",
        "UPDATE|STALE_VERSION|412|''|true|9110 15.5.13",
        "DELETE|PRECONDITION_REQUIRED|428|''|true|6585 3",
        "CREATE|MALFORMED|400|''|true|9110 15.5.1",
        "UPDATE|VALIDATION_FAILED|422|''|true|9110 15.5.21",
        "CREATE|UNSUPPORTED_MEDIA_TYPE|415|Accept|true|9110 15.5.16",
        "UPDATE|UNSUPPORTED_MEDIA_TYPE|415|Accept-Patch|true|5789 2.2",
        "READ|NOT_ACCEPTABLE|406|''|true|9110 15.5.7",
        "CREATE|CONTENT_TOO_LARGE|413|''|true|9110 15.5.14",
        "LIST|RATE_LIMITED|429|Retry-After|true|6585 4",
        "READ|UNAVAILABLE|503|Retry-After|true|9110 15.6.4",
        "ACTION|UNEXPECTED_FAILURE|500|''|true|9110 15.6.1",
    })
    void namesHeadersContentAndSection(Operation operation, Outcome outcome, int code, String headers, boolean content,
            String cited) {
        Recommendation recommendation = REST.recommend(operation, outcome);
        assertThat(recommendation.status().code()).isEqualTo(code);
        assertThat(String.join(",", recommendation.headers())).isEqualTo(headers);
        assertThat(recommendation.sendContent()).isEqualTo(content);
        assertThat(recommendation.section()).isEqualTo(section(cited));
    }

    @Test
    void everyAnswerKeepsTheStatusRules() {
        for (Operation operation : Operation.values()) {
            for (Outcome outcome : Outcome.values()) {
                if (Pairs.nonsense(operation, outcome) != null) {
                    continue;
                }
                Recommendation recommendation = REST.recommend(operation, outcome);
                HttpStatusInfo status = recommendation.status();
                String pair = operation + " " + outcome;
                assertThat(status.statusClass()).as(pair).isEqualTo(expectedClass(outcome));
                assertThat(recommendation.headers()).as(pair).containsAll(status.requiredHeaders());
                assertThat(!recommendation.sendContent() || status.allowsContent()).as(pair).isTrue();
                assertThat(recommendation.sendContent() || !status.isError()).as(pair + ": errors explain").isTrue();
                assertThat(recommendation.reason()).as(pair).matches("[\\x20-\\x7E]{10,120}");
            }
        }
    }

    private static StatusClass expectedClass(Outcome outcome) {
        return switch (outcome) {
            case DONE, DONE_WITH_REPRESENTATION, DONE_WITH_NOTHING, CREATED, ACCEPTED_FOR_LATER -> StatusClass.SUCCESSFUL;
            case NOT_MODIFIED -> StatusClass.REDIRECTION;
            case UNAVAILABLE, UNEXPECTED_FAILURE -> StatusClass.SERVER_ERROR;
            case NOT_AUTHENTICATED, NOT_ALLOWED, HIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT_DUPLICATE, CONFLICT_STATE,
                    STALE_VERSION, PRECONDITION_REQUIRED, MALFORMED, VALIDATION_FAILED, UNSUPPORTED_MEDIA_TYPE,
                    NOT_ACCEPTABLE, CONTENT_TOO_LARGE, RATE_LIMITED -> StatusClass.CLIENT_ERROR;
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "LIST|CREATED|only POST, PUT and PATCH create resources",
        "DELETE|CREATED|only POST, PUT and PATCH create resources",
        "CREATE|NOT_MODIFIED|only a conditional GET can be answered 304",
        "READ|DONE_WITH_NOTHING|a read returns a representation: an empty collection is one, a missing resource is NOT_FOUND",
        "READ|ACCEPTED_FOR_LATER|a read is answered now",
        "LIST|CONFLICT_DUPLICATE|only a request that creates or changes data can duplicate it",
        "DELETE|CONFLICT_DUPLICATE|only a request that creates or changes data can duplicate it",
        "READ|CONFLICT_STATE|a read does not change state",
        "LIST|STALE_VERSION|a read does not change state",
        "CREATE|PRECONDITION_REQUIRED|only a change to an existing resource needs If-Match",
        "DELETE|VALIDATION_FAILED|DELETE (DELETE) sends no content to check",
        "READ|CONTENT_TOO_LARGE|READ (GET) sends no content to check",
        "LIST|UNSUPPORTED_MEDIA_TYPE|LIST (GET) sends no content to check",
    })
    void refusesPairsThatMakeNoSense(Operation operation, Outcome outcome, String why) {
        assertThatThrownBy(() -> REST.recommend(operation, outcome)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(operation + " with outcome " + outcome + " makes no sense: " + why);
    }

    @Nested
    class Style {

        @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
        @CsvSource(delimiter = '|', value = {
            "validation 400|CREATE|VALIDATION_FAILED|400|9110 15.5.1|true",
            "state conflict 422|REPLACE|CONFLICT_STATE|422|9110 15.5.21|true",
            "state conflict 422|CREATE|CONFLICT_DUPLICATE|409|9110 15.5.10|true",
            "updates without content|UPDATE|DONE|204|9110 15.3.5|false",
            "updates without content|REPLACE|DONE|204|9110 15.3.5|false",
            "updates without content|UPDATE|DONE_WITH_REPRESENTATION|200|9110 15.3.1|true",
            "delete with content|DELETE|DONE|200|9110 9.3.5|true",
            "forbidden hidden|READ|NOT_ALLOWED|404|9110 15.5.4|true",
            "forbidden hidden|LIST|NOT_AUTHENTICATED|401|9110 15.5.2|true",
        })
        void changesOnlyWhatItSays(String option, Operation operation, Outcome outcome, int code, String cited,
                boolean content) {
            RestStyle style = switch (option) {
                case "validation 400" -> RestStyle.standard().withValidationStatus(400);
                case "state conflict 422" -> RestStyle.standard().withStateConflictStatus(422);
                case "updates without content" -> RestStyle.standard().withUpdatesReturningContent(false);
                case "delete with content" -> RestStyle.standard().withDeleteReturningContent(true);
                case "forbidden hidden" -> RestStyle.standard().withForbiddenHidden(true);
                default -> throw new IllegalArgumentException(option);
            };
            Recommendation recommendation = StatusRecommender.of(style).recommend(operation, outcome);
            assertThat(recommendation.status().code()).isEqualTo(code);
            assertThat(recommendation.section()).isEqualTo(section(cited));
            assertThat(recommendation.sendContent()).isEqualTo(content);
            if (code != REST.recommend(operation, outcome).status().code()) {
                assertThat(recommendation.reason()).contains("style option");
            }
        }

        @Test
        void isAnImmutableValueWithChecks() {
            RestStyle standard = RestStyle.standard();
            assertThat(standard.validationStatus()).isEqualTo(422);
            assertThat(standard.stateConflictStatus()).isEqualTo(409);
            assertThat(standard.updatesReturnContent()).isTrue();
            assertThat(standard.deleteReturnsContent()).isFalse();
            assertThat(standard.hidesForbidden()).isFalse();
            assertThat(standard.withValidationStatus(422)).isSameAs(standard);
            assertThat(standard.withStateConflictStatus(409)).isSameAs(standard);
            assertThat(standard.withUpdatesReturningContent(true)).isSameAs(standard);
            assertThat(standard.withDeleteReturningContent(false)).isSameAs(standard);
            assertThat(standard.withForbiddenHidden(false)).isSameAs(standard);
            assertThat(standard.withValidationStatus(400).withValidationStatus(422)).isEqualTo(standard);
            assertThat(standard.withForbiddenHidden(true).hidesForbidden()).isTrue();
            assertThatThrownBy(() -> standard.withValidationStatus(409)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a validation failure is answered 422 or 400, not 409");
            assertThatThrownBy(() -> standard.withStateConflictStatus(400))
                    .hasMessage("a state conflict is answered 409 or 422, not 400");
        }

        @Test
        void equalsComparesEveryOptionAndToStringNamesThem() {
            RestStyle standard = RestStyle.standard();
            List<RestStyle> others = List.of(standard.withValidationStatus(400), standard.withStateConflictStatus(422),
                    standard.withUpdatesReturningContent(false), standard.withDeleteReturningContent(true),
                    standard.withForbiddenHidden(true));
            for (RestStyle other : others) {
                assertThat(other).as(other.toString()).isNotEqualTo(standard);
            }
            // Every option takes part in the hash: no two of these six styles share one.
            assertThat(others.stream().mapToInt(RestStyle::hashCode).distinct().count()).isEqualTo(others.size());
            assertThat(others).extracting(RestStyle::hashCode).doesNotContain(standard.hashCode());
            RestStyle roundTrip = standard.withForbiddenHidden(true).withForbiddenHidden(false);
            assertThat(roundTrip).isNotSameAs(standard).isEqualTo(standard).hasSameHashCodeAs(standard);
            assertThat(standard).isNotEqualTo(null).isNotEqualTo("RestStyle");
            assertThat(standard).hasToString("RestStyle[validationStatus=422, stateConflictStatus=409, "
                    + "updatesReturnContent=true, deleteReturnsContent=false, hidesForbidden=false]");
        }

        @Test
        void theDefaultStyleGivesTheStandardRecommender() {
            assertThat(StatusRecommender.of(RestStyle.standard())).isSameAs(REST);
            assertThat(REST.style()).isSameAs(RestStyle.standard());
            StatusRecommender custom = StatusRecommender.of(RestStyle.standard().withValidationStatus(400));
            assertThat(custom).isNotSameAs(REST)
                    .hasToString("StatusRecommender[RestStyle[validationStatus=400, stateConflictStatus=409, "
                            + "updatesReturnContent=true, deleteReturnsContent=false, hidesForbidden=false]]");
            assertThatThrownBy(() -> StatusRecommender.of(null)).hasMessage("style");
        }
    }

    @Nested
    class Recommendations {

        @Test
        void readOnOneLine() {
            assertThat(REST.recommend(Operation.DELETE, Outcome.DONE)).hasToString("204 No Content [] without content: "
                    + "deleted; nothing to send back (RFC 9110, section 9.3.5)");
            assertThat(REST.recommend(Operation.CREATE, Outcome.DONE)).hasToString("201 Created [Location, ETag] with "
                    + "content: created; Location names the new resource (RFC 9110, section 9.3.3)");
        }

        @Test
        void refuseNullsAndCopyTheHeaders() {
            assertThatThrownBy(() -> REST.recommend(null, Outcome.DONE)).hasMessage("operation");
            assertThatThrownBy(() -> REST.recommend(Operation.READ, null)).hasMessage("outcome");
            HttpStatusInfo ok = HttpStatusInfo.of(200);
            SpecReference section = ok.specReference();
            assertThatThrownBy(() -> new Recommendation(null, List.of(), true, "r", section)).hasMessage("status");
            assertThatThrownBy(() -> new Recommendation(ok, null, true, "r", section)).hasMessage("headers");
            assertThatThrownBy(() -> new Recommendation(ok, List.of(), true, null, section)).hasMessage("reason");
            assertThatThrownBy(() -> new Recommendation(ok, List.of(), true, "r", null)).hasMessage("section");
            List<String> headers = new java.util.ArrayList<>(List.of("ETag"));
            Recommendation recommendation = new Recommendation(ok, headers, true, "r", section);
            headers.add("Location");
            assertThat(recommendation.headers()).containsExactly("ETag");
        }
    }

    @Nested
    class Operations {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({"LIST, GET, true", "READ, GET, true", "CREATE, POST, false", "REPLACE, PUT, false",
            "UPDATE, PATCH, false", "DELETE, DELETE, false", "ACTION, POST, false"})
        void knowTheirMethods(Operation operation, String method, boolean read) {
            assertThat(operation.method()).isEqualTo(HttpMethod.of(method));
            assertThat(operation.isRead()).isEqualTo(read);
        }
    }
}
