//! GeoJSON read straight into a loader's own types (the lines' precision, the water layer):
//! the FeatureCollection parsed with serde, each feature with the line and column of its
//! `"properties"`, so that the loader's problems point at the feature.

use super::{AssetFile, Problem, Problems, Said};
use serde::de::DeserializeOwned;

/// Where a feature is written, for its problems.
#[derive(Debug, Clone, Copy)]
pub struct FeaturePlace {
    /// Line and column of the feature's `"properties"`.
    pub at: (usize, usize),
    /// Its number in the file, from 1 (problems say `feature 3`).
    pub number: usize,
}

impl FeaturePlace {
    /// A problem located at this feature of `file`.
    pub fn problem(self, file: &AssetFile, message: Said) -> Problem {
        Problem::at(&file.name, self.at, message).record(format!("feature {}", self.number))
    }
}

/// One feature: its geometry and properties as the loader's types, and where it is written.
pub struct TypedFeature<G, P> {
    /// Where it is written.
    pub place: FeaturePlace,
    /// The geometry.
    pub geometry: G,
    /// The properties.
    pub properties: P,
}

#[derive(serde::Deserialize)]
struct Collection<G, P> {
    features: Vec<Raw<G, P>>,
}

#[derive(serde::Deserialize)]
struct Raw<G, P> {
    geometry: G,
    properties: P,
}

/// The features of `file`; an empty file has none. A file that does not parse is one problem
/// saying what was `expected` (given the reader's own words), located where parsing stopped,
/// and gives no features.
pub fn typed_features<G: DeserializeOwned, P: DeserializeOwned>(
    file: &AssetFile,
    expected: fn(String) -> Said,
    problems: &mut Problems,
) -> Vec<TypedFeature<G, P>> {
    if file.text.trim().is_empty() {
        return Vec::new();
    }
    let parsed: Collection<G, P> = match serde_json::from_str(&file.text) {
        Ok(c) => c,
        Err(e) => {
            problems.push(Problem::at(
                &file.name,
                (e.line(), e.column()),
                expected(e.to_string()),
            ));
            return Vec::new();
        }
    };
    // In file order, each feature's `"properties"` key.
    let mut at = file.text.match_indices("\"properties\"").map(|(i, _)| i);
    parsed
        .features
        .into_iter()
        .enumerate()
        .map(|(n, f)| TypedFeature {
            place: FeaturePlace {
                at: file.line_column(at.next().unwrap_or(0)),
                number: n + 1,
            },
            geometry: f.geometry,
            properties: f.properties,
        })
        .collect()
}
