//! The search field of the top bar (`Ctrl+F`, `/`): results as the user types, in groups,
//! `↑`/`↓`, `Enter` goes there, `Esc` leaves. The index (`crate::search`) is built the first
//! time the field is used, and again after the data is reloaded.

use super::session::Session;
use crate::search::fold::fold;
use crate::search::{Index, Kind, Target};
use crate::t;
use crate::ui::frame::{Intent, Selection};
use egui::{Key, RichText};

/// How many results the list shows at most.
const SHOWN: usize = 14;

/// How many results of each kind the list shows at most: a word found in a few place names is
/// found in dozens of source titles, which must not push the places out of the list.
fn cap(kind: Kind) -> usize {
    match kind {
        Kind::Region => 3,
        Kind::Place => 6,
        Kind::River => 2,
        Kind::State => 3,
        Kind::Event => 5,
        Kind::Source => 3,
    }
}

/// What the field remembers between frames.
#[derive(Default)]
pub struct SearchBox {
    /// Built on first use (and after a reload, when the data changed).
    index: Option<Index>,
    query: String,
    /// The results of `query`, best first: what each leads to and the name that matched.
    found: Vec<(Target, String)>,
    /// The result `Enter` takes.
    highlighted: usize,
    /// Whether ↑ or ↓ moved it this frame (the list scrolls to it).
    moved: bool,
    /// Set by `Ctrl+F` or `/`: the field takes keyboard focus on the next frame.
    pub(super) focus: bool,
}

impl SearchBox {
    /// Forget the index (the data changed); the query stays and is searched again.
    pub(super) fn data_changed(&mut self) {
        self.index = None;
        self.found.clear();
    }
}

impl Session {
    /// The field and, while it has text and focus, its results under it.
    pub(super) fn search_ui(&mut self, ui: &mut egui::Ui) {
        let (hint, hover) = {
            let tr = self.data.i18n.tr(self.ui_lang);
            (t!(tr, "search-hint"), t!(tr, "search-hover"))
        };
        let id = egui::Id::unique("search_field");
        // ↑, ↓ and Enter belong to the list while the field has focus.
        let focused = ui.memory(|m| m.has_focus(id));
        let (down, up, enter) = if focused {
            ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                    i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                    i.consume_key(egui::Modifiers::NONE, Key::Enter),
                )
            })
        } else {
            (false, false, false)
        };
        // Asked by Ctrl+F or /: focused before the field is drawn, so it shows at once.
        // The text already there is selected, so typing replaces it; the "/" that asked for
        // the field is not typed into it.
        if std::mem::take(&mut self.search.focus) {
            ui.memory_mut(|m| m.request_focus(id));
            let ctx = ui.ctx().clone();
            let mut state = egui::text_edit::TextEditState::load(&ctx, id).unwrap_or_default();
            let all = egui::text::CCursorRange::two(
                egui::text::CCursor::new(0),
                egui::text::CCursor::new(self.search.query.chars().count()),
            );
            state.cursor.set_char_range(Some(all));
            state.store(&ctx, id);
            ui.input_mut(|i| {
                i.events
                    .retain(|e| !matches!(e, egui::Event::Text(t) if t == "/"))
            });
        }
        let field = egui::TextEdit::singleline(&mut self.search.query)
            .id(id)
            .hint_text(hint)
            .desired_width(170.0);
        let response = ui.add(field).on_hover_text(hover);
        if response.changed() || (self.search.index.is_none() && !self.search.query.is_empty()) {
            self.find();
        }
        let n = self.search.found.len();
        self.search.moved = (down || up) && n > 0;
        if down && n > 0 {
            self.search.highlighted = (self.search.highlighted + 1) % n;
        }
        if up && n > 0 {
            self.search.highlighted = (self.search.highlighted + n - 1) % n;
        }
        let mut chosen = (enter && n > 0).then_some(self.search.highlighted);
        if response.has_focus()
            && !self.search.query.trim().is_empty()
            && let Some(i) = self.results_ui(ui, &response)
        {
            chosen = Some(i);
        }
        if let Some(i) = chosen
            && let Some((target, _)) = self.search.found.get(i).cloned()
        {
            self.go_to(&target, ui.input(|i| i.time));
            response.surrender_focus();
        }
    }

    /// Search the query again.
    fn find(&mut self) {
        let index = self
            .search
            .index
            .get_or_insert_with(|| Index::build(&self.data));
        let mut per_kind: std::collections::BTreeMap<Kind, usize> = Default::default();
        let mut found: Vec<(Target, String)> = index
            .search(&self.search.query, 4 * SHOWN)
            .into_iter()
            .filter(|h| {
                let kind = h.target.kind();
                let n = per_kind.entry(kind).or_default();
                *n += 1;
                *n <= cap(kind)
            })
            .take(SHOWN)
            .map(|h| (h.target.clone(), h.matched.to_owned()))
            .collect();
        // In groups, each where its best result ranks, best first within each; the sources,
        // which name everything, last.
        let first = |k: Kind| {
            let at = found.iter().position(|(t, _)| t.kind() == k)?;
            Some(if k == Kind::Source { usize::MAX } else { at })
        };
        let rank: Vec<(Kind, usize)> = [
            Kind::Region,
            Kind::Place,
            Kind::River,
            Kind::State,
            Kind::Event,
            Kind::Source,
        ]
        .into_iter()
        .filter_map(|k| Some((k, first(k)?)))
        .collect();
        found.sort_by_key(|(t, _)| rank.iter().find(|(k, _)| *k == t.kind()).map(|(_, p)| *p));
        self.search.found = found;
        self.search.highlighted = 0;
    }

    /// The results under the field, in groups; the index of the one clicked.
    fn results_ui(&self, ui: &egui::Ui, field: &egui::Response) -> Option<usize> {
        let naming = self.naming();
        let tr = naming.tr;
        let mut clicked = None;
        egui::Area::new(egui::Id::unique("search_results"))
            .order(egui::Order::Foreground)
            .fixed_pos(field.rect.left_bottom() + egui::vec2(0.0, 4.0))
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_width(380.0);
                    // Said first, so that a screen reader announces how many there are.
                    let n = self.search.found.len();
                    let count = if n == 0 {
                        t!(tr, "search-nothing")
                    } else {
                        t!(tr, "search-count", n = n)
                    };
                    ui.label(RichText::new(count).small().weak());
                    // Never taller than the room under the field, so it never covers it.
                    let room = ui.ctx().content_rect().bottom() - field.rect.bottom() - 24.0;
                    egui::ScrollArea::vertical()
                        .max_height(room.max(80.0))
                        .show(ui, |ui| {
                            let mut group = None;
                            for (i, (target, matched)) in self.search.found.iter().enumerate() {
                                let kind = target.kind();
                                if group != Some(kind) {
                                    group = Some(kind);
                                    ui.label(RichText::new(group_name(tr, kind)).small().weak());
                                }
                                let shown = self.label_of(target, naming);
                                // The name the reader typed, when the list says it otherwise
                                // (an event's title in another language is not repeated).
                                let text = if kind != Kind::Event && fold(&shown) != fold(matched) {
                                    t!(
                                        tr,
                                        "search-matched",
                                        name = shown,
                                        matched = matched.as_str()
                                    )
                                } else {
                                    shown
                                };
                                let row =
                                    egui::Button::selectable(i == self.search.highlighted, text)
                                        .wrap_mode(egui::TextWrapMode::Truncate);
                                let row = ui.add(row);
                                if i == self.search.highlighted {
                                    if self.search.moved {
                                        row.scroll_to_me(None);
                                    }
                                    // The field keeps the keyboard; a screen reader follows
                                    // the highlighted result as the field's active row.
                                    let row_id = row.id.accesskit_id();
                                    ui.ctx().accesskit_node_builder(field.id, |node| {
                                        node.set_active_descendant(row_id);
                                    });
                                }
                                if row.clicked() {
                                    clicked = Some(i);
                                }
                            }
                        });
                });
            });
        clicked
    }

    /// A result in the point of view's words.
    fn label_of(&self, target: &Target, naming: crate::views::Naming<'_>) -> String {
        let atlas = &self.data.atlas;
        match target {
            Target::Region(id) => atlas.region(id).map_or_else(String::new, |r| {
                naming.region_ui(&r.id, &r.names).to_owned()
            }),
            Target::Place(id) => atlas
                .place(id)
                .map_or_else(String::new, |p| naming.place_ui(p).to_owned()),
            Target::River(name) => {
                let mut names = atlas.water.rivers.iter().filter_map(|r| r.names.as_ref());
                names
                    .find(|n| &n.en == name)
                    .map_or_else(String::new, |n| n.get(naming.tr.lang).to_owned())
            }
            Target::Event(i) => self
                .data
                .chronicle
                .events
                .get(*i)
                .map_or_else(String::new, |e| naming.event_title(e).to_owned()),
            Target::State(i) => self
                .data
                .chronicle
                .states
                .get(*i)
                .map_or_else(String::new, |s| naming.state(atlas, s).to_owned()),
            Target::Source(id) => self
                .data
                .sources
                .get(id)
                .map_or_else(String::new, |s| s.title.clone()),
        }
    }

    /// Bring a result into view: a region or a place selected and framed, an event
    /// selected (the date moves to it), a state or a source selected (its details open).
    fn go_to(&mut self, target: &Target, now: f64) {
        let motion = if self.reduce_motion { 0.0 } else { 0.6 };
        match target {
            Target::Region(id) => {
                if let Some(r) = self.data.atlas.region(id) {
                    self.map.state.glide_to(r.shape.map_rect, now, motion);
                    self.push(Intent::Select(Some(Selection::Region(id.clone()))));
                }
            }
            Target::Place(id) => {
                if let Some(p) = self.data.atlas.place(id) {
                    let rect = super::story::place_frame(p);
                    self.map.state.glide_to(rect, now, motion);
                    self.push(Intent::Select(Some(Selection::Place(id.clone()))));
                }
            }
            Target::Event(i) => {
                if let Some(e) = self.data.chronicle.events.get(*i) {
                    self.push(Intent::SelectEvent(e.id.clone()));
                }
            }
            Target::River(name) => {
                let stretches = self.data.atlas.water.rivers.iter();
                let named = stretches.filter(|r| r.names.as_ref().is_some_and(|n| &n.en == name));
                let corners = named.flat_map(|r| [r.rect.min, r.rect.max]);
                if let Some(rect) = crate::projection::MapRect::from_points(corners) {
                    self.map.state.glide_to(rect, now, motion);
                }
            }
            Target::State(i) => {
                if let Some(s) = self.data.chronicle.states.get(*i) {
                    self.push(Intent::Select(Some(Selection::State(s.id.clone()))));
                }
            }
            Target::Source(id) => {
                self.push(Intent::Select(Some(Selection::Source(id.clone()))));
            }
        }
    }
}

/// A group's heading.
fn group_name(tr: crate::i18n::Tr<'_>, kind: Kind) -> String {
    match kind {
        Kind::Region => t!(tr, "search-regions"),
        Kind::Place => t!(tr, "search-places"),
        Kind::River => t!(tr, "search-rivers"),
        Kind::State => t!(tr, "search-states"),
        Kind::Event => t!(tr, "search-events"),
        Kind::Source => t!(tr, "search-sources"),
    }
}
