//! The map panel: the map widget with what the date puts on it (control areas, event markers,
//! the events held elsewhere), its hover and click, the legend and the nodes for the keyboard
//! and screen readers. It owns the map's state and reads a [`FrameCtx`]; what a click means is
//! returned as an [`Intent`].

mod access;
mod legend;

use crate::atlas::{PlaceIx, RegionIx};
use crate::chronicle::Snapshot;
use crate::t;
use crate::ui::elsewhere;
use crate::ui::frame::{FrameCtx, Intent, Selection};
use crate::ui::map::{self, Highlight, MapState, Projector};
use crate::ui::overlays::{self, Marker, MarkerOptions};
use crate::ui::say;
use crate::ui::theme::Palette;
use egui::{Pos2, Rect};

/// The map panel's own state.
#[derive(Debug, Clone)]
pub struct MapPanel {
    /// The view, the caches and the labels of the last frame.
    pub state: MapState,
    /// Whether events long past are drawn (the legend's switch).
    pub markers: MarkerOptions,
    /// Whether the legend is open (it starts closed, so it hides nothing).
    pub legend_open: bool,
    /// Markers drawn in the last frame, for hit-testing clicks and hovers (indices into the
    /// data they were drawn from: cleared when the data changes).
    drawn: Vec<Marker>,
}

impl Default for MapPanel {
    fn default() -> Self {
        Self {
            state: MapState::default(),
            markers: MarkerOptions { show_past: true },
            legend_open: false,
            drawn: Vec::new(),
        }
    }
}

/// What the map panel reports for the frame.
pub struct MapPanelOutput {
    /// What the user asked for.
    pub intents: Vec<Intent>,
    /// This frame's projector (the map's rectangle, for what the session draws over it).
    pub projector: Projector,
}

/// The two halves of the map when comparing: A's rectangle and B's.
pub fn halves(map: Rect, divider: f32) -> (Rect, Rect) {
    let x = map.left() + map.width() * divider.clamp(0.0, 1.0);
    (
        Rect::from_min_max(map.min, Pos2::new(x, map.bottom())),
        Rect::from_min_max(Pos2::new(x, map.top()), map.max),
    )
}

impl MapPanel {
    /// Forget what was drawn from the data in use (new data arrives).
    pub fn forget_data(&mut self) {
        self.drawn.clear();
        self.state.towns.clear();
        self.state.base = Default::default();
    }

    /// Draw the map in all of `ui`'s space: the date's snapshot, or, with `compare`, date B's
    /// snapshot right of the divider (a fraction of the width).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &FrameCtx<'_>,
        compare: Option<(&Snapshot, f32)>,
    ) -> MapPanelOutput {
        let mut intents = Vec::new();
        let (atlas, chronicle) = (&ctx.data.atlas, &ctx.data.chronicle);
        let hover_pos = ui.input(|i| i.pointer.hover_pos());
        let proj = self.state.projector();
        let on_map = |pos: Pos2| proj.is_some_and(|p| p.rect.contains(pos));
        let hovered_event = hover_pos
            .filter(|p| on_map(*p))
            .and_then(|p| overlays::marker_at(&self.drawn, p));
        let hovered_town = match (hover_pos, hovered_event) {
            (Some(pos), None) if on_map(pos) => self.state.town_at(pos),
            _ => None,
        };
        let hovered_region = match (proj, hover_pos, hovered_event, hovered_town) {
            (Some(p), Some(pos), None, None) if p.rect.contains(pos) => p.region_at(atlas, pos),
            _ => None,
        };
        let dark = ui.visuals().dark_mode;
        let palette = Palette::for_visuals(ui.visuals());
        let markers = self.markers;
        let highlight = Highlight {
            hovered: hovered_event,
            selected: ctx.selected_event(),
        };
        // A on the whole map, or on the left of the divider with B on the right.
        let layers = match compare {
            None => vec![(ctx.snapshot, None)],
            Some((b, divider)) => vec![
                (ctx.snapshot, Some((divider, false))),
                (b, Some((divider, true))),
            ],
        };
        let mut drawn = Vec::new();
        self.state.selected_place = ctx
            .selected_place()
            .and_then(|p| atlas.places.position(|q| q.id == p.id));
        let out = map::map_ui(
            ui,
            atlas,
            ctx.naming,
            &mut self.state,
            Highlight {
                hovered: hovered_region,
                selected: ctx.selected_region(),
            },
            |painter, proj| {
                for (snapshot, split) in layers {
                    let clip = split.map_or(proj.rect, |(divider, right)| {
                        let (a, b) = halves(proj.rect, divider);
                        if right { b } else { a }
                    });
                    let painter = painter.with_clip_rect(clip);
                    overlays::paint_control(&painter, proj, chronicle, snapshot, &palette, dark);
                    elsewhere::paint_regions(&painter, proj, atlas, chronicle, snapshot, dark);
                    let markers = overlays::paint_events(
                        &painter, proj, chronicle, snapshot, markers, highlight, ctx.focus, dark,
                    );
                    drawn.extend(markers.into_iter().filter(|m| clip.contains(m.pos)));
                }
            },
        );
        self.drawn = drawn;
        if let Some(place) = ctx.selected_place() {
            paint_selected_place(ui, &out.projector, place);
        }
        intents.extend(access::nodes_ui(ui, ctx, &out.projector, &self.drawn));
        legend::legend_ui(ui, ctx, out.projector.rect, self);
        let picked = elsewhere::list_ui(
            ui,
            out.projector.rect,
            (chronicle, ctx.naming),
            ctx.snapshot,
        );
        intents.extend(picked.and_then(|i| ctx.select_event(i)));

        if let Some(pos) = out.clicked_at {
            let selection = match overlays::marker_at(&self.drawn, pos) {
                Some(i) => chronicle
                    .events
                    .get(i)
                    .map(|e| Selection::Event(e.id.clone())),
                None => match self.state.town_at(pos).and_then(|i| atlas.places.get(i)) {
                    Some(p) => Some(Selection::Place(p.id.clone())),
                    None => out
                        .projector
                        .region_at(atlas, pos)
                        .and_then(|i| atlas.regions.get(i))
                        .map(|r| Selection::Region(r.id.clone())),
                },
            };
            intents.push(Intent::Select(selection));
        }
        if let Some(pos) = out.hover_pos
            && !out.response.dragged()
        {
            let hovered = Hovered {
                town: hovered_town,
                region: hovered_region,
            };
            tooltip(ui, ctx, &out, pos, &self.drawn, hovered);
        }
        MapPanelOutput {
            intents,
            projector: out.projector,
        }
    }
}

/// What the pointer was found over at the top of the frame, besides a marker.
struct Hovered {
    town: Option<PlaceIx>,
    region: Option<RegionIx>,
}

/// A ring around the selected place's dot, in the selection's colour.
fn paint_selected_place(ui: &egui::Ui, proj: &Projector, place: &crate::atlas::Place) {
    let at = proj.screen_from_lonlat(place.lonlat());
    if !proj.rect.contains(at) {
        return;
    }
    let stroke = ui.visuals().selection.stroke;
    let painter = ui.painter_at(proj.rect);
    painter.circle_stroke(
        at,
        8.0,
        egui::Stroke::new(2.5, ui.visuals().extreme_bg_color),
    );
    painter.circle_stroke(at, 8.0, egui::Stroke::new(1.8, stroke.color));
}

/// The pointer's tooltip: an event marker's title, date, category and the point of view's
/// words for it; else the town's or the region's name (and what a click does).
fn tooltip(
    ui: &egui::Ui,
    ctx: &FrameCtx<'_>,
    out: &map::MapOutput,
    pos: Pos2,
    drawn: &[Marker],
    hovered: Hovered,
) {
    let naming = ctx.naming;
    let atlas = &ctx.data.atlas;
    if let Some(e) = overlays::marker_at(drawn, pos).and_then(|i| ctx.data.chronicle.events.get(i))
    {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        let tr = naming.tr;
        let mut text = format!(
            "{}\n{} · {}",
            naming.event_title(e),
            say::when(tr, e),
            say::category(tr, e.category)
        );
        // Under a party's point of view, its word for what the event is part of.
        for (what, term) in naming.words_of(e.id.as_str()) {
            text.push('\n');
            text.push_str(&t!(tr, "map-term", what = what, term = term));
        }
        out.response.clone().on_hover_text_at_pointer(text);
        return;
    }
    if let Some(p) = hovered.town.and_then(|i| atlas.places.get(i)) {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        let hint = t!(naming.tr, "map-town-hint");
        out.response
            .clone()
            .on_hover_text_at_pointer(format!("{}\n{hint}", naming.place_ui(p)));
        return;
    }
    // The region under the pointer was found once, at the top of the frame.
    let name = hovered
        .region
        .and_then(|i| atlas.regions.get(i))
        .map(|r| (naming.region_ui(&r.id, &r.names), true))
        .or_else(|| {
            out.projector
                .neighbour_at(atlas, pos)
                .map(|r| (naming.region_ui(&r.id, &r.names), false))
        });
    if let Some((name, clickable)) = name {
        if clickable {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        let hint = if clickable {
            format!("\n{}", t!(naming.tr, "map-click-hint"))
        } else {
            String::new()
        };
        out.response
            .clone()
            .on_hover_text_at_pointer(format!("{name}{hint}"));
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
