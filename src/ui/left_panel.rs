//! The left panel: its tabs (Recognitions, Events, Line, and What changed while comparing)
//! and the state it owns (the tab, the event list's search and filters, the world inset's
//! cached mesh). It reads a [`FrameCtx`] and returns [`Intent`]s.

use crate::t;
use crate::time_control::TimeCommand;
use crate::ui::changes::changes_ui;
use crate::ui::event_list::{self, EventListState, event_list_ui};
use crate::ui::frame::{FrameCtx, Intent};
use crate::ui::inset::{InsetCache, world_inset_ui};
use crate::ui::line_tab::line_tab_ui;
use crate::ui::recognitions::recognitions_ui;
use egui::RichText;

/// Which list the left panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeftTab {
    /// Recognitions on the date, with the world inset.
    #[default]
    Recognitions,
    /// The event list.
    Events,
    /// Figures counted over time at the lines.
    Line,
    /// What changed between the two dates (while comparing).
    Changes,
}

/// The left panel and the state only it uses.
#[derive(Default)]
pub struct LeftPanel {
    /// The tab shown.
    pub tab: LeftTab,
    /// The event list's search text and filters.
    pub list: EventListState,
    /// The world inset's mesh for the last date, size and theme.
    inset: InsetCache,
}

impl LeftPanel {
    /// Forget what was drawn from the data in use (new data arrived).
    pub fn forget_drawn(&mut self) {
        self.inset = InsetCache::default();
    }

    /// Show the panel; returns what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &FrameCtx<'_>) -> Vec<Intent> {
        let mut intents = Vec::new();
        let comparing = ctx.diff.is_some();
        let tr = ctx.naming.tr;
        ui.horizontal_wrapped(|ui| {
            ui.selectable_value(
                &mut self.tab,
                LeftTab::Recognitions,
                t!(tr, "tab-recognitions"),
            );
            ui.selectable_value(&mut self.tab, LeftTab::Events, t!(tr, "tab-events"));
            ui.selectable_value(&mut self.tab, LeftTab::Line, t!(tr, "tab-line"))
                .on_hover_text(t!(tr, "tab-line-hover"));
            if comparing {
                ui.selectable_value(&mut self.tab, LeftTab::Changes, t!(tr, "tab-changes"));
            }
        });
        if !comparing && self.tab == LeftTab::Changes {
            self.tab = LeftTab::Recognitions;
        }
        ui.separator();
        match self.tab {
            LeftTab::Recognitions => {
                ui.label(
                    RichText::new(t!(tr, "recognitions-on", date = tr.day(ctx.date))).strong(),
                );
                world_inset_ui(ui, ctx.data, ctx.naming, ctx.snapshot, &mut self.inset);
                egui::ScrollArea::vertical()
                    .id_salt("recognitions")
                    .show(ui, |ui| {
                        recognitions_ui(ui, ctx.data, ctx.naming, ctx.snapshot);
                    });
            }
            LeftTab::Events => {
                let picked = event_list_ui(
                    ui,
                    (ctx.data, ctx.naming),
                    &mut self.list,
                    ctx.date,
                    ctx.selected_event(),
                );
                intents.extend(picked.and_then(|p| match p {
                    event_list::Picked::Event(i) => ctx.select_event(i),
                    event_list::Picked::Export(format, ids) => {
                        Some(Intent::Export(format, crate::export::Scope::Events(ids)))
                    }
                }));
            }
            LeftTab::Line => {
                egui::ScrollArea::vertical().id_salt("line").show(ui, |ui| {
                    if let Some(date) = line_tab_ui(ui, ctx.data, ctx.date, ctx.naming) {
                        intents.push(Intent::Time(TimeCommand::SetDate(date)));
                    }
                });
            }
            LeftTab::Changes => {
                if let Some(diff) = ctx.diff {
                    egui::ScrollArea::vertical()
                        .id_salt("changes")
                        .show(ui, |ui| {
                            let picked = changes_ui(ui, ctx.data, diff, ctx.naming);
                            intents.extend(picked.and_then(|i| ctx.select_event(i)));
                        });
                }
            }
        }
        intents
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::widget_tests::{Fixture, harness};
    use crate::words::Pov;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// The panel alone over the small test data set on `date`, with the intents it returned.
    fn panel(date: &str) -> Harness<'static, (LeftPanel, Vec<Intent>)> {
        let fx = Fixture::on(date);
        harness(
            [300.0, 700.0],
            (LeftPanel::default(), Vec::new()),
            move |ui, (panel, intents): &mut (LeftPanel, Vec<Intent>)| {
                intents.extend(panel.ui(ui, &fx.ctx(None, Pov::Attributed)));
            },
        )
    }

    #[test]
    fn the_tabs_switch_and_a_picked_event_is_an_intent_not_a_change() {
        let mut h = panel("2022-03-01");
        h.run();
        h.get_by_label("Recognitions on 1 March 2022");
        h.get_by_label("Abkhazia recognises");
        h.get_by_label("Line").click();
        h.run();
        assert_eq!(h.state().0.tab, LeftTab::Line);
        h.get_by_label("Counted at the lines");
        h.get_by_label("Events").click();
        h.run();
        h.get_by_label("The line only").click();
        h.run();
        assert_eq!(
            h.state().0.list.categories,
            [crate::chronicle::Category::Borderization]
        );
        // Only the line's event is left of the four.
        h.get_by_label("1 of 4 events");
        assert!(
            h.query_all_by_label_contains("Test war at Tskhinvali")
                .next()
                .is_none()
        );
        // Picking an event asks the session to select it; the panel changes nothing else.
        h.get_by_label_contains("Test fence at the line").click();
        h.run();
        assert_eq!(
            h.state().1.as_slice(),
            [Intent::SelectEvent("test_fence".into())]
        );
        // *Export these* asks for the listed events only, in the format picked.
        h.get_by_label("Export these").click();
        h.run();
        h.get_by_label("CSV tables…").click();
        h.run();
        let listed = crate::export::Scope::Events(vec!["test_fence".into()]);
        assert_eq!(
            h.state().1.last(),
            Some(&Intent::Export(crate::export::Format::Csv, listed))
        );
    }
}
