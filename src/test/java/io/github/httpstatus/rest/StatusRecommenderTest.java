package io.github.httpstatus.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.StatusClass;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRecommenderTest {

    private static final StatusRecommender REST = StatusRecommender.standard();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // the common CRUD table, success and usual errors (docs/rest.md)
        "LIST, DONE, 200", "LIST, NOT_AUTHENTICATED, 401", "LIST, NOT_ALLOWED, 403",
        "READ, DONE, 200", "READ, NOT_AUTHENTICATED, 401", "READ, NOT_ALLOWED, 403", "READ, NOT_FOUND, 404",
        "CREATE, DONE, 201", "CREATE, MALFORMED, 400", "CREATE, CONFLICT_DUPLICATE, 409", "CREATE, VALIDATION_FAILED, 422",
        "REPLACE, DONE, 200", "REPLACE, MALFORMED, 400", "REPLACE, NOT_FOUND, 404", "REPLACE, CONFLICT_STATE, 409",
        "UPDATE, DONE, 200", "UPDATE, MALFORMED, 400", "UPDATE, NOT_FOUND, 404", "UPDATE, VALIDATION_FAILED, 422",
        "DELETE, DONE, 204", "DELETE, NOT_AUTHENTICATED, 401", "DELETE, NOT_ALLOWED, 403", "DELETE, NOT_FOUND, 404",
        // what else it knows
        "REPLACE, CREATED, 201", "DELETE, DONE_WITH_REPRESENTATION, 200", "ACTION, ACCEPTED_FOR_LATER, 202",
        "CREATE, ACCEPTED_FOR_LATER, 202", "READ, NOT_MODIFIED, 304", "LIST, NOT_MODIFIED, 304",
        "READ, HIDDEN, 404", "DELETE, METHOD_NOT_ALLOWED, 405", "UPDATE, STALE_VERSION, 412",
        "DELETE, PRECONDITION_REQUIRED, 428", "CREATE, UNSUPPORTED_MEDIA_TYPE, 415", "READ, NOT_ACCEPTABLE, 406",
        "CREATE, CONTENT_TOO_LARGE, 413", "LIST, RATE_LIMITED, 429", "READ, UNAVAILABLE, 503",
        "ACTION, UNEXPECTED_FAILURE, 500", "ACTION, DONE, 200", "UPDATE, DONE_WITH_NOTHING, 204",
        "CREATE, DONE_WITH_NOTHING, 201", "CREATE, DONE_WITH_REPRESENTATION, 201", "ACTION, CREATED, 201",
    })
    void followsTheCrudTable(Operation operation, Outcome outcome, int status) {
        assertThat(REST.recommend(operation, outcome).status().code()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "CREATE|DONE|Location,ETag",
        "REPLACE|CREATED|Location,ETag",
        "READ|DONE|ETag",
        "LIST|DONE|''",
        "ACTION|ACCEPTED_FOR_LATER|Location",
        "READ|NOT_MODIFIED|ETag",
        "READ|NOT_AUTHENTICATED|WWW-Authenticate",
        "DELETE|METHOD_NOT_ALLOWED|Allow",
        "UPDATE|UNSUPPORTED_MEDIA_TYPE|Accept-Patch",
        "CREATE|UNSUPPORTED_MEDIA_TYPE|Accept",
        "LIST|RATE_LIMITED|Retry-After",
        "READ|UNAVAILABLE|Retry-After",
        "READ|HIDDEN|''",
    })
    void namesTheHeadersToSend(Operation operation, Outcome outcome, String headers) {
        Recommendation recommendation = REST.recommend(operation, outcome);
        assertThat(String.join(",", recommendation.headers())).isEqualTo(headers);
        for (String required : recommendation.status().requiredHeaders()) {
            assertThat(recommendation.headers()).contains(required);
        }
    }

    @Test
    void saysWhetherToSendContentAndWhy() {
        Recommendation deleted = REST.recommend(Operation.DELETE, Outcome.DONE);
        assertThat(deleted.sendContent()).isFalse();
        assertThat(deleted).hasToString("204 No Content [] without content: deleted; nothing to send back "
                + "(RFC 9110, section 15.3.5)");
        assertThat(REST.recommend(Operation.READ, Outcome.NOT_MODIFIED).sendContent()).isFalse();
        assertThat(REST.recommend(Operation.READ, Outcome.NOT_FOUND).sendContent()).isTrue();
        Recommendation hidden = REST.recommend(Operation.READ, Outcome.HIDDEN);
        assertThat(hidden.section().toString()).isEqualTo("RFC 9110, section 15.5.4");
        assertThat(REST.recommend(Operation.CREATE, Outcome.VALIDATION_FAILED).reason())
                .contains("well formed but its meaning is wrong");
        assertThat(REST.recommend(Operation.CREATE, Outcome.MALFORMED).reason()).contains("422 is for well-formed content");
    }

    @Test
    void everyValidPairGivesAStatusOfTheRightClass() {
        for (Operation operation : Operation.values()) {
            for (Outcome outcome : Outcome.values()) {
                Recommendation recommendation;
                try {
                    recommendation = REST.recommend(operation, outcome);
                } catch (IllegalArgumentException e) {
                    assertThat(e.getMessage()).startsWith(operation + " with outcome " + outcome + " makes no sense: ");
                    continue;
                }
                StatusClass expected = switch (outcome) {
                    case DONE, DONE_WITH_REPRESENTATION, DONE_WITH_NOTHING, CREATED, ACCEPTED_FOR_LATER -> StatusClass.SUCCESSFUL;
                    case NOT_MODIFIED -> StatusClass.REDIRECTION;
                    case UNAVAILABLE, UNEXPECTED_FAILURE -> StatusClass.SERVER_ERROR;
                    default -> StatusClass.CLIENT_ERROR;
                };
                assertThat(recommendation.status().statusClass()).as(operation + " " + outcome).isEqualTo(expected);
                assertThat(recommendation.sendContent()).isEqualTo(recommendation.status().allowsContent()
                        && recommendation.sendContent());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "LIST|CREATED|only POST and PUT create resources",
        "DELETE|CREATED|only POST and PUT create resources",
        "CREATE|NOT_MODIFIED|only a conditional GET can be answered 304",
        "READ|DONE_WITH_NOTHING|a read returns a representation; use NOT_FOUND when there is none",
        "READ|ACCEPTED_FOR_LATER|a read is answered now",
        "LIST|CONFLICT_DUPLICATE|only a request that creates or changes data can duplicate it",
        "READ|CONFLICT_STATE|a read does not change state",
        "CREATE|PRECONDITION_REQUIRED|only a change to an existing resource needs If-Match",
        "DELETE|VALIDATION_FAILED|DELETE (DELETE) sends no content to check",
        "READ|CONTENT_TOO_LARGE|READ (GET) sends no content to check",
    })
    void refusesPairsThatMakeNoSense(Operation operation, Outcome outcome, String why) {
        assertThatThrownBy(() -> REST.recommend(operation, outcome)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(operation + " with outcome " + outcome + " makes no sense: " + why);
    }

    @Test
    void styleOptions() {
        StatusRecommender style = StatusRecommender.builder().validationStatus(400).updatesReturnContent(false)
                .deleteReturnsContent(true).build();
        assertThat(style.recommend(Operation.CREATE, Outcome.VALIDATION_FAILED).status().code()).isEqualTo(400);
        assertThat(style.recommend(Operation.UPDATE, Outcome.DONE).status().code()).isEqualTo(204);
        assertThat(style.recommend(Operation.REPLACE, Outcome.DONE).sendContent()).isFalse();
        assertThat(style.recommend(Operation.DELETE, Outcome.DONE).status().code()).isEqualTo(200);
        assertThat(style).hasToString("StatusRecommender[validation 400, updates 204, delete 200]");
        assertThat(REST).hasToString("StatusRecommender[validation 422, updates 200, delete 204]");
        assertThatThrownBy(() -> StatusRecommender.builder().validationStatus(409))
                .hasMessage("validation failures are 422 or 400, not 409");
        assertThatThrownBy(() -> REST.recommend(null, Outcome.DONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Recommendation(null, java.util.List.of(), true, "r", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void operationsKnowTheirMethods() {
        assertThat(Operation.REPLACE.method()).isEqualTo("PUT");
        assertThat(Operation.UPDATE.method()).isEqualTo("PATCH");
        assertThat(Operation.LIST.isRead()).isTrue();
        assertThat(Operation.ACTION.isRead()).isFalse();
    }
}
