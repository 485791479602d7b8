package io.github.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    /** The outcome of one CLI run. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    class Lookup {

        @Test
        void printsTheCardOfACode() {
            Run run = run("308");
            assertThat(run.status()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("308 Permanent Redirect\n")
                    .contains("  class        3xx Redirection\n")
                    .contains("  registry     registered\n")
                    .contains("  permanence   permanent\n")
                    .contains("  redirect     followed; method and content kept\n")
                    .contains("  retry        not retryable; Retry-After applies\n")
                    .contains("  cacheable    yes, by default (heuristically)\n")
                    .contains("  content      allowed\n")
                    .contains("  required     -\n")
                    .contains("  recommended  Location\n")
                    .contains("  spec         RFC 9110, section 15.4.9  https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9\n")
                    .contains("same method and content");
        }

        @Test
        void cardOfAnUnregisteredCodeSaysHowItIsRead() {
            Run run = run("499");
            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("499 Client Error\n")
                    .contains("  registry     not registered\n")
                    .contains("  unofficial   Client Closed Request (nginx)\n")
                    .contains("  read as      400 Bad Request\n");
        }

        @Test
        void cardsCoverEveryRegistryStatusAndRule() {
            assertThat(run("104").out()).contains("registered, temporary");
            assertThat(run("418").out()).contains("registered as (Unused)");
            assertThat(run("510").out()).contains("registered, obsoleted");
            assertThat(run("302").out()).contains("POST becomes GET");
            assertThat(run("303").out()).contains("every method but HEAD becomes GET");
            assertThat(run("503").out()).contains("retryable if the request is idempotent; Retry-After applies");
            assertThat(run("429").out()).contains("retryable with any method");
            assertThat(run("204").out()).contains("content      never").contains("temporary\n".isEmpty() ? "" : "");
            assertThat(run("405").out()).contains("required     Allow");
            assertThat(run("418").out()).contains("only with explicit freshness");
        }

        @Test
        void findsACodeByConstantName() {
            Run run = run("NOT_FOUND");
            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("404 Not Found\n");
        }

        @Test
        void printsJson() {
            Run run = run("--json", "422");
            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("{\"code\":422,\"reasonPhrase\":\"Unprocessable Content\",\"class\":\"CLIENT_ERROR\"")
                    .contains("\"requiredHeaders\":[]")
                    .contains("\"specUrl\":\"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21\"")
                    .endsWith("}\n");
            assertThat(run("405", "--json").out()).contains("\"requiredHeaders\":[\"Allow\"]")
                    .contains("\"unofficialName\":null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2000", "600", "+200", "20"})
        void invalidCodeIsBadUsageWithAOneLineError(String code) {
            Run run = run(code);
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("httpstatus: invalid status code").endsWith("\n");
            assertThat(run.err().lines()).hasSize(1);
        }

        @Test
        void unknownNameMatchesNothing() {
            Run run = run("NO_SUCH_CODE");
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("httpstatus: nothing matched \"NO_SUCH_CODE\"\n");
        }

        @Test
        void aWordWithALetterIsANameAndOneWithoutIsACode() {
            assertThat(run("a").status()).isEqualTo(1);
            assertThat(run("z").status()).isEqualTo(1);
            assertThat(run("A").status()).isEqualTo(1);
            assertThat(run("Z").status()).isEqualTo(1);
            for (String word : new String[] {"@", "[", "`", "{", "2#0"}) {
                MainTest.Run run = run(word);
                assertThat(run.status()).as(word).isEqualTo(2);
                assertThat(run.err()).as(word).startsWith("httpstatus: invalid status code");
            }
        }

        @Test
        void twoCodesAreBadUsage() {
            assertThat(run("200", "404").status()).isEqualTo(2);
        }
    }

    @Nested
    class ListCodes {

        @Test
        void listsAllRegisteredCodes() {
            Run run = run("list");
            assertThat(run.status()).isZero();
            assertThat(run.out().lines()).hasSize(64).startsWith("100 Continue").endsWith("511 Network Authentication Required");
        }

        @Test
        void listsOneClass() {
            assertThat(run("list", "1xx").out()).isEqualTo("100 Continue\n101 Switching Protocols\n102 Processing\n"
                    + "103 Early Hints\n104 Upload Resumption Supported\n");
            assertThat(run("list", "5XX").out().lines()).hasSize(11);
        }

        @Test
        void listsTheUnofficialCodes() {
            assertThat(run("list", "unofficial").out().lines()).hasSize(20)
                    .contains("499 Client Closed Request (nginx, unregistered)");
        }

        @Test
        void listsAsJson() {
            assertThat(run("list", "2xx", "--json").out()).startsWith("[{\"code\":200,");
        }

        @Test
        void rejectsAnUnknownClass() {
            Run run = run("list", "6xx");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("httpstatus: unknown class \"6xx\": use 1xx, 2xx, 3xx, 4xx, 5xx or unofficial\n");
            assertThat(run("list", "1xx", "2xx").status()).isEqualTo(2);
        }
    }

    @Nested
    class Usage {

        @Test
        void helpListsEveryCommandAndTheExitStatuses() {
            Run run = run("--help");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("usage: java -jar httpstatus.jar")
                    .contains("search WORDS...").contains("list [").contains("reference")
                    .contains("exit status: 0 found, 1 nothing matched, 2 bad usage");
            for (Command command : Main.COMMANDS) {
                assertThat(run.out()).contains(command.name()).contains(command.summary());
            }
            assertThat(run("-h").out()).isEqualTo(run.out());
            assertThat(run("help").out()).isEqualTo(run.out());
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = ';', value = {
            // command; arguments as the help shows them
            "search;WORDS...",
            "list;[1xx|2xx|3xx|4xx|5xx|unofficial]",
            "reference;",
            "retry-after;VALUE",
            "redirect;METHOD STATUS",
            "recommend;OPERATION OUTCOME",
        })
        void helpShowsEachCommandWithItsArgumentsThenItsSummary(String name, String arguments) {
            Command command = Main.COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            String left = "  " + name + (arguments == null ? "" : " " + arguments);
            List<String> lines = run("--help").out().lines().filter(line -> line.startsWith(left + " ")).toList();

            assertThat(command.summary()).isNotBlank();
            assertThat(lines).hasSize(1);
            // Summaries start in one column, unless the command and its arguments are too wide for it.
            String expected = left + " ".repeat(Math.max(2, 34 - left.length())) + command.summary();
            assertThat(lines.get(0)).isEqualTo(expected);
        }

        @Test
        void helpStartsWithTheLookupOfOneCode() {
            List<String> lines = run("--help").out().lines().toList();
            assertThat(lines).contains("  CODE                            the card of one code, by number (308) "
                    + "or constant name (PERMANENT_REDIRECT)");
        }

        @Test
        void noArgumentsIsBadUsage() {
            Run run = run();
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("httpstatus: give a status code or a command; see --help\n");
            assertThat(run("--json").status()).isEqualTo(2);
        }

        @Test
        void unknownOptionIsBadUsageAndEscaped() {
            Run run = run("--colour\n");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("httpstatus: unknown option \"--colour\\n\"; see --help\n");
        }

        @Test
        void referenceTakesNoArguments() {
            assertThat(run("reference", "x").status()).isEqualTo(2);
            assertThat(run("reference", "--json").status()).isEqualTo(2);
            assertThat(run("reference").out()).startsWith("# Status code reference");
        }
    }

    @Test
    void jsonEscapesEverythingOutsidePrintableAscii() {
        assertThat(Json.write(java.util.Map.of("k", "a\"b\\c\nd\re\tf\u0001\u00e9")))
                .isEqualTo("{\"k\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001\\u00e9\"}");
        assertThat(Json.write(java.util.Arrays.asList(1, true, null, 'x'))).isEqualTo("[1,true,null,\"x\"]");
    }
}
