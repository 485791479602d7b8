/**
 * Search over the status code model: finds the codes a developer means by a number, a class such
 * as {@code 4xx}, a reason phrase (current or former, as in
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a> and the
 * <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP
 * Status Code Registry</a>) or the words people use for a code, and ranks them.
 */
package io.github.httpstatus.search;
