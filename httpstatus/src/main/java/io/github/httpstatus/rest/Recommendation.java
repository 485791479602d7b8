package io.github.httpstatus.rest;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.SpecReference;

import java.util.List;
import java.util.Objects;

/**
 * The status an endpoint should return, with the headers to send, whether to send content, and
 * a one-line reason citing the section.
 *
 * @param status       the status, not null
 * @param headers      the names of the headers to send with it, in order, not null; kept as an
 *                     unmodifiable copy
 * @param sendContent  whether the response carries content (a representation or a problem document)
 * @param reason       why, in one line of words, not null
 * @param section      the section the choice rests on, which the reason cites, not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Recommendation(HttpStatusInfo status, List<String> headers, boolean sendContent, String reason,
        SpecReference section) {

    /**
     * Checks the components and copies the header list.
     *
     * @param status       the status
     * @param headers      the header names
     * @param sendContent  whether to send content
     * @param reason       why
     * @param section      the section
     * @throws NullPointerException if a component is null
     */
    public Recommendation {
        Objects.requireNonNull(status, "status");
        headers = List.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(section, "section");
    }

    /**
     * Returns the status, the headers and the reason on one line, such as
     * {@code "201 Created [Location, ETag]: ... (RFC 9110, section 15.3.2)"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return status + " " + headers + (sendContent ? " with content" : " without content") + ": " + reason
                + " (" + section + ")";
    }
}
