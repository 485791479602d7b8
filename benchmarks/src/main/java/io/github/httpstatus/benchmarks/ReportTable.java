package io.github.httpstatus.benchmarks;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The comparison table of one JMH run, in Markdown: for every benchmark the median over its forks
 * and its best fork, the bytes allocated per operation, and its time divided by httpstatus's time
 * for the same operation (above 1: httpstatus is faster by that factor).
 */
final class ReportTable {

    private static final String ALLOCATION = "gc.alloc.rate.norm";
    /** The operations in the order of the issue; JMH reports them alphabetically. */
    private static final List<String> OPERATION_ORDER = List.of("StatusLookup", "ClientErrorCheck",
            "StatusLineParse", "RetryAfterDelta", "RetryAfterDate", "RedirectChoice", "RetryAdvice");
    /** Within an operation: httpstatus first, then the peers from fastest to slowest, the floor last. */
    private static final Comparator<Row> ROW_ORDER = Comparator.comparing(Row::role).thenComparing(Row::median);

    /**
     * One benchmark and its figures. The operation is the benchmark class with its parameters, such
     * as {@code RedirectChoice [get308CrossOrigin]}: each parameter set has its own reference row.
     */
    private record Row(String operation, String label, Subject.Role role, double median, double best,
            double bytesPerOp, String unit) {
    }

    private final Map<String, List<Row>> rowsByOperation = new TreeMap<>(Comparator
            .comparingInt(ReportTable::order).thenComparing(Comparator.naturalOrder()));
    private final BenchmarkParams settings;

    ReportTable(Collection<RunResult> results) {
        settings = results.iterator().next().getParams();
        for (RunResult result : results) {
            Row row = row(result);
            rowsByOperation.computeIfAbsent(row.operation(), key -> new ArrayList<>()).add(row);
        }
        rowsByOperation.values().forEach(rows -> rows.sort(ROW_ORDER));
    }

    private static Row row(RunResult result) {
        BenchmarkParams params = result.getParams();
        String benchmark = params.getBenchmark();
        int dot = benchmark.lastIndexOf('.');
        String className = benchmark.substring(0, dot);
        Subject subject = subject(className, benchmark.substring(dot + 1));
        String operation = className.substring(className.lastIndexOf('.') + 1);
        if (!params.getParamsKeys().isEmpty()) {
            operation += params.getParamsKeys().stream().map(params::getParam)
                    .collect(Collectors.joining(", ", " [", "]"));
        }
        double[] forks = result.getBenchmarkResults().stream()
                .mapToDouble(fork -> fork.getPrimaryResult().getScore()).sorted().toArray();
        Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
        return new Row(operation, subject.value(), subject.role(),
                median(forks), forks[0], allocation == null ? Double.NaN : allocation.getScore(),
                result.getPrimaryResult().getScoreUnit());
    }

    /** The place of an operation in {@link #OPERATION_ORDER} by its class, unknown ones last. */
    private static int order(String operation) {
        int index = OPERATION_ORDER.indexOf(operation.split(" ", 2)[0]);
        return index < 0 ? OPERATION_ORDER.size() : index;
    }

    private static Subject subject(String className, String methodName) {
        try {
            Method method = Arrays.stream(Class.forName(className).getMethods())
                    .filter(candidate -> candidate.getName().equals(methodName))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no method " + methodName + " in " + className));
            Subject subject = method.getAnnotation(Subject.class);
            if (subject == null) {
                throw new IllegalStateException(className + "." + methodName + " has no @Subject");
            }
            return subject;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("benchmark class " + className + " is not on the class path", e);
        }
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Prints the settings line and the table.
     *
     * @param out  where to print
     */
    void print(PrintStream out) {
        out.printf(Locale.ROOT, "JDK %s (%s %s); %d fork(s), warm-up %d x %s, measurement %d x %s; fork flags %s%n%n",
                settings.getJdkVersion(), settings.getVmName(), settings.getVmVersion(), settings.getForks(),
                settings.getWarmup().getCount(), settings.getWarmup().getTime(),
                settings.getMeasurement().getCount(), settings.getMeasurement().getTime(),
                String.join(" ", settings.getJvmArgs()));
        out.println("| operation | subject | median | best fork | B/op | time / httpstatus time |");
        out.println("|---|---|---:|---:|---:|---:|");
        rowsByOperation.forEach((operation, rows) -> {
            Row reference = rows.stream().filter(row -> row.role() == Subject.Role.REFERENCE).findFirst()
                    .orElseThrow(() -> new IllegalStateException(operation + " has no reference row"));
            for (Row row : rows) {
                out.printf(Locale.ROOT, "| %s | %s | %s %s | %s | %s | %s |%n", operation, row.label(),
                        figure(row.median()), row.unit(), figure(row.best()), bytes(row.bytesPerOp()),
                        row.role() == Subject.Role.REFERENCE ? "reference" : ratio(row.median() / reference.median()));
            }
        });
        out.println();
        rowsByOperation.forEach((operation, rows) -> fastestPeer(operation, rows, out));
    }

    private static void fastestPeer(String operation, List<Row> rows, PrintStream out) {
        rows.stream().filter(row -> row.role() == Subject.Role.PEER)
                .min((a, b) -> Double.compare(a.median(), b.median()))
                .ifPresent(peer -> {
                    Row reference = rows.stream().filter(row -> row.role() == Subject.Role.REFERENCE)
                            .findFirst().orElseThrow();
                    out.printf(Locale.ROOT, "%s: fastest peer %s, %s %s; httpstatus %s %s; ratio %s%n",
                            operation, peer.label(), figure(peer.median()), peer.unit(),
                            figure(reference.median()), reference.unit(), ratio(peer.median() / reference.median()));
                });
    }

    private static String figure(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 1000 ? "%.1f" : "%.0f", value);
    }

    private static String bytes(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, value < 10 ? "%.1f" : "%.0f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }
}
