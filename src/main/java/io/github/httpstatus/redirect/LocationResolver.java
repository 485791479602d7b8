package io.github.httpstatus.redirect;

import io.github.httpstatus.internal.Ascii;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Resolves a {@code Location} value against the URI of the request that got it, by RFC 3986,
 * section 5.2 (not the RFC 2396 rules of {@link URI#resolve(URI)}), refusing any value that
 * URL parsers are known to read differently instead of guessing.
 */
final class LocationResolver {

    /** The outcome: a target, or the reason and the problem in words (never echoing the value). */
    record Resolution(URI target, StopReason refusal, String problem) {

        static Resolution refused(StopReason reason, String problem) {
            return new Resolution(null, reason, problem);
        }
    }

    private LocationResolver() {
    }

    static Resolution resolve(URI base, String location) {
        Reference ref = Reference.parse(location);
        if (ref.scheme != null && !isHttp(ref.scheme)) {
            return Resolution.refused(StopReason.SCHEME_NOT_ALLOWED,
                    "the Location scheme is not http or https");
        }
        String problem = unsafeCharacter(location);
        if (problem != null) {
            return Resolution.refused(StopReason.INVALID_LOCATION, problem);
        }
        if (ref.authority != null) {
            problem = authorityProblem(ref.authority);
            if (problem != null) {
                return Resolution.refused(StopReason.INVALID_LOCATION, problem);
            }
        } else if (ref.scheme != null) {
            return Resolution.refused(StopReason.INVALID_LOCATION, "the Location has a scheme but no host");
        }
        // RFC 3986, section 5.2.2: transform the reference against the base.
        String scheme;
        String authority;
        String path;
        String query;
        if (ref.scheme != null || ref.authority != null) {
            scheme = ref.scheme != null ? ref.scheme : base.getScheme();
            authority = ref.authority;
            path = removeDotSegments(ref.path);
            query = ref.query;
        } else {
            scheme = base.getScheme();
            authority = base.getRawAuthority();
            if (ref.path.isEmpty()) {
                path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
                query = ref.query != null ? ref.query : base.getRawQuery();
            } else {
                path = removeDotSegments(ref.path.startsWith("/") ? ref.path : merge(base.getRawPath(), ref.path));
                query = ref.query;
            }
        }
        // RFC 9110, section 10.2.2: a Location without a fragment inherits the request's.
        String fragment = ref.fragment != null ? ref.fragment : base.getRawFragment();
        return build(scheme, authority, path, query, fragment);
    }

    private static Resolution build(String scheme, String authority, String path, String query, String fragment) {
        String host;
        String port = null;
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority; // userinfo is never sent on
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            host = hostPort.substring(0, close + 1);
            port = close + 1 < hostPort.length() ? hostPort.substring(close + 2) : null;
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
            port = colon >= 0 ? hostPort.substring(colon + 1) : null;
        }
        String asciiHost;
        try {
            asciiHost = host.startsWith("[") ? host.toLowerCase(Locale.ROOT) : IDN.toASCII(host, 0).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Resolution.refused(StopReason.INVALID_LOCATION, "the Location host is not a valid domain name");
        }
        if (asciiHost.isEmpty()) {
            return Resolution.refused(StopReason.INVALID_LOCATION, "the Location host is empty");
        }
        StringBuilder uri = new StringBuilder();
        uri.append(scheme.toLowerCase(Locale.ROOT)).append("://").append(asciiHost);
        if (port != null) {
            uri.append(':').append(port);
        }
        uri.append(path.isEmpty() ? "/" : encodeNonAscii(path));
        if (query != null) {
            uri.append('?').append(encodeNonAscii(query));
        }
        if (fragment != null) {
            uri.append('#').append(encodeNonAscii(fragment));
        }
        try {
            return new Resolution(new URI(uri.toString()), null, null);
        } catch (URISyntaxException e) {
            return Resolution.refused(StopReason.INVALID_LOCATION, "the resolved Location is not a valid URI");
        }
    }

    /** Characters that parsers disagree on (WHATWG URL versus RFC 3986): refused, with where. */
    private static String unsafeCharacter(String location) {
        if (location.isEmpty()) {
            return "the Location is empty";
        }
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if (c <= 0x20 || c == 0x7F) {
                return "the Location holds a space, tab or control character at index " + i;
            }
            if (c == '\\') {
                return "the Location holds a backslash at index " + i;
            }
            if (c == '%' && !(i + 2 < location.length() && Ascii.isHexDigit(location.charAt(i + 1)) && Ascii.isHexDigit(location.charAt(i + 2)))) {
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
        int start = location.indexOf(':') > 0 && isSchemeEnd(location, location.indexOf(':')) ? location.indexOf(':') + 1 : 0;
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

    private static String authorityProblem(String authority) {
        if (authority.indexOf('@') >= 0) {
            return "the Location carries user information";
        }
        String host = authority;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return "the Location has an unclosed IPv6 literal";
            }
            host = authority.substring(1, close);
            for (int i = 0; i < host.length(); i++) {
                char c = host.charAt(i);
                if (!(Ascii.isHexDigit(c) || c == ':' || c == '.')) {
                    return "the Location has an invalid IPv6 literal";
                }
            }
            if (close + 1 < authority.length()) {
                if (authority.charAt(close + 1) != ':') {
                    return "the Location has text after its IPv6 literal";
                }
                port = authority.substring(close + 2);
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                port = authority.substring(colon + 1);
            }
            if (host.isEmpty()) {
                return "the Location host is empty";
            }
            for (int i = 0; i < host.length(); i++) {
                char c = host.charAt(i);
                boolean ok = Ascii.isAlpha(c) || Ascii.isDigit(c) || c == '-' || c == '.' || c == '_' || c > 0x7F;
                if (!ok) {
                    return "the Location host holds a character hosts do not allow";
                }
            }
        }
        if (port != null) {
            if (port.isEmpty() || port.length() > 5) {
                return "the Location has an invalid port";
            }
            int value = 0;
            for (int i = 0; i < port.length(); i++) {
                char c = port.charAt(i);
                if (c < '0' || c > '9') {
                    return "the Location has an invalid port";
                }
                value = value * 10 + (c - '0');
            }
            if (value < 1 || value > 65_535) {
                return "the Location has an invalid port";
            }
        }
        return null;
    }

    /** RFC 3986, section 5.2.3. */
    private static String merge(String basePath, String relative) {
        if (basePath == null || basePath.isEmpty()) {
            return "/" + relative;
        }
        return basePath.substring(0, basePath.lastIndexOf('/') + 1) + relative;
    }

    /** RFC 3986, section 5.2.4. */
    static String removeDotSegments(String path) {
        StringBuilder input = new StringBuilder(path);
        StringBuilder output = new StringBuilder();
        while (input.length() > 0) {
            if (startsWith(input, "../")) {
                input.delete(0, 3);
            } else if (startsWith(input, "./")) {
                input.delete(0, 2);
            } else if (startsWith(input, "/./")) {
                input.delete(0, 2);
            } else if (equals(input, "/.")) {
                input.replace(0, 2, "/");
            } else if (startsWith(input, "/../")) {
                input.delete(0, 3);
                removeLastSegment(output);
            } else if (equals(input, "/..")) {
                input.replace(0, 3, "/");
                removeLastSegment(output);
            } else if (equals(input, ".") || equals(input, "..")) {
                input.setLength(0);
            } else {
                int next = input.indexOf("/", input.charAt(0) == '/' ? 1 : 0);
                int end = next < 0 ? input.length() : next;
                output.append(input, 0, end);
                input.delete(0, end);
            }
        }
        return output.toString();
    }

    private static void removeLastSegment(StringBuilder output) {
        int slash = output.lastIndexOf("/");
        output.setLength(Math.max(slash, 0));
    }

    private static boolean startsWith(StringBuilder text, String prefix) {
        return text.length() >= prefix.length() && text.substring(0, prefix.length()).equals(prefix);
    }

    private static boolean equals(StringBuilder text, String value) {
        return text.length() == value.length() && text.toString().equals(value);
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

    private static boolean isHttp(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    /** The five components of a URI reference (RFC 3986, appendix B); absent ones are null. */
    private static final class Reference {
        String scheme;
        String authority;
        String path;
        String query;
        String fragment;

        static Reference parse(String text) {
            Reference ref = new Reference();
            int i = 0;
            int colon = text.indexOf(':');
            int firstDelimiter = firstOf(text, "/?#", 0);
            if (colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter) && isSchemeEnd(text, colon)) {
                ref.scheme = text.substring(0, colon);
                i = colon + 1;
            }
            if (text.startsWith("//", i)) {
                int end = firstOf(text, "/?#", i + 2);
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

        private static int firstOf(String text, String chars, int from) {
            for (int i = from; i < text.length(); i++) {
                if (chars.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
