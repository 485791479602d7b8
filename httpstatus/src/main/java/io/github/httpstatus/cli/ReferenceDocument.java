package io.github.httpstatus.cli;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;

import java.util.Set;

/** Builds docs/reference.md from the model, so the page can never drift from the code. */
final class ReferenceDocument {

    private ReferenceDocument() {
    }

    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Status code reference\n\n")
                .append("Generated from the library by `java -jar httpstatus/target/httpstatus-0.1.0-SNAPSHOT.jar reference`;\n")
                .append("a test fails when this page and the code disagree. The rules behind each column are in\n")
                .append("[semantics.md](semantics.md).\n\n")
                .append("Columns: **perm.** permanence (P permanent, T temporary); **redirect** the method rule when\n")
                .append("followed automatically; **retry** what the standard retry advisor does: R retried for any\n")
                .append("method, RI retried for idempotent requests, R if RA retried for any method only with a valid\n")
                .append("Retry-After, and `+RA` where Retry-After carries meaning; **cache** yes: heuristically\n")
                .append("cacheable, never: a cache must not store it (1xx, RFC 6585); **content** whether a response\n")
                .append("may carry content; **headers** required (MUST) and, in italics, recommended.\n");
        for (StatusClass statusClass : StatusClass.values()) {
            out.append("\n## ").append(statusClass.label()).append(' ').append(statusClass.displayName())
                    .append("\n\n")
                    .append("| code | phrase | registry | perm. | redirect | retry | cache | content | headers | spec |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|\n");
            for (StatusCode status : StatusCode.values()) {
                if (status.statusClass() == statusClass) {
                    row(out, status.info());
                }
            }
            HttpStatusInfo base = HttpStatusInfo.of(statusClass.baseCode());
            out.append("\nAny other ").append(statusClass.label()).append(" code is unregistered and read as ")
                    .append(base).append(", but is never heuristically cacheable nor followed automatically.\n");
        }
        out.append("\n## Common unregistered codes\n\n")
                .append("Known by name and origin; each stays unregistered and is read as the x00 code of its class.\n\n")
                .append("| code | name | origin | meaning |\n|---|---|---|---|\n");
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            out.append("| ").append(unofficial.code()).append(" | ").append(unofficial.unofficialName())
                    .append(" | ").append(unofficial.origin()).append(" | ").append(unofficial.description())
                    .append(" |\n");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, HttpStatusInfo info) {
        out.append("| ").append(info.code())
                .append(" | ").append(info.reasonPhrase())
                .append(" | ").append(info.registryStatus().name().toLowerCase(java.util.Locale.ROOT))
                .append(" | ").append(switch (info.permanence()) {
                    case PERMANENT -> "P";
                    case TEMPORARY -> "T";
                    case UNSPECIFIED -> "";
                })
                .append(" | ").append(switch (info.methodRewrite()) {
                    case NONE -> "";
                    case KEEP -> "method kept";
                    case POST_TO_GET -> "POST to GET";
                    case TO_GET -> "to GET (HEAD kept)";
                })
                .append(" | ").append(switch (AdvisorRetry.of(info)) {
                    case NEVER -> info.retryAfterApplies() ? "+RA" : "";
                    case ANY_REQUEST -> info.retryAfterApplies() ? "R +RA" : "R";
                    case IDEMPOTENT_REQUESTS -> info.retryAfterApplies() ? "RI +RA" : "RI";
                    case ANY_REQUEST_WITH_RETRY_AFTER -> "R if RA";
                })
                .append(" | ").append(info.isCacheableByDefault() ? "yes" : info.isStorable() ? "" : "never")
                .append(" | ").append(info.allowsContent() ? "" : "none")
                .append(" | ").append(headers(info.requiredHeaders(), info.recommendedHeaders()))
                .append(" | [").append(info.specReference()).append("](").append(info.specReference().url())
                .append(") |\n");
    }

    private static String headers(Set<String> required, Set<String> recommended) {
        StringBuilder out = new StringBuilder(String.join(", ", required));
        if (!recommended.isEmpty()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append('*').append(String.join(", ", recommended)).append('*');
        }
        return out.toString();
    }
}
