package io.github.httpstatus.cli;

import io.github.httpstatus.StatusCode;
import io.github.httpstatus.rest.Operation;
import io.github.httpstatus.rest.Outcome;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code completion bash|zsh}: a shell script that completes commands, options and their words. */
final class CompletionCommand implements Command {

    /** The methods and statuses offered after {@code redirect}: the standard methods, the followed codes. */
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS", "TRACE", "CONNECT");
    private static final List<String> REDIRECT_CODES = List.of("301", "302", "303", "307", "308");

    @Override
    public String name() {
        return "completion";
    }

    @Override
    public String arguments() {
        return "bash|zsh";
    }

    @Override
    public String summary() {
        return "a shell completion script: source <(httpstatus completion bash)";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (args.size() != 1 || json) {
            throw new UsageException("completion takes one shell, bash or zsh, and has no JSON form");
        }
        switch (args.get(0)) {
            case "bash" -> out.print(bash());
            case "zsh" -> out.print(zsh());
            default -> throw new UsageException("completion knows bash and zsh; use: completion bash");
        }
        return FOUND;
    }

    /** The words to offer: per command, one list per argument position; the key "" is the first word. */
    static Map<String, List<List<String>>> words() {
        List<String> first = new ArrayList<>();
        Main.COMMANDS.forEach(command -> first.add(command.name()));
        first.add("help");
        for (StatusCode status : StatusCode.values()) {
            first.add(status.name());
        }
        Map<String, List<List<String>>> words = new LinkedHashMap<>();
        words.put("", List.of(first));
        words.put("list", List.of(List.of("1xx", "2xx", "3xx", "4xx", "5xx", "unofficial")));
        words.put("completion", List.of(List.of("bash", "zsh")));
        words.put("redirect", List.of(METHODS, REDIRECT_CODES));
        List<String> outcomes = new ArrayList<>(RecommendCommand.words(Outcome.values()));
        outcomes.add("conflict");
        words.put("recommend", List.of(RecommendCommand.words(Operation.values()), outcomes));
        return words;
    }

    static String bash() {
        StringBuilder out = new StringBuilder()
                .append("# bash completion for httpstatus. Load it with: source <(httpstatus completion bash)\n")
                .append("_httpstatus() {\n")
                .append("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" command='' position=0 i word candidates=''\n")
                .append("    for ((i = 1; i < COMP_CWORD; i++)); do\n")
                .append("        word=\"${COMP_WORDS[i]}\"\n")
                .append("        case \"$word\" in\n")
                .append("            -?*) ;;\n")
                .append("            *) if [[ -z $command ]]; then command=\"$word\"; else position=$((position + 1)); fi ;;\n")
                .append("        esac\n")
                .append("    done\n")
                .append("    if [[ $cur == -* ]]; then\n")
                .append("        candidates='").append(String.join(" ", Main.OPTIONS)).append("'\n")
                .append("    else\n")
                .append("        case \"$command:$position\" in\n");
        cases(out, "'", "'");
        return out.append("        esac\n")
                .append("    fi\n")
                .append("    mapfile -t COMPREPLY < <(compgen -W \"$candidates\" -- \"$cur\")\n")
                .append("}\n")
                .append("complete -F _httpstatus httpstatus\n")
                .toString();
    }

    static String zsh() {
        StringBuilder out = new StringBuilder()
                .append("#compdef httpstatus\n")
                .append("# zsh completion for httpstatus. Load it after compinit with: source <(httpstatus completion zsh)\n")
                .append("_httpstatus() {\n")
                .append("    local command='' word\n")
                .append("    local -i position=0\n")
                .append("    local -a candidates\n")
                .append("    for word in \"${(@)words[2,CURRENT-1]}\"; do\n")
                .append("        case $word in\n")
                .append("            -?*) ;;\n")
                .append("            *) if [[ -z $command ]]; then command=$word; else position+=1; fi ;;\n")
                .append("        esac\n")
                .append("    done\n")
                .append("    if [[ $PREFIX == -* ]]; then\n")
                .append("        candidates=(").append(String.join(" ", Main.OPTIONS)).append(")\n")
                .append("    else\n")
                .append("        case \"$command:$position\" in\n");
        cases(out, "(", ")");
        return out.append("        esac\n")
                .append("    fi\n")
                .append("    compadd -a candidates\n")
                .append("}\n")
                .append("compdef _httpstatus httpstatus\n")
                .toString();
    }

    /** One case arm per command and argument position, such as {@code 'list:0') candidates='1xx ...' ;;}. */
    private static void cases(StringBuilder out, String open, String close) {
        words().forEach((command, positions) -> {
            for (int i = 0; i < positions.size(); i++) {
                out.append("            '").append(command).append(':').append(i).append("') candidates=")
                        .append(open).append(String.join(" ", positions.get(i))).append(close).append(" ;;\n");
            }
        });
    }
}
