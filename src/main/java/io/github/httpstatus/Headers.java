package io.github.httpstatus;

import io.github.httpstatus.internal.Ascii;
import io.github.httpstatus.internal.Escaping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    private static final Headers EMPTY = new Headers(Collections.emptyMap());

    /** Lower-cased name to the name as first given and its values. */
    private final Map<String, Field> fields;

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
        return fields.containsKey(Ascii.toLowerCase(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns every value of a field, in order.
     *
     * @param name  the field name, ignoring ASCII case, not null
     * @return an unmodifiable list, empty when the field is absent
     */
    public List<String> values(String name) {
        Field field = fields.get(Ascii.toLowerCase(Objects.requireNonNull(name, "name")));
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
        List<String> names = new ArrayList<>(fields.size());
        fields.values().forEach(field -> names.add(field.name));
        return Collections.unmodifiableList(names);
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
     * @param names  the names to drop, not null
     * @return the remaining headers; this instance when nothing is dropped
     */
    public Headers without(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        Set<String> drop = present(names);
        if (drop.isEmpty()) {
            return this;
        }
        // Copy only what stays, into a map sized for it: cheaper than copying every field and
        // removing some (a redirect hop calls this on every cross-origin or method-changing follow).
        Map<String, Field> kept = new LinkedHashMap<>(capacityFor(fields.size()));
        fields.forEach((key, field) -> {
            if (!drop.contains(key)) {
                kept.put(key, field);
            }
        });
        return new Headers(Collections.unmodifiableMap(kept));
    }

    /** A hash map capacity that holds {@code size} entries without resizing. */
    private static int capacityFor(int size) {
        return size + size / 3 + 1;
    }

    /**
     * Returns which of the given names are present here, lower-cased.
     *
     * @param names  the names to look for, in any case, not null
     * @return the lower-cased names that are present, in the order given, never null
     */
    public Set<String> present(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        Set<String> present = new LinkedHashSet<>();
        for (String name : names) {
            String key = Ascii.toLowerCase(name);
            if (fields.containsKey(key)) {
                present.add(key);
            }
        }
        return present;
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
            String key = Ascii.toLowerCase(name);
            Field field = fields.get(key);
            List<String> values = new ArrayList<>(field == null ? List.of() : field.values);
            values.add(value);
            fields.put(key, new Field(field == null ? name : field.name, Collections.unmodifiableList(values)));
            return this;
        }

        /**
         * Builds the headers.
         *
         * @return the headers, never null
         */
        public Headers build() {
            return fields.isEmpty() ? EMPTY : new Headers(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
        }
    }
}
