/**
 * The redirect-policy resolver: whether to follow a 3xx response, and with which method, target,
 * content and headers, by <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4">RFC 9110,
 * section 15.4</a>, <a href="https://www.rfc-editor.org/rfc/rfc3986#section-5">RFC 3986, section
 * 5</a> and the WHATWG Fetch standard's
 * <a href="https://fetch.spec.whatwg.org/#http-redirect-fetch">HTTP-redirect fetch</a>, hardened
 * against the credential leaks that HTTP clients have shipped.
 */
package io.github.httpstatus.redirect;
