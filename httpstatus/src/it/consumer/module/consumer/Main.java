package consumer;

import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.RetryAfter;
import io.github.httpstatus.redirect.RedirectPolicy;
import io.github.httpstatus.rest.Operation;
import io.github.httpstatus.rest.Outcome;
import io.github.httpstatus.rest.StatusRecommender;
import io.github.httpstatus.retry.FailedAttempt;
import io.github.httpstatus.retry.RetryAdvisor;

/** Uses one thing of each API package and prints what it got, one line each. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("308 preserves method: " + HttpStatusInfo.of(308).preservesMethod());
        System.out.println("Retry-After 120: " + RetryAfter.tryParse("120").orElseThrow().toHeaderValue());
        System.out.println("POST on 302: " + RedirectPolicy.standard().methodFor(HttpMethod.POST, HttpStatusInfo.of(302)).orElseThrow());
        System.out.println("create done: " + StatusRecommender.standard().recommend(Operation.CREATE, Outcome.DONE).status());
        System.out.println("POST on 502 retried: " + RetryAdvisor.standard().advise(FailedAttempt.of("POST", 502, 1)).shouldRetry());
        System.out.println("module: " + Main.class.getModule().getName() + " reads " + HttpStatusInfo.class.getModule().getName());
    }
}
