/** A modular application that uses httpstatus. */
module app {
    requires io.github.httpstatus;
}
