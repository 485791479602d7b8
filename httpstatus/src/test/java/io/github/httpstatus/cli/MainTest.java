package io.github.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
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
                    .contains("  redirect     followed; method and content kept; waits for a valid Retry-After first\n")
                    .contains("  retry        not retried\n")
                    .contains("  cache        storable; heuristically cacheable without explicit freshness\n")
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
            assertThat(run("503").out()).contains("retry        retried for idempotent methods (or with an "
                    + "Idempotency-Key); a valid Retry-After is honoured\n");
            assertThat(run("429").out()).contains("retry        retried for any method; a valid Retry-After is honoured\n")
                    .contains("cache        must not be stored, even with explicit freshness (RFC 6585, section 4)\n");
            assertThat(run("413").out()).contains("retry        retried for any method when Retry-After is valid; "
                    + "not retried without one\n");
            assertThat(run("103").out()).contains("cache        never stored: an interim response (RFC 9111, section 3)\n");
            assertThat(run("204").out()).contains("content      never");
            assertThat(run("405").out()).contains("required     Allow");
            assertThat(run("418").out()).contains("cache        storable with explicit freshness only\n");
            assertThat(run("303").out()).contains("permanence   unspecified\n");
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
            assertThat(run.out()).isEqualTo("{\"code\":422,\"reasonPhrase\":\"Unprocessable Content\",\"class\":\"CLIENT_ERROR\","
                    + "\"registered\":true,\"registryStatus\":\"PERMANENT\","
                    + "\"understoodAs\":{\"code\":422,\"reasonPhrase\":\"Unprocessable Content\"},\"unofficial\":null,"
                    + "\"permanence\":\"UNSPECIFIED\",\"redirect\":false,\"preservesMethod\":false,\"methodRewrite\":\"NONE\","
                    + "\"retryability\":\"NOT_RETRYABLE\",\"retry\":\"NEVER\",\"retryAfterApplies\":false,\"storable\":true,"
                    + "\"cacheableByDefault\":false,\"allowsContent\":true,\"requiredHeaders\":[],\"recommendedHeaders\":[],"
                    + "\"spec\":{\"document\":\"RFC 9110\",\"section\":\"15.5.21\","
                    + "\"url\":\"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21\"},"
                    + "\"description\":\"" + io.github.httpstatus.HttpStatusInfo.of(422).description() + "\"}\n");
            assertThat(run("405", "--json").out()).contains("\"requiredHeaders\":[\"Allow\"]");
            assertThat(run("499", "--json").out())
                    .contains("\"understoodAs\":{\"code\":400,\"reasonPhrase\":\"Bad Request\"}")
                    .contains("\"unofficial\":{\"name\":\"Client Closed Request\",\"origin\":\"nginx\",");
            assertThat(run("429", "--json").out()).contains("\"retry\":\"ANY_REQUEST\"").contains("\"storable\":false");
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
        void aWordThatIsNoNameIsSearchedAndMayMatchNothing() {
            Run run = run("NO_SUCH_THING");
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("httpstatus: nothing matched \"NO_SUCH_THING\"\n");
        }

        @Test
        void aWordWithALetterIsANameOrSearchedAndOneWithoutIsACode() {
            for (String word : new String[] {"a", "z", "A", "Z"}) {
                assertThat(run(word).err()).as(word).doesNotContain("invalid status code");
                assertThat(run(word).out()).as(word).isEqualTo(run("search", word).out());
            }
            for (String word : new String[] {"@", "[", "`", "{", "2#0"}) {
                MainTest.Run run = run(word);
                assertThat(run.status()).as(word).isEqualTo(2);
                assertThat(run.err()).as(word).startsWith("httpstatus: invalid status code");
            }
        }

        @Test
        void theLookupItselfMatchesNothingForAnUnknownName() {
            // Main sends only known names here; the command still answers for any word.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = new LookupCommand().run(List.of("NO_SUCH_THING"), false,
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(Command.NOTHING_MATCHED);
            assertThat(out.size()).isZero();
        }

        @Test
        void aConstantNameInAnyCaseIsLookedUp() {
            assertThat(run("gone").out()).startsWith("410 Gone\n");
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
            assertThat(run.out()).contains("usage: java -jar httpstatus-<version>.jar")
                    .contains("search WORDS...").contains("list [").contains("reference")
                    .contains("--version").contains("--json").contains("  --  ")
                    .contains("exit status: 0 answered, 1 nothing matched, 2 bad usage or invalid input");
            for (Command command : Main.COMMANDS) {
                assertThat(run.out()).contains(command.name()).contains(command.summary());
            }
            assertThat(run("-h").out()).isEqualTo(run.out());
            assertThat(run("help").out()).isEqualTo(run.out());
            assertThat(run("help", "search").out()).isEqualTo(run.out());
            assertThat(run("404", "--help").out()).isEqualTo(run.out());
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
            "completion;bash|zsh",
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
            assertThat(run.err()).isEqualTo("httpstatus: unknown option '--colour\\n'; see --help\n");
        }

        @Test
        void referenceTakesNoArguments() {
            assertThat(run("reference", "x").status()).isEqualTo(2);
            assertThat(run("reference", "--json").status()).isEqualTo(2);
            assertThat(run("reference").out()).startsWith("# Status code reference");
        }
    }

    @Nested
    class Guidance {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"serch, search", "lsit, list", "redirct, redirect", "recomend, recommend", "Search, search",
            "retry-afer, retry-after", "hepl, help", "refrence, reference", "completon, completion"})
        void aMisspeltCommandIsNamed(String typed, String meant) {
            Run run = run(typed, "teapot");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("httpstatus: unknown command '" + typed + "'; did you mean '" + meant + "'?\n");
        }

        @Test
        void wordsWithoutACommandAreSearched() {
            Run words = run("Not", "Found");
            Run search = run("search", "Not", "Found");
            assertThat(words.status()).isZero();
            assertThat(words.out()).isEqualTo(search.out()).contains("404 Not Found");
            assertThat(run("teapot").out()).isEqualTo(run("search", "teapot").out());
        }

        @Test
        void aWordWithoutACloseCommandIsNotTakenForATypo() {
            // "Not" is three edits from "list": searched, not refused.
            assertThat(run("Not", "Found").err()).isEmpty();
            assertThat(run("zzzzzz", "yyyy").err()).isEqualTo("httpstatus: nothing matched \"zzzzzz yyyy\"\n");
        }

        @Test
        void aMisspeltOptionIsNamed() {
            Run run = run("--jsn", "404");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("httpstatus: unknown option '--jsn'; did you mean '--json'?\n");
            assertThat(run("--verison").err()).isEqualTo("httpstatus: unknown option '--verison'; did you mean '--version'?\n");
            assertThat(run("-x").err()).isEqualTo("httpstatus: unknown option '-x'; see --help\n");
        }

        @Test
        void doubleHyphenEndsTheOptions() {
            Run run = run("retry-after", "--", "--json");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("httpstatus: \"--json\" is not a valid Retry-After value");
            assertThat(run("--json", "--", "404").out()).startsWith("{\"code\":404,");
            // After --, --json is a word, so errors stay text.
            assertThat(run("--", "--xyzzy").err()).startsWith("httpstatus: nothing matched");
        }

        @Test
        void aHyphenBeforeADigitStartsAValueNotAnOption() {
            Run run = run("retry-after", "-5");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("delay-seconds is ASCII digits only");
        }
    }

    @Nested
    class Version {

        @Test
        void printsTheVersionOrSaysItIsADevelopmentBuild() {
            Run run = run("--version");
            assertThat(run.status()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).matches("httpstatus (\\(development build\\)|\\d+\\.\\d+\\.\\d+\\S*)\n");
            assertThat(run("-V").out()).isEqualTo(run.out());
            assertThat(run("--json", "--version").out()).matches("\\{\"name\":\"httpstatus\",\"version\":(null|\"[^\"]+\")}\n");
        }

        @Test
        void theManifestVersionComesFirstThenTheModuleVersion() {
            ModuleDescriptor versioned = ModuleDescriptor.newModule("m").version("2.0").build();
            ModuleDescriptor unversioned = ModuleDescriptor.newModule("m").build();
            assertThat(Main.version("1.2.3", versioned)).contains("1.2.3");
            assertThat(Main.version(null, versioned)).contains("2.0");
            assertThat(Main.version(null, unversioned)).isEmpty();
            assertThat(Main.version(null, null)).isEmpty();
        }

        @Test
        void versionLineAndJsonTakeTheManifestVersion() {
            assertThat(Main.versionLine(java.util.Optional.of("1.2.3"))).isEqualTo("httpstatus 1.2.3");
            assertThat(Main.versionLine(java.util.Optional.empty())).isEqualTo("httpstatus (development build)");
            assertThat(Json.write(Main.versionJson(java.util.Optional.of("1.2.3"))))
                    .isEqualTo("{\"name\":\"httpstatus\",\"version\":\"1.2.3\"}");
        }
    }

    @Nested
    class JsonErrors {

        @Test
        void badUsageIsAJsonErrorOnStandardError() {
            Run run = run("--json", "2000");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("{\"error\":{\"exitCode\":2,\"message\":\"invalid status code at index 3: "
                    + "expected exactly three ASCII digits, found more characters: \\\"2000\\\"\"}}\n");
            assertThat(run("serch", "--json").err())
                    .isEqualTo("{\"error\":{\"exitCode\":2,\"message\":\"unknown command 'serch'; did you mean 'search'?\"}}\n");
            assertThat(run("--json").err()).startsWith("{\"error\":{\"exitCode\":2,");
        }

        @Test
        void nothingMatchedIsAJsonErrorWithExitCodeOne() {
            Run run = run("--json", "NO_SUCH_THING");
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("{\"error\":{\"exitCode\":1,\"message\":\"nothing matched \\\"NO_SUCH_THING\\\"\"}}\n");
        }
    }

    @Test
    void jsonEscapesEverythingOutsidePrintableAscii() {
        assertThat(Json.write(java.util.Map.of("k", "a\"b\\c\nd\re\tf\u0001\u00e9\u007f~")))
                .isEqualTo("{\"k\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001\\u00e9\\u007f~\"}");
        assertThat(Json.write(java.util.Arrays.asList(1, true, null, 'x'))).isEqualTo("[1,true,null,\"x\"]");
    }
}
