package io.github.httpstatus.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/** Time that passes only when the client waits: each wait is recorded and moves the clock on at once. */
final class FakeWaiter implements Waiter {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private InterruptedException interrupt;

    /** Deferred tasks are kept until {@link #release()} instead of run. */
    FakeWaiter holding() {
        holding = true;
        return this;
    }

    /** Every blocking wait ends with this interrupt. */
    FakeWaiter interruptingWith(InterruptedException value) {
        interrupt = value;
        return this;
    }

    void advance(Duration time) {
        now.addAndGet(time.toNanos());
    }

    List<Duration> waits() {
        return waits;
    }

    synchronized void release() {
        List<Runnable> tasks = new ArrayList<>(held);
        held.clear();
        tasks.forEach(Runnable::run);
    }

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleep(Duration delay) throws InterruptedException {
        waits.add(delay);
        if (interrupt != null) {
            throw interrupt;
        }
        advance(delay);
    }

    @Override
    public Executor after(Duration delay) {
        waits.add(delay);
        advance(delay);
        return task -> {
            synchronized (this) {
                if (holding) {
                    held.add(task);
                    return;
                }
            }
            task.run();
        };
    }
}
