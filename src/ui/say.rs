//! The interface's words for the data's kinds and dates: a category, a side, a speed, an
//! event's span. Each match names its message ids literally, so the catalogue test finds them.

use crate::chronicle::{Category, Concern, Event};
use crate::i18n::Tr;
use crate::t;
use crate::time_control::PlaySpeed;

/// An event's kind.
pub fn category(tr: Tr<'_>, c: Category) -> String {
    match c {
        Category::ArmedConflict => t!(tr, "category-armed-conflict"),
        Category::Agreement => t!(tr, "category-agreement"),
        Category::Recognition => t!(tr, "category-recognition"),
        Category::Withdrawal => t!(tr, "category-withdrawal"),
        Category::Treaty => t!(tr, "category-treaty"),
        Category::Borderization => t!(tr, "category-borderization"),
        Category::Mission => t!(tr, "category-mission"),
        Category::LawPolitics => t!(tr, "category-law-politics"),
        Category::Statement => t!(tr, "category-statement"),
    }
}

/// A playback speed.
pub fn speed(tr: Tr<'_>, s: PlaySpeed) -> String {
    match s {
        PlaySpeed::DayPerSecond => t!(tr, "speed-day"),
        PlaySpeed::WeekPerSecond => t!(tr, "speed-week"),
        PlaySpeed::MonthPerSecond => t!(tr, "speed-month"),
        PlaySpeed::YearPerSecond => t!(tr, "speed-year"),
    }
}

/// When an event happened, as precisely as it is known ("7 August 2008 – 12 August 2008").
pub fn when(tr: Tr<'_>, e: &Event) -> String {
    let span = match e.end {
        None => tr.fuzzy(e.date),
        Some(end) => t!(
            tr,
            "event-span",
            from = tr.fuzzy(e.date),
            to = tr.fuzzy(end)
        ),
    };
    if e.days_disputed {
        t!(tr, "event-days-disputed", span = span)
    } else {
        span
    }
}

/// What a region filter is called: `None` is every region. The three regions are named by
/// `name` (the point of view's words); both of the two by the catalogue.
pub fn concern(tr: Tr<'_>, c: Option<Concern>, name: impl Fn(&str) -> String) -> String {
    use crate::ids::region::{ABKHAZIA, GEORGIA, SOUTH_OSSETIA};
    match c {
        None => t!(tr, "events-all-regions"),
        Some(Concern::Both) => t!(tr, "concern-both"),
        Some(Concern::Abkhazia) => name(ABKHAZIA),
        Some(Concern::SouthOssetia) => name(SOUTH_OSSETIA),
        Some(Concern::Georgia) => name(GEORGIA),
    }
}

/// What a set of problems amounts to ("1 error, 2 warnings").
pub fn problems(tr: Tr<'_>, p: &crate::load::Problems) -> String {
    let mut parts = Vec::new();
    if p.errors() > 0 {
        parts.push(t!(tr, "problems-errors", n = p.errors()));
    }
    if p.warnings() > 0 {
        parts.push(t!(tr, "problems-warnings", n = p.warnings()));
    }
    parts.join(", ")
}

/// Where the data came from: the embedded files, or a folder and how many of its files.
pub fn origin(tr: Tr<'_>, origin: &crate::load::Origin) -> String {
    match origin {
        crate::load::Origin::Embedded => t!(tr, "status-embedded"),
        crate::load::Origin::Folder {
            path,
            from_folder,
            embedded,
            ..
        } => {
            let path = path.display().to_string();
            let (n, all) = (from_folder.len(), from_folder.len() + embedded.len());
            if embedded.is_empty() {
                t!(tr, "status-folder", path = path, n = n, all = all)
            } else {
                let list = embedded.join(", ");
                t!(
                    tr,
                    "status-folder-embedded",
                    path = path,
                    n = n,
                    all = all,
                    list = list
                )
            }
        }
    }
}

/// A weak "(in English)" in the interface language, beside data text written in English (the
/// data's summaries and statements), when the interface speaks another language.
pub fn in_english(ui: &mut egui::Ui, tr: Tr<'_>) {
    if tr.lang != crate::words::Lang::En {
        ui.label(egui::RichText::new(t!(tr, "in-english")).small().weak());
    }
}

/// The export formats in menu order, each with its menu item's words.
pub fn export_formats(tr: Tr<'_>) -> [(crate::export::Format, String); 5] {
    use crate::export::Format;
    [
        (Format::Geojson, t!(tr, "export-geojson")),
        (Format::Csv, t!(tr, "export-csv")),
        (Format::CslJson, t!(tr, "export-csl-json")),
        (Format::Bibtex, t!(tr, "export-bibtex")),
        (Format::Ris, t!(tr, "export-ris")),
    ]
}

/// A side of a line in words: region `id`'s side ("Tbilisi-administered side" for Georgia's,
/// "South Ossetia side" in the point of view's name for the others), or on the line (`line`).
pub fn side(naming: crate::views::Naming<'_>, atlas: &crate::atlas::Atlas, id: &str) -> String {
    let tr = naming.tr;
    match id {
        crate::ids::region::GEORGIA => t!(tr, "side-georgia"),
        "line" => t!(tr, "side-on-line"),
        other => {
            let region = atlas.region(other).map_or_else(
                || other.to_owned(),
                |r| naming.region_ui(&r.id, &r.names).to_owned(),
            );
            t!(tr, "side-region", region = region)
        }
    }
}
