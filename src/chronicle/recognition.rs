//! Recognitions in both directions: who recognised Abkhazia or South Ossetia, withdrew, or said
//! what, and when; what Abkhazia and South Ossetia themselves recognised; and their loader.

use crate::atlas::Region;
use crate::date::FuzzyDate;
use crate::ids::{SourceId, StateId, region};
use crate::load::{AssetFile, Bounds, Checker, Part, Problems, Rec, Seen, parse_records};
use crate::say;
use crate::sources::Sources;
use crate::table::Table;

use super::StateIx;
use serde::Deserialize;

/// Whether a recognising state is a UN member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StateStatus {
    /// A member of the United Nations.
    UnMember,
    /// An entity recognised by few or no UN members.
    PartiallyRecognised,
}

/// A state (or partially recognised entity) that recognised Abkhazia or South Ossetia.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecognisingState {
    /// Id.
    pub id: StateId,
    /// Name.
    pub name: String,
    /// The name in the Georgian interface, where the data has it.
    #[serde(default)]
    pub name_ka: Option<String>,
    /// The name in the Russian interface, where the data has it.
    #[serde(default)]
    pub name_ru: Option<String>,
    /// UN member or partially recognised.
    pub status: StateStatus,
    /// Natural Earth ADM0_A3 code of its polygon in the world inset.
    #[serde(default)]
    pub a3: Option<String>,
    /// Marker position where it has no polygon.
    #[serde(default)]
    pub lon: Option<f64>,
    /// Marker position where it has no polygon.
    #[serde(default)]
    pub lat: Option<f64>,
}

/// The entity recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    /// Abkhazia.
    Abkhazia,
    /// South Ossetia.
    SouthOssetia,
}

impl RecognisingState {
    /// The name in `lang`, where the data has it; else the English name.
    pub fn name_in(&self, lang: crate::words::Lang) -> &str {
        let own = match lang {
            crate::words::Lang::En => None,
            crate::words::Lang::Ka => self.name_ka.as_deref(),
            crate::words::Lang::Ru => self.name_ru.as_deref(),
        };
        own.unwrap_or(&self.name)
    }
}

impl Entity {
    /// Both, in display order.
    pub const ALL: [Self; 2] = [Self::Abkhazia, Self::SouthOssetia];

    /// English name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Abkhazia => "Abkhazia",
            Self::SouthOssetia => "South Ossetia",
        }
    }

    /// The atlas region id.
    pub fn region_id(self) -> &'static str {
        match self {
            Self::Abkhazia => region::ABKHAZIA,
            Self::SouthOssetia => region::SOUTH_OSSETIA,
        }
    }
}

/// Which way an act goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// A state's act about Abkhazia or South Ossetia (`[[act]]`).
    Of,
    /// Abkhazia's or South Ossetia's own act about a state (`[[entity_act]]`).
    By,
}

/// What a date of an act stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DatedBy {
    /// The day of the act itself.
    #[default]
    Act,
    /// The day a source reported the recognition in force.
    Report,
    /// The day of a treaty that presupposes it: the latest possible date ("on or before").
    Treaty,
}

impl DatedBy {
    /// How a list shows the date: `"since 1994-10-12"` becomes
    /// `"since 1994-10-12 (date of report)"` or `"on or before 1994-10-12 (date of a treaty)"`.
    pub fn describe(self, verb: &str, date: &str) -> String {
        match self {
            Self::Act => format!("{verb} {date}"),
            Self::Report => format!("{verb} {date} (date of report)"),
            // "since on or before" reads badly: the treaty's date is the bound itself.
            Self::Treaty if verb == "since" => format!("on or before {date} (date of a treaty)"),
            Self::Treaty => format!("{verb} on or before {date} (date of a treaty)"),
        }
    }
}

/// What an act does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Recognises the entity from this date.
    Recognised,
    /// Withdraws (or annuls) a recognition.
    Withdrew,
    /// From this date, whether the recognition stands is disputed.
    Disputed,
    /// The recognising entity itself ceased to exist.
    Ceased,
    /// Someone said something about it; changes nothing in force.
    Statement,
}

/// A dated act or statement about one state's recognition of one entity, or (direction
/// [`Direction::By`]) about the entity's recognition of the state.
#[derive(Debug, Clone, PartialEq)]
pub struct Act {
    /// The state.
    pub state: StateIx,
    /// Which entity.
    pub entity: Entity,
    /// Who recognises whom: the state the entity, or the entity the state.
    pub direction: Direction,
    /// What it does.
    pub action: Action,
    /// When.
    pub date: FuzzyDate,
    /// What `date` stands for: the act's day, a report's, or a treaty's (latest possible).
    pub dated_by: DatedBy,
    /// Who said it, for statements.
    pub said_by: Option<String>,
    /// What happened, with attribution.
    pub note: String,
    /// Source ids.
    pub sources: Vec<SourceId>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAct {
    state: String,
    entity: Entity,
    action: Action,
    date: FuzzyDate,
    #[serde(default)]
    dated_by: DatedBy,
    #[serde(default)]
    said_by: Option<String>,
    note: String,
    sources: Vec<SourceId>,
}

pub(super) fn load_recognitions(
    file: &AssetFile,
    sources: &Sources,
    world: &[Region],
    problems: &mut Problems,
) -> (Table<RecognisingState>, Table<Act>) {
    let Some(state_parts) = parse_records::<RecognisingState>(
        file,
        "state",
        false,
        &["state", "act", "entity_act"],
        problems,
    ) else {
        return (Table::default(), Table::default());
    };
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = Seen::ids();
    let mut states = Vec::with_capacity(state_parts.len());
    check.each(
        state_parts,
        "state",
        |s| s.id.to_string(),
        &mut seen,
        |check, rec, s, mut ok| {
            ok &= check.text(rec, "name", &s.name);
            for (field, text) in [("name_ka", &s.name_ka), ("name_ru", &s.name_ru)] {
                if let Some(text) = text {
                    ok &= check.text(rec, field, text);
                }
            }
            match (&s.a3, s.lon, s.lat) {
                (Some(a3), _, _) if !world.iter().any(|w| &w.id == a3) => {
                    check.fail(
                        rec,
                        "a3",
                        say!(
                            "problem-unknown-country",
                            "unknown country code \"{a3}\" (not in boundaries/world.geojson)",
                            a3 = a3
                        ),
                    );
                    ok = false;
                }
                (Some(_), _, _) => {}
                (None, Some(lon), Some(lat)) if Bounds::WORLD.contains(lon, lat) => {}
                (None, _, _) => {
                    check.fail(
                        rec,
                        "a3",
                        say!(
                            "problem-no-marker",
                            "expected an `a3` country code or `lon` and `lat` for a marker"
                        ),
                    );
                    ok = false;
                }
            }
            // Kept even when wrong, so its acts are not reported as unknown too (the load fails
            // on the problem above anyway).
            let _ = ok;
            states.push(s);
        },
    );
    let states = Table::from(states);
    let mut acts = Vec::new();
    for (table, direction) in [("act", Direction::Of), ("entity_act", Direction::By)] {
        let parts = parse_records::<RawAct>(check.file, table, false, &[], check.problems)
            .unwrap_or_default();
        for part in parts {
            if let Some(act) = check_act(&mut check, &states, part, direction) {
                acts.push(act);
            }
        }
    }
    acts.sort_by_key(|a| a.date.first);
    (states, acts.into())
}

/// One act checked: its state known, a note and sources, `said_by` on statements.
fn check_act(
    check: &mut Checker<'_>,
    states: &Table<RecognisingState>,
    Part {
        value: r, range, ..
    }: Part<RawAct>,
    direction: Direction,
) -> Option<Act> {
    let rec = &Rec {
        range,
        name: match direction {
            Direction::Of => format!("act of \"{}\" on {}", r.state, r.entity.label()),
            Direction::By => format!("act of {} on \"{}\"", r.entity.label(), r.state),
        },
    };
    let Some(state) = states.position(|s| s.id == r.state) else {
        check.fail(
            rec,
            "state",
            say!(
                "problem-act-state",
                "expected the id of a [[state]] in this file, found \"{found}\"",
                found = r.state
            ),
        );
        return None;
    };
    let mut ok = check.text(rec, "note", &r.note);
    ok &= check.sources(rec, "sources", &r.sources);
    super::on_timeline(check, rec, "date", r.date);
    if r.action == Action::Statement && r.said_by.as_deref().is_none_or(|s| s.trim().is_empty()) {
        check.fail(
            rec,
            "said_by",
            say!(
                "problem-said-by",
                "a statement needs `said_by`: whose words they are"
            ),
        );
        ok = false;
    }
    if direction == Direction::By && r.state == r.entity.region_id() {
        let said = say!(
            "problem-self-recognition",
            "an entity cannot recognise itself"
        );
        check.fail(rec, "state", said);
        ok = false;
    }
    ok.then_some(Act {
        state,
        entity: r.entity,
        direction,
        action: r.action,
        date: r.date,
        dated_by: r.dated_by,
        said_by: r.said_by,
        note: r.note,
        sources: r.sources,
    })
}
