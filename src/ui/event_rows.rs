//! A list of events in a details panel (a region's, a place's): newest first, each row its date
//! and its title as a link, laid out lazily in a scroll area of bounded height.

use crate::chronicle::{Chronicle, EventIx};
use crate::ui::lazy::lazy_rows;
use crate::ui::say;
use crate::views::Naming;
use egui::RichText;

/// The list's greatest height, points: the sections below it stay in reach.
const MAX_HEIGHT: f32 = 220.0;

/// Show `events` (in the chronicle's order; shown newest first) under `id_salt`; returns the
/// event whose title was clicked.
pub fn event_rows_ui(
    ui: &mut egui::Ui,
    naming: Naming<'_>,
    chronicle: &Chronicle,
    id_salt: &'static str,
    events: &[EventIx],
) -> Option<EventIx> {
    let tr = naming.tr;
    let mut picked = None;
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .max_height(MAX_HEIGHT)
        .show(ui, |ui| {
            // Laid out lazily: a region has hundreds of events by a recent date.
            let context = (tr.lang, naming.pov, naming.lang);
            lazy_rows(ui, id_salt, context, |rows| {
                for &i in events.iter().rev() {
                    let Some(e) = chronicle.events.get(i) else {
                        continue;
                    };
                    rows.row(i, |ui| {
                        // Wrapped: a long title must not widen the panel.
                        ui.horizontal_wrapped(|ui| {
                            ui.label(RichText::new(say::when(tr, e)).small().weak());
                            if ui.link(naming.event_title(e)).clicked() {
                                picked = Some(i);
                            }
                        });
                    });
                }
            });
        });
    picked
}
