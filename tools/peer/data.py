#!/usr/bin/env python3
"""Write data.js for the browser peer (tools/peer/index.html) from the atlas's own assets:
the region, neighbour and control-area polygons, the places events happened at, and every
event as a TimelineJS slide (its date, title and summary).

    tools/peer/data.py ASSETS_DIR OUT.js
"""

import json
import pathlib
import sys
import tomllib

assets, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
geo = lambda name: json.loads((assets / "boundaries" / name).read_text())
data = tomllib.loads((assets / "data" / "events.toml").read_text())
places = tomllib.loads((assets / "data" / "places.toml").read_text())["place"]
at = {p["id"]: p for p in places}
events, used = [], {}
for e in data["event"]:
    y, *md = (int(x) for x in e["date"].split("-"))
    start = {"year": y}
    if md:
        start["month"] = md[0]
    if len(md) > 1:
        start["day"] = md[1]
    events.append({"start_date": start, "text": {"headline": e["title"], "text": e["summary"]}})
    for pid in e.get("at", []):
        if pid in at:
            used[pid] = {"lat": at[pid]["lat"], "lon": at[pid]["lon"], "name": at[pid]["name_en"]}
peer = {
    "regions": geo("regions.geojson"),
    "neighbours": geo("neighbours.geojson"),
    "control": geo("control_areas.geojson"),
    "places": list(used.values()),
    "events": events,
}
out.write_text("const PEER = " + json.dumps(peer, ensure_ascii=False) + ";\n")
print(f"{out}: {len(events)} events, {len(used)} places")
