/**
 * An OkHttp application interceptor that follows redirects by
 * {@link io.github.httpstatus.redirect.RedirectPolicy} and repeats failed attempts by
 * {@link io.github.httpstatus.retry.RetryAdvisor}, hop by hop and attempt by attempt
 * (<a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110, section 15.4</a>,
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">section 10.2.3</a> and
 * <a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">section 9.2.2</a>).
 *
 * @since 0.1.0
 */
package io.github.httpstatus.okhttp;
