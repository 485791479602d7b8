/** httpstatus-okhttp: an OkHttp interceptor that follows redirects and retries by httpstatus's rules. */
module io.github.httpstatus.okhttp {
    exports io.github.httpstatus.okhttp;

    // The interceptor's signatures show types of both: policies from one, OkHttp's builder and chain from the other.
    requires transitive io.github.httpstatus;
    requires transitive okhttp3;
}
