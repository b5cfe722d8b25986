//! Every keyboard shortcut, in one table: the app handles keys by walking it, and the
//! *Help › Keyboard shortcuts* window lists it. There is no second copy of the list.

use crate::time_control::TimeCommand;
use egui::{Key, KeyboardShortcut, Modifiers};

/// What a shortcut does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// *File › Open data folder…*
    OpenFolder,
    /// *File › Reload*
    Reload,
    /// *File › Save image…*
    SaveImage,
    /// *File › Copy link to this view*
    CopyLink,
    /// *File › Quit* (the state is saved first).
    Quit,
    /// *Help › Keyboard shortcuts*
    Help,
    /// Move the date, play…
    Time(TimeCommand),
    /// Close the details.
    ClearSelection,
    /// Zoom the map in (factor > 1) or out around its centre.
    Zoom(f64),
    /// Fit Georgia in the map again.
    ResetView,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Shortcut {
    /// The keys; the first is the one shown in menus.
    pub keys: &'static [KeyboardShortcut],
    /// What it does.
    pub action: Action,
    /// What the help window says about it.
    pub what: &'static str,
    /// Whether it works while text is typed in a field (only chords with Ctrl do; plain
    /// keys then belong to the field).
    pub while_typing: bool,
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const fn row(keys: &'static [KeyboardShortcut], action: Action, what: &'static str) -> Shortcut {
    Shortcut {
        keys,
        action,
        what,
        while_typing: false,
    }
}

const fn chord(keys: &'static [KeyboardShortcut], action: Action, what: &'static str) -> Shortcut {
    Shortcut {
        keys,
        action,
        what,
        while_typing: true,
    }
}

const CMD: Modifiers = Modifiers::COMMAND;
const NONE: Modifiers = Modifiers::NONE;
const SHIFT: Modifiers = Modifiers::SHIFT;

/// Every shortcut of the app. Order matters where keys overlap: `Shift`+arrow rows come before
/// plain arrows, so the plain ones do not take a shifted press.
pub const SHORTCUTS: &[Shortcut] = &[
    chord(
        &[key(CMD, Key::O)],
        Action::OpenFolder,
        "Open a data folder",
    ),
    chord(&[key(CMD, Key::R)], Action::Reload, "Reload the data"),
    chord(
        &[key(CMD, Key::S)],
        Action::SaveImage,
        "Save an image of the map and timeline",
    ),
    chord(
        &[key(CMD, Key::L)],
        Action::CopyLink,
        "Copy a command line that reopens this view",
    ),
    chord(
        &[key(CMD, Key::Q)],
        Action::Quit,
        "Quit (the view is remembered)",
    ),
    chord(
        &[key(NONE, Key::F1)],
        Action::Help,
        "Show or hide this list",
    ),
    row(
        &[key(SHIFT, Key::ArrowRight)],
        Action::Time(TimeCommand::NextEvent),
        "Next event",
    ),
    row(
        &[key(SHIFT, Key::ArrowLeft)],
        Action::Time(TimeCommand::PreviousEvent),
        "Previous event",
    ),
    row(
        &[key(NONE, Key::ArrowRight)],
        Action::Time(TimeCommand::StepDays(1)),
        "One day later",
    ),
    row(
        &[key(NONE, Key::ArrowLeft)],
        Action::Time(TimeCommand::StepDays(-1)),
        "One day earlier",
    ),
    row(
        &[key(NONE, Key::Space)],
        Action::Time(TimeCommand::TogglePlay),
        "Play or pause history",
    ),
    row(
        &[key(NONE, Key::Home)],
        Action::Time(TimeCommand::GoToStart),
        "First day (1 January 1989)",
    ),
    row(
        &[key(NONE, Key::End)],
        Action::Time(TimeCommand::GoToEnd),
        "Today",
    ),
    row(
        &[key(NONE, Key::Plus), key(NONE, Key::Equals)],
        Action::Zoom(crate::view::ZOOM_STEP),
        "Zoom the map in",
    ),
    row(
        &[key(NONE, Key::Minus)],
        Action::Zoom(1.0 / crate::view::ZOOM_STEP),
        "Zoom the map out",
    ),
    row(
        &[key(NONE, Key::Num0)],
        Action::ResetView,
        "Show all of Georgia again",
    ),
    row(
        &[key(NONE, Key::Escape)],
        Action::ClearSelection,
        "Close the details",
    ),
];

/// The first key of the row doing `action`, for menus ("Ctrl+S").
pub fn key_of(action: Action) -> Option<KeyboardShortcut> {
    SHORTCUTS
        .iter()
        .find(|s| s.action == action)
        .and_then(|s| s.keys.first().copied())
}

/// Take this frame's shortcut presses out of the input, in the order of the table; every
/// press counts, even several of one key within a frame. Consumed here, before any widget
/// sees them: `Space` must not also press a focused button, nor an arrow move a slider.
pub fn take_pressed(ctx: &egui::Context) -> Vec<Action> {
    let typing = ctx.text_edit_focused();
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        for s in SHORTCUTS.iter().filter(|s| s.while_typing || !typing) {
            for k in s.keys {
                while i.consume_shortcut(k) {
                    out.push(s.action);
                }
            }
        }
    });
    out
}

/// The keys of a row as people write them ("Ctrl+S", "+ or =").
pub fn keys_text(ctx: &egui::Context, s: &Shortcut) -> String {
    s.keys
        .iter()
        .map(|k| ctx.format_shortcut(k))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// The mouse gestures, for the help window (they are not keys, so not in the table).
pub const GESTURES: &[(&str, &str)] = &[
    ("Drag the map", "Pan"),
    ("Wheel or pinch over the map", "Zoom around the pointer"),
    ("Double-click a region", "Zoom to it"),
    ("Click a region or a marker", "Open its details"),
    ("Drag the timeline", "Change the date"),
    ("Wheel over the timeline", "Zoom the timeline"),
    ("Shift+drag or right-drag the timeline", "Show that span"),
    (
        "Tab, then Enter",
        "Reach and select a region or event without the mouse",
    ),
];

/// The *Keyboard shortcuts* window, drawn from [`SHORTCUTS`]. `open` is cleared by its close
/// button.
pub fn help_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts_grid")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for s in SHORTCUTS {
                        ui.label(egui::RichText::new(keys_text(ui.ctx(), s)).monospace());
                        ui.label(s.what);
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.label(egui::RichText::new("Mouse").strong());
            egui::Grid::new("gestures_grid")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for (how, what) in GESTURES {
                        ui.label(*how);
                        ui.label(*what);
                        ui.end_row();
                    }
                });
        });
}
