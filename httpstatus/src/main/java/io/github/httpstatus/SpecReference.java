package io.github.httpstatus;

import java.util.Objects;

/**
 * A pointer to the part of a specification that defines something: a document such as
 * {@code "RFC 9110"}, a section within it, and a link to that section.
 *
 * <pre>{@code
 * SpecReference ref = HttpStatusInfo.of(308).specReference();
 * ref.document();  // "RFC 9110"
 * ref.section();   // "15.4.9"
 * ref.url();       // "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9"
 * ref.toString();  // "RFC 9110, section 15.4.9"
 * }</pre>
 *
 * @param document  the document's name, such as {@code "RFC 9110"}, not null or empty
 * @param section   the section number, such as {@code "15.4.9"}, or empty for the whole document,
 *                  not null
 * @param url       a link to the section, not null or empty
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record SpecReference(String document, String section, String url) {

    /**
     * Checks the components.
     *
     * @param document  the document's name, not empty
     * @param section   the section number, or empty
     * @param url       a link to the section, not empty
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if {@code document} or {@code url} is empty
     */
    public SpecReference {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(url, "url");
        if (document.isEmpty() || url.isEmpty()) {
            throw new IllegalArgumentException("document and url must not be empty");
        }
    }

    /**
     * Returns a reference to a section of an RFC, linked on the RFC Editor's site.
     *
     * @param number   the RFC number, positive
     * @param section  the section number, such as {@code "15.4.9"}, not null or empty
     * @return the reference, never null
     * @throws IllegalArgumentException if {@code number} is not positive or {@code section} is empty
     */
    public static SpecReference rfc(int number, String section) {
        Objects.requireNonNull(section, "section");
        if (number <= 0 || section.isEmpty()) {
            throw new IllegalArgumentException(
                    "an RFC reference needs a positive number and a section, got " + number);
        }
        return new SpecReference("RFC " + number, section,
                "https://www.rfc-editor.org/rfc/rfc" + number + "#section-" + section);
    }

    /**
     * Returns the reference in words, such as {@code "RFC 9110, section 15.4.9"}.
     *
     * @return the document and, when there is one, the section, never null
     */
    @Override
    public String toString() {
        return section.isEmpty() ? document : document + ", section " + section;
    }
}
