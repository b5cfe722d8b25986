//! What the chosen date puts on the map: areas of control and event markers.

use crate::chronicle::{Chronicle, ControlPhase, EventIx, EventPhase, RECENT_DAYS, Snapshot};
use crate::ui::map::{Highlight, Projector, paint_dashed_outline, paint_fill};
use crate::ui::theme::{Palette, category_color, side_color};
use egui::{Color32, Pos2, Stroke};

/// Whether faint dots for older events are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkerOptions {
    /// Draw events long past as faint dots.
    pub show_past: bool,
}

/// A marker drawn this frame, for hit-testing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    /// Where it is on screen.
    pub pos: Pos2,
    /// Its radius in points.
    pub radius: f32,
    /// Index into [`Chronicle::events`].
    pub event: EventIx,
}

/// Fill the areas whose control the snapshot names (approximate outlines, dashed).
pub fn paint_control(
    painter: &egui::Painter,
    proj: &Projector,
    chronicle: &Chronicle,
    snapshot: &Snapshot,
    palette: &Palette,
    dark: bool,
) {
    for &(i, phase) in &snapshot.control {
        let Some(period) = chronicle.periods.get(i) else {
            continue;
        };
        let Some(area) = chronicle.areas.get(period.area) else {
            continue;
        };
        let color = side_color(period.side, palette, dark);
        let (fill_alpha, stroke_w) = match phase {
            ControlPhase::Certain => (0.38, 1.6),
            ControlPhase::Uncertain => (0.16, 1.0),
        };
        paint_fill(painter, proj, &area.shape, color.gamma_multiply(fill_alpha));
        paint_dashed_outline(painter, proj, &area.shape, Stroke::new(stroke_w, color));
    }
}

/// Draw the snapshot's events: markers that stand out while an event is under way, fade
/// over the following weeks, and stay as faint dots afterwards (if asked). Events known only
/// to the month or year are drawn as translucent rings. With a `focus` (a story's slide), the
/// events outside it (sorted) are dimmed. Returns the markers for hit-testing, most prominent last.
#[expect(
    clippy::too_many_arguments,
    reason = "the painter's inputs, each from another owner; a struct would only rename them"
)]
pub fn paint_events(
    painter: &egui::Painter,
    proj: &Projector,
    chronicle: &Chronicle,
    snapshot: &Snapshot,
    options: MarkerOptions,
    highlight: Highlight<EventIx>,
    focus: &[EventIx],
    dark: bool,
) -> Vec<Marker> {
    let Highlight { hovered, selected } = highlight;
    let halo = if dark {
        Color32::from_gray(20)
    } else {
        Color32::WHITE
    };
    let mut markers = Vec::new();
    // Past first, then recent, then uncertain, then active: the most current on top.
    let rank = |p: &EventPhase| match p {
        EventPhase::Past => 0,
        EventPhase::Recent { .. } => 1,
        EventPhase::Uncertain => 2,
        EventPhase::Active => 3,
    };
    let mut order: Vec<&(EventIx, EventPhase)> = snapshot.events.iter().collect();
    order.sort_by_key(|(_, p)| rank(p));
    for &&(i, phase) in &order {
        let is_selected = selected == Some(i);
        if phase == EventPhase::Past && !options.show_past && !is_selected {
            continue;
        }
        let Some(e) = chronicle.events.get(i) else {
            continue;
        };
        if e.held_in.is_some() {
            // It happened off the map: no marker at a town it did not happen in (see
            // `elsewhere`).
            continue;
        }
        let dimmed = !focus.is_empty() && focus.binary_search(&i).is_err() && !is_selected;
        let color = category_color(e.category, dark);
        let color = if dimmed {
            color.gamma_multiply(0.25)
        } else {
            color
        };
        for p in &e.points {
            let pos = proj.screen_from_lonlat(p.lonlat);
            if !proj.rect.expand(10.0).contains(pos) {
                continue;
            }
            let radius = match phase {
                EventPhase::Active => {
                    painter.circle_filled(pos, 13.0, color.gamma_multiply(0.25));
                    painter.circle(pos, 7.0, color, Stroke::new(2.0, halo));
                    7.0
                }
                EventPhase::Uncertain => {
                    painter.circle(
                        pos,
                        9.0,
                        color.gamma_multiply(0.18),
                        Stroke::new(2.0, color.gamma_multiply(0.55)),
                    );
                    9.0
                }
                EventPhase::Recent { days } => {
                    let fade = 1.0 - 0.75 * days as f32 / RECENT_DAYS as f32;
                    let r = 4.0 + 2.5 * fade;
                    painter.circle(
                        pos,
                        r,
                        color.gamma_multiply(fade),
                        Stroke::new(1.5, halo.gamma_multiply(fade)),
                    );
                    r
                }
                EventPhase::Past => {
                    painter.circle_filled(pos, 2.5, color.gamma_multiply(0.45));
                    3.0
                }
            };
            if is_selected || hovered == Some(i) {
                let ring = if dark { Color32::WHITE } else { Color32::BLACK };
                painter.circle_stroke(
                    pos,
                    radius + 4.0,
                    Stroke::new(if is_selected { 2.5 } else { 1.5 }, ring),
                );
            }
            // Faint dots of long-past events are context, not targets: a click there reaches
            // the region below (the event list and region details still lead to them).
            if phase != EventPhase::Past || is_selected {
                markers.push(Marker {
                    pos,
                    radius,
                    event: i,
                });
            }
        }
    }
    markers
}

/// The marker under `pos`, preferring the most prominent (drawn last).
pub fn marker_at(markers: &[Marker], pos: Pos2) -> Option<EventIx> {
    markers
        .iter()
        .rev()
        .find(|m| m.pos.distance(pos) <= m.radius.max(5.0) + 3.0)
        .map(|m| m.event)
}
