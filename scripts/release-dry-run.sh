#!/usr/bin/env bash
# Builds the Central Portal bundle exactly as a release would, with signing and upload skipped:
# copies the committed tree to a temporary folder, sets a release version, runs the release
# profile (japicmp included: it compares with the newest earlier release, if any) and checks the
# bundle: every artifact with its checksums, and the POM metadata Central requires. Nothing is
# signed, uploaded, published, or installed in the local repository, where a release version
# would become japicmp's baseline for every later build.
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
mvn -q -B -ntp -Dstyle.color=never -s settings.xml -Prelease -Dgpg.skip=true -DskipPublishing=true \
  -Dmaven.install.skip=true -DskipTests deploy
bundle="$(find target/central-publishing -name '*.zip' | head -n 1)"
[ -n "$bundle" ] || { echo "FAIL: no bundle was built"; exit 1; }
echo "bundle: $(basename "$bundle")"
entries="$(unzip -Z1 "$bundle" | sort)"
printf '%s\n' "$entries"

status=0
dir="io/github/httpstatus/httpstatus/$version"
for file in "httpstatus-$version.pom" "httpstatus-$version.jar" \
            "httpstatus-$version-sources.jar" "httpstatus-$version-javadoc.jar"; do
  for suffix in "" .md5 .sha1; do
    grep -qx "$dir/$file$suffix" <<<"$entries" || { echo "FAIL: the bundle lacks $dir/$file$suffix"; status=1; }
  done
done
pom="$(unzip -p "$bundle" "$dir/httpstatus-$version.pom")"
for element in name description url licenses developers scm; do
  grep -q "<$element>" <<<"$pom" || { echo "FAIL: the POM lacks <$element>"; status=1; }
done
[ "$status" -eq 0 ] && echo "dry run: the bundle has every artifact, its checksums and the required POM metadata"
exit "$status"
