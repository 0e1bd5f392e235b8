#!/bin/sh
# Tries the Linux product archive as a new user would: unpacks it into an empty folder, runs the command line from it
# (bin/attest --version, init, import of the samples it ships, info on the quick start and through OSGi, export;
# through a symbolic link too), checks
# the messages when no Java or no display is found, and starts the workbench with the native attest launcher (the
# archive's root, launcher/attest.c) until its window shows.
# $1: the archive (attest-*-linux.gtk.x86_64.tar.gz); $2: the Java home to run it with.
# The workbench needs DISPLAY (./attest test runs the build under xvfb-run); without one an Xvfb is started.
# Run by the build after the archives are packed (releng/org.attest.product/pom.xml, skipped with -DskipTests).
set -eu
archive="$1"
export JAVA_HOME="$2"
work="$(mktemp -d "${TMPDIR:-/tmp}/attest-archive-check.XXXXXX")"
xvfb=""
workbench=""
cleanup() {
  [ -n "$workbench" ] && kill "$workbench" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { printf 'archive check FAILED: %s\n' "$1" >&2; failures=$((failures + 1)); }
pass() { printf 'archive check: %s\n' "$1"; }

mkdir "$work/unpacked" "$work/home"
export HOME="$work/home" ATTEST_HOME="$work/home/state"
tar -xzf "$archive" -C "$work/unpacked"
install="$work/unpacked/attest"
for launcher in attest bin/attest; do
  if [ -x "$install/$launcher" ]; then pass "$launcher is executable"; else fail "$archive: $launcher is missing or not executable"; fi
done
# the workbench launcher is a program of its own (an ELF executable), not a script that needs bin/attest
if [ "$(head -c 4 "$install/attest" 2>/dev/null | tail -c 3)" = ELF ]; then
  pass "attest is a native executable"
else
  fail "$archive: attest is not a native (ELF) executable"
fi

# runs bin/attest with the arguments; expects exit status $1 and output (stdout and stderr) containing $2
expect() {
  status="$1" wanted="$2"
  shift 2
  actual=0
  "$@" > "$work/out.txt" 2>&1 || actual=$?
  if [ "$actual" -ne "$status" ]; then
    fail "'$*' exited with $actual, expected $status; it printed:"; sed 's/^/    /' "$work/out.txt" >&2
  elif ! grep -qF -- "$wanted" "$work/out.txt"; then
    fail "'$*' did not print '$wanted'; it printed:"; sed 's/^/    /' "$work/out.txt" >&2
  else
    pass "$(basename "$1") ${2:-} ${3:-} ... exits $status and prints '$wanted'"
  fi
}

version="$(ls "$install/plugins" | sed -n 's/^org\.attest\.cli_\(.*\)\.jar$/\1/p' | head -n 1)"
expect 0 "Attest ${version:-(no org.attest.cli bundle in plugins)}" "$install/bin/attest" --version
# the first command starts through OSGi and writes the quick start's class path; the next ones run on it
if ls "$ATTEST_HOME"/launch/cli-*.classpath >/dev/null 2>&1; then
  pass "the first command wrote the quick start's class path to ATTEST_HOME/launch"
else
  fail "the first command wrote no class path to $ATTEST_HOME/launch"
fi
expect 0 "Created corpus 'corpus'" "$install/bin/attest" init "$work/corpus"
expect 0 "3 added" "$install/bin/attest" import --annotator=anna "$work/corpus" "$install/samples"
expect 0 "3 document(s), 1 annotator(s): anna" "$install/bin/attest" info "$work/corpus"
expect 0 "3 document(s), 1 annotator(s): anna" env ATTEST_OSGI=1 "$install/bin/attest" info "$work/corpus"
# plain-text articles bring no annotations: the export lists every document as not exported, and says why
expect 0 "harbour-flood-a (anna has no annotations on it)" \
  "$install/bin/attest" export --format=jsonl --split=100 --from=anna "$work/corpus" "$work/export"
[ -f "$work/export/manifest.json" ] && pass "export wrote manifest.json" || fail "export wrote no $work/export/manifest.json"
mkdir "$work/home/bin"
ln -s "$install/bin/attest" "$work/home/bin/attest"
expect 0 "Attest $version" "$work/home/bin/attest" --version

# the quick start's class-data archive is made in the background, in a scratch folder of the system's: ATTEST_HOME
# gets the finished archive and nothing else, and a home removed meanwhile (a test's temporary one) stays removed
waited=0
until ls "$ATTEST_HOME"/launch/cli-*.jsa >/dev/null 2>&1 || [ "$waited" -ge 180 ]; do sleep 1; waited=$((waited + 1)); done
if ls "$ATTEST_HOME"/launch/cli-*.jsa >/dev/null 2>&1; then
  pass "the quick start's class-data archive was made in the background ($waited s)"
else
  fail "no class-data archive in $ATTEST_HOME/launch after $waited s"
fi
# on Java 25 or newer the same run then makes the longer commands' ahead-of-time cache from a run of the demo; with
# -XX:AOTMode=on a Java refuses to start when a cache does not fit its class path and options
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$2/release" 2>/dev/null | head -n 1)"
if [ "${major:-0}" -ge 25 ]; then
  waited=0
  until ls "$ATTEST_HOME"/launch/cli-*.aot >/dev/null 2>&1 || [ "$waited" -ge 300 ]; do sleep 1; waited=$((waited + 1)); done
  aot="$(ls "$ATTEST_HOME"/launch/cli-*.aot 2>/dev/null | head -n 1)"
  if [ -z "$aot" ]; then
    fail "no ahead-of-time cache in $ATTEST_HOME/launch after $waited s (Java $major)"
  else
    pass "the longer commands' ahead-of-time cache was made in the background ($waited s)"
    plain="$(tr '\n' ':' < "$(ls "$ATTEST_HOME"/launch/cli-*.classpath | head -n 1)")"
    # with the Java options bin/attest gives every command (eclipse.ini's lines after -vmargs), as the cache was made
    vmargs="$(sed -n '/^-vmargs/,$p' "$install/eclipse.ini" | sed 1d | tr -d '\r' | tr '\n' ' ')"
    # shellcheck disable=SC2086 # one option a word, as bin/attest reads them
    expect 0 "3 document(s), 1 annotator(s): anna" "$2/bin/java" $vmargs -XX:AOTCache="$aot" -XX:AOTMode=on \
      "-Dattest.home=$ATTEST_HOME" -cp "${plain%:}" org.attest.cli.Main info "$work/corpus"
    expect 0 "OK: 3 document(s) checked" "$install/bin/attest" validate "$work/corpus"
  fi
fi
left="$(ls -A "$ATTEST_HOME/launch" | grep -v '^cli-[0-9]*\.\(classpath\|classpath\.jars\|jsa\|aot\)$' || true)"
[ -z "$left" ] && pass "ATTEST_HOME/launch holds only the class path, its copies of signed jars, the archive and the cache" \
  || fail "ATTEST_HOME/launch holds more than the class path, its copies of signed jars, the archive and the cache: $left"
# the signed jars stand on the class path as copies without their signature files
copy="$(ls "$ATTEST_HOME"/launch/cli-*.classpath.jars/org.eclipse.emf.ecore_*.jar 2>/dev/null | head -n 1)"
if [ -z "$copy" ]; then
  fail "no copy of EMF's signed jar in $ATTEST_HOME/launch/cli-*.classpath.jars"
elif ! grep -q "$copy" "$ATTEST_HOME"/launch/cli-*.classpath; then
  fail "the class path does not name the copy $copy"
elif "$2/bin/jar" tf "$copy" 2>/dev/null | grep -qi '^META-INF/[^/]*\.\(SF\|RSA\|DSA\|EC\)$'; then
  fail "the copy $copy still holds signature files"
else
  pass "the class path names a copy of EMF's jar without its signature files"
fi
mkdir "$work/scratch"
expect 0 "Attest $version" env ATTEST_HOME="$work/brief-home" "$install/bin/attest" --version
expect 0 "3 document(s), 1 annotator(s): anna" \
  env ATTEST_HOME="$work/brief-home" TMPDIR="$work/scratch" "$install/bin/attest" info "$work/corpus"
rm -rf "$work/brief-home"
# the run ends when no Java listing classes or writing an archive under $work is left (read from /proc) and the
# scratch folder is empty
training() {
  grep -qsa -e "DumpLoadedClassList=$work/" -e "SharedClassListFile=$work/" -e "AOTCacheOutput=$work/" \
    /proc/[0-9]*/cmdline \
    || [ -n "$(ls -A "$work/scratch")" ]
}
waited=0
while training && [ "$waited" -lt 300 ]; do sleep 1; waited=$((waited + 1)); done
if [ -n "$(ls -A "$work/scratch")" ]; then
  fail "the background archive run left $(ls -A "$work/scratch") in its scratch folder after $waited s"
elif [ -e "$work/brief-home" ]; then
  fail "the background archive run wrote into an ATTEST_HOME removed while it ran: $(find "$work/brief-home")"
else
  pass "a home removed while its archive was being made stays removed ($waited s)"
fi

# no Java anywhere: a PATH with only the tools the script itself uses, and no JAVA_HOME
mkdir "$work/tools"
for tool in sh sed head ls mkdir uname tr dirname readlink; do ln -s "$(command -v "$tool")" "$work/tools/$tool"; done
expect 2 "Attest needs Java 21 or newer" env -i HOME="$HOME" PATH="$work/tools" "$install/bin/attest" --version
expect 2 "does not exist; Attest needs Java 21" env JAVA_HOME="$work/no-such-java" "$install/bin/attest" --version
# the same for the workbench launcher (env -i: no display either, so the message goes to the terminal, not a dialog)
expect 2 "no Java found: Attest needs Java 21 or newer" env -i HOME="$HOME" PATH="$work/tools" "$install/attest"
expect 2 "does not exist; Attest needs Java 21" \
  env -i HOME="$HOME" PATH="$work/tools" JAVA_HOME="$work/no-such-java" "$install/attest"
# a Java too old for Attest, named by its release file (the stub is never started)
mkdir -p "$work/old-java/bin"
printf '#!/bin/sh\nexit 1\n' > "$work/old-java/bin/java"
chmod +x "$work/old-java/bin/java"
printf 'JAVA_VERSION="17.0.15"\n' > "$work/old-java/release"
expect 2 "is version 17; Attest needs Java 21 or newer" \
  env -i HOME="$HOME" PATH="$work/tools" JAVA_HOME="$work/old-java" "$install/attest"
ln -s "$work/old-java/bin/java" "$work/tools/java"
expect 2 "is version 17; Attest needs Java 21 or newer" env -i HOME="$HOME" PATH="$work/tools" "$install/attest"
rm "$work/tools/java"
# with a Java but no display, through a symbolic link: it finds its installation and names the fix
ln -s "$install/attest" "$work/home/bin/attest-workbench"
expect 2 "on a server: xvfb-run -a $install/attest" \
  env -i HOME="$HOME" PATH="$work/tools" JAVA_HOME="$JAVA_HOME" "$work/home/bin/attest-workbench"

# the workbench, started with the launcher at the archive's root, until its window shows
if [ -z "${DISPLAY:-}" ]; then
  Xvfb -displayfd 3 -screen 0 1400x900x24 3> "$work/display" 2>/dev/null &
  xvfb=$!
  for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s "$work/display" ] && break; sleep 1; done
  export DISPLAY=":$(cat "$work/display")"
fi
"$install/attest" > "$work/workbench.log" 2>&1 &
workbench=$!
# the window's title, by xdotool (which ./attest test installs for the UI tests) or else xwininfo
window_title() {
  if command -v xdotool >/dev/null 2>&1; then
    for id in $(xdotool search --name '^Attest' 2>/dev/null); do xdotool getwindowname "$id"; done | head -n 1
  else
    xwininfo -root -tree 2>/dev/null | sed -n 's/.*"\(Attest[^"]*\)".*/\1/p' | head -n 1
  fi
}
# the first child process of process $1, from /proc (no procps on a bare machine)
child_of() {
  awk -v parent="$1" '/^PPid:/ && $2 == parent { split(FILENAME, path, "/"); print path[3]; exit }' \
    /proc/[0-9]*/status 2>/dev/null || true
}
shown=""
java_child=""
for _ in $(seq 1 120); do
  # the launcher library starts the Java as a child of the launcher
  [ -n "$java_child" ] || java_child="$(child_of "$workbench")"
  shown="$(window_title)"
  [ -n "$shown" ] && break
  kill -0 "$workbench" 2>/dev/null || break
  sleep 1
done
if [ -n "$shown" ]; then
  pass "the workbench window shows: '$shown'"
  # started by the native launcher, which stays: the script it replaced ended in an exec of java
  running="$(readlink "/proc/$workbench/exe" 2>/dev/null || true)"
  if [ "$running" = "$(readlink -f "$install/attest")" ]; then
    pass "the workbench runs under the native launcher ($running)"
  else
    fail "the process started as $install/attest runs ${running:-nothing}, not the native launcher"
  fi
else
  fail "the workbench started with $install/attest showed no Attest window within 120 s; its output:"
  sed 's/^/    /' "$work/workbench.log" >&2
fi
# it ran in ATTEST_HOME's workspace, as the workbench started by bin/attest --workbench does; on a busy machine the
# window can show a moment before the workspace's metadata is written
for _ in $(seq 1 30); do
  [ -d "$ATTEST_HOME/workspace/.metadata" ] && break
  kill -0 "$workbench" 2>/dev/null || break
  sleep 1
done
if [ -d "$ATTEST_HOME/workspace/.metadata" ]; then
  pass "the workbench's workspace is ATTEST_HOME/workspace"
else
  fail "the workbench made no workspace in $ATTEST_HOME/workspace"
fi
# killing the launcher ends the workbench's Java too (it passes the signal on)
kill "$workbench" 2>/dev/null || true
wait "$workbench" 2>/dev/null || true
workbench=""
if [ -n "$java_child" ]; then
  for _ in $(seq 1 30); do kill -0 "$java_child" 2>/dev/null || break; sleep 1; done
  if kill -0 "$java_child" 2>/dev/null; then
    fail "the workbench's Java (process $java_child) still runs 30 s after its launcher was killed"
    kill "$java_child" 2>/dev/null || true
  else
    pass "killing the launcher ended the workbench's Java"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "archive check: $failures check(s) failed for $archive" >&2
  exit 1
fi
echo "archive check: $archive (Attest $version) starts on its own"
