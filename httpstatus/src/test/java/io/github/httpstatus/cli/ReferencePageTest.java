package io.github.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Keeps docs/reference.html in step with the model and checks the page is self-contained and
 * correctly escaped. Run with {@code -Dhttpstatus.writeDocs=true} to rewrite the page after a change.
 */
class ReferencePageTest {

    // Surefire runs in the module folder; the docs sit at the top of the project.
    private static final Path PAGE = Path.of("..", "docs", "reference.html");
    private static final String HTML = ReferencePage.html();

    @Test
    void docsPageIsUpToDate() throws IOException {
        if (Boolean.getBoolean("httpstatus.writeDocs")) {
            Files.writeString(PAGE, HTML, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/reference.html is stale: run mvn test -Dhttpstatus.writeDocs=true -Dtest=ReferencePageTest")
                .isEqualTo(HTML);
    }

    @Test
    void hasACardForEveryRegisteredAndVendorCode() {
        for (StatusCode status : StatusCode.values()) {
            assertThat(HTML).contains("<article class=\"card\" id=\"" + status.code() + "\"")
                    .contains("</a> " + ReferencePage.escape(status.reasonPhrase()) + "</h3>");
        }
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            assertThat(HTML).contains("<article class=\"card\" id=\"" + unofficial.code() + "\"")
                    .contains("</a> " + ReferencePage.escape(unofficial.unofficialName()) + " <span class=\"origin\">");
        }
        assertThat(HTML).contains("<a href=\"https://www.rfc-editor.org/rfc/rfc6585#section-4\">RFC 6585, section 4</a>")
                .contains("<dt>retry</dt><dd>retried for any method; a valid Retry-After is honoured</dd>");
    }

    @Test
    void fetchesNothing() {
        // Only links a reader follows point elsewhere; nothing is loaded from anywhere.
        assertThat(HTML).doesNotContain("<script src").doesNotContain("<link rel=\"stylesheet\"")
                .doesNotContain("<img").doesNotContain("@import").doesNotContain("url(")
                .contains("<link rel=\"icon\" href=\"data:,\">");
        assertThat(HTML).isEqualTo(new String(HTML.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII));
    }

    @Test
    void policyAllowsExactlyTheInlineStyleAndScript() {
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(HTML);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(HTML);
        assertThat(style.find()).isTrue();
        assertThat(script.find()).isTrue();
        assertThat(HTML).contains("default-src 'none'; style-src '" + ReferencePage.sha256(style.group(1))
                + "'; script-src '" + ReferencePage.sha256(script.group(1)) + "';");
    }

    @Test
    void embeddedDataCannotCloseItsScriptElement() {
        String json = Json.writeForScript(List.of("</script><!-- & \"quoted\" 'single'"));
        assertThat(json).isEqualTo("[\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\\"quoted\\\" 'single'\"]");
        int open = HTML.indexOf("<script type=\"application/json\" id=\"status-data\">");
        int close = HTML.indexOf("</script>", open);
        assertThat(HTML.substring(open, close)).doesNotContain("<!--").contains("\"code\":429");
        // Two scripts, so exactly two closing tags.
        assertThat(HTML.split("</script>", -1)).hasSize(3);
    }

    @Test
    void escapesTextForHtml() {
        assertThat(ReferencePage.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(ReferencePage.escape("caf\u00e9 \u2192 ~ \ud83d\ude00")).isEqualTo("caf&#xe9; &#x2192; ~ &#x1f600;");
    }

    @Test
    void embedsTheSearchTextsOfEveryCode() {
        assertThat(HTML).contains("{\"code\":422,\"title\":\"Unprocessable Content\",\"phrases\":"
                + "[\"Unprocessable Content\",\"Unprocessable Entity\"],\"terms\":[\"validation\",");
        assertThat(HTML).contains("{\"code\":499,\"title\":\"Client Closed Request (nginx)\",\"phrases\":"
                + "[\"Client Closed Request\"],\"terms\":[\"nginx\",");
        assertThat(ReferencePage.data()).hasSize(StatusCode.values().length + UnofficialCode.values().length);
    }

    @Test
    void htmlCommandPrintsThePage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new HtmlCommand().run(List.of(), false, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(HTML);
        assertThat(MainTest.run("--help").out()).contains("  html  ");
    }

    @Test
    void htmlCommandTakesNoArgumentsAndHasNoJson() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new HtmlCommand().run(List.of("x"), false, sink))
                .isInstanceOf(UsageException.class).hasMessage("html takes no arguments and has no JSON form");
        assertThatThrownBy(() -> new HtmlCommand().run(List.of(), true, sink)).isInstanceOf(UsageException.class);
    }
}
