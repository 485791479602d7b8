/**
 * The response conformance check: what a response breaks of
 * <a href="https://www.rfc-editor.org/rfc/rfc9110">RFC 9110</a> and
 * <a href="https://www.rfc-editor.org/rfc/rfc9112">RFC 9112</a> given its status, headers, content
 * and the request method, each finding with its severity and section.
 */
package io.github.httpstatus.conformance;
