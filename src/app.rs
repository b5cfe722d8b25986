//! Wiring: panels, selection, shortcuts. The app owns the state; the panels read it and
//! return what the user asked for.
//!
//! The date in [`TimeControl`] is the single source of truth: the snapshot that the map, the
//! lists and the details read is recomputed from it whenever it changes, and only then.

use crate::atlas::Atlas;
use crate::chronicle::{Chronicle, Snapshot, TIMELINE_START};
use crate::date::Date;
use crate::projection::LonLat;
use crate::time_control::{TimeCommand, TimeControl};
use crate::ui::details::{event_details_ui, region_details_ui, region_on_date_ui};
use crate::ui::event_list::{EventListState, event_list_ui};
use crate::ui::map_view::{self, Highlight, LabelLanguage, MapState};
use crate::ui::overlays::{self, Marker, MarkerOptions};
use crate::ui::recognitions::{recognitions_ui, world_inset_ui};
use crate::ui::theme::{self, Palette};
use crate::ui::timeline::{DateInput, category_legend_ui, timeline_ui};
use egui::{Key, Modifiers, Pos2, Rect, RichText};

/// The window title.
pub const TITLE: &str = "Abkhazia & South Ossetia — atlas";

/// What the details panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// A region of the atlas, by index.
    Region(usize),
    /// An event of the chronicle, by index.
    Event(usize),
}

/// Which list the left panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeftTab {
    /// Recognitions on the date, with the world inset.
    #[default]
    Recognitions,
    /// The event list.
    Events,
}

/// Everything the app shows once the data has loaded.
struct Loaded {
    atlas: Atlas,
    chronicle: Chronicle,
    map: MapState,
    time: TimeControl,
    snapshot: Snapshot,
    selection: Option<Selection>,
    date_input: DateInput,
    left_tab: LeftTab,
    list: EventListState,
    markers: MarkerOptions,
    /// Markers drawn in the last frame, for hit-testing clicks and hovers.
    drawn_markers: Vec<Marker>,
    timeline_axis: Option<Rect>,
}

/// The application.
pub struct AtlasApp {
    state: Result<Box<Loaded>, String>,
}

impl AtlasApp {
    /// Build the app: install fonts and load the embedded data. A load error is kept and
    /// shown in the window instead of panicking.
    pub fn new(ctx: &egui::Context) -> Self {
        Self::with_today(ctx, Date::today())
    }

    /// Build the app as if today were `today` (tests pin the date).
    pub fn with_today(ctx: &egui::Context, today: Date) -> Self {
        theme::install(ctx);
        let state = (|| {
            let atlas = Atlas::load()?;
            let chronicle = Chronicle::load(&atlas)?;
            Ok::<_, crate::data::LoadError>((atlas, chronicle))
        })()
        .map(|(atlas, chronicle)| {
            let time = TimeControl::new(TIMELINE_START, today.max(TIMELINE_START));
            let snapshot = chronicle.at(time.date);
            Box::new(Loaded {
                atlas,
                chronicle,
                map: MapState::default(),
                time,
                snapshot,
                selection: None,
                date_input: DateInput::default(),
                left_tab: LeftTab::default(),
                list: EventListState::default(),
                markers: MarkerOptions { show_past: true },
                drawn_markers: Vec::new(),
                timeline_axis: None,
            })
        })
        .map_err(|e| e.to_string());
        Self { state }
    }

    fn loaded(&self) -> Option<&Loaded> {
        self.state.as_deref().ok()
    }

    /// The loaded atlas, if it loaded.
    pub fn atlas(&self) -> Option<&Atlas> {
        self.loaded().map(|l| &l.atlas)
    }

    /// The loaded chronicle, if it loaded.
    pub fn chronicle(&self) -> Option<&Chronicle> {
        self.loaded().map(|l| &l.chronicle)
    }

    /// The chosen date.
    pub fn date(&self) -> Option<Date> {
        self.loaded().map(|l| l.time.date)
    }

    /// The time control (date, playback, visible span).
    pub fn time(&self) -> Option<&TimeControl> {
        self.loaded().map(|l| &l.time)
    }

    /// What holds on the chosen date.
    pub fn snapshot(&self) -> Option<&Snapshot> {
        self.loaded().map(|l| &l.snapshot)
    }

    /// The current selection.
    pub fn selection(&self) -> Option<Selection> {
        self.loaded().and_then(|l| l.selection)
    }

    /// The id of the selected region.
    pub fn selected_region_id(&self) -> Option<&str> {
        let l = self.loaded()?;
        let Some(Selection::Region(i)) = l.selection else {
            return None;
        };
        l.atlas.regions.get(i).map(|r| r.id.as_str())
    }

    /// The id of the selected event.
    pub fn selected_event_id(&self) -> Option<&str> {
        let l = self.loaded()?;
        let Some(Selection::Event(i)) = l.selection else {
            return None;
        };
        l.chronicle.events.get(i).map(|e| e.id.as_str())
    }

    /// Map state (pan, zoom, language).
    pub fn map_state(&self) -> &MapState {
        static EMPTY: std::sync::OnceLock<MapState> = std::sync::OnceLock::new();
        self.loaded()
            .map_or_else(|| EMPTY.get_or_init(MapState::default), |l| &l.map)
    }

    /// Where a geographic position was drawn in the last frame.
    pub fn screen_pos(&self, p: LonLat) -> Option<Pos2> {
        Some(self.loaded()?.map.projector()?.screen_from_lonlat(p))
    }

    /// The timeline axis' rectangle in the last frame.
    pub fn timeline_axis_rect(&self) -> Option<Rect> {
        self.loaded()?.timeline_axis
    }
}

impl Loaded {
    fn apply(&mut self, cmd: TimeCommand) {
        self.time.apply(cmd, &self.chronicle);
    }

    /// Select an event: move the date to it and bring its place into view.
    fn select_event(&mut self, i: usize) {
        let Some(e) = self.chronicle.events.get(i) else {
            return;
        };
        self.selection = Some(Selection::Event(i));
        let first = e.first_day();
        let point = e.points.first().map(|p| p.lonlat);
        self.apply(TimeCommand::SetDate(first));
        if let Some(p) = point {
            self.map.focus_on(p, 1.6);
        }
    }

    fn keyboard(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        // Consumed here, before any widget sees them: Space must not also press a focused button.
        let mut cmds = Vec::new();
        ctx.input_mut(|i| {
            // Every press counts, even several within one frame.
            while i.consume_key(Modifiers::SHIFT, Key::ArrowRight) {
                cmds.push(TimeCommand::NextEvent);
            }
            while i.consume_key(Modifiers::SHIFT, Key::ArrowLeft) {
                cmds.push(TimeCommand::PreviousEvent);
            }
            while i.consume_key(Modifiers::NONE, Key::ArrowRight) {
                cmds.push(TimeCommand::StepDays(1));
            }
            while i.consume_key(Modifiers::NONE, Key::ArrowLeft) {
                cmds.push(TimeCommand::StepDays(-1));
            }
            while i.consume_key(Modifiers::NONE, Key::Space) {
                cmds.push(TimeCommand::TogglePlay);
            }
            while i.consume_key(Modifiers::NONE, Key::Home) {
                cmds.push(TimeCommand::GoToStart);
            }
            while i.consume_key(Modifiers::NONE, Key::End) {
                cmds.push(TimeCommand::GoToEnd);
            }
            if i.consume_key(Modifiers::NONE, Key::Escape) {
                self.selection = None;
            }
        });
        for c in cmds {
            self.apply(c);
        }
    }

    fn refresh_snapshot(&mut self) {
        if self.snapshot.date != self.time.date {
            self.snapshot = self.chronicle.at(self.time.date);
        }
    }

    fn timeline_panel_ui(&mut self, ui: &mut egui::Ui) {
        let out = timeline_ui(ui, &self.time, &self.chronicle, &mut self.date_input);
        self.timeline_axis = out.axis_rect;
        for c in out.commands {
            self.apply(c);
        }
        if let Some(i) = out.clicked_event {
            self.select_event(i);
        }
        category_legend_ui(ui);
    }

    fn left_panel_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.left_tab, LeftTab::Recognitions, "Recognitions");
            ui.selectable_value(&mut self.left_tab, LeftTab::Events, "Events");
        });
        ui.separator();
        match self.left_tab {
            LeftTab::Recognitions => {
                ui.label(
                    RichText::new(format!("Recognitions on {}", self.time.date.long())).strong(),
                );
                world_inset_ui(ui, &self.atlas, &self.chronicle, &self.snapshot);
                egui::ScrollArea::vertical()
                    .id_salt("recognitions")
                    .show(ui, |ui| {
                        recognitions_ui(ui, &self.atlas, &self.chronicle, &self.snapshot);
                    });
            }
            LeftTab::Events => {
                let selected = match self.selection {
                    Some(Selection::Event(i)) => Some(i),
                    _ => None,
                };
                if let Some(i) = event_list_ui(
                    ui,
                    &self.chronicle,
                    &mut self.list,
                    self.time.date,
                    selected,
                ) {
                    self.select_event(i);
                }
            }
        }
    }

    fn details_panel_ui(&mut self, ui: &mut egui::Ui) {
        let Some(selection) = self.selection else {
            return;
        };
        let mut close = false;
        let mut picked = None;
        egui::Panel::right("details")
            .resizable(true)
            .default_size(340.0)
            .min_size(260.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new("Details").weak());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        close = ui.button("Close").on_hover_text("Close (Esc)").clicked();
                    });
                });
                egui::ScrollArea::vertical().id_salt("details_scroll").show(
                    ui,
                    |ui| match selection {
                        Selection::Region(i) => {
                            let Some(region) = self.atlas.regions.get(i) else {
                                return;
                            };
                            region_details_ui(ui, &self.atlas, region, |ui, cites| {
                                picked = region_on_date_ui(
                                    ui,
                                    &self.atlas,
                                    &self.chronicle,
                                    &self.snapshot,
                                    &region.id,
                                    cites,
                                );
                            });
                        }
                        Selection::Event(i) => {
                            event_details_ui(ui, &self.atlas, &self.chronicle, i)
                        }
                    },
                );
            });
        if close {
            self.selection = None;
        }
        if let Some(i) = picked {
            self.select_event(i);
        }
    }

    fn map_panel_ui(&mut self, ui: &mut egui::Ui) {
        let hover_pos = ui.input(|i| i.pointer.hover_pos());
        let proj = self.map.projector();
        let on_map = |pos: Pos2| proj.is_some_and(|p| p.rect.contains(pos));
        let hovered_event = hover_pos
            .filter(|p| on_map(*p))
            .and_then(|p| overlays::marker_at(&self.drawn_markers, p));
        let hovered_region = match (proj, hover_pos, hovered_event) {
            (Some(p), Some(pos), None) if p.rect.contains(pos) => {
                self.atlas.region_at(p.lonlat_from_screen(pos))
            }
            _ => None,
        };
        let (selected_region, selected_event) = match self.selection {
            Some(Selection::Region(i)) => (Some(i), None),
            Some(Selection::Event(i)) => (None, Some(i)),
            None => (None, None),
        };
        let dark = ui.visuals().dark_mode;
        let palette = Palette::for_visuals(ui.visuals());
        let (chronicle, snapshot, markers) = (&self.chronicle, &self.snapshot, self.markers);
        let mut drawn = Vec::new();
        let out = map_view::map_ui(
            ui,
            &self.atlas,
            &mut self.map,
            Highlight {
                hovered: hovered_region,
                selected: selected_region,
            },
            |painter, proj| {
                overlays::paint_control(painter, proj, chronicle, snapshot, &palette, dark);
                drawn = overlays::paint_events(
                    painter,
                    proj,
                    chronicle,
                    snapshot,
                    markers,
                    Highlight {
                        hovered: hovered_event,
                        selected: selected_event,
                    },
                    dark,
                );
            },
        );
        self.drawn_markers = drawn;
        self.map_legend_ui(ui, out.projector.rect);

        if let Some(pos) = out.clicked_at {
            match overlays::marker_at(&self.drawn_markers, pos) {
                Some(i) => self.selection = Some(Selection::Event(i)),
                None => {
                    let at = out.projector.lonlat_from_screen(pos);
                    self.selection = self.atlas.region_at(at).map(Selection::Region);
                }
            }
        }
        if let Some(pos) = out.hover_pos
            && !out.response.dragged()
        {
            if let Some(i) = overlays::marker_at(&self.drawn_markers, pos) {
                let e = &self.chronicle.events[i];
                ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
                out.response.on_hover_text_at_pointer(format!(
                    "{}\n{} · {}",
                    e.title,
                    e.when(),
                    e.category.label()
                ));
                return;
            }
            let at = out.projector.lonlat_from_screen(pos);
            let name = self
                .atlas
                .region_at(at)
                .map(|i| (&self.atlas.regions[i].names.name_en, true))
                .or_else(|| {
                    self.atlas
                        .neighbour_at(at)
                        .map(|i| (&self.atlas.neighbours[i].names.name_en, false))
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

    /// One legend for every symbol on the map, bottom right, with the layer switch.
    fn map_legend_ui(&mut self, ui: &mut egui::Ui, map_rect: Rect) {
        let dark = ui.visuals().dark_mode;
        let palette = Palette::for_visuals(ui.visuals());
        egui::Area::new(egui::Id::unique("map_legend"))
            .pivot(egui::Align2::RIGHT_BOTTOM)
            .fixed_pos(map_rect.right_bottom() - egui::vec2(10.0, 10.0))
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(230.0);
                    egui::CollapsingHeader::new(RichText::new("Legend").small())
                        .default_open(true)
                        .show(ui, |ui| {
                            ui.spacing_mut().item_spacing = egui::vec2(4.0, 2.0);
                            let swatch = |ui: &mut egui::Ui,
                                          fill: egui::Color32,
                                          stroke: egui::Color32,
                                          label: &str| {
                                let (r, _) = ui.allocate_exact_size(
                                    egui::vec2(12.0, 9.0),
                                    egui::Sense::hover(),
                                );
                                ui.painter().rect(
                                    r,
                                    2.0,
                                    fill,
                                    egui::Stroke::new(1.0, stroke),
                                    egui::StrokeKind::Inside,
                                );
                                ui.label(RichText::new(label).small());
                            };
                            ui.horizontal_wrapped(|ui| {
                                swatch(ui, palette.georgia, palette.border, "Georgia");
                                swatch(ui, palette.abkhazia, palette.border, "Abkhazia");
                                swatch(ui, palette.south_ossetia, palette.border, "South Ossetia");
                                swatch(
                                    ui,
                                    palette.neighbour,
                                    palette.neighbour_border,
                                    "neighbours",
                                );
                            });
                            ui.horizontal_wrapped(|ui| {
                                ui.label(RichText::new("Held (approx.):").small().weak());
                                for (side, label) in [
                                    (crate::chronicle::Side::Georgia, "Georgia"),
                                    (crate::chronicle::Side::DeFacto, "de facto authorities"),
                                    (crate::chronicle::Side::Russia, "Russian forces"),
                                ] {
                                    let c = theme::side_color(side, &palette, dark);
                                    swatch(ui, c.gamma_multiply(0.38), c, label);
                                }
                            });
                            ui.horizontal_wrapped(|ui| {
                                let c = ui.visuals().text_color();
                                let bg = ui.visuals().panel_fill;
                                for (kind, label) in [
                                    (0, "under way, fading"),
                                    (1, "date uncertain"),
                                    (2, "earlier"),
                                ] {
                                    let (r, _) = ui.allocate_exact_size(
                                        egui::vec2(12.0, 12.0),
                                        egui::Sense::hover(),
                                    );
                                    match kind {
                                        0 => ui.painter().circle(
                                            r.center(),
                                            4.5,
                                            c,
                                            egui::Stroke::new(1.5, bg),
                                        ),
                                        1 => ui.painter().circle_stroke(
                                            r.center(),
                                            4.5,
                                            egui::Stroke::new(1.5, c.gamma_multiply(0.6)),
                                        ),
                                        _ => ui.painter().circle_filled(
                                            r.center(),
                                            2.5,
                                            c.gamma_multiply(0.5),
                                        ),
                                    };
                                    ui.label(RichText::new(label).small());
                                }
                            });
                            ui.checkbox(
                                &mut self.markers.show_past,
                                RichText::new("Show earlier events").small(),
                            );
                            ui.label(
                                RichText::new("Boundaries: Natural Earth 1:10m")
                                    .small()
                                    .weak(),
                            );
                        });
                });
            });
    }
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let lang_and_theme = |ui: &mut egui::Ui, language: Option<&mut LabelLanguage>| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(TITLE).strong().size(16.0));
                ui.separator();
                if let Some(language) = language {
                    egui::ComboBox::new("label_language", "Map labels")
                        .selected_text(language.label())
                        .show_ui(ui, |ui| {
                            for l in LabelLanguage::ALL {
                                ui.selectable_value(language, l, l.label());
                            }
                        });
                }
                ui.with_layout(
                    egui::Layout::right_to_left(egui::Align::Center),
                    theme_picker_ui,
                );
            });
        };
        let l = match &mut self.state {
            Ok(l) => l,
            Err(e) => {
                let msg = format!("The atlas data could not be loaded:\n\n{e}");
                egui::Panel::top("top_bar").show(ui, |ui| lang_and_theme(ui, None));
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    ui.colored_label(ui.visuals().error_fg_color, msg);
                });
                return;
            }
        };
        l.keyboard(&ctx);
        if l.time.playing {
            let dt = f64::from(ctx.input(|i| i.stable_dt).min(0.1));
            l.time.tick(dt);
            // Playback is the only thing that animates; an idle app asks for no frames.
            ctx.request_repaint();
        }
        egui::Panel::top("top_bar").show(ui, |ui| lang_and_theme(ui, Some(&mut l.map.language)));
        egui::Panel::bottom("timeline").show(ui, |ui| l.timeline_panel_ui(ui));
        l.refresh_snapshot();
        egui::Panel::left("lists")
            .resizable(true)
            .default_size(300.0)
            .min_size(220.0)
            .show(ui, |ui| l.left_panel_ui(ui));
        l.details_panel_ui(ui);
        l.refresh_snapshot();
        egui::CentralPanel::default().show(ui, |ui| l.map_panel_ui(ui));
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
