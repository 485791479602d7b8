package io.github.httpstatus.cli;

import io.github.httpstatus.internal.Escaping;
import io.github.httpstatus.rest.Operation;
import io.github.httpstatus.rest.Outcome;
import io.github.httpstatus.rest.Recommendation;
import io.github.httpstatus.rest.StatusRecommender;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        if (!knownOperation(args.get(0)) && knownOperation(args.get(1)) && knownOutcome(args.get(0))) {
            throw new UsageException("the operation comes first, then the outcome; did you mean: recommend "
                    + args.get(1) + " " + args.get(0));
        }
        Operation operation = operation(args.get(0));
        Outcome outcome = outcome(args.get(1), operation);
        Recommendation recommendation;
        try {
            recommendation = StatusRecommender.standard().recommend(operation, outcome);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("operation", operation.name());
            fields.put("method", operation.method().name());
            fields.put("outcome", outcome.name());
            fields.put("status", StatusCard.status(recommendation.status()));
            fields.put("headers", recommendation.headers());
            fields.put("sendContent", recommendation.sendContent());
            fields.put("reason", recommendation.reason());
            fields.put("spec", StatusCard.spec(recommendation.section()));
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

    private static boolean knownOperation(String word) {
        return findOperation(word).isPresent();
    }

    private static boolean knownOutcome(String word) {
        return findOutcome(word, Operation.CREATE).isPresent();
    }

    private static Operation operation(String word) {
        return findOperation(word).orElseThrow(() -> new UsageException("unknown operation " + Escaping.quote(word)
                + "; use one of " + String.join(", ", words(Operation.values()))));
    }

    private static Optional<Operation> findOperation(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (OPERATION_WORDS.containsKey(key)) {
            return Optional.of(OPERATION_WORDS.get(key));
        }
        for (Operation operation : Operation.values()) {
            if (operation.name().equalsIgnoreCase(word)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    private static Outcome outcome(String word, Operation operation) {
        return findOutcome(word, operation).orElseThrow(() -> new UsageException("unknown outcome "
                + Escaping.quote(word) + "; use one of " + String.join(", ", words(Outcome.values())) + ", conflict"));
    }

    private static Optional<Outcome> findOutcome(String word, Operation operation) {
        String key = word.toLowerCase(Locale.ROOT).replace('_', '-');
        if (key.equals("conflict")) {
            return Optional.of(operation == Operation.CREATE ? Outcome.CONFLICT_DUPLICATE : Outcome.CONFLICT_STATE);
        }
        if (OUTCOME_WORDS.containsKey(key)) {
            return Optional.of(Outcome.valueOf(OUTCOME_WORDS.get(key)));
        }
        for (Outcome outcome : Outcome.values()) {
            if (lower(outcome.name()).equals(key)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constants as the CLI takes them: lower case, with hyphens. */
    static List<String> words(Enum<?>[] values) {
        List<String> words = new ArrayList<>();
        for (Enum<?> value : values) {
            words.add(lower(value.name()));
        }
        return words;
    }
}
