//! Who recognises Abkhazia and South Ossetia on the chosen date: lists, each entry with its
//! date and sources (the world inset beside them is `ui/inset.rs`).

use crate::Dataset;
use crate::chronicle::Category;
use crate::chronicle::{
    Action, Chronicle, Entity, RECENT_DAYS, Recognised, Recognition, Snapshot, Standing,
    StateStatus,
};
use crate::i18n::Tr;
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::inset::swatch;
use crate::ui::lazy::{LazyRows, lazy_rows, row_text};
use crate::ui::theme::category_color;
use crate::views::Naming;
use egui::{Color32, RichText};

/// The lists: for each entity, who recognises it on the date and who no longer does; then
/// what each entity itself recognises. Laid out lazily (only the rows in sight): on a recent
/// date the lists and their sources are several panels long.
pub fn recognitions_ui(ui: &mut egui::Ui, data: &Dataset, naming: Naming<'_>, snapshot: &Snapshot) {
    let chronicle = &data.chronicle;
    // The two regions by the point of view's names.
    let name = |e: Entity| {
        data.atlas
            .region(e.region_id())
            .map_or(e.label(), |r| naming.region_ui(&r.id, &r.names))
    };
    let mut cites = Citations::default();
    let dark = ui.visuals().dark_mode;
    let tr = naming.tr;
    let recognition = category_color(Category::Recognition, dark);
    let withdrawal = category_color(Category::Withdrawal, dark);
    let context = (tr.lang, naming.pov, naming.lang);
    lazy_rows(ui, "recognitions", context, |rows| {
        for entity in Entity::ALL {
            let current: Vec<&Recognition> = snapshot.recognisers(entity).collect();
            let members = current
                .iter()
                .filter(|r| {
                    chronicle
                        .states
                        .get(r.state)
                        .is_some_and(|s| s.status == StateStatus::UnMember)
                })
                .count();
            rows.row(("by", entity), |ui| {
                ui.add_space(6.0);
                let heading = t!(
                    tr,
                    "recognised-by-members",
                    name = name(entity),
                    n = members
                );
                ui.label(RichText::new(heading).strong());
                if current.is_empty() {
                    ui.label(RichText::new(t!(tr, "recognised-by-nobody")).weak());
                }
            });
            for r in current.into_iter().chain(snapshot.lapsed(entity)) {
                let Some(state) = chronicle.states.get(r.state) else {
                    continue;
                };
                let partial = state.status == StateStatus::PartiallyRecognised;
                let entry = Entry {
                    section: ("by", entity),
                    r,
                    name: &|| naming.state(&data.atlas, state).to_owned(),
                    partial,
                    color: if r.lapsed() { withdrawal } else { recognition },
                };
                entry_ui(rows, chronicle, snapshot, &entry, (&mut cites, tr));
            }
        }
        for entity in Entity::ALL {
            let own = chronicle.recognised_by(snapshot, entity);
            rows.row(("recognises", entity), |ui| {
                ui.add_space(6.0);
                let heading = t!(tr, "entity-recognises", name = name(entity));
                ui.label(RichText::new(heading).strong());
                if own.is_empty() {
                    ui.label(RichText::new(t!(tr, "entity-recognises-nothing")).weak());
                }
            });
            for (what, r) in own {
                let (state, partial) = match what {
                    Recognised::State(i) => match chronicle.states.get(i) {
                        Some(s) => (Some(s), s.status == StateStatus::PartiallyRecognised),
                        None => continue,
                    },
                    Recognised::Entity(_) => (None, true),
                };
                let entry = Entry {
                    section: ("recognises", entity),
                    r,
                    name: &|| match (what, state) {
                        (_, Some(s)) => naming.state(&data.atlas, s).to_owned(),
                        (Recognised::Entity(e), None) => name(e).to_owned(),
                        (Recognised::State(_), None) => String::new(),
                    },
                    partial,
                    color: if r.lapsed() { withdrawal } else { recognition },
                };
                entry_ui(rows, chronicle, snapshot, &entry, (&mut cites, tr));
            }
        }
        rows.row("footer", |ui| {
            ui.add_space(4.0);
            ui.label(RichText::new(t!(tr, "recognitions-footer")).weak().small());
        });
    });
    cites.ui(ui, &data.sources, naming.tr);
}

/// One line of the lists (under the heading of `section`): a recognition, the other party's
/// name (formatted only if the row is laid out), whether that party is partially recognised,
/// and the colour of its standing.
struct Entry<'a> {
    /// Which list it is in (with the recognition, the row's identity in the lazy layout).
    section: (&'static str, Entity),
    r: &'a Recognition,
    name: &'a dyn Fn() -> String,
    partial: bool,
    color: Color32,
}

/// One recognition: the other party's name (and whether it is partially recognised), the
/// standing with its date, sources, and the statements made about it. Its sources are
/// numbered whether or not the row is laid out, so the markers stay the same as it scrolls.
fn entry_ui(
    rows: &mut LazyRows<'_>,
    chronicle: &Chronicle,
    snapshot: &Snapshot,
    entry: &Entry<'_>,
    (cites, tr): (&mut Citations, Tr<'_>),
) {
    let Entry {
        section,
        r,
        name,
        partial,
        color,
    } = *entry;
    let Some(act) = chronicle.acts.get(r.since) else {
        return;
    };
    let fresh =
        act.date.first.days_until(snapshot.date) <= RECENT_DAYS && act.action != Action::Statement;
    let marks = cites.cite(&act.sources);
    let identity = (section, r.state, r.entity, r.direction);
    rows.row(identity, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            swatch(ui, color);
            let mut name = RichText::new(name()).strong();
            if fresh {
                name = name.color(color);
            }
            let partial = partial.then(|| RichText::new(t!(tr, "partially-recognised")).weak());
            let new = fresh.then(|| {
                RichText::new(t!(tr, "recognition-new"))
                    .small()
                    .color(color)
            });
            let parts = [
                Some(name),
                partial,
                Some(RichText::new(standing_text(tr, r.standing, act))),
                Some(RichText::new(&marks).weak()),
                new,
            ];
            let text = row_text(ui, parts.into_iter().flatten());
            ui.label(text).on_hover_text(&act.note);
        });
    });
    for (ix, st) in r
        .statements
        .iter()
        .filter_map(|&s| chronicle.acts.get(s).map(|st| (s, st)))
    {
        let marks = cites.cite(&st.sources);
        rows.row((identity, ix), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.add_space(16.0);
                let who = t!(
                    tr,
                    "statement-by",
                    who = st.said_by.clone().unwrap_or_else(|| t!(tr, "statement")),
                    date = tr.fuzzy(st.date)
                );
                let parts = [
                    RichText::new(who).italics(),
                    RichText::new(&st.note).small(),
                    RichText::new(&marks).weak(),
                ];
                let text = row_text(ui, parts);
                ui.label(text);
            });
        });
    }
}

/// Where a recognition stands and since when, as precisely as its date is known: "since 26
/// August 2008", "on or before 22 January 1993 (date of a treaty)", "withdrew … (date of
/// report)".
pub(crate) fn standing_text(
    tr: Tr<'_>,
    standing: Option<Standing>,
    act: &crate::chronicle::Act,
) -> String {
    use crate::chronicle::DatedBy;
    let mut date = tr.fuzzy(act.date);
    if act.dated_by == DatedBy::Treaty {
        date = t!(tr, "date-on-or-before", date = date);
    }
    let text = match standing {
        // "since on or before" reads badly: the treaty's date is the bound itself.
        Some(Standing::Recognises) if act.dated_by == DatedBy::Treaty => date,
        Some(Standing::Recognises) => t!(tr, "standing-since", date = date),
        Some(Standing::Withdrawn) => t!(tr, "standing-withdrew", date = date),
        Some(Standing::Disputed) => t!(tr, "standing-disputed", date = date),
        Some(Standing::Ceased) => t!(tr, "standing-ceased", date = date),
        None => date,
    };
    match act.dated_by {
        DatedBy::Act => text,
        DatedBy::Report => t!(tr, "dated-report", text = text),
        DatedBy::Treaty => t!(tr, "dated-treaty", text = text),
    }
}
