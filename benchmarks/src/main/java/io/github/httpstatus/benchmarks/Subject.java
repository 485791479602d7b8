package io.github.httpstatus.benchmarks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names what a benchmark method measures and what part it plays in the report table. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Subject {

    /**
     * Returns the library and call, such as {@code "Spring HttpStatus.resolve"}.
     *
     * @return the label shown in the report
     */
    String value();

    /**
     * Returns the part this row plays.
     *
     * @return the role, {@link Role#PEER} unless given
     */
    Role role() default Role.PEER;

    /** The part a row plays in the report. */
    enum Role {
        /** httpstatus's figure, the one the other rows of its class are divided by. */
        REFERENCE,
        /** Another httpstatus call, shown for context. */
        HTTPSTATUS,
        /** A peer library or the JDK. */
        PEER,
        /** No library at all: the floor any call is measured against. */
        FLOOR
    }
}
