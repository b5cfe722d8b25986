//! Points of view and compare mode on the running app (egui_kittest).

mod common;

use caucasus_atlas::app::AtlasApp;
use caucasus_atlas::cli::Options;
use caucasus_atlas::views::Pov;
use clap::Parser;
use common::{d, today};
use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn start(args: &[&str]) -> Harness<'static, AtlasApp> {
    let mut all = vec!["caucasus-atlas"];
    all.extend_from_slice(args);
    let o = Options::try_parse_from(all).expect("valid flags in the test");
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| AtlasApp::start(&cc.egui_ctx, &o, today(), None));
    h.run();
    h
}

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
    assert_eq!(h.state().map_state().unwrap().pov, Pov::Georgia);
    h.get_by_label("Names and terms as used by the Government of Georgia");
    let after = labels(&h);
    assert!(after.iter().any(|l| l == "Sokhumi"), "{after:?}");
    assert!(after.iter().any(|l| l == "Tskhinvali region"), "{after:?}");
    // The details' heading and its attribution follow.
    h.get_by_label("Tskhinvali region");
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
    // egui_kittest panics on a glyph no font has: every term is drawn here.
    for pov in Pov::ALL {
        for lang in ["en", "ka", "ru"] {
            let mut h = start(&["--pov", pov.id(), "--lang", lang, "--select", "abkhazia"]);
            h.run();
            assert!(labels(&h).iter().all(|l| !l.trim().is_empty()));
            assert_eq!(h.state().map_state().unwrap().pov, pov);
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
