//! The problems panel: every problem of the last load, located, one per line. A click copies
//! a line; *Copy all* copies the report. The map meanwhile keeps the last good data.

use crate::i18n::Tr;
use crate::load::Problem;
use crate::t;
use egui::RichText;

/// List `problems` of loading `what`, saying which data the map still shows. Returns whether
/// the user closed the panel.
pub fn problems_ui<'a>(
    ui: &mut egui::Ui,
    (what, tr): (&str, Tr<'_>),
    problems: impl Iterator<Item = &'a Problem> + Clone,
    summary: &str,
    showing: &str,
) -> bool {
    let mut close = false;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(t!(tr, "problems-heading", what = what, summary = summary))
                .strong()
                .color(ui.visuals().error_fg_color),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            close = ui.button(t!(tr, "problems-hide")).clicked();
            if ui.button(t!(tr, "problems-copy-all")).clicked() {
                let all: String = problems
                    .clone()
                    .map(|p| tr.problem_line(p) + "\n")
                    .collect();
                ui.ctx().copy_text(all);
            }
        });
    });
    ui.label(RichText::new(t!(tr, "problems-not-applied", showing = showing)).weak());
    egui::ScrollArea::vertical()
        .id_salt("problems_scroll")
        .max_height(ui.available_height())
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for p in problems {
                let color = if p.is_error() {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().warn_fg_color
                };
                let line = tr.problem_line(p);
                let r = ui
                    .add(
                        egui::Label::new(RichText::new(&line).monospace().color(color))
                            .sense(egui::Sense::click())
                            .wrap(),
                    )
                    .on_hover_text(t!(tr, "problems-click-to-copy"));
                if r.clicked() {
                    ui.ctx().copy_text(line);
                }
            }
        });
    close
}
