//! What a boundary file's feature says besides its geometry: its kind and its names.

/// What a region is, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    /// Territory administered by the Government of Georgia.
    State,
    /// Abkhazia or South Ossetia.
    Disputed,
    /// A neighbouring country, drawn muted for context.
    Neighbour,
    /// A country of the world inset.
    Country,
    /// An area of a period of control (chronicle).
    ControlArea,
}

impl RegionKind {
    /// The kind named in a boundary file's `kind` property.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "state" => Self::State,
            "disputed" => Self::Disputed,
            "neighbour" => Self::Neighbour,
            "country" => Self::Country,
            "control_area" => Self::ControlArea,
            _ => return None,
        })
    }
}

/// A name in the languages the atlas shows.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct Names {
    /// English.
    pub name_en: String,
    /// Georgian.
    #[serde(default)]
    pub name_ka: Option<String>,
    /// Russian.
    #[serde(default)]
    pub name_ru: Option<String>,
    /// The local language's name (Abkhaz, Ossetian), where it applies.
    #[serde(default)]
    pub name_local: Option<String>,
    /// Which language `name_local` is in.
    #[serde(default)]
    pub local_language: Option<String>,
}
