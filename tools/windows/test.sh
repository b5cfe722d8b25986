#!/usr/bin/env bash
# Test the Windows build (tools/windows/build.sh) under Wine in a private X display and a
# scratch Wine prefix: --version; --check on the shipped data and on a broken copy (the same
# report as the Linux build); a --screenshot of the default view against the Linux build's
# (most pixels agree); the installer run silently, the installed program started, and the
# uninstaller removing it all.
# Usage: tools/windows/test.sh [LINUX_BINARY]   (default: the debug build `cargo test` makes)
set -euo pipefail
cd "$(dirname "$0")/../.."
linux=${1:-target/debug/caucasus-atlas}
dist=target/windows/dist

need=()
for p in wine64 mingw-w64 xvfb python3-pil; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" \
    >/dev/null
fi
wine=/usr/lib/wine/wine64

source tools/private-display.sh
export WINEPREFIX="$scratch/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
work="$scratch/work"
mkdir -p "$work"
"$wine" wineboot --init >/dev/null 2>&1
# Wine 8.0 lacks bcryptprimitives.dll (Windows 10 and 11 have it): a stand-in beside the
# program under test, never packaged.
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bcryptprimitives.dll" \
  tools/windows/wine/bcryptprimitives.c -ladvapi32
cp "$dist/caucasus-atlas.exe" "$work/"
exe="$work/caucasus-atlas.exe"
winpath() { echo "Z:$1" | tr / '\\'; }

# --version, as the Linux build says it.
version=$("$linux" --version)
got=$("$wine" "$exe" --version | tr -d '\r')
[ "$got" = "$version" ] || { echo "--version: '$got', not '$version'" >&2; exit 1; }
echo "wine: --version: $got"

# --check: the shipped data, and a copy with a day that is not in the calendar.
cp -r assets "$work/broken"
sed -i '0,/^date = "1989-04-09"/s//date = "1989-02-30"/' "$work/broken/data/events.toml"
for dir in "$PWD/assets" "$work/broken"; do
  set +e
  got=$("$wine" "$exe" --check "$(winpath "$dir")" | tr -d '\r')
  got_code=$?
  want=$("$linux" --check "$dir")
  want_code=$?
  set -e
  # The folder is named as each system writes it; the rest is the same, byte for byte.
  win=$(winpath "$dir")
  got=${got//"$win"/$dir}
  [ "$got" = "$want" ] && [ "$got_code" = "$want_code" ] || {
    printf 'wine --check %s (exit %s):\n%s\nlinux (exit %s):\n%s\n' "$dir" "$got_code" "$got" \
      "$want_code" "$want" >&2
    exit 1
  }
  echo "wine: --check $(basename "$dir"): exit $got_code, the same report as Linux"
done

# The default view against the Linux build's.
args=(--theme light --date 2008-08-12 --size 1280x800)
"$wine" "$exe" "${args[@]}" --screenshot "$(winpath "$work/windows.png")" >/dev/null
"$linux" "${args[@]}" --screenshot "$work/linux.png" >/dev/null
/usr/bin/python3 - "$work/windows.png" "$work/linux.png" <<'EOF'
import sys
from PIL import Image
a, b = (Image.open(p).convert("RGB") for p in sys.argv[1:3])
assert a.size == b.size == (1280, 800), (a.size, b.size)
x, y = a.tobytes(), b.tobytes()
close = sum(1 for i in range(0, len(x), 3)
            if max(abs(x[i] - y[i]), abs(x[i + 1] - y[i + 1]), abs(x[i + 2] - y[i + 2])) <= 24)
share = close / (a.size[0] * a.size[1])
print(f"wine: --screenshot: {share:.1%} of the pixels within 24/255 of the Linux build's")
assert share >= 0.95, share
EOF

# The installer, silently, per user; the installed program starts; the uninstaller removes it.
"$wine" "$dist/caucasus-atlas-setup.exe" /S
home=$(ls -d "$WINEPREFIX"/drive_c/users/*/ | grep -v Public | head -1)
installed="${home}AppData/Local/Programs/caucasus-atlas"
for f in caucasus-atlas.exe uninstall.exe README.txt LICENCES.txt LICENCE-fonts.txt; do
  [ -f "$installed/$f" ] || { echo "installer: no $f in $installed" >&2; exit 1; }
done
link=$(find "$home" -name 'Abkhazia and South Ossetia atlas.lnk' | head -1)
[ -n "$link" ] || { echo "installer: no Start-menu entry" >&2; exit 1; }
cp "$work/bcryptprimitives.dll" "$installed/"
got=$("$wine" "$installed/caucasus-atlas.exe" --version | tr -d '\r')
[ "$got" = "$version" ] || { echo "installed: --version: '$got'" >&2; exit 1; }
rm "$installed/bcryptprimitives.dll"
echo "wine: installed in $(basename "$installed"), Start menu: $(basename "$link"), started"
"$wine" "$installed/uninstall.exe" /S
# The uninstaller copies itself away and runs from there: wait for it.
for _ in $(seq 100); do [ -e "$installed" ] || break; sleep 0.1; done
[ ! -e "$installed" ] || { echo "uninstaller: $installed is still there" >&2; exit 1; }
[ -z "$(find "$home" -name 'Abkhazia and South Ossetia atlas.lnk')" ] \
  || { echo "uninstaller: the Start-menu entry is still there" >&2; exit 1; }
echo "wine: uninstalled: program, files and Start-menu entry gone"
