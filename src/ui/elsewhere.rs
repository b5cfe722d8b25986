//! Events that took place off the map (Moscow, New York, Geneva, Managua…): they get no
//! marker at a town they did not happen in. Their subject region is outlined in the event's
//! colour while the event is current, and a list in the map's lower-left corner names where they
//! happened; a click there selects the event.

use crate::atlas::Atlas;
use crate::chronicle::{Chronicle, EventIx, EventPhase, Snapshot};
use crate::t;
use crate::ui::map::{Projector, paint_outline};
use crate::ui::say;
use crate::ui::theme::category_color;
use crate::views::Naming;
use egui::{Rect, RichText, Stroke};

/// At most this many off-map events are listed (the most recent first).
const MAX_LISTED: usize = 5;

/// Off-map events current on the snapshot's date (under way, uncertain or recent), most
/// recent first.
fn current_elsewhere<'a>(
    chronicle: &'a Chronicle,
    snapshot: &'a Snapshot,
) -> impl Iterator<Item = (EventIx, EventPhase)> + 'a {
    snapshot
        .events
        .iter()
        .rev()
        .copied()
        .filter(move |(i, phase)| {
            phase != &EventPhase::Past
                && chronicle
                    .events
                    .get(*i)
                    .is_some_and(|e| e.held_in.is_some())
        })
}

/// Outline the regions that current off-map events concern, each once, in the colour of the
/// most recent event that concerns it (stacked outlines of one ring would only mix colours, and
/// each costs a full tessellated ring every frame).
pub fn paint_regions(
    painter: &egui::Painter,
    proj: &Projector,
    atlas: &Atlas,
    chronicle: &Chronicle,
    snapshot: &Snapshot,
    dark: bool,
) {
    let mut outlined = vec![false; atlas.regions.len()];
    for (i, phase) in current_elsewhere(chronicle, snapshot) {
        let Some(e) = chronicle.events.get(i) else {
            continue;
        };
        let alpha = match phase {
            EventPhase::Active => 1.0,
            EventPhase::Uncertain => 0.6,
            EventPhase::Recent { days } => {
                1.0 - 0.75 * days as f32 / crate::chronicle::RECENT_DAYS as f32
            }
            EventPhase::Past => 0.0,
        };
        let stroke = Stroke::new(3.0, category_color(e.category, dark).gamma_multiply(alpha));
        for (region, done) in atlas.regions.iter().zip(outlined.iter_mut()) {
            if !*done && e.region.concerns_region(&region.id) {
                *done = true;
                paint_outline(painter, proj, &region.shape, stroke);
            }
        }
    }
}

/// The list of current off-map events in the map's top-left corner. Returns the event the
/// user clicked.
pub fn list_ui(
    ui: &egui::Ui,
    map_rect: Rect,
    (chronicle, naming): (&Chronicle, Naming<'_>),
    snapshot: &Snapshot,
) -> Option<EventIx> {
    // A low map lists fewer, so that the list never hides most of it (a map 250 points high,
    // as in a 720×480 window, lists one).
    let room = ((map_rect.height() - 220.0) / 22.0).floor().max(1.0) as usize;
    let mut current: Vec<(EventIx, EventPhase)> = current_elsewhere(chronicle, snapshot)
        .take(MAX_LISTED)
        .collect();
    if current.is_empty() {
        return None;
    }
    let hidden = current.len().saturating_sub(room);
    current.truncate(room);
    let dark = ui.visuals().dark_mode;
    let tr = naming.tr;
    let mut clicked = None;
    egui::Area::new(egui::Id::unique("elsewhere_events"))
        // Bottom left, above the scale bar: at the default view that is sea and Turkey, and
        // it leaves the regions themselves in view.
        .pivot(egui::Align2::LEFT_BOTTOM)
        .fixed_pos(map_rect.left_bottom() + egui::vec2(10.0, -56.0))
        .show(ui.ctx(), |ui| {
            crate::ui::theme::map_overlay_frame(ui.style()).show(ui, |ui| {
                ui.set_max_width(300.0_f32.min(map_rect.width() - 40.0).max(120.0));
                ui.label(RichText::new(t!(tr, "elsewhere")).small().strong())
                    .on_hover_text(t!(tr, "elsewhere-hover"));
                for (i, _) in current {
                    let Some(e) = chronicle.events.get(i) else {
                        continue;
                    };
                    let place = e.held_in.as_deref().unwrap_or_default();
                    ui.horizontal(|ui| {
                        let (r, _) =
                            ui.allocate_exact_size(egui::vec2(8.0, 8.0), egui::Sense::hover());
                        ui.painter()
                            .rect_filled(r, 2.0, category_color(e.category, dark));
                        let text = t!(
                            tr,
                            "elsewhere-item",
                            place = place,
                            title = naming.event_title(e)
                        );
                        if ui
                            .add(
                                egui::Button::new(RichText::new(text).small())
                                    .frame(false)
                                    .truncate(),
                            )
                            .on_hover_text(format!(
                                "{} · {}",
                                say::when(tr, e),
                                say::category(tr, e.category)
                            ))
                            .clicked()
                        {
                            clicked = Some(i);
                        }
                    });
                }
                if hidden > 0 {
                    ui.label(
                        RichText::new(t!(tr, "elsewhere-more", n = hidden))
                            .small()
                            .weak(),
                    );
                }
            });
        });
    clicked
}
