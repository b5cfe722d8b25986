//! The map for the keyboard and for screen readers: each region and each event marker is a
//! focusable node with an accessible name ("Region: Abkhazia", "Event: …"). `Tab` reaches
//! them, `Enter` selects, and a screen reader announces what the mouse would show. The nodes
//! sense no clicks or drags, so the mouse still talks to the map underneath.

use crate::i18n::Tr;
use crate::t;
use crate::ui::frame::{FrameCtx, Intent, Selection};
use crate::ui::map::Projector;
use crate::ui::overlays::Marker;
use crate::ui::say;
use egui::{Rect, Sense, Stroke};

/// Accessible name of a region's node.
pub(super) fn region_label(tr: Tr<'_>, name: &str) -> String {
    t!(tr, "access-region", name = name)
}

/// Accessible name of an event marker's node.
pub(super) fn event_label(tr: Tr<'_>, title: &str, when: &str) -> String {
    t!(tr, "access-event", title = title, when = when)
}

/// One focusable node per region in view and per drawn marker, over the map; `Enter` on one
/// asks for its selection.
pub(super) fn nodes_ui(
    ui: &egui::Ui,
    ctx: &FrameCtx<'_>,
    proj: &Projector,
    drawn: &[Marker],
) -> Option<Intent> {
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    let focus_stroke = Stroke::new(2.0, ui.visuals().selection.stroke.color);
    let mut picked = None;
    let naming = ctx.naming;
    for r in &ctx.data.atlas.regions {
        let a = proj.screen_from_map(r.shape.map_rect.min);
        let b = proj.screen_from_map(r.shape.map_rect.max);
        let rect = Rect::from_two_pos(a, b).intersect(proj.rect);
        if !rect.is_positive() {
            continue;
        }
        let id = ui.scope_id().with(("region_node", &r.id));
        let response = ui.interact(rect, id, Sense::focusable_noninteractive());
        let label = region_label(naming.tr, naming.region(&r.id, &r.names));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if response.has_focus() {
            ui.painter()
                .rect_stroke(rect, 4.0, focus_stroke, egui::StrokeKind::Outside);
            if enter {
                picked = Some(Selection::Region(r.id.clone()));
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for m in drawn {
        // One node per event, at its first marker.
        let Some(e) = ctx
            .data
            .chronicle
            .events
            .get(m.event)
            .filter(|_| seen.insert(m.event))
        else {
            continue;
        };
        let rect = Rect::from_center_size(m.pos, egui::vec2(14.0, 14.0));
        let id = ui.scope_id().with(("event_node", &e.id));
        let response = ui.interact(rect, id, Sense::focusable_noninteractive());
        let label = event_label(naming.tr, naming.event_title(e), &say::when(naming.tr, e));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if response.has_focus() {
            ui.painter().circle_stroke(m.pos, 10.0, focus_stroke);
            if enter {
                picked = Some(Selection::Event(e.id.clone()));
            }
        }
    }
    picked.map(|p| Intent::Select(Some(p)))
}
