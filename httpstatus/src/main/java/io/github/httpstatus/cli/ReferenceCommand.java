package io.github.httpstatus.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code reference}: prints docs/reference.md, the Markdown table of every code, made from the model. */
final class ReferenceCommand implements Command {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "the Markdown reference of every code (docs/reference.md)";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (!args.isEmpty() || json) {
            throw new UsageException("reference takes no arguments and has no JSON form");
        }
        out.print(ReferenceDocument.markdown());
        return FOUND;
    }
}
