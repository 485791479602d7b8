package io.github.httpstatus.cli;

import io.github.httpstatus.internal.Escaping;
import io.github.httpstatus.rest.Operation;
import io.github.httpstatus.rest.Outcome;
import io.github.httpstatus.rest.Recommendation;
import io.github.httpstatus.rest.StatusRecommender;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code recommend OPERATION OUTCOME}: which status an API endpoint should return. */
final class RecommendCommand implements Command {

    /** Short words people use, beside the enum names. */
    private static final Map<String, String> OUTCOME_WORDS = Map.ofEntries(
            Map.entry("ok", "DONE"), Map.entry("success", "DONE"), Map.entry("accepted", "ACCEPTED_FOR_LATER"),
            Map.entry("async", "ACCEPTED_FOR_LATER"), Map.entry("unauthenticated", "NOT_AUTHENTICATED"),
            Map.entry("unauthorized", "NOT_AUTHENTICATED"), Map.entry("forbidden", "NOT_ALLOWED"),
            Map.entry("duplicate", "CONFLICT_DUPLICATE"), Map.entry("stale", "STALE_VERSION"),
            Map.entry("invalid", "VALIDATION_FAILED"), Map.entry("validation", "VALIDATION_FAILED"),
            Map.entry("bad-request", "MALFORMED"), Map.entry("too-large", "CONTENT_TOO_LARGE"),
            Map.entry("throttled", "RATE_LIMITED"), Map.entry("error", "UNEXPECTED_FAILURE"),
            Map.entry("failure", "UNEXPECTED_FAILURE"));
    private static final Map<String, Operation> OPERATION_WORDS = Map.of("get", Operation.READ, "put", Operation.REPLACE,
            "patch", Operation.UPDATE, "post", Operation.CREATE, "command", Operation.ACTION);

    @Override
    public String name() {
        return "recommend";
    }

    @Override
    public String arguments() {
        return "OPERATION OUTCOME";
    }

    @Override
    public String summary() {
        return "the status an API endpoint should return: recommend create conflict";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (args.size() != 2) {
            throw new UsageException("recommend needs an operation and an outcome, such as: recommend create conflict");
        }
        Operation operation = operation(args.get(0));
        Outcome outcome = outcome(args.get(1), operation);
        Recommendation recommendation;
        try {
            recommendation = StatusRecommender.standard().recommend(operation, outcome);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("operation", operation.name());
        fields.put("method", operation.method().name());
        fields.put("outcome", outcome.name());
        fields.put("status", recommendation.status().toString());
        fields.put("headers", recommendation.headers());
        fields.put("content", recommendation.sendContent());
        fields.put("reason", recommendation.reason());
        fields.put("spec", recommendation.section().toString());
        if (json) {
            out.println(Json.write(fields));
        } else {
            out.println(operation.method() + " (" + lower(operation.name()) + "), " + lower(outcome.name()) + ": "
                    + recommendation.status());
            out.println("  headers  " + (recommendation.headers().isEmpty() ? "-" : String.join(", ", recommendation.headers())));
            out.println("  content  " + (recommendation.sendContent() ? "yes" : "no"));
            out.println("  why      " + recommendation.reason());
            out.println("  spec     " + recommendation.section());
        }
        return FOUND;
    }

    private static Operation operation(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (OPERATION_WORDS.containsKey(key)) {
            return OPERATION_WORDS.get(key);
        }
        for (Operation operation : Operation.values()) {
            if (operation.name().equalsIgnoreCase(word)) {
                return operation;
            }
        }
        throw new UsageException("unknown operation " + Escaping.quote(word) + "; use one of "
                + lowerNames(Operation.values()));
    }

    private static Outcome outcome(String word, Operation operation) {
        String key = word.toLowerCase(Locale.ROOT).replace('_', '-');
        if (key.equals("conflict")) {
            return operation == Operation.CREATE ? Outcome.CONFLICT_DUPLICATE : Outcome.CONFLICT_STATE;
        }
        if (OUTCOME_WORDS.containsKey(key)) {
            return Outcome.valueOf(OUTCOME_WORDS.get(key));
        }
        for (Outcome outcome : Outcome.values()) {
            if (lower(outcome.name()).equals(key)) {
                return outcome;
            }
        }
        throw new UsageException("unknown outcome " + Escaping.quote(word) + "; use one of "
                + lowerNames(Outcome.values()) + ", conflict");
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String lowerNames(Enum<?>[] values) {
        StringBuilder out = new StringBuilder();
        for (Enum<?> value : values) {
            out.append(out.length() == 0 ? "" : ", ").append(lower(value.name()));
        }
        return out.toString();
    }
}
