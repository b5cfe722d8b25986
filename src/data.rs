//! Reading the asset files: what is embedded, and the errors that say which file, line and
//! field is wrong.

use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// One asset file: its name (as shown in errors) and its text.
#[derive(Clone, Copy, Debug)]
pub struct AssetFile {
    /// Path relative to `assets/`, e.g. `data/places.toml`.
    pub name: &'static str,
    /// The file's text.
    pub text: &'static str,
}

macro_rules! asset {
    ($path:literal) => {
        AssetFile {
            name: $path,
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/", $path)),
        }
    };
}

/// Every text asset, embedded at build time so the binary runs from any folder.
pub mod embedded {
    use super::AssetFile;
    /// Georgia, Abkhazia and South Ossetia (Natural Earth 10m).
    pub const REGIONS: AssetFile = asset!("boundaries/regions.geojson");
    /// Russia, Turkey, Armenia, Azerbaijan and Iran, clipped to the map window.
    pub const NEIGHBOURS: AssetFile = asset!("boundaries/neighbours.geojson");
    /// Every country at small scale, for the world inset.
    pub const WORLD: AssetFile = asset!("boundaries/world.geojson");
    /// The source registry.
    pub const SOURCES: AssetFile = asset!("data/sources.toml");
    /// Facts about the regions.
    pub const REGION_INFO: AssetFile = asset!("data/regions.toml");
    /// Towns.
    pub const PLACES: AssetFile = asset!("data/places.toml");
    /// Events.
    pub const EVENTS: AssetFile = asset!("data/events.toml");
    /// Recognitions of Abkhazia and South Ossetia.
    pub const RECOGNITIONS: AssetFile = asset!("data/recognitions.toml");
    /// Periods of control over areas.
    pub const CONTROL: AssetFile = asset!("data/control.toml");
    /// The polygons of the control areas (approximate).
    pub const CONTROL_AREAS: AssetFile = asset!("boundaries/control_areas.geojson");
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

/// What is wrong with an asset file, and where.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The file does not parse at all.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        /// The asset file.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// A record parses but one of its fields is wrong.
    #[error("{file}:{line}: {record}: field `{field}`: {message}")]
    Field {
        /// The asset file.
        file: String,
        /// 1-based line of the record (0 where unknown).
        line: usize,
        /// Which record, e.g. `feature 2 (id "abkhazia")` or `event "sochi_1992"`.
        record: String,
        /// The field name.
        field: String,
        /// What was expected.
        message: String,
    },
}

/// 1-based line and column of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Parse a TOML asset into `T`, turning syntax and type errors into located [`LoadError`]s.
pub fn parse_toml<T: DeserializeOwned>(file: &AssetFile) -> Result<T, LoadError> {
    parse_toml_text(file.name, file.text)
}

/// Parse TOML `text` (named `name` in errors) into `T`.
pub fn parse_toml_text<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, LoadError> {
    toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map_or((0, 0), |span| line_column(text, span.start));
        LoadError::Syntax {
            file: name.to_owned(),
            line,
            column,
            message: e.message().trim().to_owned(),
        }
    })
}

/// A published source: what the app shows under "Sources".
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Title of the article, page or document.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// When, as the source gives it.
    pub date: String,
    /// Where to read it, for a published page.
    #[serde(default)]
    pub url: Option<String>,
    /// The seed text's file name, for a project seed text.
    #[serde(default)]
    pub seed: Option<String>,
}

impl Source {
    /// One line for display: "Title — Publisher, date".
    pub fn citation(&self) -> String {
        format!("{} — {}, {}", self.title, self.publisher, self.date)
    }
}

/// Every source, by id.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    /// Sources by id.
    pub sources: BTreeMap<String, Source>,
}

impl Sources {
    /// Load and check the source registry: each has a URL or a seed file name.
    pub fn load(file: &AssetFile) -> Result<Self, LoadError> {
        let sources: Sources = parse_toml(file)?;
        for (id, s) in &sources.sources {
            if s.url.is_none() && s.seed.is_none() {
                return Err(field_error(
                    file,
                    id,
                    &format!("source \"{id}\""),
                    "url",
                    "a source needs a `url` or a `seed` file name",
                ));
            }
        }
        Ok(sources)
    }

    /// The source with this id.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// Check that every id in `ids` names a source and that there is at least one.
    pub fn check_ids(
        &self,
        file: &AssetFile,
        key: &str,
        record: &str,
        field: &str,
        ids: &[String],
    ) -> Result<(), LoadError> {
        if ids.is_empty() {
            return Err(field_error(
                file,
                key,
                record,
                field,
                "at least one source id is required",
            ));
        }
        for id in ids {
            if !self.sources.contains_key(id) {
                return Err(field_error(
                    file,
                    key,
                    record,
                    field,
                    &format!("unknown source id \"{id}\" (not in data/sources.toml)"),
                ));
            }
        }
        Ok(())
    }
}

/// A [`LoadError::Field`] for the record whose key (an id) first appears as a quoted string
/// in the file; the line is found by searching for it so records need no span bookkeeping.
pub fn field_error(
    file: &AssetFile,
    key: &str,
    record: &str,
    field: &str,
    message: &str,
) -> LoadError {
    LoadError::Field {
        file: file.name.to_owned(),
        line: line_of_key(file.text, key),
        record: record.to_owned(),
        field: field.to_owned(),
        message: message.to_owned(),
    }
}

/// 1-based line where `key` first appears as `"key"` or `.key]` in `text`, or 0.
pub fn line_of_key(text: &str, key: &str) -> usize {
    let quoted = format!("\"{key}\"");
    let table = format!(".{key}]");
    text.find(&quoted)
        .or_else(|| text.find(&table))
        .map_or(0, |at| line_column(text, at).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based() {
        let t = "a\nbc\ndef";
        assert_eq!(line_column(t, 0), (1, 1));
        assert_eq!(line_column(t, 3), (2, 2));
        assert_eq!(line_column(t, 5), (3, 1));
    }

    #[test]
    fn toml_errors_say_file_line_and_what_was_expected() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: u32,
        }
        let err = parse_toml_text::<T>("x.toml", "\n\na = \"three\"\n").unwrap_err();
        let LoadError::Syntax {
            file,
            line,
            message,
            ..
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!((file.as_str(), *line), ("x.toml", 3));
        assert!(message.contains("expected u32"), "{message}");
        assert!(err.to_string().starts_with("x.toml:3:"));
    }

    #[test]
    fn every_source_has_a_url_or_a_seed() {
        let s = Sources::load(&embedded::SOURCES).unwrap();
        assert!(s.sources.len() >= 10);
        let bad = AssetFile {
            name: "data/sources.toml",
            text: "[sources.x]\ntitle = \"t\"\npublisher = \"p\"\ndate = \"d\"\n",
        };
        let err = Sources::load(&bad).unwrap_err();
        assert!(err.to_string().contains("`url`"), "{err}");
        assert!(err.to_string().starts_with("data/sources.toml:1:"), "{err}");
    }

    #[test]
    fn unknown_source_ids_are_reported_with_the_record() {
        let s = Sources::load(&embedded::SOURCES).unwrap();
        let f = AssetFile {
            name: "e.toml",
            text: "id = \"ev\"\n",
        };
        let err = s
            .check_ids(&f, "ev", "event \"ev\"", "sources", &["nope".to_owned()])
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "e.toml:1: event \"ev\": field `sources`: unknown source id \"nope\" (not in data/sources.toml)"
        );
    }
}
