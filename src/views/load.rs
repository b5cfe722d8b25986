//! Reading and checking `data/views.toml`: parties, contested words and terms, each term naming
//! a known place, region, word or event and resting on sources.

use super::{Party, Pov, Subject, Term, Views, Word};
use crate::atlas::Atlas;
use crate::chronicle::Chronicle;
use crate::ids::SourceId;
use crate::load::{AssetFile, Checker, Problem, Problems, Seen, parse_records};
use crate::say;
use crate::sources::Sources;
use serde::Deserialize;

const TABLES: [&str; 3] = ["party", "word", "term"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParty {
    id: Pov,
    name: String,
    short: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWord {
    id: String,
    what: String,
    events: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    key: String,
    pov: Pov,
    #[serde(default)]
    en: Option<String>,
    #[serde(default)]
    ka: Option<String>,
    #[serde(default)]
    ru: Option<String>,
    sources: Vec<SourceId>,
    #[serde(default)]
    note: Option<String>,
}

/// Read `file` (`data/views.toml`), checked against the sources, the atlas' places and
/// regions and the chronicle's events. Every problem goes to `problems`, located; what is
/// wrong is left out. `built_in` says the file is the embedded one standing in for a folder
/// that lacks it: a term citing a source the folder's `sources.toml` lacks is then left out
/// with a warning, so a folder exported before points of view existed still loads.
pub fn load_views(
    file: &AssetFile,
    sources: &Sources,
    (atlas, chronicle): (&Atlas, &Chronicle),
    built_in: bool,
    problems: &mut Problems,
) -> Views {
    let mut views = Views::default();
    let (Some(parties), Some(words), Some(terms)) = (
        parse_records::<RawParty>(file, "party", false, &TABLES, problems),
        parse_records::<RawWord>(file, "word", false, &TABLES, problems),
        parse_records::<RawTerm>(file, "term", false, &TABLES, problems),
    ) else {
        return views;
    };
    let mut check = Checker {
        file,
        sources,
        problems,
    };

    let mut seen = Seen::ids();
    check.each(
        parties,
        "party",
        |p| p.id.id().to_owned(),
        &mut seen,
        |check, rec, p, mut ok| {
            if p.id == Pov::Attributed {
                let said = say!(
                    "problem-party-attributed",
                    "expected a party (georgia, de-facto, russia or international), found \"attributed\""
                );
                check.fail(rec, "id", said);
                ok = false;
            }
            ok &= check.text(rec, "name", &p.name);
            ok &= check.text(rec, "short", &p.short);
            if ok {
                views.parties.push(Party {
                    pov: p.id,
                    name: p.name,
                    short: p.short,
                });
            }
        },
    );
    for pov in Pov::PARTIES {
        if views.party(pov).is_none() && !seen.contains(pov.id()) {
            // Located at the top of the file, where the parties are declared.
            check.problems.push(Problem::at(
                &file.name,
                (1, 1),
                say!(
                    "problem-party-missing",
                    "expected a [[party]] with id = \"{id}\" (the banner names it)",
                    id = pov.id()
                ),
            ));
        }
    }

    let mut seen = Seen::ids();
    check.each(
        words,
        "word",
        |w| w.id.clone(),
        &mut seen,
        |check, rec, w, mut ok| {
            ok &= check.text(rec, "what", &w.what);
            // A folder with its own events keeps the shipped words: an event it lacks is
            // only a warning, and the word is shown where its events exist.
            let (events, unknown): (Vec<String>, Vec<String>) = w
                .events
                .into_iter()
                .partition(|e| chronicle.event_index(e).is_some());
            for e in unknown {
                let said = say!(
                    "problem-word-event",
                    "unknown event id \"{id}\"; left out",
                    id = e
                );
                let p = check.problem(rec, "events", said);
                check.problems.push(p.warning());
            }
            if ok {
                views.words.push(Word {
                    id: w.id,
                    what: w.what,
                    events,
                });
            }
        },
    );
    let word_ids = seen;

    let mut seen = Seen::keys();
    check.each(
        terms,
        "term",
        |t| format!("{} {}", t.key, t.pov.id()),
        &mut seen,
        |check, rec, t, mut ok| {
            let known = |s: &Subject| match s {
                Subject::Place(id) => atlas.places.iter().any(|p| &p.id == id),
                Subject::Region(id) => atlas.region(id).is_some(),
                Subject::Line => true,
                Subject::Word(id) => word_ids.contains(id),
                Subject::Event(id) => chronicle.event_index(id).is_some(),
                Subject::Area(id) => chronicle.areas.iter().any(|a| &a.id == id),
            };
            let subject = match Subject::parse(&t.key) {
                Some(s) if known(&s) => Some(s),
                Some(_) => {
                    // As for words: a folder's own places or events make this term unused.
                    let said = say!(
                        "problem-term-unknown",
                        "\"{key}\" names no known place, region, word, event or area; the term is not used",
                        key = t.key
                    );
                    let p = check.problem(rec, "key", said);
                    check.problems.push(p.warning());
                    None
                }
                None => {
                    let said = say!(
                        "problem-term-key",
                        "expected place.<id>, region.<id>, line, word.<id>, event.<id> or area.<id>, found \"{key}\"",
                        key = t.key
                    );
                    check.fail(rec, "key", said);
                    None
                }
            };
            if t.pov == Pov::Attributed {
                let said = say!(
                    "problem-term-attributed",
                    "expected a party (georgia, de-facto, russia or international); the attributed form is made from the parties' terms"
                );
                check.fail(rec, "pov", said);
                ok = false;
            }
            let text = [t.en, t.ka, t.ru];
            for (field, value) in ["en", "ka", "ru"].iter().zip(&text) {
                if let Some(v) = value {
                    ok &= check.text(rec, field, v);
                }
            }
            if text.iter().all(Option::is_none) {
                let said = say!(
                    "problem-term-text",
                    "expected the term in at least one of en, ka, ru"
                );
                check.fail(rec, "key", said);
                ok = false;
            }
            let missing: Vec<&SourceId> = t
                .sources
                .iter()
                .filter(|id| !check.sources.is_declared(id))
                .collect();
            if built_in && !missing.is_empty() {
                let p = check.problem(
                    rec,
                    "sources",
                    say!(
                        "problem-term-sources",
                        "the built-in views cite {ids} that the folder's data/sources.toml lacks; the term is not used (copy data/views.toml and its sources into the folder to use it)",
                        ids = missing
                            .iter()
                            .map(|m| format!("\"{m}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                check.problems.push(p.warning());
                ok = false;
            } else {
                ok &= check.sources(rec, "sources", &t.sources);
            }
            if let (Some(subject), true) = (subject, ok) {
                views.terms.push(Term {
                    subject,
                    pov: t.pov,
                    text,
                    sources: t.sources,
                    note: t.note,
                });
            }
        },
    );
    views
        .terms
        .sort_by(|a, b| (&a.subject, a.pov).cmp(&(&b.subject, b.pov)));
    views
}
