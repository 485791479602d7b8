/**
 * Helpers shared by the library's packages: ASCII character classes, message escaping, the
 * status code range and durations in messages.
 *
 * <p>This package is not API. It is not exported from the module and may change in any release.
 */
package io.github.httpstatus.internal;
