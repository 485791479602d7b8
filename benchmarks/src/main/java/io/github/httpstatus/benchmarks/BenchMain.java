package io.github.httpstatus.benchmarks;

import java.io.IOException;
import java.util.Collection;

import org.openjdk.jmh.Main;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with the allocation profiler and prints the comparison table. It takes JMH's
 * own command-line options, so a smoke run is {@code -f 1 -wi 1 -i 1 -w 100ms -r 100ms}, and
 * {@code -rf json -rff FILE} keeps the raw results; without them the settings of
 * {@link BenchmarkSettings} apply. {@code -l} and {@code -h} list the benchmarks and the options.
 */
public final class BenchMain {

    private BenchMain() {
    }

    /**
     * Runs the benchmarks that the options select (all by default) and prints the table.
     *
     * @param args  JMH command-line options
     * @throws CommandLineOptionException if the options do not parse
     * @throws RunnerException if a benchmark fails
     * @throws IOException if JMH cannot print a list or help it was asked for
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        if (commandLine.shouldList() || commandLine.shouldListWithParams() || commandLine.shouldHelp()
                || commandLine.shouldListProfilers() || commandLine.shouldListResultFormats()) {
            Main.main(args); // lists and help are JMH's own
            return;
        }
        Options options = new OptionsBuilder()
                .parent(commandLine)
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (results.isEmpty()) {
            throw new RunnerException("no benchmark matched " + commandLine.getIncludes());
        }
        System.out.println();
        new ReportTable(results).print(System.out);
    }
}
