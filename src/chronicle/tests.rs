//! Tests of the chronicle on the shipped data.

use super::*;
use crate::date::FuzzyDate;
use crate::load::Bounds;

/// The embedded data set (named `atlas` by the tests, which read its sources and world)
/// and its chronicle.
fn load() -> (crate::Dataset, Chronicle) {
    let d = crate::dataset::shipped().clone();
    let c = d.chronicle.clone();
    (d, c)
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn names(c: &Chronicle, s: &Snapshot, e: Entity) -> Vec<String> {
    let mut v: Vec<String> = s
        .recognisers(e)
        .map(|r| c.states[r.state].id.to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn fuzzy_dates_know_their_span() {
    let day = FuzzyDate::parse("2008-08-26").unwrap();
    assert_eq!(
        (day.first, day.last, day.label()),
        (d("2008-08-26"), d("2008-08-26"), "26 August 2008".into())
    );
    let month = FuzzyDate::parse("2008-02").unwrap();
    assert_eq!(
        (month.first, month.last, month.label()),
        (d("2008-02-01"), d("2008-02-29"), "February 2008".into())
    );
    let year = FuzzyDate::parse("2012").unwrap();
    assert_eq!(
        (year.first, year.last, year.label()),
        (d("2012-01-01"), d("2012-12-31"), "2012".into())
    );
    assert!(FuzzyDate::parse("2008-13").is_err());
    assert!(FuzzyDate::parse("08").is_err());
    assert!(FuzzyDate::parse("2008-08-32").is_err());
}

#[test]
fn the_chronicle_loads_with_enough_sourced_events() {
    let (atlas, c) = load();
    assert!(c.events.len() >= 80, "{} events", c.events.len());
    assert!(
        c.events
            .as_slice()
            .windows(2)
            .all(|w| w[0].first_day() <= w[1].first_day()),
        "sorted"
    );
    assert!(c.events.first().unwrap().first_day() >= TIMELINE_START);
    assert!(c.events.last().unwrap().last_day() <= Date::today());
    for e in &c.events {
        assert!(
            !e.sources.is_empty() && e.sources.iter().all(|s| atlas.sources.get(s).is_some()),
            "{}",
            e.id
        );
        assert!(
            e.points
                .iter()
                .all(|p| Bounds::MAP.contains(p.lonlat.lon, p.lonlat.lat)),
            "{}",
            e.id
        );
    }
    for a in &c.acts {
        assert!(a.sources.iter().all(|s| atlas.sources.get(s).is_some()));
    }
    // Every category is used, so every legend entry means something.
    for cat in Category::ALL {
        assert!(c.events.iter().any(|e| e.category == cat), "{cat:?} unused");
    }
}

#[test]
fn every_recognising_un_member_has_a_country_in_the_world_inset() {
    let (atlas, c) = load();
    for s in c
        .states
        .iter()
        .filter(|s| s.status == StateStatus::UnMember)
    {
        let a3 = s.a3.as_deref().unwrap();
        assert!(
            atlas.world.iter().any(|w| w.id == a3),
            "{a3} missing from world.geojson"
        );
    }
}

#[test]
fn russia_recognises_from_26_august_2008_and_not_the_day_before() {
    let (_, c) = load();
    let before = c.at(d("2008-08-25"));
    let on = c.at(d("2008-08-26"));
    // Before Russia, only partially recognised entities: South Ossetia (treaty of 2005) and
    // Transnistria (treaty of 1993) for Abkhazia; Abkhazia and Transnistria (treaty of 1994)
    // for South Ossetia.
    assert_eq!(
        names(&c, &before, Entity::Abkhazia),
        ["south_ossetia", "transnistria"]
    );
    assert_eq!(
        names(&c, &before, Entity::SouthOssetia),
        ["abkhazia", "transnistria"]
    );
    assert_eq!(
        names(&c, &on, Entity::Abkhazia),
        ["russia", "south_ossetia", "transnistria"]
    );
    assert_eq!(
        names(&c, &on, Entity::SouthOssetia),
        ["abkhazia", "russia", "transnistria"]
    );
}

#[test]
fn recognitions_and_withdrawals_take_effect_on_their_day() {
    let (_, c) = load();
    let cases: [(&str, Entity, &str, bool); 22] = [
        ("1993-01-22", Entity::Abkhazia, "transnistria", true),
        ("2005-09-19", Entity::Abkhazia, "south_ossetia", true),
        ("2005-09-19", Entity::SouthOssetia, "abkhazia", true),
        ("2015-01-28", Entity::SouthOssetia, "lpr", true),
        ("2015-05-11", Entity::SouthOssetia, "dpr", true),
        ("2015-05-11", Entity::Abkhazia, "dpr", true),
        ("2022-09-30", Entity::SouthOssetia, "dpr", false),
        ("2022-09-30", Entity::SouthOssetia, "lpr", false),
        ("2008-09-05", Entity::Abkhazia, "nicaragua", true),
        ("2009-09-10", Entity::SouthOssetia, "venezuela", true),
        ("2009-12-15", Entity::Abkhazia, "nauru", true),
        ("2009-12-16", Entity::SouthOssetia, "nauru", true),
        ("2011-05-23", Entity::Abkhazia, "vanuatu", true),
        ("2011-06-17", Entity::Abkhazia, "vanuatu", false),
        ("2011-09-18", Entity::Abkhazia, "tuvalu", true),
        ("2011-09-19", Entity::SouthOssetia, "tuvalu", true),
        ("2014-03-31", Entity::Abkhazia, "tuvalu", false),
        ("2014-03-31", Entity::SouthOssetia, "tuvalu", false),
        ("2018-05-29", Entity::Abkhazia, "syria", true),
        ("2018-05-29", Entity::SouthOssetia, "syria", true),
        ("1994-10-12", Entity::SouthOssetia, "transnistria", true),
        ("2024-01-01", Entity::Abkhazia, "nagorno_karabakh", false),
    ];
    for (day, entity, state, recognises_on_the_day) in cases {
        let on = names(&c, &c.at(d(day)), entity).contains(&state.to_owned());
        let before = names(&c, &c.at(d(day).add_days(-1)), entity).contains(&state.to_owned());
        assert_eq!(on, recognises_on_the_day, "{state} on {day}");
        assert_eq!(
            before, !recognises_on_the_day,
            "{state} the day before {day}"
        );
    }
}

#[test]
fn vanuatu_after_2011_is_shown_as_disputed_with_each_sides_words() {
    let (_, c) = load();
    let s = c.at(d("2012-06-01"));
    let v = s
        .recognitions
        .iter()
        .find(|r| c.states[r.state].id == "vanuatu")
        .unwrap();
    assert_eq!(v.standing, Some(Standing::Disputed));
    assert!(
        !v.statements.is_empty(),
        "the UN ambassador's denial is recorded"
    );
    let later = c.at(d("2013-07-12"));
    let v = later
        .recognitions
        .iter()
        .find(|r| c.states[r.state].id == "vanuatu")
        .unwrap();
    assert_eq!(v.standing, Some(Standing::Withdrawn));
}

#[test]
fn on_11_and_13_august_2008_the_war_is_under_way_then_the_ceasefire_holds() {
    let (_, c) = load();
    let active = |day: &str| -> Vec<String> {
        c.at(d(day))
            .events
            .iter()
            .filter(|(_, p)| *p == EventPhase::Active)
            .map(|(i, _)| c.events[*i].id.to_string())
            .collect()
    };
    let on_11 = active("2008-08-11");
    assert!(on_11.contains(&"zugdidi_senaki_2008".into()), "{on_11:?}");
    assert!(on_11.contains(&"gori_strikes_2008".into()));
    assert!(
        !on_11.iter().any(|id| id == "six_point_plan_2008"),
        "the ceasefire comes on the 12th"
    );
    let on_13 = active("2008-08-13");
    assert!(
        on_13.contains(&"gori_poti_occupied_2008".into()),
        "{on_13:?}"
    );
    let s13 = c.at(d("2008-08-13"));
    let plan = c.event_index("six_point_plan_2008").unwrap();
    assert_eq!(s13.phase_of(plan), Some(EventPhase::Recent { days: 1 }));
    assert_eq!(
        s13.phase_of(c.event_index("russia_recognition_2008").unwrap()),
        None,
        "future events are not in the snapshot"
    );
}

#[test]
fn control_of_kodori_and_akhalgori_changes_in_august_2008() {
    let (_, c) = load();
    let holder = |day: &str, area: &str| -> Vec<(Side, ControlPhase)> {
        c.at(d(day))
            .control
            .iter()
            .filter(|(i, _)| c.areas[c.periods[*i].area].id == area)
            .map(|(i, p)| (c.periods[*i].side, *p))
            .collect()
    };
    assert_eq!(
        holder("2007-06-01", "upper_kodori"),
        [(Side::Georgia, ControlPhase::Certain)]
    );
    assert_eq!(
        holder("2008-08-13", "upper_kodori"),
        [(Side::DeFacto, ControlPhase::Certain)]
    );
    // Akhalgori changed hands at a day of August 2008 the sources do not pin down.
    let aug = holder("2008-08-20", "akhalgori");
    assert!(
        aug.iter().all(|(_, p)| *p == ControlPhase::Uncertain) && aug.len() == 2,
        "{aug:?}"
    );
    assert_eq!(
        holder("2008-07-01", "akhalgori"),
        [(Side::Georgia, ControlPhase::Certain)]
    );
    assert_eq!(
        holder("2010-01-01", "akhalgori"),
        [(Side::DeFacto, ControlPhase::Certain)]
    );
    assert_eq!(
        holder("2008-09-01", "buffer_south_ossetia"),
        [(Side::Russia, ControlPhase::Certain)]
    );
    assert!(holder("2008-10-09", "buffer_south_ossetia").is_empty());
}

#[test]
fn today_shows_the_current_recognitions() {
    let (_, c) = load();
    let s = c.at(Date::today());
    assert_eq!(
        names(&c, &s, Entity::Abkhazia),
        [
            "nauru",
            "nicaragua",
            "russia",
            "south_ossetia",
            "syria",
            "transnistria",
            "venezuela"
        ]
    );
    assert_eq!(
        names(&c, &s, Entity::SouthOssetia),
        [
            "abkhazia",
            "nauru",
            "nicaragua",
            "russia",
            "syria",
            "transnistria",
            "venezuela"
        ]
    );
    assert!(
        s.events
            .iter()
            .all(|(_, p)| *p == EventPhase::Past || matches!(p, EventPhase::Recent { .. }))
    );
}

#[test]
fn a_snapshot_depends_only_on_its_date() {
    let (_, c) = load();
    assert_eq!(c.at(d("2008-08-12")), c.at(d("2008-08-12")));
}

#[test]
fn the_inset_standing_of_a_state_follows_its_acts() {
    let (_, c) = load();
    let russia = c.states.position(|s| s.id == "russia").unwrap();
    let before = c.at(d("2008-08-25"));
    assert_eq!(before.state_standing(russia), None);
    let after = c.at(d("2008-08-26"));
    assert_eq!(after.state_standing(russia), Some(StateStanding::Both));
    assert!(c.changed_recently(&after, russia));
    assert!(!c.changed_recently(&c.at(d("2009-08-26")), russia));
}

/// The dates corrected against published sources (issue 8): each event's first and last day.
#[test]
fn corrected_event_dates_hold() {
    let (_, c) = load();
    let cases = [
        ("sukhumi_clashes_1989", "1989-07-15", "1989-07-16"),
        ("so_war_1991", "1991-01-05", "1992-06-24"),
        ("fall_of_gagra_1992", "1992-10-01", "1992-10-06"),
        ("csce_mission_1992", "1992-11-06", "1992-11-06"),
        (
            "so_provisional_administration_2007",
            "2007-05-08",
            "2007-05-10",
        ),
        ("georgian_dream_2012", "2012-10-01", "2012-10-01"),
        ("karasin_2016", "2016-11-23", "2016-11-23"),
        ("chorchana_2019", "2019-08-29", "2019-08-30"),
        ("ivanishvili_gori_2024", "2024-09-14", "2024-09-14"),
        ("lavrov_unga_2024", "2024-09-28", "2024-09-28"),
        ("georgia_elections_2024", "2024-10-26", "2024-10-26"),
        ("abkhazia_protests_2024", "2024-11-11", "2024-11-19"),
    ];
    for (id, first, last) in cases {
        let e = c
            .event_index(id)
            .and_then(|i| c.events.get(i))
            .unwrap_or_else(|| panic!("{id} is in the data"));
        assert_eq!((e.first_day(), e.last_day()), (d(first), d(last)), "{id}");
        assert!(e.is_exact(), "{id} is known to the day");
    }
}

#[test]
fn a_day_sources_disagree_on_is_shown_as_uncertain() {
    let (_, c) = load();
    let e = c
        .event_index("akhalgori_2008")
        .and_then(|i| c.events.get(i))
        .unwrap();
    assert_eq!(
        (e.first_day(), e.last_day()),
        (d("2008-08-16"), d("2008-08-17"))
    );
    assert!(!e.is_exact());
    assert!(
        e.when().ends_with("(sources differ on the day)"),
        "{}",
        e.when()
    );
    let i = c.event_index("akhalgori_2008").unwrap();
    assert_eq!(
        c.at(d("2008-08-16")).phase_of(i),
        Some(EventPhase::Uncertain)
    );
}

#[test]
fn every_event_and_act_rests_on_two_distinct_sources() {
    let (_, c) = load();
    let distinct = |ids: &[crate::ids::SourceId]| {
        let mut s = ids.to_vec();
        s.sort();
        s.dedup();
        s.len()
    };
    let single: Vec<&str> = c
        .events
        .iter()
        .filter(|e| distinct(&e.sources) < 2)
        .map(|e| e.id.as_str())
        .collect();
    assert!(single.is_empty(), "events on one source: {single:?}");
    let single: Vec<String> = c
        .acts
        .iter()
        .filter(|a| distinct(&a.sources) < 2)
        .map(|a| format!("{:?} {}", a.date, a.note))
        .collect();
    assert!(single.is_empty(), "acts on one source: {single:?}");
}
