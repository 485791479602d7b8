package io.github.httpstatus.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the CLI, such as {@code search}; registered in {@link Main#COMMANDS}. */
interface Command {

    /** Exit status when something was found or done. */
    int FOUND = 0;
    /** Exit status when nothing matched. */
    int NOTHING_MATCHED = 1;

    /** The word that selects this command. */
    String name();

    /** The arguments after the name, for the usage text, such as {@code "WORDS..."}. */
    String arguments();

    /** One line saying what the command does. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args  the arguments after the command's name, without {@code --json}
     * @param json  whether to print JSON instead of text
     * @param out   where results go
     * @return {@link #FOUND} or {@link #NOTHING_MATCHED}
     * @throws UsageException when the arguments are wrong
     * @throws NothingMatchedException when nothing matched and the command can say why
     */
    int run(List<String> args, boolean json, PrintStream out);
}
