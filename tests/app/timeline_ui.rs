//! Drive the timeline of the real app headlessly: keys, slider drags, typed dates, the event
//! list, and what the recognitions panel and the map show as the date moves.

use crate::common;

use caucasus_atlas::Date;
use caucasus_atlas::{AtlasApp, Selection};
use common::{app, d, snap, wheel};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Type a date into "Go to date" and press the button.
fn go_to(h: &mut Harness<'static, AtlasApp>, text: &str) {
    let field = go_to_field(h);
    field.focus();
    field.type_text(text);
    h.run();
    h.get_by_label("Go to date").click();
    h.run();
}

/// The "Go to date" field: the text input in the timeline, the lowest on screen.
fn go_to_field<'a>(h: &'a Harness<'static, AtlasApp>) -> egui_kittest::Node<'a> {
    h.get_all_by_role(Role::TextInput)
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .expect("a date field")
}

fn date(h: &Harness<'static, AtlasApp>) -> Date {
    h.state().date().expect("loaded")
}

#[test]
fn pressing_right_crosses_26_august_2008_and_russia_appears_in_the_panel() {
    let mut h = app();
    go_to(&mut h, "2008-08-25");
    assert_eq!(date(&h), d("2008-08-25"));
    h.get_by_label("Abkhazia — recognised by 0 UN member states");
    assert!(h.query_by_label_contains("Russia since").is_none());

    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(date(&h), d("2008-08-26"));
    h.get_by_label("Abkhazia — recognised by 1 UN member state");
    h.get_by_label("South Ossetia — recognised by 1 UN member state");
    assert_eq!(
        h.query_all_by_label_contains("Russia since 26 August 2008")
            .count(),
        2,
        "listed under both entities, with the date"
    );
    // The recognition event lights up on the map at both capitals.
    let snapshot = h.state().snapshot().expect("loaded");
    let chronicle = h.state().data().map(|d| &d.chronicle).expect("loaded");
    let i = chronicle
        .event_index("russia_recognition_2008")
        .expect("in the data");
    assert_eq!(
        snapshot.phase_of(i),
        Some(caucasus_atlas::EventPhase::Active)
    );

    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(date(&h), d("2008-08-25"));
}

#[test]
fn dragging_the_slider_moves_the_date_and_the_panel_follows() {
    let mut h = app();
    let axis = h.state().timeline_axis_rect().expect("laid out");
    let y = axis.center().y;
    let from = Pos2::new(axis.right() - 2.0, y);
    let to = Pos2::new(axis.left() + axis.width() * 0.02, y); // early 1989–1990
    common::drag(&mut h, from, to, 10);
    let now = date(&h);
    assert!(now < d("1990-06-01"), "{now}");
    h.get_by_label("Abkhazia — recognised by 0 UN member states");
    // The axis is an accessible slider, found by its name.
    h.get_by_label("Timeline date");
}

#[test]
fn a_typed_bad_date_shows_an_error_and_keeps_the_date() {
    let mut h = app();
    go_to(&mut h, "2008-08-12");
    assert_eq!(date(&h), d("2008-08-12"));
    let field = go_to_field(&h);
    field.focus();
    for _ in 0..10 {
        h.key_press(Key::Backspace);
    }
    h.run();
    go_to(&mut h, "2008-02-30");
    assert_eq!(date(&h), d("2008-08-12"), "unchanged");
    h.get_by_label_contains("2008-02-30 is not a day of the calendar");
    let field = go_to_field(&h);
    field.focus();
    for _ in 0..10 {
        h.key_press(Key::Backspace);
    }
    h.run();
    go_to(&mut h, "1850-01-01");
    assert_eq!(date(&h), d("2008-08-12"));
    h.get_by_label_contains("outside the timeline");
}

#[test]
fn selecting_an_event_in_the_list_moves_the_slider_and_opens_it() {
    let mut h = app();
    h.get_by_label("Events").click();
    h.run();
    // The search box is the text input in the left panel (the other is "Go to date").
    let search = h
        .get_all_by_role(Role::TextInput)
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("a search box");
    search.focus();
    search.type_text("Nauru");
    h.run();
    h.get_by_label_contains("Nauru recognises Abkhazia").click();
    h.run();
    assert_eq!(date(&h), d("2009-12-15"));
    assert_eq!(
        h.state().selected_event_id(),
        Some("nauru_recognition_abkhazia_2009")
    );
    assert!(matches!(h.state().selection(), Some(Selection::Event(_))));
    // The details panel shows the event with its sources.
    h.get_by_label("Pacific Island Of Nauru Recognizes Georgian Rebel Region");
}

#[test]
fn the_august_2008_zoom_steps_through_the_war_day_by_day() {
    let mut h = app();
    h.get_by_label("August 2008 war").click();
    h.run();
    let t = h.state().time().expect("loaded");
    assert!(
        t.span_days() <= 8,
        "five days of war fill the axis: {} days shown",
        t.span_days()
    );
    let mut days = Vec::new();
    for _ in 0..6 {
        h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
        h.run();
        days.push(date(&h).to_string());
    }
    assert_eq!(
        days,
        [
            "2008-08-07",
            "2008-08-08",
            "2008-08-09",
            "2008-08-10",
            "2008-08-11",
            "2008-08-12"
        ]
    );
    // The wheel over the timeline zooms back out.
    let axis = h.state().timeline_axis_rect().expect("laid out");
    wheel(&mut h, axis.center(), -400.0);
    assert!(h.state().time().expect("loaded").span_days() > 8);
}

#[test]
fn space_plays_and_pauses_and_an_idle_app_asks_for_no_frames() {
    let mut h = app();
    h.key_press(Key::Home);
    h.run();
    assert_eq!(date(&h), d("1989-01-01"));
    h.key_press(Key::Space);
    h.run_steps(30);
    assert!(h.state().time().expect("loaded").playing);
    assert!(date(&h) > d("1989-01-01"), "playback moved the date");
    h.key_press(Key::Space);
    h.run_steps(2);
    let paused = date(&h);
    assert!(!h.state().time().expect("loaded").playing);
    // Idle: `run` settles in a few frames because nothing requests a repaint.
    let steps = h.run();
    assert!(steps <= 4, "{steps} frames while idle");
    assert_eq!(date(&h), paused);
}

#[test]
fn snapshots_of_the_recognition_day_and_the_war_zoom() {
    let mut h = app();
    go_to(&mut h, "2008-08-26");
    h.remove_cursor();
    h.run();
    snap(&mut h, "russia_recognises_2008_08_26");
    h.get_by_label("August 2008 war").click();
    for _ in 0..5 {
        h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    }
    h.remove_cursor();
    h.run();
    snap(&mut h, "august_2008_war_day_by_day");
}

#[test]
fn long_event_titles_do_not_widen_the_list_panel() {
    let mut h = app();
    let before = h.get_by_label("Events").rect().right();
    h.get_by_label("Events").click();
    h.run();
    h.run();
    let search = h
        .get_all_by_role(Role::TextInput)
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("a search box");
    assert!(
        search.rect().right() < 360.0,
        "the list panel grew to {:?} (tab at {before})",
        search.rect()
    );
}

#[test]
fn an_event_held_off_the_map_is_listed_where_it_happened_not_marked_at_a_capital() {
    let mut h = app();
    go_to(&mut h, "2008-08-26");
    assert_eq!(date(&h), d("2008-08-26"));
    // Russia's recognition was decided in Moscow: it is listed as such…
    let entry = "Moscow: Russia recognises Abkhazia and South Ossetia";
    h.get_by_label("Elsewhere");
    // …and a click at Tskhinvali or Sukhumi never finds a marker of it there (the war's own
    // events of those days may still be marked at Tskhinvali).
    for p in [(43.967, 42.233), (41.015, 43.003)] {
        let at = h
            .state()
            .screen_pos(caucasus_atlas::LonLat::new(p.0, p.1))
            .expect("drawn");
        common::click(&mut h, at);
        assert_ne!(
            h.state().selected_event_id(),
            Some("russia_recognition_2008")
        );
        assert!(
            h.state().selection().is_some(),
            "a click on land selects something"
        );
    }
    h.get_by_label(entry).click();
    h.run();
    assert_eq!(
        h.state().selected_event_id(),
        Some("russia_recognition_2008"),
        "the list selects the event"
    );
}

#[test]
fn the_timeline_says_how_far_the_sources_were_checked() {
    let h = app();
    h.get_by_label_contains("sources checked to 27 February 2026");
}

#[test]
fn playback_draws_each_day_with_that_days_lists() {
    // The frame in which playback moves the date must draw that date's recognitions, not the
    // day before's: the panel's heading and its list come from the same day.
    let mut h = app();
    go_to(&mut h, "2008-08-25");
    h.key_press(Key::Space);
    let mut seen_26 = false;
    for _ in 0..40 {
        h.step();
        let day = date(&h);
        let heading = format!("Recognitions on {}", day.long());
        assert!(
            h.query_by_label(&heading).is_some(),
            "the heading follows the date ({heading})"
        );
        let russia = h.query_all_by_label_contains("Russia since").count() > 0;
        assert_eq!(
            russia,
            day >= d("2008-08-26"),
            "on {day}: the list was drawn from another day's snapshot"
        );
        if day >= d("2008-08-26") {
            seen_26 = true;
            break;
        }
    }
    assert!(seen_26, "playback reached 26 August 2008");
    h.key_press(Key::Space);
    h.run();
}
