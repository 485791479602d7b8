package io.github.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchCommandTest {

    /** The outcome of one search: exit status and standard output. */
    private record Result(int status, String out) {
    }

    private static Result search(boolean json, String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new SearchCommand().run(List.of(words), json, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsOneLinePerHitWithHowItMatched() {
        Result result = search(false, "rate", "limit");
        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("429 Too Many Requests  [search terms]\n503 Service Unavailable  [search terms]\n");
    }

    @Test
    void wordsMayComeInOneArgumentOrMany() {
        assertThat(search(false, "not found").out()).isEqualTo(search(false, "not", "found").out())
                .startsWith("404 Not Found  [exact phrase]\n");
    }

    @Test
    void vendorCodesShowTheirVendorName() {
        assertThat(search(false, "client closed request").out())
                .startsWith("499 Client Closed Request (nginx, unregistered)  [exact phrase]\n");
    }

    @Test
    void findsByCodeAndClass() {
        assertThat(search(false, "422").out()).isEqualTo("422 Unprocessable Content  [code]\n");
        assertThat(search(false, "1xx").out()).startsWith("100 Continue  [code]\n101 Switching Protocols  [code]\n");
    }

    @Test
    void printsJsonObjectsWithCodePhraseAndMatch() {
        Result result = search(true, "unprocessable", "entity");
        assertThat(result.status()).isZero();
        assertThat(result.out())
                .isEqualTo("[{\"code\":422,\"reasonPhrase\":\"Unprocessable Content\",\"match\":\"EXACT_PHRASE\"}]\n");
        assertThat(search(true, "499").out()).isEqualTo("[{\"code\":499,\"reasonPhrase\":\"Client Error\","
                + "\"unofficialName\":\"Client Closed Request\",\"match\":\"CODE\"}]\n");
    }

    @Test
    void nothingMatchedIsExitStatusOne() {
        Result text = search(false, "zzzz");
        assertThat(text.status()).isEqualTo(Command.NOTHING_MATCHED);
        assertThat(text.out()).isEmpty();
        Result json = search(true, "zzzz");
        assertThat(json.status()).isEqualTo(Command.NOTHING_MATCHED);
        assertThat(json.out()).isEqualTo("[]\n");
    }

    @Test
    void throughMainNothingMatchedIsSaidOnStandardError() {
        MainTest.Run run = MainTest.run("search", "zzzz");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("nothing matched").contains("zzzz");
    }

    @Test
    void needsAWord() {
        assertThatThrownBy(() -> search(false)).isInstanceOf(UsageException.class)
                .hasMessage("search needs at least one word");
        assertThatThrownBy(() -> search(false, " ", "\t")).isInstanceOf(UsageException.class);
    }

    @Test
    void labelsEveryMatchInWords() {
        assertThat(SearchCommand.label(io.github.httpstatus.search.SearchHit.Match.PHRASE_WORDS)).isEqualTo("phrase words");
    }
}
