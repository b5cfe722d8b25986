//! The map panel alone over the small test data set: a click is an intent, never a change of the
//! selection, and the panel keeps only its own state.

use super::*;
use crate::ids::{EventId, RegionId};
use crate::projection::LonLat;
use crate::ui::widget_tests::{Fixture, click, harness};
use crate::words::Pov;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The panel alone on `date` with `selection`, with the intents it returned.
fn panel(date: &str, selection: Option<Selection>) -> Harness<'static, (MapPanel, Vec<Intent>)> {
    let fx = Fixture::on(date);
    harness(
        [900.0, 600.0],
        (MapPanel::default(), Vec::new()),
        move |ui, (panel, intents): &mut (MapPanel, Vec<Intent>)| {
            let ctx = fx.ctx(selection.as_ref(), Pov::Attributed);
            intents.extend(panel.ui(ui, &ctx, None).intents);
        },
    )
}

fn screen(h: &Harness<'static, (MapPanel, Vec<Intent>)>, p: LonLat) -> Pos2 {
    match h.state().0.state.projector() {
        Some(proj) => proj.screen_from_lonlat(p),
        None => panic!("the map was laid out"),
    }
}

#[test]
fn a_click_on_a_region_or_a_marker_is_a_selection_intent() {
    // 1 March 2022: no event under way at Tskhinvali, so a click there is the region's.
    let mut h = panel("2022-03-01", None);
    h.run();
    let at = screen(&h, LonLat::new(43.90, 42.30));
    click(&mut h, at);
    assert_eq!(
        h.state().1.as_slice(),
        [Intent::Select(Some(Selection::Region(RegionId::new(
            "south_ossetia"
        ))))]
    );
    // The panel selected nothing itself: what it draws comes from the context.
    assert!(
        h.state()
            .0
            .state
            .labels
            .iter()
            .any(|l| l == "South Ossetia")
    );

    // 8 August 2008: the test war's marker is drawn at Tskhinvali (the one event under way);
    // a click on it asks for that event, not the region under it.
    let mut h = panel("2008-08-08", None);
    h.run();
    let drawn = &h.state().0.drawn;
    assert_eq!(drawn.len(), 1, "{drawn:?}");
    let Some(marker) = drawn.first().copied() else {
        panic!("a marker is drawn on 8 August 2008")
    };
    assert!(marker.pos.distance(screen(&h, LonLat::new(43.967, 42.233))) < 1.0);
    click(&mut h, marker.pos);
    assert_eq!(
        h.state().1.as_slice(),
        [Intent::Select(Some(Selection::Event(EventId::new(
            "test_war"
        ))))]
    );
}

#[test]
fn the_legend_is_the_panels_own_state() {
    let mut h = panel("2022-03-01", None);
    h.run();
    assert!(!h.state().0.legend_open);
    h.get_by_label("Legend").click();
    h.run();
    assert!(h.state().0.legend_open);
    assert!(h.state().1.is_empty(), "{:?}", h.state().1);
}
