//! Long lists built lazily: of a list's rows, only those near the visible part of the scroll
//! area around them are laid out; the others take the space they took when last laid out.
//! A frame then costs what the panel shows, not what the list holds (the recognitions on a
//! recent date and a region's sources run to a few hundred widgets).
//!
//! A row's size is remembered under the row's identity (a source, a recognition), whatever its
//! text: a row out of sight takes the size it had when last laid out, which a new date may
//! have changed by a marker or a line; it is measured again as soon as it comes near, before
//! it is seen. Sizes are forgotten when the width, the scale or the list's `context`
//! (language, point of view) changes. A row never measured is laid out, so a list is exact on
//! its first frame and the scroll area knows its full height.
//!
//! Keyboard focus moved by Tab onto a row beyond the visible part (the rows just out of sight
//! are laid out, so the next link is always there) scrolls it into view.

use egui::text::LayoutJob;
use egui::{Align, FontSelection, Id, Rangef, Rect, RichText, Ui, Vec2};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// A row's parts (a name, a date, source markers) as the text of one label, a space between
/// each: one widget where a row of separate labels would make one each, for a list rebuilt
/// every frame (and one line for a screen reader to say).
pub fn row_text(ui: &Ui, parts: impl IntoIterator<Item = RichText>) -> LayoutJob {
    let mut job = LayoutJob::default();
    let style = ui.style();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            RichText::new(" ").append_to(&mut job, style, FontSelection::Default, Align::Center);
        }
        part.append_to(&mut job, style, FontSelection::Default, Align::Center);
    }
    job
}

/// More remembered sizes than this and a list starts afresh.
const MAX_ROWS: usize = 20_000;

/// What a list remembers between frames (kept in egui's memory under the list's id).
#[derive(Clone, Default)]
struct Measured {
    /// What every size depends on besides the row: width, pixels per point, the context.
    basis: (u32, u32, u64),
    /// The rows' sizes when last laid out, by identity.
    sizes: HashMap<u64, Vec2>,
    /// The tallest of them.
    tallest: f32,
    /// The widget that had keyboard focus on the last frame.
    focus: Option<Id>,
}

/// A list being laid out; see [`lazy_rows`].
pub struct LazyRows<'u> {
    ui: &'u mut Ui,
    measured: Measured,
    /// The vertical range in which rows are laid out.
    shown: Rangef,
    /// How many rows were laid out (the others only took their space).
    built: usize,
}

/// Lay out a list whose rows are added by `add` through [`LazyRows::row`]. `salt` names the
/// list among its siblings; `context` is what all its rows' text depends on besides each
/// row's own key (the language and the point of view).
pub fn lazy_rows<R>(
    ui: &mut Ui,
    salt: &'static str,
    context: impl Hash,
    add: impl FnOnce(&mut LazyRows<'_>) -> R,
) -> R {
    let id = ui.make_persistent_id(salt);
    let basis = (
        ui.available_width().to_bits(),
        ui.ctx().pixels_per_point().to_bits(),
        key_of(context),
    );
    let mut measured: Measured = ui.data_mut(|d| d.remove_temp(id)).unwrap_or_default();
    // The identities are the data's, so the map stays small; the bound is for a list keyed
    // by something that grows.
    if measured.basis != basis || measured.sizes.len() > MAX_ROWS {
        measured.basis = basis;
        measured.sizes.clear();
        measured.tallest = 0.0;
    }
    let top = ui.cursor().top();
    let clip = ui.clip_rect();
    // Rows are laid out this far beyond the visible part: the row just out of sight on either
    // side, where Tab and Shift+Tab go next, is then always there.
    let margin = measured.tallest + ui.spacing().item_spacing.y;
    let mut rows = LazyRows {
        shown: Rangef::new(clip.top() - margin, clip.bottom() + margin),
        ui,
        measured,
        built: 0,
    };
    let out = add(&mut rows);
    let LazyRows {
        ui, mut measured, ..
    } = rows;
    let list = Rect::from_x_y_ranges(ui.max_rect().x_range(), top..=ui.cursor().top());
    follow_focus(ui, list, &mut measured.focus);
    ui.data_mut(|d| d.insert_temp(id, measured));
    out
}

impl LazyRows<'_> {
    /// One row, by its identity (unique in the list): laid out by `add` if it is near the
    /// visible part or was never measured, otherwise only its remembered space is taken.
    pub fn row(&mut self, identity: impl Hash, add: impl FnOnce(&mut Ui)) {
        let key = key_of(identity);
        let top = self.ui.cursor().top();
        if let Some(&size) = self.measured.sizes.get(&key)
            && !self.shown.intersects(Rangef::new(top, top + size.y))
        {
            self.ui.allocate_space(size);
            return;
        }
        self.built += 1;
        let size = self.ui.scope(add).response.rect.size();
        self.measured.tallest = self.measured.tallest.max(size.y);
        self.measured.sizes.insert(key, size);
    }

    /// How many rows this frame laid out.
    #[cfg(test)]
    pub fn built(&self) -> usize {
        self.built
    }
}

/// When keyboard focus has just moved onto a widget of this list that is out of sight,
/// scroll it into view (egui leaves a Tab-focused widget where it is).
fn follow_focus(ui: &mut Ui, list: Rect, last: &mut Option<Id>) {
    let focused = ui.ctx().memory(|m| m.focused());
    if focused == *last {
        return;
    }
    *last = focused;
    let Some(rect) = focused
        .and_then(|id| ui.ctx().read_response(id))
        .map(|r| r.rect)
    else {
        return;
    };
    if list.contains_rect(rect) && !ui.clip_rect().contains_rect(rect) {
        ui.scroll_to_rect(rect, None);
    }
}

/// A key from anything hashable.
fn key_of(value: impl Hash) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::widget_tests::harness;
    use egui_kittest::kittest::{NodeT, Queryable};

    /// What the test list saw on its last frame.
    #[derive(Default)]
    struct Seen {
        built: usize,
        height: Vec<f32>,
        offset: Option<f32>,
    }

    /// 200 rows, every fifth one three lines high, each with a button, in a 300-point panel.
    fn list() -> egui_kittest::Harness<'static, Seen> {
        harness([300.0, 300.0], Seen::default(), |ui, seen: &mut Seen| {
            let mut area = egui::ScrollArea::vertical().max_height(300.0);
            if let Some(y) = seen.offset.take() {
                area = area.vertical_scroll_offset(y);
            }
            area.show(ui, |ui| {
                let top = ui.cursor().top();
                seen.built = lazy_rows(ui, "test", (), |rows| {
                    for i in 0..200 {
                        rows.row(i, |ui| {
                            let _ = ui.button(format!("Row {i}"));
                            if i % 5 == 0 {
                                ui.label("a second line\na third line");
                            }
                        });
                    }
                    rows.built()
                });
                seen.height.push(ui.cursor().top() - top);
            });
        })
    }

    #[test]
    fn only_the_rows_in_sight_are_laid_out_and_the_list_keeps_its_height() {
        let mut h = list();
        h.run();
        // The first frame measures every row; the next ones build only those near the view.
        let first = h.state().height.iter().copied().find(|&x| x > 0.0);
        assert!(h.state().built < 40, "built {}", h.state().built);
        assert!(h.query_by_label("Row 0").is_some());
        assert!(h.query_by_label("Row 199").is_none());
        let full = first.expect("a height");
        assert!(h.state().height.iter().all(|&x| x == 0.0 || x == full));
        // Scrolled to the end: the last rows are there, the first are not.
        h.state_mut().offset = Some(full);
        h.run_steps(12);
        assert!(h.query_by_label("Row 199").is_some());
        assert!(h.query_by_label("Row 0").is_none());
        assert_eq!(h.state().height.last(), Some(&full));
    }

    #[test]
    fn tab_onto_a_row_out_of_sight_scrolls_it_into_view() {
        let mut h = list();
        h.run();
        for _ in 0..30 {
            h.key_press(egui::Key::Tab);
            h.run();
        }
        let row = h.get_by_label("Row 29");
        assert!(row.accesskit_node().is_focused());
        let bounds = row.accesskit_node().bounding_box().expect("a box");
        assert!(bounds.y0 >= 0.0 && bounds.y1 <= 300.0, "{bounds:?}");
    }
}
