/** httpstatus: what every HTTP status code means, and the decisions that follow from it. */
module io.github.httpstatus {
    exports io.github.httpstatus;
    exports io.github.httpstatus.conformance;
    exports io.github.httpstatus.redirect;
    exports io.github.httpstatus.rest;
    exports io.github.httpstatus.retry;
    exports io.github.httpstatus.search;

    // Not API: shared ASCII and escaping helpers, opened to this project's own assertions module.
    exports io.github.httpstatus.internal to io.github.httpstatus.assertj;
}
