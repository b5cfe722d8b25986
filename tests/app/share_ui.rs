//! Share, remember, shortcuts and keyboard access, on the running app (egui_kittest).

use crate::common;

use caucasus_atlas::Date;
use caucasus_atlas::cli::Options;
use caucasus_atlas::{AtlasApp, LeftTab, Remembered, SHORTCUTS, StoredSelection, take_pressed};
use clap::Parser;
use common::{d, today};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn options(args: &[&str]) -> Options {
    let mut all = vec!["caucasus-atlas"];
    all.extend_from_slice(args);
    Options::try_parse_from(all).expect("valid flags in the test")
}

/// The app started with `args` and a remembered state, after its first frames.
fn start(args: &[&str], remembered: Option<String>) -> Harness<'static, AtlasApp> {
    let o = options(args);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| common::start_app(&cc.egui_ctx, &o, remembered.as_deref()));
    h.run();
    h
}

fn view_close(a: &AtlasApp, b: &AtlasApp) {
    let (Some(x), Some(y)) = (
        a.map_state().and_then(|m| m.view_box()),
        b.map_state().and_then(|m| m.view_box()),
    ) else {
        panic!("both maps have a view");
    };
    for (p, q) in [
        (x.west, y.west),
        (x.south, y.south),
        (x.east, y.east),
        (x.north, y.north),
    ] {
        assert!((p - q).abs() < 0.01, "{x:?} vs {y:?}");
    }
}

#[test]
fn flags_open_the_asked_state_and_the_copied_link_reopens_it() {
    let mut h = start(
        &[
            "--date",
            "2008-08-26",
            "--select",
            "south_ossetia",
            "--lang",
            "ka",
            "--view",
            "43.0,41.9,45.0,42.9",
        ],
        None,
    );
    let a = h.state();
    assert_eq!(a.date(), Some(d("2008-08-26")));
    assert_eq!(a.selected_region_id(), Some("south_ossetia"));
    let b = a.map_state().and_then(|m| m.view_box()).expect("a view");
    assert!(b.west <= 43.0 + 1e-3 && b.east >= 45.0 - 1e-3, "{b:?}");
    assert!(b.south <= 41.9 + 1e-3 && b.north >= 42.9 - 1e-3, "{b:?}");

    let link = a.link().expect("a link");
    assert!(
        link.contains("--date 2008-08-26 --select south_ossetia"),
        "{link}"
    );
    assert!(link.ends_with("--lang ka"), "{link}");
    let args: Vec<&str> = link.split(' ').skip(1).collect();
    let again = start(&args, None);
    assert_eq!(again.state().date(), Some(d("2008-08-26")));
    assert_eq!(again.state().selected_region_id(), Some("south_ossetia"));
    view_close(h.state(), again.state());

    // Ctrl+L copies it and says so.
    h.key_press_modifiers(Modifiers::COMMAND, Key::L);
    h.run();
    h.get_by_label_contains("Copied: ");

    // File › Cite this view copies a citation: what is shown, whose words, the app and its
    // data, and the link.
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Cite this view").click();
    h.step();
    let cited = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("a citation copied");
    h.run();
    for part in [
        "atlas · 26 August 2008 · South Ossetia.",
        "Version 0.1.0, embedded data, sources checked to ",
        "Reopen with: ",
        "--date 2008-08-26 --select south_ossetia",
    ] {
        assert!(cited.contains(part), "{part:?} in {cited}");
    }
}

#[test]
fn a_selected_event_sets_the_date_unless_a_date_is_given() {
    let h = start(&["--select", "russia_recognition_2008"], None);
    assert_eq!(h.state().date(), Some(d("2008-08-26")));
    assert_eq!(
        h.state().selected_event_id(),
        Some("russia_recognition_2008")
    );
    let h = start(
        &[
            "--select",
            "russia_recognition_2008",
            "--date",
            "2009-01-01",
        ],
        None,
    );
    assert_eq!(h.state().date(), Some(d("2009-01-01")));
}

#[test]
fn the_remembered_state_round_trips_and_flags_override_it() {
    let mut h = start(
        &[
            "--date",
            "1992-08-14",
            "--select",
            "abkhazia",
            "--lang",
            "ru",
        ],
        None,
    );
    h.get_by_label("Events").click();
    h.get_by_label("Legend").click();
    h.get_by_label("August 2008 war").click();
    h.run();
    let first = h.state().remembered().expect("a state");
    assert!(first.events_tab && first.legend_open, "{first:?}");
    assert!(first.span.is_some(), "{first:?}");
    let text = first.to_json().expect("a remembered state is written");

    let again = start(&[], Some(text.clone()));
    let second = again.state().remembered().expect("a state");
    assert_eq!(first, second);

    let flagged = start(&["--date", "2008-08-26", "--lang", "en"], Some(text));
    let third = flagged.state().remembered().expect("a state");
    assert_eq!(third.date, "2008-08-26");
    assert_eq!(third.lang, caucasus_atlas::Lang::En);
    assert_eq!(
        third.selection,
        Some(StoredSelection::Region("abkhazia".into()))
    );
}

#[test]
fn a_corrupt_old_or_stale_state_is_dropped_gracefully() {
    let fresh = |h: &Harness<'static, AtlasApp>| h.state().date() == Some(today());

    let h = start(&[], Some("{\"version\": 1, \"date\": ".to_owned()));
    assert!(fresh(&h));
    h.get_by_label_contains("the remembered state is unreadable");

    let mut old = start(&["--date", "2008-08-26"], None)
        .state()
        .remembered()
        .expect("a state");
    old.version = 0;
    let h = start(&[], Some(old.to_json().expect("written")));
    assert!(fresh(&h));
    h.get_by_label_contains("from another version");

    let mut stale: Remembered = start(&["--date", "2008-08-26"], None)
        .state()
        .remembered()
        .expect("a state");
    stale.selection = Some(StoredSelection::Event("no_such_event_1999".into()));
    let h = start(&[], Some(stale.to_json().expect("written")));
    assert_eq!(h.state().date(), Some(d("2008-08-26")));
    assert!(h.state().selection().is_none());
    h.get_by_label_contains("Not restored: selection \"no_such_event_1999\"");
    assert_eq!(LeftTab::default(), LeftTab::Recognitions);
}

#[test]
fn every_row_of_the_shortcut_table_is_handled_and_listed() {
    // Handling: each key of each row, pressed alone, yields that row's action.
    for row in SHORTCUTS {
        for k in row.keys {
            let ctx = egui::Context::default();
            let m = k.modifiers;
            let modifiers = Modifiers {
                ctrl: m.command || m.ctrl,
                ..m
            };
            let input = egui::RawInput {
                events: vec![egui::Event::Key {
                    key: k.logical_key,
                    physical_key: None,
                    pressed: true,
                    repeat: false,
                    modifiers,
                }],
                ..Default::default()
            };
            let mut got = Vec::new();
            let mut out = ctx.run_ui(input, |ui| got = take_pressed(ui.ctx(), row.in_story));
            out.textures_delta.clear();
            assert_eq!(got, vec![row.action], "{}", row.what);
        }
    }
    // Listing: F1 opens the window, which shows every row.
    let mut h = start(&[], None);
    assert!(h.query_by_label("Keyboard shortcuts").is_none());
    h.key_press(Key::F1);
    h.run();
    let catalog = caucasus_atlas::Catalog::embedded();
    let tr = catalog.tr(caucasus_atlas::Lang::En);
    for row in SHORTCUTS {
        let what = tr.t(row.what);
        assert!(h.query_all_by_label(&what).count() >= 1, "{what}");
    }
    h.key_press(Key::F1);
    h.run();
    assert!(h.query_all_by_label("Show or hide this list").count() == 0);
}

#[test]
fn a_region_and_an_event_are_selected_without_the_mouse() {
    let mut h = start(&["--date", "2008-08-08"], None);
    h.get_by_label("Region: South Ossetia").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().selected_region_id(), Some("south_ossetia"));

    h.key_press(Key::Escape);
    h.run();
    let event = h
        .query_all_by_label_contains("Event: ")
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .expect("markers under way on 8 August 2008 are nodes");
    h.get_by_label(&event).focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let id = h.state().selected_event_id().expect("an event selected");
    let a = h.state();
    let e = a
        .data()
        .and_then(|d| d.chronicle.events.iter().find(|e| e.id == id))
        .expect("the event");
    assert!(event.starts_with(&format!("Event: {}", e.title)), "{event}");
    assert_eq!(a.date(), Some(Date::parse("2008-08-08").expect("a date")));
}

#[test]
fn dragging_a_side_panel_wider_keeps_the_map_extent() {
    let mut h = start(&["--date", "2008-08-26"], None);
    let before = h
        .state()
        .map_state()
        .and_then(|m| m.projector())
        .expect("a map");
    let edge = before.rect.left() - 4.0;
    h.drag_at(egui::pos2(edge, 300.0));
    h.step();
    for x in [20.0, 40.0, 60.0, 80.0, 100.0] {
        h.hover_at(egui::pos2(edge + x, 300.0));
        h.step();
    }
    h.drop_at(egui::pos2(edge + 100.0, 300.0));
    h.run();
    let after = h
        .state()
        .map_state()
        .and_then(|m| m.projector())
        .expect("a map");
    assert!(
        after.rect.width() < before.rect.width() - 50.0,
        "{before:?} {after:?}"
    );
    let zoom = after.view.points_per_km / before.view.points_per_km;
    let width = f64::from(after.rect.width() / before.rect.width());
    assert!(
        (zoom - width).abs() < 0.05,
        "zoom ×{zoom:.3}, width ×{width:.3}"
    );
}

#[test]
fn a_window_grown_and_shrunk_back_shows_the_same_view() {
    let mut h = start(
        &[
            "--date",
            "2008-08-26",
            "--select",
            "abkhazia",
            "--view",
            "41,42.3,43,43.6",
        ],
        None,
    );
    let before = h.state().map_state().and_then(|m| m.view).expect("a view");
    h.set_size(egui::vec2(1920.0, 1080.0));
    h.run();
    let grown = h.state().map_state().and_then(|m| m.view).expect("a view");
    assert!(grown != before, "a larger map shows more");
    h.set_size(egui::vec2(1280.0, 800.0));
    h.run();
    let back = h.state().map_state().and_then(|m| m.view).expect("a view");
    assert!(
        (back.points_per_km / before.points_per_km - 1.0).abs() < 1e-6,
        "{back:?} vs {before:?}"
    );
    assert!((back.center.x_km - before.center.x_km).abs() < 1e-3);
    assert!((back.center.y_km - before.center.y_km).abs() < 1e-3);
}
