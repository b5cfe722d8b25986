//! Every keyboard shortcut, in one table: the app handles keys by walking it, and the
//! *Help › Keyboard shortcuts* window lists it. There is no second copy of the list.

use crate::i18n::Tr;
use crate::t;
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
    /// *File › Cite this view*: a citation of the app, its data and the view, copied.
    CiteView,
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
    /// In a story: go through its slides.
    Story(StoryKey),
    /// Put the keyboard in the search field.
    Search,
}

/// What a key does while a story is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryKey {
    /// The next slide.
    Next,
    /// The previous slide.
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// Back to the slide after moving away.
    Back,
    /// Start or stop autoplay.
    Play,
    /// Leave the story.
    Leave,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Shortcut {
    /// The keys; the first is the one shown in menus.
    pub keys: &'static [KeyboardShortcut],
    /// What it does.
    pub action: Action,
    /// What the help window says about it: a message id of the catalogue.
    pub what: &'static str,
    /// Whether it works while text is typed in a field (only chords with Ctrl do; plain
    /// keys then belong to the field).
    pub while_typing: bool,
    /// Whether it works only while a story is told (it then takes the key before the rows
    /// below it: the arrows go through slides, not days).
    pub in_story: bool,
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
        in_story: false,
    }
}

const fn story(keys: &'static [KeyboardShortcut], key: StoryKey, what: &'static str) -> Shortcut {
    Shortcut {
        keys,
        action: Action::Story(key),
        what,
        while_typing: false,
        in_story: true,
    }
}

const fn chord(keys: &'static [KeyboardShortcut], action: Action, what: &'static str) -> Shortcut {
    Shortcut {
        keys,
        action,
        what,
        while_typing: true,
        in_story: false,
    }
}

const CMD: Modifiers = Modifiers::COMMAND;
const NONE: Modifiers = Modifiers::NONE;
const SHIFT: Modifiers = Modifiers::SHIFT;

/// Every shortcut of the app. Order matters where keys overlap: `Shift`+arrow rows come before
/// plain arrows, so the plain ones do not take a shifted press (egui matches a key regardless
/// of an extra Shift); then the story rows (in a story the arrows, Home, End, Space and Esc go
/// through the slides), before the rows of the same keys outside a story.
pub const SHORTCUTS: &[Shortcut] = &[
    chord(&[key(CMD, Key::O)], Action::OpenFolder, "key-open-folder"),
    chord(&[key(CMD, Key::R)], Action::Reload, "key-reload"),
    chord(&[key(CMD, Key::S)], Action::SaveImage, "key-save-image"),
    chord(&[key(CMD, Key::L)], Action::CopyLink, "key-copy-link"),
    chord(&[key(CMD, Key::Q)], Action::Quit, "key-quit"),
    chord(&[key(NONE, Key::F1)], Action::Help, "key-help"),
    chord(&[key(CMD, Key::F)], Action::Search, "key-search"),
    row(&[key(NONE, Key::Slash)], Action::Search, "key-search-slash"),
    row(
        &[key(SHIFT, Key::ArrowRight)],
        Action::Time(TimeCommand::NextEvent),
        "key-next-event",
    ),
    row(
        &[key(SHIFT, Key::ArrowLeft)],
        Action::Time(TimeCommand::PreviousEvent),
        "key-previous-event",
    ),
    story(
        &[key(NONE, Key::ArrowRight), key(NONE, Key::PageDown)],
        StoryKey::Next,
        "key-story-next",
    ),
    story(
        &[key(NONE, Key::ArrowLeft), key(NONE, Key::PageUp)],
        StoryKey::Previous,
        "key-story-previous",
    ),
    story(&[key(NONE, Key::Home)], StoryKey::First, "key-story-first"),
    story(&[key(NONE, Key::End)], StoryKey::Last, "key-story-last"),
    story(&[key(NONE, Key::R)], StoryKey::Back, "key-story-back"),
    story(&[key(NONE, Key::Space)], StoryKey::Play, "key-story-play"),
    story(
        &[key(NONE, Key::Escape)],
        StoryKey::Leave,
        "key-story-leave",
    ),
    row(
        &[key(NONE, Key::ArrowRight)],
        Action::Time(TimeCommand::StepDays(1)),
        "key-day-later",
    ),
    row(
        &[key(NONE, Key::ArrowLeft)],
        Action::Time(TimeCommand::StepDays(-1)),
        "key-day-earlier",
    ),
    row(
        &[key(NONE, Key::Space)],
        Action::Time(TimeCommand::TogglePlay),
        "key-play",
    ),
    row(
        &[key(NONE, Key::Home)],
        Action::Time(TimeCommand::GoToStart),
        "key-first-day",
    ),
    row(
        &[key(NONE, Key::End)],
        Action::Time(TimeCommand::GoToEnd),
        "key-today",
    ),
    row(
        &[key(NONE, Key::Plus), key(NONE, Key::Equals)],
        Action::Zoom(crate::view::ZOOM_STEP),
        "key-zoom-in",
    ),
    row(
        &[key(NONE, Key::Minus)],
        Action::Zoom(1.0 / crate::view::ZOOM_STEP),
        "key-zoom-out",
    ),
    row(&[key(NONE, Key::Num0)], Action::ResetView, "key-reset"),
    row(
        &[key(NONE, Key::Escape)],
        Action::ClearSelection,
        "key-close",
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
pub fn take_pressed(ctx: &egui::Context, in_story: bool) -> Vec<Action> {
    let typing = ctx.text_edit_focused();
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        let rows = SHORTCUTS
            .iter()
            .filter(|s| s.while_typing || !typing)
            .filter(|s| in_story || !s.in_story);
        for s in rows {
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
pub fn keys_text(ctx: &egui::Context, s: &Shortcut, tr: Tr<'_>) -> String {
    s.keys
        .iter()
        .map(|k| key_text(ctx, k, tr))
        .reduce(|a, b| t!(tr, "keys-or", a = a, b = b))
        .unwrap_or_default()
}

/// One key as its keycap says it (keyboards in Georgia and Russia print Ctrl, Shift, Home,
/// End and F1 in Latin letters), arrows and signs as symbols, the space bar (no label) and Esc
/// from the catalogue.
fn key_text(ctx: &egui::Context, k: &KeyboardShortcut, tr: Tr<'_>) -> String {
    let key = match k.logical_key {
        Key::Space => t!(tr, "key-name-space"),
        Key::Escape => t!(tr, "key-name-escape"),
        Key::ArrowLeft => "←".to_owned(),
        Key::ArrowRight => "→".to_owned(),
        Key::ArrowUp => "↑".to_owned(),
        Key::ArrowDown => "↓".to_owned(),
        Key::Plus => "+".to_owned(),
        Key::Equals => "=".to_owned(),
        Key::Minus => "-".to_owned(),
        other => other.name().to_owned(),
    };
    let modifiers = ctx.format_modifiers(k.modifiers);
    if modifiers.is_empty() {
        key
    } else {
        format!("{modifiers}+{key}")
    }
}

/// The mouse gestures, for the help window (they are not keys, so not in the table): message
/// ids of what to do and what it does.
pub const GESTURES: &[(&str, &str)] = &[
    ("gesture-drag-map", "gesture-pan"),
    ("gesture-wheel-map", "gesture-zoom-pointer"),
    ("gesture-double-click", "gesture-zoom-to"),
    ("gesture-click", "gesture-details"),
    ("gesture-drag-timeline", "gesture-change-date"),
    ("gesture-wheel-timeline", "gesture-zoom-timeline"),
    ("gesture-span", "gesture-show-span"),
    ("gesture-tab", "gesture-reach"),
];

/// The *Keyboard shortcuts* window, drawn from [`SHORTCUTS`]. `open` is cleared by its close
/// button.
pub fn help_window(ctx: &egui::Context, open: &mut bool, tr: Tr<'_>) {
    super::chrome::dialog(ctx, t!(tr, "help-shortcuts"))
        .open(open)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts_grid")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for s in SHORTCUTS {
                        ui.label(egui::RichText::new(keys_text(ui.ctx(), s, tr)).monospace());
                        ui.label(tr.t(s.what));
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.label(egui::RichText::new(t!(tr, "mouse")).strong());
            egui::Grid::new("gestures_grid")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for (how, what) in GESTURES {
                        ui.label(tr.t(how));
                        ui.label(tr.t(what));
                        ui.end_row();
                    }
                });
        });
}
