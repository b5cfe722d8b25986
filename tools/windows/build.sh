#!/usr/bin/env bash
# Build the Windows program, its portable zip and its per-user installer, on Debian: with
# Debian's own Rust (rustc-web, cargo-web and rust-web-src: Rust 1.96 with the standard
# library's source, from which the Windows standard library is built here, -Zbuild-std) and
# mingw-w64 to link; NSIS (makensis) makes the installer. The rustup toolchain stays the
# project's main one; this uses /usr/bin/cargo and its own target folder (target/windows).
#
# Usage: tools/windows/build.sh [PROFILE]   PROFILE: release (default) or dev (CI's tests)
# Writes target/windows/dist/: caucasus-atlas.exe, caucasus-atlas-windows.zip (the .exe,
# README and licences) and caucasus-atlas-setup.exe.
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=${1:-release}

need=()
for p in rustc-web cargo-web rust-web-src mingw-w64 nsis zip; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" \
    >/dev/null
fi

target=x86_64-pc-windows-gnu
# Debian's cargo and rustc, not rustup's (which cannot fetch the Windows standard library
# here); -Zbuild-std on this stable compiler.
export PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=target/windows
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc-posix
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc-posix
export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
export RC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-windres
# The release profile aborts on panic; the test profile unwinds.
case $profile in
  release) std=std,panic_abort; dir=release ;;
  dev) std=std,panic_unwind; dir=debug ;;
  *) echo "profile: release or dev, not $profile" >&2; exit 2 ;;
esac
start=$(date +%s)
cargo build --locked --profile "$profile" -Zbuild-std="$std" --target "$target" \
  --bin caucasus-atlas
echo "built in $(( $(date +%s) - start )) s"

dist=$CARGO_TARGET_DIR/dist
rm -rf "$dist"
mkdir -p "$dist/zip"
exe=$CARGO_TARGET_DIR/$target/$dir/caucasus-atlas.exe
x86_64-w64-mingw32-strip -o "$dist/caucasus-atlas.exe" "$exe"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)

# The portable zip: the program, the README and the licences, with Windows line ends.
cp "$dist/caucasus-atlas.exe" "$dist/zip/"
sed 's/$/\r/' README.md >"$dist/zip/README.txt"
sed 's/$/\r/' packaging/copyright >"$dist/zip/LICENCES.txt"
sed 's/$/\r/' assets/fonts/COPYRIGHT-fonts-noto-core.txt >"$dist/zip/LICENCE-fonts.txt"
(cd "$dist/zip" && zip -q -X -9 ../caucasus-atlas-windows.zip ./*)

# The installer (per user, no administrator rights).
makensis -V2 -DVERSION="$version" -DDIST="$(realpath "$dist/zip")" \
  -DOUT="$(realpath "$dist")/caucasus-atlas-setup.exe" packaging/windows/installer.nsi

for f in caucasus-atlas.exe caucasus-atlas-windows.zip caucasus-atlas-setup.exe; do
  printf '%-28s %6.1f MB\n' "$f" "$(echo "$(stat -c %s "$dist/$f") / 1048576" | bc -l)"
done
