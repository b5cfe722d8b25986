//! The *What changed* list between two dates: recognitions gained and lost (who, when,
//! sources), control changes (which area, from whom to whom), and the events in between,
//! counted by category and listed; a click on an event jumps to its date.

use crate::Dataset;
use crate::chronicle::{Diff, Direction, Entity, EventIx, PeriodIx, Standing};
use crate::i18n::Tr;
use crate::ids::SourceId;
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::say;
use crate::ui::theme::category_color;
use crate::views::Naming;
use egui::RichText;

fn standing_label(tr: Tr<'_>, s: Option<Standing>) -> String {
    match s {
        None => t!(tr, "standing-none"),
        Some(Standing::Recognises) => t!(tr, "standing-recognises"),
        Some(Standing::Withdrawn) => t!(tr, "standing-withdrawn"),
        Some(Standing::Disputed) => t!(tr, "standing-is-disputed"),
        Some(Standing::Ceased) => t!(tr, "standing-has-ceased"),
    }
}

/// Show what changed between the dates of `diff`. Returns the event the user clicked.
pub fn changes_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    diff: &Diff,
    naming: Naming<'_>,
) -> Option<EventIx> {
    let chronicle = &data.chronicle;
    let mut cites = Citations::default();
    let mut picked = None;
    let tr = naming.tr;
    ui.label(RichText::new(t!(tr, "tab-changes")).strong());
    ui.label(t!(
        tr,
        "changes-from-to",
        from = tr.day(diff.from),
        to = tr.day(diff.to)
    ));
    if diff.is_empty() {
        ui.label(RichText::new(t!(tr, "changes-none")).weak());
        return None;
    }
    let entity = |e: Entity| {
        data.atlas
            .region(e.region_id())
            .map_or(e.label(), |r| naming.region_ui(&r.id, &r.names))
    };

    ui.separator();
    ui.label(RichText::new(t!(tr, "changes-recognitions")).strong());
    if diff.recognitions.is_empty() {
        ui.label(RichText::new(t!(tr, "changes-no-recognition")).weak());
    }
    for (title, changes) in [
        ("changes-gained", diff.gained().collect::<Vec<_>>()),
        ("changes-lost", diff.lost().collect()),
        (
            "changes-other",
            diff.recognitions
                .iter()
                .filter(|r| !r.gained() && !r.lost())
                .collect(),
        ),
    ] {
        if changes.is_empty() {
            continue;
        }
        let title = match title {
            "changes-gained" => t!(tr, "changes-gained", n = changes.len()),
            "changes-lost" => t!(tr, "changes-lost", n = changes.len()),
            _ => t!(tr, "changes-other", n = changes.len()),
        };
        ui.label(RichText::new(title).weak());
        for r in changes {
            let (Some(state), Some(act)) =
                (chronicle.states.get(r.state), chronicle.acts.get(r.act))
            else {
                continue;
            };
            // Who recognises whom: a state the entity, or (its own act) the entity a state.
            let (recogniser, recognised) = match r.direction {
                Direction::Of => (naming.state(&data.atlas, state), entity(r.entity)),
                Direction::By => (entity(r.entity), naming.state(&data.atlas, state)),
            };
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                ui.label(RichText::new(recogniser).strong());
                ui.label(t!(
                    tr,
                    "changes-entry",
                    recognised = recognised,
                    after = standing_label(tr, r.after),
                    date = tr.fuzzy(act.date),
                    before = standing_label(tr, r.before)
                ));
                ui.label(RichText::new(cites.cite(&act.sources)).weak());
            });
        }
    }

    ui.separator();
    ui.label(RichText::new(t!(tr, "changes-control")).strong());
    if diff.control.is_empty() {
        ui.label(RichText::new(t!(tr, "changes-no-control")).weak());
    }
    let no_holder = t!(tr, "changes-no-holder");
    for ch in &diff.control {
        let Some(area) = chronicle.areas.get(ch.area) else {
            continue;
        };
        let holder = |p: Option<PeriodIx>| {
            p.and_then(|p| chronicle.periods.get(p))
                .map_or(no_holder.as_str(), |p| p.controller.as_str())
        };
        let sources: Vec<SourceId> = [ch.before, ch.after]
            .into_iter()
            .flatten()
            .filter_map(|p| chronicle.periods.get(p))
            .flat_map(|p| p.sources.iter().cloned())
            .fold(Vec::new(), |mut v, s| {
                if !v.contains(&s) {
                    v.push(s);
                }
                v
            });
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            ui.label(RichText::new(naming.area(area)).strong());
            ui.label(t!(
                tr,
                "changes-then",
                before = holder(ch.before),
                after = holder(ch.after)
            ));
            if !ch.certain {
                ui.label(RichText::new(t!(tr, "changes-month-or-year")).weak());
            }
            ui.label(RichText::new(cites.cite(&sources)).weak());
        });
    }

    ui.separator();
    ui.label(RichText::new(t!(tr, "changes-events", n = diff.events.len())).strong());
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        for (category, n) in diff.events_by_category(chronicle) {
            let (r, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(r, 2.0, category_color(category, dark));
            ui.label(format!(
                "{} {}",
                say::category(tr, category),
                tr.number(n as f64)
            ));
        }
    });
    for &i in &diff.events {
        let Some(e) = chronicle.events.get(i) else {
            continue;
        };
        let text = format!("{} · {}", say::when(tr, e), naming.event_title(e));
        if ui
            .link(text)
            .on_hover_text(t!(tr, "changes-event-hover"))
            .clicked()
        {
            picked = Some(i);
        }
    }
    cites.ui(ui, &data.sources, naming.tr);
    picked
}
