package io.github.httpstatus.benchmarks;

import org.openjdk.jmh.annotations.Setup;

/** A benchmark that reads the {@link CodeMix}: its state is the shuffled codes. */
public abstract class CodeMixBenchmark extends BenchmarkSettings {

    /** The codes, in the mix's order. */
    protected int[] codes;

    /** Builds the shuffled codes. */
    @Setup
    public void setUp() {
        codes = CodeMix.codes();
    }
}
