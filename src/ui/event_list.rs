//! The searchable, filterable list of events. Selecting one moves the date there.

use crate::Dataset;
use crate::chronicle::{Category, Concern, Event, EventIx};
use crate::date::Date;
use crate::t;
use crate::ui::say;
use crate::ui::theme::category_color;
use crate::views::Naming;
use egui::{RichText, Sense, Vec2};

/// Search text and filters of the list.
#[derive(Debug, Clone)]
pub struct EventListState {
    /// Words to find in titles, summaries and places.
    pub search: String,
    /// Which categories are shown.
    pub categories: Vec<Category>,
    /// Which region, if filtered.
    pub region: Option<Concern>,
}

impl Default for EventListState {
    fn default() -> Self {
        Self {
            search: String::new(),
            categories: Category::ALL.to_vec(),
            region: None,
        }
    }
}

impl EventListState {
    /// Whether event `e` passes the search and the filters. `shown` is what the list shows of
    /// it beyond the data's own words (its title and places under the point of view), so
    /// that a search finds what the reader sees as well as the attributed names.
    pub fn matches(&self, e: &Event, shown: &str) -> bool {
        if !self.categories.contains(&e.category) {
            return false;
        }
        if let Some(r) = self.region
            && e.region != r
            && !(e.region == Concern::Both
                && matches!(r, Concern::Abkhazia | Concern::SouthOssetia))
        {
            return false;
        }
        let q = self.search.trim().to_lowercase();
        if q.is_empty() {
            return true;
        }
        let hay = format!(
            "{shown} {} {} {} {}",
            e.title,
            e.summary,
            e.points
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            e.held_in.as_deref().unwrap_or("")
        )
        .to_lowercase();
        q.split_whitespace().all(|w| hay.contains(w))
    }
}

/// What the reader asked of the list.
#[derive(Debug, Clone, PartialEq)]
pub enum Picked {
    /// An event, to go to.
    Event(EventIx),
    /// The events listed (as filtered), to export in a format.
    Export(crate::export::Format, Vec<crate::ids::EventId>),
}

/// Show the list; returns what the user picked.
pub fn event_list_ui(
    ui: &mut egui::Ui,
    (data, naming): (&Dataset, Naming<'_>),
    state: &mut EventListState,
    date: Date,
    selected: Option<EventIx>,
) -> Option<Picked> {
    let chronicle = &data.chronicle;
    let tr = naming.tr;
    let dark = ui.visuals().dark_mode;
    ui.add(
        egui::TextEdit::singleline(&mut state.search)
            .hint_text(t!(tr, "events-search"))
            .desired_width(f32::INFINITY)
            .id_salt("event_search"),
    );
    ui.horizontal_wrapped(|ui| {
        let shown = state.categories.len();
        egui::ComboBox::new("category_filter", t!(tr, "events-category"))
            .selected_text(t!(
                tr,
                "events-categories",
                shown = shown,
                all = Category::ALL.len()
            ))
            .show_ui(ui, |ui| {
                for c in Category::ALL {
                    let mut on = state.categories.contains(&c);
                    if ui.checkbox(&mut on, say::category(tr, c)).changed() {
                        if on {
                            state.categories.push(c);
                        } else {
                            state.categories.retain(|x| *x != c);
                        }
                    }
                }
            });
        // One click to the line's events (fences, signs, detentions, crossings) and back.
        let line_only = state.categories == [Category::Borderization];
        if ui
            .selectable_label(line_only, t!(tr, "events-line-only"))
            .on_hover_text(t!(tr, "events-line-only-hover"))
            .clicked()
        {
            state.categories = if line_only {
                Category::ALL.to_vec()
            } else {
                vec![Category::Borderization]
            };
        }
        // The regions by the point of view's names, as on the map.
        let name = |id: &str| {
            data.atlas.region(id).map_or_else(
                || id.to_owned(),
                |r| naming.region_ui(&r.id, &r.names).to_owned(),
            )
        };
        egui::ComboBox::new("region_filter", t!(tr, "events-region"))
            .selected_text(say::concern(tr, state.region, name))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.region, None, say::concern(tr, None, name));
                for r in Concern::ALL {
                    ui.selectable_value(
                        &mut state.region,
                        Some(r),
                        say::concern(tr, Some(r), name),
                    );
                }
            });
    });
    // What the list shows of an event is searched too, but only built while searching: with no
    // search text a frame allocates nothing per event.
    let searching = !state.search.trim().is_empty();
    let matching: Vec<(EventIx, &Event)> = chronicle
        .events
        .indexed()
        .filter(|(_, e)| {
            let shown = if searching {
                format!(
                    "{} {}",
                    naming.event_title(e),
                    naming.event_places(&data.atlas, e)
                )
            } else {
                String::new()
            };
            state.matches(e, &shown)
        })
        .collect();
    let mut picked = None;
    ui.horizontal(|ui| {
        let count = t!(
            tr,
            "events-count",
            shown = matching.len(),
            all = chronicle.events.len()
        );
        ui.label(RichText::new(count).weak().small());
        ui.menu_button(RichText::new(t!(tr, "events-export")).small(), |ui| {
            for (format, label) in say::export_formats(tr) {
                if ui.button(label).clicked() {
                    let ids = matching.iter().map(|(_, e)| e.id.clone()).collect();
                    picked = Some(Picked::Export(format, ids));
                }
            }
        })
        .response
        .on_hover_text(t!(tr, "events-export-hover"));
    });
    egui::ScrollArea::vertical()
        .id_salt("event_list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (i, e) in matching {
                let future = e.first_day() > date;
                // One button per row, exactly as wide as the panel: the date in small weak type,
                // then the title, cut with "…" when too long (the full title shows on hover).
                let style = ui.style().clone();
                let mut job = egui::text::LayoutJob::default();
                let weak = ui.visuals().weak_text_color();
                RichText::new(format!("{} — ", say::when(tr, e)))
                    .small()
                    .color(weak)
                    .append_to(
                        &mut job,
                        &style,
                        egui::FontSelection::Default,
                        egui::Align::Center,
                    );
                let title = if future {
                    RichText::new(naming.event_title(e)).color(weak)
                } else {
                    RichText::new(naming.event_title(e))
                };
                title.append_to(
                    &mut job,
                    &style,
                    egui::FontSelection::Default,
                    egui::Align::Center,
                );
                ui.horizontal(|ui| {
                    let (r, _) = ui.allocate_exact_size(Vec2::new(6.0, 14.0), Sense::hover());
                    ui.painter()
                        .rect_filled(r, 2.0, category_color(e.category, dark));
                    let button = egui::Button::selectable(selected == Some(i), job).truncate();
                    let resp = ui
                        .add_sized([ui.available_width(), 20.0], button)
                        .on_hover_text(naming.event_title(e));
                    if resp.clicked() {
                        picked = Some(Picked::Event(i));
                    }
                });
            }
        });
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_and_filters_narrow_the_list() {
        let c = crate::dataset::shipped().chronicle.clone();
        let mut s = EventListState::default();
        let all = c.events.iter().filter(|e| s.matches(e, "")).count();
        assert_eq!(all, c.events.len());
        s.search = "nauru".into();
        let found: Vec<&str> = c
            .events
            .iter()
            .filter(|e| s.matches(e, ""))
            .map(|e| e.id.as_str())
            .collect();
        assert!(
            found.contains(&"nauru_recognition_abkhazia_2009")
                && found.contains(&"nauru_recognition_so_2009"),
            "{found:?}"
        );
        s.search.clear();
        s.categories = vec![Category::Withdrawal];
        assert!(
            c.events
                .iter()
                .filter(|e| s.matches(e, ""))
                .all(|e| e.category == Category::Withdrawal)
        );
        s.categories = Category::ALL.to_vec();
        s.region = Some(Concern::SouthOssetia);
        let so: Vec<&Event> = c.events.iter().filter(|e| s.matches(e, "")).collect();
        assert!(
            so.iter()
                .all(|e| matches!(e.region, Concern::SouthOssetia | Concern::Both))
        );
        assert!(so.len() > 20);
    }
}
