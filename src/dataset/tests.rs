//! One test per kind of problem a user's data can have: each asserts the exact location
//! (found by searching the broken text, so the test follows the data) and the message.

use super::*;
use crate::load::line_column;

/// The embedded set with the first `from` in `file` replaced by `to`; the problems of its
/// load and the broken text.
pub(super) fn broken(file: &str, from: &str, to: &str) -> (Vec<String>, String) {
    let text = AssetSet::embedded().file(file).text;
    assert!(text.contains(from), "{file} has no {from:?}");
    let text = text.replacen(from, to, 1);
    // Without the stories: a broken record they name would be reported twice.
    let set = AssetSet::embedded()
        .without_stories()
        .with(file, text.clone());
    match Dataset::load(&set) {
        Ok(_) => panic!("{file} with {to:?} must not load"),
        Err(ps) => (
            ps.iter()
                .filter(|p| p.is_error())
                .map(ToString::to_string)
                .collect(),
            text,
        ),
    }
}

/// "file:line:column" of the first `needle` in `text` (plus `skip` bytes).
pub(super) fn at(file: &str, text: &str, needle: &str, skip: usize) -> String {
    let offset = text.find(needle).map(|o| o + skip).unwrap_or_default();
    let (l, c) = line_column(text, offset);
    format!("{file}:{l}:{c}")
}

pub(super) const EVENTS: &str = "data/events.toml";

/// The depth the record was brought to (issue 18): at least 300 events, 150 of them after
/// 2008 and 30 at the lines; 80 places; the counted series; and what Abkhazia and South
/// Ossetia themselves recognised.
#[test]
fn the_record_is_as_deep_after_2008_as_before() {
    let d = crate::dataset::shipped();
    let c = &d.chronicle;
    let after_2008 = match crate::date::Date::parse("2009-01-01") {
        Ok(day) => c.events.iter().filter(|e| e.first_day() >= day).count(),
        Err(e) => panic!("{e}"),
    };
    let line = c
        .events
        .iter()
        .filter(|e| e.category == crate::chronicle::Category::Borderization)
        .count();
    let own_acts = c
        .acts
        .iter()
        .filter(|a| a.direction == crate::chronicle::Direction::By)
        .count();
    let counts = (
        c.events.len(),
        after_2008,
        line,
        d.atlas.places.len(),
        c.series.len(),
        own_acts,
    );
    assert!(counts.0 >= 300, "events: {counts:?}");
    assert!(counts.1 >= 150, "events after 2008: {counts:?}");
    assert!(counts.2 >= 30, "events at the lines: {counts:?}");
    assert!(counts.3 >= 80, "places: {counts:?}");
    assert!(counts.4 >= 5, "series: {counts:?}");
    assert!(counts.5 >= 6, "acts of recognition by the two: {counts:?}");
}

#[test]
fn the_shipped_data_loads_with_no_errors() {
    let d = crate::dataset::shipped();
    assert_eq!(d.atlas.regions.len(), 3);
    assert!(d.world.len() > 200);
    assert_eq!(d.description, "embedded data");
}

#[test]
fn a_day_that_does_not_exist_names_the_record_and_the_value() {
    let (ps, text) = broken(EVENTS, "date = \"1992-06-24\"", "date = \"1992-06-31\"");
    assert_eq!(
        ps,
        [format!(
            "{}: event \"sochi_agreement_1992\": 1992-06-31 is not a day of the calendar",
            at(EVENTS, &text, "\"1992-06-31\"", 0)
        )]
    );
}

#[test]
fn an_end_before_its_start_is_located_at_the_end() {
    let (ps, text) = broken(
        EVENTS,
        "date = \"1992-06-24\"\n",
        "date = \"1992-06-24\"\nend = \"1992-06-01\"\n",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: event \"sochi_agreement_1992\": field `end`: expected an end on or after the date 24 June 1992, found 1 June 1992",
            at(EVENTS, &text, "\"1992-06-01\"", 0)
        )]
    );
}

#[test]
fn unknown_place_and_source_ids_are_each_reported() {
    let (ps, text) = broken(
        EVENTS,
        "at = [\"tskhinvali\"]\nwhere = \"Sochi (Dagomys), Russia\"",
        "at = [\"atlantis\"]\nwhere = \"Sochi (Dagomys), Russia\"",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: event \"sochi_agreement_1992\": field `at`: unknown place id \"atlantis\" (not in data/places.toml)",
            at(EVENTS, &text, "[\"atlantis\"]", 0)
        )]
    );
    let (ps, text) = broken(
        EVENTS,
        "sources = [\"iiffmcg_2009\", \"wiki_so_war_1991\"]",
        "sources = [\"iiffmcg_2009\", \"nobody_2020\"]",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: event \"sochi_agreement_1992\": field `sources`: unknown source id \"nobody_2020\" (not in data/sources.toml)",
            at(EVENTS, &text, "[\"iiffmcg_2009\", \"nobody_2020\"]", 0)
        )]
    );
}

#[test]
fn missing_and_empty_required_fields_are_problems() {
    let (ps, text) = broken(
        EVENTS,
        "title = \"Sochi (Dagomys) agreement ends the South Ossetia war\"",
        "title = \" \"",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: event \"sochi_agreement_1992\": field `title`: expected a non-empty text",
            at(EVENTS, &text, "\" \"", 0)
        )]
    );
    let (ps, _) = broken(
        EVENTS,
        "title = \"Sochi (Dagomys) agreement ends the South Ossetia war\"\n",
        "",
    );
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert!(
        ps[0].contains("event \"sochi_agreement_1992\": missing field `title`"),
        "{}",
        ps[0]
    );
}

#[test]
fn duplicate_ids_are_found_in_every_list() {
    let (ps, text) = broken(
        EVENTS,
        "id = \"sochi_ceasefire_1993\"",
        "id = \"sochi_agreement_1992\"",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: event \"sochi_agreement_1992\": field `id`: expected a unique id; \"sochi_agreement_1992\" is used more than once",
            at(EVENTS, &text, "id = \"sochi_agreement_1992\"", 0).replace(
                &at(EVENTS, &text, "id = \"sochi_agreement_1992\"", 0),
                &{
                    let second = text
                        .rfind("id = \"sochi_agreement_1992\"")
                        .unwrap_or_default()
                        + 5;
                    let (l, c) = line_column(&text, second);
                    format!("{EVENTS}:{l}:{c}")
                }
            )
        )]
    );
    let (ps, _) = broken("data/places.toml", "id = \"gali\"", "id = \"tbilisi\"");
    assert!(
        ps.iter()
            .any(|p| p.contains("place \"tbilisi\": field `id`: expected a unique id")),
        "{ps:?}"
    );
}

#[test]
fn a_place_outside_the_region_it_claims_says_where_it_is() {
    let file = "data/places.toml";
    let (ps, text) = broken(
        file,
        "lon = 41.738\nlat = 42.627",
        "lon = 44.793\nlat = 41.723",
    );
    assert!(
        ps.contains(&format!(
            "{}: place \"gali\": field `region`: (44.793, 41.723) lies outside abkhazia (it is in georgia)",
            at(file, &text, "region = \"abkhazia\"\n\n[[place]]\nid = \"", 9).replace(
                &at(file, &text, "region = \"abkhazia\"\n\n[[place]]\nid = \"", 9),
                &{
                    let gali = text.find("id = \"gali\"").unwrap_or_default();
                    let region = text[gali..].find("region = ").unwrap_or_default() + gali + 9;
                    let (l, c) = line_column(&text, region);
                    format!("{file}:{l}:{c}")
                }
            )
        )),
        "{ps:#?}"
    );
}

#[test]
fn a_country_code_absent_from_the_world_file_is_refused() {
    let file = "data/recognitions.toml";
    let (ps, text) = broken(file, "a3 = \"NIC\"", "a3 = \"XYZ\"");
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert!(
        ps[0].starts_with(&format!("{}: state \"", at(file, &text, "\"XYZ\"", 0))),
        "{}",
        ps[0]
    );
    assert!(
        ps[0].ends_with(
            "field `a3`: unknown country code \"XYZ\" (not in boundaries/world.geojson)"
        ),
        "{}",
        ps[0]
    );
}

#[test]
fn a_source_nobody_cites_is_a_warning_not_an_error() {
    let text = AssetSet::embedded().file("data/sources.toml").text
        + "\n[sources.unused_1]\ntitle = \"T\"\npublisher = \"P\"\ndate = \"2020\"\nurl = \"https://example.org\"\naccessed = \"2026-11-25\"\n";
    let set = AssetSet::embedded().with("data/sources.toml", text.clone());
    let d = match Dataset::load(&set) {
        Ok(d) => d,
        Err(ps) => panic!("{ps}"),
    };
    let line = line_column(&text, text.find("[sources.unused_1]").unwrap_or_default()).0;
    assert!(
        d.warnings.iter().any(|w| w.to_string()
            == format!(
                "data/sources.toml:{line}:1: warning: source \"unused_1\": no record cites it"
            )),
        "{}",
        d.warnings
    );
}

#[test]
fn three_broken_files_give_three_located_problems_in_one_load() {
    let set = AssetSet::embedded();
    let events =
        set.file(EVENTS)
            .text
            .replacen("date = \"1992-06-24\"", "date = \"1992-13-24\"", 1);
    let places = set
        .file("data/places.toml")
        .text
        .replacen("rank = 2", "rank = 9", 1);
    let world = set
        .file("boundaries/world.geojson")
        .text
        .replacen("\"type\"", "\"tipe\"", 1);
    let set = set
        .with(EVENTS, events)
        .with("data/places.toml", places)
        .with("boundaries/world.geojson", world);
    let Err(ps) = Dataset::load(&set) else {
        panic!("must not load")
    };
    let files: Vec<&str> = ps
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.file.as_str())
        .collect();
    assert!(
        files.contains(&EVENTS)
            && files.contains(&"data/places.toml")
            && files.contains(&"boundaries/world.geojson"),
        "{ps}"
    );
    assert!(
        ps.iter().filter(|p| p.is_error()).all(|p| p.line > 0),
        "{ps}"
    );
}

#[test]
fn a_misspelt_table_is_not_silently_ignored() {
    let (ps, text) = broken(
        EVENTS,
        "[[event]]\nid = \"sochi_agreement_1992\"",
        "[[evnt]]\nid = \"sochi_agreement_1992\"",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: unknown table or key `evnt`; expected one of: event, sources_checked_to",
            at(EVENTS, &text, "[[evnt]]", 2)
        )]
    );
}

#[test]
fn a_broken_feature_is_reported_once_not_again_where_it_is_used() {
    let file = "boundaries/control_areas.geojson";
    let text = AssetSet::embedded().file(file).text;
    // Open the first ring: its last position no longer equals the first.
    let end = text.find("]]]").unwrap_or_default();
    let last = text[..end].rfind('[').unwrap_or_default();
    let broken = format!(
        "{}[44.0, 42.0{}",
        &text[..last],
        &text[text[last..].find(']').unwrap_or_default() + last..]
    );
    let set = AssetSet::embedded().with(file, broken);
    let Err(ps) = Dataset::load(&set) else {
        panic!("must not load")
    };
    let errors: Vec<String> = ps
        .iter()
        .filter(|p| p.is_error())
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains("expected a closed ring"),
        "{}",
        errors[0]
    );
}

#[test]
fn the_chronicle_says_how_far_its_sources_were_checked_and_a_bad_day_is_located() {
    let d = crate::dataset::shipped();
    assert_eq!(
        d.chronicle.sources_checked_to,
        crate::date::Date::parse("2026-02-27").ok()
    );
    let (ps, text) = broken(
        EVENTS,
        "sources_checked_to = \"2026-02-27\"",
        "sources_checked_to = \"2026-02-30\"",
    );
    assert_eq!(
        ps,
        [format!(
            "{}: field `sources_checked_to`: 2026-02-30 is not a day of the calendar",
            at(EVENTS, &text, "sources_checked_to = ", 0)
        )]
    );
}

#[test]
fn what_cites_a_source_is_gathered_once_for_every_kind_of_record() {
    use crate::dataset::Citer;
    let d = crate::dataset::shipped();
    let event = d.chronicle.event_index("ergneti_iprm_disrupted_2019");
    assert!(
        d.cited_by
            .of("smr_ergneti95_2019")
            .contains(&Citer::Event(event.expect("the event")))
    );
    // A source cited by a recognition act, and one by a place's position.
    let nauru = d
        .chronicle
        .acts
        .iter()
        .find(|a| a.sources.iter().any(|s| s == "rferl_nauru_2009"));
    assert!(nauru.is_some());
    assert!(
        d.cited_by
            .of("rferl_nauru_2009")
            .iter()
            .any(|c| matches!(c, Citer::Act(_)))
    );
    let ergneti = d.atlas.place("ergneti").expect("Ergneti");
    let position = ergneti.source.as_ref().expect("its position's source");
    assert!(
        d.cited_by
            .of(position)
            .contains(&Citer::Place(ergneti.id.clone()))
    );
    // Every shipped source is cited by something; an unknown id by nothing.
    assert!(d.sources.iter().all(|(id, _)| d.cited_by.cites(id)));
    assert!(d.cited_by.of("no_such_source").is_empty());
}
