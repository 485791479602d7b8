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
                + "\"303 See Other\",\"followed\":true,\"nextMethod\":\"GET\",\"content\":\"dropped, with Content-Type, "
                + "Content-Length and the other content headers\",\"rule\":\"see the answer with GET; HEAD stays HEAD\","
                + "\"spec\":\"RFC 9110, section 15.4.4\"}\n");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("redirect", "POST").status()).isEqualTo(2);
        assertThat(run("redirect", "PO ST", "302").err()).startsWith("httpstatus: invalid method name");
        assertThat(run("redirect", "POST", "3020").err()).startsWith("httpstatus: invalid status code");
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
