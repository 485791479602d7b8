package io.github.httpstatus.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    @Test
    void spendsAndRefundsWithinCapacity() {
        RetryBudget budget = RetryBudget.newBudget(12, 5, 2);
        assertThat(budget.tryAcquireRetry()).isTrue();
        assertThat(budget.tryAcquireRetry()).isTrue();
        assertThat(budget.availableTokens()).isEqualTo(2);
        assertThat(budget.tryAcquireRetry()).isFalse();
        assertThat(budget.availableTokens()).isEqualTo(2);
        budget.recordSuccess();
        budget.recordSuccess();
        assertThat(budget.availableTokens()).isEqualTo(6);
        for (int i = 0; i < 10; i++) {
            budget.recordSuccess();
        }
        assertThat(budget.availableTokens()).isEqualTo(12);
        assertThat(budget.capacity()).isEqualTo(12);
        assertThat(budget.retryCost()).isEqualTo(5);
        assertThat(budget.successRefund()).isEqualTo(2);
    }

    @Test
    void standardFigures() {
        RetryBudget budget = RetryBudget.newBudget();
        assertThat(budget).hasToString("RetryBudget[500/500, cost 5, refund 1]");
        RetryBudget noRefund = RetryBudget.newBudget(5, 5, 0);
        assertThat(noRefund.tryAcquireRetry()).isTrue();
        noRefund.recordSuccess();
        assertThat(noRefund.availableTokens()).isZero();
    }

    @Test
    void rejectsFiguresOutOfRange() {
        assertThatThrownBy(() -> RetryBudget.newBudget(0, 1, 1)).hasMessage("capacity must be positive: 0");
        assertThatThrownBy(() -> RetryBudget.newBudget(10, 0, 1)).hasMessage("retryCost must be from 1 to the capacity 10: 0");
        assertThatThrownBy(() -> RetryBudget.newBudget(10, 11, 1)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryBudget.newBudget(10, 1, -1)).hasMessage("successRefund cannot be negative: -1");
    }

    @Test
    void manyThreadsNeitherLoseNorMakeUpTokens() throws Exception {
        int threads = 8;
        int triesPerThread = 10_000;
        RetryBudget budget = RetryBudget.newBudget(50_000, 3, 1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int acquired = 0;
                    int refunds = 0;
                    for (int i = 0; i < triesPerThread; i++) {
                        if (budget.tryAcquireRetry()) {
                            acquired++;
                        }
                        if (i % 4 == 0) {
                            budget.recordSuccess();
                            refunds++;
                        }
                    }
                    return new int[] {acquired, refunds};
                }));
            }
            start.countDown();
            long acquired = 0;
            long refunds = 0;
            for (Future<int[]> result : results) {
                int[] counts = result.get(60, TimeUnit.SECONDS);
                acquired += counts[0];
                refunds += counts[1];
            }
            // Refunds never overflow the capacity here: the bucket is drained faster than refilled
            // once it empties, so every token is accounted for exactly.
            long expected = 50_000 - acquired * 3 + refunds;
            assertThat(budget.availableTokens()).isBetween(0, 50_000);
            assertThat((long) budget.availableTokens()).isEqualTo(Math.min(expected, 50_000));
            assertThat(budget.availableTokens()).isLessThan(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
