//! Wiring: panels, selection, shortcuts. The app owns the state; the panels read it.

use crate::atlas::Atlas;
use crate::projection::LonLat;
use crate::ui::details::region_details_ui;
use crate::ui::map_view::{self, Highlight, LabelLanguage, MapState};
use crate::ui::theme;
use egui::{Pos2, RichText};

/// The window title.
pub const TITLE: &str = "Abkhazia & South Ossetia — atlas";

/// What the details panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// A region of the atlas, by index.
    Region(usize),
}

/// The application.
pub struct AtlasApp {
    atlas: Result<Atlas, String>,
    map: MapState,
    selection: Option<Selection>,
}

impl AtlasApp {
    /// Build the app: install fonts and load the embedded atlas. A load error is kept and
    /// shown in the window instead of panicking.
    pub fn new(ctx: &egui::Context) -> Self {
        theme::install(ctx);
        Self {
            atlas: Atlas::load().map_err(|e| e.to_string()),
            map: MapState::default(),
            selection: None,
        }
    }

    /// The loaded atlas, if it loaded.
    pub fn atlas(&self) -> Option<&Atlas> {
        self.atlas.as_ref().ok()
    }

    /// The id of the selected region.
    pub fn selected_region_id(&self) -> Option<&str> {
        let Some(Selection::Region(i)) = self.selection else {
            return None;
        };
        self.atlas()
            .and_then(|a| a.regions.get(i))
            .map(|r| r.id.as_str())
    }

    /// Map state (pan, zoom, language).
    pub fn map_state(&self) -> &MapState {
        &self.map
    }

    /// Where a geographic position was drawn in the last frame.
    pub fn screen_pos(&self, p: LonLat) -> Option<Pos2> {
        Some(self.map.projector()?.screen_from_lonlat(p))
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(TITLE).strong().size(16.0));
            ui.separator();
            egui::ComboBox::new("label_language", "Map labels")
                .selected_text(self.map.language.label())
                .show_ui(ui, |ui| {
                    for l in LabelLanguage::ALL {
                        ui.selectable_value(&mut self.map.language, l, l.label());
                    }
                });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                theme_picker_ui(ui);
            });
        });
    }

    fn map_panel_ui(&mut self, ui: &mut egui::Ui) {
        let Ok(atlas) = &self.atlas else { return };
        let hovered_pos = ui.input(|i| i.pointer.hover_pos());
        let hovered = self
            .map
            .projector()
            .zip(hovered_pos)
            .filter(|(p, pos)| p.rect.contains(*pos))
            .and_then(|(p, pos)| atlas.region_at(p.lonlat_from_screen(pos)));
        let selected = self.selection.map(|Selection::Region(i)| i);
        let out = map_view::map_ui(ui, atlas, &mut self.map, Highlight { hovered, selected });

        if let Some(pos) = out.clicked_at {
            let at = out.projector.lonlat_from_screen(pos);
            self.selection = atlas.region_at(at).map(Selection::Region);
        }
        if let Some(pos) = out.hover_pos
            && !out.response.dragged()
        {
            let at = out.projector.lonlat_from_screen(pos);
            let name = atlas
                .region_at(at)
                .map(|i| (&atlas.regions[i].names.name_en, true))
                .or_else(|| {
                    atlas
                        .neighbour_at(at)
                        .map(|i| (&atlas.neighbours[i].names.name_en, false))
                });
            if let Some((name, clickable)) = name {
                if clickable {
                    ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
                }
                let hint = if clickable {
                    "\nClick for details · double-click to zoom"
                } else {
                    ""
                };
                out.response
                    .on_hover_text_at_pointer(format!("{name}{hint}"));
            }
        }
    }

    fn details_panel_ui(&mut self, ui: &mut egui::Ui) {
        let (Ok(atlas), Some(Selection::Region(i))) = (&self.atlas, self.selection) else {
            return;
        };
        let Some(region) = atlas.regions.get(i) else {
            return;
        };
        let mut close = false;
        egui::Panel::right("details")
            .resizable(true)
            .default_size(360.0)
            .min_size(280.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new("Details").weak());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        close = ui.button("Close").on_hover_text("Close (Esc)").clicked();
                    });
                });
                egui::ScrollArea::vertical().show(ui, |ui| {
                    region_details_ui(ui, atlas, region, |_, _| {});
                });
            });
        if close {
            self.selection = None;
        }
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.selection = None;
        }
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui));
        if let Err(e) = &self.atlas {
            let msg = format!("The atlas data could not be loaded:\n\n{e}");
            egui::CentralPanel::default_margins().show(ui, |ui| {
                ui.colored_label(ui.visuals().error_fg_color, msg);
            });
            return;
        }
        self.details_panel_ui(ui);
        egui::CentralPanel::default().show(ui, |ui| self.map_panel_ui(ui));
    }
}

/// Follow the system theme, or force light or dark. Text, not emoji icons: the embedded
/// fonts have no colour emoji.
fn theme_picker_ui(ui: &mut egui::Ui) {
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
