package io.github.httpstatus;

import io.github.httpstatus.internal.StatusCodeRange;

import java.util.Optional;

/**
 * Status codes outside the IANA registry that are common enough in the wild to be worth a name:
 * codes that servers, proxies and load balancers of one vendor send.
 *
 * <p>These codes stay unregistered: {@link HttpStatusInfo#isRegistered()} is false for them and a
 * client processes them as the {@code x00} code of their class, as
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a> requires.
 * This enum only tells what the vendor meant, so logs and error messages can say it.
 *
 * <pre>{@code
 * UnofficialCode.find(499);                  // Optional[NGINX_CLIENT_CLOSED_REQUEST]
 * HttpStatusInfo.of(499).unofficialCode();   // the same
 * HttpStatusInfo.of(499).reasonPhrase();     // "Client Error": still read by its class
 * }</pre>
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum UnofficialCode {

    /** 440 Login Time-out (Microsoft IIS): the client's session expired and it must log in again. */
    IIS_LOGIN_TIME_OUT(440, "Login Time-out", "Microsoft IIS",
            "The client's session has expired and it has to log in again."),

    /** 444 No Response (nginx): the server closed the connection without sending anything. */
    NGINX_NO_RESPONSE(444, "No Response", "nginx",
            "Logged by nginx when it closed the connection without sending a response, usually to drop unwanted clients."),

    /** 449 Retry With (Microsoft IIS): the request should be repeated with more information. */
    IIS_RETRY_WITH(449, "Retry With", "Microsoft IIS",
            "The request lacks information the server needs; the client should repeat it after supplying it."),

    /** 460 (AWS Elastic Load Balancing): the client closed the connection before the load balancer's idle timeout. */
    AWS_CLIENT_CLOSED_CONNECTION(460, "Client Closed Connection", "AWS Elastic Load Balancing",
            "Logged by the load balancer when the client closed the connection before the idle timeout ran out."),

    /** 463 (AWS Elastic Load Balancing): the X-Forwarded-For header held too many addresses. */
    AWS_TOO_MANY_FORWARDED_ADDRESSES(463, "Too Many Forwarded Addresses", "AWS Elastic Load Balancing",
            "The load balancer got an X-Forwarded-For header with more IP addresses than it accepts."),

    /** 494 Request Header Too Large (nginx). */
    NGINX_REQUEST_HEADER_TOO_LARGE(494, "Request Header Too Large", "nginx",
            "Logged by nginx when the request header section or one of its lines was larger than its buffers."),

    /** 495 SSL Certificate Error (nginx): the client certificate did not verify. */
    NGINX_SSL_CERTIFICATE_ERROR(495, "SSL Certificate Error", "nginx",
            "The client presented a certificate that failed verification."),

    /** 496 SSL Certificate Required (nginx): a client certificate was required but not sent. */
    NGINX_SSL_CERTIFICATE_REQUIRED(496, "SSL Certificate Required", "nginx",
            "The server requires a client certificate and the client did not present one."),

    /** 497 HTTP Request Sent to HTTPS Port (nginx). */
    NGINX_HTTP_REQUEST_SENT_TO_HTTPS_PORT(497, "HTTP Request Sent to HTTPS Port", "nginx",
            "A plain-text HTTP request arrived on a port that expects TLS."),

    /** 499 Client Closed Request (nginx): the client went away before the response was ready. */
    NGINX_CLIENT_CLOSED_REQUEST(499, "Client Closed Request", "nginx",
            "Logged by nginx when the client closed the connection while the server was still working on the response."),

    /** 520 Web Server Returned an Unknown Error (Cloudflare). */
    CLOUDFLARE_UNKNOWN_ERROR(520, "Web Server Returned an Unknown Error", "Cloudflare",
            "The origin server answered with something empty, unknown or unexpected."),

    /** 521 Web Server Is Down (Cloudflare): the origin refused the connection. */
    CLOUDFLARE_WEB_SERVER_IS_DOWN(521, "Web Server Is Down", "Cloudflare",
            "The origin server refused the connection from the proxy."),

    /** 522 Connection Timed Out (Cloudflare): no TCP connection to the origin in time. */
    CLOUDFLARE_CONNECTION_TIMED_OUT(522, "Connection Timed Out", "Cloudflare",
            "The proxy could not open a TCP connection to the origin server in time."),

    /** 523 Origin Is Unreachable (Cloudflare). */
    CLOUDFLARE_ORIGIN_IS_UNREACHABLE(523, "Origin Is Unreachable", "Cloudflare",
            "The proxy could not reach the origin server at all, for example because of DNS or routing."),

    /** 524 A Timeout Occurred (Cloudflare): the origin accepted the connection but did not answer in time. */
    CLOUDFLARE_TIMEOUT_OCCURRED(524, "A Timeout Occurred", "Cloudflare",
            "The origin server accepted the connection but did not send a response in time."),

    /** 525 SSL Handshake Failed (Cloudflare). */
    CLOUDFLARE_SSL_HANDSHAKE_FAILED(525, "SSL Handshake Failed", "Cloudflare",
            "The TLS handshake between the proxy and the origin server failed."),

    /** 526 Invalid SSL Certificate (Cloudflare). */
    CLOUDFLARE_INVALID_SSL_CERTIFICATE(526, "Invalid SSL Certificate", "Cloudflare",
            "The proxy could not validate the origin server's certificate."),

    /** 527 Railgun Error (Cloudflare): the connection between the proxy and the origin's Railgun listener failed. */
    CLOUDFLARE_RAILGUN_ERROR(527, "Railgun Error", "Cloudflare",
            "The connection between the proxy and the origin's Railgun listener was interrupted."),

    /** 530 (Cloudflare): sent together with a Cloudflare 1xxx error that says more. */
    CLOUDFLARE_ORIGIN_ERROR(530, "Origin Error", "Cloudflare",
            "Sent with one of Cloudflare's own 1xxx errors, which names the actual problem."),

    /** 561 Unauthorized (AWS Elastic Load Balancing): the identity provider rejected the user. */
    AWS_UNAUTHORIZED(561, "Unauthorized", "AWS Elastic Load Balancing",
            "The load balancer's identity provider returned an error while authenticating the user.");

    private static final UnofficialCode[] BY_CODE = new UnofficialCode[600];

    static {
        for (UnofficialCode unofficial : values()) {
            BY_CODE[unofficial.code] = unofficial;
        }
    }

    private final int code;
    private final String name;
    private final String origin;
    private final String description;

    UnofficialCode(int code, String name, String origin, String description) {
        this.code = code;
        this.name = name;
        this.origin = origin;
        this.description = description;
    }

    /**
     * Finds the unofficial meaning of a status code.
     *
     * @param code  any int
     * @return the unofficial code, or empty when {@code code} has no widely seen vendor meaning
     */
    public static Optional<UnofficialCode> find(int code) {
        return StatusCodeRange.contains(code) ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
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
     * Returns the name the vendor uses, such as {@code "Client Closed Request"}.
     *
     * @return the name, never null
     */
    public String unofficialName() {
        return name;
    }

    /**
     * Returns who sends this code, such as {@code "nginx"} or {@code "Cloudflare"}.
     *
     * @return the origin, never null
     */
    public String origin() {
        return origin;
    }

    /**
     * Returns a one-sentence description of what the vendor means by this code.
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the code, the name and the origin, such as {@code "499 Client Closed Request (nginx)"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return code + " " + name + " (" + origin + ")";
    }
}
