#!/bin/sh
# Makes the materialised macOS product a bundle Finder opens: Tycho installs it into Attest.app/Contents/Eclipse and,
# without the native launcher (not on Maven Central), leaves Contents/ without Info.plist and executable.
# $1: the folder of the materialised macOS product (.../macosx/cocoa/aarch64); runs before the archives are packed.
set -eu
app="$1/Attest.app"
[ -d "$app/Contents/Eclipse" ] || { echo "macos-app.sh: $app/Contents/Eclipse is missing; was the product materialised?" >&2; exit 1; }
here="$(cd "$(dirname "$0")" && pwd -P)"
mkdir -p "$app/Contents/MacOS"
cp "$here/macosx/Contents/Info.plist" "$app/Contents/Info.plist"
cp "$here/macosx/Contents/MacOS/attest" "$app/Contents/MacOS/attest"
chmod 755 "$app/Contents/MacOS/attest"
