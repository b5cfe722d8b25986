#!/usr/bin/env bash
# Install the atlas for the current user: the binary (unless `cargo install --path .` put it
# on PATH already), the icons, the desktop entry and the AppStream file, under ~/.local.
# Usage: packaging/install.sh [--uninstall]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
id=io.github.caucasus_atlas.CaucasusAtlas
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"

files=("$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml")
for d in "$here"/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$d")")"
  for f in "$d"/*; do files+=("$data/icons/hicolor/$size/apps/$(basename "$f")"); done
done

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "${files[@]}" "$bin/caucasus-atlas"
  echo "removed the atlas's desktop entry, icons and $bin/caucasus-atlas"
  exit 0
fi

exe="$(command -v caucasus-atlas || true)"
if [ -z "$exe" ]; then
  built="$here/../target/release/caucasus-atlas"
  if [ ! -x "$built" ]; then
    echo "no caucasus-atlas on PATH and no $built: run 'cargo install --path .' first" >&2
    exit 1
  fi
  install -D -m 755 "$built" "$bin/caucasus-atlas"
  exe="$bin/caucasus-atlas"
fi

for d in "$here"/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$d")")"
  install -d "$data/icons/hicolor/$size/apps"
  install -m 644 "$d"/* "$data/icons/hicolor/$size/apps/"
done
install -d "$data/applications" "$data/metainfo"
# The entry names the binary by its full path: the menu finds it even when ~/.cargo/bin is not
# on the PATH of the desktop session.
sed "s|^Exec=caucasus-atlas|Exec=$exe|" "$here/$id.desktop" > "$data/applications/$id.desktop"
install -m 644 "$here/$id.metainfo.xml" "$data/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "installed: $exe, $data/applications/$id.desktop, icons in $data/icons/hicolor"
