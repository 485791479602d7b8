package io.github.httpstatus.redirect;

import io.github.httpstatus.internal.Ascii;

import java.net.IDN;
import java.net.URI;

/**
 * The host and port of a redirect target or of the request that got the redirect, in the form
 * origins are compared in: lower-case ASCII host (an IDN converted, an IPv6 literal kept in
 * brackets) and an optional port.
 *
 * <p>A {@code Location} authority is read strictly (see {@link #ofLocation(String)}): a host that
 * URL parsers, resolvers and IDNA versions read as different hosts is refused rather than guessed
 * at, since the origin decides which credentials travel.
 */
final class Authority {

    /** The longest host name DNS carries, without a trailing dot (RFC 1035, section 2.3.4). */
    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    /** The host in lower-case ASCII; an IPv6 literal keeps its brackets. Null when refused. */
    final String host;
    /** The port, or -1 when absent or empty. */
    final int port;
    /** Why the authority is refused, in words that never echo it; null when it is accepted. */
    final String problem;

    private Authority(String host, int port, String problem) {
        this.host = host;
        this.port = port;
        this.problem = problem;
    }

    private static Authority refused(String problem) {
        return new Authority(null, -1, problem);
    }

    /**
     * Reads the authority of a {@code Location} value (the text between {@code //} and the path).
     * Refused: user information, an empty host, characters outside letters, digits, {@code -} and
     * {@code .} (non-ASCII is converted by IDN first, and must convert to those; an underscore,
     * which RFC 3986 allows, leaves {@link URI#getHost()} null, so a client could not use the target),
     * the sharp s, the final sigma and the zero-width joiners (IDNA 2003 and IDNA 2008 map them to
     * different hosts), labels over 63 or hosts over 253 octets, a host ending in a number that is
     * not a plain dotted-quad IPv4 address ({@code 2130706433}, {@code 0x7f.1} and {@code 010.0.0.1}
     * are loopback or octal to some resolvers and names to others), an IPv6 literal with anything
     * but hex digits, colons and dots (zone identifiers included), and a port that is not 1 to
     * 65535. An empty port means the default port (RFC 3986, section 3.2.3).
     */
    static Authority ofLocation(String authority) {
        if (authority.indexOf('@') >= 0) {
            return refused("the Location carries user information");
        }
        String host;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return refused("the Location has an unclosed IPv6 literal");
            }
            for (int i = 1; i < close; i++) {
                char c = authority.charAt(i);
                if (!(Ascii.isHexDigit(c) || c == ':' || c == '.')) {
                    return refused("the Location has an invalid IPv6 literal");
                }
            }
            if (close + 1 < authority.length()) {
                if (authority.charAt(close + 1) != ':') {
                    return refused("the Location has text after its IPv6 literal");
                }
                port = authority.substring(close + 2);
            }
            host = Ascii.toLowerCase(authority.substring(0, close + 1));
        } else {
            int colon = authority.indexOf(':');
            String name = colon >= 0 ? authority.substring(0, colon) : authority;
            port = colon >= 0 ? authority.substring(colon + 1) : null;
            if (name.isEmpty()) {
                return refused("the Location host is empty");
            }
            Authority named = ofName(name);
            if (named.problem != null) {
                return named;
            }
            host = named.host;
        }
        int portNumber = port == null ? -1 : parsePort(port);
        if (portNumber == -2) {
            return refused("the Location has an invalid port");
        }
        return new Authority(host, portNumber, null);
    }

    /**
     * Reads the authority of the request URI. It is the caller's own URI, so only what comparing
     * origins and writing the target need is checked: the port is 1 to 65535, and the host, converted
     * to ASCII, is an IP literal or holds only letters, digits, {@code -}, {@code .} and {@code _}.
     * The last check matters where {@link URI} reads no host: IDN maps a full-width solidus to
     * {@code /}, and a host {@code a.example/evil} written into the target would be read as host
     * {@code a.example} (curl CVE-2020-8169 rebuilt a URL from its parts and re-read it the same way).
     */
    static Authority ofRequest(URI uri) {
        String host = uri.getHost();
        int port = uri.getPort();
        boolean readByUri = host != null;
        if (!readByUri) { // java.net.URI reads neither host nor port for IDNs, underscores and the like
            String authority = uri.getRawAuthority();
            String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = hostPort.lastIndexOf(':');
            boolean hasPort = colon >= 0 && !hostPort.endsWith("]");
            host = hasPort ? hostPort.substring(0, colon) : hostPort;
            port = hasPort ? parsePort(hostPort.substring(colon + 1)) : -1;
        } else if (port == 0 || port > 65_535) {
            port = -2;
        }
        if (port == -2) {
            return refused("the request port is invalid");
        }
        String ascii;
        if (isAscii(host)) {
            ascii = Ascii.toLowerCase(host);
        } else {
            try {
                ascii = Ascii.toLowerCase(IDN.toASCII(host, 0));
            } catch (IllegalArgumentException e) {
                return refused("the request host is not a valid domain name");
            }
        }
        if (ascii.isEmpty()) {
            return refused("the request host is empty");
        }
        // A host java.net.URI read follows its grammar already; one it did not read is checked here.
        if (!readByUri && !ascii.startsWith("[") && !hasOnlyNameCharacters(ascii)) {
            return refused("the request host holds or maps to a character hosts do not allow");
        }
        return new Authority(ascii, port, null);
    }

    /** Returns the port, or the default port of {@code scheme} (80, or 443 for https) when absent. */
    int effectivePort(String scheme) {
        return port >= 0 ? port : scheme.equalsIgnoreCase("https") ? 443 : 80;
    }

    /** Reads a host name, converting non-ASCII by IDN; refused as {@link #ofLocation(String)} says. */
    private static Authority ofName(String name) {
        String ascii;
        if (isAscii(name)) {
            if (!hasOnlyNameCharacters(name)) {
                return refused("the Location host holds a character hosts do not allow");
            }
            ascii = Ascii.toLowerCase(name);
        } else {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c < 0x80 && !isNameCharacter(c)) {
                    return refused("the Location host holds a character hosts do not allow");
                }
            }
            if (hasIdnaDeviation(name)) {
                return refused("the Location host holds a sharp s, a final sigma or a zero-width joiner, which"
                        + " IDNA 2003 and IDNA 2008 map to different hosts");
            }
            try {
                ascii = Ascii.toLowerCase(IDN.toASCII(name, 0));
            } catch (IllegalArgumentException e) {
                return refused("the Location host is not a valid domain name");
            }
            if (!hasOnlyNameCharacters(ascii)) {
                return refused("the Location host maps to a character hosts do not allow");
            }
        }
        if (ascii.indexOf('_') >= 0) {
            return refused("the Location host holds an underscore, with which java.net.URI reads no host");
        }
        if (hostLength(ascii) > MAX_HOST_LENGTH) {
            return refused("the Location host is longer than 253 characters");
        }
        if (!hasValidLabels(ascii)) {
            return refused("the Location host is not a valid domain name");
        }
        if (isAmbiguousNumber(ascii)) {
            return refused("the Location host is a number that parsers read as different addresses");
        }
        return new Authority(ascii, -1, null);
    }

    /** Labels of 1 to 63 characters, the last one empty only after a final dot. */
    private static boolean hasValidLabels(String ascii) {
        int labelStart = 0;
        for (int i = 0; i <= ascii.length(); i++) {
            if (i == ascii.length() || ascii.charAt(i) == '.') {
                int length = i - labelStart;
                boolean finalEmptyLabel = length == 0 && i == ascii.length() && i > 0;
                if ((length == 0 && !finalEmptyLabel) || length > MAX_LABEL_LENGTH) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return true;
    }

    private static boolean hasOnlyNameCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isNameCharacter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameCharacter(char c) {
        return Ascii.isAlpha(c) || Ascii.isDigit(c) || c == '-' || c == '.' || c == '_';
    }

    private static int hostLength(String ascii) {
        return ascii.endsWith(".") ? ascii.length() - 1 : ascii.length();
    }

    /**
     * Whether the last label is a number (decimal, or hex after {@code 0x}), which the WHATWG URL
     * parser and C resolvers read as an IPv4 address, and the whole is not a plain dotted quad of
     * decimal octets without leading zeros, the one form every reader agrees on.
     */
    private static boolean isAmbiguousNumber(String ascii) {
        int end = ascii.endsWith(".") ? ascii.length() - 1 : ascii.length();
        int start = ascii.lastIndexOf('.', end - 1) + 1;
        if (!isNumber(ascii, start, end)) {
            return false;
        }
        if (end != ascii.length()) {
            return true; // "1.2.3.4." is read as an address by some, as a name by others
        }
        int octets = 0;
        int from = 0;
        while (from <= ascii.length()) {
            int dot = ascii.indexOf('.', from);
            int to = dot < 0 ? ascii.length() : dot;
            if (!isOctet(ascii, from, to) || ++octets > 4) {
                return true;
            }
            from = to + 1;
        }
        return octets != 4;
    }

    private static boolean isNumber(String text, int start, int end) {
        if (start >= end) {
            return false;
        }
        int digitsFrom = start;
        boolean hex = end - start >= 2 && text.charAt(start) == '0' && (text.charAt(start + 1) | 0x20) == 'x';
        if (hex) {
            digitsFrom = start + 2;
        }
        for (int i = digitsFrom; i < end; i++) {
            char c = text.charAt(i);
            if (hex ? !Ascii.isHexDigit(c) : !Ascii.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOctet(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 3 || (length > 1 && text.charAt(from) == '0')) {
            return false;
        }
        int value = digitsValue(text, from, to);
        return value >= 0 && value <= 255;
    }

    /** The characters UTS 46 transitional processing (IDNA 2003) and IDNA 2008 map differently. */
    private static boolean hasIdnaDeviation(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\u00DF' || c == '\u03C2' || c == '\u200C' || c == '\u200D') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Returns the port 1 to 65535, -1 for an empty port, or -2 when it is invalid. */
    private static int parsePort(String port) {
        if (port.isEmpty()) {
            return -1;
        }
        int value = port.length() > 5 ? -1 : digitsValue(port, 0, port.length());
        return value >= 1 && value <= 65_535 ? value : -2;
    }

    /** The value of the ASCII digits from {@code from} to {@code to} (a few, so no overflow); -1 for anything else. */
    private static int digitsValue(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Ascii.isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
