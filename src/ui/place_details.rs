//! The details of a town, village or site: its names and whose each is, where it lies, its side
//! of the line as published and how far the line is as drawn, the events there, and sources.

use crate::Dataset;
use crate::atlas::{Atlas, Place};
use crate::chronicle::EventIx;
use crate::i18n::Tr;
use crate::ids::region::{ABKHAZIA, SOUTH_OSSETIA};
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::details::{row, row_with};
use crate::ui::event_rows::event_rows_ui;
use crate::ui::say;
use crate::ui::terms::{party_terms_ui, term_source_ui};
use crate::views::{Naming, Subject};
use crate::words::Pov;
use egui::RichText;

/// How near a line a place must be for its distance to be worth saying, km.
const NEAR_LINE_KM: f64 = 40.0;

/// What the user picked in a place's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picked {
    /// An event of its list.
    Event(EventIx),
    /// The region it lies in.
    Region,
}

/// Show one place's details; returns what the user picked (an event of its list, its region).
pub fn place_details_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    naming: Naming<'_>,
    place: &Place,
) -> Option<Picked> {
    let (atlas, tr) = (&data.atlas, naming.tr);
    let mut cites = Citations::default();
    let subject = Subject::Place(place.id.clone());
    let mut picked = None;
    ui.heading(naming.place_ui(place));
    term_source_ui(ui, naming, &subject, &mut cites);
    ui.add_space(4.0);
    egui::Grid::new("place_facts")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            row(ui, &t!(tr, "place-kind"), kind(tr, place.rank));
            if let Some(r) = atlas.region(&place.region) {
                row_with(ui, &t!(tr, "place-in"), |ui| {
                    if ui.link(naming.region_ui(&r.id, &r.names)).clicked() {
                        picked = Some(Picked::Region);
                    }
                });
            }
            let cite = place
                .source
                .as_ref()
                .map(|s| cites.cite(std::slice::from_ref(s)))
                .unwrap_or_default();
            row(
                ui,
                &t!(tr, "place-position"),
                format!("{} {cite}", place.lonlat()),
            );
            line_rows(ui, atlas, naming, place, &mut cites);
        });

    ui.separator();
    egui::Grid::new("place_names")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            let n = &place.names;
            row(ui, &t!(tr, "lang-english"), n.name_en.as_str());
            row(ui, &t!(tr, "lang-georgian"), n.name_ka.as_str());
            row(ui, &t!(tr, "lang-russian"), n.name_ru.as_str());
            if let Some(local) = &n.name_local {
                let lang = match place.region.as_str() {
                    ABKHAZIA => t!(tr, "lang-abkhaz"),
                    SOUTH_OSSETIA => t!(tr, "lang-ossetian"),
                    _ => t!(tr, "lang-local"),
                };
                row(ui, &lang, local.as_str());
            }
        });
    let named_by_parties = Pov::PARTIES
        .iter()
        .any(|&p| naming.views.term(p, &subject).is_some());
    if named_by_parties {
        ui.add_space(4.0);
        ui.label(RichText::new(t!(tr, "place-names-used")).strong());
        party_terms_ui(ui, naming, &subject, &mut cites);
    }

    ui.separator();
    let events: Vec<EventIx> = data.chronicle.events_at_place(&place.id).collect();
    if events.is_empty() {
        ui.label(RichText::new(t!(tr, "place-no-events")).weak());
    } else {
        ui.label(RichText::new(t!(tr, "place-events", n = events.len())).strong());
        let event = event_rows_ui(ui, naming, &data.chronicle, "place_events", &events);
        picked = picked.or(event.map(Picked::Event));
    }
    ui.separator();
    cites.ui(ui, &data.sources, tr);
    picked
}

/// What kind of place a rank stands for.
fn kind(tr: Tr<'_>, rank: u8) -> String {
    match rank {
        1 => t!(tr, "place-capital"),
        2 => t!(tr, "place-major-town"),
        3 => t!(tr, "place-town"),
        _ => t!(tr, "place-village"),
    }
}

/// The place's side of the line as the sources publish it (and since when), and how far the
/// line is as drawn, with how precisely that stretch is known.
fn line_rows(
    ui: &mut egui::Ui,
    atlas: &Atlas,
    naming: Naming<'_>,
    place: &Place,
    cites: &mut Citations,
) {
    let tr = naming.tr;
    let region_name = |id: &str| {
        atlas.region(id).map_or_else(
            || id.to_owned(),
            |r| naming.region_ui(&r.id, &r.names).to_owned(),
        )
    };
    if let Some(point) = atlas.line_point_of(place) {
        let side = say::side(naming, atlas, &point.side);
        let cite = cites.cite(&point.sources);
        row(ui, &t!(tr, "place-side"), format!("{side} {cite}"));
        if let Some(since) = point.since {
            row(ui, &t!(tr, "place-since"), tr.fuzzy(since));
        }
    }
    let Some(near) = atlas
        .nearest_line(place.lonlat())
        .filter(|n| n.km <= NEAR_LINE_KM)
    else {
        return;
    };
    let km = tr.number((near.km * 10.0).round() / 10.0);
    let within = tr.number(near.uncertainty_km / 2.0);
    row(
        ui,
        &t!(tr, "place-to-line"),
        t!(
            tr,
            "place-line-km",
            km = km,
            region = region_name(near.line),
            within = within
        ),
    );
}
