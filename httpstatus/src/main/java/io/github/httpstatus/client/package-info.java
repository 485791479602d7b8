/**
 * A JDK {@link java.net.http.HttpClient} that follows redirects by a
 * {@link io.github.httpstatus.redirect.RedirectPolicy} and retries by a
 * {@link io.github.httpstatus.retry.RetryAdvisor}: see {@link io.github.httpstatus.client.PolicyHttpClient}.
 * The rules come from <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110,
 * section 15.4</a> (redirection), <a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">section
 * 9.2.2</a> (idempotent methods) and <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">section
 * 10.2.3</a> ({@code Retry-After}).
 *
 * @since 0.1.0
 */
package io.github.httpstatus.client;
