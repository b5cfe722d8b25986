"""Local corrections of the two administrative boundary lines from cited constraints.

Used by tools/build_assets.py (see assets/README.md, "How the lines are drawn").

Input: the Natural Earth lines and assets/data/line_points.toml, where each [[point]] is a
settlement or crossing whose side of a line is published: `side` is `georgia`, `abkhazia`,
`south_ossetia`, or `line` (a crossing point the line passes through).

Method ("local corrections"): the line is kept and pushed, locally and smoothly, past every
constraint on the wrong side of it or nearer to it than MARGIN_KM. Each push is a smooth bump
of the plane (a displacement that falls to zero at radius R >= 2.5 x its size, so each step is a
one-to-one map and the line never crosses itself); the pushes are repeated until every
constraint holds. Where no constraint is near, the line is left exactly as it was. Everything
is plain floating-point arithmetic in a fixed order: the same inputs give the same output.
"""
import math
import tomllib

from shapely.geometry import LineString, Point, Polygon
from shapely.ops import snap, split

MARGIN_KM = 0.3          # a settlement lies at least this far on its side of the line
ON_LINE_KM = 0.15        # a crossing point lies at most this far from the line
DENSIFY_KM = 0.1         # vertex spacing where the line is moved
MIN_RADIUS_KM = 2.0      # smallest bump radius (a push of up to 0.8 km)
RADIUS_FACTOR = 2.5      # bump radius / bump size (>= 1.54 keeps each step one-to-one)
STEP_KM = 3.0            # largest push in one round: big corrections are made in steps, so
                         # that each bump stays local (radius <= 7.5 km)
ENDS_KM = 3.0            # the line's ends (on Georgia's border) stay fixed; taper over this
SIMPLIFY_KM = 0.02       # moved stretches are simplified to 20 m
MAX_ROUNDS = 400
LAT0 = 42.3              # local plane: equirectangular about 42.3 N (the lines lie 42.0-43.3 N)
KX = 111.320 * math.cos(math.radians(LAT0))
KY = 110.574

SEEDS = {"abkhazia": (41.0234, 43.0015), "south_ossetia": (43.9686, 42.2276)}  # Sukhumi, Tskhinvali
SIDES = {"georgia", "abkhazia", "south_ossetia", "line"}


def to_km(lon, lat):
    return (lon * KX, lat * KY)


def to_deg(x, y):
    return (x / KX, y / KY)


def load_points(path, sources=None):
    """Read line_points.toml; check ids, sides, lines and (if given) source ids."""
    with open(path, "rb") as f:
        data = tomllib.load(f)
    points, seen = [], set()
    for p in data.get("point", []):
        pid = p["id"]
        if pid in seen:
            raise SystemExit(f"{path}: duplicate point id {pid}")
        seen.add(pid)
        if p["line"] not in SEEDS:
            raise SystemExit(f"{path}: {pid}: unknown line {p['line']}")
        if p["side"] not in SIDES or p["side"] not in ("georgia", "line", p["line"]):
            raise SystemExit(f"{path}: {pid}: side {p['side']} does not fit line {p['line']}")
        if not p.get("sources"):
            raise SystemExit(f"{path}: {pid}: no sources")
        if sources is not None:
            for s in p["sources"]:
                if s not in sources:
                    raise SystemExit(f"{path}: {pid}: unknown source {s}")
        points.append(p)
    return points


def _region(georgia_km, line_km, seed_km):
    """The piece of Georgia's polygon, split by the line, that holds the seed."""
    snapped = snap(line_km, georgia_km.boundary, 1e-4)
    pieces = list(split(georgia_km, snapped).geoms)
    if len(pieces) != 2:
        raise SystemExit(f"line correction: splitting gave {len(pieces)} pieces, expected 2")
    return next(p for p in pieces if p.contains(seed_km))


def _densify(coords, step):
    out, orig = [coords[0]], [True]
    for (x0, y0), (x1, y1) in zip(coords, coords[1:]):
        n = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / step))
        for k in range(1, n + 1):
            t = k / n
            out.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
            orig.append(k == n)
    return out, orig


def _bump(r, radius):
    if r >= radius:
        return 0.0
    q = r / radius
    return (1.0 - q * q) ** 2


def _smoothstep(t):
    if t <= 0.0:
        return 0.0
    if t >= 1.0:
        return 1.0
    return t * t * (3.0 - 2.0 * t)


def _demands(region, line, pts):
    """For each constraint not yet met: (centre on the line, displacement vector)."""
    out = []
    for p in pts:
        pt = Point(p["xy"])
        d = line.distance(pt)
        c = line.interpolate(line.project(pt))
        cx, cy = c.x, c.y
        px, py = p["xy"]
        if p["side"] == "line":
            if d <= p["margin"]:
                continue
            k = (d - 0.5 * p["margin"]) / d  # pull the line to within half the tolerance
            out.append(((cx, cy), ((px - cx) * k, (py - cy) * k)))
            continue
        inside = region.contains(pt)
        want_inside = p["side"] != "georgia"
        s = d if inside == want_inside else -d  # signed distance, > 0 on the right side
        # aim SIMPLIFY_KM beyond the margin, so that simplifying the moved stretch keeps it
        need = p["margin"] + SIMPLIFY_KM - s
        if need <= 1e-9:
            continue
        if d < 1e-9:  # exactly on the line: push along the line's normal
            a = line.interpolate(max(0.0, line.project(pt) - 0.05))
            b = line.interpolate(min(line.length, line.project(pt) + 0.05))
            nx, ny = -(b.y - a.y), b.x - a.x
            nn = math.hypot(nx, ny)
            nx, ny = nx / nn, ny / nn
            probe = Point(px + nx * 0.01, py + ny * 0.01)
            # the line must move towards the side the point must NOT be on
            if region.contains(probe) == want_inside:
                nx, ny = -nx, -ny
        else:
            ux, uy = (px - cx) / d, (py - cy) / d
            # wrong side: move the line past the point (towards it); right side but too
            # close: move it away from the point
            nx, ny = (ux, uy) if s < 0 else (-ux, -uy)
        out.append(((cx, cy), (nx * need, ny * need)))
    return out


def correct_line(georgia_km, line_km, pts, seed_km):
    """Move the line (km coordinates) until every constraint in pts holds.

    Returns (new line, per-vertex total displacement, rounds used)."""
    coords = list(line_km.coords)
    dense, orig = _densify(coords, DENSIFY_KM)
    start = list(dense)
    ends = (dense[0], dense[-1])
    rounds = 0
    for rounds in range(1, MAX_ROUNDS + 1):
        line = LineString(dense)
        region = _region(georgia_km, line, seed_km)
        demands = _demands(region, line, pts)
        if not demands:
            rounds -= 1
            break
        bumps = []
        for (cx, cy), (vx, vy) in demands:
            size = math.hypot(vx, vy)
            if size > STEP_KM:
                vx, vy, size = vx * STEP_KM / size, vy * STEP_KM / size, STEP_KM
            bumps.append((cx, cy, vx, vy, max(MIN_RADIUS_KM, RADIUS_FACTOR * size)))
        new = []
        for (x, y) in dense:
            taper = _smoothstep(min(math.hypot(x - e[0], y - e[1]) for e in ends) / ENDS_KM)
            if taper == 0.0:
                new.append((x, y))
                continue
            sx = sy = sw = 0.0
            for cx, cy, vx, vy, rad in bumps:
                w = _bump(math.hypot(x - cx, y - cy), rad)
                if w > 0.0:
                    sx += vx * w
                    sy += vy * w
                    sw += w
            if sw > 1.0:  # overlapping pushes: average, never add up
                sx, sy = sx / sw, sy / sw
            new.append((x + sx * taper, y + sy * taper))
        dense = new
    else:
        raise SystemExit(f"line correction: constraints still unmet after {MAX_ROUNDS} rounds")
    moved = [math.hypot(a[0] - b[0], a[1] - b[1]) for a, b in zip(dense, start)]
    # Keep the original vertices where nothing moved; simplify the moved stretches.
    out, i, n = [], 0, len(dense)
    while i < n:
        if moved[i] < 1e-6:
            if orig[i]:
                out.append(dense[i])
            i += 1
            continue
        j = i
        while j < n and moved[j] >= 1e-6:
            j += 1
        run = dense[max(i - 1, 0): min(j + 1, n)]
        simple = list(LineString(run).simplify(SIMPLIFY_KM, preserve_topology=False).coords)
        if i > 0:
            simple = simple[1:]  # the unmoved anchor before the run is already in `out`
        if j < n:
            simple = simple[:-1]  # the anchor after the run comes next
        out.extend(simple)
        i = j
    return LineString(out), moved, rounds


def project_geom(geom, fn):
    from shapely.ops import transform
    return transform(lambda x, y, z=None: fn(x, y), geom)


def correct_lines(georgia, lines, points):
    """georgia: Georgia's whole polygon (lon/lat); lines: {"abkhazia": LineString,
    "south_ossetia": LineString} (lon/lat). Returns (corrected lines, report)."""
    g_km = project_geom(georgia, lambda x, y: to_km(x, y))
    out, report = {}, {}
    for name, line in lines.items():
        pts = []
        for p in points:
            if p["line"] != name:
                continue
            pts.append({**p, "xy": to_km(p["lon"], p["lat"])})
        # Where settlements of opposite sides lie close together, the margin shrinks to 40 %
        # of their distance so both can hold.
        for p in pts:
            m = MARGIN_KM if p["side"] != "line" else ON_LINE_KM
            if p["side"] != "line":
                for q in pts:
                    if q["side"] not in ("line", p["side"]):
                        d = math.hypot(p["xy"][0] - q["xy"][0], p["xy"][1] - q["xy"][1])
                        m = min(m, 0.4 * d)
            p["margin"] = m
        seed = Point(to_km(*SEEDS[name]))
        l_km = project_geom(line, lambda x, y: to_km(x, y))
        new_km, moved, rounds = correct_line(g_km, l_km, pts, seed)
        out[name] = project_geom(new_km, lambda x, y: to_deg(x, y))
        report[name] = {"rounds": rounds, "max_moved_km": max(moved), "constraints": len(pts)}
    return out, report


# Natural Earth's own error where no constraint is near: the 90th percentile of its distance
# from a much finer trace (shared/reviews/line-2026-12.md: 5.2 km South Ossetia, 3.8 km Abkhazia).
NE_ERROR_KM = {"south_ossetia": 5.0, "abkhazia": 4.0}


def uncertainty_pieces(line, points, name, step_km=0.5, reach_km=8.0):
    """Split the line into pieces with an uncertainty width: at each point of the line, the
    distance to the nearest constraint of each side, summed (the line lies somewhere in that
    gap), in steps of 0.5 km. Where either side has no constraint within reach_km, or the gap is
    wider than Natural Earth's own error, the width is that error (basis "natural_earth")."""
    base_km = NE_ERROR_KM[name]
    l_km = project_geom(line, lambda x, y: to_km(x, y))
    here = [(to_km(p["lon"], p["lat"]), p["side"]) for p in points if p["line"] == name]
    inside = [xy for xy, s in here if s in (name, "line")]
    outside = [xy for xy, s in here if s in ("georgia", "line")]
    n = max(1, math.ceil(l_km.length / step_km))
    samples = []
    for k in range(n + 1):
        q = l_km.interpolate(l_km.length * k / n)
        di = min((math.hypot(q.x - a, q.y - b) for a, b in inside), default=math.inf)
        do = min((math.hypot(q.x - a, q.y - b) for a, b in outside), default=math.inf)
        if di > reach_km or do > reach_km:
            samples.append((base_km, "natural_earth"))
        else:
            w = max(0.5, math.ceil((di + do) * 2.0) / 2.0)
            samples.append((w, "constraints") if w < base_km else (base_km, "natural_earth"))
    pieces, start = [], 0
    for k in range(1, n + 2):
        if k == n + 1 or samples[k] != samples[start]:
            a = l_km.length * start / n
            b = l_km.length * min(k, n) / n
            if b > a:
                from shapely.ops import substring
                seg = substring(l_km, a, b)
                pieces.append((project_geom(seg, lambda x, y: to_deg(x, y)),) + samples[start])
            start = k
    return pieces
