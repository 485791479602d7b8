/** httpstatus-spring: a RestClient and RestTemplate interceptor that follows redirects and retries by httpstatus's rules. */
module io.github.httpstatus.spring {
    exports io.github.httpstatus.spring;

    // The interceptor's signatures show types of all three: policies, Spring's client types, and
    // the JDK HttpClient that the request factory is built on.
    requires transitive io.github.httpstatus;
    // spring-web is an automatic module (its Automatic-Module-Name), hence the lint exception in the POM.
    requires transitive spring.web;
    requires transitive java.net.http;
}
