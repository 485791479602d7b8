package io.github.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Runs every {@code console} example of docs/cli.md and compares the output with the page. */
class CliDocumentTest {

    // Surefire runs in the module folder; the docs sit at the top of the project.
    private static final Path PAGE = Path.of("..", "docs", "cli.md");
    private static final String PROMPT = "$ httpstatus ";

    /** One example: the command line and the lines shown after it. */
    record Example(String command, String output) {
    }

    static List<Example> examples(String page) {
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        StringBuilder output = new StringBuilder();
        for (String line : page.split("\n", -1)) {
            if (line.equals("```console")) {
                inConsole = true;
            } else if (inConsole && line.equals("```")) {
                examples.add(new Example(command, output.toString()));
                inConsole = false;
                command = null;
                output.setLength(0);
            } else if (inConsole && command == null) {
                assertThat(line).as("a console block starts with the prompt").startsWith(PROMPT);
                command = line.substring(PROMPT.length());
            } else if (inConsole) {
                output.append(line).append('\n');
            }
        }
        return examples;
    }

    /** Splits a command line on spaces, keeping double-quoted words whole. */
    static String[] words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                words.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        words.add(word.toString());
        return words.toArray(String[]::new);
    }

    @Test
    void everyConsoleExampleShowsTheRealOutput() throws IOException {
        List<Example> examples = examples(Files.readString(PAGE, StandardCharsets.UTF_8));
        assertThat(examples).hasSizeGreaterThan(10);
        for (Example example : examples) {
            MainTest.Run run = MainTest.run(words(example.command()));
            assertThat(run.out() + run.err()).as(example.command()).isEqualTo(example.output());
        }
    }

    @Test
    void readsQuotedWordsAndBlocks() {
        assertThat(words("retry-after \"Wed, 21 Oct\" x")).containsExactly("retry-after", "Wed, 21 Oct", "x");
        assertThat(examples("text\n```console\n$ httpstatus 200\nline\n```\n```\nnot run\n```\n"))
                .containsExactly(new Example("200", "line\n"));
    }
}
