//! Drive the real app headlessly with egui_kittest: clicks, keys, drags, and snapshots.

use crate::common;

use caucasus_atlas::AtlasApp;
use caucasus_atlas::LonLat;
use common::{app, click, snap, wheel};
use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const TSKHINVALI: LonLat = LonLat::new(43.967, 42.233);
// Inside each region, away from towns and markers (a click on a town's dot or name selects
// the town).
const SOUTH_OSSETIA_INLAND: LonLat = LonLat::new(44.15, 42.40);
const ABKHAZIA_INLAND: LonLat = LonLat::new(41.55, 43.2);
const GEORGIA_INLAND: LonLat = LonLat::new(43.3, 41.8);

fn screen(h: &Harness<'static, AtlasApp>, p: LonLat) -> Pos2 {
    h.state().screen_pos(p).expect("the map was laid out")
}

#[test]
fn clicking_south_ossetia_selects_it_and_escape_clears_it() {
    let mut h = app();
    assert!(h.query_by_label("Details").is_none());
    let pos = screen(&h, SOUTH_OSSETIA_INLAND);
    click(&mut h, pos);
    assert_eq!(h.state().selected_region_id(), Some("south_ossetia"));
    h.get_by_label("Details");
    // The panel heading and the names grid both carry the name.
    assert!(h.query_all_by_label("South Ossetia").count() >= 2);
    h.get_by_label("სამხრეთ ოსეთი");
    h.get_by_label("Хуссар Ирыстон");

    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().selected_region_id(), None);
    assert!(h.query_by_label("Details").is_none());
}

#[test]
fn clicking_the_sea_clears_the_selection() {
    let mut h = app();
    let pos = screen(&h, ABKHAZIA_INLAND);
    click(&mut h, pos);
    assert_eq!(h.state().selected_region_id(), Some("abkhazia"));
    let sea = screen(&h, LonLat::new(41.5, 42.2)); // off Poti
    click(&mut h, sea);
    assert_eq!(h.state().selected_region_id(), None);
}

#[test]
fn the_abkhazia_details_show_status_figures_and_sources() {
    let mut h = app();
    let pos = screen(&h, ABKHAZIA_INLAND);
    click(&mut h, pos);
    h.get_by_label("Аҧсны");
    h.get_by_label("De facto authorities in Sukhumi:");
    h.get_by_label("Russia:");
    assert!(h.query_all_by_label("Sources").count() >= 1);
    // A published page is a link; the list is laid out as it scrolls into sight.
    let link = "Census: Population of Abkhazia at 240,705";
    assert!(h.query_by_label(link).is_none());
    wheel(&mut h, egui::pos2(1100.0, 400.0), -3000.0);
    h.get_by_label(link);
}

#[test]
fn keys_and_drags_change_the_view_and_reset_restores_it() {
    let mut h = app();
    let home = h
        .state()
        .map_state()
        .and_then(|m| m.view)
        .expect("fitted on the first frame");

    h.key_press(egui::Key::Plus);
    h.run();
    let zoomed = h.state().map_state().expect("loaded").view.unwrap();
    assert!((zoomed.points_per_km / home.points_per_km - 1.5).abs() < 1e-6);

    let from = screen(&h, LonLat::new(43.0, 42.0));
    h.hover_at(from);
    h.drag_at(from);
    h.step();
    for i in 1..=5 {
        h.hover_at(from + egui::vec2(20.0 * i as f32, 0.0));
        h.step();
    }
    h.drop_at(from + egui::vec2(100.0, 0.0));
    h.run();
    let panned = h.state().map_state().expect("loaded").view.unwrap();
    assert!(
        panned.center.x_km < zoomed.center.x_km - 10.0,
        "dragging right moves the view west"
    );

    h.key_press(egui::Key::Minus);
    h.run();
    assert!(
        h.state()
            .map_state()
            .expect("loaded")
            .view
            .unwrap()
            .points_per_km
            < panned.points_per_km
    );

    h.get_by_label("Reset view").click();
    h.run();
    assert_eq!(h.state().map_state().expect("loaded").view, Some(home));
}

#[test]
fn the_wheel_zooms_around_the_pointer() {
    let mut h = app();
    let pos = screen(&h, TSKHINVALI);
    let before = h.state().map_state().expect("loaded").view.unwrap();
    wheel(&mut h, pos, 120.0);
    let after = h.state().map_state().expect("loaded").view.unwrap();
    assert!(
        after.points_per_km > before.points_per_km * 1.2,
        "{before:?} -> {after:?}"
    );
    let still = screen(&h, TSKHINVALI);
    assert!(
        still.distance(pos) < 2.0,
        "Tskhinvali stays under the pointer: {pos:?} -> {still:?}"
    );
}

/// Every character of the catalogues (all three languages, the CLDR forms) and of the data
/// files (the titles and names in Georgian and Russian among them) has a glyph in the embedded
/// fonts, in the proportional and the monospace family (the problems panel): a message shown
/// only on a rare path cannot come out as boxes.
#[test]
fn every_character_of_the_catalogues_and_the_data_has_a_glyph() {
    let h = app();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut chars = std::collections::BTreeSet::new();
    let mut files = 0;
    for dir in ["i18n", "i18n/cldr", "data"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("the assets folder") {
            let path = entry.expect("a file").path();
            if path.extension().is_some_and(|e| e == "ftl" || e == "toml") {
                let text = std::fs::read_to_string(&path).expect("a text file");
                chars.extend(text.chars().filter(|c| !c.is_control()));
                files += 1;
            }
        }
    }
    assert!(files >= 15, "{files} files read");
    let missing: Vec<(char, &str)> = h.ctx.fonts_mut(|f| {
        let mut missing = Vec::new();
        for (family, name) in [
            (egui::FontFamily::Proportional, "proportional"),
            (egui::FontFamily::Monospace, "monospace"),
        ] {
            let font = egui::FontId::new(14.0, family);
            missing.extend(
                chars
                    .iter()
                    .filter(|&&c| !f.has_glyph(&font, c))
                    .map(|&c| (c, name)),
            );
        }
        missing
    });
    assert!(missing.is_empty(), "no glyph for {missing:?}");
}

#[test]
fn every_script_of_the_data_has_a_glyph() {
    // egui_kittest panics on any glyph no font has. Every region and town name is drawn here
    // in each label language, zoomed in far enough for the minor towns, and every region's
    // details (Georgian, Russian, Abkhaz, Ossetian names) are opened.
    let mut h = app();
    for _ in 0..4 {
        h.key_press(egui::Key::Plus);
    }
    h.run();
    for lang in ["ქართული", "Русский", "English"] {
        h.get_by_label("Map labels").click();
        h.run();
        h.get_by_label(lang).click();
        h.run();
        assert_eq!(h.state().label_language().expect("loaded").label(), lang);
    }
    h.get_by_label("Reset view").click();
    h.run();
    for p in [ABKHAZIA_INLAND, SOUTH_OSSETIA_INLAND, GEORGIA_INLAND] {
        let pos = screen(&h, p);
        click(&mut h, pos);
        assert!(h.state().selected_region_id().is_some());
    }
}

#[test]
fn snapshots_of_the_default_view_a_selection_and_a_zoom() {
    let mut h = app();
    snap(&mut h, "default_view");
    let pos = screen(&h, ABKHAZIA_INLAND);
    click(&mut h, pos);
    h.remove_cursor();
    h.run();
    snap(&mut h, "abkhazia_selected");
    h.key_press(egui::Key::Escape);
    for _ in 0..3 {
        h.key_press(egui::Key::Plus);
    }
    h.run();
    snap(&mut h, "zoomed_in");
}

#[test]
fn the_base_map_mesh_is_built_once_and_reused_until_something_changes() {
    let mut h = app();
    let builds =
        |h: &Harness<'static, AtlasApp>| h.state().map_state().expect("loaded").base.builds;
    let sea = screen(&h, LonLat::new(40.2, 42.0));
    h.hover_at(sea);
    h.run();
    let before = builds(&h);
    // The pointer moves over the sea: nothing the base layer shows changes.
    for k in 0..5 {
        h.hover_at(sea + egui::vec2(k as f32, 0.0));
        h.step();
    }
    assert_eq!(builds(&h), before, "no rebuild while nothing changes");
    // Hovering a region highlights it: one rebuild, then reuse again.
    let inland = screen(&h, GEORGIA_INLAND);
    h.hover_at(inland);
    h.step();
    h.hover_at(inland + egui::vec2(2.0, 0.0));
    h.step();
    assert_eq!(builds(&h), before + 1);
    // A zoom changes the view: rebuilt.
    h.key_press(egui::Key::Plus);
    h.run();
    assert!(builds(&h) > before + 1);
}

/// In a small window the top bar wraps: the theme picker goes to a second row rather than over
/// *Compare with…* (it overlapped it at 720×480).
#[test]
fn a_small_window_keeps_the_top_bar_readable() {
    for size in [[720.0, 480.0], [1280.0, 800.0]] {
        let mut h = Harness::builder()
            .with_size(size)
            .with_theme(egui::Theme::Light)
            .build_eframe(|cc| common::start_app(&cc.egui_ctx, &Default::default(), None));
        h.run();
        let compare = h.get_by_label("Compare with…").rect();
        let picker = h.get_by_value("Light").rect();
        // Below 1000 points the combo boxes go without side labels (their hover names them).
        let mut parts = vec![("picker", picker)];
        if size[0] >= 1000.0 {
            parts.push(("label", h.get_by_label("Theme").rect()));
        }
        for (what, r) in parts {
            assert!(
                !r.intersects(compare),
                "{size:?}: the theme {what} {r:?} covers Compare with… {compare:?}"
            );
            assert!(r.max.x <= size[0] + 0.5, "{size:?}: {what} off the window");
        }
    }
}
