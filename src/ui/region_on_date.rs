//! What holds for a region on the chosen date, in its details: who recognises it, who controls
//! its areas, and its events up to the date.

use crate::Dataset;
use crate::chronicle::{ControlPhase, Entity, EventIx, Snapshot};
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::event_rows::event_rows_ui;
use crate::views::Naming;
use egui::RichText;

/// What holds for a region on the snapshot's date: recognitions, control of its areas, and
/// its events up to the date (each clickable). Returns an event the user picked.
pub fn region_on_date_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    naming: Naming<'_>,
    snapshot: &Snapshot,
    region_id: &str,
    cites: &mut Citations,
) -> Option<EventIx> {
    let (atlas, chronicle) = (&data.atlas, &data.chronicle);
    let tr = naming.tr;
    ui.separator();
    ui.label(RichText::new(t!(tr, "on-date", date = tr.day(snapshot.date))).strong());
    if let Some(entity) = Entity::ALL.into_iter().find(|e| e.region_id() == region_id) {
        let names: Vec<String> = snapshot
            .recognisers(entity)
            .filter_map(|r| chronicle.states.get(r.state))
            .map(|s| naming.state(atlas, s).to_owned())
            .collect();
        let line = if names.is_empty() {
            t!(tr, "recognised-by-none")
        } else {
            t!(tr, "recognised-by", names = names.join(", "))
        };
        ui.add(egui::Label::new(line).wrap());
    }
    for &(i, phase) in &snapshot.control {
        let Some(p) = chronicle.periods.get(i) else {
            continue;
        };
        let Some(area) = chronicle.areas.get(p.area) else {
            continue;
        };
        let in_region = area
            .shape
            .label_point()
            .and_then(|ll| atlas.region_at(ll))
            .and_then(|r| atlas.regions.get(r))
            .is_some_and(|r| r.id == region_id);
        if !in_region {
            continue;
        }
        let who = p.controller.as_str();
        let holder = if phase == ControlPhase::Uncertain {
            t!(tr, "controller-unsure", who = who)
        } else {
            t!(tr, "controller", who = who)
        };
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            ui.label(RichText::new(t!(tr, "area-approx", area = naming.area(area))).strong());
            ui.label(holder);
            ui.label(RichText::new(cites.cite(&p.sources)).weak());
        })
        .response
        .on_hover_text(&p.note);
    }
    let events: Vec<EventIx> = snapshot
        .events
        .iter()
        .map(|(i, _)| *i)
        .filter(|&i| {
            chronicle
                .events
                .get(i)
                .is_some_and(|e| e.region.concerns_region(region_id))
        })
        .collect();
    ui.label(RichText::new(t!(tr, "events-up-to", n = events.len())).strong());
    event_rows_ui(ui, naming, chronicle, "region_events", &events)
}
