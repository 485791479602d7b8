package io.github.httpstatus;

import io.github.httpstatus.internal.StatusCodeRange;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The per-code tables behind {@link HttpStatusInfo}: one slot per code from 0 to 599, filled once
 * at class initialization, so that every accessor is an array read.
 *
 * <p>A registered code gets its own row. An unregistered code in 100..599 gets the row of the
 * {@code x00} code of its class (RFC 9110, section 15), except that it is never heuristically
 * cacheable (section 15.1: "all other status codes are not heuristically cacheable") and never an
 * automatic redirect (Fetch's redirect statuses are a closed list).
 */
final class StatusTables {

    static final int MIN_CODE = StatusCodeRange.MIN;
    static final int MAX_CODE = StatusCodeRange.MAX;

    static final int REGISTERED = 1;
    static final int REDIRECT = 1 << 1;
    static final int PRESERVES_METHOD = 1 << 2;
    static final int CACHEABLE = 1 << 3;
    static final int ALLOWS_CONTENT = 1 << 4;
    static final int RETRY_AFTER_APPLIES = 1 << 5;
    static final int STORABLE = 1 << 6;

    static final int[] FLAGS = new int[MAX_CODE + 1];
    static final String[] PHRASES = new String[MAX_CODE + 1];
    static final Permanence[] PERMANENCE = new Permanence[MAX_CODE + 1];
    static final Retryability[] RETRYABILITY = new Retryability[MAX_CODE + 1];
    static final MethodRewrite[] METHOD_REWRITE = new MethodRewrite[MAX_CODE + 1];
    static final RegistryStatus[] REGISTRY_STATUS = new RegistryStatus[MAX_CODE + 1];
    static final SpecReference[] SPEC_REFERENCE = new SpecReference[MAX_CODE + 1];
    static final String[] DESCRIPTION = new String[MAX_CODE + 1];
    static final Set<String>[] REQUIRED_HEADERS = newSetArray();
    static final Set<String>[] RECOMMENDED_HEADERS = newSetArray();
    static final Optional<StatusCode>[] STATUS_CODE = newOptionalArray();
    static final Optional<UnofficialCode>[] UNOFFICIAL = newOptionalArray();

    /** Heuristically cacheable: RFC 9110, section 15.1, plus 451 (RFC 7725, section 3). */
    private static final int[] CACHEABLE_CODES = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414,
        451, 501};
    /** A cache must not store these (RFC 6585, sections 3 to 6). */
    private static final int[] NEVER_STORED_CODES = {428, 429, 431, 511};
    /** Fetch's redirect statuses (Fetch, section 2.2.3). */
    private static final int[] REDIRECT_CODES = {301, 302, 303, 307, 308};
    /** Retry-After carries meaning: any redirect (RFC 9110, section 10.2.3), 413, 429 and 503. */
    private static final int[] RETRY_AFTER_CODES = {300, 301, 302, 303, 307, 308, 413, 429, 503};
    /**
     * Any method may repeat these: the RFCs allow it for 408 (RFC 9110, section 15.5.9), 421 (section
     * 15.5.20) and 425 (RFC 8470, section 5.2); for 429 it is this library's reading that a rate-limited
     * request was refused before it was acted on, since RFC 6585, section 4 does not say.
     */
    private static final int[] RETRYABLE_CODES = {408, 421, 425, 429};
    private static final int[] RETRYABLE_IF_IDEMPOTENT_CODES = {500, 502, 503, 504};

    private StatusTables() {
    }

    static {
        for (int code = MIN_CODE; code <= MAX_CODE; code++) {
            fillDefaults(code);
        }
        for (StatusCode status : StatusCode.values()) {
            int code = status.code();
            FLAGS[code] |= REGISTERED;
            PHRASES[code] = status.reasonPhrase();
            REGISTRY_STATUS[code] = status.registryStatus();
            SPEC_REFERENCE[code] = status.specReference();
            DESCRIPTION[code] = status.description();
            STATUS_CODE[code] = Optional.of(status);
        }
        for (UnofficialCode unofficial : UnofficialCode.values()) {
            UNOFFICIAL[unofficial.code()] = Optional.of(unofficial);
        }
        fillRegisteredSemantics();
        // Unregistered codes inherit the semantics of their class's x00 code (RFC 9110, section 15).
        for (int code = MIN_CODE; code <= MAX_CODE; code++) {
            if ((FLAGS[code] & REGISTERED) == 0) {
                inheritFromBase(code);
            }
        }
    }

    private static void fillDefaults(int code) {
        StatusClass statusClass = StatusClass.of(code);
        // Only a final response may be stored (RFC 9111, section 3), and a final one may carry content.
        FLAGS[code] = statusClass == StatusClass.INFORMATIONAL ? 0 : ALLOWS_CONTENT | STORABLE;
        PHRASES[code] = statusClass.displayName();
        PERMANENCE[code] = Permanence.UNSPECIFIED;
        RETRYABILITY[code] = Retryability.NOT_RETRYABLE;
        METHOD_REWRITE[code] = MethodRewrite.NONE;
        REGISTRY_STATUS[code] = RegistryStatus.UNASSIGNED;
        SPEC_REFERENCE[code] = SpecReference.rfc(9110, "15");
        DESCRIPTION[code] = "Not in the IANA registry: a client treats it as "
                + statusClass.baseCode() + ", the x00 code of the " + statusClass.label() + " "
                + statusClass.displayName() + " class.";
        REQUIRED_HEADERS[code] = Set.of();
        RECOMMENDED_HEADERS[code] = Set.of();
        STATUS_CODE[code] = Optional.empty();
        UNOFFICIAL[code] = Optional.empty();
    }

    private static void fillRegisteredSemantics() {
        PERMANENCE[301] = Permanence.PERMANENT;
        PERMANENCE[308] = Permanence.PERMANENT;
        PERMANENCE[410] = Permanence.PERMANENT;
        PERMANENCE[302] = Permanence.TEMPORARY;
        PERMANENCE[307] = Permanence.TEMPORARY;
        // 303 stays UNSPECIFIED: section 15.4.4 points at another resource and says nothing of how long.

        for (int code : REDIRECT_CODES) {
            FLAGS[code] |= REDIRECT;
        }
        FLAGS[307] |= PRESERVES_METHOD;
        FLAGS[308] |= PRESERVES_METHOD;
        METHOD_REWRITE[301] = MethodRewrite.POST_TO_GET;
        METHOD_REWRITE[302] = MethodRewrite.POST_TO_GET;
        METHOD_REWRITE[303] = MethodRewrite.TO_GET;
        METHOD_REWRITE[307] = MethodRewrite.KEEP;
        METHOD_REWRITE[308] = MethodRewrite.KEEP;

        for (int code : CACHEABLE_CODES) {
            FLAGS[code] |= CACHEABLE;
        }
        for (int code : NEVER_STORED_CODES) {
            FLAGS[code] &= ~STORABLE;
        }
        // No content: every 1xx (already), 204, 205 and 304 (RFC 9110 sections 6.4.1, 15.3.6).
        FLAGS[204] &= ~ALLOWS_CONTENT;
        FLAGS[205] &= ~ALLOWS_CONTENT;
        FLAGS[304] &= ~ALLOWS_CONTENT;
        for (int code : RETRY_AFTER_CODES) {
            FLAGS[code] |= RETRY_AFTER_APPLIES;
        }
        for (int code : RETRYABLE_CODES) {
            RETRYABILITY[code] = Retryability.RETRYABLE;
        }
        for (int code : RETRYABLE_IF_IDEMPOTENT_CODES) {
            RETRYABILITY[code] = Retryability.RETRYABLE_IF_IDEMPOTENT;
        }

        // MUST send (RFC 9110 sections 15.2.2, 15.3.7, 15.5.2, 15.5.6, 15.5.8, 15.5.22; RFC 3229, 10.4.1).
        REQUIRED_HEADERS[101] = headers("Upgrade");
        REQUIRED_HEADERS[206] = headers("Content-Range");
        REQUIRED_HEADERS[226] = headers("ETag");
        REQUIRED_HEADERS[401] = headers("WWW-Authenticate");
        REQUIRED_HEADERS[405] = headers("Allow");
        REQUIRED_HEADERS[407] = headers("Proxy-Authenticate");
        REQUIRED_HEADERS[426] = headers("Upgrade");

        // SHOULD or MAY send, or MUST only under a condition the status alone does not decide.
        RECOMMENDED_HEADERS[101] = headers("Connection");
        RECOMMENDED_HEADERS[103] = headers("Link");
        RECOMMENDED_HEADERS[104] = headers("Location");
        RECOMMENDED_HEADERS[200] = headers("ETag", "Last-Modified");
        RECOMMENDED_HEADERS[201] = headers("Location");
        RECOMMENDED_HEADERS[206] = headers("Date", "Cache-Control", "ETag", "Expires", "Content-Location",
                "Vary");
        RECOMMENDED_HEADERS[226] = headers("IM");
        RECOMMENDED_HEADERS[300] = headers("Location");
        for (int code : REDIRECT_CODES) {
            RECOMMENDED_HEADERS[code] = headers("Location");
        }
        RECOMMENDED_HEADERS[304] = headers("Date", "Cache-Control", "ETag", "Expires", "Content-Location",
                "Vary");
        RECOMMENDED_HEADERS[413] = headers("Retry-After");
        RECOMMENDED_HEADERS[415] = headers("Accept", "Accept-Encoding");
        RECOMMENDED_HEADERS[416] = headers("Content-Range");
        RECOMMENDED_HEADERS[426] = headers("Connection");
        RECOMMENDED_HEADERS[429] = headers("Retry-After");
        RECOMMENDED_HEADERS[451] = headers("Link");
        RECOMMENDED_HEADERS[503] = headers("Retry-After");
    }

    private static void inheritFromBase(int code) {
        int base = StatusClass.of(code).baseCode();
        FLAGS[code] = FLAGS[base] & ~(REGISTERED | CACHEABLE | REDIRECT | PRESERVES_METHOD);
        PERMANENCE[code] = PERMANENCE[base];
        RETRYABILITY[code] = RETRYABILITY[base];
        REQUIRED_HEADERS[code] = REQUIRED_HEADERS[base];
        RECOMMENDED_HEADERS[code] = RECOMMENDED_HEADERS[base];
        // The x00 codes of 1xx to 5xx are all registered, so this never copies another fallback row;
        // an unregistered 5xx picks up RETRYABLE_IF_IDEMPOTENT from 500 here.
    }

    private static Set<String> headers(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] newSetArray() {
        return (Set<String>[]) new Set<?>[MAX_CODE + 1];
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<T>[] newOptionalArray() {
        return (Optional<T>[]) new Optional<?>[MAX_CODE + 1];
    }
}
