package io.github.httpstatus.cli;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.StatusParseException;
import io.github.httpstatus.internal.Ascii;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The default command: {@code 308} or {@code NOT_FOUND} prints the card of one status code. */
final class LookupCommand implements Command {

    @Override
    public String name() {
        return "CODE";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "the card of one code, by number (308) or constant name (PERMANENT_REDIRECT)";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (args.size() != 1) {
            throw new UsageException("give one status code, such as 308");
        }
        Optional<HttpStatusInfo> info = find(args.get(0));
        if (info.isEmpty()) {
            return NOTHING_MATCHED;
        }
        out.print(json ? Json.write(StatusCard.json(info.get())) + "\n" : StatusCard.text(info.get()));
        return FOUND;
    }

    private static Optional<HttpStatusInfo> find(String word) {
        if (!hasAsciiLetter(word)) {
            try {
                return Optional.of(HttpStatusInfo.parse(word));
            } catch (StatusParseException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return StatusCode.findByName(word).map(StatusCode::info);
    }

    /** A word without letters can only be meant as a code, so it is parsed (and rejected) as one. */
    static boolean hasAsciiLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Ascii.isAlpha(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
