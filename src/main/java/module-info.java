/** httpstatus: what every HTTP status code means, and the decisions that follow from it. */
module io.github.httpstatus {
    exports io.github.httpstatus;
    exports io.github.httpstatus.assertj;
    exports io.github.httpstatus.conformance;
    exports io.github.httpstatus.redirect;
    exports io.github.httpstatus.rest;
    exports io.github.httpstatus.retry;

    // Optional: only io.github.httpstatus.assertj extends AssertJ; core users never receive it.
    requires static org.assertj.core;
    // Optional: only io.github.httpstatus.assertj reads the JDK client's HttpResponse.
    requires static java.net.http;
}
