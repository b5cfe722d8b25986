//! *Help › About*: what the atlas holds, how far its sources reach, and whose material it
//! draws with (Natural Earth, GSHHG, GeoNames, Noto), with their licences.

use crate::Dataset;
use crate::i18n::Tr;
use crate::t;
use crate::ui::say;
use egui::RichText;

/// The *About* window, over the data in use (if loaded).
pub fn about_window(ctx: &egui::Context, open: &mut bool, data: Option<&Dataset>, tr: Tr<'_>) {
    super::chrome::window(t!(tr, "help-about"))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label(RichText::new(t!(tr, "app-title")).strong());
            ui.label(t!(tr, "about-version", version = env!("CARGO_PKG_VERSION")));
            ui.add_space(6.0);
            if let Some(d) = data {
                let c = &d.chronicle;
                let checked = c.sources_checked_to.map_or_else(String::new, |day| {
                    t!(tr, "about-checked", date = tr.day(day))
                });
                ui.label(t!(
                    tr,
                    "about-counts",
                    what = say::origin(tr, &d.origin),
                    events = c.events.len(),
                    checked = checked,
                    acts = c.acts.len(),
                    series = c.series.len(),
                    places = d.atlas.places.len(),
                    points = d.atlas.line_points.len(),
                    sources = d.sources.len()
                ));
            }
            ui.add_space(6.0);
            ui.label(RichText::new(t!(tr, "about-made-with")).strong());
            for line in [
                t!(tr, "credit-boundaries"),
                t!(tr, "credit-water"),
                t!(tr, "credit-places"),
                t!(tr, "credit-fonts"),
                t!(tr, "credit-cldr"),
                t!(tr, "credit-words"),
            ] {
                ui.label(RichText::new(line).small());
            }
        });
}
