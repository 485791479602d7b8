#!/usr/bin/env bash
# Builds the Central Portal bundle exactly as a release would, with signing and upload skipped:
# copies the committed tree to a temporary folder, sets a release version, runs the release
# profile and lists the bundle. Nothing is signed, uploaded or published.
# Usage: scripts/release-dry-run.sh [VERSION]   (default 0.1.0)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-0.1.0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git archive HEAD | tar -x -C "$work"
cd "$work"
# The plugin looks up the server entry even when it does not upload; these values are never sent.
cat > settings.xml <<'XML'
<settings><servers><server><id>central</id><username>dry-run</username><password>dry-run</password></server></servers></settings>
XML
sed -i "0,/<version>[^<]*-SNAPSHOT<\/version>/s//<version>${version}<\/version>/" pom.xml
mvn -q -B -ntp -s settings.xml -Prelease -Dgpg.skip=true -DskipPublishing=true -Djapicmp.skip=true -DskipTests deploy
bundle="$(find target/central-publishing -name '*.zip' | head -n 1)"
[ -n "$bundle" ] || { echo "FAIL: no bundle was built"; exit 1; }
echo "bundle: $(basename "$bundle")"
unzip -Z1 "$bundle" | sort
