/**
 * AssertJ assertions on statuses and JDK {@code HttpResponse}s, with failure messages in words.
 * AssertJ and {@code java.net.http} are optional dependencies: only this package needs them.
 */
package io.github.httpstatus.assertj;
