#!/usr/bin/env bash
# Builds the jars twice from clean and checks that they are byte-for-byte identical
# (project.build.outputTimestamp is fixed in the POM; bnd runs with -reproducible).
set -euo pipefail
cd "$(dirname "$0")/.."
first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT
build() {
  mvn -q -B -ntp clean package -DskipTests -Djacoco.skip=true -Djapicmp.skip=true
}
build
cp target/*.jar "$first"/
build
status=0
for jar in "$first"/*.jar; do
  name="$(basename "$jar")"
  if cmp -s "$jar" "target/$name"; then
    echo "identical: $name ($(sha256sum "$jar" | cut -c1-16))"
  else
    echo "DIFFERENT: $name"
    status=1
  fi
done
exit $status
