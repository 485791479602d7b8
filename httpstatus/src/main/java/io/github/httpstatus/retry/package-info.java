/**
 * Retry semantics: whether and when to repeat a request after a failed response, by status code
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110, section 15</a>), method
 * idempotency (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">section 9.2.2</a>)
 * and {@code Retry-After} (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">section
 * 10.2.3</a>), with capped exponential backoff and a shared retry budget.
 */
package io.github.httpstatus.retry;
