//! The top bar's search field in the real app: Ctrl+F and / focus it, a name in any script
//! finds the place, ↓ and Enter go there, a region is selected.

use crate::common;

use caucasus_atlas::{AtlasApp, Selection};
use common::app;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Type `text` into the focused field, a frame per event as a user's typing gives.
fn type_text(h: &mut Harness<'static, AtlasApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

/// The centre of the map's view, (lon, lat), once the glide has ended.
fn centre(h: &mut Harness<'static, AtlasApp>) -> (f64, f64) {
    for _ in 0..20 {
        h.step();
    }
    h.run();
    let b = h
        .state()
        .map_state()
        .and_then(|m| m.view_box())
        .expect("a view");
    ((b.west + b.east) / 2.0, (b.south + b.north) / 2.0)
}

/// The label of the search field's active row (the highlighted result), the field found by
/// the text it holds.
fn active_result(h: &Harness<'static, AtlasApp>, typed: &str) -> Option<String> {
    use egui_kittest::kittest::NodeT;
    let field = h
        .query_all_by_value(typed)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)?;
    field.accesskit_node().active_descendant()?.label()
}

#[test]
fn ctrl_f_and_a_russian_name_find_the_town_and_enter_flies_there() {
    let mut h = app();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    type_text(&mut h, "Цхинвал");
    // Shown in the point of view's words, with the name the reader typed beside it.
    h.get_by_label_contains("Tskhinvali — matched Цхинвал");
    h.key_press(Key::Enter);
    let (lon, lat) = centre(&mut h);
    assert!(
        (lon - 43.967).abs() < 0.05 && (lat - 42.233).abs() < 0.05,
        "{lon} {lat}"
    );
    // The field gave up focus: the arrow keys move the date again.
    assert!(
        h.query_by_label_contains("— matched").is_none(),
        "the list closed"
    );
}

#[test]
fn slash_a_georgian_region_name_and_enter_select_the_region() {
    let mut h = app();
    h.key_press(Key::Slash);
    h.run();
    type_text(&mut h, "აფხაზეთი");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Region("abkhazia".into()))
    );
}

#[test]
fn arrow_down_takes_the_second_result_and_a_misspelling_still_finds() {
    let mut h = app();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    // "Gali" the town, then the events, sources and others that name it: the town first.
    type_text(&mut h, "gali");
    h.get_by_label("Gali");
    h.get_by_label_contains("Results: ");
    // A screen reader follows the highlighted result: the field's active row.
    assert_eq!(active_result(&h, "gali").as_deref(), Some("Gali"));
    h.key_press(Key::ArrowDown);
    h.run();
    let second = active_result(&h, "gali");
    assert!(
        second.as_ref().is_some_and(|s| s != "Gali"),
        "the second result is active: {second:?}"
    );
    h.key_press(Key::Enter);
    h.run();
    let selected = h.state().selection().cloned();
    assert!(
        selected.is_some() && selected != Some(Selection::Place("gali".into())),
        "the second result, not the town, is selected: {selected:?}"
    );
    // "/" again: the last query is selected and typing replaces it (no "/" typed), and a
    // misspelt name finds the village.
    h.key_press(Key::Slash);
    h.run();
    type_text(&mut h, "ergeneti");
    let typed = h.query_all_by_value("ergeneti").count();
    assert!(typed > 0, "the field holds what was typed, and only that");
    h.get_by_label_contains("Ergneti");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label_contains("Ergneti —").is_none());
}

#[test]
fn the_status_line_says_where_the_pointer_is_and_a_click_copies_it() {
    let mut h = app();
    let at = egui::pos2(700.0, 300.0);
    h.hover_at(at);
    h.run();
    let expected = {
        let p = h
            .state()
            .map_state()
            .and_then(|m| m.projector())
            .expect("a map")
            .lonlat_from_screen(at);
        format!("{:.4}° N {:.4}° E", p.lat, p.lon)
    };
    // Still there with the pointer on the status line, and a click copies it.
    h.get_by_label(&expected).click();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if t == &expected));
    h.run();
    h.get_by_label_contains(&format!("Copied: {expected}"));
    assert!(copied, "the text went to the clipboard");
}

#[test]
fn a_river_s_name_in_any_script_brings_its_course_into_view() {
    let mut h = app();
    h.key_press(Key::Slash);
    h.run();
    type_text(&mut h, "მტკვარი");
    h.get_by_label("Rivers");
    h.key_press(Key::Enter);
    let (lon, lat) = centre(&mut h);
    // The named stretches run from Khashuri past Gori to Tbilisi.
    assert!(
        (43.5..45.0).contains(&lon) && (41.6..42.1).contains(&lat),
        "{lon} {lat}"
    );
    assert_eq!(h.state().selection(), None, "a river has no details");
}

#[test]
fn a_space_typed_in_the_field_is_a_space() {
    let mut h = app();
    h.key_press(Key::Slash);
    h.run();
    type_text(&mut h, "south");
    // A real keyboard sends the key and its text.
    h.key_down(Key::Space);
    h.event(egui::Event::Text(" ".to_owned()));
    h.key_up(Key::Space);
    h.run();
    type_text(&mut h, "ossetia");
    assert!(h.query_all_by_value("south ossetia").count() > 0);
}
