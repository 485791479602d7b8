/** A modular application that calls HTTP services and decides with httpstatus what comes next. */
module app {
    requires io.github.httpstatus;
    requires java.net.http;
}
