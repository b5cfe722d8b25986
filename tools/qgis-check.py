"""Open the GeoJSON export in QGIS (headless, its Python API) and ask its Temporal Controller
what the map holds on two days, as a QGIS user would set it up.

Usage: caucasus-atlas --export-data geojson DIR; QT_QPA_PLATFORM=offscreen /usr/bin/python3
tools/qgis-check.py DIR (needs Debian's python3-qgis; too heavy for CI, which reads the same
files with GDAL's ogrinfo).

Events: "start and end date/time from fields" (`start`, `end`). Control areas: from
expressions, `"from"` and `coalesce("until", now())`: QGIS 3.22 with GDAL 3.6 leaves out a
feature whose end field is empty in the fields mode, and a period still holding has none.
"""

import sys

from qgis.core import (
    QgsApplication,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
    QgsVectorLayerTemporalProperties as Temporal,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, Qt


def shown(layer, y, m, d):
    """How many features the Temporal Controller shows on day y-m-d."""
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    day = QDateTime(QDate(y, m, d), QTime(0, 0), Qt.UTC)
    where = layer.temporalProperties().createFilterString(
        context, QgsDateTimeRange(day, day.addDays(1))
    )
    return sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterExpression(where)))


def main(folder):
    app = QgsApplication([], False)
    app.initQgis()
    layers = {}
    for name in ["events", "control_areas", "regions", "places"]:
        layer = QgsVectorLayer(f"{folder}/{name}.geojson", name, "ogr")
        assert layer.isValid(), name
        layers[name] = layer
        types = {f.name(): f.typeName() for f in layer.fields()}
        dates = {k: v for k, v in types.items() if v in ("Date", "DateTime")}
        print(f"QGIS: {name}.geojson: {layer.featureCount()} features, dates {dates}")
    assert {"start", "end"} <= {f.name() for f in layers["events"].fields()}

    events = layers["events"].temporalProperties()
    events.setIsActive(True)
    events.setMode(Temporal.ModeFeatureDateTimeStartAndEndFromFields)
    events.setStartField("start")
    events.setEndField("end")
    control = layers["control_areas"].temporalProperties()
    control.setIsActive(True)
    control.setMode(Temporal.ModeFeatureDateTimeStartAndEndFromExpressions)
    control.setStartExpression('"from"')
    control.setEndExpression('coalesce("until", now())')
    for y, m, d in [(2008, 8, 12), (2020, 3, 1)]:
        e = shown(layers["events"], y, m, d)
        c = shown(layers["control_areas"], y, m, d)
        print(f"QGIS Temporal Controller on {y}-{m:02}-{d:02}: {e} event points, {c} areas held")
        assert c > 0, "no area held"
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out")
