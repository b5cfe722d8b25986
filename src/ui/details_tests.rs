//! The details panel alone over the shipped data: names under every point of view, and
//! *Close* as an intent.

use super::*;
use crate::ui::frame::Selection;
use crate::ui::widget_tests::{Fixture, harness};
use crate::words::{Lang, Pov};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// The panel alone with `selection` on `date` under `pov`, with the intents it returned.
fn panel(date: &str, selection: Selection, pov: Pov) -> Harness<'static, Vec<Intent>> {
    let fx = Fixture::on(date);
    harness([420.0, 900.0], Vec::new(), move |ui, intents| {
        let ctx = fx.ctx(Some(&selection), pov);
        intents.extend(details_panel_ui(ui, &ctx, (400.0, 200.0, 420.0)));
    })
}

fn labels(h: &Harness<'static, Vec<Intent>>) -> Vec<String> {
    h.root()
        .query_all(egui_kittest::kittest::by().include_labels())
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect()
}

/// South Ossetia in 2010: the region and the Akhalgori district (a control area) are named in
/// the chosen party's words, and never in another party's different words.
#[test]
fn the_region_and_its_control_areas_are_named_by_the_chosen_party() {
    let data = crate::dataset::shipped();
    let Some(area) = data.chronicle.areas.iter().find(|a| a.id == "akhalgori") else {
        panic!("the shipped data has the Akhalgori control area")
    };
    let Some(region) = data.atlas.region("south_ossetia") else {
        panic!("the shipped data has South Ossetia")
    };
    let area_name = |pov| data.views.area_name(pov, area, Lang::En);
    let region_name = |pov| {
        data.views
            .region_name(pov, "south_ossetia", &region.names, Lang::En)
    };
    // The parties' words differ, so the test can tell them apart.
    assert_eq!(area_name(Pov::DeFacto), "Leningor district");
    assert_eq!(area_name(Pov::Georgia), "Akhalgori district");
    for pov in Pov::ALL {
        let mut h = panel("2010-01-01", Selection::Region("south_ossetia".into()), pov);
        h.run();
        let shown = labels(&h);
        let heading = format!("{} (approximate area):", area_name(pov));
        assert!(
            shown.contains(&heading),
            "{pov:?}: {heading:?} in {shown:?}"
        );
        assert!(shown.iter().any(|l| l == region_name(pov)), "{pov:?}");
        // Event titles are the atlas' own words; the areas' headings are the party's.
        let areas: Vec<&String> = shown
            .iter()
            .filter(|l| l.ends_with("(approximate area):"))
            .collect();
        for other in Pov::ALL {
            let theirs = area_name(other);
            if theirs != area_name(pov) {
                assert!(
                    !areas.iter().any(|l| l.contains(theirs)),
                    "{pov:?}: {other:?}'s {theirs:?} shown in {areas:?}"
                );
            }
        }
        // Abkhazia among the states that recognise South Ossetia: by the party's name too.
        let Some(abkhazia) = data.atlas.region("abkhazia") else {
            panic!("the shipped data has Abkhazia")
        };
        let own = data
            .views
            .region_name(pov, "abkhazia", &abkhazia.names, Lang::En);
        let Some(line) = shown
            .iter()
            .find(|l| l.starts_with("Recognised as independent by:"))
        else {
            panic!("{pov:?}: no list of recognising states in {shown:?}")
        };
        assert!(
            line.contains(&format!(", {own},")) || line.contains(&format!(": {own},")),
            "{pov:?}: {own:?} in {line:?}"
        );
        // Close is asked for, not done.
        h.get_by_label("Close").click();
        h.run();
        assert_eq!(h.state().as_slice(), [Intent::Select(None)]);
    }
}
