#!/usr/bin/env python3
"""Check a rebuilt regions.geojson against data/line_points.toml and data/places.toml.

  python3 tools/check_line.py [--before OLD_regions.geojson] ASSETS_DIR

Prints every constraint's polygon and distance to the line, fails (exit 1) on any constraint
or place on the wrong side; with --before, prints geodesic areas before/after (pyproj.Geod)
and how far the line moved at worst (Hausdorff distance, km)."""
import argparse
import json
import math
import os
import sys
import tomllib

from shapely.geometry import Point, shape
from shapely.ops import linemerge

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import line_correction as lc  # noqa: E402


def load(path):
    with open(path, encoding="utf-8") as f:
        return {ft["properties"]["id"]: shape(ft["geometry"]) for ft in json.load(f)["features"]}


def km_dist(geom, lon, lat):
    g = lc.project_geom(geom, lambda x, y: lc.to_km(x, y))
    return g.distance(Point(lc.to_km(lon, lat)))


def shared(g, r):
    s = g[r].boundary.intersection(g["georgia"].boundary)
    return linemerge(s) if s.geom_type == "MultiLineString" else s


def area_km2(geom):
    from pyproj import Geod
    return abs(Geod(ellps="WGS84").geometry_area_perimeter(geom)[0]) / 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("assets")
    ap.add_argument("--before")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    g = load(os.path.join(a.assets, "boundaries/regions.geojson"))
    bad = 0
    for k, v in g.items():
        if not v.is_valid:
            print(f"INVALID polygon {k}")
            bad += 1
    lines = {r: shared(g, r) for r in ("abkhazia", "south_ossetia")}
    for r, l in lines.items():
        if l.geom_type != "LineString":
            print(f"line {r} is not one LineString: {l.geom_type}")
            bad += 1
    with open(os.path.join(a.assets, "data/line_points.toml"), "rb") as f:
        pts = tomllib.load(f).get("point", [])
    count = {}
    for p in pts:
        count[(p["line"], p["side"])] = count.get((p["line"], p["side"]), 0) + 1
        d = km_dist(lines[p["line"]], p["lon"], p["lat"])
        pt = Point(p["lon"], p["lat"])
        where = next((k for k, v in g.items() if v.contains(pt)), "outside")
        if p["side"] == "line":
            ok = d <= lc.ON_LINE_KM + 1e-6
        else:
            ok = where == p["side"]
        if not ok or a.verbose:
            print(f"{'ok ' if ok else 'BAD'} {p['line']:13} {p['id']:28} side={p['side']:13} in={where:13} {d:6.2f} km from line")
        bad += not ok
    print("constraints:", len(pts), dict(sorted(count.items())))
    with open(os.path.join(a.assets, "data/places.toml"), "rb") as f:
        places = tomllib.load(f).get("place", [])
    for p in places:
        pt = Point(p["lon"], p["lat"])
        where = next((k for k, v in g.items() if v.contains(pt)), "outside")
        if where != p["region"] and not (p["region"] == "outside" and where == "outside"):
            print(f"BAD place {p['id']}: region {p['region']}, falls in {where}")
            bad += 1
    if a.before:
        b = load(a.before)
        for r in ("south_ossetia", "abkhazia", "georgia"):
            print(f"area {r:13}: before {area_km2(b[r]):9.1f} km2, after {area_km2(g[r]):9.1f} km2")
        for r in ("south_ossetia", "abkhazia"):
            old = lc.project_geom(shared(b, r), lambda x, y: lc.to_km(x, y))
            new = lc.project_geom(lines[r], lambda x, y: lc.to_km(x, y))
            # worst displacement: farthest point of the new line from the old one, and back
            worst, at = 0.0, None
            for line_a, line_b in ((new, old), (old, new)):
                n = int(line_a.length / 0.05) + 1
                for k in range(n + 1):
                    q = line_a.interpolate(line_a.length * k / n)
                    d = line_b.distance(q)
                    if d > worst:
                        worst, at = d, lc.to_deg(q.x, q.y)
            print(f"line {r}: moved at most {worst:.2f} km (near {at[1]:.3f} N {at[0]:.3f} E)")
    print("FAILED" if bad else "all constraints and places on their side")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
