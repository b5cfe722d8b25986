//! The problems panel: every problem of the last load, located, one per line. A click copies
//! a line; *Copy all* copies the report. The map meanwhile keeps the last good data.

use crate::load::Problem;
use egui::RichText;

/// The panel's accessible label, for tests.
pub const PANEL_LABEL: &str = "Problems";

/// List `problems` of loading `what`, saying which data the map still shows. Returns whether
/// the user closed the panel.
pub fn problems_ui<'a>(
    ui: &mut egui::Ui,
    what: &str,
    problems: impl Iterator<Item = &'a Problem> + Clone,
    summary: &str,
    showing: &str,
) -> bool {
    let mut close = false;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("{PANEL_LABEL}: {what} — {summary}"))
                .strong()
                .color(ui.visuals().error_fg_color),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            close = ui.button("Hide").clicked();
            if ui.button("Copy all").clicked() {
                let all: String = problems.clone().map(|p| format!("{p}\n")).collect();
                ui.ctx().copy_text(all);
            }
        });
    });
    ui.label(
        RichText::new(format!(
            "Nothing of it was applied: the map shows {showing}. Fix the files and save; the folder is watched. Click a line to copy it."
        ))
        .weak(),
    );
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
                let line = p.to_string();
                let r = ui
                    .add(
                        egui::Label::new(RichText::new(&line).monospace().color(color))
                            .sense(egui::Sense::click())
                            .wrap(),
                    )
                    .on_hover_text("Click to copy");
                if r.clicked() {
                    ui.ctx().copy_text(line);
                }
            }
        });
    close
}
