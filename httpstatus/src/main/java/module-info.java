/** httpstatus: what every HTTP status code means, and the decisions that follow from it. */
module io.github.httpstatus {
    // PolicyHttpClient is an HttpClient, so its readers need the JDK's HTTP client module too.
    requires transitive java.net.http;

    exports io.github.httpstatus;
    exports io.github.httpstatus.client;
    exports io.github.httpstatus.conformance;
    exports io.github.httpstatus.redirect;
    exports io.github.httpstatus.rest;
    exports io.github.httpstatus.retry;
    exports io.github.httpstatus.search;
}
