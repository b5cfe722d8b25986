//! The timeline panel alone over the small test data set: its buttons and its typed date are
//! intents; the date it shows is the context's, never changed by the panel.

use super::*;
use crate::time_control::TimeCommand;
use crate::ui::frame::Intent;
use crate::ui::widget_tests::{Fixture, day, harness};
use crate::words::Pov;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The panel alone on `date`, with the intents it returned.
fn panel(date: &str) -> Harness<'static, (TimelinePanel, Vec<Intent>)> {
    let fx = Fixture::on(date);
    harness(
        [1200.0, 260.0],
        (TimelinePanel::default(), Vec::new()),
        move |ui, (panel, intents): &mut (TimelinePanel, Vec<Intent>)| {
            intents.extend(panel.ui(ui, &fx.ctx(None, Pov::Attributed)));
        },
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
