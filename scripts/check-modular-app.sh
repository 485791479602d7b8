#!/usr/bin/env bash
# Proves that a modular application can run its tests: scripts/modular-app is a module `app` that
# requires io.github.httpstatus (and java.net.http, whose responses it reads), with JUnit Jupiter
# and AssertJ tests that Surefire runs on the module path (its default for a modular project).
# Four runs, all of which must pass: Surefire 3.5.2 and 3.6.1, each with the plain tests and with
# the `assertj` profile, whose tests also use io.github.httpstatus.assertj.HttpStatusAssertions
# (Maven puts that jar on the class path, beside JUnit and AssertJ).
#
# Usage: scripts/check-modular-app.sh   (at the top, after mvn verify or mvn package)
#
# How the sample gets this build's artifacts without touching ~/.m2's: it builds with a private
# local repository, a temporary directory that links every entry of ~/.m2/repository except
# io/github/httpstatus (plugins and libraries already there are reused, and whatever else a run
# downloads lands in ~/.m2 as usual). The POMs and jars under */target are installed into that
# private io/github/httpstatus with maven-install-plugin:install-file, so the runs test exactly the
# jars the build made, nothing is rebuilt, and ~/.m2/repository/io/github/httpstatus is never read
# nor written. The sample's own build directory is temporary too.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
surefire_versions=(3.5.2 3.6.1)
install_plugin=org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file

core_jar="$(find httpstatus/target -maxdepth 1 -name 'httpstatus-*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1)"
assertj_jar="$(find httpstatus-assertj/target -maxdepth 1 -name 'httpstatus-assertj-*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1)"
if [ ! -f "$core_jar" ] || [ ! -f "$assertj_jar" ]; then
  echo "FAIL: modular application check: no jars under httpstatus/target and httpstatus-assertj/target; run mvn package first"
  exit 1
fi
version="${core_jar##*/httpstatus-}"
version="${version%.jar}"

home_repo="$HOME/.m2/repository"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/repository"
mkdir -p "$home_repo"

# Links each entry of ~/.m2/repository/$1 into the private repository, except the entry $2.
link_all_but() {
  local entry
  mkdir -p "$repo/$1"
  for entry in "$home_repo/$1"/*; do
    if [ -e "$entry" ] && [ "${entry##*/}" != "$2" ]; then
      ln -s "$entry" "$repo/$1/${entry##*/}"
    fi
  done
}
link_all_but "" io
link_all_but io github
link_all_but io/github httpstatus

# Installs one built file with its POM into the private repository; the output only on failure.
install_file() {
  echo "+ mvn -B -ntp -N -Dstyle.color=never -Dmaven.repo.local=$repo $install_plugin -Dfile=$1 -DpomFile=$2"
  if ! mvn -B -ntp -N -Dstyle.color=never -Dmaven.repo.local="$repo" "$install_plugin" -Dfile="$1" -DpomFile="$2" \
      >"$work/install.log" 2>&1; then
    cat "$work/install.log"
    echo "FAIL: modular application check: could not install $1"
    exit 1
  fi
}

echo "== installing httpstatus $version into the private repository $repo"
install_file pom.xml pom.xml
install_file httpstatus-bom/pom.xml httpstatus-bom/pom.xml
install_file "$core_jar" httpstatus/pom.xml
install_file "$assertj_jar" httpstatus-assertj/pom.xml

failed=()
for surefire in "${surefire_versions[@]}"; do
  for variant in plain assertj; do
    name="surefire $surefire, $variant tests"
    out="$work/app-$surefire-$variant"
    args=(mvn -B -ntp -Dstyle.color=never -f scripts/modular-app/pom.xml -Dmaven.repo.local="$repo"
      -Dhttpstatus.version="$version" -Dsurefire.version="$surefire" -Dapp.build.directory="$out" test)
    expected=(NextStepTest)
    if [ "$variant" = assertj ]; then
      args+=(-Passertj)
      expected+=(NextStepAssertionsTest)
    fi
    echo "== $name"
    echo "+ ${args[*]}"
    if "${args[@]}" >"$work/log" 2>&1; then
      missing=""
      for test in "${expected[@]}"; do
        [ -f "$out/surefire-reports/TEST-app.$test.xml" ] || missing="$missing $test"
      done
      if [ -z "$missing" ]; then
        grep -E '^\[INFO\] Tests run: [0-9]+, Failures: 0, Errors: 0, Skipped: 0$' "$work/log" | tail -n 1 || true
        continue
      fi
      echo "the build passed without running:$missing"
    else
      # The build's errors without their stack traces.
      grep -E '^\[(ERROR|WARNING)\]' "$work/log" | grep -Ev '^\[ERROR\][[:space:]]+at ' | head -n 25 || true
    fi
    failed+=("$name")
  done
done

elapsed=$(( $(date +%s) - started ))
if [ "${#failed[@]}" -gt 0 ]; then
  printf 'FAIL: modular application check (%s s): %s\n' "$elapsed" "$(IFS=';'; echo "${failed[*]}")"
  exit 1
fi
echo "OK: modular application check (${#surefire_versions[@]} Surefire versions x 2 variants passed, $elapsed s)"
