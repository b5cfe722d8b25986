//! What a boundary file's feature says besides its geometry: its kind, its names, its `bbox`.

use super::Said;
use crate::say;

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

/// Whether `value` is a GeoJSON bounding box (RFC 7946 §5): 4 or 6 numbers, the south edge
/// not north of the north edge (west may exceed east: a box across the antimeridian).
pub(super) fn is_bbox(value: &serde_json::Value) -> bool {
    let Some(numbers) = value.as_array().and_then(|a| {
        a.iter()
            .map(serde_json::Value::as_f64)
            .collect::<Option<Vec<f64>>>()
    }) else {
        return false;
    };
    match numbers.as_slice() {
        [_, s, _, n] => s <= n,
        [_, s, low, _, n, high] => s <= n && low <= high,
        _ => false,
    }
}

pub(super) fn bbox_said(value: &serde_json::Value) -> Said {
    let mut found = value.to_string();
    if found.len() > 80 {
        found = format!("{}…", found.chars().take(80).collect::<String>());
    }
    say!(
        "problem-bbox",
        "expected `bbox` as [west, south, east, north], found {found}; it is not used",
        found = found
    )
}
