package io.github.httpstatus.rest;

import io.github.httpstatus.HttpMethod;

/**
 * What an endpoint does, with the method that carries it.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Operation {

    /** List a collection: GET on the collection. */
    LIST(HttpMethod.GET),
    /** Read one resource: GET on it. */
    READ(HttpMethod.GET),
    /** Create a resource in a collection: POST to the collection. */
    CREATE(HttpMethod.POST),
    /** Replace a resource whole, or create it at a known URI: PUT. */
    REPLACE(HttpMethod.PUT),
    /** Change part of a resource, or create it at a known URI: PATCH. */
    UPDATE(HttpMethod.PATCH),
    /** Remove a resource: DELETE. */
    DELETE(HttpMethod.DELETE),
    /** Run an action or command that is not one of the above: POST. */
    ACTION(HttpMethod.POST);

    private final HttpMethod method;

    Operation(HttpMethod method) {
        this.method = method;
    }

    /**
     * Returns the request method that carries this operation.
     *
     * @return the method, never null
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * Returns whether the operation only reads: its method is safe
     * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.1">RFC 9110, section 9.2.1</a>).
     *
     * @return true for {@link #LIST} and {@link #READ}
     */
    public boolean isRead() {
        return method.isSafe();
    }
}
