//! Places as a reader finds them: a click on a village's dot or name opens its details (names,
//! side of the line, distance to it, events there), as do a search result and `--select`; the
//! status line says which side of the line the pointer is on when zoomed in.

use crate::common::{self, click, start};

use caucasus_atlas::{AtlasApp, LonLat, Selection};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const ERGNETI: LonLat = LonLat::new(43.99139, 42.20056);
const IGOETI: LonLat = LonLat::new(44.415, 41.987222);

/// The South Ossetian line south of Tskhinvali, about 1:200 000.
const AT_THE_LINE: [&str; 4] = ["--view", "43.6,41.95,44.6,42.45", "--date", "2019-08-30"];

/// `/`, type `text` into the search field, `Enter`: the first result is gone to.
fn find_and_go(h: &mut Harness<'static, AtlasApp>, text: &str) {
    h.key_press(Key::Slash);
    h.run();
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

fn screen(h: &Harness<'static, AtlasApp>, p: LonLat) -> egui::Pos2 {
    h.state().screen_pos(p).expect("the map was laid out")
}

#[test]
fn a_click_on_a_town_at_the_whole_country_s_zoom_opens_the_town() {
    let mut h = common::app();
    let at = screen(&h, LonLat::new(43.967, 42.233));
    click(&mut h, at);
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Place("tskhinvali".into()))
    );
}

#[test]
fn a_click_on_a_village_opens_its_details_and_its_region_is_a_link() {
    // Before the first event there: no marker over its dot (a marker takes the click).
    let mut h = start(&["--view", "43.6,41.95,44.6,42.45", "--date", "1995-06-01"]);
    let at = screen(&h, IGOETI);
    click(&mut h, at);
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Place("igoeti".into()))
    );
    h.get_by_label("Details");
    assert!(
        h.query_all_by_label("Igoeti").count() >= 2,
        "heading and names"
    );
    h.get_by_label("იგოეთი");
    h.get_by_label_contains("Tbilisi-administered side");
    h.get_by_label_contains("km to the line around");
    h.get_by_label("No event in the data took place here.");
    h.get_by_label("Lies in");
    h.get_by_label("Georgia").click();
    h.run();
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Region("georgia".into()))
    );
}

#[test]
fn a_place_found_by_search_or_named_by_select_is_selected() {
    let mut h = common::app();
    find_and_go(&mut h, "ергнети");
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Place("ergneti".into()))
    );
    // Its name is on the map, though Tskhinvali's is beside it (the selected place's goes
    // first).
    let labels = &h.state().map_state().expect("a map").labels;
    assert!(labels.iter().any(|l| l == "Ergneti"), "{labels:?}");
    // Its events, each a link to its date.
    h.get_by_label("Events here (5)");
    h.get_by_label("Ergneti meetings break off over the Chorchana police post")
        .click();
    h.run();
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Event("ergneti_iprm_disrupted_2019".into()))
    );

    let h = start(&["--select", "tskhinvali"]);
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Place("tskhinvali".into()))
    );
    h.get_by_label_contains("South Ossetia side");
    h.get_by_label("Since");
}

#[test]
fn zoomed_in_the_status_line_says_which_side_of_the_line_and_how_far() {
    let mut h = start(&AT_THE_LINE);
    // Just south of Ergneti, on the Tbilisi-administered side.
    let at = screen(&h, LonLat::new(43.99, 42.17));
    h.hover_at(at);
    h.run();
    h.get_by_label_contains("Tbilisi-administered side, ");
    h.get_by_label_contains("km from the line (±");
    // At the whole country's zoom it says nothing of the line.
    let mut h = common::app();
    let at = screen(&h, ERGNETI);
    h.hover_at(at);
    h.run();
    assert!(h.query_by_label_contains("km from the line").is_none());
}

#[test]
fn a_state_and_a_source_found_by_search_open_their_details() {
    let mut h = common::app();
    find_and_go(&mut h, "nauru");
    assert_eq!(
        h.state().selection(),
        Some(&Selection::State("nauru".into()))
    );
    h.get_by_label("UN member state");
    h.get_by_label("Every act and statement about it, in order");
    h.get_by_label("recognised Abkhazia");

    find_and_go(&mut h, "95th meeting of the Incident Prevention");
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Source("smr_ergneti95_2019".into()))
    );
    h.get_by_label("Open the source");
    h.get_by_label_contains("Cited by (");
    // The event that cites it, a link to its date.
    h.get_by_label("Ergneti meetings break off over the Chorchana police post")
        .click();
    h.run();
    assert_eq!(
        h.state().selection(),
        Some(&Selection::Event("ergneti_iprm_disrupted_2019".into()))
    );
}

#[test]
fn a_details_row_lines_up_with_its_label_and_a_tall_value_pushes_the_next_row_down() {
    let mut h = start(&["--select", "smr_ergneti95_2019"]);
    h.run();
    let rect = |h: &Harness<'static, AtlasApp>, label: &str| h.get_by_label(label).rect();
    let publisher = h
        .get_by_label_contains("Office of the State Minister")
        .rect();
    let date = rect(&h, "2019-08-30");
    assert!(
        publisher.height() > 40.0,
        "the publisher wraps: {publisher:?}"
    );
    assert!(date.top() >= publisher.bottom(), "{publisher:?} {date:?}");
    // One-line rows: the label and the value on one line.
    let label = rect(&h, "Date");
    assert!(
        (label.center().y - date.center().y).abs() < 1.0,
        "{label:?} {date:?}"
    );
    // A label beside a taller value is centred on it, as the grid centres its cells.
    let label = rect(&h, "Publisher");
    assert!(
        (label.center().y - publisher.center().y).abs() < 1.0,
        "{label:?} {publisher:?}"
    );
}
