#!/usr/bin/env bash
# Proves the built jar works on the module path and on the class path: compiles and runs a small
# consumer both ways, runs the CLI as a module, and checks that the internal package stays hidden.
# Usage: scripts/check-module-path.sh [path/to/httpstatus.jar]   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-$(find httpstatus/target -maxdepth 1 -name 'httpstatus-*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1)}"
[ -f "$jar" ] || { echo "FAIL: no jar to check; run mvn package first"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
expected="308 preserves method: true
Retry-After 120: 120
POST on 302: GET
create done: 201 Created
POST on 502 retried: false"

echo "== module path"
javac -d "$work/mod" --module-path "$jar" $(find httpstatus/src/it/consumer/module -name '*.java')
out_mod="$(java --module-path "$jar:$work/mod" -m consumer/consumer.Main)"
printf '%s\n' "$out_mod"
[ "$(printf '%s\n' "$out_mod" | head -5)" = "$expected" ] || { echo "FAIL: unexpected output on the module path"; exit 1; }
printf '%s\n' "$out_mod" | grep -qx 'module: consumer reads io.github.httpstatus' \
  || { echo "FAIL: the library did not load as the named module io.github.httpstatus"; exit 1; }

echo "== class path"
javac -d "$work/cp" -cp "$jar" httpstatus/src/it/consumer/module/consumer/Main.java
out_cp="$(java -cp "$jar:$work/cp" consumer.Main)"
printf '%s\n' "$out_cp"
[ "$(printf '%s\n' "$out_cp" | head -5)" = "$expected" ] || { echo "FAIL: unexpected output on the class path"; exit 1; }

echo "== CLI as a module"
java --module-path "$jar" -m io.github.httpstatus/io.github.httpstatus.cli.Main 308 | head -1 | grep -qx '308 Permanent Redirect' \
  || { echo "FAIL: the CLI did not run from the module path"; exit 1; }

echo "== internal package is not exported"
if javac -d "$work/sneaky" --module-path "$jar" $(find httpstatus/src/it/consumer/internal -name '*.java') 2>"$work/err"; then
  echo "FAIL: a module could use io.github.httpstatus.internal"; exit 1
fi
grep -q 'is not visible\|does not export' "$work/err" || { cat "$work/err"; echo "FAIL: unexpected compiler error"; exit 1; }
echo "module path and class path: OK"
