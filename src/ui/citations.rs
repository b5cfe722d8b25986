//! Citations: the numbered source markers ([1][2]) of a panel and the list they point to.

use crate::i18n::Tr;
use crate::ids::SourceId;
use crate::sources::Sources;
use crate::t;
use crate::ui::lazy::lazy_rows;
use egui::RichText;
use std::collections::HashMap;
use std::fmt::Write;

/// Numbers the sources a panel cites, in the order they are first cited, so every line can
/// carry short markers like [1] [2] and the list at the bottom matches them.
#[derive(Default)]
pub struct Citations {
    ids: Vec<SourceId>,
    /// Each cited id's number (a panel cites the same few sources many times).
    numbers: HashMap<SourceId, usize>,
}

impl Citations {
    /// The marker text for these source ids, e.g. "[1][3]".
    pub fn cite(&mut self, ids: &[SourceId]) -> String {
        let mut out = String::new();
        for id in ids {
            let n = match self.numbers.get(id) {
                Some(&n) => n,
                None => {
                    self.ids.push(id.clone());
                    self.numbers.insert(id.clone(), self.ids.len());
                    self.ids.len()
                }
            };
            // Writing to a String cannot fail.
            let _ = write!(out, "[{n}]");
        }
        out
    }

    /// The numbered list of cited sources, with links for published pages. Laid out lazily:
    /// a region's list runs to dozens of sources, of which a panel shows a few.
    pub fn ui(&self, ui: &mut egui::Ui, sources: &Sources, tr: Tr<'_>) {
        if self.ids.is_empty() {
            return;
        }
        ui.add_space(6.0);
        ui.label(RichText::new(t!(tr, "sources")).strong());
        lazy_rows(ui, "sources", (), |rows| {
            for (i, id) in self.ids.iter().enumerate() {
                rows.row(id.as_str(), |ui| {
                    let Some(s) = sources.get(id) else { return };
                    ui.horizontal_wrapped(|ui| {
                        ui.spacing_mut().item_spacing.x = 4.0;
                        ui.label(format!("[{}]", i + 1));
                        ui.hyperlink_to(&s.title, &s.url).on_hover_text(&s.url);
                        ui.label(RichText::new(format!("— {}, {}", s.publisher, s.date)).weak())
                            .on_hover_text(t!(tr, "source-read-on", date = s.accessed.as_str()));
                    });
                });
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_number_sources_in_order_of_first_use() {
        let mut c = Citations::default();
        assert_eq!(c.cite(&["a".into(), "b".into()]), "[1][2]");
        assert_eq!(c.cite(&["b".into(), "c".into()]), "[2][3]");
    }
}
