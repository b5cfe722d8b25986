#!/usr/bin/env bash
# Read the app's exports back with programs the project did not write: GDAL's ogrinfo
# (GeoJSON: feature counts, and the dates read as dates), Python's csv (every row as long as
# its header), citeproc-py (the CSL-JSON rendered as a bibliography) and pybtex (the BibTeX
# parsed), Pillow (an animated GIF and PNG: frames, size, each frame decoded; needs Xvfb),
# librsvg's rsvg-convert (the map as SVG rendered, and compared with the PNG of the same view)
# and poppler (the map as PDF: its fonts embedded, its text read back, rendered and compared).
# Usage: tools/read-exports.sh [BINARY] (default: the debug build `cargo test` makes).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/caucasus-atlas}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v ogrinfo >/dev/null || ! command -v rsvg-convert >/dev/null \
  || ! command -v pdftoppm >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gdal-bin \
    librsvg2-bin poppler-utils >/dev/null
fi
python3 -m pip install -q --target "$work/py" "citeproc-py==0.6.0" "pybtex==0.24.0" \
  "Pillow==11.3.0"

for format in geojson csv csl-json bibtex ris; do
  "$bin" --export-data "$format" "$work/out" >/dev/null
done

# Two animations, rendered in a private X display: a day a frame (7), a year a frame (3 and the
# last day).
mkdir -p "$work/anim"
(
  source tools/private-display.sh
  "$bin" --animate 2008-08-07..2008-08-13 --step day --out "$work/anim/war.gif" \
    --size 800x500 >/dev/null
  "$bin" --animate 2006-01-01..2008-12-31 --step year --out "$work/anim/years.png" \
    --size 800x500 >/dev/null
  # The same view as a PNG of the window and as an SVG and a PDF of its map, in Georgian.
  for ext in png svg pdf; do
    "$bin" --theme light --ui-lang ka --date 2008-08-12 --size 1280x800 \
      --screenshot "$work/anim/map.$ext" >/dev/null
  done
)
rsvg-convert -o "$work/anim/map-svg.png" "$work/anim/map.svg"
# The PDF: both fonts embedded as subsets, the Georgian words read back, a page drawn at the
# PNG's scale (a point a pixel at 72 dpi).
fonts=$(pdffonts "$work/anim/map.pdf")
echo "$fonts"
[ "$(grep -c 'CID TrueType *Identity-H *yes yes yes' <<<"$fonts")" -eq 2 ] \
  || { echo "map.pdf: the two fonts are not embedded as subsets" >&2; exit 1; }
pdftotext "$work/anim/map.pdf" - | grep -q 'საქართველო' \
  || { echo "map.pdf: no Georgian text to read back" >&2; exit 1; }
pdftoppm -png -r 72 -singlefile "$work/anim/map.pdf" "$work/anim/map-pdf"

# GeoJSON through GDAL: as many features as the CSV has events with places, and `start` a date.
for layer in events control_areas regions places; do
  info=$(ogrinfo -ro -so -al "$work/out/$layer.geojson")
  count=$(grep -m1 'Feature Count' <<<"$info" | awk '{print $3}')
  [ "${count:-0}" -gt 0 ] || { echo "$layer.geojson: no features" >&2; exit 1; }
  echo "ogrinfo: $layer.geojson: $count features"
done
ogrinfo -ro -so -al "$work/out/events.geojson" | grep -q '^start: Date' \
  || { echo "events.geojson: GDAL does not read 'start' as a date" >&2; exit 1; }
ogrinfo -ro -so -al "$work/out/control_areas.geojson" | grep -q '^from: Date' \
  || { echo "control_areas.geojson: GDAL does not read 'from' as a date" >&2; exit 1; }

PYTHONPATH="$work/py" python3 - "$work/out" <<'EOF'
import csv, json, sys, pathlib
out = pathlib.Path(sys.argv[1])
for name in ["events.csv", "recognitions.csv", "places.csv", "sources.csv"]:
    with open(out / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    assert body, name
    assert all(len(r) == len(header) for r in body), name
    print(f"python csv: {name}: {len(body)} rows of {len(header)} fields")

from citeproc import CitationStylesStyle, CitationStylesBibliography, Citation, CitationItem
from citeproc import formatter
from citeproc.source.json import CiteProcJSON
items = json.loads((out / "sources.csl.json").read_text(encoding="utf-8"))
source = CiteProcJSON(items)
style = CitationStylesStyle("harvard1", validate=False)
bib = CitationStylesBibliography(style, source, formatter.plain)
for item in items:
    bib.register(Citation([CitationItem(item["id"])]))
rendered = [str(entry) for entry in bib.bibliography()]
assert len(rendered) == len(items), (len(rendered), len(items))
print(f"citeproc-py: {len(rendered)} entries rendered, e.g. {rendered[0][:100]}")

from pybtex.database import parse_file
bibdata = parse_file(str(out / "sources.bib"), bib_format="bibtex")
assert len(bibdata.entries) == len(items), (len(bibdata.entries), len(items))
print(f"pybtex: {len(bibdata.entries)} entries parsed")

ris = (out / "sources.ris").read_text(encoding="utf-8")
assert ris.count("TY  - ELEC") == ris.count("ER  - ") == len(items)
print(f"ris: {len(items)} records")

from PIL import Image
anim = out.parent / "anim"
for name, frames in [("war.gif", 7), ("years.png", 4)]:
    with Image.open(anim / name) as im:
        assert im.size == (800, 500), (name, im.size)
        assert im.is_animated and im.n_frames == frames, (name, im.n_frames)
        for i in range(im.n_frames):
            im.seek(i)
            im.load()
        print(f"Pillow: {name}: {im.format}, {im.n_frames} frames of {im.size[0]}x{im.size[1]}")

# The SVG as librsvg draws it, and the PDF as poppler does, against the PNG's pixels of the map
# (the drawing's viewBox, in points, is where the map lies in the window): most pixels agree.
# The text differs (librsvg takes the machine's fonts), and the drawings have no zoom buttons.
import re
svg = (anim / "map.svg").read_text(encoding="utf-8")
head = re.search(r'width="([\d.]+)" height="([\d.]+)" viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"', svg)
w, h, x, y, vw, vh = map(float, head.groups())
ppp = w / vw
texts = svg.count("<text ")
assert texts > 20 and "საქართველო" in svg, "the names are text"
shot = Image.open(anim / "map.png").convert("RGB")
for name, reader in [("map-svg.png", "rsvg-convert: map.svg"), ("map-pdf.png", "pdftoppm: map.pdf")]:
    drawn = Image.open(anim / name).convert("RGB")
    assert abs(drawn.size[0] - w) <= 1 and abs(drawn.size[1] - h) <= 1, (name, drawn.size)
    box = (round(x * ppp), round(y * ppp), round(x * ppp) + drawn.size[0], round(y * ppp) + drawn.size[1])
    a, b = drawn.tobytes(), shot.crop(box).tobytes()
    close = sum(1 for i in range(0, len(a), 3) if max(abs(a[i] - b[i]), abs(a[i+1] - b[i+1]), abs(a[i+2] - b[i+2])) <= 24)
    share = close / (drawn.size[0] * drawn.size[1])
    size = (anim / name.replace("-svg.png", ".svg").replace("-pdf.png", ".pdf")).stat().st_size
    print(f"{reader} {drawn.size[0]}x{drawn.size[1]}, {size // 1024} KB; {share:.1%} of its pixels within 24/255 of the PNG's")
    assert share >= 0.9, (name, share)
EOF
