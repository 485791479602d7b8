/**
 * Helpers shared by the library's packages: ASCII character classes and message escaping.
 *
 * <p>This package is not API. It is not exported from the module and may change in any release.
 */
package io.github.httpstatus.internal;
