//! Tests of recognitions in both directions: Abkhazia's and South Ossetia's own acts
//! (`[[entity_act]]`) beside the acts of states about them, on a synthetic state added to the
//! shipped data so that they do not depend on what the data holds.

use super::recognition::DatedBy;
use super::*;
use crate::load::{AssetSet, embedded};

/// A partially recognised state, a source, and `acts` appended to the shipped files.
fn with_acts(acts: &str) -> Result<crate::Dataset, Vec<String>> {
    let state = "\n[[state]]\nid = \"testland\"\nname = \"Testland\"\nstatus = \"partially_recognised\"\nlon = 30.0\nlat = 47.0\n";
    let source = "\n[sources.test_treaty]\ntitle = \"t\"\npublisher = \"p\"\ndate = \"1994\"\nurl = \"https://example.org/t\"\naccessed = \"2026-12-06\"\n";
    let set = AssetSet::embedded()
        .with(
            "data/recognitions.toml",
            format!("{}{state}{acts}", embedded::text("data/recognitions.toml")),
        )
        .with(
            "data/sources.toml",
            format!("{}{source}", embedded::text("data/sources.toml")),
        );
    crate::Dataset::load(&set).map_err(|ps| {
        ps.iter()
            .filter(|p| p.is_error())
            .map(ToString::to_string)
            .collect()
    })
}

fn act(table: &str, action: &str, date: &str, extra: &str) -> String {
    format!(
        "\n[[{table}]]\nstate = \"testland\"\nentity = \"abkhazia\"\naction = \"{action}\"\ndate = \"{date}\"\n{extra}note = \"n\"\nsources = [\"test_treaty\"]\n"
    )
}

fn d(s: &str) -> Date {
    match Date::parse(s) {
        Ok(d) => d,
        Err(e) => panic!("{s}: {e}"),
    }
}

/// What Abkhazia recognises on `date`: (name, standing).
fn own(c: &Chronicle, date: &str) -> Vec<(String, Option<Standing>)> {
    let s = c.at(d(date));
    c.recognised_by(&s, Entity::Abkhazia)
        .into_iter()
        .map(|(what, r)| {
            let name = match what {
                Recognised::State(i) => c.states.get(i).map_or("?", |s| s.id.as_str()),
                Recognised::Entity(e) => e.region_id(),
            };
            (name.to_owned(), r.standing)
        })
        .collect()
}

#[test]
fn an_entitys_own_recognition_holds_from_its_date_until_withdrawn() {
    let acts = act(
        "entity_act",
        "recognised",
        "1994-10-12",
        "dated_by = \"treaty\"\n",
    ) + &act("entity_act", "withdrew", "2010-05-01", "");
    let data = match with_acts(&acts) {
        Ok(d) => d,
        Err(e) => panic!("{e:?}"),
    };
    let c = &data.chronicle;
    let testland = |date: &str| {
        own(c, date)
            .into_iter()
            .find(|(n, _)| n == "testland")
            .map(|(_, s)| s)
    };
    assert_eq!(testland("1994-10-11"), None);
    assert_eq!(testland("1994-10-12"), Some(Some(Standing::Recognises)));
    assert_eq!(testland("2010-05-01"), Some(Some(Standing::Withdrawn)));
    // The treaty's date reads as the latest possible one.
    let first = c.acts.iter().find(|a| a.direction == Direction::By);
    assert_eq!(first.map(|a| a.dated_by), Some(DatedBy::Treaty));
    assert_eq!(
        DatedBy::Treaty.describe("since", "12 October 1994"),
        "on or before 12 October 1994 (date of a treaty)"
    );
    // Abkhazia's recognition of South Ossetia (an act where Abkhazia is the recognising
    // state) is listed among what it recognises too.
    assert!(
        own(c, "2010-01-01")
            .iter()
            .any(|(n, s)| n == "south_ossetia" && *s == Some(Standing::Recognises)),
        "{:?}",
        own(c, "2010-01-01")
    );
}

#[test]
fn an_entitys_own_act_is_not_a_recognition_of_it() {
    let data = match with_acts(&act("entity_act", "recognised", "2000-01-01", "")) {
        Ok(d) => d,
        Err(e) => panic!("{e:?}"),
    };
    let c = &data.chronicle;
    let s = c.at(d("2001-01-01"));
    let testland = c.states.position(|s| s.id == "testland");
    assert!(testland.is_some());
    assert!(
        s.recognisers(Entity::Abkhazia)
            .all(|r| Some(r.state) != testland)
    );
    assert_eq!(testland.and_then(|t| s.state_standing(t)), None);
    // The other direction: the state's own act is a recognition of Abkhazia.
    let data = match with_acts(&act("act", "recognised", "2000-01-01", "")) {
        Ok(d) => d,
        Err(e) => panic!("{e:?}"),
    };
    let c = &data.chronicle;
    let s = c.at(d("2001-01-01"));
    assert!(
        s.recognisers(Entity::Abkhazia)
            .any(|r| Some(r.state) == testland)
    );
    assert!(own(c, "2001-01-01").iter().all(|(n, _)| n != "testland"));
}

#[test]
fn what_changed_lists_an_entitys_own_recognition() {
    let data = match with_acts(&act("entity_act", "recognised", "2000-01-01", "")) {
        Ok(d) => d,
        Err(e) => panic!("{e:?}"),
    };
    let c = &data.chronicle;
    let diff = c.diff(d("1999-12-31"), d("2000-01-01"));
    let gained: Vec<_> = diff.gained().collect();
    assert_eq!(gained.len(), 1, "{gained:?}");
    assert_eq!(gained.first().map(|g| g.direction), Some(Direction::By));
}

#[test]
fn a_bad_entity_act_is_refused_at_its_line() {
    let unknown = act("entity_act", "recognised", "2000-01-01", "").replace("testland", "nowhere");
    let err = with_acts(&unknown).err().unwrap_or_default().join("\n");
    assert!(
        err.contains(
            "act of Abkhazia on \"nowhere\": field `state`: expected the id of a [[state]]"
        ),
        "{err}"
    );
    let itself =
        act("entity_act", "recognised", "2000-01-01", "").replace("\"testland\"", "\"abkhazia\"");
    let err = with_acts(&itself).err().unwrap_or_default().join("\n");
    assert!(err.contains("an entity cannot recognise itself"), "{err}");
    let bad_dated_by = act(
        "entity_act",
        "recognised",
        "2000-01-01",
        "dated_by = \"rumour\"\n",
    );
    let err = with_acts(&bad_dated_by)
        .err()
        .unwrap_or_default()
        .join("\n");
    assert!(
        err.contains("`rumour`") && err.contains("`treaty`"),
        "{err}"
    );
}
