//! Tests of the chronicle's loader (a broken events file gives located problems) and lookups.

use super::Chronicle;
use crate::load::AssetSet;

/// The errors of loading the embedded data with `text` as its events file.
fn with_events(text: &str) -> Result<Chronicle, String> {
    let set = AssetSet::embedded()
        .without_stories()
        .with("data/events.toml", text);
    crate::Dataset::load(&set)
        .map(|d| d.chronicle)
        .map_err(|ps| {
            ps.iter()
                .filter(|p| p.is_error())
                .map(ToString::to_string)
                .collect()
        })
}

#[test]
fn a_bad_date_is_reported_with_file_line_and_what_is_allowed() {
    let text = "[[event]]\nid = \"x\"\ndate = \"2008-02-30\"\nat = [\"gori\"]\nregion = \"georgia\"\ncategory = \"statement\"\ntitle = \"t\"\nsummary = \"s\"\nsources = [\"seed_000\"]\n";
    let err = with_events(text).unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("data/events.toml:3:"), "{msg}");
    assert!(
        msg.contains("2008-02-30 is not a day of the calendar"),
        "{msg}"
    );
}

#[test]
fn an_event_without_a_known_source_is_refused_at_its_line() {
    let text = "# comment\n\n[[event]]\nid = \"x\"\ndate = \"2008\"\nat = [\"gori\"]\nregion = \"georgia\"\ncategory = \"statement\"\ntitle = \"t\"\nsummary = \"s\"\nsources = [\"rumour\"]\n";
    let err = with_events(text).unwrap_err();
    assert_eq!(
        err.to_string(),
        "data/events.toml:11:11: event \"x\": field `sources`: unknown source id \"rumour\" (not in data/sources.toml)"
    );
}

#[test]
fn an_event_off_the_map_or_at_an_unknown_place_is_refused() {
    let off = "[[event]]\nid = \"x\"\ndate = \"2008\"\npoints = [{ name = \"Paris\", lon = 2.35, lat = 48.85 }]\nregion = \"georgia\"\ncategory = \"statement\"\ntitle = \"t\"\nsummary = \"s\"\nsources = [\"seed_000\"]\n";
    assert!(
        with_events(off)
            .unwrap_err()
            .to_string()
            .contains("inside 35–51° E, 37–47° N")
    );
    let unknown = off.replace(
        "points = [{ name = \"Paris\", lon = 2.35, lat = 48.85 }]",
        "at = [\"atlantis\"]",
    );
    assert!(
        with_events(&unknown)
            .unwrap_err()
            .to_string()
            .contains("unknown place id \"atlantis\"")
    );
}

#[test]
fn an_unknown_category_names_the_allowed_ones() {
    let text = "[[event]]\nid = \"x\"\ndate = \"2008\"\nat = [\"gori\"]\nregion = \"georgia\"\ncategory = \"rumour\"\ntitle = \"t\"\nsummary = \"s\"\nsources = [\"seed_000\"]\n";
    let msg = with_events(text).unwrap_err().to_string();
    assert!(
        msg.starts_with("data/events.toml:6:") && msg.contains("armed_conflict"),
        "{msg}"
    );
}

#[test]
fn titles_in_other_languages_are_optional_checked_and_read() {
    // One more event after the shipped ones.
    let shipped = crate::load::embedded::text("data/events.toml");
    let lines = shipped.lines().count();
    let event = |extra: &str| {
        format!(
            "{shipped}\n[[event]]\nid = \"x\"\ndate = \"2008\"\nat = [\"gori\"]\nregion = \"georgia\"\ncategory = \"statement\"\ntitle = \"t\"\n{extra}summary = \"s\"\nsources = [\"unsc_937\"]\n"
        )
    };
    let err = with_events(&event("title_ru = \" \"\n")).unwrap_err();
    assert!(
        err.starts_with(&format!("data/events.toml:{}:", lines + 9))
            && err.contains("field `title_ru`"),
        "{err}"
    );
    let c = match with_events(&event("title_ka = \"სათაური\"\n")) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let e = c.events.iter().find(|e| e.id == "x").unwrap();
    assert_eq!(e.title_in(crate::words::Lang::Ka), Some("სათაური"));
    assert_eq!(e.title_in(crate::words::Lang::Ru), None);
    assert_eq!(e.title_in(crate::words::Lang::En), Some("t"));
}

#[test]
fn the_events_at_a_place_are_those_with_a_point_there() {
    let c = &crate::dataset::shipped().chronicle;
    let at: Vec<_> = c.events_at_place("ergneti").collect();
    assert!(!at.is_empty());
    for i in &at {
        let e = c.events.get(*i).expect("an event");
        assert!(
            e.points
                .iter()
                .any(|p| p.place.as_deref() == Some("ergneti")),
            "{}",
            e.id
        );
    }
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "in the chronicle's order"
    );
    assert_eq!(c.events_at_place("no_such_place").count(), 0);
}
