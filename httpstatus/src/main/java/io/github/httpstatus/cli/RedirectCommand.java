package io.github.httpstatus.cli;

import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.redirect.RedirectPolicy;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
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
        HttpMethod method;
        HttpStatusInfo status;
        try {
            method = HttpMethod.of(args.get(0));
            status = HttpStatusInfo.parse(args.get(1));
        } catch (IllegalArgumentException e) { // StatusParseException included
            throw new UsageException(e.getMessage());
        }
        Optional<HttpMethod> next = RedirectPolicy.standard().methodFor(method, status);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", method.name());
        fields.put("status", status.toString());
        fields.put("followed", next.isPresent());
        fields.put("nextMethod", next.map(HttpMethod::name).orElse(null));
        fields.put("content", next.map(m -> m.equals(method) ? "kept (sent again; must be replayable)"
                : "dropped, with Content-Type, Content-Length and the other content headers").orElse(null));
        fields.put("rule", rule(status, method, next));
        fields.put("spec", status.specReference().toString());
        if (json) {
            out.println(Json.write(fields));
        } else if (next.isEmpty()) {
            out.println(method + " " + status + ": not followed automatically");
            out.println("  " + fields.get("rule"));
        } else {
            out.println(method + " " + status + " -> " + next.get() + " to the Location");
            out.println("  content      " + fields.get("content"));
            out.println("  credentials  dropped if the Location is another origin (scheme, host or port)");
            out.println("  rule         " + fields.get("rule"));
            out.println("  spec         " + fields.get("spec"));
        }
        return FOUND;
    }

    private static String rule(HttpStatusInfo status, HttpMethod method, Optional<HttpMethod> next) {
        return switch (status.methodRewrite()) {
            case NONE -> "only 301, 302, 303, 307 and 308 are followed (Fetch)";
            case KEEP -> "the method and the content must not change";
            case POST_TO_GET -> method.equals(HttpMethod.POST) ? "POST becomes GET, for historical reasons"
                    : "only POST is rewritten; " + next.orElse(method) + " is kept (method names are case-sensitive)";
            case TO_GET -> "see the answer with GET; HEAD stays HEAD";
        };
    }
}
