//! Points of view and compare mode on the running app (egui_kittest).

use crate::common;

use caucasus_atlas::AtlasApp;
use caucasus_atlas::Pov;
use common::{d, start};
use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn labels(h: &Harness<'static, AtlasApp>) -> Vec<String> {
    h.state().map_state().expect("loaded").labels.clone()
}

fn pick_pov(h: &mut Harness<'static, AtlasApp>, label: &str) {
    h.get_by_label("Point of view").click();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn switching_the_point_of_view_changes_labels_banner_and_details_only() {
    // Zoomed in so that both capitals have room for their names.
    let mut h = start(&[
        "--date",
        "2008-08-26",
        "--select",
        "south_ossetia",
        "--view",
        "40.8,41.9,44.6,43.4",
    ]);
    h.get_by_label("Names and terms as used by each party, shown with whose they are");
    let before = labels(&h);
    assert!(before.iter().any(|l| l == "Sukhumi"), "{before:?}");
    assert!(before.iter().any(|l| l == "South Ossetia"), "{before:?}");
    let snapshot = h.state().snapshot().cloned();

    pick_pov(&mut h, "Government of Georgia");
    assert_eq!(h.state().pov(), Some(Pov::Georgia));
    h.get_by_label("Names and terms as used by the Government of Georgia");
    let after = labels(&h);
    assert!(after.iter().any(|l| l == "Sokhumi"), "{after:?}");
    assert!(after.iter().any(|l| l == "Tskhinvali region"), "{after:?}");
    // The details' heading (on the right; the Recognitions tab names it too) and its
    // attribution follow.
    assert!(
        h.query_all_by_label("Tskhinvali region")
            .any(|n| n.rect().left() > 900.0)
    );
    h.get_by_label_contains("The name as used by the Government of Georgia");
    // Nothing but words changed: the date, the selection and what holds on it.
    assert_eq!(h.state().date(), Some(d("2008-08-26")));
    assert_eq!(h.state().selected_region_id(), Some("south_ossetia"));
    assert_eq!(h.state().snapshot().cloned(), snapshot);

    pick_pov(&mut h, "De facto authorities (Sukhumi, Tskhinvali)");
    h.get_by_label("Names and terms as used by the de facto authorities in Sukhumi and Tskhinvali");
    let de_facto = labels(&h);
    assert!(de_facto.iter().any(|l| l == "Tskhinval"), "{de_facto:?}");
    assert!(de_facto.iter().any(|l| l == "Leningor"), "{de_facto:?}");

    // In Russian labels, Russia's usage.
    h.get_by_label("Map labels").click();
    h.run();
    h.get_by_label("Русский").click();
    h.run();
    pick_pov(&mut h, "Government of Russia");
    let russian = labels(&h);
    assert!(
        russian.iter().any(|l| l == "Республика Абхазия"),
        "{russian:?}"
    );
    assert!(russian.iter().any(|l| l == "Цхинвал"), "{russian:?}");
}

#[test]
fn every_point_of_view_draws_in_every_label_language() {
    // egui_kittest panics on a glyph no font has: every term is drawn here. One app, the
    // label language and the point of view picked as a user would.
    let mut h = start(&["--select", "abkhazia"]);
    let catalog = caucasus_atlas::Catalog::embedded();
    let tr = catalog.tr(caucasus_atlas::Lang::En);
    for (lang, name) in [
        (caucasus_atlas::Lang::En, "English"),
        (caucasus_atlas::Lang::Ka, "ქართული"),
        (caucasus_atlas::Lang::Ru, "Русский"),
    ] {
        h.get_by_label("Map labels").click();
        h.run();
        let entries: Vec<_> = h.query_all_by_label(name).collect();
        entries.last().expect("the language in the list").click();
        h.run();
        assert_eq!(h.state().label_language(), Some(lang));
        for pov in Pov::ALL {
            pick_pov(&mut h, &tr.t(pov_message(pov)));
            assert_eq!(h.state().pov(), Some(pov));
            assert!(labels(&h).iter().all(|l| !l.trim().is_empty()));
        }
    }
}

#[test]
fn the_link_carries_the_point_of_view_and_the_compared_date() {
    let h = start(&[
        "--date",
        "2008-10-01",
        "--pov",
        "international",
        "--compare",
        "2008-08-01",
    ]);
    let link = h.state().link().expect("a link");
    assert!(link.contains("--pov international"), "{link}");
    assert!(link.contains("--compare 2008-08-01"), "{link}");
    let stamp = h.state().stamp_lines().join("\n");
    assert!(
        stamp.contains("A: 1 October 2008 | B: 1 August 2008"),
        "{stamp}"
    );
    assert!(
        stamp.contains("Names and terms as used by international organisations"),
        "{stamp}"
    );
    // Remembered, and restored.
    let r = h.state().remembered().expect("a state");
    assert_eq!(r.pov, Pov::International);
    assert_eq!(r.compare.as_deref(), Some("2008-08-01"));
}

#[test]
fn compare_mode_lists_what_changed_and_follows_the_dates() {
    let mut h = start(&["--date", "2008-08-26", "--compare", "2008-08-01"]);
    let c = h.state().compare().expect("comparing");
    assert_eq!(c.date, d("2008-08-01"));
    assert_eq!((c.diff.from, c.diff.to), (d("2008-08-01"), d("2008-08-26")));
    // The tab and the panel's heading.
    assert_eq!(h.query_all_by_label("What changed").count(), 2);
    h.get_by_label("from 1 August 2008 to 26 August 2008");
    // Russia's recognition of both regions lies between the dates.
    assert_eq!(h.query_all_by_label("Russia").count(), 2);
    h.get_by_label("· Abkhazia: recognises, 26 August 2008 (before: no act yet)");
    h.get_by_label("· South Ossetia: recognises, 26 August 2008 (before: no act yet)");
    // Both dates are on the map (the divider names them) and B in the top bar.
    h.get_by_label("Divider between A, 26 August 2008, and B, 1 August 2008");
    h.get_by_label("B: 1 August 2008");

    // Drag B on the timeline to the far right: the diff follows live.
    let axis = h.state().timeline_axis_rect().expect("laid out");
    let tl = h.state().time().unwrap().clone();
    let span = tl.view_start.days_until(tl.view_end) as f32;
    let x = axis.left() + axis.width() * tl.view_start.days_until(d("2008-08-01")) as f32 / span;
    let from = Pos2::new(x, axis.center().y);
    let to = Pos2::new(axis.right() - 1.0, axis.center().y);
    common::drag(&mut h, from, to, 8);
    assert_eq!(h.state().date(), Some(d("2008-08-26")), "A stays");
    let c = h.state().compare().expect("comparing");
    assert!(c.date > d("2026-01-01"), "B moved: {}", c.date);
    assert_eq!(c.diff.from, d("2008-08-26"));

    h.get_by_label("Stop comparing").click();
    h.run();
    assert!(h.state().compare().is_none());
    assert_eq!(h.query_all_by_label("What changed").count(), 0);
}

#[test]
fn compare_with_starts_from_the_button() {
    let mut h = start(&["--date", "2014-06-01"]);
    h.get_by_label("Compare with…").click();
    h.run();
    let c = h.state().compare().expect("comparing");
    assert_eq!(c.date, d("2013-06-01"));
    assert_eq!(h.query_all_by_label("What changed").count(), 2);
}

#[test]
fn a_long_title_wraps_and_stays_on_the_map() {
    // International organisations' title for South Ossetia is long; at the default view it
    // wraps onto two lines rather than being left out.
    let h = start(&["--pov", "international"]);
    let drawn = labels(&h);
    assert!(
        drawn
            .iter()
            .any(|l| l == "Tskhinvali region/South Ossetia, Georgia"),
        "{drawn:?}"
    );
}

/// Walk the panels under every party's point of view: the map's labels, the details' capital
/// row, an event's *Where*, the event list, the recognitions' headings and the stamp name
/// each place and region with that party's own term, and no label is another party's
/// different term for it (the summaries, in the atlas' own voice, are not names and are left
/// out).
#[test]
fn every_panel_names_places_and_regions_in_the_chosen_partys_words() {
    use caucasus_atlas::Lang;
    for pov in Pov::PARTIES {
        let h = start(&[
            "--pov",
            pov.id(),
            "--select",
            "abkhazia",
            "--date",
            "2008-08-26",
            "--view",
            "40.8,41.9,44.6,43.4",
        ]);
        let data = h.state().data().expect("loaded").clone();
        let views = &data.views;
        let place = |id: &str| data.atlas.place(id).expect("a shipped place");
        let region = |id: &str| data.atlas.region(id).expect("a shipped region");
        // This party's words, and the other parties' different words for the same things.
        let mut mine = Vec::new();
        let mut theirs = Vec::new();
        for id in ["sukhumi", "tskhinvali", "akhalgori"] {
            let own = views.place_name(pov, place(id), Lang::En).to_owned();
            for other in Pov::PARTIES {
                let word = views.place_name(other, place(id), Lang::En).to_owned();
                if word != own {
                    theirs.push(word);
                }
            }
            mine.push(own);
        }
        for id in ["abkhazia", "south_ossetia"] {
            let r = region(id);
            let own = views.region_name(pov, id, &r.names, Lang::En).to_owned();
            for other in Pov::PARTIES {
                let word = views.region_name(other, id, &r.names, Lang::En).to_owned();
                if word != own {
                    theirs.push(word);
                }
            }
            mine.push(own);
        }
        let summaries: Vec<&str> = data
            .chronicle
            .events
            .iter()
            .map(|e| e.summary.as_str())
            .collect();
        // The banner names the parties in the atlas' own voice ("the de facto authorities in
        // Sukhumi and Tskhinvali"): whose words, not a place named in them.
        let party_names: Vec<String> = Pov::PARTIES
            .iter()
            .filter_map(|p| views.party(*p))
            .map(|p| p.name.clone())
            .collect();
        let check = |h: &Harness<'static, AtlasApp>, what: &str| {
            let shown: Vec<String> = h
                .root()
                .query_all(egui_kittest::kittest::by().include_labels())
                // A plain label's text is its accessible value, a button's is its label.
                .filter_map(|n| {
                    let node = n.accesskit_node();
                    node.label().or_else(|| node.value())
                })
                .filter(|l| !summaries.contains(&l.as_str()))
                .collect();
            for word in &theirs {
                let at: Vec<_> = h
                    .root()
                    .query_all(egui_kittest::kittest::by().value(word))
                    .map(|n| n.rect())
                    .collect();
                assert!(
                    !shown
                        .iter()
                        .filter(|l| !party_names.iter().any(|p| p.contains(l.as_str())))
                        .any(|l| l == word),
                    "{pov:?}, {what}: another party's name {word:?} shown at {at:?}"
                );
            }
            shown
        };
        // The map and the details of Abkhazia: its name and its capital's.
        let map = labels(&h);
        for word in &theirs {
            assert!(!map.contains(word), "{pov:?}: map label {word:?}");
        }
        let shown = check(&h, "region details");
        let sukhumi = views.place_name(pov, place("sukhumi"), Lang::En);
        assert!(
            shown.iter().any(|l| l == sukhumi),
            "{pov:?}: capital row {sukhumi:?} in {:?}",
            shown.iter().filter(|l| l.len() < 60).collect::<Vec<_>>()
        );
        assert!(
            mine.iter()
                .all(|w| map.contains(w) || shown.iter().any(|l| l.contains(w.as_str()))),
            "{pov:?}: {mine:?} not all shown"
        );
        // An event at Sukhumi: its *Where* row.
        let mut h = start(&["--pov", pov.id(), "--select", "abkhazia_sovereignty_1990"]);
        let shown = check(&h, "event details");
        assert!(
            shown.iter().any(|l| l == sukhumi),
            "{pov:?}: Where row {sukhumi:?}"
        );
        // The event list.
        h.get_by_label("Events").click();
        h.run();
        check(&h, "event list");
        // The map's labels in Georgian and Russian: the party's word in that language.
        for (flag, lang) in [("ka", Lang::Ka), ("ru", Lang::Ru)] {
            let h = start(&[
                "--pov",
                pov.id(),
                "--lang",
                flag,
                "--view",
                "40.8,41.9,44.6,43.4",
            ]);
            let map = labels(&h);
            for id in ["sukhumi", "tskhinvali", "akhalgori"] {
                let own = views.place_name(pov, place(id), lang);
                assert!(
                    map.iter().any(|l| l == own),
                    "{pov:?} {flag}: {own:?} in {map:?}"
                );
                for other in Pov::PARTIES {
                    let word = views.place_name(other, place(id), lang);
                    assert!(
                        word == own || !map.iter().any(|l| l == word),
                        "{pov:?} {flag}: {word:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_regions_details_say_how_its_line_was_drawn() {
    let h = start(&["--select", "south_ossetia"]);
    let row = h.get_by_label_contains("corrected by the project from");
    let text = row.accesskit_node().value().unwrap_or_default();
    assert!(
        text.contains("cited places") && text.contains("km"),
        "{text}"
    );
}

/// The message naming a point of view in the picker's list.
fn pov_message(pov: Pov) -> &'static str {
    match pov {
        Pov::Attributed => "pov-attributed",
        Pov::Georgia => "pov-georgia",
        Pov::DeFacto => "pov-de-facto",
        Pov::Russia => "pov-russia",
        Pov::International => "pov-international",
    }
}
