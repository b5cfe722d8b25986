//! The window's chrome around the session: the File menu, the status line (which data is in
//! use, a load under way, the last failed load), the problems panel, and the pickers.

use super::actions::menu_item;
use super::shortcuts::Action;
use super::{AtlasApp, DataSource, data_source};
use crate::load::Origin;
use crate::ui::problems::problems_ui;
use crate::words::Lang;
use egui::RichText;

impl AtlasApp {
    pub(super) fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut picked = None;
        ui.menu_button("File", |ui| {
            for (label, action) in [
                ("Open data folder…", Action::OpenFolder),
                ("Reload", Action::Reload),
            ] {
                if menu_item(ui, &ctx, label, action) {
                    picked = Some(action);
                }
            }
            if ui.button("Export data…").clicked() {
                self.source.ask_export(&ctx);
            }
            if self.source.folder().is_some() && ui.button("Use the embedded data").clicked() {
                self.source = DataSource::default();
                self.source.reload(&ctx);
            }
            ui.separator();
            for (label, action) in [
                ("Save image…", Action::SaveImage),
                ("Copy link to this view", Action::CopyLink),
            ] {
                if menu_item(ui, &ctx, label, action) {
                    picked = Some(action);
                }
            }
            ui.separator();
            if menu_item(ui, &ctx, "Quit", Action::Quit) {
                picked = Some(Action::Quit);
            }
        });
        if let Some(action) = picked {
            self.act(&ctx, action);
        }
    }

    pub(super) fn status_line_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ui.horizontal(|ui| {
            let data = self.session.as_deref().map(|s| &s.data);
            let what = data.map_or("no data", |d| d.description.as_str());
            let mut text = format!("Data: {what}");
            let mut hover = "The data the map and panels show".to_owned();
            if let Some((at, took)) = self.source.loaded {
                let when = format!(
                    "loaded {} in {} ms",
                    data_source::utc_time(at),
                    took.as_millis()
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
                    RichText::new(format!("· {}", d.warnings.summary()))
                        .small()
                        .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(d.warnings.report());
            }
            if let Some((what, since)) = self.source.loading() {
                ui.spinner();
                ui.label(
                    RichText::new(format!("loading {what} ({:.1} s)…", since.as_secs_f32()))
                        .small(),
                );
                // Show the time going by while a worker loads.
                ctx.request_repaint_after(std::time::Duration::from_millis(250));
            }
            if let Some(failed) = &self.source.failed {
                let label = format!(
                    "{}: {} — not applied",
                    failed.what,
                    failed.problems.summary()
                );
                if ui
                    .link(
                        RichText::new(label)
                            .small()
                            .color(ui.visuals().error_fg_color),
                    )
                    .on_hover_text("Show the problems")
                    .clicked()
                {
                    self.show_problems = true;
                }
            }
            if let Some(notice) = &self.source.notice {
                ui.label(RichText::new(format!("· {notice}")).small());
            }
            if let Some(dir) = self.source.exported.clone()
                && ui.small_button("Open it").clicked()
            {
                self.source.exported = None;
                self.source.open(&ctx, dir);
            }
        });
    }

    pub(super) fn problems_panel_ui(&mut self, ui: &mut egui::Ui) {
        let Some(failed) = &self.source.failed else {
            return;
        };
        if !self.show_problems {
            return;
        }
        let showing = self.session.as_deref().map_or_else(
            || "nothing".to_owned(),
            |s| format!("the last good data ({})", s.data.description),
        );
        let mut close = false;
        egui::Panel::bottom("problems")
            .resizable(true)
            .default_size(160.0)
            .min_size(80.0)
            .show(ui, |ui| {
                close = problems_ui(
                    ui,
                    &failed.what,
                    failed.problems.iter(),
                    &failed.problems.summary(),
                    &showing,
                );
            });
        if close {
            self.show_problems = false;
        }
    }
}

pub(super) fn language_picker_ui(ui: &mut egui::Ui, current: Lang) -> Option<Lang> {
    let mut language = current;
    egui::ComboBox::new("label_language", "Map labels")
        .selected_text(language.label())
        .show_ui(ui, |ui| {
            for l in Lang::ALL {
                ui.selectable_value(&mut language, l, l.label());
            }
        });
    (language != current).then_some(language)
}

/// Follow the system theme, or force light or dark. Text, not emoji icons: the embedded
/// fonts have no colour emoji.
pub(super) fn theme_picker_ui(ui: &mut egui::Ui) {
    let mut pref = ui.options(|o| o.theme_preference);
    let before = pref;
    egui::ComboBox::new("theme", "Theme")
        .selected_text(theme_name(pref))
        .show_ui(ui, |ui| {
            for p in [
                egui::ThemePreference::System,
                egui::ThemePreference::Light,
                egui::ThemePreference::Dark,
            ] {
                ui.selectable_value(&mut pref, p, theme_name(p));
            }
        });
    if pref != before {
        ui.ctx().set_theme(pref);
    }
}

fn theme_name(p: egui::ThemePreference) -> &'static str {
    match p {
        egui::ThemePreference::System => "Follow system",
        egui::ThemePreference::Light => "Light",
        egui::ThemePreference::Dark => "Dark",
    }
}
