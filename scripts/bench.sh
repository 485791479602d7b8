#!/usr/bin/env bash
# Measures httpstatus next to its peers and prints the comparison tables:
#   1. installs the library into the local Maven repository and builds benchmarks/ (JMH 1.37);
#   2. runs every JMH benchmark with the allocation profiler (-prof gc): 3 forks, warm-up 3 x 1 s,
#      measurement 3 x 1 s, fork flags -Xms1g -Xmx1g -XX:+AlwaysPreTouch, then prints the median and
#      best fork of each, the bytes per operation and the ratio to httpstatus;
#   3. times the first lookup of each library in fresh JVMs;
#   4. prints the size of the library's jar and of each peer's jar.
#
# Usage: scripts/bench.sh [--smoke] [JMH options...]
#   --smoke        1 fork, 1 x 100 ms warm-up and measurement, 2 fresh JVMs per subject: proves that
#                  everything builds and runs (CI), its figures mean nothing.
#   JMH options    passed on, e.g. a benchmark regex (StatusLineParse) or -f 1.
# Outputs go to benchmarks/target: jmh-result.json (raw JMH results) and bench-report.md (tables).
# Run it on a quiet machine: it warns when the 1-minute load average is 0.5 or more.
set -euo pipefail
cd "$(dirname "$0")/.."

jmh_args=()
first_call_runs=20
if [ "${1:-}" = "--smoke" ]; then
  shift
  jmh_args=(-f 1 -wi 1 -i 1 -w 100ms -r 100ms)
  first_call_runs=2
fi

echo "=== building the library and the benchmarks"
mvn -B -q -ntp install -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
mvn -B -q -ntp -f benchmarks/pom.xml package
mvn -B -q -ntp -f benchmarks/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

out=benchmarks/target
jar=$out/benchmarks.jar
report=$out/bench-report.md

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v load="${load_before%% *}" 'BEGIN { exit !(load >= 0.5) }'; then
  echo "=== warning: 1-minute load average is $load_before; figures from a busy machine are not comparable"
fi

{
  echo "# httpstatus benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- JDK: $(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $(uname -sr)"
  echo "- load average (1, 5, 15 min) before: $load_before"
  echo
} > "$report"

echo "=== JMH (${jmh_args[*]:-settings of BenchmarkSettings}) $*"
java -jar "$jar" "${jmh_args[@]}" -rf json -rff "$out/jmh-result.json" "$@" | tee "$out/jmh-output.txt"
# The comparison table is what BenchMain prints after JMH's own summary.
sed -n '/^JDK .* fork(s), warm-up/,$p' "$out/jmh-output.txt" >> "$report"

echo "=== first lookup in fresh JVMs"
{
  echo
  java -cp "$jar" io.github.httpstatus.benchmarks.FirstCallTimer "$first_call_runs"
  echo
  echo "| jar | bytes |"
  echo "|---|---:|"
  for path in httpstatus/target/httpstatus-*-SNAPSHOT.jar $(tr ':' '\n' < "$out/classpath.txt" | grep -E \
      '/(spring-web|jakarta\.ws\.rs-api|netty-codec-http|httpcore5|httpclient5)-[0-9][^/]*\.jar$'); do
    case "$path" in *-sources.jar|*-javadoc.jar) continue ;; esac
    echo "| $(basename "$path") | $(stat -c %s "$path") |"
  done
  echo
  echo "- load average (1, 5, 15 min) after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$report"

echo "=== report written to $report"
