//! Tests of [`Chronicle::diff`] on known pairs of dates in the shipped data.

use super::diff::RecognitionChange;
use super::*;
use crate::date::Date;

fn chronicle() -> Chronicle {
    crate::dataset::shipped().chronicle.clone()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// `state id/entity` of each change picked by `pick`, sorted.
fn changes<'a>(c: &Chronicle, changes: impl Iterator<Item = &'a RecognitionChange>) -> Vec<String> {
    let mut v: Vec<String> = changes
        .map(|r| match r.direction {
            Direction::Of => format!("{}/{}", c.states[r.state].id, r.entity.region_id()),
            // The entity's own act: "south_ossetia recognises lpr".
            Direction::By => format!(
                "{} recognises {}",
                r.entity.region_id(),
                c.states[r.state].id
            ),
        })
        .collect();
    v.sort();
    v
}

/// `area: side before -> side after` for each control change.
fn control(c: &Chronicle, diff: &Diff) -> Vec<String> {
    let side = |p: Option<PeriodIx>| {
        p.map_or("nobody listed".to_owned(), |p| {
            format!("{:?}", c.periods[p].side)
        })
    };
    diff.control
        .iter()
        .map(|ch| {
            format!(
                "{}: {} -> {}{}",
                c.areas[ch.area].id,
                side(ch.before),
                side(ch.after),
                if ch.certain { "" } else { " (uncertain)" }
            )
        })
        .collect()
}

#[test]
fn august_2008_russia_recognises_and_control_moves() {
    let c = chronicle();
    let diff = c.diff(d("2008-08-01"), d("2008-08-26"));
    assert_eq!(
        changes(&c, diff.gained()),
        ["russia/abkhazia", "russia/south_ossetia"]
    );
    assert_eq!(diff.lost().count(), 0);
    let control = control(&c, &diff);
    for expected in [
        "upper_kodori: Georgia -> DeFacto",
        "liakhvi_villages: Georgia -> DeFacto",
        "buffer_south_ossetia: nobody listed -> Russia",
        "buffer_abkhazia: nobody listed -> Russia",
        // Known only to the month: shown, and said to be uncertain.
        "akhalgori: Georgia -> DeFacto (uncertain)",
    ] {
        assert!(
            control.iter().any(|c| c == expected),
            "{expected} in {control:?}"
        );
    }
    // The war's events lie in between; the day before the first is not counted.
    let ids: Vec<&str> = diff
        .events
        .iter()
        .map(|&i| c.events[i].id.as_str())
        .collect();
    assert!(ids.contains(&"georgian_offensive_2008"), "{ids:?}");
    assert!(ids.contains(&"russian_forces_enter_2008"), "{ids:?}");
    assert!(
        !ids.contains(&"escalation_aug_2008"),
        "begins on the earlier date"
    );
    let by_category = diff.events_by_category(&c);
    assert_eq!(
        by_category.iter().map(|(_, n)| n).sum::<usize>(),
        diff.events.len()
    );
    assert!(
        by_category
            .iter()
            .any(|(cat, _)| *cat == Category::ArmedConflict)
    );
}

#[test]
fn order_of_the_dates_does_not_matter() {
    let c = chronicle();
    assert_eq!(
        c.diff(d("2008-08-26"), d("2008-08-01")),
        c.diff(d("2008-08-01"), d("2008-08-26"))
    );
    assert!(c.diff(d("2008-08-26"), d("2008-08-26")).is_empty());
}

#[test]
fn vanuatu_and_tuvalu_between_2011_and_2014() {
    let c = chronicle();
    // From before Vanuatu's act to after Tuvalu's withdrawal: neither recognises on either
    // date, so nothing is gained or lost, but both standings differ (none -> withdrawn).
    let diff = c.diff(d("2011-01-01"), d("2014-12-31"));
    // What South Ossetia itself recognised in June 2014 is all that was gained.
    assert_eq!(
        changes(&c, diff.gained()),
        [
            "south_ossetia recognises dpr",
            "south_ossetia recognises lpr"
        ]
    );
    assert_eq!(diff.lost().count(), 0);
    let withdrawn: Vec<String> = changes(
        &c,
        diff.recognitions
            .iter()
            .filter(|r| r.after == Some(Standing::Withdrawn)),
    );
    assert_eq!(
        withdrawn,
        [
            "tuvalu/abkhazia",
            "tuvalu/south_ossetia",
            "vanuatu/abkhazia"
        ]
    );
    // Within the span: Tuvalu recognised in September 2011 and withdrew in March 2014.
    let diff = c.diff(d("2011-12-31"), d("2014-12-31"));
    assert_eq!(
        changes(&c, diff.lost()),
        ["tuvalu/abkhazia", "tuvalu/south_ossetia"]
    );
    let diff = c.diff(d("2011-01-01"), d("2011-12-31"));
    assert_eq!(
        changes(&c, diff.gained()),
        ["tuvalu/abkhazia", "tuvalu/south_ossetia"],
        "Vanuatu's recognition of May 2011 was withdrawn in June"
    );
}

#[test]
fn the_recognitions_of_2005_to_2009() {
    let c = chronicle();
    let diff = c.diff(d("2005-01-01"), d("2009-12-31"));
    assert_eq!(
        changes(&c, diff.gained()),
        [
            "abkhazia/south_ossetia",
            "nagorno_karabakh/abkhazia",
            "nagorno_karabakh/south_ossetia",
            "nauru/abkhazia",
            "nauru/south_ossetia",
            "nicaragua/abkhazia",
            "nicaragua/south_ossetia",
            "russia/abkhazia",
            "russia/south_ossetia",
            "south_ossetia/abkhazia",
            "venezuela/abkhazia",
            "venezuela/south_ossetia",
        ]
    );
    // Transnistria recognised Abkhazia in 1993: before the span, so no change.
    assert!(
        !diff
            .recognitions
            .iter()
            .any(|r| c.states[r.state].id == "transnistria" && r.entity == Entity::Abkhazia)
    );
    // In the order of the acts.
    assert!(diff.recognitions.windows(2).all(|w| w[0].act <= w[1].act));
}
