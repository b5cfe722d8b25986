//! The assets built into the binary, so it runs from any folder with no files beside it.

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        /// Every data file (name relative to `assets/`, text), embedded at build time, in load
        /// order: sources first, then boundaries, then what refers to them.
        pub const TEXTS: [(&str, &str); 25] = [
            $(($path, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/", $path)))),*
        ];
    };
}

embed!(
    "data/sources.toml",
    "boundaries/regions.geojson",
    "boundaries/neighbours.geojson",
    "boundaries/world.geojson",
    "boundaries/control_areas.geojson",
    "boundaries/line_precision.geojson",
    "boundaries/water.geojson",
    "data/regions.toml",
    "data/places.toml",
    "data/line_points.toml",
    "data/events.toml",
    "data/recognitions.toml",
    "data/control.toml",
    "data/views.toml",
    "data/series.toml",
    "i18n/cldr/en.ftl",
    "i18n/cldr/ka.ftl",
    "i18n/cldr/ru.ftl",
    "i18n/en.ftl",
    "i18n/ka.ftl",
    "i18n/ru.ftl",
    "stories/august_2008.toml",
    "stories/recognitions.toml",
    "stories/the_line.toml",
    "stories/sukhumi_1989_1993.toml",
);

/// The embedded text of one data file (empty if `name` is not one).
#[cfg(test)]
pub fn text(name: &str) -> &'static str {
    TEXTS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, t)| t)
}

/// Fonts embedded in the binary: they cover Latin, Cyrillic (Abkhaz and Ossetian letters
/// included) and Georgian, so no glyph depends on the fonts of the machine.
pub mod fonts {
    /// Noto Sans Regular (Latin, Greek, Cyrillic), SIL OFL 1.1, from Debian `fonts-noto-core`.
    pub const NOTO_SANS: &[u8] = include_bytes!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/fonts/NotoSans-Regular.ttf"
    ));
    /// Noto Sans Georgian Regular, SIL OFL 1.1, from Debian `fonts-noto-core`.
    pub const NOTO_SANS_GEORGIAN: &[u8] = include_bytes!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/fonts/NotoSansGeorgian-Regular.ttf"
    ));
}
