//! The stamp on saved images and screenshots: the date, the selection, the sources of what
//! the map shows (short form) and the boundaries' origin, so an image travels with its
//! citation.

use super::session::{Selection, Session};
use crate::chronicle::EventPhase;
use crate::ids::SourceId;
use crate::t;
use egui::{Rect, RichText};

/// At most this many sources are named; the rest are counted.
const MAX_SOURCES: usize = 8;

impl Session {
    /// The stamp's lines: title and date (and selection), sources, boundaries.
    pub fn stamp_lines(&self) -> Vec<String> {
        let tr = self.data.i18n.tr(self.ui_lang);
        let first = self.stamp_title();
        let ids = self.shown_source_ids();
        let mut short: Vec<String> = Vec::new();
        for s in ids.iter().filter_map(|id| self.data.sources.get(id)) {
            let year: String = s
                .date
                .chars()
                .filter(char::is_ascii_digit)
                .take(4)
                .collect();
            let one = if year.len() == 4 {
                format!("{} {year}", s.publisher)
            } else {
                s.publisher.clone()
            };
            if !short.contains(&one) {
                short.push(one);
            }
        }
        let more = short.len().saturating_sub(MAX_SOURCES);
        short.truncate(MAX_SOURCES);
        if more > 0 {
            short.push(t!(tr, "stamp-more-sources", n = more));
        }
        let sources = if short.is_empty() {
            t!(tr, "stamp-no-sources")
        } else {
            t!(tr, "stamp-sources", list = short.join("; "))
        };
        vec![
            first,
            crate::ui::terms::banner(tr, self.pov),
            sources,
            t!(tr, "stamp-boundaries"),
        ]
    }

    /// The stamp's first line: the title, the date (or the two compared) and the selection.
    fn stamp_title(&self) -> String {
        let tr = self.data.i18n.tr(self.ui_lang);
        let title = t!(tr, "app-title");
        let mut first = match &self.compare {
            Some(c) => t!(
                tr,
                "stamp-title-compare",
                title = title,
                a = tr.day(self.time.date),
                b = tr.day(c.date)
            ),
            None => t!(
                tr,
                "stamp-title",
                title = title,
                date = tr.day(self.time.date)
            ),
        };
        if let Some(name) = self.selection_name() {
            first.push_str(&format!(" · {name}"));
        }
        first
    }

    /// *File › Cite this view*: what is shown (the stamp's first line), whose words, the app's
    /// version, the data and how far its sources were checked, the command that reopens the
    /// view and the day it was cited.
    pub fn citation(&self, link: &str) -> String {
        let tr = self.data.i18n.tr(self.ui_lang);
        let checked = self
            .data
            .chronicle
            .sources_checked_to
            .map_or_else(|| "—".to_owned(), |d| tr.day(d));
        t!(
            tr,
            "cite-view",
            view = self.stamp_title(),
            words = crate::ui::terms::banner(tr, self.pov),
            version = env!("CARGO_PKG_VERSION"),
            data = crate::ui::say::origin(tr, &self.data.origin),
            checked = checked,
            link = link,
            today = tr.day(self.time.max)
        )
    }

    /// The selected region's or event's name.
    fn selection_name(&self) -> Option<String> {
        match self.selection.as_ref()? {
            Selection::Region(id) => {
                let r = self.data.atlas.region(id)?;
                Some(self.naming().region_ui(&r.id, &r.names).to_owned())
            }
            Selection::Event(id) => {
                let i = self.data.chronicle.event_index(id)?;
                Some(
                    self.naming()
                        .event_title(self.data.chronicle.events.get(i)?)
                        .to_owned(),
                )
            }
            Selection::Place(id) => {
                let p = self.data.atlas.place(id)?;
                Some(self.naming().place_ui(p).to_owned())
            }
            Selection::State(id) => {
                let chronicle = &self.data.chronicle;
                let s = chronicle
                    .state_index(id)
                    .and_then(|i| chronicle.states.get(i))?;
                Some(self.naming().state(&self.data.atlas, s).to_owned())
            }
            Selection::Source(id) => Some(self.data.sources.get(id)?.title.clone()),
        }
    }

    /// Sources of the selection, of the events under way on the date and of the areas of
    /// control shown, in that order, without repeats.
    fn shown_source_ids(&self) -> Vec<SourceId> {
        let mut ids: Vec<&SourceId> = Vec::new();
        let chronicle = &self.data.chronicle;
        match &self.selection {
            Some(Selection::Region(id)) => {
                if let Some(info) = self.data.atlas.info.get(id.as_str()) {
                    ids.extend(&info.boundary_sources);
                    ids.extend(info.views.iter().flat_map(|v| &v.sources));
                }
            }
            Some(Selection::Event(id)) => {
                if let Some(e) = chronicle
                    .event_index(id)
                    .and_then(|i| chronicle.events.get(i))
                {
                    ids.extend(&e.sources);
                }
            }
            Some(Selection::Place(id)) => {
                if let Some(p) = self.data.atlas.place(id) {
                    ids.extend(&p.source);
                    if let Some(point) = self.data.atlas.line_point_of(p) {
                        ids.extend(&point.sources);
                    }
                }
            }
            Some(Selection::State(id)) => {
                let state = chronicle.state_index(id);
                let acts = chronicle.acts.iter().filter(|a| Some(a.state) == state);
                ids.extend(acts.flat_map(|a| &a.sources));
            }
            Some(Selection::Source(id)) => ids.push(id),
            None => {}
        }
        // What each date shows: A, and B when comparing.
        let snapshots =
            std::iter::once(&self.snapshot).chain(self.compare.as_ref().map(|c| &c.snapshot));
        for snapshot in snapshots {
            for (i, phase) in &snapshot.events {
                if matches!(
                    phase,
                    EventPhase::Active | EventPhase::Uncertain | EventPhase::Recent { .. }
                ) && let Some(e) = chronicle.events.get(*i)
                {
                    ids.extend(&e.sources);
                }
            }
            for (i, _) in &snapshot.control {
                if let Some(p) = chronicle.periods.get(*i) {
                    ids.extend(&p.sources);
                }
            }
        }
        // The names and terms of a party's point of view.
        if self.pov != crate::words::Pov::Attributed {
            ids.extend(self.data.views.terms_of(self.pov).flat_map(|t| &t.sources));
        }
        let mut out: Vec<SourceId> = Vec::new();
        for id in ids {
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
        out
    }

    /// Draw the stamp at the top left of the map.
    pub(super) fn stamp_ui(&self, ui: &egui::Ui, map_rect: Rect) {
        let lines = self.stamp_lines();
        egui::Area::new(egui::Id::unique("image_stamp"))
            .order(egui::Order::Foreground)
            .fixed_pos(map_rect.left_top() + egui::vec2(10.0, 10.0))
            .interactable(false)
            .show(ui.ctx(), |ui| {
                crate::ui::theme::map_overlay_frame(ui.style()).show(ui, |ui| {
                    // Clear of the zoom buttons and *Reset view* at the top right.
                    ui.set_max_width((map_rect.width() - 150.0).max(200.0));
                    for (i, line) in lines.iter().enumerate() {
                        let text = RichText::new(line);
                        ui.label(if i == 0 { text.strong() } else { text.small() });
                    }
                });
            });
    }
}
