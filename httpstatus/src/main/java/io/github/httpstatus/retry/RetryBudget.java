package io.github.httpstatus.retry;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token bucket shared by every request to one service, which stops retry storms: each retry
 * spends tokens, each success puts some back, and when the bucket runs low retries stop until
 * successes refill it. This is the scheme of the AWS SDKs' retry quota and of gRPC's retry
 * throttling: when most requests fail, retrying them all would only multiply the load on a
 * service that is already struggling.
 *
 * <pre>{@code
 * RetryBudget budget = RetryBudget.newBudget();    // 500 tokens, 5 a retry, 1 back a success
 * RetryAdvisor advisor = RetryAdvisor.builder().retryBudget(budget).build();
 * // after each successful response:
 * budget.recordSuccess();
 * }</pre>
 *
 * <p>A budget holds state, so its factories are named {@code newBudget}: each call makes a new,
 * full bucket, and requests share one only by sharing the instance.
 *
 * @implSpec This class is thread-safe and lock-free: tokens are taken and returned with atomic
 *           compare-and-set, so under any number of threads no token is lost or made up, and the
 *           balance stays between zero and the capacity.
 * @since 0.1.0
 */
public final class RetryBudget {

    private final int capacity;
    private final int retryCost;
    private final int successRefund;
    private final AtomicInteger tokens;

    private RetryBudget(int capacity, int retryCost, int successRefund) {
        this.capacity = capacity;
        this.retryCost = retryCost;
        this.successRefund = successRefund;
        this.tokens = new AtomicInteger(capacity);
    }

    /**
     * Makes a new, full budget with the AWS SDK's standard figures: 500 tokens, 5 spent per retry, 1
     * returned per success; so 100 retries in a row empty it.
     *
     * @return a new budget, never null
     */
    public static RetryBudget newBudget() {
        return new RetryBudget(500, 5, 1);
    }

    /**
     * Makes a new, full budget with the given figures.
     *
     * @param capacity       the tokens the bucket holds when full, positive
     * @param retryCost      the tokens one retry spends, from 1 to {@code capacity}
     * @param successRefund  the tokens one success returns, zero or more
     * @return a new budget, never null
     * @throws IllegalArgumentException if a figure is out of range; the message names it
     */
    public static RetryBudget newBudget(int capacity, int retryCost, int successRefund) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        if (retryCost <= 0 || retryCost > capacity) {
            throw new IllegalArgumentException("retryCost must be from 1 to the capacity " + capacity + ": " + retryCost);
        }
        if (successRefund < 0) {
            throw new IllegalArgumentException("successRefund cannot be negative: " + successRefund);
        }
        return new RetryBudget(capacity, retryCost, successRefund);
    }

    /**
     * Takes the cost of one retry if the bucket holds it.
     *
     * @return true when the tokens were taken and the retry may go ahead
     */
    public boolean tryAcquireRetry() {
        while (true) {
            int current = tokens.get();
            if (current < retryCost) {
                return false;
            }
            if (tokens.compareAndSet(current, current - retryCost)) {
                return true;
            }
        }
    }

    /** Returns the success refund to the bucket, never filling it above its capacity. */
    public void recordSuccess() {
        if (successRefund == 0) {
            return;
        }
        while (true) {
            int current = tokens.get();
            int next = (int) Math.min((long) current + successRefund, capacity);
            if (current == next || tokens.compareAndSet(current, next)) {
                return;
            }
        }
    }

    /**
     * Returns the tokens in the bucket now; under concurrent use, a snapshot.
     *
     * @return from zero to the capacity
     */
    public int availableTokens() {
        return tokens.get();
    }

    /**
     * Returns the tokens the bucket holds when full.
     *
     * @return the capacity, positive
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Returns the tokens one retry spends.
     *
     * @return the retry cost, positive
     */
    public int retryCost() {
        return retryCost;
    }

    /**
     * Returns the tokens one success returns.
     *
     * @return the refund, zero or more
     */
    public int successRefund() {
        return successRefund;
    }

    /**
     * Returns the figures and the balance, such as {@code "RetryBudget[495/500, cost 5, refund 1]"}.
     *
     * @return the readable form, never null
     */
    @Override
    public String toString() {
        return "RetryBudget[" + tokens.get() + "/" + capacity + ", cost " + retryCost + ", refund " + successRefund + "]";
    }
}
