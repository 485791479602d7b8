package io.github.httpstatus.cli;

import io.github.httpstatus.StatusCode;
import io.github.httpstatus.internal.Escaping;

import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line entry point: {@code java -jar httpstatus-<version>.jar 308}.
 *
 * <p>Exit status: 0 when the question was answered, 1 when nothing matched, 2 on bad usage or invalid
 * input (with a one-line error on standard error, or a JSON error object under {@code --json}).
 */
public final class Main {

    /** Exit status for bad usage and invalid input. */
    static final int USAGE = 2;

    /** The subcommands; the lookup of a code is the default when the first word names none of them. */
    static final List<Command> COMMANDS = List.of(
            new SearchCommand(),
            new ListCommand(),
            new ReferenceCommand(),
            new HtmlCommand(),
            new RetryAfterCommand(Clock.systemUTC()),
            new RedirectCommand(),
            new RecommendCommand(),
            new CompletionCommand());

    /** The options, as the help and the completion scripts show them. */
    static final List<String> OPTIONS = List.of("--json", "--help", "--version", "--");

    private static final LookupCommand LOOKUP = new LookupCommand();
    private static final String NAME = "httpstatus";

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
        boolean json = wantsJson(args);
        try {
            return dispatch(args, json, out);
        } catch (UsageException e) {
            return fail(err, json, USAGE, e.getMessage());
        } catch (NothingMatchedException e) {
            return fail(err, json, Command.NOTHING_MATCHED, e.getMessage());
        }
    }

    /** Whether {@code --json} comes before any {@code --}, so that errors in parsing are JSON too. */
    private static boolean wantsJson(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--json")) {
                return true;
            }
        }
        return false;
    }

    private static int dispatch(String[] args, boolean json, PrintStream out) {
        List<String> words = new ArrayList<>();
        boolean options = true;
        for (String arg : args) {
            if (options && isOption(arg)) {
                switch (arg) {
                    case "--" -> options = false;
                    case "--json" -> { }
                    case "--help", "-h" -> {
                        out.print(usage());
                        return Command.FOUND;
                    }
                    case "--version", "-V" -> {
                        out.println(json ? Json.write(versionJson(implementationVersion())) : versionLine(implementationVersion()));
                        return Command.FOUND;
                    }
                    default -> throw unknownOption(arg);
                }
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            throw new UsageException("give a status code or a command; see --help");
        }
        String first = words.get(0);
        if (first.equals("help")) {
            out.print(usage());
            return Command.FOUND;
        }
        Optional<Command> named = command(first);
        Command command = named.orElseGet(() -> implied(words));
        List<String> rest = named.isPresent() ? words.subList(1, words.size()) : words;
        int status = command.run(rest, json, out);
        if (status == Command.NOTHING_MATCHED) {
            throw new NothingMatchedException("nothing matched " + Escaping.quote(String.join(" ", words)));
        }
        return status;
    }

    /**
     * An option starts with a hyphen; a hyphen before a digit, as in {@code -5}, starts a value, so
     * that {@code retry-after -5} is answered and not refused as an unknown option.
     */
    private static boolean isOption(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-' && !Character.isDigit(arg.charAt(1));
    }

    private static UsageException unknownOption(String arg) {
        // Only the long options are suggested: "--" is one edit from any two-character word.
        String hint = Spelling.closest(arg, List.of("--json", "--help", "--version"))
                .map(o -> "; did you mean '" + o + "'?").orElse("; see --help");
        return new UsageException("unknown option '" + Escaping.escape(arg) + "'" + hint);
    }

    private static Optional<Command> command(String word) {
        for (Command command : COMMANDS) {
            if (command.name().equals(word)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /**
     * The command meant when the first word names none: a lookup for a code or a constant name, a
     * hint for a misspelt command, and otherwise a search for all the words.
     */
    private static Command implied(List<String> words) {
        String first = words.get(0);
        if (!LookupCommand.hasAsciiLetter(first) || words.size() == 1 && StatusCode.findByName(first).isPresent()) {
            return LOOKUP;
        }
        List<String> names = new ArrayList<>();
        COMMANDS.forEach(command -> names.add(command.name()));
        names.add("help");
        Optional<String> meant = Spelling.closest(first, names);
        if (meant.isPresent()) {
            throw new UsageException("unknown command '" + Escaping.escape(first) + "'; did you mean '"
                    + meant.get() + "'?");
        }
        return command("search").orElseThrow();
    }

    private static int fail(PrintStream err, boolean json, int status, String message) {
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("exitCode", status);
            error.put("message", message);
            err.println(Json.write(Map.of("error", error)));
        } else {
            err.println(NAME + ": " + message);
        }
        return status;
    }

    /** The version in the jar's manifest, else in the module descriptor; empty when run from classes. */
    private static Optional<String> implementationVersion() {
        return version(Main.class.getPackage().getImplementationVersion(), Main.class.getModule().getDescriptor());
    }

    static Optional<String> version(String manifestVersion, ModuleDescriptor descriptor) {
        if (manifestVersion != null) {
            return Optional.of(manifestVersion);
        }
        return descriptor == null ? Optional.empty() : descriptor.rawVersion();
    }

    static String versionLine(Optional<String> version) {
        return version.map(v -> NAME + " " + v).orElse(NAME + " (development build)");
    }

    static Map<String, Object> versionJson(Optional<String> version) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", NAME);
        map.put("version", version.orElse(null));
        return map;
    }

    static String usage() {
        StringBuilder out = new StringBuilder();
        out.append("httpstatus: what every HTTP status code means (RFC 9110, IANA registry, Fetch)\n\n")
                .append("usage: java -jar httpstatus-<version>.jar [OPTIONS] CODE | WORDS... | COMMAND [ARGS]\n\n")
                .append("  CODE").append(" ".repeat(28)).append(LOOKUP.summary()).append('\n')
                .append("  WORDS...").append(" ".repeat(24)).append("without a command, the words are searched\n");
        for (Command command : COMMANDS) {
            String left = command.name() + (command.arguments().isEmpty() ? "" : " " + command.arguments());
            out.append("  ").append(left).append(" ".repeat(Math.max(2, 32 - left.length())))
                    .append(command.summary()).append('\n');
        }
        out.append("\n  --json     print JSON instead of text; errors as JSON on standard error\n")
                .append("  --help     print this help\n")
                .append("  --version  print the version\n")
                .append("  --         end of options: later words starting with - are arguments\n\n")
                .append("exit status: 0 answered, 1 nothing matched, 2 bad usage or invalid input\n");
        return out.toString();
    }
}
