//! The timeline panel alone over the shipped data: its buttons and its typed date are
//! intents; the date it shows is the context's, never changed by the panel.

use super::*;
use crate::date::Date;
use crate::time_control::{TimeCommand, TimeControl};
use crate::ui::frame::{FrameCtx, Intent, Selection};
use crate::views::Naming;
use crate::words::{Lang, Pov};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn day(s: &str) -> Date {
    match Date::parse(s) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

/// The panel alone on `date`, with the intents it returned.
fn panel(date: &str) -> Harness<'static, (TimelinePanel, Vec<Intent>)> {
    let data = crate::dataset::shipped();
    let date = day(date);
    let snapshot = data.chronicle.at(date);
    let mut time = TimeControl::new(crate::chronicle::TIMELINE_START, day("2026-11-23"));
    time.apply(TimeCommand::SetDate(date), &data.chronicle);
    Harness::builder()
        .with_size([1200.0, 260.0])
        .build_ui_state(
            move |ui, (panel, intents): &mut (TimelinePanel, Vec<Intent>)| {
                let ctx = FrameCtx {
                    data,
                    date,
                    time: &time,
                    compare_date: None,
                    snapshot: &snapshot,
                    diff: None,
                    selection: None::<&Selection>,
                    naming: Naming {
                        views: &data.views,
                        pov: Pov::Attributed,
                        lang: Lang::En,
                    },
                };
                intents.extend(panel.ui(ui, &ctx));
            },
            (TimelinePanel::default(), Vec::new()),
        )
}

#[test]
fn buttons_and_the_typed_date_are_intents() {
    let mut h = panel("2008-08-08");
    h.run();
    h.get_by_label("8 August 2008");
    h.get_by_label("Next event").click();
    h.run();
    h.get_by_label("Play").click();
    h.run();
    assert_eq!(
        h.state().1,
        [
            Intent::Time(TimeCommand::NextEvent),
            Intent::Time(TimeCommand::TogglePlay)
        ]
    );
    h.state_mut().1.clear();
    // A typed date is asked for on *Go to date*; the field is the panel's own state.
    h.get_by_role(egui::accesskit::Role::TextInput).click();
    h.run();
    h.get_by_role(egui::accesskit::Role::TextInput)
        .type_text("1992-06-24");
    h.run();
    assert_eq!(h.state().0.date_input.text, "1992-06-24");
    h.get_by_label("Go to date").click();
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::Time(TimeCommand::SetDate(day("1992-06-24")))]
    );
    // The panel still shows the context's date: nothing but the session moves it.
    h.get_by_label("8 August 2008");
    // A date outside the timeline is refused where it was typed.
    h.state_mut().1.clear();
    h.state_mut().0.date_input.text = "1066-10-14".into();
    h.run();
    h.get_by_label("Go to date").click();
    h.run();
    assert!(h.state().1.is_empty(), "{:?}", h.state().1);
    assert!(h.state().0.date_input.error.is_some());
}
