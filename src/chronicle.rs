//! Events, recognitions and periods of control, and what holds on any date. Knows no egui.
//!
//! [`Chronicle::at`] is a pure function of the date: the map, the panels and the inset all
//! read the [`Snapshot`] it returns, so the date is the single source of truth.

use crate::atlas::{Atlas, MapShape, Region};
use crate::date::{Date, DateError};
use crate::load::{
    AssetFile, AssetSet, Bounds, Checker, Feature, Part, Problems, Rec, load_features, parse_part,
    parse_records,
};
use crate::projection::LonLat;
use crate::sources::Sources;
use serde::Deserialize;
use std::collections::BTreeSet;

/// The first day the timeline shows: before the wars of the early 1990s.
pub const TIMELINE_START: Date = Date::from_days_since_epoch(6940); // 1989-01-01

/// For how many days after it ends an event still counts as recent (and fades on the map).
pub const RECENT_DAYS: i32 = 45;

/// How exactly a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// To the day.
    Day,
    /// To the month.
    Month,
    /// To the year.
    Year,
}

/// A date known to the day, the month or the year: the span of days it may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuzzyDate {
    /// The earliest day it may be.
    pub first: Date,
    /// The latest day it may be.
    pub last: Date,
    /// How exactly it is known.
    pub precision: Precision,
}

impl FuzzyDate {
    /// Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let t = text.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let bad = || DateError::Format(t.to_owned());
        let num = |s: &str| s.parse::<u32>().map_err(|_| bad());
        match parts.as_slice() {
            [_, _, _] => {
                let d = Date::parse(t)?;
                Ok(Self {
                    first: d,
                    last: d,
                    precision: Precision::Day,
                })
            }
            [y, m] if y.len() == 4 => {
                let year = num(y)? as i32;
                let first = Date::from_ymd(year, num(m)?, 1)?;
                Ok(Self {
                    first,
                    last: first.end_of_month(),
                    precision: Precision::Month,
                })
            }
            [y] if y.len() == 4 => {
                let year = num(y)? as i32;
                Ok(Self {
                    first: Date::from_ymd(year, 1, 1)?,
                    last: Date::from_ymd(year, 12, 31)?,
                    precision: Precision::Year,
                })
            }
            _ => Err(bad()),
        }
    }

    /// Whether the day is known.
    pub fn is_exact(&self) -> bool {
        self.precision == Precision::Day
    }

    /// In words: "26 August 2008", "August 2008" or "2008".
    pub fn label(&self) -> String {
        match self.precision {
            Precision::Day => self.first.long(),
            Precision::Month => self.first.month_year(),
            Precision::Year => self.first.year().to_string(),
        }
    }
}

impl<'de> Deserialize<'de> for FuzzyDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        FuzzyDate::parse(&s).map_err(|e| {
            serde::de::Error::custom(format!(
                "{e} (also allowed: YYYY-MM or YYYY when only the month or year is known)"
            ))
        })
    }
}

/// What kind of event it is; each has its colour on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Fighting, attacks, military operations.
    ArmedConflict,
    /// Ceasefires, agreements and talks.
    Agreement,
    /// A state recognises Abkhazia and/or South Ossetia.
    Recognition,
    /// A recognition is withdrawn.
    Withdrawal,
    /// Treaties and integration with Russia.
    Treaty,
    /// Fences and signs along the lines ("borderization").
    Borderization,
    /// International missions (UN, OSCE, EU, peacekeepers).
    Mission,
    /// Laws, decrees, elections, declarations.
    LawPolitics,
    /// Statements and reports.
    Statement,
}

impl Category {
    /// Every category, in legend order.
    pub const ALL: [Self; 9] = [
        Self::ArmedConflict,
        Self::Agreement,
        Self::Recognition,
        Self::Withdrawal,
        Self::Treaty,
        Self::Borderization,
        Self::Mission,
        Self::LawPolitics,
        Self::Statement,
    ];

    /// A short English label.
    pub fn label(self) -> &'static str {
        match self {
            Self::ArmedConflict => "Armed conflict",
            Self::Agreement => "Ceasefire, agreement, talks",
            Self::Recognition => "Recognition",
            Self::Withdrawal => "Withdrawal of recognition",
            Self::Treaty => "Treaty, integration",
            Self::Borderization => "Borderization",
            Self::Mission => "International mission",
            Self::LawPolitics => "Law, politics",
            Self::Statement => "Statement, report",
        }
    }
}

/// Which region an event concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Concern {
    /// Abkhazia.
    Abkhazia,
    /// South Ossetia.
    SouthOssetia,
    /// The rest of Georgia.
    Georgia,
    /// Both Abkhazia and South Ossetia.
    Both,
}

impl Concern {
    /// Every value, for filters.
    pub const ALL: [Self; 4] = [
        Self::Abkhazia,
        Self::SouthOssetia,
        Self::Georgia,
        Self::Both,
    ];

    /// An English label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Abkhazia => "Abkhazia",
            Self::SouthOssetia => "South Ossetia",
            Self::Georgia => "Georgia",
            Self::Both => "Both regions",
        }
    }

    /// Whether an event of this concern belongs with the region of atlas id `region_id`.
    pub fn concerns_region(self, region_id: &str) -> bool {
        match self {
            Self::Abkhazia => region_id == "abkhazia",
            Self::SouthOssetia => region_id == "south_ossetia",
            Self::Georgia => region_id == "georgia",
            Self::Both => region_id == "abkhazia" || region_id == "south_ossetia",
        }
    }
}

/// A named position of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPoint {
    /// The place's name.
    pub name: String,
    /// Where it is.
    pub lonlat: LonLat,
}

/// One event of the chronicle.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique id.
    pub id: String,
    /// When it happened (or began).
    pub date: FuzzyDate,
    /// When it ended, for events that lasted.
    pub end: Option<FuzzyDate>,
    /// Where its markers stand.
    pub points: Vec<EventPoint>,
    /// The real place when it lies off the map (the markers then stand at the regions).
    pub held_in: Option<String>,
    /// The region it concerns.
    pub region: Concern,
    /// Its category.
    pub category: Category,
    /// A neutral title.
    pub title: String,
    /// A neutral summary.
    pub summary: String,
    /// Source ids.
    pub sources: Vec<String>,
}

impl Event {
    /// The earliest day it may have begun.
    pub fn first_day(&self) -> Date {
        self.date.first
    }

    /// The latest day it may have lasted to.
    pub fn last_day(&self) -> Date {
        self.end.map_or(self.date.last, |e| e.last)
    }

    /// Whether its days are known exactly.
    pub fn is_exact(&self) -> bool {
        self.date.is_exact() && self.end.is_none_or(|e| e.is_exact())
    }

    /// When, in words: "26 August 2008", "7–8 August 2008 (lasting)", "August 2008".
    pub fn when(&self) -> String {
        match self.end {
            None => self.date.label(),
            Some(end) => format!("{} – {}", self.date.label(), end.label()),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    name: String,
    lon: f64,
    lat: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: String,
    date: FuzzyDate,
    #[serde(default)]
    end: Option<FuzzyDate>,
    #[serde(default)]
    at: Vec<String>,
    #[serde(default)]
    points: Vec<RawPoint>,
    #[serde(default, rename = "where")]
    held_in: Option<String>,
    region: Concern,
    category: Category,
    title: String,
    summary: String,
    sources: Vec<String>,
}

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
    pub id: String,
    /// Name.
    pub name: String,
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
            Self::Abkhazia => "abkhazia",
            Self::SouthOssetia => "south_ossetia",
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

/// A dated act or statement about one state's recognition of one entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Act {
    /// Index into [`Chronicle::states`].
    pub state: usize,
    /// Which entity.
    pub entity: Entity,
    /// What it does.
    pub action: Action,
    /// When.
    pub date: FuzzyDate,
    /// Whether `date` is when a source reported the recognition rather than the act's day.
    pub dated_by_report: bool,
    /// Who said it, for statements.
    pub said_by: Option<String>,
    /// What happened, with attribution.
    pub note: String,
    /// Source ids.
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAct {
    state: String,
    entity: Entity,
    action: Action,
    date: FuzzyDate,
    #[serde(default)]
    dated_by: Option<String>,
    #[serde(default)]
    said_by: Option<String>,
    note: String,
    sources: Vec<String>,
}

/// Which side held an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The Government of Georgia.
    Georgia,
    /// The de facto authorities of Abkhazia or South Ossetia (with Russian forces).
    DeFacto,
    /// Russian armed forces beyond the two regions.
    Russia,
}

impl Side {
    /// A short label for the legend.
    pub fn label(self) -> &'static str {
        match self {
            Self::Georgia => "Held by the Government of Georgia",
            Self::DeFacto => "Held by the de facto authorities",
            Self::Russia => "Held by Russian forces",
        }
    }
}

/// An area of changing control (approximate outline).
#[derive(Debug, Clone)]
pub struct ControlArea {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Geometry and meshes.
    pub shape: MapShape,
}

/// Who held an area from when until when.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlPeriod {
    /// Id.
    pub id: String,
    /// Index into [`Chronicle::areas`].
    pub area: usize,
    /// Who held it, in neutral words.
    pub controller: String,
    /// Which side that is.
    pub side: Side,
    /// From when.
    pub from: FuzzyDate,
    /// Until when (`None`: to today).
    pub until: Option<FuzzyDate>,
    /// Context, with attribution.
    pub note: String,
    /// Source ids.
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    id: String,
    area: String,
    controller: String,
    side: Side,
    from: FuzzyDate,
    #[serde(default)]
    until: Option<FuzzyDate>,
    note: String,
    sources: Vec<String>,
}

/// Everything that happened, loaded and checked once.
#[derive(Debug, Clone)]
pub struct Chronicle {
    /// Events, sorted by their first day.
    pub events: Vec<Event>,
    /// States that recognised.
    pub states: Vec<RecognisingState>,
    /// Acts and statements, sorted by date.
    pub acts: Vec<Act>,
    /// Control areas.
    pub areas: Vec<ControlArea>,
    /// Control periods.
    pub periods: Vec<ControlPeriod>,
}

impl Chronicle {
    /// Load events, recognitions and control periods from `set`, checked against the
    /// sources, the atlas' places and the world's country codes. Every problem goes to
    /// `problems`; what is wrong is left out.
    pub fn load(
        set: &AssetSet,
        sources: &Sources,
        atlas: &Atlas,
        world: &[Region],
        problems: &mut Problems,
    ) -> Self {
        let events = load_events(&set.file("data/events.toml"), sources, atlas, problems);
        let (states, acts) = load_recognitions(
            &set.file("data/recognitions.toml"),
            sources,
            world,
            problems,
        );
        let areas: Vec<ControlArea> = load_features(
            &set.file("boundaries/control_areas.geojson"),
            Bounds::MAP,
            problems,
        )
        .into_iter()
        .map(|f: Feature| ControlArea {
            id: f.id,
            name: f.names.name_en,
            shape: f.shape,
        })
        .collect();
        let periods = load_periods(&set.file("data/control.toml"), sources, &areas, problems);
        Self {
            events,
            states,
            acts,
            areas,
            periods,
        }
    }

    /// What holds on `date`: events under way, recent and past; recognitions in force;
    /// control of areas. Pure: the same date gives the same snapshot.
    pub fn at(&self, date: Date) -> Snapshot {
        let mut events = Vec::new();
        for (i, e) in self.events.iter().enumerate() {
            if e.first_day() > date {
                break; // sorted by first day: the rest is in the future
            }
            let phase = if date <= e.last_day() {
                if e.is_exact() {
                    EventPhase::Active
                } else {
                    EventPhase::Uncertain
                }
            } else {
                let days = e.last_day().days_until(date);
                if days <= RECENT_DAYS {
                    EventPhase::Recent { days }
                } else {
                    EventPhase::Past
                }
            };
            events.push((i, phase));
        }

        let mut recognitions: Vec<Recognition> = Vec::new();
        for (i, act) in self.acts.iter().enumerate() {
            if act.date.first > date {
                break; // sorted by date
            }
            let at = match recognitions
                .iter()
                .position(|r| r.state == act.state && r.entity == act.entity)
            {
                Some(at) => at,
                None => {
                    recognitions.push(Recognition {
                        state: act.state,
                        entity: act.entity,
                        standing: None,
                        since: i,
                        statements: Vec::new(),
                    });
                    recognitions.len() - 1
                }
            };
            let r = &mut recognitions[at];
            let standing = match act.action {
                Action::Recognised => Standing::Recognises,
                Action::Withdrew => Standing::Withdrawn,
                Action::Disputed => Standing::Disputed,
                Action::Ceased => Standing::Ceased,
                Action::Statement => {
                    r.statements.push(i);
                    continue;
                }
            };
            r.standing = Some(standing);
            r.since = i;
        }

        let mut control = Vec::new();
        for (i, p) in self.periods.iter().enumerate() {
            let ends = p.until.map_or(date, |u| u.last);
            if p.from.first <= date && date <= ends {
                let unsure_start = !p.from.is_exact() && date <= p.from.last;
                let unsure_end = p.until.is_some_and(|u| !u.is_exact() && date >= u.first);
                control.push((
                    i,
                    if unsure_start || unsure_end {
                        ControlPhase::Uncertain
                    } else {
                        ControlPhase::Certain
                    },
                ));
            }
        }
        Snapshot {
            date,
            events,
            recognitions,
            control,
        }
    }

    /// Index of the event with this id.
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    /// The first event that begins after `date`.
    pub fn next_event_after(&self, date: Date) -> Option<usize> {
        self.events.iter().position(|e| e.first_day() > date)
    }

    /// The last event that begins before `date`.
    pub fn previous_event_before(&self, date: Date) -> Option<usize> {
        self.events.iter().rposition(|e| e.first_day() < date)
    }
}

fn load_events(
    file: &AssetFile,
    sources: &Sources,
    atlas: &Atlas,
    problems: &mut Problems,
) -> Vec<Event> {
    let Some(parts) = parse_part::<RawEvent>(file, "event", false, problems) else {
        return Vec::new();
    };
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = BTreeSet::new();
    let mut events = Vec::with_capacity(parts.len());
    for Part {
        value: r, range, ..
    } in parts
    {
        let rec = Rec {
            range,
            name: format!("event \"{}\"", r.id),
        };
        let mut ok = check.unique(&rec, &mut seen, &r.id);
        ok &= check.text(&rec, "title", &r.title);
        ok &= check.text(&rec, "summary", &r.summary);
        ok &= check.sources(&rec, "sources", &r.sources);
        if let Some(end) = r.end
            && end.last < r.date.first
        {
            check.fail(
                &rec,
                "end",
                format!(
                    "expected an end on or after the date {}, found {}",
                    r.date.label(),
                    end.label()
                ),
            );
            ok = false;
        }
        let mut points = Vec::new();
        for place_id in &r.at {
            match atlas.place(place_id) {
                Some(p) => points.push(EventPoint {
                    name: p.names.name_en.clone(),
                    lonlat: p.lonlat(),
                }),
                None => {
                    check.fail(
                        &rec,
                        "at",
                        format!("unknown place id \"{place_id}\" (not in data/places.toml)"),
                    );
                    ok = false;
                }
            }
        }
        for p in r.points {
            if !Bounds::MAP.contains(p.lon, p.lat) {
                check.fail(
                    &rec,
                    "points",
                    format!(
                        "expected a position inside {}, found ({}, {})",
                        Bounds::MAP.label,
                        p.lon,
                        p.lat
                    ),
                );
                ok = false;
                continue;
            }
            points.push(EventPoint {
                name: p.name,
                lonlat: LonLat::new(p.lon, p.lat),
            });
        }
        if points.is_empty() && ok {
            check.fail(&rec, "at", "expected at least one place (`at` or `points`)");
            ok = false;
        }
        if ok {
            events.push(Event {
                id: r.id,
                date: r.date,
                end: r.end,
                points,
                held_in: r.held_in,
                region: r.region,
                category: r.category,
                title: r.title,
                summary: r.summary,
                sources: r.sources,
            });
        }
    }
    // Stable: events of the same day keep the file's order.
    events.sort_by_key(|e| e.first_day());
    events
}

fn load_recognitions(
    file: &AssetFile,
    sources: &Sources,
    world: &[Region],
    problems: &mut Problems,
) -> (Vec<RecognisingState>, Vec<Act>) {
    let Some(state_parts) =
        parse_records::<RecognisingState>(file, "state", false, &["state", "act"], problems)
    else {
        return (Vec::new(), Vec::new());
    };
    let act_parts = parse_records::<RawAct>(file, "act", false, &[], problems).unwrap_or_default();
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = BTreeSet::new();
    let mut states = Vec::with_capacity(state_parts.len());
    for Part {
        value: s, range, ..
    } in state_parts
    {
        let rec = Rec {
            range,
            name: format!("state \"{}\"", s.id),
        };
        let mut ok = check.unique(&rec, &mut seen, &s.id);
        ok &= check.text(&rec, "name", &s.name);
        match (&s.a3, s.lon, s.lat) {
            (Some(a3), _, _) if !world.iter().any(|w| &w.id == a3) => {
                check.fail(
                    &rec,
                    "a3",
                    format!("unknown country code \"{a3}\" (not in boundaries/world.geojson)"),
                );
                ok = false;
            }
            (Some(_), _, _) => {}
            (None, Some(lon), Some(lat)) if Bounds::WORLD.contains(lon, lat) => {}
            (None, _, _) => {
                check.fail(
                    &rec,
                    "a3",
                    "expected an `a3` country code or `lon` and `lat` for a marker",
                );
                ok = false;
            }
        }
        // Kept even when wrong, so its acts are not reported as unknown too (the load fails
        // on the problem above anyway).
        let _ = ok;
        states.push(s);
    }
    let mut acts = Vec::with_capacity(act_parts.len());
    for Part {
        value: r, range, ..
    } in act_parts
    {
        let rec = Rec {
            range,
            name: format!("act of \"{}\" on {}", r.state, r.entity.label()),
        };
        let Some(state) = states.iter().position(|s| s.id == r.state) else {
            check.fail(
                &rec,
                "state",
                format!(
                    "expected the id of a [[state]] in this file, found \"{}\"",
                    r.state
                ),
            );
            continue;
        };
        let mut ok = check.text(&rec, "note", &r.note);
        ok &= check.sources(&rec, "sources", &r.sources);
        if r.action == Action::Statement && r.said_by.as_deref().is_none_or(|s| s.trim().is_empty())
        {
            check.fail(
                &rec,
                "said_by",
                "a statement needs `said_by`: whose words they are",
            );
            ok = false;
        }
        let dated_by_report = match r.dated_by.as_deref() {
            None | Some("act") => false,
            Some("report") => true,
            Some(other) => {
                check.fail(
                    &rec,
                    "dated_by",
                    format!("expected \"act\" or \"report\", found \"{other}\""),
                );
                ok = false;
                false
            }
        };
        if ok {
            acts.push(Act {
                state,
                entity: r.entity,
                action: r.action,
                date: r.date,
                dated_by_report,
                said_by: r.said_by,
                note: r.note,
                sources: r.sources,
            });
        }
    }
    acts.sort_by_key(|a| a.date.first);
    (states, acts)
}

fn load_periods(
    file: &AssetFile,
    sources: &Sources,
    areas: &[ControlArea],
    problems: &mut Problems,
) -> Vec<ControlPeriod> {
    let Some(parts) = parse_part::<RawPeriod>(file, "period", false, problems) else {
        return Vec::new();
    };
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = BTreeSet::new();
    let mut periods = Vec::with_capacity(parts.len());
    for Part {
        value: r, range, ..
    } in parts
    {
        let rec = Rec {
            range,
            name: format!("period \"{}\"", r.id),
        };
        let mut ok = check.unique(&rec, &mut seen, &r.id);
        let area = areas.iter().position(|a| a.id == r.area);
        if area.is_none() {
            check.fail(
                &rec,
                "area",
                format!(
                    "unknown area \"{}\" (not in boundaries/control_areas.geojson)",
                    r.area
                ),
            );
            ok = false;
        }
        if let Some(until) = r.until
            && until.last < r.from.first
        {
            check.fail(
                &rec,
                "until",
                format!(
                    "expected `until` on or after `from` ({}), found {}",
                    r.from.label(),
                    until.label()
                ),
            );
            ok = false;
        }
        ok &= check.text(&rec, "controller", &r.controller);
        ok &= check.sources(&rec, "sources", &r.sources);
        if let (true, Some(area)) = (ok, area) {
            periods.push(ControlPeriod {
                id: r.id,
                area,
                controller: r.controller,
                side: r.side,
                from: r.from,
                until: r.until,
                note: r.note,
                sources: r.sources,
            });
        }
    }
    periods
}

/// Where an event stands on the snapshot's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventPhase {
    /// Under way (known to the day).
    Active,
    /// Its date is known only to the month or year and the date falls in that span.
    Uncertain,
    /// Ended this many days ago (fading).
    Recent {
        /// Days since it ended.
        days: i32,
    },
    /// Further in the past.
    Past,
}

/// Where a recognition stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// In force.
    Recognises,
    /// Withdrawn.
    Withdrawn,
    /// Disputed: see the statements.
    Disputed,
    /// The recognising entity ceased to exist.
    Ceased,
}

/// One state's recognition of one entity on the snapshot's date.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognition {
    /// Index into [`Chronicle::states`].
    pub state: usize,
    /// The entity.
    pub entity: Entity,
    /// Where it stands (`None`: only statements so far).
    pub standing: Option<Standing>,
    /// Index into [`Chronicle::acts`] of the act that set the standing.
    pub since: usize,
    /// Indices into [`Chronicle::acts`] of statements made up to the date.
    pub statements: Vec<usize>,
}

/// Whether a control period surely holds on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlPhase {
    /// It holds.
    Certain,
    /// The date falls in the month or year when it began or ended.
    Uncertain,
}

/// What holds on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The date.
    pub date: Date,
    /// Events begun by the date, with their phase.
    pub events: Vec<(usize, EventPhase)>,
    /// Recognitions with any act up to the date.
    pub recognitions: Vec<Recognition>,
    /// Control periods holding on the date.
    pub control: Vec<(usize, ControlPhase)>,
}

impl Snapshot {
    /// States (indices) recognising `entity` on the date.
    pub fn recognisers(&self, entity: Entity) -> impl Iterator<Item = &Recognition> {
        self.recognitions
            .iter()
            .filter(move |r| r.entity == entity && r.standing == Some(Standing::Recognises))
    }

    /// Recognitions of `entity` that are no longer in force (withdrawn, disputed, ceased).
    pub fn lapsed(&self, entity: Entity) -> impl Iterator<Item = &Recognition> {
        self.recognitions.iter().filter(move |r| {
            r.entity == entity
                && matches!(
                    r.standing,
                    Some(Standing::Withdrawn | Standing::Disputed | Standing::Ceased)
                )
        })
    }

    /// The phase of event `index`, if it has begun.
    pub fn phase_of(&self, index: usize) -> Option<EventPhase> {
        self.events
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, p)| *p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded data set (named `atlas` by the tests, which read its sources and world)
    /// and its chronicle.
    fn load() -> (crate::Dataset, Chronicle) {
        match crate::Dataset::embedded() {
            Ok(d) => {
                let c = d.chronicle.clone();
                (d, c)
            }
            Err(e) => panic!("the embedded data must load: {e}"),
        }
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn names(c: &Chronicle, s: &Snapshot, e: Entity) -> Vec<String> {
        let mut v: Vec<String> = s
            .recognisers(e)
            .map(|r| c.states[r.state].id.clone())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn fuzzy_dates_know_their_span() {
        let day = FuzzyDate::parse("2008-08-26").unwrap();
        assert_eq!(
            (day.first, day.last, day.label()),
            (d("2008-08-26"), d("2008-08-26"), "26 August 2008".into())
        );
        let month = FuzzyDate::parse("2008-02").unwrap();
        assert_eq!(
            (month.first, month.last, month.label()),
            (d("2008-02-01"), d("2008-02-29"), "February 2008".into())
        );
        let year = FuzzyDate::parse("2012").unwrap();
        assert_eq!(
            (year.first, year.last, year.label()),
            (d("2012-01-01"), d("2012-12-31"), "2012".into())
        );
        assert!(FuzzyDate::parse("2008-13").is_err());
        assert!(FuzzyDate::parse("08").is_err());
        assert!(FuzzyDate::parse("2008-08-32").is_err());
    }

    #[test]
    fn the_chronicle_loads_with_enough_sourced_events() {
        let (atlas, c) = load();
        assert!(c.events.len() >= 80, "{} events", c.events.len());
        assert!(
            c.events
                .windows(2)
                .all(|w| w[0].first_day() <= w[1].first_day()),
            "sorted"
        );
        assert!(c.events.first().unwrap().first_day() >= TIMELINE_START);
        assert!(c.events.last().unwrap().last_day() <= Date::today());
        for e in &c.events {
            assert!(
                !e.sources.is_empty() && e.sources.iter().all(|s| atlas.sources.get(s).is_some()),
                "{}",
                e.id
            );
            assert!(
                e.points
                    .iter()
                    .all(|p| Bounds::MAP.contains(p.lonlat.lon, p.lonlat.lat)),
                "{}",
                e.id
            );
        }
        for a in &c.acts {
            assert!(a.sources.iter().all(|s| atlas.sources.get(s).is_some()));
        }
        // Every category is used, so every legend entry means something.
        for cat in Category::ALL {
            assert!(c.events.iter().any(|e| e.category == cat), "{cat:?} unused");
        }
    }

    #[test]
    fn every_recognising_un_member_has_a_country_in_the_world_inset() {
        let (atlas, c) = load();
        for s in c
            .states
            .iter()
            .filter(|s| s.status == StateStatus::UnMember)
        {
            let a3 = s.a3.as_deref().unwrap();
            assert!(
                atlas.world.iter().any(|w| w.id == a3),
                "{a3} missing from world.geojson"
            );
        }
    }

    #[test]
    fn russia_recognises_from_26_august_2008_and_not_the_day_before() {
        let (_, c) = load();
        let before = c.at(d("2008-08-25"));
        let on = c.at(d("2008-08-26"));
        assert!(names(&c, &before, Entity::Abkhazia).is_empty());
        assert_eq!(names(&c, &on, Entity::Abkhazia), ["russia"]);
        assert_eq!(names(&c, &on, Entity::SouthOssetia), ["russia"]);
    }

    #[test]
    fn recognitions_and_withdrawals_take_effect_on_their_day() {
        let (_, c) = load();
        let cases: [(&str, Entity, &str, bool); 14] = [
            ("2008-09-05", Entity::Abkhazia, "nicaragua", true),
            ("2009-09-10", Entity::SouthOssetia, "venezuela", true),
            ("2009-12-15", Entity::Abkhazia, "nauru", true),
            ("2009-12-16", Entity::SouthOssetia, "nauru", true),
            ("2011-05-23", Entity::Abkhazia, "vanuatu", true),
            ("2011-06-20", Entity::Abkhazia, "vanuatu", false),
            ("2011-09-18", Entity::Abkhazia, "tuvalu", true),
            ("2011-09-18", Entity::SouthOssetia, "tuvalu", true),
            ("2014-03-31", Entity::Abkhazia, "tuvalu", false),
            ("2014-03-31", Entity::SouthOssetia, "tuvalu", false),
            ("2018-05-29", Entity::Abkhazia, "syria", true),
            ("2018-05-29", Entity::SouthOssetia, "syria", true),
            ("2008-08-31", Entity::SouthOssetia, "transnistria", true),
            ("2024-01-01", Entity::Abkhazia, "nagorno_karabakh", false),
        ];
        for (day, entity, state, recognises_on_the_day) in cases {
            let on = names(&c, &c.at(d(day)), entity).contains(&state.to_owned());
            let before = names(&c, &c.at(d(day).add_days(-1)), entity).contains(&state.to_owned());
            assert_eq!(on, recognises_on_the_day, "{state} on {day}");
            assert_eq!(
                before, !recognises_on_the_day,
                "{state} the day before {day}"
            );
        }
    }

    #[test]
    fn vanuatu_after_2011_is_shown_as_disputed_with_each_sides_words() {
        let (_, c) = load();
        let s = c.at(d("2012-06-01"));
        let v = s
            .recognitions
            .iter()
            .find(|r| c.states[r.state].id == "vanuatu")
            .unwrap();
        assert_eq!(v.standing, Some(Standing::Disputed));
        assert!(
            !v.statements.is_empty(),
            "the UN ambassador's denial is recorded"
        );
        let later = c.at(d("2013-07-12"));
        let v = later
            .recognitions
            .iter()
            .find(|r| c.states[r.state].id == "vanuatu")
            .unwrap();
        assert_eq!(v.standing, Some(Standing::Withdrawn));
    }

    #[test]
    fn on_11_and_13_august_2008_the_war_is_under_way_then_the_ceasefire_holds() {
        let (_, c) = load();
        let active = |day: &str| -> Vec<String> {
            c.at(d(day))
                .events
                .iter()
                .filter(|(_, p)| *p == EventPhase::Active)
                .map(|(i, _)| c.events[*i].id.clone())
                .collect()
        };
        let on_11 = active("2008-08-11");
        assert!(on_11.contains(&"zugdidi_senaki_2008".into()), "{on_11:?}");
        assert!(on_11.contains(&"gori_strikes_2008".into()));
        assert!(
            !on_11.iter().any(|id| id == "six_point_plan_2008"),
            "the ceasefire comes on the 12th"
        );
        let on_13 = active("2008-08-13");
        assert!(
            on_13.contains(&"gori_poti_occupied_2008".into()),
            "{on_13:?}"
        );
        let s13 = c.at(d("2008-08-13"));
        let plan = c.event_index("six_point_plan_2008").unwrap();
        assert_eq!(s13.phase_of(plan), Some(EventPhase::Recent { days: 1 }));
        assert_eq!(
            s13.phase_of(c.event_index("russia_recognition_2008").unwrap()),
            None,
            "future events are not in the snapshot"
        );
    }

    #[test]
    fn control_of_kodori_and_akhalgori_changes_in_august_2008() {
        let (_, c) = load();
        let holder = |day: &str, area: &str| -> Vec<(Side, ControlPhase)> {
            c.at(d(day))
                .control
                .iter()
                .filter(|(i, _)| c.areas[c.periods[*i].area].id == area)
                .map(|(i, p)| (c.periods[*i].side, *p))
                .collect()
        };
        assert_eq!(
            holder("2007-06-01", "upper_kodori"),
            [(Side::Georgia, ControlPhase::Certain)]
        );
        assert_eq!(
            holder("2008-08-13", "upper_kodori"),
            [(Side::DeFacto, ControlPhase::Certain)]
        );
        // Akhalgori changed hands at a day of August 2008 the sources do not pin down.
        let aug = holder("2008-08-20", "akhalgori");
        assert!(
            aug.iter().all(|(_, p)| *p == ControlPhase::Uncertain) && aug.len() == 2,
            "{aug:?}"
        );
        assert_eq!(
            holder("2008-07-01", "akhalgori"),
            [(Side::Georgia, ControlPhase::Certain)]
        );
        assert_eq!(
            holder("2010-01-01", "akhalgori"),
            [(Side::DeFacto, ControlPhase::Certain)]
        );
        assert_eq!(
            holder("2008-09-01", "buffer_south_ossetia"),
            [(Side::Russia, ControlPhase::Certain)]
        );
        assert!(holder("2008-10-09", "buffer_south_ossetia").is_empty());
    }

    #[test]
    fn today_shows_the_current_recognitions() {
        let (_, c) = load();
        let s = c.at(Date::today());
        assert_eq!(
            names(&c, &s, Entity::Abkhazia),
            [
                "nauru",
                "nicaragua",
                "russia",
                "south_ossetia",
                "syria",
                "transnistria",
                "venezuela"
            ]
        );
        assert_eq!(
            names(&c, &s, Entity::SouthOssetia),
            [
                "abkhazia",
                "nauru",
                "nicaragua",
                "russia",
                "syria",
                "transnistria",
                "venezuela"
            ]
        );
        assert!(
            s.events
                .iter()
                .all(|(_, p)| *p == EventPhase::Past || matches!(p, EventPhase::Recent { .. }))
        );
    }

    #[test]
    fn a_snapshot_depends_only_on_its_date() {
        let (_, c) = load();
        assert_eq!(c.at(d("2008-08-12")), c.at(d("2008-08-12")));
    }

    /// The errors of loading the embedded data with `text` as its events file.
    fn with_events(text: &str) -> Result<Chronicle, String> {
        let set = AssetSet::embedded().with("data/events.toml", text);
        crate::Dataset::load(&set)
            .map(|d| d.chronicle)
            .map_err(|ps| {
                ps.iter()
                    .filter(|p| p.is_error())
                    .map(ToString::to_string)
                    .collect()
            })
    }

    #[test]
    fn a_bad_date_is_reported_with_file_line_and_what_is_allowed() {
        let text = "[[event]]\nid = \"x\"\ndate = \"2008-02-30\"\nat = [\"gori\"]\nregion = \"georgia\"\ncategory = \"statement\"\ntitle = \"t\"\nsummary = \"s\"\nsources = [\"seed_000\"]\n";
        let err = with_events(text).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("data/events.toml:3:"), "{msg}");
        assert!(
            msg.contains("2008-02-30 is not a day of the calendar"),
            "{msg}"
        );
    }

    #[test]
    fn an_event_without_a_known_source_is_refused_at_its_line() {
        let text = "# comment\n\n[[event]]\nid = \"x\"\ndate = \"2008\"\nat = [\"gori\"]\nregion = \"georgia\"\ncategory = \"statement\"\ntitle = \"t\"\nsummary = \"s\"\nsources = [\"rumour\"]\n";
        let err = with_events(text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/events.toml:11:11: event \"x\": field `sources`: unknown source id \"rumour\" (not in data/sources.toml)"
        );
    }

    #[test]
    fn an_event_off_the_map_or_at_an_unknown_place_is_refused() {
        let off = "[[event]]\nid = \"x\"\ndate = \"2008\"\npoints = [{ name = \"Paris\", lon = 2.35, lat = 48.85 }]\nregion = \"georgia\"\ncategory = \"statement\"\ntitle = \"t\"\nsummary = \"s\"\nsources = [\"seed_000\"]\n";
        assert!(
            with_events(off)
                .unwrap_err()
                .to_string()
                .contains("inside the map")
        );
        let unknown = off.replace(
            "points = [{ name = \"Paris\", lon = 2.35, lat = 48.85 }]",
            "at = [\"atlantis\"]",
        );
        assert!(
            with_events(&unknown)
                .unwrap_err()
                .to_string()
                .contains("unknown place id \"atlantis\"")
        );
    }

    #[test]
    fn an_unknown_category_names_the_allowed_ones() {
        let text = "[[event]]\nid = \"x\"\ndate = \"2008\"\nat = [\"gori\"]\nregion = \"georgia\"\ncategory = \"rumour\"\ntitle = \"t\"\nsummary = \"s\"\nsources = [\"seed_000\"]\n";
        let msg = with_events(text).unwrap_err().to_string();
        assert!(
            msg.starts_with("data/events.toml:6:") && msg.contains("armed_conflict"),
            "{msg}"
        );
    }
}
