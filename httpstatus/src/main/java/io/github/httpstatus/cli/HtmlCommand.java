package io.github.httpstatus.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code html}: prints the self-contained HTML reference page (docs/reference.html). */
final class HtmlCommand implements Command {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "the searchable HTML reference page, one offline file (docs/reference.html)";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (!args.isEmpty() || json) {
            throw new UsageException("html takes no arguments and has no JSON form");
        }
        out.print(ReferencePage.html());
        out.flush();
        return FOUND;
    }
}
