//! GeoJSON and CSV for GIS tools. Dates are ISO days (`start`, `end`, `from`, `until`: a
//! date known only to the month or year spans its first to its last day, and
//! `date_precision` says so), which QGIS (through GDAL) reads as date fields and kepler.gl as
//! time fields; several source ids are joined by `;`.

use crate::Dataset;
use crate::chronicle::{ActIx, EventIx, PeriodIx, StateStatus};
use crate::date::{FuzzyDate, Precision};
use crate::ids::SourceId;
use geojson::{
    Feature, FeatureCollection, Geometry, GeometryValue as Value, JsonObject, JsonValue,
};

/// `day`, `month` or `year`.
fn precision(d: &FuzzyDate) -> &'static str {
    match d.precision {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

fn ids(sources: &[SourceId]) -> String {
    let ids: Vec<&str> = sources.iter().map(SourceId::as_str).collect();
    ids.join(";")
}

/// A feature collection as text.
fn collection(features: Vec<Feature>) -> String {
    FeatureCollection {
        bbox: None,
        features,
        foreign_members: None,
    }
    .to_string()
}

/// A feature from its geometry and `(name, value)` properties.
fn feature(geometry: Value, props: Vec<(&str, JsonValue)>) -> Feature {
    let properties: JsonObject = props.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    Feature {
        bbox: None,
        geometry: Some(Geometry::new(geometry)),
        id: None,
        properties: Some(properties),
        foreign_members: None,
    }
}

fn text(s: &str) -> JsonValue {
    JsonValue::String(s.to_owned())
}

/// Events as points, one feature per place an event happened at (events held off the map have
/// none: they are in the CSV).
pub fn events_geojson(data: &Dataset, events: &[EventIx]) -> String {
    let mut features = Vec::new();
    for e in events.iter().filter_map(|&i| data.chronicle.events.get(i)) {
        let end = e.end.unwrap_or(e.date);
        for p in &e.points {
            let props = vec![
                ("id", text(e.id.as_str())),
                ("title", text(&e.title)),
                ("start", text(&e.date.first.to_string())),
                ("end", text(&end.last.to_string())),
                ("date_precision", text(precision(&e.date))),
                ("category", text(e.category.label())),
                ("region", text(e.region.label())),
                ("place", text(&p.name)),
                (
                    "place_id",
                    p.place
                        .as_ref()
                        .map_or(JsonValue::Null, |id| text(id.as_str())),
                ),
                ("summary", text(&e.summary)),
                ("sources", text(&ids(&e.sources))),
            ];
            let point = Value::new_point([p.lonlat.lon, p.lonlat.lat]);
            features.push(feature(point, props));
        }
    }
    collection(features)
}

/// One feature per period of control of an area (of `periods`): its holder, from and until.
pub fn control_geojson(data: &Dataset, periods: &[PeriodIx]) -> String {
    let chronicle = &data.chronicle;
    let features = periods
        .iter()
        .filter_map(|&i| chronicle.periods.get(i))
        .filter_map(|p| {
            let area = chronicle.areas.get(p.area)?;
            let props = vec![
                ("id", text(&p.id)),
                ("area", text(area.id.as_str())),
                ("area_name", text(&area.name)),
                ("holder", text(&p.controller)),
                ("from", text(&p.from.first.to_string())),
                (
                    "until",
                    p.until
                        .map_or(JsonValue::Null, |u| text(&u.last.to_string())),
                ),
                ("from_precision", text(precision(&p.from))),
                ("note", text(&p.note)),
                ("sources", text(&ids(&p.sources))),
            ];
            Some(feature(Value::from(&area.shape.geometry), props))
        })
        .collect();
    collection(features)
}

/// The three regions as drawn, with their names and computed areas.
pub fn regions_geojson(data: &Dataset) -> String {
    let features = data
        .atlas
        .regions
        .iter()
        .map(|r| {
            let n = &r.names;
            let opt = |s: &Option<String>| s.as_deref().map_or(JsonValue::Null, text);
            let props = vec![
                ("id", text(r.id.as_str())),
                ("name_en", text(&n.name_en)),
                ("name_ka", opt(&n.name_ka)),
                ("name_ru", opt(&n.name_ru)),
                ("name_local", opt(&n.name_local)),
                ("area_km2", JsonValue::from(r.area_km2.round())),
            ];
            feature(Value::from(&r.shape.geometry), props)
        })
        .collect();
    collection(features)
}

/// The place fields shared by the GeoJSON and the CSV.
fn place_fields(p: &crate::atlas::Place) -> Vec<(&'static str, String)> {
    let n = &p.names;
    vec![
        ("id", p.id.to_string()),
        ("name_en", n.name_en.clone()),
        ("name_ka", n.name_ka.clone()),
        ("name_ru", n.name_ru.clone()),
        ("name_local", n.name_local.clone().unwrap_or_default()),
        ("rank", p.rank.to_string()),
        ("region", p.region.to_string()),
        (
            "source",
            p.source
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
        ),
    ]
}

/// Towns, villages and sites with their names in each script.
pub fn places_geojson(data: &Dataset) -> String {
    let features = data
        .atlas
        .places
        .iter()
        .map(|p| {
            let props = place_fields(p)
                .into_iter()
                .map(|(k, v)| match k {
                    "rank" => (k, JsonValue::from(p.rank)),
                    _ => (k, JsonValue::String(v)),
                })
                .collect();
            feature(Value::new_point([p.lon, p.lat]), props)
        })
        .collect();
    collection(features)
}

/// A CSV table from a header and rows.
fn table(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to memory fails only on a row of another length, which these never are.
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(&r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Every event, one row each, with its places and the first one's position.
pub fn events_csv(data: &Dataset, events: &[EventIx]) -> String {
    let header = [
        "id",
        "title",
        "start",
        "end",
        "date_precision",
        "category",
        "region",
        "places",
        "lon",
        "lat",
        "held_in",
        "summary",
        "sources",
    ];
    let rows = events
        .iter()
        .filter_map(|&i| data.chronicle.events.get(i))
        .map(|e| {
            let end = e.end.unwrap_or(e.date);
            let places: Vec<&str> = e.points.iter().map(|p| p.name.as_str()).collect();
            let first = e.points.first();
            vec![
                e.id.to_string(),
                e.title.clone(),
                e.date.first.to_string(),
                end.last.to_string(),
                precision(&e.date).to_owned(),
                e.category.label().to_owned(),
                e.region.label().to_owned(),
                places.join(";"),
                first.map(|p| p.lonlat.lon.to_string()).unwrap_or_default(),
                first.map(|p| p.lonlat.lat.to_string()).unwrap_or_default(),
                e.held_in.clone().unwrap_or_default(),
                e.summary.clone(),
                ids(&e.sources),
            ]
        });
    table(&header, rows)
}

/// Recognition acts and statements (`acts`): who, whom, what, when (and what the date stands
/// for).
pub fn recognitions_csv(data: &Dataset, acts: &[ActIx]) -> String {
    let chronicle = &data.chronicle;
    let header = [
        "state_id",
        "state",
        "state_status",
        "entity",
        "direction",
        "action",
        "date",
        "date_precision",
        "dated_by",
        "said_by",
        "note",
        "sources",
    ];
    let rows = acts
        .iter()
        .filter_map(|&i| chronicle.acts.get(i))
        .filter_map(|a| {
            let s = chronicle.states.get(a.state)?;
            let status = match s.status {
                StateStatus::UnMember => "un_member",
                StateStatus::PartiallyRecognised => "partially_recognised",
            };
            Some(vec![
                s.id.to_string(),
                s.name.clone(),
                status.to_owned(),
                a.entity.region_id().to_owned(),
                format!("{:?}", a.direction).to_lowercase(),
                format!("{:?}", a.action).to_lowercase(),
                a.date.first.to_string(),
                precision(&a.date).to_owned(),
                format!("{:?}", a.dated_by).to_lowercase(),
                a.said_by.clone().unwrap_or_default(),
                a.note.clone(),
                ids(&a.sources),
            ])
        });
    table(&header, rows)
}

/// Places with their position.
pub fn places_csv(data: &Dataset) -> String {
    let mut header: Vec<&str> = Vec::new();
    let mut rows = Vec::new();
    for p in data.atlas.places.iter() {
        let fields = place_fields(p);
        if header.is_empty() {
            header = fields.iter().map(|(k, _)| *k).collect();
            header.extend(["lon", "lat"]);
        }
        let mut row: Vec<String> = fields.into_iter().map(|(_, v)| v).collect();
        row.extend([p.lon.to_string(), p.lat.to_string()]);
        rows.push(row);
    }
    table(&header, rows)
}

/// The bibliography: `only` these sources, or all.
pub fn sources_csv(data: &Dataset, only: Option<&[SourceId]>) -> String {
    let header = ["id", "title", "publisher", "date", "url", "accessed"];
    let rows = super::citations::chosen(&data.sources, only)
        .into_iter()
        .map(|(id, s)| {
            vec![
                id.to_string(),
                s.title.clone(),
                s.publisher.clone(),
                s.date.clone(),
                s.url.clone(),
                s.accessed.clone(),
            ]
        });
    table(&header, rows)
}
