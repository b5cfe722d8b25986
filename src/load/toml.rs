//! TOML with locations: a file is checked as a whole, then split into its records, and each
//! record is read on its own, so one bad record never hides the problems of the others.

use super::{AssetFile, MAX_RECORDS, Problem, Problems, said_of};
use crate::say;
use ::toml::Spanned;
use ::toml::de::DeValue;
use serde::de::DeserializeOwned;
use std::ops::Range;

/// Where the lines of a text begin, to find the line of many offsets without reading the text
/// from its start each time (a one-line GeoJSON file of 250 features read 38 MB that way).
#[derive(Debug, Clone)]
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

    /// 1-based line and column of byte `offset` of `text` (the text indexed), as
    /// [`line_column`] finds them.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = text
            .get(start..offset.min(text.len()))
            .map_or(0, |l| l.chars().count())
            + 1;
        (line, column)
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
///
/// The `toml` crate finds the records and their places (`DeTable` with spans): a header-like
/// line inside a multi-line text, a spaced header `[ sources . x ]` and a quoted key with a
/// dot are read as TOML reads them. Before the parse, the records' headers are counted
/// ([`MAX_RECORDS`]), so that millions of empty tables are refused before they take memory.
pub fn parse_records<T: DeserializeOwned>(
    file: &AssetFile,
    array: &str,
    keyed: bool,
    allowed: &[&str],
    problems: &mut Problems,
) -> Option<Vec<Part<T>>> {
    let text = &file.text;
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
    let mut doc = match ::toml::de::DeTable::parse(text) {
        Ok(doc) => doc.into_inner(),
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            problems.push(Problem::at(
                &file.name,
                file.line_column(at),
                said_of(e.message().trim()),
            ));
            return None;
        }
    };
    for (key, _) in doc.iter() {
        if !allowed.is_empty() && !allowed.contains(&key.get_ref().as_ref()) {
            problems.push(Problem::at(
                &file.name,
                file.line_column(key.span().start),
                say!(
                    "problem-unknown-table",
                    "unknown table or key `{key}`; expected one of: {expected}",
                    key = key.get_ref(),
                    expected = allowed.join(", ")
                ),
            ));
        }
    }
    let mut headers = Vec::new();
    for (_, value) in doc.iter() {
        header_starts(text, value, &mut headers);
    }
    headers.sort_unstable();
    let Some(records) = doc.remove(array) else {
        return Some(Vec::new());
    };
    let found = records.get_ref().type_str();
    let records: Vec<(String, Spanned<DeValue<'_>>)> = match records.into_inner() {
        DeValue::Array(items) if !keyed => items.into_iter().map(|v| (String::new(), v)).collect(),
        DeValue::Table(table) if keyed => {
            let mut entries: Vec<_> = table
                .into_iter()
                .map(|(k, v)| (k.into_inner().into_owned(), v))
                .collect();
            entries.sort_by_key(|(_, v)| v.span().start);
            entries
        }
        _ => {
            let header = if keyed {
                format!("[{array}.ID]")
            } else {
                format!("[[{array}]]")
            };
            problems.push(Problem::file(
                &file.name,
                say!(
                    "problem-not-records",
                    "expected `{array}` as {header} tables, found {found}",
                    array = array,
                    header = header,
                    found = found
                ),
            ));
            return None;
        }
    };
    let mut parts = Vec::with_capacity(records.len());
    for (key, value) in records {
        let range = record_range(text, &value, &headers);
        let name = if keyed {
            format!("source \"{key}\"")
        } else {
            format!("{array} {}", record_id(file, &value))
        };
        if let Some(long) = long_text(&value) {
            problems.push(
                Problem::at(
                    &file.name,
                    file.line_column(long.start),
                    say!(
                        "problem-text-too-long",
                        "a text of {size} KiB; at most {max} KiB is read",
                        size = long.len() >> 10,
                        max = MAX_TEXT_BYTES >> 10
                    ),
                )
                .record(name),
            );
            continue;
        }
        match T::deserialize(::toml::de::ValueDeserializer::from(value)) {
            Ok(value) => parts.push(Part { value, range, key }),
            Err(e) => {
                let at = e.span().map_or(range.start, |s| s.start);
                let p = Problem::at(
                    &file.name,
                    file.line_column(at),
                    said_of(e.message().trim()),
                );
                problems.push(p.record(name));
            }
        }
    }
    Some(parts)
}

/// Where the first `[[array]]` record of `text` starts, as TOML reads the file (a header
/// written inside a multi-line text is text); the end of the text when there is none, and the
/// first header-like line when the text is not TOML.
pub fn first_record_start(text: &str, array: &str) -> usize {
    let Ok(doc) = ::toml::de::DeTable::parse(text) else {
        return split_records(text, array, false).0.end;
    };
    match doc.get_ref().get(array).map(Spanned::get_ref) {
        Some(DeValue::Array(items)) => items.first().map_or(text.len(), |v| v.span().start),
        _ => text.len(),
    }
}

/// Longer than this, a text is refused where it is read: one 60 MB summary, once selected,
/// laid out for 40 s in 11 GB. The longest text of the shipped data is under 4 KiB.
pub const MAX_TEXT_BYTES: usize = 64 << 10;

/// Where the table headers (`[a]`, `[[a.b]]`) inside `value` start, in any order.
fn header_starts(text: &str, value: &Spanned<DeValue<'_>>, out: &mut Vec<usize>) {
    let is_header =
        |v: &Spanned<DeValue<'_>>| text.get(v.span()).is_some_and(|t| t.starts_with('['));
    match value.get_ref() {
        DeValue::Table(table) => {
            if is_header(value) {
                out.push(value.span().start);
            }
            for (_, v) in table.iter() {
                header_starts(text, v, out);
            }
        }
        DeValue::Array(items) => {
            for v in items.iter() {
                header_starts(text, v, out);
            }
        }
        _ => {}
    }
}

/// A record's bytes: from its header to the next header that is not its own (one of its
/// sub-tables), or the end of the text. An inline record is its own span.
fn record_range(text: &str, value: &Spanned<DeValue<'_>>, headers: &[usize]) -> Range<usize> {
    let span = value.span();
    if !text.get(span.clone()).is_some_and(|t| t.starts_with('[')) {
        return span;
    }
    let mut own = Vec::new();
    header_starts(text, value, &mut own);
    own.sort_unstable();
    let after = headers.partition_point(|&h| h <= span.start);
    let end = headers
        .get(after..)
        .unwrap_or_default()
        .iter()
        .find(|h| own.binary_search(h).is_err())
        .copied()
        .unwrap_or(text.len());
    span.start..end
}

/// The span of the first text in `value` longer than [`MAX_TEXT_BYTES`].
fn long_text(value: &Spanned<DeValue<'_>>) -> Option<Range<usize>> {
    match value.get_ref() {
        DeValue::String(s) if s.len() > MAX_TEXT_BYTES => Some(value.span()),
        DeValue::Table(table) => table.iter().find_map(|(_, v)| long_text(v)),
        DeValue::Array(items) => items.iter().find_map(long_text),
        _ => None,
    }
}

/// A record's `id`, quoted, or the line of its header.
fn record_id(file: &AssetFile, value: &Spanned<DeValue<'_>>) -> String {
    match value
        .get_ref()
        .get("id")
        .and_then(|id| id.get_ref().as_str())
    {
        Some(id) => format!("\"{id}\""),
        None => format!("at line {}", file.line_column(value.span().start).0),
    }
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
#[path = "toml_tests.rs"]
mod tests;
