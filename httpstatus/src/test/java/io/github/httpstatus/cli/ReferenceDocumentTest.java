package io.github.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Keeps docs/reference.md in step with the model. Run with {@code -Dhttpstatus.writeDocs=true} to
 * rewrite the page after a change to the tables.
 */
class ReferenceDocumentTest {

    // Surefire runs in the module folder; the docs sit at the top of the project.
    private static final Path PAGE = Path.of("..", "docs", "reference.md");

    @Test
    void docsReferenceIsUpToDate() throws IOException {
        String generated = ReferenceDocument.markdown();
        if (Boolean.getBoolean("httpstatus.writeDocs")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/reference.md is stale: run mvn test -Dhttpstatus.writeDocs=true -Dtest=ReferenceDocumentTest")
                .isEqualTo(generated);
    }

    @Test
    void listsEveryRegisteredAndUnofficialCode() {
        String page = ReferenceDocument.markdown();
        for (StatusCode status : StatusCode.values()) {
            assertThat(page).contains("| " + status.code() + " | " + status.reasonPhrase() + " |");
        }
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            assertThat(page).contains("| " + unofficial.code() + " | " + unofficial.unofficialName() + " |");
        }
        assertThat(page).contains("| 308 | Permanent Redirect | permanent | P | method kept | +RA | yes |  | *Location* |")
                .contains("| 405 | Method Not Allowed | permanent |  |  |  | yes |  | Allow |")
                .contains("| 303 | See Other | permanent |  | to GET (HEAD kept) | +RA |  |  | *Location* |")
                .contains("| 413 | Content Too Large | permanent |  |  | R if RA |  |  | *Retry-After* |")
                .contains("| 429 | Too Many Requests | permanent |  |  | R +RA | never |  | *Retry-After* |")
                .contains("| 503 | Service Unavailable | permanent |  |  | RI +RA |  |  | *Retry-After* |")
                .contains("| 100 | Continue | permanent |  |  |  | never | none |  |");
    }
}
