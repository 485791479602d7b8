package io.github.httpstatus.rest;

/**
 * What an endpoint does, with the method that carries it.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum Operation {

    /** List a collection: GET on the collection. */
    LIST("GET"),
    /** Read one resource: GET on it. */
    READ("GET"),
    /** Create a resource in a collection: POST to the collection. */
    CREATE("POST"),
    /** Replace a resource whole, or create it at a known URI: PUT. */
    REPLACE("PUT"),
    /** Change part of a resource: PATCH. */
    UPDATE("PATCH"),
    /** Remove a resource: DELETE. */
    DELETE("DELETE"),
    /** Run an action or command that is not one of the above: POST. */
    ACTION("POST");

    private final String method;

    Operation(String method) {
        this.method = method;
    }

    /**
     * Returns the request method that carries this operation.
     *
     * @return the method name, never null
     */
    public String method() {
        return method;
    }

    /**
     * Returns whether the operation reads only (GET).
     *
     * @return true for {@link #LIST} and {@link #READ}
     */
    public boolean isRead() {
        return method.equals("GET");
    }
}
