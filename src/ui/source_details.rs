//! The details of a source: the bibliography entry (title, publisher, date, the day it was
//! read, its address to open) and what in the data cites it: events, regions, places and
//! recognising states as links, the rest counted.

use crate::Dataset;
use crate::chronicle::EventIx;
use crate::dataset::Citer;
use crate::ids::SourceId;
use crate::t;
use crate::ui::details::row;
use crate::ui::event_rows::event_rows_ui;
use crate::ui::frame::Selection;
use crate::views::Naming;
use egui::RichText;

/// What the user picked in a source's details.
#[derive(Debug, Clone, PartialEq)]
pub enum Picked {
    /// An event that cites it.
    Event(EventIx),
    /// A region, place or state that cites it.
    Select(Selection),
}

/// Show source `id`'s details; returns what the user picked.
pub fn source_details_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    naming: Naming<'_>,
    id: &SourceId,
) -> Option<Picked> {
    let tr = naming.tr;
    let source = data.sources.get(id)?;
    let mut picked = None;
    ui.heading(&source.title);
    egui::Grid::new("source_facts")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            row(ui, &t!(tr, "source-publisher"), source.publisher.as_str());
            row(ui, &t!(tr, "source-date"), source.date.as_str());
            row(ui, &t!(tr, "source-read"), source.accessed.as_str());
        });
    ui.hyperlink_to(t!(tr, "source-open"), &source.url)
        .on_hover_text(&source.url);

    let citers = data.cited_by.of(id);
    ui.separator();
    ui.label(RichText::new(t!(tr, "source-cited-by", n = citers.len())).strong());
    let (atlas, chronicle) = (&data.atlas, &data.chronicle);
    let mut links: Vec<(String, Selection)> = Vec::new();
    let mut counts = Counts::default();
    let mut events: Vec<EventIx> = Vec::new();
    for c in citers {
        match c {
            Citer::Event(i) => events.push(*i),
            Citer::Region(id) => {
                if let Some(r) = atlas.region(id) {
                    let name = naming.region_ui(&r.id, &r.names).to_owned();
                    links.push((name, Selection::Region(id.clone())));
                }
            }
            Citer::Place(id) => {
                if let Some(p) = atlas.place(id) {
                    links.push((naming.place_ui(p).to_owned(), Selection::Place(id.clone())));
                }
            }
            Citer::Act(i) => {
                let state = chronicle.acts.get(*i).and_then(|a| {
                    let s = chronicle.states.get(a.state)?;
                    Some((naming.state(atlas, s).to_owned(), s.id.clone()))
                });
                if let Some((name, sid)) = state {
                    let link = (name, Selection::State(sid));
                    if !links.contains(&link) {
                        links.push(link);
                    }
                }
            }
            Citer::LinePoint(_) => counts.line_points += 1,
            Citer::Water => counts.water += 1,
            Citer::Period(_) => counts.periods += 1,
            Citer::Series(_) => counts.series += 1,
            Citer::Term(..) => counts.terms += 1,
            Citer::Story(_) => counts.stories += 1,
        }
    }
    ui.horizontal_wrapped(|ui| {
        for (name, selection) in links {
            if ui.link(name).clicked() {
                picked = Some(Picked::Select(selection));
            }
        }
    });
    for line in counts.lines(tr) {
        ui.label(RichText::new(line).weak());
    }
    if !events.is_empty() {
        ui.label(t!(tr, "source-events", n = events.len()));
        let event = event_rows_ui(ui, naming, chronicle, "source_events", &events);
        picked = picked.or(event.map(Picked::Event));
    }
    picked
}

/// The citations shown as counts.
#[derive(Default)]
struct Counts {
    line_points: usize,
    water: usize,
    periods: usize,
    series: usize,
    terms: usize,
    stories: usize,
}

impl Counts {
    /// One line for each kind that cites the source.
    fn lines(&self, tr: crate::i18n::Tr<'_>) -> Vec<String> {
        [
            (
                self.line_points,
                t!(tr, "source-line-points", n = self.line_points),
            ),
            (self.water, t!(tr, "source-water")),
            (self.periods, t!(tr, "source-periods", n = self.periods)),
            (self.series, t!(tr, "source-series", n = self.series)),
            (self.terms, t!(tr, "source-terms", n = self.terms)),
            (self.stories, t!(tr, "source-stories", n = self.stories)),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, line)| line)
        .collect()
    }
}
