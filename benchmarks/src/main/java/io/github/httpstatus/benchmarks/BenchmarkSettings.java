package io.github.httpstatus.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark inherits, as issue #6 fixes them for this 2-core machine: average
 * time in nanoseconds, 3 forks, 3 warm-up and 3 measured iterations of 1 second, and a fixed,
 * pre-touched 1 GB heap (without it, the first seconds of allocating benchmarks run many times
 * slower here). The command line of {@link BenchMain} can override each of them for a smoke run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public abstract class BenchmarkSettings {
}
