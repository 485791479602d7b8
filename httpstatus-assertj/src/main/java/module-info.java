/** httpstatus-assertj: AssertJ assertions that judge HTTP statuses and responses by httpstatus. */
module io.github.httpstatus.assertj {
    exports io.github.httpstatus.assertj;

    // The assertions' signatures show types of all three.
    requires transitive io.github.httpstatus;
    requires transitive org.assertj.core;
    requires transitive java.net.http;
}
