//! The window's chrome around the session: the File menu, the status line (which data is in
//! use, a load under way, the last failed load), the problems panel, and the pickers.

use super::actions::menu_item;
use super::notice::{Notice, data_name};
use super::shortcuts::Action;
use super::{AtlasApp, DataSource, data_source};
use crate::i18n::Tr;
use crate::load::Origin;
use crate::t;
use crate::ui::problems::problems_ui;
use crate::ui::say;
use crate::words::Lang;
use egui::RichText;

impl AtlasApp {
    pub(super) fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut picked = None;
        let tr = super::tr_of(self.session.as_deref(), &self.catalog, self.ui_lang);
        let cite = t!(tr, "file-cite-view");
        let animation = t!(tr, "file-export-animation");
        let mut open_animation = false;
        let [file, open, reload, export, embedded, save, link, quit] = [
            t!(tr, "menu-file"),
            t!(tr, "file-open-folder"),
            t!(tr, "file-reload"),
            t!(tr, "file-export"),
            t!(tr, "file-use-embedded"),
            t!(tr, "file-save-image"),
            t!(tr, "file-copy-link"),
            t!(tr, "file-quit"),
        ];
        ui.menu_button(file, |ui| {
            for (label, action) in [(open, Action::OpenFolder), (reload, Action::Reload)] {
                if menu_item(ui, &ctx, &label, action) {
                    picked = Some(action);
                }
            }
            if ui.button(export).clicked() {
                self.source.ask_export(&ctx, tr);
            }
            ui.menu_button(t!(tr, "file-export-for"), |ui| {
                let on_date = t!(tr, "export-on-date");
                ui.checkbox(&mut self.source.export_on_date, on_date)
                    .on_hover_text(t!(tr, "export-on-date-hover"));
                ui.separator();
                for (format, label) in crate::ui::say::export_formats(tr) {
                    if ui.button(label).clicked() {
                        let date = self.session.as_deref().map(|s| s.time.date);
                        let scope = match date.filter(|_| self.source.export_on_date) {
                            Some(d) => crate::export::Scope::OnDate(d),
                            None => crate::export::Scope::All,
                        };
                        self.source.ask_export_as(&ctx, tr, (format, scope));
                    }
                }
            });
            if self.source.folder().is_some() && ui.button(embedded).clicked() {
                self.source = DataSource::default();
                self.source.reload(&ctx);
            }
            ui.separator();
            let share = [
                (save, Action::SaveImage),
                (link, Action::CopyLink),
                (cite, Action::CiteView),
            ];
            for (label, action) in share {
                if menu_item(ui, &ctx, &label, action) {
                    picked = Some(action);
                }
                if action == Action::SaveImage && ui.button(&animation).clicked() {
                    open_animation = true;
                    ui.close();
                }
            }
            ui.separator();
            if menu_item(ui, &ctx, &quit, Action::Quit) {
                picked = Some(Action::Quit);
            }
        });
        if let Some(action) = picked {
            self.act(&ctx, action);
        }
        if open_animation {
            self.open_animation_window();
        }
    }

    pub(super) fn status_line_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let pointer = self
            .session
            .as_deref_mut()
            .and_then(|s| s.pointer_text(&ctx));
        let tr = self.tr();
        let summary = |p: &crate::load::Problems| say::problems(tr, p);
        let mut show_problems = false;
        let mut open_exported = None;
        let mut copy = None;
        ui.horizontal(|ui| {
            let data = self.session.as_deref().map(|s| &s.data);
            let what =
                data.map_or_else(|| t!(tr, "status-no-data"), |d| say::origin(tr, &d.origin));
            let mut text = t!(tr, "status-data", what = what);
            let mut hover = t!(tr, "status-data-hover");
            if let Some((at, took)) = self.source.loaded {
                let when = t!(
                    tr,
                    "status-loaded",
                    time = data_source::utc_time(at),
                    ms = took.as_millis() as f64
                );
                // The built-in data's load time is only on hover, so the view (and the UI
                // tests' snapshots) do not change from run to run.
                if data.is_some_and(|d| d.origin != Origin::Embedded) {
                    text.push_str(&format!(" · {when}"));
                }
                hover = format!("{hover}; {when}");
            }
            ui.label(RichText::new(text).small()).on_hover_text(hover);
            if let Some(d) = data
                && !d.warnings.is_empty()
            {
                ui.label(
                    RichText::new(format!("· {}", summary(&d.warnings)))
                        .small()
                        .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(
                    d.warnings
                        .iter()
                        .map(|p| tr.problem_line(p))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
            if let Some((what, since)) = self.source.loading() {
                let what = data_name(tr, what);
                ui.spinner();
                let seconds = tr.number(f64::from(since.as_secs_f32()));
                ui.label(
                    RichText::new(t!(tr, "status-loading", what = what, seconds = seconds)).small(),
                );
                // Show the time going by while a worker loads.
                ctx.request_repaint_after(std::time::Duration::from_millis(250));
            }
            if let Some(failed) = &self.source.failed {
                let label = t!(
                    tr,
                    "status-not-applied",
                    what = data_name(tr, failed.what.as_ref()),
                    summary = summary(&failed.problems)
                );
                if ui
                    .link(
                        RichText::new(label)
                            .small()
                            .color(ui.visuals().error_fg_color),
                    )
                    .on_hover_text(t!(tr, "status-show-problems"))
                    .clicked()
                {
                    show_problems = true;
                }
            }
            if let Some(notice) = &self.source.notice {
                // Cut short (the whole notice on hover) rather than run under the pointer's
                // position at the right end: a notice may name a long path.
                let reserve = if pointer.is_some() { 180.0 } else { 0.0 };
                let width = (ui.available_width() - reserve).max(0.0);
                let text = RichText::new(format!("· {}", notice.text(tr))).small();
                ui.allocate_ui(egui::vec2(width, ui.available_height()), |ui| {
                    ui.add(egui::Label::new(text).truncate());
                });
            }
            if let Some(dir) = self.source.exported.clone()
                && ui.small_button(t!(tr, "status-open-it")).clicked()
            {
                open_exported = Some(dir);
            }
            // The pointer's position, at the right end.
            if let Some(text) = &pointer {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if super::pointer::pointer_ui(ui, text, tr) {
                        copy = Some(text.0.clone());
                    }
                });
            }
        });
        if let Some(text) = copy {
            ctx.copy_text(text.clone());
            self.source.notice = Some(Notice::Copied(text));
        }
        if show_problems {
            self.show_problems = true;
        }
        if let Some(dir) = open_exported {
            self.source.exported = None;
            self.source.open(&ctx, dir);
        }
    }

    pub(super) fn problems_panel_ui(&mut self, ui: &mut egui::Ui) {
        let Some(failed) = &self.source.failed else {
            return;
        };
        if !self.show_problems {
            return;
        }
        let tr = self.tr();
        let showing = self.session.as_deref().map_or_else(
            || t!(tr, "problems-showing-nothing"),
            |s| {
                t!(
                    tr,
                    "problems-showing-last",
                    what = say::origin(tr, &s.data.origin)
                )
            },
        );
        let mut close = false;
        egui::Panel::bottom("problems")
            .resizable(true)
            .default_size(160.0)
            .min_size(80.0)
            .show(ui, |ui| {
                close = problems_ui(
                    ui,
                    (&data_name(tr, failed.what.as_ref()), tr),
                    failed.problems.iter(),
                    &say::problems(tr, &failed.problems),
                    &showing,
                );
            });
        if close {
            self.show_problems = false;
        }
    }
}

/// A language picker: the interface's (`id_salt` "ui_language") or the map labels'. Each
/// language is named in itself, so a reader finds theirs whatever the interface speaks.
pub(super) fn language_picker_ui(
    ui: &mut egui::Ui,
    (id_salt, label, hover): (&str, &str, Option<&str>),
    current: Lang,
) -> Option<Lang> {
    let mut language = current;
    let response = egui::ComboBox::new(id_salt, side_label(ui, label))
        .selected_text(language.label())
        .show_ui(ui, |ui| {
            for l in Lang::ALL {
                ui.selectable_value(&mut language, l, l.label());
            }
        })
        .response;
    response.on_hover_text(hover.map_or_else(|| label.to_owned(), |h| format!("{label}: {h}")));
    (language != current).then_some(language)
}

/// Follow the system theme, or force light or dark. Text, not emoji icons: the embedded
/// fonts have no colour emoji.
pub(super) fn theme_picker_ui(ui: &mut egui::Ui, tr: Tr<'_>) {
    let mut pref = ui.options(|o| o.theme_preference);
    let before = pref;
    let label = t!(tr, "theme");
    let response = egui::ComboBox::new("theme", side_label(ui, &label))
        .selected_text(theme_name(pref, tr))
        .show_ui(ui, |ui| {
            for p in [
                egui::ThemePreference::System,
                egui::ThemePreference::Light,
                egui::ThemePreference::Dark,
            ] {
                ui.selectable_value(&mut pref, p, theme_name(p, tr));
            }
        })
        .response;
    response.on_hover_text(label);
    if pref != before {
        ui.ctx().set_theme(pref);
    }
}

fn theme_name(p: egui::ThemePreference, tr: Tr<'_>) -> String {
    match p {
        egui::ThemePreference::System => t!(tr, "theme-system"),
        egui::ThemePreference::Light => t!(tr, "theme-light"),
        egui::ThemePreference::Dark => t!(tr, "theme-dark"),
    }
}

/// Below this window width the top bar's combo boxes go without their side labels (each one's
/// hover names it), so that the bar keeps to two rows in every language.
pub(super) const COMPACT_WIDTH: f32 = 1000.0;

/// A combo box's side label: itself, or nothing in a narrow window.
pub(super) fn side_label<'a>(ui: &egui::Ui, label: &'a str) -> &'a str {
    if ui.ctx().content_rect().width() < COMPACT_WIDTH {
        ""
    } else {
        label
    }
}

/// A window of the app (*Save image*, *About*, …): over the map's overlays (the banner, the
/// legend, *Elsewhere*), which are areas too and would otherwise cover its title.
pub(super) fn window(title: String) -> egui::Window<'static> {
    egui::Window::new(title).order(egui::Order::Foreground)
}

/// A dialog of the app (*Save image*, *Export animation*, …): a [`window`] centred over the
/// window, of the size of what it holds, not collapsible.
pub(super) fn dialog(ctx: &egui::Context, title: String) -> egui::Window<'static> {
    window(title)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .collapsible(false)
        .resizable(false)
}
