/**
 * AssertJ assertions on statuses and JDK {@code HttpResponse}s, with failure messages in words.
 * {@link io.github.httpstatus.assertj.HttpStatusAssertions} is the entry point; the abstract
 * {@code AbstractHttpStatusAssert} and {@code AbstractHttpResponseAssert} are the classes to extend.
 */
package io.github.httpstatus.assertj;
