package io.github.httpstatus.benchmarks;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The loops the benchmarks share, each taking the library call as a lambda. JMH runs every
 * benchmark method in its own forked JVM, so each loop meets one lambda there and the JIT inlines
 * it: the figures are those of the call written in the loop.
 */
final class Loops {

    private Loops() {
    }

    /**
     * Looks up every code and hands each result to the sink.
     *
     * @param codes   the codes
     * @param lookup  the library call
     * @param sink    consumes each result, so that no lookup can be dropped
     */
    static void lookUpEach(int[] codes, IntFunction<?> lookup, Blackhole sink) {
        for (int code : codes) {
            sink.consume(lookup.apply(code));
        }
    }

    /**
     * Counts the codes that pass a test.
     *
     * @param codes  the codes
     * @param test   the library call
     * @return how many codes pass, returned so that no test can be dropped
     */
    static int count(int[] codes, IntPredicate test) {
        int count = 0;
        for (int code : codes) {
            if (test.test(code)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Applies a call to every input and hands each result to the sink.
     *
     * @param <T>     the input type
     * @param inputs  the inputs
     * @param call    the library call
     * @param sink    consumes each result, so that no call can be dropped
     */
    static <T> void applyEach(T[] inputs, Function<? super T, ?> call, Blackhole sink) {
        for (T input : inputs) {
            sink.consume(call.apply(input));
        }
    }
}
