//! A user's data folder in the running app: problems listed while the map keeps the last good
//! data, a saved edit reloaded by the watch with date and selection kept, a vanished selection
//! cleared, and the keyboard working after a widget took focus.

use crate::common;

use caucasus_atlas::export_embedded;
use caucasus_atlas::{AtlasApp, Selection};
use common::{app, d};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A fresh export of the embedded data in a folder of its own.
pub(crate) fn exported(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-ui-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    export_embedded(&dir).expect("export to a temporary folder");
    dir
}

/// Replace the first `from` in `file` of `dir` by `to`.
fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).expect("readable");
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("writable");
}

/// Step the app until `done` holds (a worker thread or the folder watch is involved), at most
/// ten seconds.
pub(crate) fn until(
    h: &mut Harness<'static, AtlasApp>,
    what: &str,
    done: impl Fn(&AtlasApp) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done(h.state()) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
}

pub(crate) fn open(h: &mut Harness<'static, AtlasApp>, dir: &Path) {
    let ctx = h.ctx.clone();
    h.state_mut().open_folder(&ctx, dir.to_owned());
    until(h, "the load", |a| !a.source().is_loading());
}

/// The app started with `o` (a `--data` folder among them), once the folder has loaded.
fn with_folder(o: caucasus_atlas::cli::Options) -> Harness<'static, AtlasApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| common::start_app(&cc.egui_ctx, &o, None));
    until(&mut h, "the folder", |a| {
        a.data().is_some_and(|d| d.description != "embedded data")
    });
    h
}

pub(crate) fn event_title(a: &AtlasApp, id: &str) -> Option<String> {
    let c = &a.data()?.chronicle;
    Some(c.events.get(c.event_index(id)?)?.title.clone())
}

#[test]
fn a_folder_with_problems_lists_them_and_the_map_keeps_the_last_good_data() {
    let dir = exported("broken");
    edit(
        &dir,
        "data/events.toml",
        "date = \"1992-06-24\"",
        "date = \"1992-06-31\"",
    );
    edit(&dir, "data/places.toml", "rank = 2", "rank = 9");
    edit(
        &dir,
        "data/sources.toml",
        "[sources.unsc_937]\ntitle = \"",
        "[sources.unsc_937]\ntitle = \"\"\nx = \"",
    );
    let mut h = app();
    open(&mut h, &dir);
    let failed = h.state().source().failed.clone().expect("the load failed");
    assert_eq!(failed.problems.errors(), 3, "{}", failed.problems);
    for file in ["data/events.toml", "data/places.toml", "data/sources.toml"] {
        assert!(
            failed.problems.iter().any(|p| p.file == file && p.line > 0),
            "{}",
            failed.problems
        );
    }
    // The panel lists every problem, one line each, as `file:line:column: …`.
    for p in failed.problems.iter() {
        h.get_by_label(&p.to_string());
    }
    h.get_by_label_contains("the map shows the last good data (embedded data)");
    // In Russian the same lines: the location as written, the words in Russian.
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Русский").click();
    h.run();
    for p in failed.problems.iter() {
        let located = p.located();
        let node = h.get_by_label_contains(&located);
        let node = node.accesskit_node();
        let line = node.label().or_else(|| node.value()).unwrap_or_default();
        let words = line.trim_start_matches(located.as_str());
        assert!(
            words.contains("ожидается") || words.contains("такого дня нет"),
            "{line}"
        );
        assert!(!words.contains("expected"), "{line}");
    }
    h.get_by_label_contains("поле `rank`: ожидается от 1 (столица) до 4 (село), найдено 9");
    h.get_by_label_contains(": 1992-06-31 — такого дня нет в календаре");
    h.get_by_label_contains("неизвестное поле `x`, ожидается одно из: `title`, `publisher`");
    // Nothing was half-applied.
    let data = h.state().data().expect("still the embedded data");
    assert_eq!(data.description, "embedded data");
    let embedded = caucasus_atlas::Dataset::embedded().expect("the embedded data loads");
    assert_eq!(data.chronicle.events.len(), embedded.chronicle.events.len());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_saved_edit_reloads_within_a_second_keeping_date_and_selection() {
    let dir = exported("live");
    let mut h = app();
    open(&mut h, &dir);
    assert!(h.state().source().failed.is_none());
    assert!(
        h.state()
            .data()
            .expect("loaded")
            .description
            .contains(&format!(
                "{n} of {n} files",
                n = caucasus_atlas::FILES.len()
            ))
    );
    // Choose a date and an event.
    h.get_by_label("Events").click();
    h.run();
    h.get_by_label_contains("Sochi (Dagomys) agreement").click();
    h.run();
    assert_eq!(h.state().selected_event_id(), Some("sochi_agreement_1992"));
    let date = h.state().date();
    assert_eq!(date, Some(d("1992-06-24")));
    // Edit the title in the folder, as an editor would.
    edit(
        &dir,
        "data/events.toml",
        "title = \"Sochi (Dagomys) agreement",
        "title = \"Edited: Sochi (Dagomys) agreement",
    );
    let saved = Instant::now();
    until(&mut h, "the watched reload", |a| {
        event_title(a, "sochi_agreement_1992").is_some_and(|t| t.starts_with("Edited: "))
    });
    eprintln!("saved edit shown after {} ms", saved.elapsed().as_millis());
    assert_eq!(h.state().date(), date);
    assert_eq!(h.state().selected_event_id(), Some("sochi_agreement_1992"));
    assert!(
        h.query_all_by_label_contains("Edited: Sochi (Dagomys) agreement")
            .count()
            >= 1
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_selection_whose_id_disappears_is_cleared_not_misapplied() {
    let dir = exported("vanish");
    let mut h = app();
    open(&mut h, &dir);
    h.get_by_label("Events").click();
    h.run();
    h.get_by_label_contains("Sochi (Dagomys) agreement").click();
    h.run();
    assert!(
        matches!(h.state().selection(), Some(Selection::Event(id)) if id == "sochi_agreement_1992")
    );
    edit(
        &dir,
        "data/events.toml",
        "id = \"sochi_agreement_1992\"",
        "id = \"sochi_agreement_renamed\"",
    );
    until(&mut h, "the reload", |a| {
        event_title(a, "sochi_agreement_renamed").is_some()
    });
    assert_eq!(h.state().selection(), None);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ctrl_r_reloads_and_the_keyboard_works_after_a_widget_took_focus() {
    let mut h = app();
    // Give a button keyboard focus, as tabbing would.
    h.get_by_label("Next event").click();
    h.run();
    let before = h.state().date();
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(
        h.state().date(),
        before.map(|d| d.add_days(-1)),
        "arrows still move the date while a button has focus"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::R);
    h.step();
    assert!(h.state().source().is_loading(), "Ctrl+R starts a reload");
    until(&mut h, "the reload", |a| !a.source().is_loading());
    assert_eq!(
        h.state().date(),
        before.map(|d| d.add_days(-1)),
        "the date is kept"
    );
}

#[test]
fn an_event_only_in_the_folder_is_selected_once_the_folder_loads() {
    // `--data DIR --select ID` with an event that only DIR has: the app starts on the
    // embedded data, and the selection must survive until the folder arrives.
    let dir = exported("select");
    edit(
        &dir,
        "data/events.toml",
        "id = \"sochi_agreement_1992\"",
        "id = \"folder_only_1992\"",
    );
    let dir_arg = dir.to_string_lossy().into_owned();
    let o = <caucasus_atlas::cli::Options as clap::Parser>::try_parse_from([
        "caucasus-atlas",
        "--data",
        dir_arg.as_str(),
        "--select",
        "folder_only_1992",
    ])
    .expect("valid flags");
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| common::start_app(&cc.egui_ctx, &o, None));
    // The folder loads on a worker thread: step (not run) while it does.
    h.step();
    until(&mut h, "the folder", |a| {
        a.data()
            .is_some_and(|d| d.chronicle.event_index("folder_only_1992").is_some())
    });
    assert_eq!(h.state().selected_event_id(), Some("folder_only_1992"));
    assert_eq!(h.state().date(), Some(d("1992-06-24")));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A translator with a data folder: a word changed in `i18n/ru.ftl` shows in the running app
/// once the file is saved; a mistake is listed with its line while the last good words stay.
#[test]
fn a_translator_changes_a_word_and_sees_it_once_saved() {
    use caucasus_atlas::Lang;
    let dir = exported("translator");
    let mut h = app();
    open(&mut h, &dir);
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Русский").click();
    h.run();
    h.get_by_label("Файл");
    edit(&dir, "i18n/ru.ftl", "menu-file = Файл", "menu-file = Файлы");
    let word = |a: &AtlasApp| a.data().map(|d| d.i18n.tr(Lang::Ru).t("menu-file"));
    until(&mut h, "the saved word", |a| {
        word(a).as_deref() == Some("Файлы")
    });
    h.get_by_label("Файлы");
    edit(
        &dir,
        "i18n/ru.ftl",
        "menu-help = Справка",
        "menu-help = { $",
    );
    until(&mut h, "the reported mistake", |a| {
        a.source().failed.is_some()
    });
    let failed = h.state().source().failed.clone().expect("the load failed");
    assert!(
        failed
            .problems
            .iter()
            .any(|p| p.file == "i18n/ru.ftl" && p.line > 1),
        "{}",
        failed.problems
    );
    h.get_by_label("Файлы");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A story told from a folder: a saved mistake in its file is listed with its line while the
/// story goes on from the last good data; the fix brings the new words.
#[test]
fn a_broken_story_file_keeps_the_last_good_story() {
    let dir = exported("story");
    let o = caucasus_atlas::cli::Options {
        data: Some(dir.clone()),
        story: Some("the_line".into()),
        slide: Some(2),
        ..Default::default()
    };
    let mut h = with_folder(o);
    assert_eq!(h.state().story_at(), Some(("the_line", 2)));
    let file = "stories/the_line.toml";
    let text = std::fs::read_to_string(dir.join(file)).expect("exported");
    let first_date = text
        .lines()
        .find(|l| l.starts_with("date = "))
        .expect("a slide's date")
        .to_owned();
    edit(&dir, file, &first_date, "date = \"2008-02-30\"");
    until(&mut h, "the reported mistake", |a| {
        a.source().failed.is_some()
    });
    let failed = h.state().source().failed.clone().expect("the load failed");
    assert!(
        failed.problems.iter().any(|p| p.file == file && p.line > 1),
        "{}",
        failed.problems
    );
    assert_eq!(h.state().story_at(), Some(("the_line", 2)));
    h.get_by_label("Slide 2 of 21");
    // Fixed: the new words show on the same slide.
    edit(&dir, file, "date = \"2008-02-30\"", &first_date);
    edit(&dir, file, "title = \"", "title = \"Fixed: ");
    until(&mut h, "the fixed story", |a| a.source().failed.is_none());
    assert_eq!(h.state().story_at(), Some(("the_line", 2)));
    h.get_by_label_contains("Fixed: ");
    let _ = std::fs::remove_dir_all(&dir);
}

/// *Add this view as a slide…*: a new story file made from what is on screen, read back by
/// the folder's watch; a second slide appended to it; a slide without a known source refused.
#[test]
fn a_view_added_as_a_slide_becomes_a_story_of_the_folder() {
    let dir = exported("author");
    let o = caucasus_atlas::cli::Options {
        data: Some(dir.clone()),
        select: Some("russia_recognition_2008".into()),
        ..Default::default()
    };
    let mut h = with_folder(o);
    let add = |h: &mut Harness<'static, AtlasApp>| {
        h.get_by_label("Stories").click();
        h.run();
        h.get_by_label("Add this view as a slide…").click();
        h.run();
    };
    add(&mut h);
    let typed = |h: &mut Harness<'static, AtlasApp>, field: &str, text: &str| {
        let role = egui::accesskit::Role::TextInput;
        h.get_by_role_and_label(role, field).focus();
        h.run();
        h.get_by_role_and_label(role, field).type_text(text);
        h.run();
    };
    typed(&mut h, "Story (file name)", "mine");
    typed(&mut h, "Story title", "My story");
    typed(&mut h, "Author", "A teacher");
    typed(&mut h, "What it shows", "The recognitions of 2008.");
    // Filled from the selected event: its title, summary and sources.
    h.get_by_label("Add the slide").click();
    h.run();
    until(&mut h, "the new story", |a| {
        a.data().is_some_and(|d| d.stories.get("mine").is_some())
    });
    let story = h
        .state()
        .data()
        .and_then(|d| d.stories.get("mine"))
        .cloned();
    let story = story.expect("the story");
    assert_eq!(story.title.en, "My story");
    assert_eq!(story.slides.len(), 1);
    assert_eq!(story.slides[0].date, d("2008-08-26"));
    assert!(!story.slides[0].sources.is_empty());
    // A second slide goes to the same file; a made-up source is refused with a reason.
    add(&mut h);
    typed(&mut h, "Story (file name)", "mine");
    typed(&mut h, "Sources", ", made_up_source");
    h.get_by_label("Add the slide").click();
    h.run();
    h.get_by_label_contains("not found: made_up_source");
    let text = std::fs::read_to_string(dir.join("stories/mine.toml")).expect("written");
    assert_eq!(text.matches("[[slide]]").count(), 1);
    h.get_by_label("Cancel").click();
    h.run();
    // While the story is told, the form names it: the new slide is appended.
    h.get_by_label("Stories").click();
    h.run();
    h.get_by_label("My story").click();
    h.run();
    add(&mut h);
    assert!(
        h.query_by_label("Author").is_none(),
        "no header for an existing story"
    );
    h.get_by_label("Add the slide").click();
    h.run();
    until(&mut h, "the second slide", |a| {
        a.data()
            .and_then(|d| d.stories.get("mine"))
            .is_some_and(|s| s.slides.len() == 2)
    });
    h.get_by_label("Slide 1 of 2");
    let _ = std::fs::remove_dir_all(&dir);
}
