//! The command line: options for the window, and `--check` that runs without one.

use crate::Dataset;
use crate::date::Date;
use crate::load::{AssetSet, Problems};
use crate::view::ViewBox;
use clap::Parser;
use std::path::{Path, PathBuf};

mod values;
pub use values::{Animate, MIN_SIZE};
use values::{parse_animation_out, parse_date, parse_size, parse_span};

/// A native desktop atlas of the conflicts over Abkhazia and South Ossetia.
#[derive(Debug, Clone, Default, Parser)]
#[command(
    version,
    about,
    after_help = "Examples:
  caucasus-atlas                                   open where you left off (or Georgia today)
  caucasus-atlas --date 2008-08-26 --select south_ossetia
                                                   26 August 2008, South Ossetia's details open
  caucasus-atlas --view 40.0,42.4,42.2,43.6 --lang ka
                                                   Abkhazia, labels in Georgian
  caucasus-atlas --date 2008-08-26 --screenshot map.png --size 1600x1000
                                                   write a PNG of that day and exit
  caucasus-atlas --animate 2008-08-01..2008-08-31 --step day --out war.gif --size 1280x720
                                                   an animated GIF of August 2008, a day a frame
  caucasus-atlas --data ~/my-atlas                 open a data folder (File › Export data… makes one)
  caucasus-atlas --check ~/my-atlas                check a data folder; exit 1 if it has errors

File › Copy link to this view (Ctrl+L) copies the command line that reopens what you see.
Flags override what the app remembered from the last time."
)]
pub struct Options {
    /// Open this data folder (laid out like the embedded assets: data/, boundaries/); it is
    /// watched and reloaded when a file is saved.
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Check a data folder without opening a window: print every problem as
    /// `file:line:column: message`, then a summary; exit 1 if there is any error.
    #[arg(long, value_name = "DIR", conflicts_with = "data")]
    pub check: Option<PathBuf>,
    /// Write the data (of `--data`, else the embedded) for other programs into DIR, without
    /// opening a window, and exit: `geojson` (events, control areas, regions, places for QGIS
    /// and kepler.gl), `csv` (events, recognitions, places, sources), or the bibliography as
    /// `csl-json`, `bibtex` or `ris`. With `--date`, only what that day shows (events begun
    /// by it, control holding on it, acts up to it, and their sources).
    #[arg(long, num_args = 2, value_names = ["FORMAT", "DIR"], conflicts_with = "check")]
    pub export_data: Option<Vec<String>>,
    /// Show this day (between 1989-01-01 and today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<Date>,
    /// Select a region, a place or an event by its id or any of its names (e.g. `abkhazia`,
    /// `Цхинвал`, `russia_recognition_2008`) and open its details; an event also sets the
    /// date, unless `--date` is given.
    #[arg(long, value_name = "ID")]
    pub select: Option<String>,
    /// Show this geographic box: west,south,east,north in degrees (e.g. 40.0,41.0,47.0,44.0).
    /// The whole box is shown, widened to the window's shape.
    #[arg(long, value_name = "W,S,E,N", value_parser = ViewBox::parse, allow_hyphen_values = true)]
    pub view: Option<ViewBox>,
    /// Language of the interface (menus, panels, dates); the map labels follow it unless
    /// `--lang` sets them apart. Default: the system's (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, value_parser = PossibleValuesParser::new(Lang::IDS)
        .map(|id| Lang::from_id(&id).unwrap_or_default()))]
    pub ui_lang: Option<Lang>,
    /// Language of the map labels.
    #[arg(long, value_parser = PossibleValuesParser::new(Lang::IDS)
        .map(|id| Lang::from_id(&id).unwrap_or_default()))]
    pub lang: Option<Lang>,
    /// Whose names and terms to use: attributed (each with whose it is), georgia, de-facto,
    /// russia or international. Dates, facts, sources and boundaries stay the same.
    #[arg(long, value_name = "VIEW", value_parser = PossibleValuesParser::new(Pov::IDS)
        .map(|id| Pov::from_id(&id).unwrap_or_default()))]
    pub pov: Option<Pov>,
    /// Compare the date with this second date B: the map is split between them and the
    /// *What changed* list opens.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub compare: Option<Date>,
    /// Tell this story (its id: the file name in stories/ without .toml, e.g. `august_2008`):
    /// its bar opens over the map at the first slide, or at `--slide`.
    #[arg(long, value_name = "ID")]
    pub story: Option<String>,
    /// Open the story at this slide (from 1).
    #[arg(long, value_name = "N", requires = "story", value_parser = clap::value_parser!(u32).range(1..))]
    pub slide: Option<u32>,
    /// Colours: light, dark, or follow the system.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeChoice>,
    /// Render one settled frame of the window, stamped with the date and sources, to this PNG
    /// file, and exit (0 when written). A name ending in `.svg` or `.pdf` writes the map (its
    /// legend, scale bar and stamp) as an SVG drawing or a PDF page instead, its text as text.
    #[arg(long, value_name = "FILE")]
    pub screenshot: Option<PathBuf>,
    /// With `--story`: write one stamped PNG per slide, from `--slide` (or the first) to the
    /// last, into this folder (`<story>-01.png`, `<story>-02.png`, …), and exit.
    #[arg(
        long,
        value_name = "DIR",
        requires = "story",
        conflicts_with = "screenshot"
    )]
    pub screenshot_dir: Option<PathBuf>,
    /// Render an animation of the map and the timeline from the first day to the second
    /// (e.g. `2008-08-01..2008-08-31`), a frame per `--step`, each stamped with its date and
    /// sources, into `--out`, and exit: `FILE.gif`, `FILE.png` (an animated PNG) or a folder
    /// of numbered PNG frames. `--animate story` with `--story ID`: the story's slides in
    /// order, the whole window a slide, each held for its own seconds.
    #[arg(
        long,
        value_name = "FROM..TO",
        value_parser = parse_span,
        requires = "out",
        requires_if("story", "story"),
        conflicts_with_all = ["screenshot", "screenshot_dir", "check", "export_data"]
    )]
    pub animate: Option<Animate>,
    /// How far the date moves between two frames of `--animate` (default: month).
    #[arg(long, value_enum, requires = "animate")]
    pub step: Option<crate::export::animation::Step>,
    /// Frames a second of `--animate` (1 to 50; default 10).
    #[arg(long, requires = "animate", value_parser = clap::value_parser!(u32).range(1..=50))]
    pub fps: Option<u32>,
    /// Where `--animate` writes: a `.gif`, a `.png`, or a folder for the frames.
    #[arg(long, value_name = "FILE", requires = "animate", value_parser = parse_animation_out)]
    pub out: Option<PathBuf>,
    /// Size of the window (and of `--screenshot`'s image, or of `--animate`'s frames) in
    /// pixels.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<[u32; 2]>,
    /// Leave the stamp (date, selection, sources) off the `--screenshot` image.
    #[arg(long, requires = "screenshot")]
    pub no_stamp: bool,
}

impl Options {
    /// Whether this run writes images and exits (`--screenshot`, `--screenshot-dir`): it then
    /// neither restores nor saves the remembered state.
    pub fn captures(&self) -> bool {
        self.screenshot.is_some() || self.screenshot_dir.is_some() || self.animate.is_some()
    }

    /// What `--animate` asks for.
    pub fn animation(&self) -> Option<crate::export::animation::AnimationAsk> {
        let (animate, target) = self.animate.zip(self.out.clone())?;
        let (from, to, story) = match animate {
            Animate::Span(from, to) => (from, to, false),
            Animate::Story => (crate::chronicle::TIMELINE_START, Date::today(), true),
        };
        Some(crate::export::animation::AnimationAsk {
            target,
            from,
            to,
            step: self.step.unwrap_or_default(),
            fps: self.fps.unwrap_or(10),
            size: self.size,
            story,
        })
    }
}

pub use crate::words::Lang;
use crate::words::Pov;
use clap::builder::{PossibleValuesParser, TypedValueParser};

/// `--theme`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
    /// Follow the system.
    #[default]
    System,
}

/// Resolve `--select` against the data the app will show: a region's, a place's or an
/// event's id, or one of its names in any script ("Южная Осетия", "Цхинвал", "abkhazia") when
/// only one entry has it; otherwise a message that lists the nearest ids and the entries whose
/// names come closest.
pub fn resolve_select(text: &str, data: &Dataset) -> Result<String, String> {
    use crate::search::{Index, Kind, Target};
    let regions = data.atlas.regions.iter().map(|r| r.id.as_str());
    let places = data.atlas.places.iter().map(|p| p.id.as_str());
    let events = data.chronicle.events.iter().map(|e| e.id.as_str());
    let states = data.chronicle.states.iter().map(|s| s.id.as_str());
    let sources = data.sources.iter().map(|(id, _)| id.as_str());
    let mut all: Vec<&str> = (regions.chain(places).chain(events))
        .chain(states)
        .chain(sources)
        .collect();
    all.sort_unstable();
    all.dedup();
    if all.contains(&text) {
        return Ok(text.to_owned());
    }
    let mut index = Index::build(data);
    // Each found with its id and the name that matched.
    let found: Vec<(String, String, bool, Kind)> = index
        .search(text, 40)
        .into_iter()
        .filter_map(|h| {
            // By the name that matched; an event or a source by its title.
            let (id, name) = match h.target {
                Target::Region(id) => (id.to_string(), h.matched.to_owned()),
                Target::Place(id) => (id.to_string(), h.matched.to_owned()),
                Target::River(_) => return None,
                Target::State(i) => {
                    let s = data.chronicle.states.get(*i)?;
                    (s.id.to_string(), h.matched.to_owned())
                }
                Target::Source(id) => {
                    let s = data.sources.get(id)?;
                    (id.to_string(), s.title.clone())
                }
                Target::Event(i) => {
                    let e = data.chronicle.events.get(*i)?;
                    (e.id.to_string(), e.title.clone())
                }
            };
            Some((id, name, h.whole_name(), h.target.kind()))
        })
        .collect();
    // Of the entries with that whole name, those of the first kind that has any: a region
    // before a place, an event, a recognising state (Abkhazia is both, with one id) or a source
    // (a page titled "Abkhazia").
    let kinds = [
        Kind::Region,
        Kind::Place,
        Kind::Event,
        Kind::State,
        Kind::Source,
    ];
    let mut whole: Vec<&str> = kinds
        .iter()
        .map(|k| {
            (found.iter())
                .filter(|f| f.2 && f.3 == *k)
                .map(|f| f.0.as_str())
                .collect::<Vec<_>>()
        })
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    whole.dedup();
    if let [id] = whole.as_slice() {
        return Ok((*id).to_owned());
    }
    let mut msg =
        format!("nothing (region, place, event, state or source) has the id or the name {text:?}");
    if whole.len() > 1 {
        msg = format!("{} entries have the name {text:?}", whole.len());
    }
    let mut near: Vec<String> = near_matches(text, &all)
        .into_iter()
        .map(str::to_owned)
        .collect();
    for (id, name, _, _) in found.iter().take(5) {
        if !near
            .iter()
            .any(|n| n == id || n.starts_with(&format!("{id} ")))
        {
            near.push(format!("{id} ({name})"));
        }
    }
    if near.is_empty() {
        msg.push_str("; region ids: ");
        let r: Vec<&str> = data.atlas.regions.iter().map(|r| r.id.as_str()).collect();
        msg.push_str(&r.join(", "));
    } else {
        msg.push_str(&format!("; did you mean {}?", near.join(", ")));
    }
    Err(msg)
}

/// Up to five ids like `id`: containing it, or close in spelling.
fn near_matches<'a>(id: &str, ids: &[&'a str]) -> Vec<&'a str> {
    let needle = id.to_lowercase();
    let mut scored: Vec<(f64, &str)> = ids
        .iter()
        .map(|c| {
            let contains = !needle.is_empty() && c.contains(needle.as_str());
            let s = strsim::jaro_winkler(&needle, c) + if contains { 1.0 } else { 0.0 };
            (s, *c)
        })
        .filter(|(s, _)| *s >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(5).map(|(_, c)| c).collect()
}

/// What `--export-data FORMAT DIR` prints (the files written and their sizes, or why nothing
/// was), and its exit code: 0 when written, 1 when the data or a file could not be, 2 for an
/// unknown format.
pub fn export_data(
    format: &str,
    dir: &Path,
    folder: Option<&Path>,
    date: Option<Date>,
) -> (String, i32) {
    use clap::ValueEnum;
    let Ok(format) = crate::export::Format::from_str(format, true) else {
        let known: Vec<String> = crate::export::Format::value_variants()
            .iter()
            .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_owned()))
            .collect();
        let msg = format!(
            "--export-data: unknown format {format:?}; expected one of {}\n",
            known.join(", ")
        );
        return (msg, 2);
    };
    let loaded = match folder {
        Some(f) => AssetSet::from_folder(f).and_then(|s| Dataset::load(&s)),
        None => Dataset::embedded(),
    };
    let data = match loaded {
        Ok(d) => d,
        Err(problems) => return (format!("{}\nnothing written\n", problems.report()), 1),
    };
    let scope = date.map_or(crate::export::Scope::All, crate::export::Scope::OnDate);
    match crate::export::export(&data, format, scope, dir) {
        Ok(files) => {
            let mut out = String::new();
            for f in files {
                let size = std::fs::metadata(&f).map(|m| m.len()).unwrap_or(0);
                out.push_str(&format!("{} ({size} bytes)\n", f.display()));
            }
            (out, 0)
        }
        Err(e) => (format!("--export-data: {e}\n"), 1),
    }
}

/// What `--check DIR` prints, and its exit code: 0 when the folder loads (warnings may be
/// printed), 1 when it has errors.
pub fn check(dir: &Path) -> (String, i32) {
    let result = AssetSet::from_folder(dir).and_then(|set| Dataset::load(&set));
    let (problems, code) = match result {
        Ok(d) => (d.warnings, 0),
        Err(p) => (p, 1),
    };
    (report(dir, &problems), code)
}

fn report(dir: &Path, problems: &Problems) -> String {
    let mut out = problems.report();
    out.push_str(&format!("{}: {}\n", dir.display(), problems.summary()));
    out
}

#[cfg(test)]
mod tests;
