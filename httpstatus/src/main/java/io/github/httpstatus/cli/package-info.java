/**
 * The command-line reference in the jar ({@code java -jar httpstatus-<version>.jar 308}). Not API: this
 * package is not exported from the module and may change in any release.
 */
package io.github.httpstatus.cli;
