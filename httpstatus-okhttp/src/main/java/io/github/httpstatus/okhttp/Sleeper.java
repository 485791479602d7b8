package io.github.httpstatus.okhttp;

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
 * <p>The interceptor asks for waits of at most {@link PolicyInterceptor#WAIT_SLICE} at a time and
 * checks between them whether the call was canceled, so a long {@code Retry-After} never outlives
 * {@link okhttp3.Call#cancel()}.
 *
 * @implSpec Implementations must be safe to call from every thread that runs a call.
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
     * @param duration  how long, positive and at most {@link PolicyInterceptor#WAIT_SLICE}, not null
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    void sleep(Duration duration) throws InterruptedException;
}
