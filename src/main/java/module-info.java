/** httpstatus: what every HTTP status code means, and the decisions that follow from it. */
module io.github.httpstatus {
    exports io.github.httpstatus;
    exports io.github.httpstatus.assertj;
    exports io.github.httpstatus.conformance;
    exports io.github.httpstatus.redirect;
    exports io.github.httpstatus.rest;
    exports io.github.httpstatus.retry;

    // Only the assertions package uses these; core users receive neither.
    requires static org.assertj.core;
    requires static java.net.http;
}
