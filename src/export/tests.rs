//! Tests of the exports on the shipped data: what each file holds, read back by serde and the
//! `csv` reader (CI reads them again with GDAL, Python's csv, citeproc-py and pybtex).

use super::*;
use crate::dataset::shipped;
use crate::ids::SourceId;

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    let rows = r
        .records()
        .map(|rec| {
            rec.map(|r| r.iter().map(str::to_owned).collect())
                .unwrap_or_default()
        })
        .collect();
    (header, rows)
}

#[test]
fn events_are_points_with_iso_dates_and_every_event_is_a_row() {
    let data = shipped();
    let all: Vec<_> = data.chronicle.events.ixs().collect();
    let fc: geojson::FeatureCollection = events_geojson(data, &all).parse().expect("GeoJSON");
    let points: usize = data.chronicle.events.iter().map(|e| e.points.len()).sum();
    assert_eq!(fc.features.len(), points);
    let f = fc
        .features
        .iter()
        .find(|f| f.property("id").and_then(|v| v.as_str()) == Some("russia_recognition_2008"))
        .expect("the recognition of 26 August 2008");
    assert_eq!(
        f.property("start").and_then(|v| v.as_str()),
        Some("2008-08-26")
    );
    assert_eq!(
        f.property("date_precision").and_then(|v| v.as_str()),
        Some("day")
    );

    let (header, rows) = read_csv(&events_csv(data, &all));
    assert_eq!(header.first().map(String::as_str), Some("id"));
    assert_eq!(rows.len(), data.chronicle.events.len());
    assert!(rows.iter().all(|r| r.len() == header.len()));
    // A subset (the filtered list) gives only its events.
    let some = &all[..3.min(all.len())];
    assert_eq!(read_csv(&events_csv(data, some)).1.len(), some.len());
}

#[test]
fn control_regions_and_places_are_features_with_their_fields() {
    let data = shipped();
    let periods: Vec<_> = data.chronicle.periods.ixs().collect();
    let fc: geojson::FeatureCollection = control_geojson(data, &periods).parse().expect("GeoJSON");
    assert_eq!(fc.features.len(), data.chronicle.periods.len());
    assert!(fc.features.iter().all(|f| f.property("holder").is_some()));
    let fc: geojson::FeatureCollection = regions_geojson(data).parse().expect("GeoJSON");
    assert_eq!(fc.features.len(), 3);
    let fc: geojson::FeatureCollection = places_geojson(data).parse().expect("GeoJSON");
    assert_eq!(fc.features.len(), data.atlas.places.len());
    let (header, rows) = read_csv(&places_csv(data));
    assert!(header.contains(&"name_ka".to_owned()) && header.contains(&"lat".to_owned()));
    assert!(rows.iter().any(|r| r.contains(&"ცხინვალი".to_owned())));
    let acts: Vec<_> = data.chronicle.acts.ixs().collect();
    let (header, rows) = read_csv(&recognitions_csv(data, &acts));
    assert_eq!(rows.len(), data.chronicle.acts.len());
    let action = header
        .iter()
        .position(|h| h == "action")
        .expect("an action column");
    assert!(
        rows.iter()
            .any(|r| r.get(action).map(String::as_str) == Some("withdrew"))
    );
    assert_eq!(
        read_csv(&sources_csv(data, None)).1.len(),
        data.sources.len()
    );
}

#[test]
fn the_bibliography_in_three_formats_has_every_source_once() {
    let data = shipped();
    let n = data.sources.len();
    let items: Vec<serde_json::Value> =
        serde_json::from_str(&csl_json(&data.sources, None)).expect("CSL-JSON");
    assert_eq!(items.len(), n);
    let item = items
        .iter()
        .find(|i| i["id"] == "rferl_nauru_2009")
        .expect("a source");
    assert_eq!(item["issued"]["date-parts"][0][0], 2009);
    assert_eq!(item["type"], "webpage");
    let bib = bibtex(&data.sources, None);
    assert_eq!(bib.matches("@online{").count(), n);
    // Braces balance in every entry (a title's brace is escaped).
    for entry in bib.split("@online").skip(1) {
        let open = entry.matches('{').count() - entry.matches("\\{").count();
        let close = entry.matches('}').count() - entry.matches("\\}").count();
        assert_eq!(open, close, "{entry}");
    }
    let ris = ris(&data.sources, None);
    assert_eq!(ris.matches("TY  - ELEC").count(), n);
    assert_eq!(ris.matches("ER  - ").count(), n);
    // Only the chosen ones.
    let one = [SourceId::new("rferl_nauru_2009")];
    assert_eq!(
        bibtex(&data.sources, Some(&one))
            .matches("@online{")
            .count(),
        1
    );
}

#[test]
fn an_export_writes_whole_files_and_an_unwritable_folder_is_an_error() {
    let dir = std::env::temp_dir().join(format!("atlas-export-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files = export(shipped(), Format::Csv, Scope::All, &dir).expect("written");
    assert_eq!(files.len(), 4);
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the folder")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".part")), "{names:?}");
    // A file where the folder should be: nothing written, a clear error.
    let blocked = dir.join("events.csv").join("sub");
    let err = export(shipped(), Format::Ris, Scope::All, &blocked).expect_err("not a folder");
    assert!(err.to_string().contains("events.csv"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_list_of_events_is_exported_with_its_sources_and_nothing_else() {
    let data = shipped();
    let ids = vec![crate::ids::EventId::new("russia_recognition_2008")];
    let dir = std::env::temp_dir().join(format!("atlas-export-list-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files = export(data, Format::Csv, Scope::Events(ids), &dir).expect("written");
    let names: Vec<String> = files
        .iter()
        .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    assert_eq!(names, ["events.csv", "sources.csv"]);
    let (_, events) = read_csv(&std::fs::read_to_string(dir.join("events.csv")).expect("events"));
    assert_eq!(events.len(), 1);
    let e = data
        .chronicle
        .event_index("russia_recognition_2008")
        .and_then(|i| data.chronicle.events.get(i))
        .expect("the event");
    let (_, sources) =
        read_csv(&std::fs::read_to_string(dir.join("sources.csv")).expect("sources"));
    assert_eq!(sources.len(), e.sources.len());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn one_date_s_export_holds_what_the_map_shows_on_it_and_the_sources_behind_it() {
    let data = shipped();
    let day = crate::date::Date::parse("2008-08-26").expect("a day");
    let dir = std::env::temp_dir().join(format!("atlas-export-day-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    export(data, Format::Csv, Scope::OnDate(day), &dir).expect("written");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect(name);
    let (header, events) = read_csv(&read("events.csv"));
    let begun = data
        .chronicle
        .events
        .iter()
        .filter(|e| e.first_day() <= day)
        .count();
    assert_eq!(events.len(), begun);
    let start = header
        .iter()
        .position(|h| h == "start")
        .expect("a start column");
    assert!(
        events
            .iter()
            .all(|r| r.get(start).is_some_and(|s| s.as_str() <= "2008-08-26"))
    );
    let (_, acts) = read_csv(&read("recognitions.csv"));
    assert!(acts.len() < data.chronicle.acts.len() && !acts.is_empty());
    // The bibliography: the sources of those records, each once.
    let (_, sources) = read_csv(&read("sources.csv"));
    assert!(sources.len() < data.sources.len() && !sources.is_empty());
    let cited = events
        .iter()
        .filter_map(|r| r.last())
        .flat_map(|s| s.split(';'));
    let ids: Vec<&str> = sources
        .iter()
        .filter_map(|r| r.first())
        .map(String::as_str)
        .collect();
    for id in cited.filter(|id| !id.is_empty()) {
        assert!(ids.contains(&id), "{id} is cited and listed");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
