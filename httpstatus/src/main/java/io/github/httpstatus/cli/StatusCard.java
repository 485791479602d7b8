package io.github.httpstatus.cli;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.MethodRewrite;
import io.github.httpstatus.SpecReference;
import io.github.httpstatus.UnofficialCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Renders everything the model knows about one status code, as a text card or as JSON. */
final class StatusCard {

    private StatusCard() {
    }

    static String text(HttpStatusInfo info) {
        StringBuilder out = new StringBuilder();
        out.append(info).append('\n');
        row(out, "class", info.statusClass().label() + " " + info.statusClass().displayName());
        row(out, "registry", registry(info));
        info.unofficialCode().ifPresent(u -> row(out, "unofficial", u.unofficialName() + " (" + u.origin() + ")"));
        if (!info.isRegistered()) {
            row(out, "read as", info.understoodAs().toString());
        }
        row(out, "permanence", lower(info.permanence().name()));
        row(out, "redirect", redirect(info));
        row(out, "retry", retry(info));
        row(out, "cacheable", info.isCacheableByDefault() ? "yes, by default (heuristically)" : "only with explicit freshness");
        row(out, "content", info.allowsContent() ? "allowed" : "never");
        row(out, "required", headers(info.requiredHeaders()));
        row(out, "recommended", headers(info.recommendedHeaders()));
        SpecReference ref = info.specReference();
        row(out, "spec", ref + "  " + ref.url());
        out.append('\n').append("  ").append(info.description()).append('\n');
        info.unofficialCode().ifPresent(u -> out.append("  ").append(u.origin()).append(": ")
                .append(u.description()).append('\n'));
        return out.toString();
    }

    static Map<String, Object> json(HttpStatusInfo info) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", info.code());
        map.put("reasonPhrase", info.reasonPhrase());
        map.put("class", info.statusClass().name());
        map.put("registered", info.isRegistered());
        map.put("registryStatus", info.registryStatus().name());
        map.put("understoodAs", info.understoodAs().code());
        map.put("unofficialName", info.unofficialCode().map(UnofficialCode::unofficialName).orElse(null));
        map.put("unofficialOrigin", info.unofficialCode().map(UnofficialCode::origin).orElse(null));
        map.put("permanence", info.permanence().name());
        map.put("redirect", info.isRedirect());
        map.put("preservesMethod", info.preservesMethod());
        map.put("methodRewrite", info.methodRewrite().name());
        map.put("retryability", info.retryability().name());
        map.put("retryAfterApplies", info.retryAfterApplies());
        map.put("cacheableByDefault", info.isCacheableByDefault());
        map.put("allowsContent", info.allowsContent());
        map.put("requiredHeaders", new ArrayList<>(info.requiredHeaders()));
        map.put("recommendedHeaders", new ArrayList<>(info.recommendedHeaders()));
        map.put("spec", info.specReference().toString());
        map.put("specUrl", info.specReference().url());
        map.put("description", info.description());
        return map;
    }

    /** One line for lists and search results: code, phrase, and a vendor name where there is one. */
    static String line(HttpStatusInfo info) {
        return info.unofficialCode()
                .map(u -> info.code() + " " + u.unofficialName() + " (" + u.origin() + ", unregistered)")
                .orElse(info.toString());
    }

    static List<Object> jsonList(List<HttpStatusInfo> infos) {
        List<Object> list = new ArrayList<>();
        for (HttpStatusInfo info : infos) {
            list.add(json(info));
        }
        return list;
    }

    /**
     * The rows of the text card as label and value, without the spec row and the description, for
     * the HTML reference page, which shows those as a link and a paragraph.
     */
    static Map<String, String> fields(HttpStatusInfo info) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("class", info.statusClass().label() + " " + info.statusClass().displayName());
        fields.put("registry", registry(info));
        if (!info.isRegistered()) {
            fields.put("read as", info.understoodAs().toString());
        }
        fields.put("permanence", lower(info.permanence().name()));
        fields.put("redirect", redirect(info));
        fields.put("retry", retry(info));
        fields.put("cacheable", info.isCacheableByDefault() ? "yes, by default (heuristically)" : "only with explicit freshness");
        fields.put("content", info.allowsContent() ? "allowed" : "never");
        fields.put("required", headers(info.requiredHeaders()));
        fields.put("recommended", headers(info.recommendedHeaders()));
        return fields;
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append("  ").append(label);
        out.append(" ".repeat(Math.max(1, 13 - label.length()))).append(value).append('\n');
    }

    private static String registry(HttpStatusInfo info) {
        return switch (info.registryStatus()) {
            case PERMANENT -> "registered";
            case TEMPORARY -> "registered, temporary";
            case UNUSED -> "registered as (Unused): reserved, not to be sent";
            case OBSOLETED -> "registered, obsoleted";
            case UNASSIGNED -> "not registered";
        };
    }

    private static String redirect(HttpStatusInfo info) {
        MethodRewrite rewrite = info.methodRewrite();
        return switch (rewrite) {
            case NONE -> "not followed automatically";
            case KEEP -> "followed; method and content kept";
            case POST_TO_GET -> "followed; POST becomes GET, other methods kept";
            case TO_GET -> "followed; every method but HEAD becomes GET";
        };
    }

    private static String retry(HttpStatusInfo info) {
        String base = switch (info.retryability()) {
            case NOT_RETRYABLE -> "not retryable";
            case RETRYABLE -> "retryable with any method";
            case RETRYABLE_IF_IDEMPOTENT -> "retryable if the request is idempotent";
        };
        return info.retryAfterApplies() ? base + "; Retry-After applies" : base;
    }

    private static String headers(Set<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
