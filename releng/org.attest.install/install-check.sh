#!/bin/sh
# Installs Attest into an Eclipse as a user would, from the update-site zip with the p2 director, checks that its
# perspectives, views, editors, preference pages and applications are registered (check/RegistryCheck.java reads the
# extension registry of the installed Eclipse) and that the command-line application runs, then uninstalls it and
# checks that all of it is gone.
# $1: a bare p2-managed Eclipse (materialised by this module, copied before use); $2: the update-site zip;
# $3: the Java home to run it with. Run by the build (releng/org.attest.install/pom.xml, skipped with -DskipTests).
set -eu
bare="$1"
site="$(cd "$(dirname "$2")" 2>/dev/null && pwd -P)/$(basename "$2")"
java="$3/bin/java"
here="$(cd "$(dirname "$0")" && pwd -P)"
fail() { printf 'install check FAILED: %s\n' "$1" >&2; exit 1; }
pass() { printf 'install check: %s\n' "$1"; }
[ -f "$site" ] || fail "the update-site zip $site is missing; build releng/org.attest.repository first (./mvnw verify)."
[ -d "$bare/plugins" ] || fail "no Eclipse at $bare; build this module first."

work="$(mktemp -d "${TMPDIR:-/tmp}/attest-install-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -a "$bare" "$work/eclipse"
eclipse="$work/eclipse"
launcher="$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
framework="$(ls "$eclipse"/plugins/org.eclipse.osgi_*.jar | head -n 1)"
export HOME="$work/home"
mkdir "$HOME"

# runs the installed Eclipse's application $1 with the arguments that follow; its output goes to $work/out.txt
run() {
  application="$1"
  shift
  status=0
  "$java" -jar "$launcher" -install "$eclipse" -nosplash -consoleLog -data @noDefault -application "$application" \
    "$@" > "$work/out.txt" 2>&1 || status=$?
  return "$status"
}
show() { sed 's/^/    /' "$work/out.txt" >&2; }
registry() {
  "$java" -cp "$framework" "$here/check/RegistryCheck.java" "$eclipse" "$1" > "$work/out.txt" 2>&1
}

run org.eclipse.equinox.p2.director -repository "jar:file:$site!/" -installIU org.attest.feature.feature.group \
  || { show; fail "the p2 director could not install org.attest.feature from $site into $bare (output above)."; }
pass "installed org.attest.feature from $(basename "$site") with the p2 director"
if registry present; then
  pass "$(tail -n 1 "$work/out.txt")"
  grep '^registered' "$work/out.txt" | sed 's/^/    /'
else
  show; fail "Attest's contributions are not all registered in the Eclipse it was installed into (output above)."
fi
run org.attest.cli.attest --version || { show; fail "the installed command-line application org.attest.cli.attest did not run."; }
grep -q '^Attest ' "$work/out.txt" || { show; fail "org.attest.cli.attest --version printed no 'Attest' version."; }
pass "the command-line application runs in the installed Eclipse: $(head -n 1 "$work/out.txt")"

run org.eclipse.equinox.p2.director -uninstallIU org.attest.feature.feature.group \
  || { show; fail "the p2 director could not uninstall org.attest.feature (output above)."; }
pass "uninstalled org.attest.feature with the p2 director"
registry absent || { show; fail "Attest is still installed or registered after the uninstall (output above)."; }
pass "$(tail -n 1 "$work/out.txt")"
if run org.attest.cli.attest --version || grep -q '^Attest ' "$work/out.txt"; then
  show; fail "the command-line application still runs after the uninstall."
fi
pass "the command-line application is gone after the uninstall"
