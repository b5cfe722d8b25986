//! Points of view in the window: the picker, the banner over the map that always says whose
//! names and terms are shown, the window listing their sources, and the *Compare with…*
//! control beside them.

use super::session::{Intent, Session};
use crate::date::Date;
use crate::i18n::Tr;
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::terms;
use crate::views::{Naming, Pov};
use egui::{Align2, Pos2, Rect, RichText};

impl Session {
    /// How names read now: the data's views, the point of view and the label language.
    pub(super) fn naming(&self) -> Naming<'_> {
        Naming {
            views: &self.data.views,
            pov: self.pov,
            lang: self.lang,
            tr: self.data.i18n.tr(self.ui_lang),
        }
    }

    /// The *Point of view* picker and the *Compare with…* control, for the top bar.
    pub(super) fn pov_and_compare_ui(&mut self, ui: &mut egui::Ui) {
        let mut pov = self.pov;
        let tr = self.data.i18n.tr(self.ui_lang);
        let label = t!(tr, "pov-picker");
        egui::ComboBox::new("point_of_view", super::chrome::side_label(ui, &label))
            .selected_text(terms::pov_short(tr, pov))
            .show_ui(ui, |ui| {
                for p in Pov::ALL {
                    ui.selectable_value(&mut pov, p, terms::pov_label(tr, p));
                }
            })
            .response
            .on_hover_text(format!("{label}: {}", t!(tr, "pov-picker-hover")));
        if pov != self.pov {
            self.intents.push(Intent::Pov(pov));
        }
        ui.separator();
        match &self.compare {
            None => {
                if ui
                    .button(t!(tr, "compare-with"))
                    .on_hover_text(t!(tr, "compare-with-hover"))
                    .clicked()
                {
                    // A year before the chosen date, a first guess the user then drags.
                    let b = self.time.date.add_days(-365).max(self.time.min);
                    self.intents.push(Intent::Compare(Some(b)));
                }
            }
            Some(c) => {
                ui.label(RichText::new(t!(tr, "compare-b", date = tr.day(c.date))).strong())
                    .on_hover_text(t!(tr, "compare-b-hover"));
                if let Some(b) = compare_date_field(ui, c.date, tr) {
                    self.intents.push(Intent::Compare(Some(b)));
                }
                if ui.button(t!(tr, "compare-stop")).clicked() {
                    self.intents.push(Intent::Compare(None));
                }
            }
        }
    }

    /// The banner at the top of the map: whose names and terms are shown, with a link to the
    /// sources of that view.
    pub(super) fn banner_ui(&mut self, ui: &mut egui::Ui, map: Rect) {
        if self.stamping {
            return; // the image's stamp says it
        }
        let tr = self.data.i18n.tr(self.ui_lang);
        // A small map gets the short form (whose words, and the sources): the sentence would
        // cover a third of it.
        let text = if map.height() < 320.0 || map.width() < 520.0 {
            format!(
                "{}: {}",
                t!(tr, "pov-picker"),
                terms::pov_short(tr, self.pov)
            )
        } else {
            terms::banner(tr, self.pov)
        };
        let id = egui::Id::unique("pov_banner");
        // Top left: clear of the zoom buttons and *Reset view* at the top right.
        let at = Pos2::new(map.left() + 10.0, map.top() + 8.0);
        let mut open = false;
        egui::Area::new(id)
            .fixed_pos(at)
            .pivot(Align2::LEFT_TOP)
            .constrain_to(map)
            .show(ui.ctx(), |ui| {
                crate::ui::theme::map_overlay_frame(ui.style()).show(ui, |ui| {
                    ui.set_max_width((map.width() - 150.0).max(160.0));
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(text).strong());
                        open = ui
                            .link(t!(tr, "banner-sources"))
                            .on_hover_text(t!(tr, "banner-sources-hover"))
                            .clicked();
                    });
                });
            });
        if open {
            self.show_view_sources = true;
        }
        let mut show = self.show_view_sources;
        super::chrome::window(t!(tr, "banner-sources-title"))
            .open(&mut show)
            .default_width(460.0)
            .show(ui.ctx(), |ui| self.view_sources_ui(ui));
        self.show_view_sources = show;
    }

    fn view_sources_ui(&self, ui: &mut egui::Ui) {
        let naming = self.naming();
        let views = naming.views;
        ui.label(terms::banner(self.data.i18n.tr(self.ui_lang), naming.pov));
        let mut cites = Citations::default();
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                for term in views.terms_of(naming.pov) {
                    let Some(text) = term
                        .in_lang(naming.lang)
                        .or_else(|| term.in_lang(crate::words::Lang::En))
                    else {
                        continue;
                    };
                    let who = views.party(term.pov).map_or("", |p| p.short.as_str());
                    ui.horizontal_wrapped(|ui| {
                        ui.spacing_mut().item_spacing.x = 4.0;
                        ui.label(RichText::new(term.subject.key()).small().weak());
                        ui.label(format!("“{text}”"));
                        ui.label(RichText::new(format!("({who})")).weak());
                        ui.label(RichText::new(cites.cite(&term.sources)).weak());
                    })
                    .response
                    .on_hover_text(term.note.as_deref().unwrap_or(""));
                }
                cites.ui(ui, &self.data.sources, naming.tr);
            });
    }
}

/// A field to type date B in; returns a valid date once Enter is pressed.
fn compare_date_field(ui: &mut egui::Ui, current: Date, tr: Tr<'_>) -> Option<Date> {
    let id = egui::Id::unique("compare_date_text");
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_string());
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .desired_width(92.0)
            .hint_text(t!(tr, "date-format-hint")),
    );
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let parsed = Date::parse(text.trim()).ok();
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    if entered {
        if parsed.is_none() {
            response.on_hover_text(t!(tr, "date-format-expected"));
        }
        return parsed;
    }
    None
}
