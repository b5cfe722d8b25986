//! The bibliography for citation managers: CSL-JSON, BibTeX (biblatex `@online`) and RIS.
//! Every source is a web page or document with a title, a publisher, a date as the source
//! gives it (ISO when it is one; otherwise kept as written) and the day it was read.

use crate::date::{FuzzyDate, Precision};
use crate::ids::SourceId;
use crate::sources::{Source, Sources};
use serde_json::json;

/// The sources to write: `only`'s ids (those behind what is on screen), or all.
pub(super) fn chosen<'a>(
    sources: &'a Sources,
    only: Option<&'a [SourceId]>,
) -> Vec<(&'a SourceId, &'a Source)> {
    match only {
        Some(ids) => ids
            .iter()
            .filter_map(|id| sources.get(id).map(|s| (id, s)))
            .collect(),
        None => sources.iter().collect(),
    }
}

/// The date's parts as far as they are known, if it is an ISO date (`2009`, `2009-12`,
/// `2009-12-15`).
fn parts(text: &str) -> Option<Vec<u32>> {
    let d = FuzzyDate::parse(text).ok()?;
    let (y, m, day) = d.first.ymd();
    let year = u32::try_from(y).ok()?;
    Some(match d.precision {
        Precision::Year => vec![year],
        Precision::Month => vec![year, m],
        Precision::Day => vec![year, m, day],
    })
}

/// CSL-JSON: an array of `webpage` items.
pub fn csl_json(sources: &Sources, only: Option<&[SourceId]>) -> String {
    let items: Vec<serde_json::Value> = chosen(sources, only)
        .into_iter()
        .map(|(id, s)| {
            let issued = match parts(&s.date) {
                Some(p) => json!({ "date-parts": [p] }),
                None => json!({ "literal": s.date }),
            };
            let mut item = json!({
                "id": id.as_str(),
                "type": "webpage",
                "title": s.title,
                "publisher": s.publisher,
                "container-title": s.publisher,
                "issued": issued,
                "URL": s.url,
            });
            if let (Some(p), Some(obj)) = (parts(&s.accessed), item.as_object_mut()) {
                obj.insert("accessed".into(), json!({ "date-parts": [p] }));
            }
            item
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_default()
}

/// A field's text for BibTeX: the characters TeX treats specially escaped.
fn tex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// BibTeX: one biblatex `@online` entry per source, keyed by its id.
pub fn bibtex(sources: &Sources, only: Option<&[SourceId]>) -> String {
    let mut out = String::new();
    for (id, s) in chosen(sources, only) {
        out.push_str(&format!("@online{{{id},\n"));
        out.push_str(&format!("  title = {{{}}},\n", tex(&s.title)));
        out.push_str(&format!("  organization = {{{}}},\n", tex(&s.publisher)));
        match parts(&s.date) {
            Some(p) => {
                let iso: Vec<String> = p.iter().map(|n| format!("{n:02}")).collect();
                out.push_str(&format!("  date = {{{}}},\n", iso.join("-")));
            }
            None => out.push_str(&format!("  note = {{{}}},\n", tex(&s.date))),
        }
        out.push_str(&format!("  url = {{{}}},\n", tex_url(&s.url)));
        if parts(&s.accessed).is_some() {
            out.push_str(&format!("  urldate = {{{}}},\n", s.accessed));
        }
        out.push_str("}\n\n");
    }
    out
}

/// A URL in a BibTeX field: read verbatim by biblatex, but a brace or a percent would still end
/// the field or begin a comment.
fn tex_url(url: &str) -> String {
    url.replace('%', "\\%")
        .replace('{', "%7B")
        .replace('}', "%7D")
}

/// RIS: one `ELEC` record per source.
pub fn ris(sources: &Sources, only: Option<&[SourceId]>) -> String {
    let line = |tag: &str, value: &str| {
        let one: String = value
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        format!("{tag}  - {one}\r\n")
    };
    let ris_date = |p: &[u32]| {
        let get = |i: usize| p.get(i).map(|n| format!("{n:02}")).unwrap_or_default();
        format!("{}/{}/{}/", get(0), get(1), get(2))
    };
    let mut out = String::new();
    for (id, s) in chosen(sources, only) {
        out.push_str(&line("TY", "ELEC"));
        out.push_str(&line("ID", id.as_str()));
        out.push_str(&line("TI", &s.title));
        out.push_str(&line("PB", &s.publisher));
        match parts(&s.date) {
            Some(p) => {
                out.push_str(&line("DA", &ris_date(&p)));
                if let Some(y) = p.first() {
                    out.push_str(&line("PY", &y.to_string()));
                }
            }
            None => out.push_str(&line("N1", &s.date)),
        }
        out.push_str(&line("UR", &s.url));
        if let Some(p) = parts(&s.accessed) {
            out.push_str(&line("Y2", &ris_date(&p)));
        }
        out.push_str("ER  - \r\n\r\n");
    }
    out
}
