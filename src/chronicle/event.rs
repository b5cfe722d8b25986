//! Events: what happened, where and when, in neutral words with sources; and their loader.

use crate::atlas::Atlas;
use crate::date::Date;
use crate::date::FuzzyDate;
use crate::ids::{EventId, PlaceId, SourceId, region};
use crate::load::{
    AssetFile, Bounds, Checker, Problem, Problems, Seen, parse_records, parse_toml_text,
};
use crate::projection::LonLat;
use crate::say;
use crate::sources::Sources;
use crate::table::Table;
use crate::words::Lang;
use serde::Deserialize;
use std::collections::BTreeSet;

/// What kind of event it is; each has its colour on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
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
            Self::Abkhazia => region_id == region::ABKHAZIA,
            Self::SouthOssetia => region_id == region::SOUTH_OSSETIA,
            Self::Georgia => region_id == region::GEORGIA,
            Self::Both => region_id == region::ABKHAZIA || region_id == region::SOUTH_OSSETIA,
        }
    }
}

/// A named position of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPoint {
    /// The place's name (English, attributed; a point of view names a place by `place`).
    pub name: String,
    /// Where it is.
    pub lonlat: LonLat,
    /// The id of the place of `data/places.toml` it stands at, if any (not for `points`).
    pub place: Option<PlaceId>,
}

/// One event of the chronicle.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique id.
    pub id: EventId,
    /// When it happened (or began).
    pub date: FuzzyDate,
    /// When it ended, for events that lasted.
    pub end: Option<FuzzyDate>,
    /// Whether sources disagree on the day: `date`..`end` is then the span they give, and the
    /// event is drawn as uncertain over it.
    pub days_disputed: bool,
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
    /// The title in Georgian and in Russian, where the data has them (written by the project
    /// in the same neutral voice).
    pub titles: Titles,
    /// A neutral summary.
    pub summary: String,
    /// Source ids.
    pub sources: Vec<SourceId>,
}

/// An event's title in the interface's other languages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Titles {
    /// Georgian.
    pub ka: Option<String>,
    /// Russian.
    pub ru: Option<String>,
}

impl Event {
    /// The title in `lang`, if the data has it (English always).
    pub fn title_in(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(&self.title),
            Lang::Ka => self.titles.ka.as_deref(),
            Lang::Ru => self.titles.ru.as_deref(),
        }
    }

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
        !self.days_disputed && self.date.is_exact() && self.end.is_none_or(|e| e.is_exact())
    }

    /// When, in words: "26 August 2008", "7–8 August 2008 (lasting)", "August 2008".
    pub fn when(&self) -> String {
        let span = match self.end {
            None => self.date.label(),
            Some(end) => format!("{} – {}", self.date.label(), end.label()),
        };
        if self.days_disputed {
            format!("{span} (sources differ on the day)")
        } else {
            span
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
    id: EventId,
    date: FuzzyDate,
    #[serde(default)]
    end: Option<FuzzyDate>,
    #[serde(default)]
    days_disputed: bool,
    #[serde(default)]
    at: Vec<PlaceId>,
    #[serde(default)]
    points: Vec<RawPoint>,
    #[serde(default, rename = "where")]
    held_in: Option<String>,
    region: Concern,
    category: Category,
    title: String,
    #[serde(default)]
    title_ka: Option<String>,
    #[serde(default)]
    title_ru: Option<String>,
    summary: String,
    sources: Vec<SourceId>,
}

pub(super) fn load_events(
    file: &AssetFile,
    sources: &Sources,
    atlas: &Atlas,
    problems: &mut Problems,
) -> (Table<Event>, Option<Date>) {
    let Some(parts) = parse_records::<RawEvent>(
        file,
        "event",
        false,
        &["event", "sources_checked_to"],
        problems,
    ) else {
        return (Table::default(), None);
    };
    let checked_to = sources_checked_to(file, problems);
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let mut seen = Seen::ids();
    let mut events = Vec::with_capacity(parts.len());
    check.each(
        parts,
        "event",
        |r| r.id.to_string(),
        &mut seen,
        |check, rec, r, mut ok| {
            ok &= check.text(rec, "title", &r.title);
            for (field, text) in [("title_ka", &r.title_ka), ("title_ru", &r.title_ru)] {
                if let Some(text) = text {
                    ok &= check.text(rec, field, text);
                }
            }
            ok &= check.text(rec, "summary", &r.summary);
            ok &= check.sources(rec, "sources", &r.sources);
            super::on_timeline(check, rec, "date", r.date);
            if let Some(end) = r.end
                && end.last < r.date.first
            {
                check.fail(
                    rec,
                    "end",
                    say!(
                        "problem-end",
                        "expected an end on or after the date {date}, found {found}",
                        date = r.date.label(),
                        found = end.label()
                    ),
                );
                ok = false;
            }
            let mut points = Vec::new();
            let mut listed = BTreeSet::new();
            for place_id in &r.at {
                if !listed.insert(place_id) {
                    let p = check.problem(rec, "at", crate::load::listed_twice(place_id.as_ref()));
                    check.problems.push(p.warning());
                    continue;
                }
                match atlas.place(place_id) {
                    Some(p) => points.push(EventPoint {
                        name: p.names.name_en.clone(),
                        lonlat: p.lonlat(),
                        place: Some(p.id.clone()),
                    }),
                    None => {
                        check.fail(
                            rec,
                            "at",
                            say!(
                                "problem-unknown-place",
                                "unknown place id \"{id}\" (not in data/places.toml)",
                                id = place_id
                            ),
                        );
                        ok = false;
                    }
                }
            }
            for p in r.points {
                if !check.position(rec, "points", (p.lon, p.lat), Bounds::MAP) {
                    ok = false;
                    return;
                }
                points.push(EventPoint {
                    name: p.name,
                    lonlat: LonLat::new(p.lon, p.lat),
                    place: None,
                });
            }
            if points.is_empty() && ok {
                let said = say!(
                    "problem-no-place",
                    "expected at least one place (`at` or `points`)"
                );
                check.fail(rec, "at", said);
                ok = false;
            }
            if ok {
                events.push(Event {
                    id: r.id,
                    date: r.date,
                    end: r.end,
                    days_disputed: r.days_disputed,
                    points,
                    held_in: r.held_in,
                    region: r.region,
                    category: r.category,
                    title: r.title,
                    titles: Titles {
                        ka: r.title_ka,
                        ru: r.title_ru,
                    },
                    summary: r.summary,
                    sources: r.sources,
                });
            }
        },
    );
    // Stable: events of the same day keep the file's order.
    events.sort_by_key(|e| e.first_day());
    (events.into(), checked_to)
}

/// The file's top-level `sources_checked_to` date, if given (a bad one is a problem).
fn sources_checked_to(file: &AssetFile, problems: &mut Problems) -> Option<Date> {
    let table = parse_toml_text::<toml::Table>(&file.name, &file.text).ok()?;
    let value = table.get("sources_checked_to")?;
    let text = value.as_str().unwrap_or_default();
    match Date::parse(text) {
        Ok(d) => Some(d),
        Err(e) => {
            // The key at the start of a line, not a mention in a comment.
            let at = file.text.find("\nsources_checked_to").map_or(0, |i| i + 1);
            problems.push(
                Problem::at(
                    &file.name,
                    file.line_column(at),
                    crate::load::said_of(&e.to_string()),
                )
                .field("sources_checked_to"),
            );
            None
        }
    }
}
