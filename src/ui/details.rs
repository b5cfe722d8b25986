//! The details panel: a region's names, status as each party states it, figures, sources.

use crate::Dataset;
use crate::atlas::Region;
use crate::chronicle::EventIx;
use crate::i18n::Tr;
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::frame::{FrameCtx, Intent, Selection};
use crate::ui::place_details::{Picked, place_details_ui};
use crate::ui::region_on_date::region_on_date_ui;
use crate::ui::say;
use crate::ui::source_details::{self, source_details_ui};
use crate::ui::state_details::state_details_ui;
use crate::ui::terms::{term_source_ui, words_ui};
use crate::ui::theme::category_color;
use crate::views::{Naming, Subject};
use egui::RichText;

/// A label / value row of a details grid.
pub(crate) fn row(ui: &mut egui::Ui, label: &str, value: impl Into<egui::WidgetText>) {
    row_with(ui, label, |ui| {
        ui.add(egui::Label::new(value).wrap());
    });
}

/// A row of a details grid whose value is drawn by `value` (one widget: a label, a link).
pub(crate) fn row_with(ui: &mut egui::Ui, label: &str, value: impl FnOnce(&mut egui::Ui)) {
    // The label column wraps at two fifths of the panel: a long label (Georgian and Russian ones
    // run long) must not push the values out of a narrow panel. It is laid out first, so that
    // its cell is as tall as it is: a grid centres each cell in its row, and a cell of no
    // height put the label's top at the row's middle.
    let width = (ui.available_width() * 0.4).max(96.0);
    let text = egui::WidgetText::from(RichText::new(label).weak());
    let galley = text.into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        width,
        egui::TextStyle::Body,
    );
    ui.allocate_ui(egui::vec2(width, galley.size().y), |ui| {
        ui.add(egui::Label::new(galley));
    });
    value(ui);
    ui.end_row();
}

/// Show one region's details. Extra sections (what holds on the chosen date) are added by
/// `extra`, which may cite sources through the same [`Citations`].
pub fn region_details_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    naming: Naming<'_>,
    region: &Region,
    extra: impl FnOnce(&mut egui::Ui, &mut Citations),
) {
    let atlas = &data.atlas;
    let tr = naming.tr;
    let mut cites = Citations::default();
    let info = atlas.info.get(region.id.as_str());
    ui.heading(naming.region_ui(&region.id, &region.names));
    term_source_ui(ui, naming, &Subject::Region(region.id.clone()), &mut cites);
    ui.add_space(4.0);

    egui::Grid::new("names")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            row(ui, &t!(tr, "lang-english"), region.names.name_en.as_str());
            if let Some(n) = &region.names.name_ka {
                row(ui, &t!(tr, "lang-georgian"), n.as_str());
            }
            if let Some(n) = &region.names.name_ru {
                row(ui, &t!(tr, "lang-russian"), n.as_str());
            }
            if let (Some(n), Some(lang)) = (&region.names.name_local, &region.names.local_language)
            {
                // The data names the language in English; the two it has are in the catalogue.
                let lang = match lang.as_str() {
                    "Abkhaz" => t!(tr, "lang-abkhaz"),
                    "Ossetian" => t!(tr, "lang-ossetian"),
                    other => other.to_owned(),
                };
                row(ui, &lang, n.as_str());
            }
        });
    if let Some(info) = info {
        for n in &info.other_names {
            let cite = cites.cite(std::slice::from_ref(&n.source));
            ui.label(t!(
                tr,
                "name-used-by",
                name = n.name.as_str(),
                who = n.used_by.as_str(),
                cite = cite
            ));
        }

        ui.separator();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!(tr, "status-heading")).strong());
            say::in_english(ui, tr);
        });
        // Under a party's point of view its own view comes first; the others follow.
        let mut views: Vec<_> = info.views.iter().collect();
        views.sort_by_key(|v| v.pov != Some(naming.pov));
        for v in views {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                ui.label(RichText::new(format!("{}:", v.holder)).strong());
                ui.label(&v.statement);
                ui.label(RichText::new(cites.cite(&v.sources)).weak());
            });
        }

        ui.separator();
        egui::Grid::new("figures")
            .num_columns(2)
            .spacing([10.0, 4.0])
            .show(ui, |ui| {
                if let Some(capital) = atlas.place(&info.capital) {
                    row(ui, &t!(tr, "capital"), naming.place_ui(capital));
                }
                let cite = cites.cite(&info.boundary_sources);
                let mut area = t!(
                    tr,
                    "area-computed",
                    km2 = tr.number(region.area_km2.round()),
                    cite = cite
                );
                if let (Some(published), Some(src)) =
                    (info.published_area_km2, &info.published_area_source)
                {
                    let cite = cites.cite(std::slice::from_ref(src));
                    area.push_str(&t!(
                        tr,
                        "area-published",
                        km2 = tr.number(published.round()),
                        cite = cite
                    ));
                }
                row(ui, &t!(tr, "area"), area);
                if let Some(text) = line_drawn(&data.atlas, &region.id, tr) {
                    row(ui, &t!(tr, "the-line"), text);
                }
                for p in &info.population {
                    let cite = cites.cite(&p.sources);
                    row(
                        ui,
                        &t!(tr, "population", year = p.year.to_string()),
                        t!(
                            tr,
                            "population-value",
                            count = tr.number(p.count as f64),
                            note = p.note.as_str(),
                            cite = cite
                        ),
                    );
                }
            });
    }
    extra(ui, &mut cites);
    ui.separator();
    cites.ui(ui, &data.sources, naming.tr);
}

/// How the line around region `id` was drawn and to within how much, if it has one.
fn line_drawn(atlas: &crate::atlas::Atlas, id: &str, tr: Tr<'_>) -> Option<String> {
    let stretches: Vec<&crate::atlas::Stretch> =
        atlas.precision.iter().filter(|s| s.line == id).collect();
    if stretches.is_empty() {
        return None;
    }
    let points = atlas.line_points.iter().filter(|p| p.line == id).count();
    let range = |basis: crate::atlas::Basis| {
        let w: Vec<f64> = stretches
            .iter()
            .filter(|s| s.basis == basis)
            .map(|s| s.uncertainty_km)
            .collect();
        let lo = w.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = w.iter().copied().fold(0.0, f64::max);
        (!w.is_empty()).then(|| {
            if (hi - lo).abs() < 0.05 {
                t!(tr, "km-plus-minus", km = tr.number(hi / 2.0))
            } else {
                t!(
                    tr,
                    "km-plus-minus-range",
                    low = tr.number(lo / 2.0),
                    high = tr.number(hi / 2.0)
                )
            }
        })
    };
    let near = range(crate::atlas::Basis::Constraints);
    let far = range(crate::atlas::Basis::NaturalEarth);
    Some(match (near, far) {
        (Some(n), Some(f)) => t!(tr, "line-both", points = points, near = n, far = f),
        (Some(n), None) => t!(tr, "line-near", points = points, near = n),
        (None, Some(f)) => t!(tr, "line-far", far = f),
        (None, None) => return None,
    })
}

/// The details panel on the right for what is selected (nothing when nothing is): it reads
/// the frame and returns what the user asked for (*Close*, an event picked in a region's list).
/// `sizes` are the panel's default, smallest and largest widths.
pub fn details_panel_ui(
    ui: &mut egui::Ui,
    ctx: &FrameCtx<'_>,
    (default, min, max): (f32, f32, f32),
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let Some(selection) = ctx.selection else {
        return intents;
    };
    egui::Panel::right("details")
        .resizable(true)
        .default_size(default)
        .min_size(min)
        .max_size(max)
        .show(ui, |ui| {
            let tr = ctx.naming.tr;
            ui.horizontal(|ui| {
                ui.label(RichText::new(t!(tr, "details")).weak());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button(t!(tr, "details-close"))
                        .on_hover_text(t!(tr, "details-close-hover"))
                        .clicked()
                    {
                        intents.push(Intent::Select(None));
                    }
                });
            });
            egui::ScrollArea::vertical()
                .id_salt("details_scroll")
                .show(ui, |ui| match selection {
                    Selection::Region(id) => {
                        let Some(region) = ctx.data.atlas.region(id) else {
                            return;
                        };
                        region_details_ui(ui, ctx.data, ctx.naming, region, |ui, cites| {
                            let picked = region_on_date_ui(
                                ui,
                                ctx.data,
                                ctx.naming,
                                ctx.snapshot,
                                &region.id,
                                cites,
                            );
                            intents.extend(picked.and_then(|i| ctx.select_event(i)));
                        });
                    }
                    Selection::Event(id) => {
                        if let Some(i) = ctx.data.chronicle.event_index(id) {
                            event_details_ui(ui, ctx.data, ctx.naming, i);
                        }
                    }
                    Selection::Place(id) => {
                        if let Some(place) = ctx.data.atlas.place(id) {
                            intents.extend(
                                match place_details_ui(ui, ctx.data, ctx.naming, place) {
                                    Some(Picked::Event(i)) => ctx.select_event(i),
                                    Some(Picked::Region) => Some(Intent::Select(Some(
                                        Selection::Region(place.region.clone()),
                                    ))),
                                    None => None,
                                },
                            );
                        }
                    }
                    Selection::State(id) => {
                        if let Some(i) = ctx.data.chronicle.state_index(id) {
                            state_details_ui(ui, ctx.data, ctx.naming, ctx.snapshot, i);
                        }
                    }
                    Selection::Source(id) => {
                        intents.extend(match source_details_ui(ui, ctx.data, ctx.naming, id) {
                            Some(source_details::Picked::Event(i)) => ctx.select_event(i),
                            Some(source_details::Picked::Select(s)) => {
                                Some(Intent::Select(Some(s)))
                            }
                            None => None,
                        });
                    }
                });
        });
    intents
}

/// Show one event's details: when (and how exactly), where, what, and its sources.
pub fn event_details_ui(ui: &mut egui::Ui, data: &Dataset, naming: Naming<'_>, index: EventIx) {
    let Some(e) = data.chronicle.events.get(index) else {
        return;
    };
    let mut cites = Citations::default();
    let dark = ui.visuals().dark_mode;
    let tr = naming.tr;
    ui.heading(naming.event_title(e));
    term_source_ui(ui, naming, &Subject::Event(e.id.clone()), &mut cites);
    ui.horizontal(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::Vec2::new(10.0, 10.0), egui::Sense::hover());
        ui.painter()
            .rect_filled(r, 2.0, category_color(e.category, dark));
        ui.label(say::category(tr, e.category));
        let region = say::concern(tr, Some(e.region), |id| {
            data.atlas.region(id).map_or_else(
                || id.to_owned(),
                |r| naming.region_ui(&r.id, &r.names).to_owned(),
            )
        });
        ui.label(RichText::new(format!("· {region}")).weak());
    });
    egui::Grid::new("event_facts")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            let mut when = say::when(tr, e);
            if !e.is_exact() {
                when = t!(tr, "day-unknown", when = when);
            }
            row(ui, &t!(tr, "when"), when);
            let places = naming.event_places(&data.atlas, e);
            let place = match &e.held_in {
                Some(real) => t!(tr, "held-elsewhere", real = real.as_str(), places = places),
                None => places,
            };
            row(ui, &t!(tr, "where"), place);
        });
    ui.add_space(4.0);
    say::in_english(ui, tr);
    ui.add(egui::Label::new(&e.summary).wrap());
    ui.label(RichText::new(cites.cite(&e.sources)).weak());
    words_ui(ui, naming, e.id.as_str(), &mut cites);
    ui.separator();
    cites.ui(ui, &data.sources, naming.tr);
}

#[cfg(test)]
#[path = "details_tests.rs"]
mod tests;
