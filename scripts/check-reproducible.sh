#!/usr/bin/env bash
# Builds every module's jars twice from clean and checks that they are byte-for-byte identical
# (project.build.outputTimestamp is fixed in the POM; bnd runs with -reproducible).
set -euo pipefail
cd "$(dirname "$0")/.."
first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT
build() {
  mvn -q -B -ntp clean package -DskipTests -Djacoco.skip=true -Djapicmp.skip=true
}
jars() { find . -maxdepth 3 -path './*/target/*.jar' ! -path './benchmarks/*' | sort; }
build
jars | while read -r jar; do mkdir -p "$first/$(dirname "$jar")"; cp "$jar" "$first/$jar"; done
build
status=0
[ -n "$(jars)" ] || { echo "FAIL: the build made no jar"; exit 1; }
for name in $(jars); do
  jar="$first/$name"
  if cmp -s "$jar" "$name"; then
    echo "identical: $name ($(sha256sum "$jar" | cut -c1-16))"
  else
    echo "DIFFERENT: $name"
    status=1
  fi
done
exit $status
