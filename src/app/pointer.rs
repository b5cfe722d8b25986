//! Where the pointer is on the map, for the status line: in degrees, copied on a click.

use super::session::Session;
use crate::projection::LonLat;
use crate::t;
use egui::{RichText, Sense};

impl Session {
    /// The pointer's position over the map, or the last one while the pointer is elsewhere
    /// (on the status line, to click it), as "42.2305° N 43.9676° E".
    pub(super) fn pointer_text(&mut self, ctx: &egui::Context) -> Option<String> {
        let state = &self.map.state;
        let over_map = ctx
            .pointer_hover_pos()
            .filter(|&p| state.viewport.is_some_and(|vp| vp.contains(p)))
            .and_then(|p| Some(state.projector()?.lonlat_from_screen(p)));
        if over_map.is_some() {
            self.pointer_at = over_map;
        }
        Some(degrees(self.pointer_at?))
    }
}

/// The position in the status line; whether it was clicked (to copy it).
pub(super) fn pointer_ui(ui: &mut egui::Ui, text: &str, tr: crate::i18n::Tr<'_>) -> bool {
    let label = egui::Label::new(RichText::new(text).small()).sense(Sense::click());
    ui.add(label)
        .on_hover_text(t!(tr, "pointer-copy"))
        .clicked()
}

/// A position as readers copy it: "42.2305° N 43.9676° E" (four decimals: about 10 m).
pub fn degrees(p: LonLat) -> String {
    let ns = if p.lat >= 0.0 { 'N' } else { 'S' };
    let ew = if p.lon >= 0.0 { 'E' } else { 'W' };
    format!("{:.4}° {ns} {:.4}° {ew}", p.lat.abs(), p.lon.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_read_with_their_hemispheres() {
        assert_eq!(
            degrees(LonLat::new(43.96764, 42.23049)),
            "42.2305° N 43.9676° E"
        );
        assert_eq!(degrees(LonLat::new(-0.5, -33.25)), "33.2500° S 0.5000° W");
    }
}
