package io.github.httpstatus.redirect;

import io.github.httpstatus.internal.Ascii;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Resolves a {@code Location} value against the URI of the request that got it, by RFC 3986,
 * section 5.2 (not the RFC 2396 rules of {@link URI#resolve(URI)}), refusing any value that
 * URL parsers are known to read differently instead of guessing.
 */
final class LocationResolver {

    /**
     * The outcome: a target with whether it is another origin and the keys that loop detection
     * compares, or the reason and the problem in words (never echoing the value).
     */
    record Resolution(URI target, boolean crossOrigin, String baseKey, String targetKey, StopReason refusal,
            String problem) {

        static Resolution refused(StopReason reason, String problem) {
            return new Resolution(null, false, null, null, reason, problem);
        }
    }

    /** Why a target is refused whose host {@link URI#getHost()} does not read. */
    static final String UNREAD_HOST = "java.net.URI reads no host in the target (an underscore, a label"
            + " starting or ending with '-', or a last label starting with a digit)";

    private LocationResolver() {
    }

    static Resolution resolve(URI base, String location) {
        Reference ref = Reference.parse(location);
        if (ref.otherScheme) {
            return Resolution.refused(StopReason.SCHEME_NOT_ALLOWED, "the Location scheme is not http or https");
        }
        String problem = unsafeCharacter(location, ref);
        if (problem == null) {
            problem = encodedDotSegment(ref.path);
        }
        if (problem != null) {
            return Resolution.refused(StopReason.INVALID_LOCATION, problem);
        }
        Authority baseAuthority = Authority.ofRequest(base);
        if (baseAuthority.problem != null) {
            return Resolution.refused(StopReason.INVALID_LOCATION, baseAuthority.problem);
        }
        // The request's parts, percent-encoded where java.net.URI let non-ASCII through, so that what
        // comes from them below is ASCII whenever the Location is.
        String baseScheme = Ascii.toLowerCase(base.getScheme());
        String rawBasePath = base.getRawPath();
        String basePath = rawBasePath == null || rawBasePath.isEmpty() ? "/" : encodeNonAscii(rawBasePath);
        String baseQuery = base.getRawQuery() == null ? null : encodeNonAscii(base.getRawQuery());
        // RFC 3986, section 5.2.2: transform the reference against the base.
        String scheme;
        Authority authority;
        String path;
        String query;
        if (ref.authority != null) {
            authority = Authority.ofLocation(ref.authority);
            if (authority.problem != null) {
                return Resolution.refused(StopReason.INVALID_LOCATION, authority.problem);
            }
            scheme = ref.scheme != null ? ref.scheme : baseScheme;
            path = removeDotSegments(ref.path);
            query = ref.query;
        } else if (ref.scheme != null) {
            return Resolution.refused(StopReason.INVALID_LOCATION, "the Location has a scheme but no host");
        } else {
            scheme = baseScheme;
            authority = baseAuthority;
            if (ref.path.isEmpty()) {
                path = basePath;
                query = ref.query != null ? ref.query : baseQuery;
            } else {
                path = removeDotSegments(ref.path.startsWith("/") ? ref.path : merge(basePath, ref.path));
                query = ref.query;
            }
        }
        // RFC 9110, section 10.2.2: a Location without a fragment inherits the request's.
        String fragment = ref.fragment;
        if (fragment == null && base.getRawFragment() != null) {
            fragment = encodeNonAscii(base.getRawFragment());
        }
        if (ref.hasNonAscii) { // else all is ASCII already: the request's parts were encoded above
            path = encodeNonAscii(path);
            query = query == null ? null : encodeNonAscii(query);
            fragment = fragment == null ? null : encodeNonAscii(fragment);
        }
        path = path.isEmpty() ? "/" : path;
        URI target = target(base, ref.authority == null, scheme, authority, path, query, fragment);
        if (target == null) {
            return Resolution.refused(StopReason.INVALID_LOCATION, "the resolved Location is not a valid URI");
        }
        if (target.getHost() == null) {
            // java.net.URI takes such a host as a registry name and reads no host: a client asking
            // getHost() would get null and might fall back to a host of its own choosing.
            return Resolution.refused(StopReason.INVALID_LOCATION, UNREAD_HOST);
        }
        boolean crossOrigin = !scheme.equals(baseScheme) || !authority.host.equals(baseAuthority.host)
                || authority.effectivePort(scheme) != baseAuthority.effectivePort(baseScheme);
        String baseKey = key(baseScheme, baseAuthority, basePath, baseQuery);
        String targetKey = key(scheme, authority, path, query);
        return new Resolution(target, crossOrigin, baseKey, targetKey, null, null);
    }

    /**
     * Builds the target from its resolved parts with one parse, or returns null when {@link URI}
     * does not accept them. A path on the request's own authority (the usual relative
     * {@code Location}) is read alone and joined to the request URI by {@link URI#resolve(URI)},
     * which copies the request's scheme and authority instead of reading them again. That needs a
     * request URI without user information or port (resolve would copy them) whose scheme and host
     * are written as the target writes them, and a path that does not start with {@code //}, which
     * read alone would be an authority.
     */
    private static URI target(URI base, boolean onBaseAuthority, String scheme, Authority authority, String path,
            String query, String fragment) {
        String rest = path + (query == null ? "" : "?" + query) + (fragment == null ? "" : "#" + fragment);
        try {
            if (onBaseAuthority && authority.host.equals(base.getRawAuthority()) && scheme.equals(base.getScheme())
                    && !path.startsWith("//")) {
                return base.resolve(new URI(rest));
            }
            return new URI(scheme + "://" + authority.host + (authority.port >= 0 ? ":" + authority.port : "") + rest);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The request as loop detection sees it: scheme, host, port unless it is the default, path and
     * query, without user information or fragment.
     */
    private static String key(String scheme, Authority authority, String path, String query) {
        int port = authority.effectivePort(scheme);
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        return scheme + "://" + authority.host + (defaultPort ? "" : ":" + port) + path
                + (query == null ? "" : "?" + query);
    }

    /**
     * A path segment {@code .} or {@code ..} written with percent-escapes: RFC 3986, section 2.3
     * makes {@code %2E} the same as {@code .}, yet its dot-segment removal (section 5.2.4) does not
     * see it, and the WHATWG URL parser does. Refused rather than guessed at.
     */
    private static String encodedDotSegment(String path) {
        if (path.indexOf('%') < 0) {
            return null;
        }
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (isEncodedDots(path, start, end)) {
                return "the Location has a percent-encoded dot segment";
            }
            start = end + 1;
        }
        return null;
    }

    private static boolean isEncodedDots(String path, int start, int end) {
        int dots = 0;
        boolean encoded = false;
        int i = start;
        while (i < end) {
            if (path.charAt(i) == '.') {
                i++;
            } else if (path.startsWith("%2", i) && i + 2 < end && (path.charAt(i + 2) | 0x20) == 'e') {
                encoded = true;
                i += 3;
            } else {
                return false;
            }
            dots++;
        }
        return encoded && dots <= 2;
    }

    /** Characters that parsers disagree on (WHATWG URL versus RFC 3986): refused, with where. */
    private static String unsafeCharacter(String location, Reference ref) {
        if (location.isEmpty()) {
            return "the Location is empty";
        }
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if (c >= 0x80) {
                ref.hasNonAscii = true; // in the same pass: the resolver then encodes, or skips encoding
            }
            if (c <= 0x20 || c == 0x7F) {
                return "the Location holds a space, tab or control character at index " + i;
            }
            if (c == '\\') {
                return "the Location holds a backslash at index " + i;
            }
            if (c == '%' && !(i + 2 < location.length() && Ascii.isHexDigit(location.charAt(i + 1))
                    && Ascii.isHexDigit(location.charAt(i + 2)))) {
                return "the Location holds a bad percent-escape at index " + i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < location.length()
                    && Character.isLowSurrogate(location.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "the Location holds an unpaired surrogate at index " + i;
            }
        }
        int slashes = 0;
        int colon = location.indexOf(':');
        int start = colon > 0 && isSchemeEnd(location, colon) ? colon + 1 : 0;
        while (start + slashes < location.length() && location.charAt(start + slashes) == '/') {
            slashes++;
        }
        if (slashes >= 3) {
            return "the Location starts with three or more slashes";
        }
        return null;
    }

    private static boolean isSchemeEnd(String text, int colon) {
        if (!Ascii.isAlpha(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = text.charAt(i);
            if (!(Ascii.isAlpha(c) || Ascii.isDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 3986, section 5.2.3, for a base with an authority: its path is "/" or more (the resolver
     * writes an empty one as "/"), so the merge keeps it up to its last slash.
     */
    private static String merge(String basePath, String relative) {
        return basePath.substring(0, basePath.lastIndexOf('/') + 1) + relative;
    }

    /** RFC 3986, section 5.2.4, over indexes into {@code path}; a path without dots comes back as is. */
    static String removeDotSegments(String path) {
        if (path.indexOf('.') < 0) {
            return path;
        }
        StringBuilder output = new StringBuilder(path.length());
        int i = 0;
        int n = path.length();
        while (i < n) {
            int left = n - i;
            if (path.startsWith("../", i)) { // A
                i += 3;
            } else if (path.startsWith("./", i) || path.startsWith("/./", i)) { // A, B
                i += 2;
            } else if (left == 2 && path.startsWith("/.", i)) { // B: "/." becomes "/"
                output.append('/');
                i = n;
            } else if (path.startsWith("/../", i)) { // C
                i += 3;
                removeLastSegment(output);
            } else if (left == 3 && path.startsWith("/..", i)) { // C: "/.." becomes "/"
                removeLastSegment(output);
                output.append('/');
                i = n;
            } else if ((left == 1 && path.charAt(i) == '.') || (left == 2 && path.startsWith("..", i))) { // D
                i = n;
            } else { // E: move the first segment, with its leading "/", to the output
                int next = path.indexOf('/', path.charAt(i) == '/' ? i + 1 : i);
                int end = next < 0 ? n : next;
                output.append(path, i, end);
                i = end;
            }
        }
        return output.toString();
    }

    private static void removeLastSegment(StringBuilder output) {
        output.setLength(Math.max(output.lastIndexOf("/"), 0));
    }

    private static String encodeNonAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                int codePoint = text.codePointAt(i);
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i += Character.charCount(codePoint) - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The five components of a URI reference (RFC 3986, appendix B); absent ones are null. The
     * scheme is {@code "http"} or {@code "https"} in lower case; any other sets {@link #otherScheme}.
     */
    private static final class Reference {
        /** Whether the Location holds any non-ASCII character; set by {@code unsafeCharacter}. */
        boolean hasNonAscii;
        /** Whether the Location has a scheme other than http and https, which is refused. */
        boolean otherScheme;
        String scheme;
        String authority;
        String path;
        String query;
        String fragment;

        static Reference parse(String text) {
            Reference ref = new Reference();
            int i = 0;
            int colon = text.indexOf(':');
            int firstDelimiter = firstDelimiter(text, 0);
            if (colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter) && isSchemeEnd(text, colon)) {
                ref.scheme = colon == 4 && text.regionMatches(true, 0, "http", 0, 4) ? "http"
                        : colon == 5 && text.regionMatches(true, 0, "https", 0, 5) ? "https" : null;
                ref.otherScheme = ref.scheme == null;
                i = colon + 1;
            }
            if (text.startsWith("//", i)) {
                int end = firstDelimiter(text, i + 2);
                end = end < 0 ? text.length() : end;
                ref.authority = text.substring(i + 2, end);
                i = end;
            }
            int hash = text.indexOf('#', i);
            int queryStart = text.indexOf('?', i);
            if (hash >= 0 && queryStart > hash) {
                queryStart = -1;
            }
            int pathEnd = queryStart >= 0 ? queryStart : hash >= 0 ? hash : text.length();
            ref.path = text.substring(i, pathEnd);
            if (queryStart >= 0) {
                ref.query = text.substring(queryStart + 1, hash >= 0 ? hash : text.length());
            }
            if (hash >= 0) {
                ref.fragment = text.substring(hash + 1);
            }
            return ref;
        }

        /** The index of the first {@code /}, {@code ?} or {@code #} from {@code from}, or -1. */
        private static int firstDelimiter(String text, int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '/' || c == '?' || c == '#') {
                    return i;
                }
            }
            return -1;
        }
    }
}
