/**
 * The CRUD status recommender: which status code an HTTP API endpoint should return for an
 * operation and its outcome, with the headers and content that go with it, by
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a> and its
 * companions.
 */
package io.github.httpstatus.rest;
