package io.github.httpstatus;

import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable multimap of header fields: names compared ignoring ASCII case (never the default
 * locale's rules, under which {@code "AUTHORIZATION"} may not lower-case to {@code "authorization"}),
 * every value kept in order, duplicates included.
 *
 * <pre>{@code
 * Headers headers = Headers.of(Map.of("Authorization", List.of("Bearer t")));
 * headers.contains("authorization");              // true
 * headers.without(Set.of("AUTHORIZATION")).isEmpty();  // true
 * }</pre>
 *
 * <p>{@link #toString()} shows names only, never values, so headers can be logged without leaking
 * credentials.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(new LinkedHashMap<>());

    /** Lower-cased name to the field, in the order first given; never changed after construction. */
    private final Map<String, Field> fields;

    /** A field: the name as first given and its values. */
    private record Field(String name, List<String> values) {
    }

    private Headers(Map<String, Field> fields) {
        this.fields = fields;
    }

    /**
     * Returns headers with no fields.
     *
     * @return the empty headers, never null
     */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * Returns headers holding the given fields, such as the map of {@code HttpRequest.headers()}.
     * Names that differ only in case are merged, values in order.
     *
     * @param map  names to values, not null, without null names or values
     * @return the headers, never null
     * @throws IllegalArgumentException if a name is not a token (RFC 9110, section 5.6.2) or a value
     *         holds CR, LF or NUL
     * @throws NullPointerException if the map, a name or a value is null
     */
    public static Headers of(Map<String, ? extends Collection<String>> map) {
        Objects.requireNonNull(map, "map");
        Builder builder = builder();
        map.forEach((name, values) -> {
            Objects.requireNonNull(values, "values");
            values.forEach(value -> builder.add(name, value));
        });
        return builder.build();
    }

    /**
     * Returns a builder for headers.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether a field with this name is present, ignoring ASCII case.
     *
     * @param name  the field name, not null
     * @return true when at least one value is present
     */
    public boolean contains(String name) {
        return fields.containsKey(key(name));
    }

    /**
     * Returns every value of a field, in order.
     *
     * @param name  the field name, ignoring ASCII case, not null
     * @return an unmodifiable list, empty when the field is absent
     */
    public List<String> values(String name) {
        Field field = fields.get(key(name));
        return field == null ? List.of() : field.values;
    }

    /**
     * Returns the first value of a field.
     *
     * @param name  the field name, ignoring ASCII case, not null
     * @return the value, or empty when the field is absent
     */
    public Optional<String> firstValue(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns the field names, as first given, in order.
     *
     * @return an unmodifiable list of names, never null
     */
    public List<String> names() {
        return fields.values().stream().map(Field::name).toList();
    }

    /**
     * Returns the fields as a map from name (as first given) to values, for handing to an HTTP client.
     *
     * @return an unmodifiable map in insertion order, never null
     */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        fields.values().forEach(field -> map.put(field.name, field.values));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns whether there are no fields.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * Returns these headers without the named fields, every value of each, ignoring ASCII case.
     *
     * @param names  the names to drop, not null, without null elements
     * @return the remaining headers; this instance when nothing is dropped
     * @throws NullPointerException if {@code names} or one of its elements is null
     */
    public Headers without(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        Map<String, Field> kept = new LinkedHashMap<>(fields);
        boolean dropped = false;
        for (String name : names) {
            dropped |= kept.remove(key(name)) != null;
        }
        if (!dropped) {
            return this;
        }
        return kept.isEmpty() ? EMPTY : new Headers(kept);
    }

    /** The name as the map holds it: lower-cased by ASCII rules, never the default locale's. */
    private static String key(String name) {
        return Ascii.toLowerCase(Objects.requireNonNull(name, "name"));
    }

    /**
     * Compares names (ignoring case) and values.
     *
     * @param other  the other object
     * @return true for the same fields and values
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Headers && ((Headers) other).asComparable().equals(asComparable());
    }

    /**
     * Returns a hash code of the names (ignoring case) and values.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return asComparable().hashCode();
    }

    private Map<String, List<String>> asComparable() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        fields.forEach((key, field) -> map.put(key, field.values));
        return map;
    }

    /**
     * Returns the field names only, such as {@code "Headers[Accept, Authorization]"}: values may be
     * credentials and are never shown.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "Headers" + names();
    }

    /**
     * Collects header fields for {@link Headers}.
     *
     * @implSpec A builder is not thread-safe.
     * @since 0.1.0
     */
    public static final class Builder {

        /** Lower-cased name to the name as first given and the values so far. */
        private final Map<String, Field> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a value to a field, after any it already has.
         *
         * @param name   the field name, a token, not null
         * @param value  the value, without CR, LF or NUL, not null
         * @return this builder
         * @throws IllegalArgumentException if the name is not a token or the value holds CR, LF or NUL;
         *         the message names the field but never shows the value
         */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (!Ascii.isToken(name)) {
                throw new IllegalArgumentException("invalid header name " + Escaping.quote(name));
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c == '\0') {
                    throw new IllegalArgumentException("the value of header " + name
                            + " holds CR, LF or NUL at index " + i);
                }
            }
            fields.computeIfAbsent(key(name), key -> new Field(name, new ArrayList<>())).values.add(value);
            return this;
        }

        /**
         * Builds the headers.
         *
         * @return the headers, never null
         */
        public Headers build() {
            if (fields.isEmpty()) {
                return EMPTY;
            }
            Map<String, Field> built = new LinkedHashMap<>();
            fields.forEach((key, field) -> built.put(key, new Field(field.name, List.copyOf(field.values))));
            return new Headers(built);
        }
    }
}
