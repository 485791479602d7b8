package io.github.httpstatus;

import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.StatusCodeRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The status codes of the
 * <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP
 * Status Code Registry</a>: one constant for each of its 64 assigned values, named after the
 * registry's current text.
 *
 * <p>Each constant carries its registry facts (reason phrase, {@linkplain RegistryStatus standing},
 * defining specification, a plain description) and leads to its {@link HttpStatusInfo}, which holds
 * the semantics:
 *
 * <pre>{@code
 * StatusCode.PERMANENT_REDIRECT.code();                    // 308
 * StatusCode.PERMANENT_REDIRECT.info().preservesMethod();  // true
 * StatusCode.of(413);                                      // CONTENT_TOO_LARGE
 * StatusCode.find(499);                                    // Optional.empty(): not registered
 * StatusCode.findByPhrase("payload too large");            // Optional[CONTENT_TOO_LARGE]
 * StatusCode.findByName("UNPROCESSABLE_ENTITY");           // Optional[UNPROCESSABLE_CONTENT]
 * }</pre>
 *
 * <p>Superseded names (such as "Payload Too Large" for 413 or "Unprocessable Entity" for 422) are
 * not constants; {@link #findByPhrase(CharSequence)} and {@link #findByName(CharSequence)} accept
 * them. The two codes listed as "(Unused)" are {@link #UNUSED_306} and {@link #UNUSED_418}. Use
 * {@link #code()} for the number, never {@link #ordinal()}.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum StatusCode {

    // ---- 1xx Informational ----
    /** 100 Continue (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1">RFC 9110, section 15.2.1</a>). */
    CONTINUE(100, "Continue", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.2.1"),
            "The request headers were accepted; the client should go on and send the content, or ignore this if it already has."),
    /** 101 Switching Protocols (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2">RFC 9110, section 15.2.2</a>). */
    SWITCHING_PROTOCOLS(101, "Switching Protocols", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.2.2"),
            "The server agrees to the client's Upgrade request and will speak the protocol named in its own Upgrade header right after this response."),
    /** 102 Processing (<a href="https://www.rfc-editor.org/rfc/rfc2518#section-10.1">RFC 2518, section 10.1</a>). */
    PROCESSING(102, "Processing", RegistryStatus.PERMANENT, SpecReference.rfc(2518, "10.1"),
            "A WebDAV interim response telling the client that the whole request arrived and work is still under way, so it should not time out."),
    /** 103 Early Hints (<a href="https://www.rfc-editor.org/rfc/rfc8297#section-2">RFC 8297, section 2</a>). */
    EARLY_HINTS(103, "Early Hints", RegistryStatus.PERMANENT, SpecReference.rfc(8297, "2"),
            "An interim response carrying headers, usually Link preloads, that the final response is likely to have, so the client can start fetching early."),
    /** 104 Upload Resumption Supported (<a href="https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/">draft-ietf-httpbis-resumable-upload</a>). */
    UPLOAD_RESUMPTION_SUPPORTED(104, "Upload Resumption Supported", RegistryStatus.TEMPORARY, new SpecReference("draft-ietf-httpbis-resumable-upload", "",
            "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/"),
            "An interim response announcing that an upload can be resumed if interrupted, with the upload's location; registered for a limited time for the resumable-upload draft."),

    // ---- 2xx Successful ----
    /** 200 OK (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1">RFC 9110, section 15.3.1</a>). */
    OK(200, "OK", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.3.1"),
            "The request worked; the content depends on the method, for GET the current representation of the target."),
    /** 201 Created (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2">RFC 9110, section 15.3.2</a>). */
    CREATED(201, "Created", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.3.2"),
            "The request created one or more new resources; Location points at the main one, otherwise the target URI is the new resource."),
    /** 202 Accepted (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3">RFC 9110, section 15.3.3</a>). */
    ACCEPTED(202, "Accepted", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.3.3"),
            "The request was taken in for processing that has not finished and may still fail; HTTP has no way to report the outcome later."),
    /** 203 Non-Authoritative Information (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4">RFC 9110, section 15.3.4</a>). */
    NON_AUTHORITATIVE_INFORMATION(203, "Non-Authoritative Information", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.3.4"),
            "The request worked, but a transforming proxy changed the content the origin server sent."),
    /** 204 No Content (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5">RFC 9110, section 15.3.5</a>). */
    NO_CONTENT(204, "No Content", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.3.5"),
            "The request worked and there is nothing to send back; the response ends with its headers."),
    /** 205 Reset Content (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6">RFC 9110, section 15.3.6</a>). */
    RESET_CONTENT(205, "Reset Content", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.3.6"),
            "The request worked and the client should reset the form or view that sent it, for the next entry; no content is sent."),
    /** 206 Partial Content (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7">RFC 9110, section 15.3.7</a>). */
    PARTIAL_CONTENT(206, "Partial Content", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.3.7"),
            "The response carries only the ranges the client asked for with a Range header, described by Content-Range or a multipart body."),
    /** 207 Multi-Status (<a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.1">RFC 4918, section 11.1</a>). */
    MULTI_STATUS(207, "Multi-Status", RegistryStatus.PERMANENT, SpecReference.rfc(4918, "11.1"),
            "A WebDAV response whose XML body reports a separate status for each of several resources."),
    /** 208 Already Reported (<a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.1">RFC 5842, section 7.1</a>). */
    ALREADY_REPORTED(208, "Already Reported", RegistryStatus.PERMANENT, SpecReference.rfc(5842, "7.1"),
            "Used inside a WebDAV multistatus body: this binding's members were listed earlier in the same response and are not repeated."),
    /** 226 IM Used (<a href="https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1">RFC 3229, section 10.4.1</a>). */
    IM_USED(226, "IM Used", RegistryStatus.PERMANENT, SpecReference.rfc(3229, "10.4.1"),
            "The server answered a GET with the result of instance manipulations (such as a delta) applied to the current instance, as listed in the IM header."),

    // ---- 3xx Redirection ----
    /** 300 Multiple Choices (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1">RFC 9110, section 15.4.1</a>). */
    MULTIPLE_CHOICES(300, "Multiple Choices", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.4.1"),
            "The target has several representations and the client or user should pick one; a preferred choice may be named in Location."),
    /** 301 Moved Permanently (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110, section 15.4.2</a>). */
    MOVED_PERMANENTLY(301, "Moved Permanently", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.4.2"),
            "The resource has a new permanent URI, given in Location; clients may update stored links, and may turn POST into GET when following."),
    /** 302 Found (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">RFC 9110, section 15.4.3</a>). */
    FOUND(302, "Found", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.4.3"),
            "The resource is for now at another URI, given in Location; the client keeps using the original URI, and may turn POST into GET when following."),
    /** 303 See Other (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110, section 15.4.4</a>). */
    SEE_OTHER(303, "See Other", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.4.4"),
            "The answer is at another URI, given in Location, to be fetched with GET (or HEAD); common after a POST that processed a form."),
    /** 304 Not Modified (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5">RFC 9110, section 15.4.5</a>). */
    NOT_MODIFIED(304, "Not Modified", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.4.5"),
            "The conditional GET or HEAD matched: the client's cached copy is still current, so no content is sent."),
    /** 305 Use Proxy (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6">RFC 9110, section 15.4.6</a>). */
    USE_PROXY(305, "Use Proxy", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.4.6"),
            "Deprecated: once told the client to repeat the request through a proxy; clients must not act on it."),
    /** 306 (Unused) (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7">RFC 9110, section 15.4.7</a>). */
    UNUSED_306(306, "(Unused)", RegistryStatus.UNUSED, SpecReference.rfc(9110, "15.4.7"),
            "Reserved: an earlier draft used it (as Switch Proxy); it is no longer defined and should not be sent."),
    /** 307 Temporary Redirect (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110, section 15.4.8</a>). */
    TEMPORARY_REDIRECT(307, "Temporary Redirect", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.4.8"),
            "The resource is for now at another URI, given in Location; the client must repeat the request there with the same method and content."),
    /** 308 Permanent Redirect (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">RFC 9110, section 15.4.9</a>). */
    PERMANENT_REDIRECT(308, "Permanent Redirect", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.4.9"),
            "The resource has a new permanent URI, given in Location; the client repeats the request there with the same method and content, and may update links."),

    // ---- 4xx Client Error ----
    /** 400 Bad Request (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1">RFC 9110, section 15.5.1</a>). */
    BAD_REQUEST(400, "Bad Request", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.1"),
            "The server will not process the request because it is malformed: bad syntax, invalid framing or a deceptive routing."),
    /** 401 Unauthorized (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2">RFC 9110, section 15.5.2</a>). */
    UNAUTHORIZED(401, "Unauthorized", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.2"),
            "The request lacks valid credentials for the target; the WWW-Authenticate header says how to authenticate."),
    /** 402 Payment Required (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3">RFC 9110, section 15.5.3</a>). */
    PAYMENT_REQUIRED(402, "Payment Required", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.3"),
            "Reserved for future use; some APIs send it when a payment or quota is needed."),
    /** 403 Forbidden (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4">RFC 9110, section 15.5.4</a>). */
    FORBIDDEN(403, "Forbidden", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.4"),
            "The server understood the request and refuses it; new credentials will not help, though other circumstances might."),
    /** 404 Not Found (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110, section 15.5.5</a>). */
    NOT_FOUND(404, "Not Found", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.5"),
            "The server has no current representation of the target, or will not say that one exists."),
    /** 405 Method Not Allowed (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6">RFC 9110, section 15.5.6</a>). */
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.6"),
            "The target exists but does not support this method; the Allow header lists the ones it does."),
    /** 406 Not Acceptable (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7">RFC 9110, section 15.5.7</a>). */
    NOT_ACCEPTABLE(406, "Not Acceptable", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.7"),
            "No representation of the target matches the request's Accept headers, and the server will not send a default one."),
    /** 407 Proxy Authentication Required (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8">RFC 9110, section 15.5.8</a>). */
    PROXY_AUTHENTICATION_REQUIRED(407, "Proxy Authentication Required", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.8"),
            "Like 401, but the client must authenticate to the proxy; the Proxy-Authenticate header says how."),
    /** 408 Request Timeout (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9">RFC 9110, section 15.5.9</a>). */
    REQUEST_TIMEOUT(408, "Request Timeout", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.9"),
            "The server gave up waiting for the complete request and closes the connection; the client may send the request again."),
    /** 409 Conflict (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10">RFC 9110, section 15.5.10</a>). */
    CONFLICT(409, "Conflict", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.10"),
            "The request clashes with the current state of the target, such as an edit against an outdated version or a duplicate."),
    /** 410 Gone (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11">RFC 9110, section 15.5.11</a>). */
    GONE(410, "Gone", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.11"),
            "The target is no longer available and this is expected to be permanent; links to it should be removed."),
    /** 411 Length Required (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12">RFC 9110, section 15.5.12</a>). */
    LENGTH_REQUIRED(411, "Length Required", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.12"),
            "The server refuses a request with content but no Content-Length."),
    /** 412 Precondition Failed (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13">RFC 9110, section 15.5.13</a>). */
    PRECONDITION_FAILED(412, "Precondition Failed", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.13"),
            "A condition in the request headers, such as If-Match, was false on the server, so the method was not applied."),
    /** 413 Content Too Large (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110, section 15.5.14</a>). */
    CONTENT_TOO_LARGE(413, "Content Too Large", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.14"),
            "The request content is larger than the server is willing to process; with Retry-After the condition is temporary."),
    /** 414 URI Too Long (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15">RFC 9110, section 15.5.15</a>). */
    URI_TOO_LONG(414, "URI Too Long", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.15"),
            "The target URI is longer than the server is willing to read."),
    /** 415 Unsupported Media Type (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16">RFC 9110, section 15.5.16</a>). */
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.16"),
            "The content's media type or content coding is one the server does not accept for this method and target."),
    /** 416 Range Not Satisfiable (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17">RFC 9110, section 15.5.17</a>). */
    RANGE_NOT_SATISFIABLE(416, "Range Not Satisfiable", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.17"),
            "None of the ranges in the Range header overlap the current representation; Content-Range tells its length."),
    /** 417 Expectation Failed (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18">RFC 9110, section 15.5.18</a>). */
    EXPECTATION_FAILED(417, "Expectation Failed", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.18"),
            "The server cannot meet the request's Expect header."),
    /** 418 (Unused) (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">RFC 9110, section 15.5.19</a>). */
    UNUSED_418(418, "(Unused)", RegistryStatus.UNUSED, SpecReference.rfc(9110, "15.5.19"),
            "Reserved: made famous by an April Fools' protocol as \"I'm a teapot\" and deployed as a joke, so it is kept out of reach of new assignments."),
    /** 421 Misdirected Request (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">RFC 9110, section 15.5.20</a>). */
    MISDIRECTED_REQUEST(421, "Misdirected Request", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.20"),
            "The request reached a server that cannot answer for the target's origin, often over a reused connection; it may be retried on another connection."),
    /** 422 Unprocessable Content (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110, section 15.5.21</a>). */
    UNPROCESSABLE_CONTENT(422, "Unprocessable Content", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.21"),
            "The content is well formed and of a supported type, but its instructions cannot be carried out, for example a validation error."),
    /** 423 Locked (<a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.3">RFC 4918, section 11.3</a>). */
    LOCKED(423, "Locked", RegistryStatus.PERMANENT, SpecReference.rfc(4918, "11.3"),
            "WebDAV: the source or destination resource is locked."),
    /** 424 Failed Dependency (<a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.4">RFC 4918, section 11.4</a>). */
    FAILED_DEPENDENCY(424, "Failed Dependency", RegistryStatus.PERMANENT, SpecReference.rfc(4918, "11.4"),
            "WebDAV: the action was not performed because another action it depended on failed."),
    /** 425 Too Early (<a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC 8470, section 5.2</a>). */
    TOO_EARLY(425, "Too Early", RegistryStatus.PERMANENT, SpecReference.rfc(8470, "5.2"),
            "The server will not risk processing a request sent in TLS early data, which could be replayed; retry it after the handshake."),
    /** 426 Upgrade Required (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22">RFC 9110, section 15.5.22</a>). */
    UPGRADE_REQUIRED(426, "Upgrade Required", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.5.22"),
            "The server refuses the request over the current protocol; the Upgrade header names the protocols it would accept."),
    /** 428 Precondition Required (<a href="https://www.rfc-editor.org/rfc/rfc6585#section-3">RFC 6585, section 3</a>). */
    PRECONDITION_REQUIRED(428, "Precondition Required", RegistryStatus.PERMANENT, SpecReference.rfc(6585, "3"),
            "The server requires the request to be conditional, such as an update with If-Match, to prevent lost updates."),
    /** 429 Too Many Requests (<a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585, section 4</a>). */
    TOO_MANY_REQUESTS(429, "Too Many Requests", RegistryStatus.PERMANENT, SpecReference.rfc(6585, "4"),
            "The client sent too many requests in a given time; Retry-After may say when to try again."),
    /** 431 Request Header Fields Too Large (<a href="https://www.rfc-editor.org/rfc/rfc6585#section-5">RFC 6585, section 5</a>). */
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request Header Fields Too Large", RegistryStatus.PERMANENT, SpecReference.rfc(6585, "5"),
            "The header section, or one header field, is too large; the request can be sent again with smaller headers."),
    /** 451 Unavailable For Legal Reasons (<a href="https://www.rfc-editor.org/rfc/rfc7725#section-3">RFC 7725, section 3</a>). */
    UNAVAILABLE_FOR_LEGAL_REASONS(451, "Unavailable For Legal Reasons", RegistryStatus.PERMANENT, SpecReference.rfc(7725, "3"),
            "Access is denied because of a legal demand; says nothing about whether the resource exists."),

    // ---- 5xx Server Error ----
    /** 500 Internal Server Error (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1">RFC 9110, section 15.6.1</a>). */
    INTERNAL_SERVER_ERROR(500, "Internal Server Error", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.6.1"),
            "The server met an unexpected condition and could not fulfil the request."),
    /** 501 Not Implemented (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2">RFC 9110, section 15.6.2</a>). */
    NOT_IMPLEMENTED(501, "Not Implemented", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.6.2"),
            "The server does not support the functionality needed, such as an unknown method, for any resource."),
    /** 502 Bad Gateway (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3">RFC 9110, section 15.6.3</a>). */
    BAD_GATEWAY(502, "Bad Gateway", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.6.3"),
            "A gateway or proxy got an invalid response from the server behind it."),
    /** 503 Service Unavailable (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4">RFC 9110, section 15.6.4</a>). */
    SERVICE_UNAVAILABLE(503, "Service Unavailable", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.6.4"),
            "The server cannot handle the request right now because of overload or maintenance, expected to pass; Retry-After may say when."),
    /** 504 Gateway Timeout (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5">RFC 9110, section 15.6.5</a>). */
    GATEWAY_TIMEOUT(504, "Gateway Timeout", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.6.5"),
            "A gateway or proxy did not get a timely response from the server behind it."),
    /** 505 HTTP Version Not Supported (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6">RFC 9110, section 15.6.6</a>). */
    HTTP_VERSION_NOT_SUPPORTED(505, "HTTP Version Not Supported", RegistryStatus.PERMANENT, SpecReference.rfc(9110, "15.6.6"),
            "The server does not support, or refuses, the major HTTP version of the request."),
    /** 506 Variant Also Negotiates (<a href="https://www.rfc-editor.org/rfc/rfc2295#section-8.1">RFC 2295, section 8.1</a>). */
    VARIANT_ALSO_NEGOTIATES(506, "Variant Also Negotiates", RegistryStatus.PERMANENT, SpecReference.rfc(2295, "8.1"),
            "Transparent content negotiation is misconfigured: the chosen variant is itself set up to negotiate."),
    /** 507 Insufficient Storage (<a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.5">RFC 4918, section 11.5</a>). */
    INSUFFICIENT_STORAGE(507, "Insufficient Storage", RegistryStatus.PERMANENT, SpecReference.rfc(4918, "11.5"),
            "WebDAV: the server cannot store what it needs to complete the request; a user should decide when to try again."),
    /** 508 Loop Detected (<a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.2">RFC 5842, section 7.2</a>). */
    LOOP_DETECTED(508, "Loop Detected", RegistryStatus.PERMANENT, SpecReference.rfc(5842, "7.2"),
            "WebDAV: the server stopped an operation with Depth: infinity because it ran into a loop of bindings."),
    /** 510 Not Extended (<a href="https://www.rfc-editor.org/rfc/rfc2774#section-7">RFC 2774, section 7</a>). */
    NOT_EXTENDED(510, "Not Extended", RegistryStatus.OBSOLETED, SpecReference.rfc(2774, "7"),
            "From the HTTP Extension Framework, now Historic: the request did not meet the policy for using an extension."),
    /** 511 Network Authentication Required (<a href="https://www.rfc-editor.org/rfc/rfc6585#section-6">RFC 6585, section 6</a>). */
    NETWORK_AUTHENTICATION_REQUIRED(511, "Network Authentication Required", RegistryStatus.PERMANENT, SpecReference.rfc(6585, "6"),
            "An intercepting proxy (a captive portal) requires the client to authenticate to get network access; origin servers should not send it.");

    private static final StatusCode[] BY_CODE = new StatusCode[600];
    private static final Map<String, StatusCode> BY_PHRASE = new HashMap<>();
    private static final Map<String, StatusCode> BY_NAME = new HashMap<>();
    private static final Map<StatusCode, List<String>> FORMER_PHRASES = new EnumMap<>(StatusCode.class);

    static {
        for (StatusCode status : values()) {
            BY_CODE[status.code] = status;
            BY_NAME.put(normalizedName(status.name()), status);
            if (status.registryStatus != RegistryStatus.UNUSED) {
                BY_PHRASE.put(normalizedPhrase(status.reasonPhrase), status);
            }
        }
        // Names that earlier specifications or common libraries used for the same codes.
        alias(FOUND, "Moved Temporarily");
        alias(CONTENT_TOO_LARGE, "Payload Too Large", "Request Entity Too Large");
        alias(URI_TOO_LONG, "Request-URI Too Long");
        alias(RANGE_NOT_SATISFIABLE, "Requested Range Not Satisfiable");
        alias(UNUSED_418, "I'm a teapot", "I am a teapot");
        alias(UNPROCESSABLE_CONTENT, "Unprocessable Entity");
        alias(UNUSED_306, "Switch Proxy");
    }

    private final int code;
    private final String reasonPhrase;
    private final RegistryStatus registryStatus;
    private final SpecReference specReference;
    private final String description;

    StatusCode(int code, String reasonPhrase, RegistryStatus registryStatus,
            SpecReference specReference, String description) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.registryStatus = registryStatus;
        this.specReference = specReference;
        this.description = description;
    }

    private static void alias(StatusCode status, String... phrases) {
        FORMER_PHRASES.put(status, Collections.unmodifiableList(new ArrayList<>(List.of(phrases))));
        for (String phrase : phrases) {
            BY_PHRASE.put(normalizedPhrase(phrase), status);
            BY_NAME.put(normalizedName(phrase), status);
        }
    }

    /** Folds case, and turns every run of spaces, hyphens and underscores into one space. */
    private static String normalizedPhrase(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-' || c == '_' || c == '\t') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return out.toString();
    }

    /** A constant name and a phrase meet in one form: letters and digits only, lower case. */
    private static String normalizedName(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || Ascii.isDigit(c)) {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            }
        }
        return out.toString();
    }

    /**
     * Returns the constant for a registered status code.
     *
     * @param code  a registered status code
     * @return the constant, never null
     * @throws IllegalArgumentException if {@code code} is outside 100..599 or not in the registry
     *         (see {@link #find(int)} for a lookup that does not throw)
     */
    public static StatusCode of(int code) {
        if (!StatusCodeRange.contains(code)) {
            throw new IllegalArgumentException(StatusCodeRange.message(code));
        }
        StatusCode status = BY_CODE[code];
        if (status == null) {
            throw new IllegalArgumentException("status code " + code
                    + " is not in the IANA registry; use HttpStatusInfo.of(" + code + ") for its class semantics");
        }
        return status;
    }

    /**
     * Finds the constant for a status code, without throwing.
     *
     * @param code  any int
     * @return the constant, or empty when {@code code} is not a registered status code
     */
    public static Optional<StatusCode> find(int code) {
        return StatusCodeRange.contains(code) ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    /**
     * Finds a status code by its reason phrase, ignoring ASCII case and treating runs of spaces,
     * hyphens and underscores alike; superseded phrases are accepted too.
     *
     * <pre>{@code
     * StatusCode.findByPhrase("Not Found");                  // Optional[NOT_FOUND]
     * StatusCode.findByPhrase("request entity too large");   // Optional[CONTENT_TOO_LARGE]
     * StatusCode.findByPhrase("I'm a teapot");               // Optional[UNUSED_418]
     * }</pre>
     *
     * @param phrase  the reason phrase, not null
     * @return the status code, or empty when no phrase matches
     */
    public static Optional<StatusCode> findByPhrase(CharSequence phrase) {
        Objects.requireNonNull(phrase, "phrase");
        return Optional.ofNullable(BY_PHRASE.get(normalizedPhrase(phrase)));
    }

    /**
     * Finds a status code by its constant name or a superseded one, ignoring case and every
     * character but letters and digits, so {@code "not_found"}, {@code "NotFound"} and
     * {@code "PAYLOAD_TOO_LARGE"} all match.
     *
     * @param name  the name, not null
     * @return the status code, or empty when no name matches
     */
    public static Optional<StatusCode> findByName(CharSequence name) {
        Objects.requireNonNull(name, "name");
        String key = normalizedName(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key));
    }

    /**
     * Returns the numeric status code.
     *
     * @return the code, from 100 to 599
     */
    public int code() {
        return code;
    }

    /**
     * Returns the semantics of this status code.
     *
     * @return the canonical {@link HttpStatusInfo}, never null
     */
    public HttpStatusInfo info() {
        return HttpStatusInfo.of(code);
    }

    /**
     * Returns the reason phrase the registry lists, such as {@code "Content Too Large"}; the two
     * reserved codes give {@code "(Unused)"}.
     *
     * @return the phrase, never null
     */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /**
     * Returns the phrases this code was known by before the current registry text, or is widely
     * known by, such as {@code "Payload Too Large"} and {@code "Request Entity Too Large"} for 413.
     * {@link #findByPhrase(CharSequence)} and {@link #findByName(CharSequence)} accept them.
     *
     * @return an unmodifiable list, empty for most codes
     */
    public List<String> formerPhrases() {
        return FORMER_PHRASES.getOrDefault(this, List.of());
    }

    /**
     * Returns the standing of this code in the registry.
     *
     * @return the registry status, never {@link RegistryStatus#UNASSIGNED}
     */
    public RegistryStatus registryStatus() {
        return registryStatus;
    }

    /**
     * Returns the section of the specification that defines this code.
     *
     * @return the reference, never null
     */
    public SpecReference specReference() {
        return specReference;
    }

    /**
     * Returns a one-sentence description of what this code means, in plain English.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the status class of this code.
     *
     * @return the class, never null
     */
    public StatusClass statusClass() {
        return StatusClass.of(code);
    }

    /**
     * Returns the code and reason phrase, such as {@code "308 Permanent Redirect"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return code + " " + reasonPhrase;
    }
}
