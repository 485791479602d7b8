package io.github.httpstatus.cli;

import static io.github.httpstatus.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecommendCommandTest {

    @Test
    void recommendsForCreateConflict() {
        MainTest.Run run = run("recommend", "create", "conflict");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("POST (create), conflict-duplicate: 409 Conflict\n"
                + "  headers  -\n  content  yes\n"
                + "  why      the resource already exists; say which one in the content\n"
                + "  spec     RFC 9110, section 15.5.10\n");
    }

    @Test
    void acceptsEnumNamesAndCommonWords() {
        assertThat(run("recommend", "put", "conflict").out()).startsWith("PUT (replace), conflict-state: 409 Conflict");
        assertThat(run("recommend", "CREATE", "DONE").out()).contains("201 Created").contains("headers  Location, ETag");
        assertThat(run("recommend", "delete", "ok").out()).contains("204 No Content").contains("content  no");
        assertThat(run("recommend", "read", "hidden").out()).contains("404 Not Found");
        assertThat(run("recommend", "get", "not_modified").out()).contains("304 Not Modified");
        assertThat(run("recommend", "patch", "invalid").out()).contains("422 Unprocessable Content");
        assertThat(run("recommend", "action", "async").out()).contains("202 Accepted");
    }

    @Test
    void printsJson() {
        assertThat(run("recommend", "--json", "list", "throttled").out()).isEqualTo("{\"operation\":\"LIST\",\"method\":"
                + "\"GET\",\"outcome\":\"RATE_LIMITED\",\"status\":{\"code\":429,\"reasonPhrase\":\"Too Many Requests\"},"
                + "\"headers\":[\"Retry-After\"],\"sendContent\":true,"
                + "\"reason\":\"too many requests; Retry-After says when to come back\","
                + "\"spec\":{\"document\":\"RFC 6585\",\"section\":\"4\",\"url\":\"https://www.rfc-editor.org/rfc/rfc6585#section-4\"}}\n");
    }

    @Test
    void unknownWordsAndNonsenseAreUsageErrors() {
        MainTest.Run operation = run("recommend", "fetch", "done");
        assertThat(operation.status()).isEqualTo(2);
        assertThat(operation.err()).isEqualTo("httpstatus: unknown operation \"fetch\"; use one of list, read, create, "
                + "replace, update, delete, action\n");
        MainTest.Run outcome = run("recommend", "create", "meh");
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("httpstatus: unknown outcome \"meh\"; use one of done, done-with-representation,")
                .endsWith(", conflict\n");
        assertThat(run("recommend", "list", "created").err())
                .isEqualTo("httpstatus: LIST with outcome CREATED makes no sense: only POST, PUT and PATCH create resources\n");
        assertThat(run("recommend", "list").status()).isEqualTo(2);
    }

    @Test
    void swappedArgumentsAreNamedWithWhatToType() {
        MainTest.Run run = run("recommend", "conflict", "create");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("httpstatus: the operation comes first, then the outcome; did you mean: "
                + "recommend create conflict\n");
        // Only when the swap makes sense: an unknown word is named as such.
        assertThat(run("recommend", "meh", "create").err()).startsWith("httpstatus: unknown operation \"meh\"");
        assertThat(run("recommend", "done", "meh").err()).startsWith("httpstatus: unknown operation \"done\"");
        assertThat(run("recommend", "get", "create").err()).startsWith("httpstatus: unknown outcome \"create\"");
    }
}
