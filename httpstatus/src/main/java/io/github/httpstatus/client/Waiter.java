package io.github.httpstatus.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Time as the client sees it: a monotonic reading, a blocking wait and a deferred start. Tests fake it. */
interface Waiter {

    /** The real clock and waits. */
    Waiter SYSTEM = new Waiter() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration delay) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        }

        @Override
        public Executor after(Duration delay) {
            return CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    };

    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Blocks for {@code delay}; an interrupt ends the wait with {@link InterruptedException}. */
    void sleep(Duration delay) throws InterruptedException;

    /** An executor that starts each task once {@code delay} has passed, blocking no thread meanwhile. */
    Executor after(Duration delay);
}
