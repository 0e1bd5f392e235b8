#!/bin/sh
# Builds Attest's native workbench launcher (attest.c, support.c) into $1, the executable `attest` at the root of the
# materialised Linux product, replacing nothing else there; runs before the archives are packed (pom.xml).
# Needs a C compiler (cc, or CC); on Debian: apt-get install gcc libc6-dev.
set -eu
out="$1"
here="$(cd "$(dirname "$0")" && pwd -P)"
[ -d "$(dirname "$out")/plugins" ] || { echo "launcher/build.sh: $(dirname "$out")/plugins is missing; was the product materialised?" >&2; exit 1; }
cc="${CC:-cc}"
command -v "$cc" >/dev/null 2>&1 || { echo "launcher/build.sh: no C compiler ($cc) to build the workbench launcher; on Debian: apt-get install gcc libc6-dev" >&2; exit 1; }
"$cc" -std=c11 -O2 -Wall -Wextra -Werror -o "$out.tmp" "$here/attest.c" "$here/support.c" -ldl
chmod 755 "$out.tmp"
mv -f "$out.tmp" "$out"
