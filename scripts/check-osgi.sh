#!/usr/bin/env bash
# Proves the jar drops into an OSGi container: checks its manifest headers, then installs and starts
# it in Apache Felix (fetched from Maven Central through Maven) with AssertJ absent, and checks that
# the bundle exports exactly the packages the JPMS module exports and answers a call.
# Usage: scripts/check-osgi.sh [path/to/httpstatus.jar]   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-$(find httpstatus/target -maxdepth 1 -name 'httpstatus-*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1)}"
[ -f "$jar" ] || { echo "FAIL: no jar to check; run mvn package first"; exit 1; }
felix_version=7.0.5
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Manifest lines longer than 72 bytes continue on lines that start with a space: join them first.
manifest="$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g')"
for header in Bundle-ManifestVersion Bundle-SymbolicName Bundle-Version Export-Package Import-Package Main-Class; do
  grep -q "^$header: " <<<"$manifest" || { echo "FAIL: the manifest has no $header header"; exit 1; }
done
module="$(jar --describe-module --file "$jar" | head -n 1 | cut -d@ -f1)"
grep -qx "Bundle-SymbolicName: $module" <<<"$manifest" \
  || { echo "FAIL: Bundle-SymbolicName differs from the module name $module"; exit 1; }
module_exports="$(jar --describe-module --file "$jar" | awk '$1 == "exports" { print $2 }')"

(cd "$work" && mvn -B -ntp -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact="org.apache.felix:org.apache.felix.framework:$felix_version" -DoutputDirectory="$work")
# shellcheck disable=SC2086 # one argument per exported package
java -cp "$work/org.apache.felix.framework-$felix_version.jar" httpstatus/src/it/osgi/OsgiCheck.java "$jar" $module_exports
echo "OSGi bundle: OK"
