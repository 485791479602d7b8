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
current="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -n 1)"
poms="$(find . -name pom.xml ! -path './benchmarks/*')"
# shellcheck disable=SC2086 # one argument per POM
sed -i "s|<version>${current}</version>|<version>${version}</version>|" $poms
mvn -q -B -ntp -Dstyle.color=never -s settings.xml -Prelease -Dgpg.skip=true -DskipPublishing=true \
  -Dmaven.install.skip=true -DskipTests deploy
bundle="$(find . -path '*/target/central-publishing/*.zip' | head -n 1)"
[ -n "$bundle" ] || { echo "FAIL: no bundle was built"; exit 1; }
echo "bundle: $(basename "$bundle")"
entries="$(unzip -Z1 "$bundle" | sort)"
printf '%s\n' "$entries"

status=0
expect() { # artifact file...
  local artifact="$1"; shift
  local dir="io/github/httpstatus/$artifact/$version"
  for file in "$@"; do
    for suffix in "" .md5 .sha1; do
      grep -qx "$dir/$file$suffix" <<<"$entries" || { echo "FAIL: the bundle lacks $dir/$file$suffix"; status=1; }
    done
  done
}
pom_of() { unzip -p "$bundle" "io/github/httpstatus/$1/$version/$1-$version.pom"; }

# The parent carries the metadata every artifact inherits; each artifact names and describes itself.
expect httpstatus-parent "httpstatus-parent-$version.pom"
parent="$(pom_of httpstatus-parent)"
for element in url licenses developers scm; do
  grep -q "<$element>" <<<"$parent" || { echo "FAIL: the parent POM lacks <$element>"; status=1; }
done
for module in $(sed -n 's|^    <module>\(.*\)</module>$|\1|p' pom.xml); do
  if grep -q '<packaging>pom</packaging>' "$module/pom.xml"; then
    expect "$module" "$module-$version.pom"
  else
    expect "$module" "$module-$version.pom" "$module-$version.jar" \
      "$module-$version-sources.jar" "$module-$version-javadoc.jar"
  fi
  pom="$(pom_of "$module")"
  for element in name description; do
    grep -q "<$element>" <<<"$pom" || { echo "FAIL: the POM of $module lacks <$element>"; status=1; }
  done
done
[ "$status" -eq 0 ] && echo "dry run: the bundle has every artifact, its checksums and the required POM metadata"
exit "$status"
