package io.github.httpstatus;

import static io.github.httpstatus.StatusTables.ALLOWS_CONTENT;
import static io.github.httpstatus.StatusTables.CACHEABLE;
import static io.github.httpstatus.StatusTables.FLAGS;
import static io.github.httpstatus.StatusTables.MAX_CODE;
import static io.github.httpstatus.StatusTables.MIN_CODE;
import static io.github.httpstatus.StatusTables.PRESERVES_METHOD;
import static io.github.httpstatus.StatusTables.REDIRECT;
import static io.github.httpstatus.StatusTables.REGISTERED;
import static io.github.httpstatus.StatusTables.RETRY_AFTER_APPLIES;
import static io.github.httpstatus.StatusTables.STORABLE;

import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.StatusCodeRange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an HTTP status code means: its class, reason phrase and the semantics that
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>, its
 * companion RFCs and the IANA registry give it, for every code from 100 to 599.
 *
 * <pre>{@code
 * HttpStatusInfo info = HttpStatusInfo.of(308);
 * info.reasonPhrase();          // "Permanent Redirect"
 * info.isRedirect();            // true: followed automatically
 * info.preservesMethod();       // true: POST stays POST
 * info.isPermanent();           // true: links may be updated
 * info.isCacheableByDefault();  // true
 * HttpStatusInfo.of(429).isStorable();  // false: a cache must not store it
 *
 * HttpStatusInfo.of(499).isRegistered();  // false: read as 400 Bad Request
 * HttpStatusInfo.ofReceived(600);         // 500: an invalid code is processed as 5xx
 * HttpStatusInfo.parse("404");            // 404 Not Found
 * }</pre>
 *
 * <h2 id="unregistered">Unregistered codes</h2>
 *
 * <p>Every valid code has an instance, registered or not. A code that is not in the registry is
 * understood by its class: it carries the semantics of the class's {@code x00} code (so 471 behaves
 * as 400 and 599 as 500), as RFC 9110, section 15 requires, with two exceptions: it is never
 * heuristically cacheable (section 15.1 limits that to codes defined as such) and never an automatic
 * redirect (the WHATWG Fetch standard follows only 301, 302, 303, 307 and 308). Its reason phrase
 * names its class, such as {@code "Client Error"}, and {@link #unofficialCode()} tells the vendor
 * meaning of well-known unregistered codes such as nginx's 499.
 *
 * <h2 id="instances">Instances</h2>
 *
 * <p>The record's only component is the code; everything else is read from tables built once, so
 * an instance made with the constructor can never disagree with the registry. Prefer
 * {@link #of(int)}: it returns one canonical instance per code ({@code of(x) == of(x)}) with no
 * allocation or search, while the constructor makes a new instance that is equal but not identical.
 *
 * @param code  the status code, from 100 to 599
 * @implSpec This record is immutable and thread-safe, and value-based: compare instances with
 *           {@code equals}, not {@code ==}, and do not synchronize on them.
 * @since 0.1.0
 */
public record HttpStatusInfo(int code) {

    private static final HttpStatusInfo[] INSTANCES = new HttpStatusInfo[MAX_CODE + 1];
    private static final String CODE_TEXT = "status code";

    static {
        for (int c = MIN_CODE; c <= MAX_CODE; c++) {
            INSTANCES[c] = new HttpStatusInfo(c);
        }
    }

    /**
     * Checks that the code is valid.
     *
     * @param code  the status code, from 100 to 599
     * @throws IllegalArgumentException if {@code code} is outside 100..599
     */
    public HttpStatusInfo {
        if (!StatusCodeRange.contains(code)) {
            throw new IllegalArgumentException(StatusCodeRange.message(code));
        }
    }

    // ---- Factories ----

    /**
     * Returns the canonical instance for a status code.
     *
     * @param code  a status code from 100 to 599, registered or not
     * @return the one instance for {@code code}, never null
     * @throws IllegalArgumentException if {@code code} is outside 100..599; the message names it
     */
    public static HttpStatusInfo of(int code) {
        if (!StatusCodeRange.contains(code)) {
            throw new IllegalArgumentException(StatusCodeRange.message(code));
        }
        return INSTANCES[code];
    }

    /**
     * Finds the canonical instance for a status code, without throwing.
     *
     * @param code  any int
     * @return the instance, or empty when {@code code} is outside 100..599
     */
    public static Optional<HttpStatusInfo> find(int code) {
        return StatusCodeRange.contains(code) ? Optional.of(INSTANCES[code]) : Optional.empty();
    }

    /**
     * Returns the instance a client should process a received status code as: the code's own
     * instance when it is valid, and {@code 500 Internal Server Error} for any code outside 100..599,
     * as <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a> asks
     * ("process the response as if it had a 5xx (Server Error) status code").
     *
     * <p>The received number itself is not kept; log it separately if it matters.
     *
     * @param code  any int, as received
     * @return the instance to process the response as, never null
     */
    public static HttpStatusInfo ofReceived(int code) {
        return StatusCodeRange.contains(code) ? INSTANCES[code] : INSTANCES[500];
    }

    /**
     * Parses a status code written as exactly three ASCII digits, such as {@code "404"}.
     *
     * <p>Accepted: {@code "100"} to {@code "599"}. Rejected: any other length ({@code "20"},
     * {@code "2000"}, {@code "0200"}), signs ({@code "+200"}), whitespace ({@code " 200"}),
     * non-ASCII digits (Arabic-Indic or full-width), and three digits outside 100..599
     * ({@code "099"}, {@code "600"}).
     *
     * @param text  the text, not null
     * @return the canonical instance, never null
     * @throws StatusParseException if {@code text} is not three ASCII digits from 100 to 599
     * @throws NullPointerException if {@code text} is null
     */
    public static HttpStatusInfo parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int code = parseCode(text);
        if (code < 0) {
            throw codeError(text, -code - 1);
        }
        return INSTANCES[code];
    }

    /**
     * Parses a status code as {@link #parse(CharSequence)} does, returning empty instead of throwing;
     * {@code tryParse(t)} is empty exactly when {@code parse(t)} throws.
     *
     * @param text  the text, not null
     * @return the canonical instance, or empty when {@code text} is not a valid status code
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<HttpStatusInfo> tryParse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int code = parseCode(text);
        return code < 0 ? Optional.empty() : Optional.of(INSTANCES[code]);
    }

    /** Returns the code, or {@code -(errorIndex + 1)} when the text is not a valid code. */
    private static int parseCode(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < 3; i++) {
            if (i >= length || !Ascii.isDigit(text.charAt(i))) {
                return -i - 1;
            }
        }
        if (length != 3) {
            return -3 - 1;
        }
        int code = (text.charAt(0) - '0') * 100 + (text.charAt(1) - '0') * 10 + (text.charAt(2) - '0');
        return StatusCodeRange.contains(code) ? code : -1;
    }

    private static StatusParseException codeError(CharSequence text, int index) {
        String problem;
        if (text.length() == 3 && index == 0 && allDigits(text)) {
            problem = StatusCodeRange.PROBLEM;
        } else if (index >= 3) {
            problem = "expected exactly three ASCII digits, found more characters";
        } else if (index >= text.length()) {
            problem = "expected exactly three ASCII digits, the text ends early";
        } else {
            problem = "expected an ASCII digit";
        }
        return new StatusParseException(CODE_TEXT, problem, text, index);
    }

    private static boolean allDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Ascii.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- Identity ----

    /**
     * Returns the reason phrase: the registry's for a registered code (such as
     * {@code "Content Too Large"}, or {@code "(Unused)"} for 306 and 418), and the class name
     * (such as {@code "Client Error"}) for an unregistered one.
     *
     * <p>Reason phrases are advisory; a client should not act on the one it receives
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.1">RFC 9110, section 15.1</a>).
     *
     * @return the phrase, never null
     */
    public String reasonPhrase() {
        return StatusTables.PHRASES[code];
    }

    /**
     * Returns the class of this code.
     *
     * @return the class named by the first digit, never null
     */
    public StatusClass statusClass() {
        return StatusClass.of(code);
    }

    /**
     * Returns whether this code is in the IANA registry, including the temporary 104, the reserved
     * 306 and 418, and the obsoleted 510.
     *
     * @return true for the 64 registered codes
     */
    public boolean isRegistered() {
        return (FLAGS[code] & REGISTERED) != 0;
    }

    /**
     * Returns the registry constant for this code.
     *
     * @return the constant, or empty for an unregistered code
     */
    public Optional<StatusCode> statusCode() {
        return StatusTables.STATUS_CODE[code];
    }

    /**
     * Returns the standing of this code in the IANA registry.
     *
     * @return the registry status, {@link RegistryStatus#UNASSIGNED} for an unregistered code
     */
    public RegistryStatus registryStatus() {
        return StatusTables.REGISTRY_STATUS[code];
    }

    /**
     * Returns the section of the specification that defines this code; for an unregistered code,
     * RFC 9110, section 15, which says how to read it.
     *
     * @return the reference, never null
     */
    public SpecReference specReference() {
        return StatusTables.SPEC_REFERENCE[code];
    }

    /**
     * Returns a one-sentence description of this code in plain English.
     *
     * @return the description, never null
     */
    public String description() {
        return StatusTables.DESCRIPTION[code];
    }

    /**
     * Returns the meaning a vendor gives this unregistered code, such as nginx's 499 Client Closed
     * Request. It does not change the code's semantics.
     *
     * @return the unofficial code, or empty when there is no widely seen vendor meaning
     */
    public Optional<UnofficialCode> unofficialCode() {
        return StatusTables.UNOFFICIAL[code];
    }

    /**
     * Returns the words people use for this code beyond its reason phrase: intents and symptoms
     * ({@code "rate limit"} for 429, {@code "maintenance"} for 503), former phrases, constant names
     * of other libraries written as words ({@code "request entity too large"},
     * {@code "sc moved temporarily"}) and topics ({@code "upstream"}, {@code "validation"},
     * {@code "websocket"}). {@link io.github.httpstatus.search.StatusSearch} matches queries
     * against them.
     *
     * <pre>{@code
     * HttpStatusInfo.of(429).searchTerms().contains("throttling");  // true
     * HttpStatusInfo.of(499).searchTerms().contains("nginx");       // true: its vendor meaning
     * HttpStatusInfo.of(470).searchTerms();                         // []: no meaning to search
     * }</pre>
     *
     * @return an unmodifiable list of terms, each one or more lower-case ASCII words separated by
     *         single spaces, without repeats; empty for an unregistered code without a vendor
     *         meaning; never null
     * @since 0.1.0
     */
    public List<String> searchTerms() {
        return SearchTerms.of(code);
    }

    /**
     * Returns the code whose semantics apply: this code when registered, otherwise the {@code x00}
     * code of its class, as a client treats it
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>).
     *
     * @return this instance, or the canonical instance of the class's {@code x00} code
     */
    public HttpStatusInfo understoodAs() {
        return isRegistered() ? this : INSTANCES[code / 100 * 100];
    }

    // ---- Class predicates ----

    /**
     * Returns whether this is a 1xx (Informational) code, an interim response.
     *
     * @return true for 100..199
     */
    public boolean isInformational() {
        return code < 200;
    }

    /**
     * Returns whether this is a 2xx (Successful) code.
     *
     * @return true for 200..299
     */
    public boolean isSuccessful() {
        return code >= 200 && code < 300;
    }

    /**
     * Returns whether this is a 3xx (Redirection) code. Not every one is followed automatically; see
     * {@link #isRedirect()}.
     *
     * @return true for 300..399
     */
    public boolean isRedirection() {
        return code >= 300 && code < 400;
    }

    /**
     * Returns whether this is a 4xx (Client Error) code.
     *
     * @return true for 400..499
     */
    public boolean isClientError() {
        return code >= 400 && code < 500;
    }

    /**
     * Returns whether this is a 5xx (Server Error) code.
     *
     * @return true for 500..599
     */
    public boolean isServerError() {
        return code >= 500;
    }

    /**
     * Returns whether this is an error code, 4xx or 5xx.
     *
     * @return true for 400..599
     */
    public boolean isError() {
        return code >= 400;
    }

    // ---- Semantics ----

    /**
     * Returns whether the condition this code reports is meant to last: {@link Permanence#PERMANENT}
     * for 301, 308 and 410; {@link Permanence#TEMPORARY} for 302 and 307;
     * {@link Permanence#UNSPECIFIED} for every other code, 303 included: its definition
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110, section 15.4.4</a>)
     * points at another resource and says nothing of how long that holds.
     *
     * @return the permanence, never null
     */
    public Permanence permanence() {
        return StatusTables.PERMANENCE[code];
    }

    /**
     * Returns whether {@link #permanence()} is {@link Permanence#PERMANENT}.
     *
     * @return true for 301, 308 and 410
     */
    public boolean isPermanent() {
        return StatusTables.PERMANENCE[code] == Permanence.PERMANENT;
    }

    /**
     * Returns whether a client follows this code's {@code Location} automatically: 301, 302, 303,
     * 307 and 308, the WHATWG Fetch standard's
     * <a href="https://fetch.spec.whatwg.org/#redirect-status">redirect statuses</a>. 300, 304, 305,
     * 306 and unregistered 3xx codes are not.
     *
     * @return true for the five redirect statuses
     */
    public boolean isRedirect() {
        return (FLAGS[code] & REDIRECT) != 0;
    }

    /**
     * Returns whether following this redirect must keep the method and content: 307
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110, section 15.4.8</a>)
     * and 308 (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">section 15.4.9</a>).
     *
     * @return true for 307 and 308 only
     */
    public boolean preservesMethod() {
        return (FLAGS[code] & PRESERVES_METHOD) != 0;
    }

    /**
     * Returns how following this code changes the request method.
     *
     * @return {@link MethodRewrite#POST_TO_GET} for 301 and 302, {@link MethodRewrite#TO_GET} for
     *         303, {@link MethodRewrite#KEEP} for 307 and 308, {@link MethodRewrite#NONE} otherwise
     */
    public MethodRewrite methodRewrite() {
        return StatusTables.METHOD_REWRITE[code];
    }

    /**
     * Returns whether a cache may reuse a response with this code without explicit freshness, by
     * heuristic expiration: 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414 and 501
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.1">RFC 9110, section 15.1</a>) and
     * 451 (<a href="https://www.rfc-editor.org/rfc/rfc7725#section-3">RFC 7725, section 3</a>).
     * Any other code that {@link #isStorable()} may still be stored with explicit freshness
     * information (<a href="https://www.rfc-editor.org/rfc/rfc9111#section-3">RFC 9111, section 3</a>).
     *
     * @return true for the heuristically cacheable codes; false for every unregistered code
     */
    public boolean isCacheableByDefault() {
        return (FLAGS[code] & CACHEABLE) != 0;
    }

    /**
     * Returns whether a cache may store a response with this code at all, given explicit freshness
     * information such as {@code Cache-Control: max-age} (or heuristics, where
     * {@link #isCacheableByDefault()} allows them). Two rules say no:
     * <ul>
     *   <li>a cache stores only a final response, never a 1xx
     *       (<a href="https://www.rfc-editor.org/rfc/rfc9111#section-3">RFC 9111, section 3</a>);</li>
     *   <li>a response with 428 (<a href="https://www.rfc-editor.org/rfc/rfc6585#section-3">RFC 6585,
     *       section 3</a>), 429 (<a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">section
     *       4</a>), 431 (<a href="https://www.rfc-editor.org/rfc/rfc6585#section-5">section 5</a>) or
     *       511 (<a href="https://www.rfc-editor.org/rfc/rfc6585#section-6">section 6</a>) must not be
     *       stored, whatever its header fields say.</li>
     * </ul>
     * True says only that the code does not forbid storing: the request and the response's other
     * fields decide the rest (RFC 9111, section 3). Unregistered codes follow the {@code x00} code of
     * their class, so an unregistered 4xx or 5xx is storable and an unregistered 1xx is not.
     *
     * @return false for every 1xx and for 428, 429, 431 and 511; true for every other code
     */
    public boolean isStorable() {
        return (FLAGS[code] & STORABLE) != 0;
    }

    /**
     * Returns whether a response with this code may carry content. Every 1xx, 204 and 304 ends with
     * its header section
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1">RFC 9110, section 6.4.1</a>),
     * and a server must not send content with 205
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6">section 15.3.6</a>).
     * A response to HEAD never has content, whatever its code.
     *
     * @return false for 1xx, 204, 205 and 304
     */
    public boolean allowsContent() {
        return (FLAGS[code] & ALLOWS_CONTENT) != 0;
    }

    /**
     * Returns whether a client may automatically repeat the request after this code.
     *
     * @return {@link Retryability#RETRYABLE} for 408, 421, 425 and 429;
     *         {@link Retryability#RETRYABLE_IF_IDEMPOTENT} for 500, 502, 503, 504 and every
     *         unregistered 5xx; {@link Retryability#NOT_RETRYABLE} otherwise
     */
    public Retryability retryability() {
        return StatusTables.RETRYABILITY[code];
    }

    /**
     * Returns whether {@link #retryability()} allows a retry for at least some requests.
     *
     * @return true unless the retryability is {@link Retryability#NOT_RETRYABLE}
     */
    public boolean isRetryable() {
        return StatusTables.RETRYABILITY[code] != Retryability.NOT_RETRYABLE;
    }

    /**
     * Returns whether a {@code Retry-After} header carries meaning with this code: with 3xx
     * redirects it is the least time to wait before following
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110, section 10.2.3</a>),
     * with 413, 429 and 503 the time after which the condition should have passed.
     *
     * @return true for 300, 301, 302, 303, 307, 308, 413, 429 and 503, and for unregistered 3xx
     *         codes (read as 300)
     */
    public boolean retryAfterApplies() {
        return (FLAGS[code] & RETRY_AFTER_APPLIES) != 0;
    }

    /**
     * Returns the header fields a response with this code must carry: {@code Upgrade} for 101 and
     * 426, {@code Content-Range} for a single-part 206, {@code ETag} for 226,
     * {@code WWW-Authenticate} for 401, {@code Allow} for 405 and {@code Proxy-Authenticate} for 407.
     *
     * @return an unmodifiable set of header names as usually written, empty for most codes
     */
    public Set<String> requiredHeaders() {
        return StatusTables.REQUIRED_HEADERS[code];
    }

    /**
     * Returns the header fields a response with this code should or may carry, or must carry only
     * under a condition the code alone does not decide, such as {@code Location} for 201 and the
     * redirects, or {@code Retry-After} for 413, 429 and 503. {@code docs/semantics.md} lists each
     * with its source.
     *
     * @return an unmodifiable set of header names as usually written, possibly empty
     */
    public Set<String> recommendedHeaders() {
        return StatusTables.RECOMMENDED_HEADERS[code];
    }

    /**
     * Returns the code and reason phrase, such as {@code "308 Permanent Redirect"} or
     * {@code "499 Client Error"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return code + " " + StatusTables.PHRASES[code];
    }
}
