package io.github.httpstatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The words people use for each code beyond its reason phrase: what they were trying to do, the
 * symptom they saw, former phrases, constant names other libraries give the code, and the topic it
 * belongs to. Read through {@link HttpStatusInfo#searchTerms()}.
 *
 * <p>Every term is one or more lower-case ASCII words separated by single spaces, so a search can
 * split terms into words the same way it splits a query. Constant names are written as words
 * ({@code TOO_MANY_REQUESTS} becomes {@code "too many requests"}), with their prefix where the rest
 * would only repeat the phrase ({@code SC_MOVED_TEMPORARILY} becomes {@code "sc moved temporarily"}).
 */
final class SearchTerms {

    private static final List<String> NONE = List.of();
    private static final List<String>[] TERMS = newTable();

    private SearchTerms() {
    }

    static {
        // 1xx
        put(100, "expect 100 continue", "expect header", "send the body", "upload body", "interim response",
                "sc continue");
        put(101, "websocket", "upgrade", "protocol switch", "http2 upgrade", "h2c", "connection upgrade",
                "interim response");
        put(102, "webdav", "long running request", "still working", "keep alive", "interim response");
        put(103, "preload", "link header", "hints", "prefetch", "early headers", "interim response", "performance");
        put(104, "resumable upload", "resume upload", "interrupted upload", "tus", "interim response");
        // 2xx
        put(200, "success", "ok response", "worked", "succeeded", "fine", "http ok");
        put(201, "created resource", "new resource", "post created", "insert", "location header", "http created",
                "resource created");
        put(202, "accepted for processing", "asynchronous", "async", "queued", "background job", "later",
                "http accepted");
        put(203, "proxy modified", "transformed", "transforming proxy", "http not authoritative");
        put(204, "empty response", "empty body", "no body", "nothing to return", "delete succeeded", "http no content");
        put(205, "reset form", "clear form", "reset view", "no body", "http reset");
        put(206, "range request", "byte range", "partial", "resume download", "chunk", "video streaming",
                "content range", "http partial");
        put(207, "webdav", "multiple statuses", "batch", "bulk operation", "xml multistatus");
        put(208, "webdav", "binding", "already listed", "duplicate members");
        put(226, "delta encoding", "instance manipulation", "im header", "diff");
        // 3xx
        put(300, "redirect", "choice", "alternatives", "content negotiation", "several representations",
                "http mult choice");
        put(301, "redirect", "moved", "permanent redirect", "permanently moved", "seo", "new url", "update links",
                "http moved perm");
        put(302, "redirect", "moved temporarily", "sc moved temporarily", "http moved temp", "temporary",
                "temporary redirect", "temporarily moved", "location header");
        put(303, "redirect", "post redirect get", "prg", "after post", "form submit", "temporary", "other url",
                "http see other");
        put(304, "cache", "cached", "conditional get", "conditional request", "etag", "if none match",
                "if modified since", "revalidation", "unchanged", "http not modified");
        put(305, "proxy", "deprecated", "obsolete", "http use proxy");
        put(306, "switch proxy", "proxy", "unused", "reserved", "obsolete");
        put(307, "redirect", "temporary", "keep method", "same method", "preserve post", "temporarily moved",
                "location header", "sc temporary redirect", "hsts");
        put(308, "redirect", "permanent", "moved permanently", "keep method", "same method", "preserve post",
                "new url", "location header");
        // 4xx
        put(400, "malformed", "invalid request", "bad input", "bad syntax", "invalid json", "parse error",
                "validation", "client error", "http bad request");
        put(401, "login", "log in", "sign in", "authentication", "unauthenticated", "credentials", "token",
                "expired token", "missing token", "bearer", "basic auth", "www authenticate", "not logged in",
                "http unauthorized");
        put(402, "payment", "billing", "subscription", "quota", "paywall", "credit", "http payment required");
        put(403, "forbidden access", "access denied", "permission", "permission denied", "not allowed",
                "authorization", "insufficient scope", "no access", "denied", "http forbidden");
        put(404, "missing", "not there", "no such resource", "unknown url", "wrong url", "broken link", "dead link",
                "does not exist", "http not found", "sc not found");
        put(405, "wrong method", "method not supported", "unsupported method", "allow header", "http bad method");
        put(406, "content negotiation", "accept header", "unsupported format", "no acceptable representation",
                "http not acceptable");
        put(407, "proxy", "proxy login", "proxy authentication", "proxy credentials", "proxy authenticate",
                "http proxy auth");
        put(408, "timeout", "timed out", "slow client", "idle connection", "client timeout", "http client timeout",
                "sc request timeout");
        put(409, "conflict", "duplicate", "already exists", "edit conflict", "version conflict", "concurrent update",
                "optimistic locking", "state conflict", "http conflict");
        put(410, "deleted", "removed", "permanent", "no longer available", "gone forever", "retired", "http gone");
        put(411, "content length", "missing length", "chunked", "http length required");
        put(412, "precondition", "conditional request", "if match", "etag mismatch", "lost update", "optimistic locking",
                "if unmodified since", "http precon failed");
        put(413, "payload too large", "request entity too large", "sc request entity too large",
                "http entity too large", "upload size", "upload too big", "file too big", "body too large",
                "size limit", "max body size", "client max body size");
        put(414, "request uri too long", "sc request uri too long", "url too long", "long url", "query string",
                "http req too long");
        put(415, "content type", "media type", "wrong format", "unsupported format", "mime type", "encoding",
                "http unsupported type");
        put(416, "range", "byte range", "requested range not satisfiable", "sc requested range not satisfiable",
                "out of range", "invalid range", "content range");
        put(417, "expect header", "expect 100 continue", "expectation", "sc expectation failed");
        put(418, "teapot", "i am a teapot", "im a teapot", "april fools", "joke", "easter egg", "htcpcp", "coffee",
                "unused", "reserved");
        put(421, "wrong server", "connection reuse", "tls", "sni", "certificate", "http2 coalescing",
                "misrouted");
        put(422, "validation", "validation error", "validation failed", "unprocessable entity", "invalid data",
                "invalid field", "semantic error", "business rule", "form errors", "webdav");
        put(423, "webdav", "lock", "locked resource", "file locked", "destination locked");
        put(424, "webdav", "dependency", "dependent action", "cascade failure", "method failure");
        put(425, "early data", "0rtt", "replay", "tls 1 3", "unordered collection");
        put(426, "upgrade", "protocol upgrade", "tls required", "https required", "websocket", "http2",
                "upgrade header");
        put(428, "precondition", "conditional request", "if match required", "lost update", "optimistic locking",
                "etag required");
        put(429, "rate limit", "rate limiting", "rate limited", "throttling", "throttled", "too many calls",
                "quota", "quota exceeded", "api limit", "slow down", "backoff", "retry after", "burst",
                "http too many requests");
        put(431, "header too large", "headers too big", "cookie too large", "large cookies", "header size",
                "request header too large");
        put(451, "legal", "legal reasons", "censorship", "censored", "blocked", "court order", "government",
                "takedown", "dmca", "gdpr", "geoblocking", "fahrenheit 451");
        // 5xx
        put(500, "server error", "crash", "exception", "bug", "unexpected error", "stack trace", "server failure",
                "http internal error", "sc internal server error");
        put(501, "not supported", "unsupported method", "unknown method", "unimplemented", "missing feature",
                "http not implemented");
        put(502, "upstream", "gateway", "proxy", "reverse proxy", "load balancer", "invalid response",
                "backend error", "origin error", "nginx", "http bad gateway");
        put(503, "maintenance", "overload", "overloaded", "down", "temporary", "temporarily unavailable",
                "outage", "unavailable", "capacity", "retry after", "rate limit", "http unavailable");
        put(504, "timeout", "timed out", "upstream", "upstream timeout", "gateway", "proxy", "reverse proxy",
                "load balancer", "slow backend", "http gateway timeout");
        put(505, "http version", "protocol version", "http2", "http 1 0", "unsupported version");
        put(506, "content negotiation", "transparent negotiation", "misconfiguration", "variant");
        put(507, "webdav", "disk full", "storage", "out of space", "quota", "insufficient space on resource");
        put(508, "webdav", "infinite loop", "loop", "cycle", "recursion", "depth infinity");
        put(510, "extension", "http extension framework", "obsolete", "historic", "policy");
        put(511, "captive portal", "wifi login", "hotspot", "network login", "network access", "login",
                "authentication");
        // Unregistered codes with a vendor meaning
        put(440, "iis", "microsoft", "session expired", "session timeout", "login", "log in again", "timeout");
        put(444, "nginx", "connection closed", "dropped connection", "empty reply", "blocked");
        put(449, "iis", "microsoft", "retry", "more information", "exchange");
        put(460, "aws", "elb", "alb", "load balancer", "client disconnected", "connection closed");
        put(463, "aws", "elb", "alb", "load balancer", "x forwarded for", "forwarded header", "ip addresses");
        put(494, "nginx", "header too large", "headers too big", "cookie too large", "large client header buffers");
        put(495, "nginx", "ssl", "tls", "client certificate", "mtls", "certificate verification");
        put(496, "nginx", "ssl", "tls", "client certificate", "mtls", "missing certificate");
        put(497, "nginx", "ssl", "tls", "plain http", "wrong port", "https port", "wrong scheme");
        put(499, "nginx", "client disconnected", "client gone", "connection closed", "cancelled", "aborted",
                "timeout");
        put(520, "cloudflare", "unknown error", "origin error", "empty response", "upstream");
        put(521, "cloudflare", "origin down", "connection refused", "server down", "upstream");
        put(522, "cloudflare", "timeout", "timed out", "connection timeout", "tcp", "origin unreachable", "upstream");
        put(523, "cloudflare", "unreachable", "dns", "routing", "origin unreachable", "upstream");
        put(524, "cloudflare", "timeout", "timed out", "slow origin", "origin timeout", "upstream");
        put(525, "cloudflare", "ssl", "tls", "handshake", "tls handshake", "origin certificate", "upstream");
        put(526, "cloudflare", "ssl", "tls", "certificate", "invalid certificate", "expired certificate",
                "self signed", "upstream");
        put(527, "cloudflare", "railgun", "origin connection", "upstream");
        put(530, "cloudflare", "origin error", "1xxx error", "dns", "upstream");
        put(561, "aws", "elb", "alb", "load balancer", "identity provider", "oidc", "authentication", "login",
                "unauthorized");
    }

    private static void put(int code, String... terms) {
        TERMS[code] = Collections.unmodifiableList(new ArrayList<>(List.of(terms)));
    }

    /** Returns the terms for a code, empty for a code with neither a registry nor a vendor meaning. */
    static List<String> of(int code) {
        List<String> terms = TERMS[code];
        return terms == null ? NONE : terms;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newTable() {
        return (List<String>[]) new List<?>[StatusTables.MAX_CODE + 1];
    }
}
