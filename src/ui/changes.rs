//! The *What changed* list between two dates: recognitions gained and lost (who, when,
//! sources), control changes (which area, from whom to whom), and the events in between,
//! counted by category and listed; a click on an event jumps to its date.

use crate::Dataset;
use crate::chronicle::{Diff, Direction, Entity, EventIx, PeriodIx, Standing};
use crate::ids::SourceId;
use crate::ui::citations::Citations;
use crate::ui::theme::category_color;
use crate::views::Naming;
use egui::RichText;

/// Heading of the panel (for tests).
pub const HEADING: &str = "What changed";

fn standing_label(s: Option<Standing>) -> &'static str {
    match s {
        None => "no act yet",
        Some(Standing::Recognises) => "recognises",
        Some(Standing::Withdrawn) => "withdrawn",
        Some(Standing::Disputed) => "disputed",
        Some(Standing::Ceased) => "ceased (the recognising entity ended)",
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
    ui.label(RichText::new(HEADING).strong());
    ui.label(format!("from {} to {}", diff.from.long(), diff.to.long()));
    if diff.is_empty() {
        ui.label(RichText::new("Nothing in the data changed between these dates.").weak());
        return None;
    }
    let entity = |e: Entity| {
        data.atlas
            .region(e.region_id())
            .map_or(e.label(), |r| naming.region_en(&r.id, &r.names))
    };

    ui.separator();
    ui.label(RichText::new("Recognitions").strong());
    if diff.recognitions.is_empty() {
        ui.label(RichText::new("No recognition changed.").weak());
    }
    for (title, changes) in [
        ("Gained", diff.gained().collect::<Vec<_>>()),
        ("Lost", diff.lost().collect()),
        (
            "Acted on and no longer in force",
            diff.recognitions
                .iter()
                .filter(|r| !r.gained() && !r.lost())
                .collect(),
        ),
    ] {
        if changes.is_empty() {
            continue;
        }
        ui.label(RichText::new(format!("{title} ({})", changes.len())).weak());
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
                ui.label(format!(
                    "· {}: {}, {} (before: {})",
                    recognised,
                    standing_label(r.after),
                    act.date.label(),
                    standing_label(r.before)
                ));
                ui.label(RichText::new(cites.cite(&act.sources)).weak());
            });
        }
    }

    ui.separator();
    ui.label(RichText::new("Control (approximate areas)").strong());
    if diff.control.is_empty() {
        ui.label(RichText::new("No area changed hands.").weak());
    }
    for ch in &diff.control {
        let Some(area) = chronicle.areas.get(ch.area) else {
            continue;
        };
        let holder = |p: Option<PeriodIx>| {
            p.and_then(|p| chronicle.periods.get(p))
                .map_or("no holder listed", |p| p.controller.as_str())
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
            ui.label(format!("{}, then {}", holder(ch.before), holder(ch.after)));
            if !ch.certain {
                ui.label(RichText::new("(dated only to the month or year)").weak());
            }
            ui.label(RichText::new(cites.cite(&sources)).weak());
        });
    }

    ui.separator();
    ui.label(RichText::new(format!("Events in between ({})", diff.events.len())).strong());
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        for (category, n) in diff.events_by_category(chronicle) {
            let (r, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(r, 2.0, category_color(category, dark));
            ui.label(format!("{} {n}", category.label()));
        }
    });
    for &i in &diff.events {
        let Some(e) = chronicle.events.get(i) else {
            continue;
        };
        let text = format!("{} · {}", e.when(), naming.event_title(e));
        if ui
            .link(text)
            .on_hover_text("Go to its date and show its details")
            .clicked()
        {
            picked = Some(i);
        }
    }
    cites.ui(ui, &data.sources);
    picked
}
