#!/usr/bin/env python3
"""Write a synthetic data folder N times the shipped one, for scale measurements (issue 10).

    tools/synthetic-data.py N OUT_DIR [--seed S] [--vertices V]

Starts from assets/ (data/ and boundaries/). Events: each shipped event plus N-1 copies with
new ids ("<id>__s<k>") and their days moved by up to 30 days (seeded; a day never leaves the
timeline). Boundaries: every ring of every file is densified by points on its edges until the
files hold about V positions in all (default: 50,000 × N for N > 1, so 20× is ~1 million;
the shipped boundaries for N = 1), which keeps
every ring valid (no new crossings). Nothing here is data for the app: it measures cost only.
"""

import argparse
import datetime
import json
import math
import pathlib
import random
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIRST = datetime.date(1989, 1, 1)


def shift(value, days, today):
    """Move a YYYY-MM-DD day by `days`, staying inside the timeline; coarser dates stay."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    d = datetime.date.fromisoformat(value) + datetime.timedelta(days=days)
    return min(max(d, FIRST), today).isoformat()


def copy_events(text, n, rng):
    head, *blocks = re.split(r"(?m)^\[\[event\]\]\n", text)
    today = datetime.date.today()
    out = [head]
    for k in range(n):
        for block in blocks:
            if k == 0:
                out.append("[[event]]\n" + block)
                continue
            days = rng.randint(-30, 30)
            b = re.sub(r'(?m)^id = "([^"]+)"', lambda m: f'id = "{m.group(1)}__s{k}"', block)
            dates = {}
            for key in ("date", "end"):
                m = re.search(rf'(?m)^{key} = "([^"]+)"', b)
                if m:
                    dates[key] = shift(m.group(1), days, today)
            # An end never before its start after clamping.
            if "date" in dates and "end" in dates and len(dates["end"]) == 10 == len(dates["date"]):
                dates["end"] = max(dates["end"], dates["date"])
            for key, value in dates.items():
                b = re.sub(rf'(?m)^{key} = "[^"]+"', f'{key} = "{value}"', b)
            out.append("[[event]]\n" + b)
    return "".join(out)


def rings(geometry):
    if geometry["type"] == "Polygon":
        yield from geometry["coordinates"]
    elif geometry["type"] == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield from polygon


def densify(ring, factor):
    """Put factor-1 evenly spaced points on every edge (the ring stays closed)."""
    out = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        for i in range(factor):
            t = i / factor
            out.append([round(x0 + (x1 - x0) * t, 7), round(y0 + (y1 - y0) * t, 7)])
    out.append(ring[-1])
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("n", type=int)
    p.add_argument("out", type=pathlib.Path)
    p.add_argument("--seed", type=int, default=1989)
    p.add_argument("--vertices", type=int)
    a = p.parse_args()
    rng = random.Random(a.seed)
    # 1× keeps the shipped boundaries; larger scales reach ~1 million positions at 20×.
    target = a.vertices if a.vertices is not None else (50_000 * a.n if a.n > 1 else 0)
    if a.out.exists():
        shutil.rmtree(a.out)
    shutil.copytree(ROOT / "assets" / "data", a.out / "data")
    shutil.copytree(ROOT / "assets" / "boundaries", a.out / "boundaries")

    events = a.out / "data" / "events.toml"
    events.write_text(copy_events(events.read_text(), a.n, rng))

    files = sorted((a.out / "boundaries").glob("*.geojson"))
    docs = {f: json.loads(f.read_text()) for f in files}
    total = sum(len(r) for d in docs.values() for ft in d["features"] for r in rings(ft["geometry"]))
    factor = max(1, math.ceil(target / total))
    positions = 0
    for f, d in docs.items():
        for ft in d["features"]:
            g = ft["geometry"]
            if g["type"] == "Polygon":
                g["coordinates"] = [densify(r, factor) for r in g["coordinates"]]
            elif g["type"] == "MultiPolygon":
                g["coordinates"] = [[densify(r, factor) for r in poly] for poly in g["coordinates"]]
            positions += sum(len(r) for r in rings(g))
        f.write_text(json.dumps(d, separators=(",", ":")))
    count = events.read_text().count("[[event]]")
    print(f"{a.out}: {count} events, {positions} boundary positions (×{factor} per edge)")


if __name__ == "__main__":
    main()
