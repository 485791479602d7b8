/**
 * The HTTP status model: every status code with its class, reason phrase and the semantics that
 * RFC 9110, its companion RFCs and the IANA registry give it, plus strict parsers for the wire forms
 * that carry it.
 *
 * <p>Sources: <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>,
 * <a href="https://www.rfc-editor.org/rfc/rfc9111">RFC 9111</a>,
 * <a href="https://www.rfc-editor.org/rfc/rfc9112#section-4">RFC 9112, section 4</a> and the
 * <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP
 * Status Code Registry</a>.
 */
package io.github.httpstatus;
