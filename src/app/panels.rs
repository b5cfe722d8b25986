//! The panels of the session: timeline, lists, details and the map with its hover and click.
//! They read the session and push [`Intent`]s.

use super::session::{Intent, Selection, Session};
use crate::ui::details::details_panel_ui;
use crate::ui::elsewhere;
use crate::ui::frame::FrameCtx;

/// The frame's read-only context, borrowed field by field from the session, so that a panel
/// (another field) can be borrowed mutably beside it.
macro_rules! frame_ctx {
    ($s:ident) => {
        FrameCtx {
            data: &$s.data,
            date: $s.time.date,
            time: &$s.time,
            compare_date: $s.compare.as_ref().map(|c| c.date),
            snapshot: &$s.snapshot,
            diff: $s.compare.as_ref().map(|c| &c.diff),
            selection: $s.selection.as_ref(),
            naming: crate::views::Naming {
                views: &$s.data.views,
                pov: $s.map.pov,
                lang: $s.map.language,
            },
        }
    };
}
use crate::ui::map::{self, Highlight};
use crate::ui::overlays;
use crate::ui::theme::Palette;
use egui::Pos2;

impl Session {
    pub(super) fn timeline_panel_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = frame_ctx!(self);
        let intents = self.timeline.ui(ui, &ctx);
        self.intents.extend(intents);
    }

    pub(super) fn left_panel_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = frame_ctx!(self);
        let intents = self.left.ui(ui, &ctx);
        self.intents.extend(intents);
    }

    pub(super) fn details_panel_ui(&mut self, ui: &mut egui::Ui) {
        let sizes = side_panel_sizes(ui.ctx().content_rect().width(), 340.0);
        let ctx = frame_ctx!(self);
        let intents = details_panel_ui(ui, &ctx, sizes);
        self.intents.extend(intents);
    }

    /// The central panel with the map. The map covers all of it but the margin, so only the
    /// margin is filled: filling the whole panel under the map made the renderer shade half a
    /// million pixels a frame twice. (In the window the panels' fill is transparent and the
    /// clear colour shows through: see `theme::unfill_panels`.)
    pub(super) fn map_central_panel(&mut self, ui: &mut egui::Ui) {
        let frame = egui::Frame::central_panel(ui.style());
        let (fill, margin) = (frame.fill, frame.inner_margin);
        egui::CentralPanel::default()
            .frame(frame.fill(egui::Color32::TRANSPARENT))
            .show(ui, |ui| {
                let inner = ui.max_rect();
                let outer = inner + margin;
                let bands = [
                    egui::Rect::from_x_y_ranges(outer.x_range(), outer.top()..=inner.top()),
                    egui::Rect::from_x_y_ranges(outer.x_range(), inner.bottom()..=outer.bottom()),
                    egui::Rect::from_x_y_ranges(outer.left()..=inner.left(), inner.y_range()),
                    egui::Rect::from_x_y_ranges(inner.right()..=outer.right(), inner.y_range()),
                ];
                for band in bands {
                    ui.painter().rect_filled(band, 0.0, fill);
                }
                self.map_panel_ui(ui);
            });
    }

    fn map_panel_ui(&mut self, ui: &mut egui::Ui) {
        let hover_pos = ui.input(|i| i.pointer.hover_pos());
        let proj = self.map.projector();
        let on_map = |pos: Pos2| proj.is_some_and(|p| p.rect.contains(pos));
        let hovered_event = hover_pos
            .filter(|p| on_map(*p))
            .and_then(|p| overlays::marker_at(&self.drawn_markers, p));
        let hovered_region = match (proj, hover_pos, hovered_event) {
            (Some(p), Some(pos), None) if p.rect.contains(pos) => {
                p.region_at(&self.data.atlas, pos)
            }
            _ => None,
        };
        let (selected_region, selected_event) = (self.selected_region(), self.selected_event());
        let dark = ui.visuals().dark_mode;
        let palette = Palette::for_visuals(ui.visuals());
        let (atlas, chronicle, markers) = (&self.data.atlas, &self.data.chronicle, self.markers);
        let highlight = Highlight {
            hovered: hovered_event,
            selected: selected_event,
        };
        // A on the whole map, or on the left of the divider with B on the right.
        let mut layers = vec![(&self.snapshot, None)];
        if let Some(c) = &self.compare {
            layers = vec![
                (&self.snapshot, Some((c.divider, false))),
                (&c.snapshot, Some((c.divider, true))),
            ];
        }
        let mut drawn = Vec::new();
        let out = map::map_ui(
            ui,
            &self.data.atlas,
            &self.data.views,
            &mut self.map,
            Highlight {
                hovered: hovered_region,
                selected: selected_region,
            },
            |painter, proj| {
                for (snapshot, split) in layers {
                    let clip = split.map_or(proj.rect, |(divider, right)| {
                        let (a, b) = super::compare::halves(proj.rect, divider);
                        if right { b } else { a }
                    });
                    let painter = painter.with_clip_rect(clip);
                    overlays::paint_control(&painter, proj, chronicle, snapshot, &palette, dark);
                    elsewhere::paint_regions(&painter, proj, atlas, chronicle, snapshot, dark);
                    let markers = overlays::paint_events(
                        &painter, proj, chronicle, snapshot, markers, highlight, dark,
                    );
                    drawn.extend(markers.into_iter().filter(|m| clip.contains(m.pos)));
                }
            },
        );
        self.drawn_markers = drawn;
        self.access_ui(ui, &out.projector);
        self.banner_ui(ui, out.projector.rect);
        if let Some(c) = &self.compare {
            let divider = super::compare::divider_ui(ui, out.projector.rect, c, self.time.date);
            if let Some(c) = self.compare.as_mut() {
                c.divider = divider;
            }
        }
        if self.stamping {
            self.stamp_ui(ui, out.projector.rect);
        }
        self.map_legend_ui(ui, out.projector.rect);
        let picked = elsewhere::list_ui(
            ui,
            out.projector.rect,
            (&self.data.chronicle, self.naming()),
            &self.snapshot,
        );
        if let Some(id) = picked.and_then(|i| self.event_id(i)) {
            self.push(Intent::SelectEvent(id));
        }

        if let Some(pos) = out.clicked_at {
            let selection = match overlays::marker_at(&self.drawn_markers, pos) {
                Some(i) => self.event_id(i).map(Selection::Event),
                None => {
                    let atlas = &self.data.atlas;
                    out.projector
                        .region_at(atlas, pos)
                        .and_then(|i| atlas.regions.get(i))
                        .map(|r| Selection::Region(r.id.clone()))
                }
            };
            self.push(Intent::Select(selection));
        }
        let naming = self.naming();
        if let Some(pos) = out.hover_pos
            && !out.response.dragged()
        {
            if let Some(e) = overlays::marker_at(&self.drawn_markers, pos)
                .and_then(|i| self.data.chronicle.events.get(i))
            {
                ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
                let mut text = format!(
                    "{}\n{} · {}",
                    naming.event_title(e),
                    e.when(),
                    e.category.label()
                );
                // Under a party's point of view, its word for what the event is part of.
                for (what, term) in naming.words_of(&e.id) {
                    text.push_str(&format!("\n{what}: “{term}”"));
                }
                out.response.on_hover_text_at_pointer(text);
                return;
            }
            let atlas = &self.data.atlas;
            // The region under the pointer was found once, at the top of this frame.
            let name = hovered_region
                .and_then(|i| atlas.regions.get(i))
                .map(|r| (naming.region_en(&r.id, &r.names), true))
                .or_else(|| {
                    out.projector
                        .neighbour_at(atlas, pos)
                        .and_then(|i| atlas.neighbours.get(i))
                        .map(|r| (naming.region_en(&r.id, &r.names), false))
                });
            if let Some((name, clickable)) = name {
                if clickable {
                    ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
                }
                let hint = if clickable {
                    "\nClick for details · double-click to zoom"
                } else {
                    ""
                };
                out.response
                    .on_hover_text_at_pointer(format!("{name}{hint}"));
            }
        }
    }
}

/// Default, minimum and maximum width of a side panel in a window `window` points wide: the
/// map keeps at least a third of a small window, and a wide window's panels may grow.
pub(super) fn side_panel_sizes(window: f32, default: f32) -> (f32, f32, f32) {
    let max = (window * 0.34).max(160.0);
    let min = (window * 0.22).clamp(150.0, 220.0).min(max);
    (default.clamp(min, max), min, max)
}
