package io.github.httpstatus.cli;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.SpecReference;
import io.github.httpstatus.UnofficialCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders everything the model knows about one status code, as a text card or as JSON. The retry
 * line is read from the retry advisor and the redirect line states the redirect policy's method rule,
 * so a card says what the library does.
 */
final class StatusCard {

    private StatusCard() {
    }

    static String text(HttpStatusInfo info) {
        StringBuilder out = new StringBuilder();
        out.append(info).append('\n');
        fields(info).forEach((label, value) -> row(out, label, value));
        SpecReference ref = info.specReference();
        row(out, "spec", ref + "  " + ref.url());
        out.append('\n').append("  ").append(info.description()).append('\n');
        info.unofficialCode().ifPresent(u -> out.append("  ").append(u.origin()).append(": ")
                .append(u.description()).append('\n'));
        return out.toString();
    }

    /**
     * The rows of the text card between its title and its spec row, as label and value; the HTML
     * reference page shows the same rows, with the spec as a link and the description as a paragraph.
     */
    static Map<String, String> fields(HttpStatusInfo info) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("class", info.statusClass().label() + " " + info.statusClass().displayName());
        fields.put("registry", registry(info));
        info.unofficialCode().ifPresent(u -> fields.put("unofficial", u.unofficialName() + " (" + u.origin() + ")"));
        if (!info.isRegistered()) {
            fields.put("read as", info.understoodAs().toString());
        }
        fields.put("permanence", info.permanence().name().toLowerCase(Locale.ROOT));
        fields.put("redirect", redirect(info));
        fields.put("retry", AdvisorRetry.of(info).words());
        fields.put("cache", cache(info));
        fields.put("content", info.allowsContent() ? "allowed" : "never");
        fields.put("required", headers(info.requiredHeaders()));
        fields.put("recommended", headers(info.recommendedHeaders()));
        return fields;
    }

    /** The card as a JSON object: a {@link #status status} object with every fact added. */
    static Map<String, Object> json(HttpStatusInfo info) {
        Map<String, Object> map = status(info);
        map.put("class", info.statusClass().name());
        map.put("registered", info.isRegistered());
        map.put("registryStatus", info.registryStatus().name());
        map.put("understoodAs", status(info.understoodAs()));
        map.put("unofficial", info.unofficialCode().map(StatusCard::unofficial).orElse(null));
        map.put("permanence", info.permanence().name());
        map.put("redirect", info.isRedirect());
        map.put("preservesMethod", info.preservesMethod());
        map.put("methodRewrite", info.methodRewrite().name());
        map.put("retryability", info.retryability().name());
        map.put("retry", AdvisorRetry.of(info).name());
        map.put("retryAfterApplies", info.retryAfterApplies());
        map.put("storable", info.isStorable());
        map.put("cacheableByDefault", info.isCacheableByDefault());
        map.put("allowsContent", info.allowsContent());
        map.put("requiredHeaders", new ArrayList<>(info.requiredHeaders()));
        map.put("recommendedHeaders", new ArrayList<>(info.recommendedHeaders()));
        map.put("spec", spec(info.specReference()));
        map.put("description", info.description());
        return map;
    }

    /** A status as every JSON output shows one: {@code {"code": 302, "reasonPhrase": "Found"}}. */
    static Map<String, Object> status(HttpStatusInfo info) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", info.code());
        map.put("reasonPhrase", info.reasonPhrase());
        return map;
    }

    /** A specification reference as JSON: document, section (empty for a whole document) and link. */
    static Map<String, Object> spec(SpecReference ref) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("document", ref.document());
        map.put("section", ref.section());
        map.put("url", ref.url());
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

    private static Map<String, Object> unofficial(UnofficialCode code) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", code.unofficialName());
        map.put("origin", code.origin());
        map.put("description", code.description());
        return map;
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

    /** The standard redirect policy's rule; it waits for a valid Retry-After before it follows. */
    private static String redirect(HttpStatusInfo info) {
        String wait = info.retryAfterApplies() ? "; waits for a valid Retry-After first" : "";
        return switch (info.methodRewrite()) {
            case NONE -> "not followed automatically";
            case KEEP -> "followed; method and content kept" + wait;
            case POST_TO_GET -> "followed; POST becomes GET, other methods kept" + wait;
            case TO_GET -> "followed; every method but HEAD becomes GET" + wait;
        };
    }

    private static String cache(HttpStatusInfo info) {
        if (!info.isStorable()) {
            return info.isInformational() ? "never stored: an interim response (RFC 9111, section 3)"
                    : "must not be stored, even with explicit freshness (" + info.specReference() + ")";
        }
        return info.isCacheableByDefault() ? "storable; heuristically cacheable without explicit freshness"
                : "storable with explicit freshness only";
    }

    private static String headers(Set<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
