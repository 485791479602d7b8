package io.github.httpstatus.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.httpstatus.HttpMethod;
import io.github.httpstatus.HttpStatusInfo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAdvisorTest {

    private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A random source that always draws the top of the range, so backoff is its ceiling. */
    static final RandomGenerator MAX_RANDOM = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    private static RetryAdvisor advisor() {
        return RetryAdvisor.builder().clock(CLOCK).random(MAX_RANDOM).build();
    }

    private static RetryDecision.GiveUp giveUp(RetryDecision decision) {
        assertThat(decision).isInstanceOf(RetryDecision.GiveUp.class);
        assertThat(decision.shouldRetry()).isFalse();
        return (RetryDecision.GiveUp) decision;
    }

    private static RetryDecision.Retry retry(RetryDecision decision) {
        assertThat(decision).isInstanceOf(RetryDecision.Retry.class);
        assertThat(decision.shouldRetry()).isTrue();
        return (RetryDecision.Retry) decision;
    }

    @Nested
    class ByStatusAndMethod {

        @ParameterizedTest(name = "{0} {1}: retry {2}")
        @CsvSource({
            // method, status, retried?, source
            "GET, 503, true, RFC 9110 15.6.4 and 9.2.2",
            "PUT, 502, true, RFC 9110 9.2.2: PUT is idempotent",
            "DELETE, 504, true, RFC 9110 9.2.2",
            "GET, 500, true, retryable if idempotent by choice (docs/semantics.md)",
            "GET, 599, true, unregistered 5xx is read as 500",
            "POST, 503, false, RFC 9110 9.2.2: POST is not idempotent",
            "PATCH, 502, false, RFC 5789: PATCH is not idempotent",
            "get, 503, false, RFC 9110 9.1: 'get' is an unknown method, not GET",
            "POST, 429, true, RFC 6585 4: the server did not act on it",
            "POST, 408, true, RFC 9110 15.5.9",
            "POST, 421, true, RFC 9110 15.5.20",
            "POST, 425, true, RFC 8470 5.2",
            "GET, 404, false, not a status to retry",
            "GET, 501, false, not a status to retry",
            "GET, 400, false, not a status to retry",
            "GET, 413, false, 413 without Retry-After is not temporary",
            "GET, 507, false, RFC 4918 11.5: needs a user action",
        })
        void followsTheStatusRetryabilityAndTheMethod(String method, int status, boolean retried, String source) {
            RetryDecision decision = advisor().advise(FailedAttempt.of(method, status, 1));
            assertThat(decision.shouldRetry()).as(source).isEqualTo(retried);
        }

        @Test
        void givesTheReasonInWords() {
            RetryDecision.GiveUp post = giveUp(advisor().advise(FailedAttempt.of("POST", 502, 1)));
            assertThat(post.reason()).isEqualTo(GiveUpReason.METHOD_NOT_IDEMPOTENT);
            assertThat(post.message()).isEqualTo("502 Bad Gateway allows a retry only of an idempotent request, and POST "
                    + "without an Idempotency-Key is not idempotent (RFC 9110, section 9.2.2)");
            RetryDecision.GiveUp notFound = giveUp(advisor().advise(FailedAttempt.of("GET", 404, 1)));
            assertThat(notFound.reason()).isEqualTo(GiveUpReason.STATUS_NOT_RETRYABLE);
            assertThat(notFound.message()).isEqualTo("404 Not Found is not a status to retry");
            assertThat(giveUp(advisor().advise(FailedAttempt.of("GET", 413, 1))).message())
                    .isEqualTo("413 Content Too Large is not a status to retry without a valid Retry-After");
        }

        @Test
        void anIdempotencyKeyMakesPostRetryable() {
            assertThat(advisor().advise(FailedAttempt.of("POST", 503, 1).withIdempotencyKey(true)).shouldRetry()).isTrue();
        }

        @Test
        void thePolicyMayAllowNonIdempotentRetries() {
            RetryAdvisor permissive = RetryAdvisor.builder().retryNonIdempotent(true).build();
            assertThat(permissive.advise(FailedAttempt.of("POST", 503, 1)).shouldRetry()).isTrue();
            assertThat(permissive.advise(FailedAttempt.of("POST", 404, 1)).shouldRetry()).isFalse();
        }

        @Test
        void aTemporary413WithRetryAfterIsRetriedAfterTheDelay() {
            // RFC 9110 section 15.5.14: a temporary condition comes with Retry-After.
            RetryDecision.Retry retry = retry(advisor().advise(FailedAttempt.of("POST", 413, 1).withRetryAfter("7")));
            assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(7));
            assertThat(retry.fromServer()).isTrue();
            assertThat(advisor().advise(FailedAttempt.of("POST", 413, 1).withRetryAfter("soon")).shouldRetry()).isFalse();
        }
    }

    @Nested
    class Delays {

        @Test
        void honoursRetryAfterSeconds() {
            RetryDecision.Retry retry = retry(advisor().advise(FailedAttempt.of("GET", 503, 1).withRetryAfter("3")));
            assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(3));
            assertThat(retry.fromServer()).isTrue();
        }

        @Test
        void countsARetryAfterDateFromTheResponseDate() {
            FailedAttempt attempt = FailedAttempt.of("GET", 429, 1)
                    .withRetryAfter("Wed, 21 Oct 2026 07:28:30 GMT")
                    .withDate("Wed, 21 Oct 2026 07:28:20 GMT");
            assertThat(retry(advisor().advise(attempt)).delay()).isEqualTo(Duration.ofSeconds(10));
            FailedAttempt noDate = FailedAttempt.of("GET", 429, 1).withRetryAfter("Wed, 21 Oct 2026 07:28:30 GMT");
            assertThat(retry(advisor().advise(noDate)).delay()).isEqualTo(Duration.ofSeconds(30));
            FailedAttempt badDate = noDate.withDate("yesterday");
            assertThat(retry(advisor().advise(badDate)).delay()).isEqualTo(Duration.ofSeconds(30));
        }

        @Test
        void aPastRetryAfterDateMeansRetryNow() {
            FailedAttempt attempt = FailedAttempt.of("GET", 503, 1).withRetryAfter("Fri, 31 Dec 1999 23:59:59 GMT");
            assertThat(retry(advisor().advise(attempt)).delay()).isZero();
        }

        @Test
        void aServerDelayBeyondTheCapMeansGiveUpNeverRetryEarly() {
            RetryDecision.GiveUp giveUp = giveUp(advisor().advise(FailedAttempt.of("GET", 503, 1).withRetryAfter("61")));
            assertThat(giveUp.reason()).isEqualTo(GiveUpReason.RETRY_AFTER_BEYOND_CAP);
            assertThat(giveUp.message()).isEqualTo("the server asked to wait 61 s, more than the 60 s this policy accepts");
            // security.md section 2: overflow must never turn "wait forever" into "retry now".
            assertThat(giveUp(advisor().advise(FailedAttempt.of("GET", 503, 1).withRetryAfter("99999999999"))).reason())
                    .isEqualTo(GiveUpReason.RETRY_AFTER_BEYOND_CAP);
            assertThat(advisor().advise(FailedAttempt.of("GET", 503, 1).withRetryAfter("60")).shouldRetry()).isTrue();
        }

        @Test
        void anInvalidRetryAfterFallsBackToBackoff() {
            RetryDecision.Retry retry = retry(advisor().advise(FailedAttempt.of("GET", 503, 1).withRetryAfter("+5")));
            assertThat(retry.fromServer()).isFalse();
            assertThat(retry.delay()).isEqualTo(Duration.ofMillis(100));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // status, where the delay comes from
            "408, RFC 9110 10.2.3: how long to wait before a follow-up request",
            "421, RFC 9110 10.2.3", "425, RFC 9110 10.2.3",
            "429, RFC 6585 section 4",
            "500, sent by servers such as Cloudflare", "502, sent by servers such as Cloudflare",
            "503, RFC 9110 15.6.4 and 10.2.3", "504, sent by servers such as Cloudflare",
            "599, an unregistered 5xx",
        })
        void honoursRetryAfterOnEveryRetriedStatus(int status, String source) {
            // Retrying at our own pace would come back before the server asked.
            RetryDecision.Retry retry = retry(advisor().advise(FailedAttempt.of("GET", status, 1).withRetryAfter("30")));
            assertThat(retry.delay()).as(source).isEqualTo(Duration.ofSeconds(30));
            assertThat(retry.fromServer()).isTrue();
            RetryDecision.GiveUp tooLong = giveUp(advisor().advise(FailedAttempt.of("GET", status, 1).withRetryAfter("61")));
            assertThat(tooLong.reason()).as(source).isEqualTo(GiveUpReason.RETRY_AFTER_BEYOND_CAP);
        }

        @Test
        void retryAfterNeverMakesAStatusRetryable() {
            // Feign made any error status with Retry-After retryable (java-peers.md section 2.10); only 413
            // reads it as a sign that the condition is temporary (RFC 9110 section 15.5.14).
            for (int status : new int[] {400, 404, 409, 501, 505, 507, 301, 200}) {
                RetryDecision.GiveUp giveUp = giveUp(advisor().advise(FailedAttempt.of("GET", status, 1).withRetryAfter("5")));
                assertThat(giveUp.reason()).as("status %s", status).isEqualTo(GiveUpReason.STATUS_NOT_RETRYABLE);
            }
        }

        @ParameterizedTest(name = "attempt {0}: up to {1} ms")
        @CsvSource({"1, 100", "2, 200", "3, 400", "8, 12800", "9, 20000", "40, 20000", "2147483646, 20000"})
        void backoffDoublesUpToTheCap(int attempt, long ceilingMillis) {
            RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(Integer.MAX_VALUE).random(MAX_RANDOM).build();
            assertThat(retry(advisor.advise(FailedAttempt.of("GET", 503, attempt))).delay())
                    .isEqualTo(Duration.ofMillis(ceilingMillis));
        }

        @Test
        void fullJitterDrawsFromZeroToTheCeiling() {
            RetryAdvisor advisor = RetryAdvisor.builder().random(new SplittableRandom(42)).build();
            for (int i = 0; i < 200; i++) {
                Duration delay = retry(advisor.advise(FailedAttempt.of("GET", 503, 2))).delay();
                assertThat(delay).isBetween(Duration.ZERO, Duration.ofMillis(200));
            }
        }

        @Test
        void theCeilingDoublesExactlyUntilTheCapWouldBePassed() {
            // 10 ns doubled is 20 ns, within a 21 ns cap: the ceiling is 20 ns, not the cap.
            RetryAdvisor advisor = RetryAdvisor.builder().baseDelay(Duration.ofNanos(10)).maxBackoff(Duration.ofNanos(21))
                    .maxAttempts(5).random(MAX_RANDOM).build();
            assertThat(retry(advisor.advise(FailedAttempt.of("GET", 503, 2))).delay()).isEqualTo(Duration.ofNanos(20));
            assertThat(retry(advisor.advise(FailedAttempt.of("GET", 503, 3))).delay()).isEqualTo(Duration.ofNanos(21));
        }

        @Test
        void zeroBaseMeansNoWait() {
            RetryAdvisor advisor = RetryAdvisor.builder().baseDelay(Duration.ZERO).build();
            assertThat(retry(advisor.advise(FailedAttempt.of("GET", 503, 1))).delay()).isZero();
        }
    }

    @Nested
    class Limits {

        @Test
        void stopsAfterTheLastAttempt() {
            assertThat(advisor().advise(FailedAttempt.of("GET", 503, 2)).shouldRetry()).isTrue();
            RetryDecision.GiveUp giveUp = giveUp(advisor().advise(FailedAttempt.of("GET", 503, 3)));
            assertThat(giveUp.reason()).isEqualTo(GiveUpReason.ATTEMPTS_EXHAUSTED);
            assertThat(giveUp.message()).isEqualTo("attempt 3 of at most 3 failed with 503 Service Unavailable");
            assertThat(RetryAdvisor.builder().maxAttempts(1).build().advise(FailedAttempt.of("GET", 503, 1)).shouldRetry())
                    .isFalse();
        }

        @Test
        void stopsWhenTheWaitWouldPassTheTimeBudget() {
            FailedAttempt late = FailedAttempt.of("GET", 503, 1).withRetryAfter("10").withElapsed(Duration.ofSeconds(55));
            RetryDecision.GiveUp giveUp = giveUp(advisor().advise(late));
            assertThat(giveUp.reason()).isEqualTo(GiveUpReason.TIME_BUDGET_EXHAUSTED);
            assertThat(giveUp.message()).isEqualTo("waiting 10 s after 55 s would pass the time budget of 60 s");
            assertThat(advisor().advise(late.withElapsed(Duration.ofSeconds(50))).shouldRetry()).isTrue();
            FailedAttempt forever = late.withElapsed(Duration.ofSeconds(Long.MAX_VALUE));
            assertThat(giveUp(advisor().advise(forever)).reason()).isEqualTo(GiveUpReason.TIME_BUDGET_EXHAUSTED);
            // Duration.toMillis() would overflow here; seconds are written exactly.
            FailedAttempt edge = late.withElapsed(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
            assertThat(giveUp(advisor().advise(edge)).message())
                    .isEqualTo("waiting 10 s after " + Long.MAX_VALUE + ".999999999 s would pass the time budget of 60 s");
            FailedAttempt almost = FailedAttempt.of("GET", 503, 1).withElapsed(Duration.ofMillis(59_950));
            RetryAdvisor fixed = RetryAdvisor.builder().random(MAX_RANDOM).build();
            assertThat(giveUp(fixed.advise(almost)).message())
                    .isEqualTo("waiting 0.1 s after 59.95 s would pass the time budget of 60 s");
        }

        @Test
        void stopsWhenTheRetryBudgetIsSpent() {
            RetryBudget budget = RetryBudget.newBudget(10, 5, 1);
            RetryAdvisor advisor = RetryAdvisor.builder().retryBudget(budget).build();
            assertThat(advisor.advise(FailedAttempt.of("GET", 503, 1)).shouldRetry()).isTrue();
            assertThat(advisor.advise(FailedAttempt.of("GET", 503, 1)).shouldRetry()).isTrue();
            RetryDecision.GiveUp giveUp = giveUp(advisor.advise(FailedAttempt.of("GET", 503, 1)));
            assertThat(giveUp.reason()).isEqualTo(GiveUpReason.RETRY_BUDGET_EXHAUSTED);
            assertThat(giveUp.message()).isEqualTo("the retry budget is spent: RetryBudget[0/10, cost 5, refund 1]");
            for (int i = 0; i < 5; i++) {
                advisor.recordSuccess();
            }
            assertThat(advisor.advise(FailedAttempt.of("GET", 503, 1)).shouldRetry()).isTrue();
            assertThat(advisor.retryBudget()).containsSame(budget);
            RetryAdvisor.standard().recordSuccess(); // no budget: nothing to record, nothing fails
        }

        @Test
        void aRefusalForStatusDoesNotSpendTheBudget() {
            RetryBudget budget = RetryBudget.newBudget(10, 5, 1);
            RetryAdvisor advisor = RetryAdvisor.builder().retryBudget(budget).build();
            advisor.advise(FailedAttempt.of("GET", 404, 1));
            advisor.advise(FailedAttempt.of("POST", 503, 1));
            assertThat(budget.availableTokens()).isEqualTo(10);
        }
    }

    @Nested
    class Settings {

        @Test
        void standardDefaults() {
            RetryAdvisor standard = RetryAdvisor.standard();
            assertThat(standard.maxAttempts()).isEqualTo(3);
            assertThat(standard.maxBackoff()).isEqualTo(Duration.ofSeconds(20));
            assertThat(standard.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
            assertThat(standard.retryBudget()).isEmpty();
            assertThat(standard).hasToString("RetryAdvisor[3 attempts, backoff 0.1 s..20 s, Retry-After up to 60 s, "
                    + "time budget 60 s]");
            assertThat(RetryAdvisor.builder().maxBackoff(Duration.ofSeconds(90)).retryNonIdempotent(true)
                    .retryBudget(RetryBudget.newBudget()).build().toString())
                    .endsWith("retries non-idempotent requests, RetryBudget[500/500, cost 5, refund 1]]");
            assertThat(RetryAdvisor.builder().maxBackoff(Duration.ofSeconds(90)).build().maxBackoff())
                    .isEqualTo(Duration.ofSeconds(90));
        }

        @Test
        void takesSettingsUpToTheirLimits() {
            RetryAdvisor longest = RetryAdvisor.builder().baseDelay(Duration.ofDays(1)).maxBackoff(Duration.ofDays(1))
                    .maxRetryAfter(Duration.ofDays(1)).timeBudget(Duration.ofDays(3)).random(MAX_RANDOM).build();
            assertThat(longest.maxBackoff()).isEqualTo(Duration.ofDays(1));
            assertThat(longest.maxRetryAfter()).isEqualTo(Duration.ofDays(1));
            assertThat(retry(longest.advise(FailedAttempt.of("GET", 503, 1))).delay()).isEqualTo(Duration.ofDays(1));
            assertThat(retry(longest.advise(FailedAttempt.of("GET", 503, 1).withRetryAfter("86400"))).delay())
                    .isEqualTo(Duration.ofDays(1));
        }

        @Test
        void aSmallerServerDelayCapIsHonoured() {
            RetryAdvisor strict = RetryAdvisor.builder().maxRetryAfter(Duration.ofSeconds(5)).build();
            assertThat(retry(strict.advise(FailedAttempt.of("GET", 429, 1).withRetryAfter("5"))).delay())
                    .isEqualTo(Duration.ofSeconds(5));
            assertThat(giveUp(strict.advise(FailedAttempt.of("GET", 429, 1).withRetryAfter("6"))).reason())
                    .isEqualTo(GiveUpReason.RETRY_AFTER_BEYOND_CAP);
        }

        @Test
        void acceptsTheLongestSettingOfOneDay() {
            RetryAdvisor patient = RetryAdvisor.builder().maxRetryAfter(Duration.ofDays(1))
                    .maxBackoff(Duration.ofDays(1)).baseDelay(Duration.ofDays(1)).build();
            assertThat(patient.maxRetryAfter()).isEqualTo(Duration.ofDays(1));
            assertThat(RetryAdvisor.builder().maxRetryAfter(Duration.ofSeconds(90)).build().maxRetryAfter())
                    .isEqualTo(Duration.ofSeconds(90));
        }

        @Test
        void rejectsSettingsOutOfRangeNamingThem() {
            assertThatThrownBy(() -> RetryAdvisor.builder().maxAttempts(0))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be at least 1: 0");
            assertThatThrownBy(() -> RetryAdvisor.builder().baseDelay(Duration.ofMillis(-1)))
                    .hasMessage("baseDelay must be from 0 s to 86400 s: -0.001 s");
            assertThatThrownBy(() -> RetryAdvisor.builder().maxBackoff(Duration.ofDays(2)))
                    .hasMessage("maxBackoff must be from 0 s to 86400 s: 172800 s");
            assertThatThrownBy(() -> RetryAdvisor.builder().maxRetryAfter(Duration.ofDays(2)))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxRetryAfter must be from 0 s to 86400 s: 172800 s");
            assertThatThrownBy(() -> RetryAdvisor.builder().timeBudget(Duration.ofSeconds(-1)))
                    .hasMessage("timeBudget must be from 0 s: -1 s");
            assertThatThrownBy(() -> RetryAdvisor.builder().timeBudget(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("timeBudget");
            assertThatThrownBy(() -> RetryAdvisor.builder().clock(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RetryAdvisor.builder().random(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RetryAdvisor.builder().retryBudget(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RetryAdvisor.standard().advise(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("failed");
        }
    }

    @Nested
    class Attempts {

        @Test
        void describesTheAttempt() {
            FailedAttempt attempt = FailedAttempt.of(HttpMethod.PUT, HttpStatusInfo.of(503), 2)
                    .withRetryAfter("1").withDate("x").withIdempotencyKey(true).withElapsed(Duration.ofSeconds(3));
            assertThat(attempt.method()).isEqualTo(HttpMethod.PUT);
            assertThat(attempt.status()).isSameAs(HttpStatusInfo.of(503));
            assertThat(attempt.attempt()).isEqualTo(2);
            assertThat(attempt.retryAfter()).contains("1");
            assertThat(attempt.date()).contains("x");
            assertThat(attempt.hasIdempotencyKey()).isTrue();
            assertThat(attempt.withIdempotencyKey(true)).isSameAs(attempt);
            assertThat(attempt.elapsed()).isEqualTo(Duration.ofSeconds(3));
            assertThat(attempt).hasToString("attempt 2: PUT -> 503 Service Unavailable");
            assertThat(FailedAttempt.of("GET", 600, 1).status()).isSameAs(HttpStatusInfo.of(500));
        }

        @Test
        void rejectsBadInput() {
            assertThatThrownBy(() -> FailedAttempt.of("GET", 503, 0)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("attempt numbers start at 1: 0");
            assertThatThrownBy(() -> FailedAttempt.of("G ET", 503, 1)).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FailedAttempt.of("GET", 503, 1).withElapsed(Duration.ofMillis(-250)))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("elapsed time cannot be negative: -0.25 s");
            assertThatThrownBy(() -> FailedAttempt.of("GET", 503, 1).withRetryAfter(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> FailedAttempt.of(null, HttpStatusInfo.of(200), 1)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RetryDecision.Retry(Duration.ofSeconds(-1), false))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a retry delay cannot be negative: -1 s");
            assertThatThrownBy(() -> new RetryDecision.GiveUp(null, "m")).isInstanceOf(NullPointerException.class);
        }
    }
}
