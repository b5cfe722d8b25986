//! Where the pointer is on the map, for the status line: in degrees, copied on a click; and,
//! zoomed in near a line, which side of it as drawn and how far.

use super::session::Session;
use crate::projection::LonLat;
use crate::t;
use egui::{RichText, Sense};

impl Session {
    /// The pointer's position over the map, or the last one while the pointer is elsewhere
    /// (on the status line, to click it), as "42.2305° N 43.9676° E"; and where it is with
    /// respect to the nearest line, when the map is zoomed in near one.
    pub(super) fn pointer_text(&mut self, ctx: &egui::Context) -> Option<(String, Option<String>)> {
        let state = &self.map.state;
        let over_map = ctx
            .pointer_hover_pos()
            .filter(|&p| state.viewport.is_some_and(|vp| vp.contains(p)))
            .and_then(|p| Some(state.projector()?.lonlat_from_screen(p)));
        if over_map.is_some() {
            self.pointer_at = over_map;
        }
        let at = self.pointer_at?;
        Some((at.to_string(), self.line_text(at)))
    }

    /// "Tbilisi-administered side, 1.2 km from the line (±0.5 km)" for a position near a line
    /// on a map zoomed in ([`NEAR_ZOOM`]); the side as drawn, said to be uncertain inside the
    /// band the line lies in.
    fn line_text(&self, at: LonLat) -> Option<String> {
        let zoom = self.map.state.view?.points_per_km;
        let atlas = &self.data.atlas;
        let near = atlas
            .nearest_line(at)
            .filter(|n| zoom >= NEAR_ZOOM && n.km <= NEAR_KM)?;
        let region = atlas.region_at(at).and_then(|i| atlas.regions.get(i))?;
        let naming = self.naming();
        let tr = naming.tr;
        let km = tr.number((near.km * 10.0).round() / 10.0);
        let within = tr.number(near.uncertainty_km / 2.0);
        if near.km <= near.uncertainty_km / 2.0 {
            return Some(t!(tr, "pointer-in-band", km = km, within = within));
        }
        let side = crate::ui::say::side(naming, atlas, &region.id);
        Some(t!(
            tr,
            "pointer-side",
            side = side,
            km = km,
            within = within
        ))
    }
}

/// The map's zoom (points per km) from which the status line says where the nearest line is:
/// about twice the whole country's.
const NEAR_ZOOM: f64 = 3.0;

/// How far from a line the status line still names it, km.
const NEAR_KM: f64 = 25.0;

/// The position in the status line (in a right-to-left layout: the position at the right
/// end, where it is with respect to the line left of it); whether the position was clicked
/// (to copy it).
pub(super) fn pointer_ui(
    ui: &mut egui::Ui,
    (position, line): &(String, Option<String>),
    tr: crate::i18n::Tr<'_>,
) -> bool {
    let label = egui::Label::new(RichText::new(position).small()).sense(Sense::click());
    let clicked = ui
        .add(label)
        .on_hover_text(t!(tr, "pointer-copy"))
        .clicked();
    if let Some(line) = line {
        ui.label(RichText::new(format!("{line} ·")).small());
    }
    clicked
}
