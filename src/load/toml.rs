//! TOML with locations: a file is checked as a whole, then split into its records, and each
//! record is read on its own, so one bad record never hides the problems of the others.

use super::{AssetFile, MAX_RECORDS, Problem, Problems, said_of};
use crate::say;
use serde::de::DeserializeOwned;
use std::ops::Range;

/// Where the lines of a text begin, to find the line of many offsets without reading the text
/// from its start each time (a one-line GeoJSON file of 250 features read 38 MB that way).
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { starts }
    }

    /// 1-based line of byte `offset` (the last line for an offset past the end).
    pub fn line(&self, offset: usize) -> usize {
        // The first start is 0, so at least one start is at or before any offset.
        self.starts.partition_point(|&s| s <= offset)
    }
}

/// 1-based line and column of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Parse TOML `text` (named `name` in problems) into `T`, with the parser's line and column.
pub fn parse_toml_text<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, Problem> {
    parse_at(name, text, 0..text.len())
}

fn parse_at<T: DeserializeOwned>(
    name: &str,
    text: &str,
    range: Range<usize>,
) -> Result<T, Problem> {
    let part = text.get(range.clone()).unwrap_or_default();
    ::toml::from_str(part).map_err(|e| {
        let at = e.span().map_or(range.start, |s| range.start + s.start);
        Problem::at(name, line_column(text, at), said_of(e.message().trim()))
    })
}

/// One record of a file: where it is and what it holds.
#[derive(Debug, Clone)]
pub struct Part<T> {
    /// The record, read.
    pub value: T,
    /// Its bytes in the file, header included.
    pub range: Range<usize>,
    /// The table key of a keyed record (`[sources.KEY]`); empty for array records.
    pub key: String,
}

/// Byte ranges of the records under `[[array]]` (or `[array.KEY]` tables when `keyed`), and
/// the range of the text before the first (the preamble, e.g. `[defaults]`). A record runs
/// from its header to the next header that is not one of its own sub-tables.
pub fn split_records(text: &str, array: &str, keyed: bool) -> (Range<usize>, Vec<Range<usize>>) {
    let own = |header: &str| {
        let h = header.trim_start_matches('[');
        h.strip_prefix(array)
            .is_some_and(|rest| rest.starts_with(']') || rest.starts_with('.'))
    };
    let starts_record = |header: &str| {
        if keyed {
            header.starts_with(&format!("[{array}.")) && !header.starts_with("[[")
        } else {
            header.starts_with(&format!("[[{array}]]"))
        }
    };
    let mut records: Vec<Range<usize>> = Vec::new();
    let mut preamble_end = text.len();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let header = line.trim_start();
        if header.starts_with('[') {
            if starts_record(header) {
                // Close the previous record unless another table's header closed it already
                // (records of two arrays may interleave).
                if let Some(last) = records.last_mut()
                    && last.end == text.len()
                {
                    last.end = offset;
                }
                if records.is_empty() {
                    preamble_end = offset;
                }
                records.push(offset..text.len());
            } else if !own(header)
                && let Some(last) = records.last_mut()
                && last.end == text.len()
            {
                last.end = offset;
            }
        }
        offset += line.len();
    }
    (0..preamble_end, records)
}

/// Read every record of `file` under `[[array]]` (or `[array.KEY]` when `keyed`) into `T`.
/// The file is first parsed whole (a syntax error stops there, with the parser's location);
/// then each record is read on its own, and each bad record is a problem naming its id.
/// `None` when the file itself cannot be read.
pub fn parse_part<T: DeserializeOwned>(
    file: &AssetFile,
    array: &str,
    keyed: bool,
    problems: &mut Problems,
) -> Option<Vec<Part<T>>> {
    parse_records(file, array, keyed, &[array], problems)
}

/// [`parse_part`] for a file whose top level may also hold the tables in `allowed` (e.g.
/// `defaults`, or the other array of the file); any other top-level key is a problem, so a
/// misspelt `[[evnt]]` is never silently ignored.
pub fn parse_records<T: DeserializeOwned>(
    file: &AssetFile,
    array: &str,
    keyed: bool,
    allowed: &[&str],
    problems: &mut Problems,
) -> Option<Vec<Part<T>>> {
    let text = &file.text;
    match parse_toml_text::<::toml::Table>(&file.name, text) {
        Err(p) => {
            problems.push(p);
            return None;
        }
        Ok(table) => {
            for key in table
                .keys()
                .filter(|k| !allowed.is_empty() && !allowed.contains(&k.as_str()))
            {
                let at = text
                    .find(&format!("[{key}"))
                    .or_else(|| text.find(&format!("{key} =")))
                    .unwrap_or(0);
                problems.push(Problem::at(
                    &file.name,
                    line_column(text, at),
                    say!(
                        "problem-unknown-table",
                        "unknown table or key `{key}`; expected one of: {expected}",
                        key = key,
                        expected = allowed.join(", ")
                    ),
                ));
            }
        }
    }
    let (_, ranges) = split_records(text, array, keyed);
    if ranges.len() > MAX_RECORDS {
        problems.push(Problem::file(
            &file.name,
            say!(
                "problem-too-many-records",
                "has {n} records; at most {max} are read",
                n = ranges.len(),
                max = MAX_RECORDS
            ),
        ));
        return None;
    }
    let mut parts = Vec::with_capacity(ranges.len());
    for range in ranges {
        if keyed {
            // `[sources.ID]` → { sources: { ID: T } }
            type Keyed<T> =
                std::collections::BTreeMap<String, std::collections::BTreeMap<String, T>>;
            match parse_at::<Keyed<T>>(&file.name, text, range.clone()) {
                Ok(map) => {
                    for (key, value) in map.into_values().flatten() {
                        parts.push(Part {
                            value,
                            range: range.clone(),
                            key,
                        });
                    }
                }
                Err(p) => problems.push(p.record(record_key(text, &range))),
            }
        } else {
            type Array<T> = std::collections::BTreeMap<String, Vec<T>>;
            match parse_at::<Array<T>>(&file.name, text, range.clone()) {
                Ok(map) => {
                    for value in map.into_values().flatten() {
                        parts.push(Part {
                            value,
                            range: range.clone(),
                            key: String::new(),
                        });
                    }
                }
                Err(p) => {
                    let id = record_id(text, &range);
                    problems.push(p.record(format!("{array} {id}")));
                }
            }
        }
    }
    Some(parts)
}

/// The `id = "…"` of a record that could not be read, quoted, or its line.
fn record_id(text: &str, range: &Range<usize>) -> String {
    let part = text.get(range.clone()).unwrap_or_default();
    let id = part.lines().find_map(|l| {
        let (key, value) = l.split_once('=')?;
        (key.trim() == "id").then(|| value.trim().trim_matches('"').to_owned())
    });
    match id {
        Some(id) => format!("\"{id}\""),
        None => format!("at line {}", line_column(text, range.start).0),
    }
}

/// The header of a keyed record, e.g. `[sources.unsc_937]` → `source "unsc_937"`.
fn record_key(text: &str, range: &Range<usize>) -> String {
    let part = text.get(range.clone()).unwrap_or_default();
    let header = part.lines().next().unwrap_or_default().trim();
    let key = header
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split_once('.')
        .map_or(header, |(_, k)| k);
    format!("source \"{key}\"")
}

/// Byte offset of `field`'s value within the record at `range` (the line `field = …`, or an
/// inline `field = ` inside it); the record's start when the field is not written there.
pub fn field_offset(text: &str, range: &Range<usize>, field: &str) -> usize {
    let key = field.rsplit('.').next().unwrap_or(field);
    let part = text.get(range.clone()).unwrap_or_default();
    let mut offset = 0;
    for line in part.split_inclusive('\n') {
        let mut search = 0;
        while let Some(found) = line.get(search..).and_then(|l| l.find(key)) {
            let at = search + found;
            let before_ok = at == 0
                || line[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_whitespace() || c == '{' || c == ',');
            let rest = line.get(at + key.len()..).unwrap_or_default();
            let after = rest.trim_start();
            if before_ok && after.starts_with('=') {
                let value = after[1..].len() - after[1..].trim_start().len();
                let value_at = at + key.len() + (rest.len() - after.len()) + 1 + value;
                return range.start + offset + value_at;
            }
            search = at + key.len();
        }
        offset += line.len();
    }
    range.start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_of_two_arrays_may_interleave() {
        let text = "[[a]]\nx = 1\n[[b]]\ny = 2\n[[a]]\nx = 3\n";
        let (_, a) = split_records(text, "a", false);
        let parts: Vec<&str> = a.iter().filter_map(|r| text.get(r.clone())).collect();
        assert_eq!(parts, ["[[a]]\nx = 1\n", "[[a]]\nx = 3\n"]);
    }

    #[test]
    fn line_and_column_are_one_based() {
        let t = "a\nbc\ndef";
        assert_eq!(line_column(t, 0), (1, 1));
        assert_eq!(line_column(t, 3), (2, 2));
        assert_eq!(line_column(t, 5), (3, 1));
        let index = LineIndex::new(t);
        for offset in 0..=t.len() + 2 {
            assert_eq!(
                index.line(offset),
                line_column(t, offset).0,
                "offset {offset}"
            );
        }
    }

    #[test]
    fn records_run_from_header_to_header_with_the_preamble_apart() {
        let t = "# c\n[defaults]\nx = 1\n\n[[place]]\nid = \"a\"\n[[place]]\nid = \"b\"\n[other]\ny = 2\n";
        let (pre, recs) = split_records(t, "place", false);
        assert_eq!(&t[pre], "# c\n[defaults]\nx = 1\n\n");
        let texts: Vec<&str> = recs.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            texts,
            ["[[place]]\nid = \"a\"\n", "[[place]]\nid = \"b\"\n"]
        );
        let (_, keyed) = split_records("[sources.a]\nt = 1\n[sources.b]\nt = 2\n", "sources", true);
        assert_eq!(keyed.len(), 2);
    }

    #[test]
    fn each_bad_record_is_a_problem_and_the_good_ones_are_read() {
        #[derive(serde::Deserialize, Debug)]
        #[expect(dead_code, reason = "read by serde in the test, never by the code")]
        struct R {
            id: String,
            n: u32,
        }
        let f = AssetFile::new(
            "x.toml",
            "[[r]]\nid = \"a\"\nn = 1\n\n[[r]]\nid = \"b\"\nn = \"two\"\n\n[[r]]\nid = \"c\"\n",
        );
        let mut ps = Problems::default();
        let parts = parse_part::<R>(&f, "r", false, &mut ps).unwrap();
        assert_eq!(parts.len(), 1);
        let lines: Vec<String> = ps.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("x.toml:7:5: r \"b\": "),
            "{}",
            lines[0]
        );
        assert!(lines[0].contains("expected u32"), "{}", lines[0]);
        assert!(
            lines[1].starts_with("x.toml:9:1: r \"c\": "),
            "{}",
            lines[1]
        );
        assert!(lines[1].contains("missing field `n`"), "{}", lines[1]);
    }

    #[test]
    fn too_many_records_are_refused() {
        let f = AssetFile::new("x.toml", "[[r]]\n".repeat(MAX_RECORDS + 1));
        let mut ps = Problems::default();
        assert!(parse_part::<toml::Table>(&f, "r", false, &mut ps).is_none());
        assert_eq!(
            ps.report(),
            "x.toml: has 100001 records; at most 100000 are read\n"
        );
    }

    #[test]
    fn a_syntax_error_is_located_by_the_parser() {
        let f = AssetFile::new("x.toml", "[[r]]\nid = \"a\nn = 1\n");
        let mut ps = Problems::default();
        assert!(parse_part::<toml::Table>(&f, "r", false, &mut ps).is_none());
        let line = ps.report();
        assert!(line.starts_with("x.toml:2:"), "{line}");
    }

    #[test]
    fn a_field_is_found_inside_its_record() {
        let t = "[[e]]\nid = \"a\"\n\n[[e]]\nid = \"b\"\ntitle = \"\"\nviews = [ { holder = \"x\", sources = [] } ]\n";
        let (_, recs) = split_records(t, "e", false);
        assert_eq!(line_column(t, field_offset(t, &recs[1], "title")), (6, 9));
        assert_eq!(
            line_column(t, field_offset(t, &recs[1], "views.sources")),
            (7, 37)
        );
        assert_eq!(line_column(t, field_offset(t, &recs[1], "nope")), (4, 1));
    }
}
