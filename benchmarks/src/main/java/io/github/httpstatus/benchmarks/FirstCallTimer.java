package io.github.httpstatus.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times the first status lookup of each library in fresh JVMs: for every run it starts one
 * {@link FirstCall} process per subject, in turn, and records the time from starting the process to
 * reading its answer (JVM start-up included) and the time the first call itself took inside the
 * process (loading and initializing the library's classes). It prints the median and the best of
 * each, in milliseconds, as a Markdown table.
 *
 * <p>Every process gets the same class path and default JVM flags, so the {@code none} row, which
 * makes no call, is the start-up cost they share.
 */
public final class FirstCallTimer {

    private static final int DEFAULT_RUNS = 20;
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private FirstCallTimer() {
    }

    /**
     * Runs the processes and prints the table.
     *
     * @param args  optionally, how many processes per subject (20 by default)
     * @throws IOException if a process cannot be started or read
     * @throws InterruptedException if interrupted while waiting for a process
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RUNS;
        Map<String, long[]> wall = new LinkedHashMap<>();
        Map<String, long[]> call = new LinkedHashMap<>();
        for (String subject : FirstCall.SUBJECTS) {
            wall.put(subject, new long[runs]);
            call.put(subject, new long[runs]);
        }
        for (int run = 0; run < runs; run++) {
            for (String subject : FirstCall.SUBJECTS) {
                long start = System.nanoTime();
                long inProcess = runChild(subject);
                wall.get(subject)[run] = System.nanoTime() - start;
                call.get(subject)[run] = inProcess;
            }
        }
        System.out.printf(Locale.ROOT, "%d fresh JVMs per subject (%s), class path %s%n%n", runs,
                System.getProperty("java.vm.version"), System.getProperty("java.class.path"));
        System.out.println("| first call | process start to answer, median ms | best ms"
                + " | the call alone, median ms | best ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String subject : FirstCall.SUBJECTS) {
            long[] w = sorted(wall.get(subject));
            long[] c = sorted(call.get(subject));
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f |%n", label(subject),
                    w[runs / 2] / NANOS_PER_MILLI, w[0] / NANOS_PER_MILLI,
                    c[runs / 2] / NANOS_PER_MILLI, c[0] / NANOS_PER_MILLI);
        }
    }

    /** Starts one child, reads its answer and returns the nanoseconds it reports for the call. */
    private static long runChild(String subject) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FirstCall.class.getName(), subject).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String answer;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            answer = reader.readLine();
        }
        int exit = process.waitFor();
        if (exit != 0 || answer == null) {
            throw new IOException("the " + subject + " process exited with " + exit + " and said " + answer);
        }
        return Long.parseLong(answer.substring(0, answer.indexOf(' ')));
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static String label(String subject) {
        return switch (subject) {
            case "none" -> "none (JVM start-up only)";
            case "httpstatus" -> "httpstatus HttpStatusInfo.of(404)";
            case "spring" -> "Spring HttpStatus.valueOf(404)";
            case "jakarta" -> "Jakarta Response.Status.fromStatusCode(404)";
            case "netty" -> "Netty HttpResponseStatus.valueOf(404)";
            case "httpcore5" -> "httpcore5 EnglishReasonPhraseCatalog.getReason(404)";
            default -> subject;
        };
    }
}
