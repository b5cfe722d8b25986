//! Colours and fonts. The palette builds on Okabe–Ito hues, which stay distinct for the
//! common forms of colour blindness, in a light and a dark variant.

use crate::atlas::RegionKind;
use crate::load::embedded::fonts;
use egui::{Color32, FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// The colours of the map for one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Water.
    pub sea: Color32,
    /// Rivers, lakes' shores and their names.
    pub river: Color32,
    /// Territory administered by the Government of Georgia.
    pub georgia: Color32,
    /// Abkhazia.
    pub abkhazia: Color32,
    /// South Ossetia.
    pub south_ossetia: Color32,
    /// Neighbouring countries.
    pub neighbour: Color32,
    /// Borders of Georgia and the regions.
    pub border: Color32,
    /// Borders between neighbours.
    pub neighbour_border: Color32,
    /// Outline of the selected region.
    pub selected: Color32,
    /// Town labels.
    pub label: Color32,
    /// Region labels.
    pub region_label: Color32,
    /// Halo behind labels, for legibility over any fill.
    pub halo: Color32,
    /// Town dots.
    pub town: Color32,
}

impl Palette {
    /// The light palette.
    pub const LIGHT: Self = Self {
        sea: Color32::from_rgb(0xC9, 0xDD, 0xEC),
        river: Color32::from_rgb(0x4F, 0x86, 0xB8),
        georgia: Color32::from_rgb(0xF3, 0xEB, 0xD6),
        abkhazia: Color32::from_rgb(0xF2, 0xC4, 0x7A), // Okabe–Ito orange, lightened
        south_ossetia: Color32::from_rgb(0xDD, 0xA6, 0xC6), // Okabe–Ito reddish purple, lightened
        neighbour: Color32::from_rgb(0xE4, 0xE2, 0xDD),
        border: Color32::from_rgb(0x5A, 0x4E, 0x3C),
        neighbour_border: Color32::from_rgb(0xA8, 0xA4, 0x9C),
        selected: Color32::from_rgb(0x00, 0x5A, 0x9C),
        label: Color32::from_rgb(0x2B, 0x2B, 0x2B),
        region_label: Color32::from_rgb(0x4A, 0x35, 0x20),
        halo: Color32::from_rgba_premultiplied(0xFA, 0xF8, 0xF2, 0xC8),
        town: Color32::from_rgb(0x33, 0x33, 0x33),
    };

    /// The dark palette.
    pub const DARK: Self = Self {
        sea: Color32::from_rgb(0x14, 0x22, 0x33),
        river: Color32::from_rgb(0x5E, 0x93, 0xC4),
        georgia: Color32::from_rgb(0x3B, 0x38, 0x31),
        abkhazia: Color32::from_rgb(0x8A, 0x5E, 0x14),
        south_ossetia: Color32::from_rgb(0x7A, 0x45, 0x66),
        neighbour: Color32::from_rgb(0x2A, 0x2B, 0x2D),
        border: Color32::from_rgb(0xD9, 0xCF, 0xBD),
        neighbour_border: Color32::from_rgb(0x5C, 0x5E, 0x62),
        selected: Color32::from_rgb(0x56, 0xB4, 0xE9),
        label: Color32::from_rgb(0xEC, 0xEC, 0xEC),
        region_label: Color32::from_rgb(0xF5, 0xE6, 0xC8),
        halo: Color32::from_rgba_premultiplied(0x12, 0x12, 0x14, 0xC0),
        town: Color32::from_rgb(0xF0, 0xF0, 0xF0),
    };

    /// The palette for the current visuals.
    pub fn for_visuals(visuals: &egui::Visuals) -> Self {
        if visuals.dark_mode {
            Self::DARK
        } else {
            Self::LIGHT
        }
    }

    /// The fill of a region of the map.
    pub fn region_fill(&self, kind: RegionKind, id: &str) -> Color32 {
        match (kind, id) {
            (RegionKind::Disputed, crate::ids::region::ABKHAZIA) => self.abkhazia,
            (RegionKind::Disputed, _) => self.south_ossetia,
            (RegionKind::State, _) => self.georgia,
            _ => self.neighbour,
        }
    }
}

/// Brighten (light theme) or lift (dark theme) a fill to show the pointer is over it.
pub fn hovered(fill: Color32, dark: bool) -> Color32 {
    let target = if dark {
        Color32::WHITE
    } else {
        Color32::from_rgb(0xFF, 0xFF, 0xF4)
    };
    fill.lerp_to_gamma(target, 0.14)
}

/// Font families of the app: Noto Sans (Latin and Cyrillic, Abkhaz and Ossetian letters
/// included) first, Noto Sans Georgian next, then egui's own fonts for symbols and emoji.
pub fn font_definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert(
        "noto_sans".into(),
        Arc::new(FontData::from_static(fonts::NOTO_SANS)),
    );
    defs.font_data.insert(
        "noto_sans_georgian".into(),
        Arc::new(FontData::from_static(fonts::NOTO_SANS_GEORGIAN)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = defs.families.entry(family.clone()).or_default();
        let at = if family == FontFamily::Proportional {
            0
        } else {
            list.len()
        };
        list.insert(at, "noto_sans_georgian".into());
        list.insert(at, "noto_sans".into());
    }
    defs
}

/// Install the fonts and the app's visual tweaks on a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
    // Glyphs unhinted: egui's TrueType hinting interpreter ran for every glyph of the first
    // screen, 9 of its 14 ms of layout (perf, 1280×800 under Mesa); with Noto Sans at these
    // sizes and egui's sub-pixel binning, the text looked the same (compared at 4×).
    ctx.all_styles_mut(|s| s.visuals.text_options.font_hinting = false);
}

/// The frame of a box drawn over the map (the events held elsewhere, the legend, the point of
/// view, the image stamp): a popup's fill, stroke and corners, without its blurred shadow. The
/// stroke already sets the box off the map, and under Mesa's software renderer the shadows
/// of three such boxes cost ~1.8 ms a frame (9 % of drawing the default screen, measured by
/// replaying its triangles).
pub fn map_overlay_frame(style: &egui::Style) -> egui::Frame {
    egui::Frame::popup(style).shadow(egui::Shadow::NONE)
}

/// The panels' fill in both themes, to paint the window's background with the renderer's
/// clear colour instead of a fill in each panel (see [`unfill_panels`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PanelFill {
    dark: Color32,
    light: Color32,
}

impl PanelFill {
    /// The panels' fill of both themes, as the context's styles have it now.
    pub fn of(ctx: &egui::Context) -> Self {
        Self {
            dark: ctx.style_of(egui::Theme::Dark).visuals.panel_fill,
            light: ctx.style_of(egui::Theme::Light).visuals.panel_fill,
        }
    }

    /// The window's clear colour: the panels' fill in the theme of `visuals`.
    pub fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        let fill = if visuals.dark_mode {
            self.dark
        } else {
            self.light
        };
        fill.to_normalized_gamma_f32()
    }
}

/// Leave the panels unfilled, in both themes, for a window whose renderer clears it with
/// [`PanelFill::clear_color`] (eframe's); an offscreen renderer that clears to transparent
/// (kittest's) needs them filled. Under Mesa's software renderer (a machine without a GPU)
/// every filled pixel runs the fragment shader, ~7 ms of CPU a frame per million pixels,
/// while clearing the window is nearly free; the panels around the map cover half a million
/// pixels at 1280×800.
pub fn unfill_panels(ctx: &egui::Context) {
    ctx.all_styles_mut(|s| s.visuals.panel_fill = Color32::TRANSPARENT);
}

/// The colour of an event category on the timeline and the map (Okabe–Ito hues where
/// possible, darker in the light theme for contrast on a pale background).
pub fn category_color(c: crate::chronicle::Category, dark: bool) -> Color32 {
    use crate::chronicle::Category::*;
    let (light, dark_c) = match c {
        ArmedConflict => ((0xC4, 0x4E, 0x00), (0xE8, 0x6A, 0x1A)),
        Agreement => ((0x00, 0x86, 0x62), (0x1F, 0xC0, 0x90)),
        Recognition => ((0xB0, 0x4A, 0x8C), (0xE0, 0x8C, 0xC4)),
        Withdrawal => ((0x2C, 0x8C, 0xC8), (0x6C, 0xC4, 0xF2)),
        Treaty => ((0xB8, 0x7A, 0x00), (0xF0, 0xB0, 0x30)),
        Borderization => ((0x6E, 0x45, 0x20), (0xC4, 0x94, 0x6A)),
        Mission => ((0x00, 0x5E, 0x9C), (0x4A, 0x9E, 0xE0)),
        LawPolitics => ((0x60, 0x60, 0x60), (0xB8, 0xB8, 0xB8)),
        Statement => ((0x8A, 0x7E, 0x00), (0xE8, 0xDC, 0x50)),
    };
    let (r, g, b) = if dark { dark_c } else { light };
    Color32::from_rgb(r, g, b)
}

/// The colour of a side holding a control area.
pub fn side_color(side: crate::chronicle::Side, palette: &Palette, dark: bool) -> Color32 {
    use crate::chronicle::Side::*;
    match side {
        Georgia => {
            if dark {
                Color32::from_rgb(0xE8, 0xDF, 0xC4)
            } else {
                Color32::from_rgb(0x8A, 0x7A, 0x50)
            }
        }
        DeFacto => palette
            .selected
            .lerp_to_gamma(Color32::from_rgb(0x80, 0x20, 0x60), 0.5),
        Russia => {
            if dark {
                Color32::from_rgb(0xFF, 0x6B, 0x5B)
            } else {
                Color32::from_rgb(0xB0, 0x28, 0x1C)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::embedded;
    use egui::FontId;
    use egui::epaint::text::{Fonts, TextOptions};

    #[test]
    fn installed_text_is_unhinted_in_both_themes() {
        let ctx = egui::Context::default();
        install(&ctx);
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let options = ctx.style_of(theme).visuals.text_options;
            assert!(!options.font_hinting, "{theme:?}");
            assert!(
                options.subpixel_binning,
                "{theme:?}: even spacing needs the bins"
            );
        }
    }

    #[test]
    fn unfilled_panels_leave_their_fill_to_the_clear_colour_in_both_themes() {
        let ctx = egui::Context::default();
        let fill = PanelFill::of(&ctx);
        unfill_panels(&ctx);
        for (theme, visuals) in [
            (egui::Theme::Light, egui::Visuals::light()),
            (egui::Theme::Dark, egui::Visuals::dark()),
        ] {
            assert_eq!(ctx.style_of(theme).visuals.panel_fill, Color32::TRANSPARENT);
            assert_eq!(
                fill.clear_color(&ctx.style_of(theme).visuals),
                visuals.panel_fill.to_normalized_gamma_f32(),
                "{theme:?}"
            );
        }
        // Taken again from unfilled panels, the fill would be transparent: take it first.
        assert_ne!(PanelFill::of(&ctx), fill);
    }

    /// egui draws a box for a glyph no font has (and kittest panics on it). Every character
    /// of every embedded data file, and of the app's own UI strings, must be covered by the
    /// embedded fonts, whatever fonts the machine has.
    #[test]
    fn the_embedded_fonts_cover_every_character_of_the_data_and_the_ui() {
        let mut fonts = Fonts::new(TextOptions::default(), font_definitions());
        let font = FontId::proportional(14.0);
        let ui_sources = [
            include_str!("../app/mod.rs"),
            include_str!("../app/chrome.rs"),
            include_str!("../app/panels.rs"),
            include_str!("map_panel/mod.rs"),
            include_str!("map_panel/legend.rs"),
            include_str!("problems.rs"),
            include_str!("elsewhere.rs"),
            include_str!("timeline/mod.rs"),
            include_str!("timeline/controls.rs"),
            include_str!("timeline/axis.rs"),
            include_str!("timeline/density.rs"),
            include_str!("recognitions.rs"),
            include_str!("details.rs"),
            include_str!("map/mod.rs"),
            include_str!("map/labels.rs"),
            include_str!("map/scale_bar.rs"),
            include_str!("event_list.rs"),
            include_str!("../chronicle/event.rs"),
            include_str!("../chronicle/control.rs"),
            include_str!("../chronicle/recognition.rs"),
        ];
        let texts = embedded::TEXTS.iter().map(|(_, t)| *t).chain(ui_sources);
        let mut missing: Vec<char> = texts
            .flat_map(str::chars)
            .filter(|c| !c.is_control() && !fonts.has_glyph(&font, *c))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        assert!(missing.is_empty(), "no glyph for {missing:?}");
        // And the scripts the atlas promises: Georgian, Abkhaz and Ossetian Cyrillic.
        assert!(fonts.has_glyphs(&font, "საქართველო Аҧсны Хуссар Ирыстон Ӕ ӕ"));
    }
}
