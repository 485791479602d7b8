package io.github.httpstatus.cli;

import io.github.httpstatus.internal.Escaping;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line entry point: {@code java -jar httpstatus.jar 308}.
 *
 * <p>Exit status: 0 when something was found, 1 when nothing matched, 2 on bad usage (with a
 * one-line error on standard error).
 */
public final class Main {

    /** Exit status for bad usage. */
    static final int USAGE = 2;

    /** The subcommands; the lookup of a code is the default when the first word names none of them. */
    static final List<Command> COMMANDS = List.of(
            new SearchCommand(),
            new ListCommand(),
            new ReferenceCommand(),
            new HtmlCommand(),
            new RetryAfterCommand(Clock.systemUTC()),
            new RedirectCommand(),
            new RecommendCommand());

    private static final LookupCommand LOOKUP = new LookupCommand();

    private Main() {
    }

    /**
     * Runs the CLI and exits with its status.
     *
     * @param args  the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI on {@code args}; returns the exit status instead of exiting, for tests. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                out.print(usage());
                return Command.FOUND;
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            err.println("httpstatus: give a status code or a command; see --help");
            return USAGE;
        }
        try {
            Command command = find(words.get(0));
            List<String> rest = command == LOOKUP ? words : words.subList(1, words.size());
            int status = command.run(rest, json, out);
            if (status == Command.NOTHING_MATCHED) {
                err.println("httpstatus: nothing matched " + Escaping.quote(String.join(" ", words)));
            }
            return status;
        } catch (UsageException e) {
            err.println("httpstatus: " + e.getMessage());
            return USAGE;
        } catch (NothingMatchedException e) {
            err.println("httpstatus: " + e.getMessage());
            return Command.NOTHING_MATCHED;
        }
    }

    private static Command find(String word) {
        for (Command command : COMMANDS) {
            if (command.name().equals(word)) {
                return command;
            }
        }
        if (word.startsWith("-")) {
            throw new UsageException("unknown option " + Escaping.quote(word) + "; see --help");
        }
        return LOOKUP;
    }

    static String usage() {
        StringBuilder out = new StringBuilder();
        out.append("httpstatus: what every HTTP status code means (RFC 9110, IANA registry, Fetch)\n\n")
                .append("usage: java -jar httpstatus.jar [--json] CODE | COMMAND [ARGS]\n\n")
                .append("  CODE").append(" ".repeat(28)).append(LOOKUP.summary()).append('\n');
        for (Command command : COMMANDS) {
            String left = command.name() + (command.arguments().isEmpty() ? "" : " " + command.arguments());
            out.append("  ").append(left).append(" ".repeat(Math.max(2, 32 - left.length())))
                    .append(command.summary()).append('\n');
        }
        out.append("\n  --json    print JSON instead of text\n  --help    print this help\n\n")
                .append("exit status: 0 found, 1 nothing matched, 2 bad usage\n");
        return out.toString();
    }
}
