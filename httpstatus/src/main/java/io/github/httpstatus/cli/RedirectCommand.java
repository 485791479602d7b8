package io.github.httpstatus.cli;

import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.redirect.RedirectPolicy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code redirect METHOD STATUS}: what following the redirect does to the method and the content. */
final class RedirectCommand implements Command {

    @Override
    public String name() {
        return "redirect";
    }

    @Override
    public String arguments() {
        return "METHOD STATUS";
    }

    @Override
    public String summary() {
        return "what a redirect does to the method and content: redirect POST 302";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (args.size() != 2) {
            throw new UsageException("redirect needs a method and a status, such as: redirect POST 302");
        }
        String method = args.get(0);
        String code = args.get(1);
        if (HttpStatusInfo.tryParse(method).isPresent() && HttpStatusInfo.tryParse(code).isEmpty()
                && Ascii.isToken(code)) {
            throw new UsageException("the method comes first, then the status; did you mean: redirect "
                    + caseHint(code).orElse(code) + " " + method);
        }
        HttpStatusInfo status;
        try {
            HttpMethod.of(method);
            status = HttpStatusInfo.parse(code);
        } catch (IllegalArgumentException e) { // StatusParseException included
            throw new UsageException(e.getMessage());
        }
        Optional<String> next = RedirectPolicy.standard().methodFor(HttpMethod.of(method), status).map(HttpMethod::name);
        List<String> notes = new ArrayList<>();
        caseHint(method).ifPresent(meant -> notes.add(
                "methods are case-sensitive (RFC 9110, section 9.1); did you mean " + meant + "?"));
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("method", method);
            fields.put("status", StatusCard.status(status));
            fields.put("followed", next.isPresent());
            fields.put("nextMethod", next.orElse(null));
            fields.put("contentKept", next.map(m -> m.equals(method)).orElse(null));
            fields.put("methodRewrite", status.methodRewrite().name());
            fields.put("spec", StatusCard.spec(status.specReference()));
            fields.put("notes", notes);
            out.println(Json.write(fields));
        } else {
            if (next.isEmpty()) {
                out.println(method + " " + status + ": not followed automatically");
                out.println("  " + rule(status, method, next));
            } else {
                out.println(method + " " + status + " -> " + next.get() + " to the Location");
                out.println("  content      " + (next.get().equals(method) ? "kept (sent again; must be replayable)"
                        : "dropped, with Content-Type, Content-Length and the other content headers"));
                out.println("  credentials  dropped if the Location is another origin (scheme, host or port)");
                out.println("  rule         " + rule(status, method, next));
                out.println("  spec         " + status.specReference());
            }
            notes.forEach(note -> out.println("note: " + note));
        }
        return FOUND;
    }

    /**
     * The standard method a user probably meant when they typed one in the wrong case: {@code post}
     * is a valid method of its own, which no client rewrites, so the answer is for {@code post}, with
     * this as a hint. {@code method} is a token, so its upper case is one too.
     */
    static Optional<String> caseHint(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        if (upper.equals(method)) {
            return Optional.empty();
        }
        return HttpMethod.of(upper).isStandard() ? Optional.of(upper) : Optional.empty();
    }

    private static String rule(HttpStatusInfo status, String method, Optional<String> next) {
        return switch (status.methodRewrite()) {
            case NONE -> "only 301, 302, 303, 307 and 308 are followed (Fetch)";
            case KEEP -> "the method and the content must not change";
            case POST_TO_GET -> method.equals("POST") ? "POST becomes GET, for historical reasons"
                    : "only POST is rewritten; " + next.orElse(method) + " is kept (method names are case-sensitive)";
            case TO_GET -> "see the answer with GET; HEAD stays HEAD";
        };
    }
}
