//! The bibliography: every source the atlas cites, by id.

use crate::ids::SourceId;
use crate::load::{AssetFile, Checker, Problems, Rec, parse_part};
use crate::say;
use std::collections::BTreeMap;

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
    /// Where a reader can open it.
    pub url: String,
    /// The day a contributor last read it, `YYYY-MM-DD`.
    pub accessed: String,
}

impl Source {
    /// One line for display: "Title — Publisher, date".
    pub fn citation(&self) -> String {
        format!("{} — {}, {}", self.title, self.publisher, self.date)
    }
}

/// Every source, by id, and where each is written (for warnings about unused ones).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sources {
    sources: BTreeMap<SourceId, Source>,
    lines: BTreeMap<String, usize>,
    /// Every id with a `[sources.ID]` header, read or not: citing a source that is written
    /// but wrong is not reported a second time as "unknown".
    declared: std::collections::BTreeSet<String>,
}

impl Sources {
    /// Read the bibliography (`[sources.ID]` tables); each source needs a title, a publisher,
    /// a date and a `url` a reader can open. Bad sources are problems and are left out.
    pub fn load(file: &AssetFile, problems: &mut Problems) -> Self {
        let mut out = Self::default();
        let (_, ranges) = crate::load::split_records(&file.text, "sources", true);
        for r in ranges {
            let header = file
                .text
                .get(r)
                .and_then(|t| t.lines().next())
                .unwrap_or_default();
            if let Some(id) = header
                .trim()
                .strip_prefix("[sources.")
                .and_then(|h| h.strip_suffix(']'))
            {
                out.declared.insert(id.trim().to_owned());
            }
        }
        let Some(parts) = parse_part::<Source>(file, "sources", true, problems) else {
            return out;
        };
        let empty = Sources::default();
        let mut check = Checker {
            file,
            sources: &empty,
            problems,
        };
        let lines = crate::load::LineIndex::new(&file.text);
        for part in parts {
            let rec = Rec {
                range: part.range.clone(),
                name: format!("source \"{}\"", part.key),
            };
            let s = part.value;
            let mut ok = true;
            if let Err(said) = crate::load::id_alphabet(&part.key) {
                let at = file.line_column(rec.range.start);
                let p = crate::load::Problem::at(&file.name, at, said).record(rec.name.clone());
                check.problems.push(p);
                ok = false;
            }
            ok &= check.text(&rec, "title", &s.title);
            ok &= check.text(&rec, "publisher", &s.publisher);
            ok &= check.text(&rec, "date", &s.date);
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
                check.fail(
                    &rec,
                    "url",
                    say!(
                        "problem-url",
                        "expected a web address a reader can open (http:// or https://), found \"{found}\"",
                        found = s.url
                    ),
                );
                ok = false;
            }
            if crate::date::Date::parse(&s.accessed).is_err() {
                check.fail(
                    &rec,
                    "accessed",
                    say!(
                        "problem-accessed",
                        "expected the day the page was read, as YYYY-MM-DD, found \"{found}\"",
                        found = s.accessed
                    ),
                );
                ok = false;
            }
            if ok {
                out.lines
                    .insert(part.key.clone(), lines.line(part.range.start));
                out.sources.insert(part.key.into(), s);
            }
        }
        out
    }

    /// The source with this id.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// Whether `id` is written in the file, even if that source has a problem.
    pub fn is_declared(&self, id: &str) -> bool {
        self.sources.contains_key(id) || self.declared.contains(id)
    }

    /// Every source, by id.
    pub fn iter(&self) -> impl Iterator<Item = (&SourceId, &Source)> {
        self.sources.iter()
    }

    /// How many sources.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// The line where source `id` is written in its file (0 if unknown).
    pub fn line_of(&self, id: &str) -> usize {
        self.lines.get(id).copied().unwrap_or(0)
    }
}

impl crate::load::SourceIds for Sources {
    fn is_declared(&self, id: &str) -> bool {
        Sources::is_declared(self, id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::AssetSet;

    #[test]
    fn the_shipped_bibliography_loads_without_problems() {
        let mut ps = Problems::default();
        let s = Sources::load(&AssetSet::embedded().file("data/sources.toml"), &mut ps);
        assert!(ps.is_empty(), "{ps}");
        assert!(s.len() >= 10);
    }

    #[test]
    fn sources_without_a_web_address_or_publisher_are_located_and_the_others_still_load() {
        let f = AssetFile::new(
            "data/sources.toml",
            "[sources.a]\ntitle = \"t\"\npublisher = \"p\"\ndate = \"d\"\nurl = \"https://x\"\naccessed = \"2026-11-25\"\n\n[sources.x]\ntitle = \"t\"\npublisher = \"\"\ndate = \"d\"\nurl = \"notes.txt\"\naccessed = \"2026-11-31\"\n\n[sources.y]\ntitle = \"t\"\npublisher = \"p\"\ndate = \"d\"\naccessed = \"2026-11-25\"\n",
        );
        let mut ps = Problems::default();
        let s = Sources::load(&f, &mut ps);
        assert_eq!(s.len(), 1);
        let lines: Vec<String> = ps.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 4, "{lines:#?}");
        assert!(
            lines[0].starts_with("data/sources.toml:15:1: source \"y\": missing field `url`"),
            "{}",
            lines[0]
        );
        assert_eq!(
            lines[1],
            "data/sources.toml:10:13: source \"x\": field `publisher`: expected a non-empty text"
        );
        assert_eq!(
            lines[2],
            "data/sources.toml:12:7: source \"x\": field `url`: expected a web address a reader can open (http:// or https://), found \"notes.txt\""
        );
        assert_eq!(
            lines[3],
            "data/sources.toml:13:12: source \"x\": field `accessed`: expected the day the page was read, as YYYY-MM-DD, found \"2026-11-31\""
        );
    }

    /// The project began from copies of published texts (../shared/seeds); the data must cite
    /// the original publications, never those copies.
    #[test]
    fn no_shipped_data_cites_the_projects_starting_copies() {
        for (name, text) in crate::load::embedded::TEXTS {
            assert!(
                !text.to_lowercase().contains("seed"),
                "{name} still cites a starting copy instead of the original publication"
            );
        }
    }

    #[test]
    fn no_shipped_source_is_a_mirror_forum_or_test_server() {
        let mut problems = Problems::default();
        let sources = Sources::load(
            &AssetSet::embedded().file("data/sources.toml"),
            &mut problems,
        );
        let copies = [
            "test.",
            "/forum/",
            "listserv",
            "pages.dev",
            "blogspot.",
            "rantburg.",
            "docslib.",
            "vecto.digital",
            "varnish",
            "15huv.",
            "tagteam",
            "scribd.",
            "news-pravda",
        ];
        let found: Vec<&str> = sources
            .iter()
            .filter(|(_, s)| copies.iter().any(|c| s.url.contains(c)))
            .map(|(id, _)| id.as_str())
            .collect();
        // One known exception: WarGonzo's 2025 account of July 1989 (the only published total
        // of 17 dead found) is stored only as a republication on an aggregator; its summary
        // attributes the figure to WarGonzo and names the republisher.
        assert_eq!(found, ["wargonzo_1989"]);
    }
}
