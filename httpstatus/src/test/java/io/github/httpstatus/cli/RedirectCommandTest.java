package io.github.httpstatus.cli;

import static io.github.httpstatus.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectCommandTest {

    @Test
    void explainsPostOn302() {
        MainTest.Run run = run("redirect", "POST", "302");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("POST 302 Found -> GET to the Location\n"
                + "  content      dropped, with Content-Type, Content-Length and the other content headers\n"
                + "  credentials  dropped if the Location is another origin (scheme, host or port)\n"
                + "  rule         POST becomes GET, for historical reasons\n"
                + "  spec         RFC 9110, section 15.4.3\n");
    }

    @Test
    void explainsEveryRule() {
        assertThat(run("redirect", "POST", "307").out()).contains("-> POST").contains("kept (sent again")
                .contains("must not change");
        assertThat(run("redirect", "PUT", "302").out()).contains("-> PUT").contains("only POST is rewritten");
        assertThat(run("redirect", "HEAD", "303").out()).contains("-> HEAD").contains("HEAD stays HEAD");
        assertThat(run("redirect", "DELETE", "303").out()).contains("-> GET");
        assertThat(run("redirect", "GET", "300").out())
                .isEqualTo("GET 300 Multiple Choices: not followed automatically\n"
                        + "  only 301, 302, 303, 307 and 308 are followed (Fetch)\n");
    }

    @Test
    void printsJson() {
        assertThat(run("redirect", "--json", "POST", "303").out()).isEqualTo("{\"method\":\"POST\",\"status\":"
                + "{\"code\":303,\"reasonPhrase\":\"See Other\"},\"followed\":true,\"nextMethod\":\"GET\","
                + "\"contentKept\":false,\"methodRewrite\":\"TO_GET\",\"spec\":{\"document\":\"RFC 9110\","
                + "\"section\":\"15.4.4\",\"url\":\"https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4\"},\"notes\":[]}\n");
        assertThat(run("redirect", "--json", "PUT", "307").out()).contains("\"nextMethod\":\"PUT\",\"contentKept\":true,");
        assertThat(run("redirect", "--json", "GET", "300").out())
                .contains("\"followed\":false,\"nextMethod\":null,\"contentKept\":null,\"methodRewrite\":\"NONE\"");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("redirect", "POST").status()).isEqualTo(2);
        assertThat(run("redirect", "PO ST", "302").err()).startsWith("httpstatus: invalid method name");
        assertThat(run("redirect", "POST", "3020").err()).startsWith("httpstatus: invalid status code");
        // Any token is a method (RFC 9110, section 9.1), digits included, so two codes are answered.
        assertThat(run("redirect", "302", "303").out()).startsWith("302 303 See Other -> GET");
        // A second word that is no method is not taken for swapped arguments.
        assertThat(run("redirect", "302", "P OST").err()).startsWith("httpstatus: invalid status code");
    }

    @Test
    void swappedArgumentsAreNamedWithWhatToType() {
        MainTest.Run run = run("redirect", "302", "POST");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("httpstatus: the method comes first, then the status; did you mean: "
                + "redirect POST 302\n");
        assertThat(run("redirect", "307", "put").err()).endsWith("did you mean: redirect PUT 307\n");
        assertThat(run("redirect", "307", "PROPFIND").err()).endsWith("did you mean: redirect PROPFIND 307\n");
    }

    @Test
    void aLowerCaseMethodIsAnsweredAsTheLibraryReadsItWithANote() {
        // RFC 9110, section 9.1: method names are case-sensitive, so post is not POST and is not rewritten.
        MainTest.Run run = run("redirect", "post", "302");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("post 302 Found -> post to the Location\n")
                .contains("  rule         only POST is rewritten; post is kept (method names are case-sensitive)\n")
                .endsWith("note: methods are case-sensitive (RFC 9110, section 9.1); did you mean POST?\n");
        assertThat(run("redirect", "--json", "post", "302").out())
                .contains("\"nextMethod\":\"post\"")
                .endsWith("\"notes\":[\"methods are case-sensitive (RFC 9110, section 9.1); did you mean POST?\"]}\n");
        assertThat(run("redirect", "propfind", "302").out()).doesNotContain("note:");
        assertThat(run("redirect", "Get", "300").out()).endsWith("note: methods are case-sensitive (RFC 9110, "
                + "section 9.1); did you mean GET?\n");
    }

    @Test
    void caseHintNamesOnlyStandardMethods() {
        assertThat(RedirectCommand.caseHint("delete")).contains("DELETE");
        assertThat(RedirectCommand.caseHint("DELETE")).isEmpty();
        assertThat(RedirectCommand.caseHint("propfind")).isEmpty();
    }

    @Test
    void aMethodThatIsNotATokenIsAUsageErrorNamingItEscaped() {
        // RFC 9110, sections 9.1 and 5.6.2: never read as POST, nor as GET on a 303
        assertRefused("po\u017Ft", "302", "\"po\\u017Ft\"");
        assertRefused("", "303", "\"\"");
        assertRefused("GET\r\n", "303", "\"GET\\r\\n\"");
    }

    private static void assertRefused(String method, String status, String shown) {
        MainTest.Run run = run("redirect", method, status);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("httpstatus: invalid method name " + shown
                + ": a method is a non-empty token (RFC 9110, section 5.6.2)\n");
    }
}
