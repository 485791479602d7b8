package io.github.httpstatus.spring;

import java.time.Duration;

/**
 * Waits for a while: the interceptor's only way to pass time, so that tests can count the waits
 * instead of sitting through them.
 *
 * <pre>{@code
 * List<Duration> waits = new ArrayList<>();
 * PolicyInterceptor interceptor = PolicyInterceptor.builder().sleeper(waits::add).build();
 * }</pre>
 *
 * @implSpec Implementations must be safe to call from every thread that sends requests, and must
 *           end the wait with {@link InterruptedException} when the thread is interrupted: that is
 *           how a caller stops a request that waits.
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Returns the sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}.
     *
     * @return the system sleeper, never null
     */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }

    /**
     * Waits for {@code duration}.
     *
     * @param duration  how long, positive, not null
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    void sleep(Duration duration) throws InterruptedException;
}
