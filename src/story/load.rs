//! Reading and checking the stories of a data set: each file on its own, every slide located,
//! every id it names known to the data, every claim sourced, every date on the timeline.

use super::{DEFAULT_SECONDS, Slide, SlideFilter, SlideSelect, SlideView, Stories, Story, Texts};
use crate::atlas::Atlas;
use crate::chronicle::{Category, Chronicle, Concern, TIMELINE_START};
use crate::date::Date;
use crate::ids::{EventId, PlaceId, RegionId, SourceId, StoryId};
use crate::load::{
    AssetFile, AssetSet, Checker, Part, Problems, Rec, Said, SourceIds, parse_records,
    parse_toml_text, said_of,
};
use crate::say;
use crate::view::ViewBox;
use crate::words::Pov;

/// The top of a story file, before its slides.
#[derive(serde::Deserialize)]
struct RawHeader {
    title: String,
    title_ka: Option<String>,
    title_ru: Option<String>,
    author: String,
    about: String,
}

/// One `[[slide]]` as written.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSlide {
    title: String,
    title_ka: Option<String>,
    title_ru: Option<String>,
    text: String,
    text_ka: Option<String>,
    text_ru: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    date: String,
    until: Option<String>,
    compare: Option<String>,
    view: Option<String>,
    #[serde(rename = "box")]
    view_box: Option<[f64; 4]>,
    pov: Option<Pov>,
    select: Option<String>,
    #[serde(default)]
    events: Vec<String>,
    notes: Option<String>,
    seconds: Option<f64>,
    /// Only these categories in the *Events* tab (e.g. `["borderization"]`).
    #[serde(default)]
    categories: Vec<Category>,
    /// Only events concerning this region in the *Events* tab.
    region: Option<Concern>,
}

/// The keys a story file may hold at its top.
const HEADER_KEYS: [&str; 6] = ["title", "title_ka", "title_ru", "author", "about", "slide"];

/// Read every story of `set` (`stories/*.toml`), checked against the data; a story with a
/// problem is left out and its problems reported, the others load. `today` bounds the dates.
pub fn load_stories(
    set: &AssetSet,
    sources: &dyn SourceIds,
    (atlas, chronicle): (&Atlas, &Chronicle),
    today: Date,
    problems: &mut Problems,
) -> Stories {
    let mut list = Vec::new();
    for file in set.stories() {
        let errors = problems.errors();
        let story = load_story(&file, sources, (atlas, chronicle), today, problems);
        if let Some(story) = story.filter(|_| problems.errors() == errors) {
            list.push(story);
        }
    }
    list.sort_by(|a, b| a.id.cmp(&b.id));
    Stories { list }
}

fn load_story(
    file: &AssetFile,
    sources: &dyn SourceIds,
    data: (&Atlas, &Chronicle),
    today: Date,
    problems: &mut Problems,
) -> Option<Story> {
    let id = file
        .name
        .strip_prefix(crate::load::STORIES)
        .and_then(|n| n.strip_suffix(".toml"))
        .unwrap_or(&file.name);
    let parts = parse_records::<RawSlide>(file, "slide", false, &HEADER_KEYS, problems)?;
    // The header is what comes before the first slide, as TOML reads the file (a slide's
    // header written inside a multi-line text is text).
    let preamble = 0..crate::load::first_record_start(&file.text, "slide");
    let header_text = file.text.get(preamble.clone()).unwrap_or_default();
    let header = match parse_toml_text::<RawHeader>(&file.name, header_text) {
        Ok(h) => h,
        Err(p) => {
            problems.push(p);
            return None;
        }
    };
    let mut check = Checker {
        file,
        sources,
        problems,
    };
    let rec = Rec {
        range: preamble,
        name: format!("story \"{id}\""),
    };
    let mut ok = check.text(&rec, "title", &header.title);
    ok &= check.text(&rec, "author", &header.author);
    ok &= check.text(&rec, "about", &header.about);
    if parts.is_empty() {
        let said = say!("problem-story-empty", "expected at least one [[slide]]");
        check.fail(&rec, "title", said);
        ok = false;
    }
    let mut slides = Vec::with_capacity(parts.len());
    for (n, part) in parts.into_iter().enumerate() {
        let rec = Rec {
            range: part.range.clone(),
            name: format!("story \"{id}\" slide {}", n + 1),
        };
        match check_slide(&mut check, &rec, part, data, today) {
            Some(slide) => slides.push(slide),
            None => ok = false,
        }
    }
    ok.then(|| Story {
        id: StoryId::new(id),
        file: file.name.clone(),
        title: Texts {
            en: header.title,
            ka: header.title_ka,
            ru: header.title_ru,
        },
        author: header.author,
        about: header.about,
        slides,
    })
}

/// One slide checked: texts, sources, dates on the timeline, every id known.
fn check_slide(
    check: &mut Checker<'_>,
    rec: &Rec,
    Part { value: r, .. }: Part<RawSlide>,
    (atlas, chronicle): (&Atlas, &Chronicle),
    today: Date,
) -> Option<Slide> {
    let mut ok = check.text(rec, "title", &r.title);
    ok &= check.text(rec, "text", &r.text);
    ok &= check.sources(rec, "sources", &r.sources);
    let date_of = |check: &mut Checker<'_>, field: &str, text: &str| -> Option<Date> {
        match Date::parse(text) {
            Ok(d) if (TIMELINE_START..=today).contains(&d) => Some(d),
            Ok(d) => {
                let said = say!(
                    "problem-story-date",
                    "expected a day on the timeline ({start} to {today}), found {found}",
                    start = TIMELINE_START,
                    today = today,
                    found = d
                );
                check.fail(rec, field, said);
                None
            }
            Err(e) => {
                check.fail(rec, field, said_of(&e.to_string()));
                None
            }
        }
    };
    let date = date_of(check, "date", &r.date);
    let until = r.until.as_deref().map(|t| date_of(check, "until", t));
    let compare = r.compare.as_deref().map(|t| date_of(check, "compare", t));
    ok &=
        date.is_some() && until.is_none_or(|d| d.is_some()) && compare.is_none_or(|d| d.is_some());
    let (until, compare) = (until.flatten(), compare.flatten());
    if let (Some(d), Some(u)) = (date, until)
        && u < d
    {
        let said = say!(
            "problem-story-until",
            "expected `until` on or after `date` ({date}), found {found}",
            date = d,
            found = u
        );
        check.fail(rec, "until", said);
        ok = false;
    }
    let view = match (&r.view, r.view_box) {
        (Some(_), Some(_)) => {
            let said = say!(
                "problem-story-view-and-box",
                "expected `view` or `box`, not both"
            );
            check.fail(rec, "box", said);
            ok = false;
            None
        }
        (Some(v), None) => {
            let view = if atlas.region(v).is_some() {
                Some(SlideView::Region(RegionId::new(v.as_str())))
            } else if atlas.place(v).is_some() {
                Some(SlideView::Place(PlaceId::new(v.as_str())))
            } else {
                None
            };
            if view.is_none() {
                check.fail(rec, "view", unknown_view(v));
                ok = false;
            }
            view
        }
        (None, Some([w, s, e, n])) => match ViewBox::parse(&format!("{w},{s},{e},{n}")) {
            Ok(b) => Some(SlideView::Box(b)),
            Err(_) => {
                let said = say!(
                    "problem-story-box",
                    "expected [west, south, east, north] in degrees with west < east and south < north, found [{w}, {s}, {e}, {n}]",
                    w = w,
                    s = s,
                    e = e,
                    n = n
                );
                check.fail(rec, "box", said);
                ok = false;
                None
            }
        },
        (None, None) => None,
    };
    let select = match r.select.as_deref() {
        None => None,
        Some(id) if chronicle.event_index(id).is_some() => {
            Some(SlideSelect::Event(EventId::new(id)))
        }
        Some(id) if atlas.region(id).is_some() => Some(SlideSelect::Region(RegionId::new(id))),
        Some(id) if atlas.place(id).is_some() => Some(SlideSelect::Place(PlaceId::new(id))),
        Some(id) => {
            let said = say!(
                "problem-story-select",
                "expected the id of an event, a region or a place, found \"{id}\"",
                id = id
            );
            check.fail(rec, "select", said);
            ok = false;
            None
        }
    };
    for e in r
        .events
        .iter()
        .filter(|e| chronicle.event_index(e).is_none())
    {
        let said = say!(
            "problem-story-event",
            "unknown event id \"{id}\" (not in data/events.toml)",
            id = e
        );
        check.fail(rec, "events", said);
        ok = false;
    }
    let seconds = r.seconds.unwrap_or(DEFAULT_SECONDS);
    if !(1.0..=600.0).contains(&seconds) {
        let said = say!(
            "problem-story-seconds",
            "expected `seconds` from 1 to 600, found {found}",
            found = seconds
        );
        check.fail(rec, "seconds", said);
        ok = false;
    }
    if !ok {
        return None;
    }
    Some(Slide {
        title: Texts {
            en: r.title,
            ka: r.title_ka,
            ru: r.title_ru,
        },
        text: Texts {
            en: r.text,
            ka: r.text_ka,
            ru: r.text_ru,
        },
        sources: r.sources.into_iter().map(SourceId::from).collect(),
        date: date?,
        until,
        compare,
        view,
        pov: r.pov,
        select,
        events: r.events.into_iter().map(EventId::from).collect(),
        filter: (!r.categories.is_empty() || r.region.is_some()).then_some(SlideFilter {
            categories: r.categories,
            region: r.region,
        }),
        notes: r.notes,
        seconds,
    })
}

fn unknown_view(v: &str) -> Said {
    say!(
        "problem-story-view",
        "expected the id of a region or a place (data/places.toml), found \"{id}\"",
        id = v
    )
}
