package io.github.httpstatus.cli;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.SpecReference;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the HTML reference page: one self-contained file with a card for every registered and
 * vendor code, class filters, and a search box that runs the rules of
 * {@link io.github.httpstatus.search.StatusSearch} in JavaScript over the model's data, embedded as
 * JSON. Nothing is fetched: styles and script are inline and a Content-Security-Policy with their
 * hashes forbids everything else, so the page works offline from a file.
 */
final class ReferencePage {

    private static final String STYLE = resource("reference-page.css");
    private static final String SCRIPT = resource("reference-page.js");

    private ReferencePage() {
    }

    static String html() {
        StringBuilder out = new StringBuilder(256 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src '").append(sha256(STYLE)).append("'; script-src '").append(sha256(SCRIPT))
                .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>HTTP status code reference</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#codes\">Skip to the codes</a>\n")
                .append("<header>\n<h1>HTTP status codes</h1>\n")
                .append("<p>What every registered code means (RFC 9110, the IANA registry, WHATWG Fetch), ")
                .append("and the vendor codes seen in the wild.</p>\n")
                .append("<div class=\"search\" role=\"search\">\n")
                .append("<label for=\"query\">Search by code, class, phrase or symptom</label>\n")
                .append("<input id=\"query\" type=\"search\" role=\"combobox\" autocomplete=\"off\" spellcheck=\"false\"")
                .append(" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"results\"")
                .append(" aria-describedby=\"search-help\" placeholder=\"429, 4xx, rate limit, redirect\">\n")
                .append("<ul id=\"results\" role=\"listbox\" aria-label=\"Matching codes, best first\" hidden></ul>\n")
                .append("<p id=\"search-help\"><kbd>/</kbd> to search, <kbd>&uarr;</kbd> <kbd>&darr;</kbd> to move, ")
                .append("<kbd>Enter</kbd> to open, <kbd>Esc</kbd> to clear</p>\n")
                .append("<p id=\"announce\" role=\"status\" aria-live=\"polite\"></p>\n</div>\n")
                .append("<nav aria-label=\"Filter by class\">\n");
        filterButton(out, "all", "All");
        for (StatusClass statusClass : StatusClass.values()) {
            filterButton(out, String.valueOf(statusClass.baseCode() / 100), statusClass.label());
        }
        filterButton(out, "unofficial", "Unofficial");
        out.append("</nav>\n</header>\n<main id=\"codes\">\n");
        for (StatusClass statusClass : StatusClass.values()) {
            String title = statusClass.label() + " " + statusClass.displayName();
            section(out, statusClass.label(), title);
            for (StatusCode status : StatusCode.values()) {
                if (status.statusClass() == statusClass) {
                    card(out, status.info());
                }
            }
            out.append("</div>\n</section>\n");
        }
        section(out, "unofficial", "Unregistered codes with a vendor meaning");
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            card(out, HttpStatusInfo.of(unofficial.code()));
        }
        out.append("</div>\n</section>\n</main>\n<footer>\n<p>Generated from the httpstatus model by ")
                .append("<code>java -jar httpstatus.jar html</code>. Any code not listed is unregistered and ")
                .append("read as the <code>x00</code> code of its class (")
                .append(link("https://www.rfc-editor.org/rfc/rfc9110#section-15", "RFC 9110, section 15"))
                .append(").</p>\n</footer>\n")
                .append("<script type=\"application/json\" id=\"status-data\">")
                .append(Json.writeForScript(data())).append("</script>\n")
                .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void filterButton(StringBuilder out, String filter, String label) {
        out.append("<button type=\"button\" data-filter=\"").append(filter).append("\" aria-pressed=\"")
                .append(filter.equals("all")).append("\">").append(label).append("</button>\n");
    }

    private static void section(StringBuilder out, String id, String title) {
        out.append("<section data-section=\"").append(id).append("\" aria-labelledby=\"section-").append(id)
                .append("\">\n<h2 id=\"section-").append(id).append("\">").append(escape(title))
                .append("</h2>\n<div class=\"cards\">\n");
    }

    private static void card(StringBuilder out, HttpStatusInfo info) {
        int code = info.code();
        boolean vendor = !info.isRegistered();
        out.append("<article class=\"card\" id=\"").append(code).append("\" data-code=\"").append(code)
                .append("\" data-class=\"").append(code / 100).append("\" data-kind=\"")
                .append(vendor ? "unofficial" : "registered").append("\" tabindex=\"-1\" aria-labelledby=\"title-")
                .append(code).append("\">\n<h3 id=\"title-").append(code).append("\"><a href=\"#").append(code)
                .append("\">").append(code).append("</a> ").append(escape(title(info)));
        info.unofficialCode().ifPresent(u -> out.append(" <span class=\"origin\">")
                .append(escape(u.origin())).append(", unregistered</span>"));
        out.append("</h3>\n<p>").append(escape(description(info))).append("</p>\n<dl>\n");
        for (Map.Entry<String, String> field : StatusCard.fields(info).entrySet()) {
            out.append("<dt>").append(escape(field.getKey())).append("</dt><dd>").append(escape(field.getValue()))
                    .append("</dd>\n");
        }
        SpecReference spec = info.specReference();
        out.append("<dt>spec</dt><dd>").append(link(spec.url(), spec.toString())).append("</dd>\n</dl>\n")
                .append("<p class=\"terms\">Also searched as: ")
                .append(escape(String.join(", ", info.searchTerms()))).append("</p>\n</article>\n");
    }

    /** The name a card and a search result show: the phrase, or the vendor's name for a vendor code. */
    private static String title(HttpStatusInfo info) {
        return info.unofficialCode().map(UnofficialCode::unofficialName).orElse(info.reasonPhrase());
    }

    private static String description(HttpStatusInfo info) {
        return info.unofficialCode().map(UnofficialCode::description).orElse(info.description());
    }

    /**
     * The texts the page's search reads, chosen as StatusSearch chooses them: the phrases a code is
     * known by (reason phrase and former phrases, or the vendor's name), its terms and description.
     */
    static List<Object> data() {
        List<Object> list = new ArrayList<>();
        for (StatusCode status : StatusCode.values()) {
            List<String> phrases = new ArrayList<>();
            phrases.add(status.reasonPhrase());
            phrases.addAll(status.formerPhrases());
            list.add(entry(status.info(), status.reasonPhrase(), phrases));
        }
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            HttpStatusInfo info = HttpStatusInfo.of(unofficial.code());
            list.add(entry(info, unofficial.unofficialName() + " (" + unofficial.origin() + ")",
                    List.of(unofficial.unofficialName())));
        }
        return list;
    }

    private static Map<String, Object> entry(HttpStatusInfo info, String title, List<String> phrases) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", info.code());
        map.put("title", title);
        map.put("phrases", phrases);
        map.put("terms", info.searchTerms());
        map.put("description", description(info));
        return map;
    }

    private static String link(String url, String text) {
        return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
    }

    /**
     * Escapes text for HTML content and quoted attribute values; non-ASCII characters become
     * character references, so the page survives any encoding of standard output.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c > 0x7E) {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The CSP source for an inline element with this exact text. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's specification).
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReferencePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
