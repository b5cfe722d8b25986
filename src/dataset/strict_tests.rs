//! What the loaders once let pass in silence, now said where it is: a date off the timeline,
//! an id outside the alphabet or one a reader cannot tell from another, a blank name, a GeoJSON
//! `bbox` that is not one, an id listed twice.

use super::tests::{EVENTS, at, broken};
use super::*;

#[test]
fn a_date_off_the_timeline_is_a_warning_and_the_event_loads() {
    let shipped = AssetSet::embedded().file(EVENTS).text;
    for (year, date) in [
        ("9999", "9999-04-09"),
        ("0001", "0001-04-09"),
        ("1900", "1900-04-09"),
    ] {
        let text = shipped.replacen("date = \"1989-04-09\"", &format!("date = \"{date}\""), 1);
        let set = AssetSet::embedded().with(EVENTS, text.clone());
        let d = match Dataset::load(&set) {
            Ok(d) => d,
            Err(ps) => panic!("{ps}"),
        };
        let at = at(EVENTS, &text, &format!("\"{year}-04-09\""), 0);
        let expected = format!(
            "{at}: warning: event \"tbilisi_april_9_1989\": field `date`: {} is outside the timeline (1989-01-01 to {}), so it is never shown",
            crate::date::FuzzyDate::parse(date)
                .map(|d| d.label())
                .unwrap_or_default(),
            crate::Date::today()
        );
        assert!(
            d.warnings.iter().any(|w| w.to_string() == expected),
            "{expected}\n{}",
            d.warnings
        );
    }
}

#[test]
fn an_id_outside_the_alphabet_or_one_a_reader_cannot_tell_apart_is_located() {
    let (ps, text) = broken(
        EVENTS,
        "id = \"tbilisi_april_9_1989\"",
        "id = \"tbilisi april 9\"",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: event \"tbilisi april 9\": field `id`: expected an id of ASCII letters, digits, _ and - (starting with a letter or a digit, at most 64 long), found \"tbilisi april 9\"",
            at(EVENTS, &text, "\"tbilisi april 9\"", 0)
        )]
    );
    let (ps, _) = broken(
        EVENTS,
        "id = \"tbilisi_april_9_1989\"",
        "id = \"Sochi_Agreement_1992\"",
    );
    assert!(
        ps.iter().any(|p| p.contains(
            "field `id`: expected ids a reader can tell apart; \"sochi_agreement_1992\" differs from \"Sochi_Agreement_1992\" only by case or - for _"
        )),
        "{ps:?}"
    );
}

#[test]
fn a_blank_name_in_a_language_is_located() {
    let (ps, text) = broken(
        "data/places.toml",
        "name_ka = \"თბილისი\"",
        "name_ka = \"  \"",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: place \"tbilisi\": field `name_ka`: expected a non-empty text",
            at("data/places.toml", &text, "name_ka = \"  \"", 10)
        )]
    );
    let file = "boundaries/regions.geojson";
    let (ps, _) = broken(file, "\"name_ka\":\"აფხაზეთი\"", "\"name_ka\":\"\"");
    assert!(
        ps.iter()
            .any(|p| p.starts_with(file)
                && p.ends_with("field `name_ka`: expected a non-empty text")),
        "{ps:?}"
    );
}

#[test]
fn a_bbox_that_is_not_one_and_a_source_listed_twice_are_warnings() {
    let file = "boundaries/regions.geojson";
    let shipped = AssetSet::embedded().file(file).text;
    let text = shipped.replacen(
        "{\"type\":\"FeatureCollection\",",
        "{\"type\":\"FeatureCollection\",\"bbox\":\"garbage\",",
        1,
    );
    let events = AssetSet::embedded().file(EVENTS).text.replacen(
        "sources = [\"wiki_abkhazia_conflict\", \"ghn_april9_2012\"]",
        "sources = [\"wiki_abkhazia_conflict\", \"wiki_abkhazia_conflict\"]",
        1,
    );
    let set = AssetSet::embedded()
        .with(file, text)
        .with(EVENTS, events.clone());
    let d = match Dataset::load(&set) {
        Ok(d) => d,
        Err(ps) => panic!("{ps}"),
    };
    let warnings = d.warnings.to_string();
    assert!(
        warnings.contains(&format!(
            "{file}:1:29: warning: field `bbox`: expected `bbox` as [west, south, east, north], found \"garbage\"; it is not used"
        )),
        "{warnings}"
    );
    let twice = at(EVENTS, &events, "[\"wiki_abkhazia_conflict\", \"wiki", 0);
    assert!(
        warnings.contains(&format!(
            "{twice}: warning: event \"tbilisi_april_9_1989\": field `sources`: \"wiki_abkhazia_conflict\" is listed twice; once is enough"
        )),
        "{warnings}"
    );
}
