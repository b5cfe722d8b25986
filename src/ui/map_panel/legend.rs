//! The map legend: every symbol on the map, with the layer switch.

use super::MapPanel;
use crate::ids::region::{ABKHAZIA, GEORGIA, SOUTH_OSSETIA};
use crate::t;
use crate::ui::frame::FrameCtx;
use crate::ui::theme::{self, Palette};
use egui::{Rect, RichText};

/// One legend for every symbol on the map, bottom right, with the layer switch (the panel's
/// own state).
pub(super) fn legend_ui(ui: &egui::Ui, ctx: &FrameCtx<'_>, map_rect: Rect, panel: &mut MapPanel) {
    let dark = ui.visuals().dark_mode;
    let palette = Palette::for_visuals(ui.visuals());
    let naming = ctx.naming;
    let tr = naming.tr;
    let name = |id: &str| {
        ctx.data.atlas.region(id).map_or(id.to_owned(), |r| {
            naming.region_ui(&r.id, &r.names).to_owned()
        })
    };
    let names = [GEORGIA, ABKHAZIA, SOUTH_OSSETIA].map(name);
    let line = naming.line();
    egui::Area::new(egui::Id::unique("map_legend"))
        .pivot(egui::Align2::RIGHT_BOTTOM)
        .fixed_pos(map_rect.right_bottom() - egui::vec2(10.0, 10.0))
        .show(ui.ctx(), |ui| {
            crate::ui::theme::map_overlay_frame(ui.style()).show(ui, |ui| {
                ui.set_max_width(230.0);
                let shown = egui::CollapsingHeader::new(RichText::new(t!(tr, "legend")).small())
                    .open(Some(panel.legend_open))
                    .show(ui, |ui| {
                        ui.spacing_mut().item_spacing = egui::vec2(4.0, 2.0);
                        let swatch = |ui: &mut egui::Ui,
                                      fill: egui::Color32,
                                      stroke: egui::Color32,
                                      label: &str| {
                            let (r, _) =
                                ui.allocate_exact_size(egui::vec2(12.0, 9.0), egui::Sense::hover());
                            ui.painter().rect(
                                r,
                                2.0,
                                fill,
                                egui::Stroke::new(1.0, stroke),
                                egui::StrokeKind::Inside,
                            );
                            ui.label(RichText::new(label).small());
                        };
                        ui.horizontal_wrapped(|ui| {
                            swatch(ui, palette.georgia, palette.border, &names[0]);
                            swatch(ui, palette.abkhazia, palette.border, &names[1]);
                            swatch(ui, palette.south_ossetia, palette.border, &names[2]);
                            swatch(
                                ui,
                                palette.neighbour,
                                palette.neighbour_border,
                                &t!(tr, "legend-neighbours"),
                            );
                        });
                        if let Some(line) = &line {
                            line_swatch(
                                ui,
                                egui::Stroke::new(2.0, palette.border),
                                &t!(tr, "legend-line", line = line.as_str()),
                            );
                        }
                        if let Some(text) = band_text(&ctx.data.atlas, tr) {
                            ui.label(RichText::new(text).small().weak());
                        }
                        if !ctx.data.atlas.water.rivers.is_empty() {
                            line_swatch(
                                ui,
                                egui::Stroke::new(1.3, palette.river),
                                &t!(tr, "legend-water"),
                            );
                        }
                        ui.horizontal_wrapped(|ui| {
                            ui.label(RichText::new(t!(tr, "legend-held")).small().weak());
                            for (side, label) in [
                                (
                                    crate::chronicle::Side::Georgia,
                                    t!(tr, "legend-held-georgia"),
                                ),
                                (
                                    crate::chronicle::Side::DeFacto,
                                    t!(tr, "legend-held-de-facto"),
                                ),
                                (crate::chronicle::Side::Russia, t!(tr, "legend-held-russia")),
                            ] {
                                let c = theme::side_color(side, &palette, dark);
                                swatch(ui, c.gamma_multiply(0.38), c, &label);
                            }
                        });
                        ui.horizontal_wrapped(|ui| {
                            let c = ui.visuals().text_color();
                            // The popup's own background (panels may be unfilled: see `theme::unfill_panels`).
                            let bg = ui.visuals().window_fill;
                            for (kind, label) in [
                                (0, t!(tr, "legend-under-way")),
                                (1, t!(tr, "legend-uncertain")),
                                (2, t!(tr, "legend-earlier")),
                            ] {
                                let (r, _) = ui.allocate_exact_size(
                                    egui::vec2(12.0, 12.0),
                                    egui::Sense::hover(),
                                );
                                match kind {
                                    0 => ui.painter().circle(
                                        r.center(),
                                        4.5,
                                        c,
                                        egui::Stroke::new(1.5, bg),
                                    ),
                                    1 => ui.painter().circle_stroke(
                                        r.center(),
                                        4.5,
                                        egui::Stroke::new(1.5, c.gamma_multiply(0.6)),
                                    ),
                                    _ => ui.painter().circle_filled(
                                        r.center(),
                                        2.5,
                                        c.gamma_multiply(0.5),
                                    ),
                                };
                                ui.label(RichText::new(label).small());
                            }
                        });
                        ui.checkbox(
                            &mut panel.markers.show_past,
                            RichText::new(t!(tr, "legend-show-earlier")).small(),
                        );
                        ui.label(RichText::new(t!(tr, "legend-boundaries")).small().weak());
                    });
                if shown.header_response.clicked() {
                    panel.legend_open = !panel.legend_open;
                }
            });
        });
}

/// A legend row: a short stroke, then its meaning.
fn line_swatch(ui: &mut egui::Ui, stroke: egui::Stroke, label: &str) {
    ui.horizontal_wrapped(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(14.0, 9.0), egui::Sense::hover());
        ui.painter()
            .line_segment([r.left_center(), r.right_center()], stroke);
        ui.label(RichText::new(label).small());
    });
}

/// What the band along the lines means, with the range of its widths; `None` without data.
fn band_text(atlas: &crate::atlas::Atlas, tr: crate::i18n::Tr<'_>) -> Option<String> {
    let widths = atlas.precision.iter().map(|s| s.uncertainty_km);
    let (lo, hi) = widths.fold(None, |r: Option<(f64, f64)>, w| {
        Some(r.map_or((w, w), |(a, b)| (a.min(w), b.max(w))))
    })?;
    Some(t!(
        tr,
        "legend-band",
        low = tr.number(lo),
        high = tr.number(hi),
        places = atlas.line_points.len()
    ))
}
