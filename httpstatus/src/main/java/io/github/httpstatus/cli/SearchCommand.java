package io.github.httpstatus.cli;

import io.github.httpstatus.HttpStatusInfo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code search WORDS}: every code whose phrase, name, former names or description has all the words. */
final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String arguments() {
        return "WORDS...";
    }

    @Override
    public String summary() {
        return "codes whose phrase, name, former name or description contains every word";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (args.isEmpty()) {
            throw new UsageException("search needs at least one word");
        }
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            for (String word : arg.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        if (words.isEmpty()) {
            throw new UsageException("search needs at least one word");
        }
        List<HttpStatusInfo> hits = new ArrayList<>();
        for (int code = 100; code <= 599; code++) {
            HttpStatusInfo info = HttpStatusInfo.of(code);
            if ((info.isRegistered() || info.unofficialCode().isPresent()) && matchesAll(SearchText.of(info), words)) {
                hits.add(info);
            }
        }
        if (hits.isEmpty()) {
            return NOTHING_MATCHED;
        }
        if (json) {
            out.println(Json.write(StatusCard.jsonList(hits)));
        } else {
            hits.forEach(info -> out.println(StatusCard.line(info)));
        }
        return FOUND;
    }

    private static boolean matchesAll(String haystack, List<String> words) {
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The text a search looks in for one code, lower-cased. */
    static final class SearchText {
        private SearchText() {
        }

        static String of(HttpStatusInfo info) {
            StringBuilder text = new StringBuilder();
            text.append(info.code()).append(' ').append(info.reasonPhrase()).append(' ')
                    .append(info.description());
            info.statusCode().ifPresent(s -> text.append(' ').append(s.name().replace('_', ' ')));
            info.unofficialCode().ifPresent(u -> text.append(' ').append(u.unofficialName()).append(' ')
                    .append(u.origin()).append(' ').append(u.description()));
            info.statusCode().ifPresent(s -> s.formerPhrases().forEach(alias -> text.append(' ').append(alias)));
            return text.toString().toLowerCase(Locale.ROOT);
        }
    }
}
