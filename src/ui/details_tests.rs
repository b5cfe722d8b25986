//! The details panel alone over the small test data set: names under every point of view, and
//! *Close* as an intent.

use super::*;
use crate::ui::frame::Selection;
use crate::ui::widget_tests::{Fixture, harness};
use crate::words::Pov;
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

/// South Ossetia in 2010: the region, the Akhalgori area (a control area) and Abkhazia among
/// the states that recognise it are named in the chosen party's words (the small data set
/// gives each party words of its own), and never in another party's.
#[test]
fn the_region_and_its_control_areas_are_named_by_the_chosen_party() {
    // The area's own name (`boundaries/control_areas.geojson`), where a party has no word.
    const AKHALGORI: &str = "Akhalgori (Leningor) district";
    // (point of view, the region, the area, Abkhazia as a recognising state)
    let expected = [
        (Pov::Attributed, "South Ossetia", AKHALGORI, "Abkhazia"),
        (
            Pov::Georgia,
            "South Ossetia-G",
            "Akhalgori-G district",
            "Abkhazia-G",
        ),
        (
            Pov::DeFacto,
            "South Ossetia-D",
            "Akhalgori-D district",
            "Abkhazia",
        ),
        (Pov::Russia, "South Ossetia", AKHALGORI, "Abkhazia"),
        (
            Pov::International,
            "South Ossetia",
            "Akhalgori-I municipality",
            "Abkhazia",
        ),
    ];
    assert_eq!(expected.len(), Pov::ALL.len());
    for (pov, region, area, abkhazia) in expected {
        let mut h = panel("2010-01-01", Selection::Region("south_ossetia".into()), pov);
        h.run();
        let shown = labels(&h);
        assert!(
            shown.iter().any(|l| l == region),
            "{pov:?}: {region:?} in {shown:?}"
        );
        let heading = format!("{area} (approximate area):");
        assert!(
            shown.contains(&heading),
            "{pov:?}: {heading:?} in {shown:?}"
        );
        // No other party's word for the area or the region anywhere in the panel.
        for (other, their_region, their_area, _) in expected {
            for theirs in [their_region, their_area] {
                if theirs.contains('-') && other != pov && theirs != region && theirs != area {
                    assert!(
                        !shown.iter().any(|l| l.contains(theirs)),
                        "{pov:?}: {other:?}'s {theirs:?} shown in {shown:?}"
                    );
                }
            }
        }
        let Some(line) = shown
            .iter()
            .find(|l| l.starts_with("Recognised as independent by:"))
        else {
            panic!("{pov:?}: no list of recognising states in {shown:?}")
        };
        assert!(
            line.contains(&format!(" {abkhazia},")) || line.ends_with(&format!(" {abkhazia}")),
            "{pov:?}: {abkhazia:?} in {line:?}"
        );
        // Close is asked for, not done.
        h.get_by_label("Close").click();
        h.run();
        assert_eq!(h.state().as_slice(), [Intent::Select(None)]);
    }
}
