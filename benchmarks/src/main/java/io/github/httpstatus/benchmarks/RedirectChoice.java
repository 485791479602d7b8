package io.github.httpstatus.benchmarks;

import io.github.httpstatus.Headers;
import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.redirect.RedirectChain;
import io.github.httpstatus.redirect.RedirectDecision;
import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.redirect.RedirectRequest;
import io.github.httpstatus.redirect.RedirectResponse;

import java.net.URI;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One redirect decision by the standard {@link RedirectPolicy}, from the request, the response and
 * the chain to the next request: a form POST answered {@code 302} with a relative {@code Location}
 * (same origin: becomes a GET, content headers dropped) and a GET with credentials answered
 * {@code 308} to another host (method kept, credentials dropped). No peer offers this decision as a
 * function; the floor row is what the JDK alone takes to read the target into a {@link URI} as the
 * policy does, which no decision that hands back a {@code URI} can avoid.
 */
public class RedirectChoice extends BenchmarkSettings {

    /** Which redirect to decide on. */
    @Param({"post302SameOrigin", "get308CrossOrigin"})
    public String redirect;

    private final RedirectPolicy policy = RedirectPolicy.standard();
    private final RedirectChain chain = RedirectChain.start();
    private RedirectRequest request;
    private RedirectResponse response;
    /** The target as the policy reads it into a URI: alone, or as a path resolved against {@link #base}. */
    private String target;
    private URI base;

    /** Builds the request and its redirect response. */
    @Setup
    public void setUp() {
        Headers headers = Headers.builder()
                .add("Accept", "text/html")
                .add("Authorization", "Bearer benchmark-token")
                .add("Cookie", "session=benchmark")
                .add("Content-Type", "application/x-www-form-urlencoded")
                .build();
        switch (redirect) {
            case "post302SameOrigin" -> {
                request = RedirectRequest.of(HttpMethod.POST, URI.create("https://shop.example/cart/checkout"), headers)
                        .withBody(true);
                response = RedirectResponse.of(302, List.of("/orders/1234?confirm=1"));
                target = "/orders/1234?confirm=1";
                base = request.uri();
            }
            case "get308CrossOrigin" -> {
                request = RedirectRequest.of(HttpMethod.GET, URI.create("https://api.example/v1/items?page=2"), headers);
                response = RedirectResponse.of(308, List.of("https://cdn.example/v1/items?page=2"));
                target = "https://cdn.example/v1/items?page=2";
            }
            default -> throw new IllegalArgumentException("no such redirect: " + redirect);
        }
    }

    /**
     * httpstatus: the decision on one redirect.
     *
     * @return the decision
     */
    @Benchmark
    @Subject(value = "httpstatus RedirectPolicy.decide", role = Subject.Role.REFERENCE)
    public RedirectDecision httpstatus() {
        return policy.decide(request, response, chain);
    }

    /**
     * The JDK alone: the target read into a {@link URI} the way the policy builds it, the part of a
     * decision that is java.net.URI's own work: {@code URI.create} of the whole target on another
     * origin, {@code URI.create} of the path and {@code resolve} on the same authority.
     *
     * @return the target
     */
    @Benchmark
    @Subject(value = "floor: the JDK's URI of the target", role = Subject.Role.FLOOR)
    public URI uriOfTarget() {
        URI read = URI.create(target);
        return base == null ? read : base.resolve(read);
    }
}
