package io.github.httpstatus.cli;

import static io.github.httpstatus.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionCommandTest {

    @TempDir
    Path dir;

    /** The shell's path, when it is installed. */
    private static Path shell(String name) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Runs {@code shell -n script}, a syntax check that runs nothing, and returns its exit status. */
    private int syntaxCheck(Path shell, String script) throws IOException, InterruptedException {
        Path file = dir.resolve("completion");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(shell.toString(), "-n", file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("output").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void theScriptListsEveryCommandOptionAndClassWord(String shell) {
        MainTest.Run run = run("completion", shell);
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        for (Command command : Main.COMMANDS) {
            assertThat(run.out()).as(command.name()).containsPattern("[' (]" + command.name() + "[ ')]");
        }
        assertThat(run.out()).contains("--json --help --version --")
                .contains("1xx 2xx 3xx 4xx 5xx unofficial").contains("bash zsh")
                .contains("GET HEAD POST PUT").contains("301 302 303 307 308")
                .contains("PERMANENT_REDIRECT").contains("create").contains("conflict-duplicate")
                .contains("_httpstatus").endsWith("httpstatus\n");
    }

    @Test
    void bashAcceptsTheBashScript() throws Exception {
        Path bash = shell("bash");
        assumeTrue(bash != null, "bash is not installed");
        int status = syntaxCheck(bash, CompletionCommand.bash());
        assertThat(status).as(Files.readString(dir.resolve("output"))).isZero();
    }

    @Test
    void bashRejectsABrokenScriptSoTheCheckCanFail() throws Exception {
        Path bash = shell("bash");
        assumeTrue(bash != null, "bash is not installed");
        assertThat(syntaxCheck(bash, CompletionCommand.bash().replace("esac", ""))).isNotZero();
    }

    @Test
    void zshAcceptsTheZshScript() throws Exception {
        Path zsh = shell("zsh");
        assumeTrue(zsh != null, "zsh is not installed");
        assertThat(syntaxCheck(zsh, CompletionCommand.zsh())).isZero();
    }

    @Test
    void anotherShellOrJsonIsBadUsage() {
        assertThat(run("completion", "fish").err())
                .isEqualTo("httpstatus: completion knows bash and zsh; use: completion bash\n");
        assertThat(run("completion").status()).isEqualTo(2);
        assertThat(run("completion", "bash", "--json").status()).isEqualTo(2);
    }
}
