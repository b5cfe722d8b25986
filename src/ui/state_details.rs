//! The details of a recognising state: where its recognition of each region stands on the date
//! (and each region's of it), and every act and statement about it, in order, with sources.

use crate::Dataset;
use crate::chronicle::{Act, Action, Direction, Entity, StateIx, StateStatus};
use crate::i18n::Tr;
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::details::row;
use crate::ui::recognitions::standing_text;
use crate::ui::say;
use crate::views::Naming;
use egui::RichText;

/// Show state `ix`'s details on the snapshot's date.
pub fn state_details_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    naming: Naming<'_>,
    snapshot: &crate::chronicle::Snapshot,
    ix: StateIx,
) {
    let (chronicle, tr) = (&data.chronicle, naming.tr);
    let Some(state) = chronicle.states.get(ix) else {
        return;
    };
    let mut cites = Citations::default();
    ui.heading(naming.state(&data.atlas, state));
    let status = match state.status {
        StateStatus::UnMember => t!(tr, "state-un-member"),
        StateStatus::PartiallyRecognised => t!(tr, "state-partially-recognised"),
    };
    ui.label(RichText::new(status).weak());
    let entity_name = |e: Entity| {
        data.atlas.region(e.region_id()).map_or_else(
            || e.region_id().to_owned(),
            |r| naming.region_ui(&r.id, &r.names).to_owned(),
        )
    };

    for direction in [Direction::Of, Direction::By] {
        let mut held = snapshot
            .recognitions
            .iter()
            .filter(|r| r.state == ix && r.direction == direction)
            .peekable();
        if held.peek().is_none() {
            continue;
        }
        ui.separator();
        let date = tr.day(snapshot.date);
        let heading = match direction {
            Direction::Of => t!(tr, "state-recognition-of", date = date),
            Direction::By => t!(tr, "state-recognised-by", date = date),
        };
        ui.label(RichText::new(heading).strong());
        egui::Grid::new(("state_standing", direction == Direction::Of))
            .num_columns(2)
            .spacing([10.0, 4.0])
            .show(ui, |ui| {
                for r in held {
                    let Some(act) = chronicle.acts.get(r.since) else {
                        continue;
                    };
                    let text = standing_text(tr, r.standing, act);
                    let cite = cites.cite(&act.sources);
                    row(ui, &entity_name(r.entity), format!("{text} {cite}"));
                }
            });
    }

    ui.separator();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!(tr, "state-acts")).strong());
        say::in_english(ui, tr);
    });
    for act in chronicle.acts.iter().filter(|a| a.state == ix) {
        let future = act.date.first > snapshot.date;
        let what = action_text(tr, act, &entity_name(act.entity));
        let mut when = RichText::new(tr.fuzzy(act.date)).small();
        if future {
            when = when.weak();
        }
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            ui.label(when);
            let what = RichText::new(what).strong();
            ui.label(if future { what.weak() } else { what });
            ui.label(RichText::new(cites.cite(&act.sources)).weak());
        });
        ui.add(egui::Label::new(RichText::new(&act.note).small()).wrap());
        ui.add_space(2.0);
    }
    ui.separator();
    cites.ui(ui, &data.sources, tr);
}

/// What an act did, in a few words: "recognised Abkhazia", "recognised by South Ossetia".
fn action_text(tr: Tr<'_>, act: &Act, entity: &str) -> String {
    match (act.direction, act.action) {
        (Direction::Of, Action::Recognised) => t!(tr, "act-recognised", entity = entity),
        (Direction::Of, Action::Withdrew) => t!(tr, "act-withdrew", entity = entity),
        (Direction::Of, Action::Disputed) => t!(tr, "act-disputed", entity = entity),
        (Direction::Of, Action::Ceased) => t!(tr, "act-ceased", entity = entity),
        (_, Action::Statement) => t!(tr, "act-statement", entity = entity),
        (Direction::By, Action::Recognised) => t!(tr, "act-by-recognised", entity = entity),
        (Direction::By, _) => t!(tr, "act-by-other", entity = entity),
    }
}
