//! The interface in Georgian and Russian: chosen in the top bar or with `--ui-lang`, followed by
//! the map labels unless set apart, remembered, and readable in a large and a small window.

use crate::common::{self, snap};
use caucasus_atlas::cli::Options;
use caucasus_atlas::{AtlasApp, Lang};
use clap::Parser;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn start(args: &[&str], size: [f32; 2], remembered: Option<String>) -> Harness<'static, AtlasApp> {
    let mut all = vec!["caucasus-atlas"];
    all.extend_from_slice(args);
    let o = Options::try_parse_from(all).expect("valid flags in the test");
    let mut h = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| common::start_app(&cc.egui_ctx, &o, remembered.as_deref()));
    h.run();
    h
}

fn labels(h: &Harness<'static, AtlasApp>) -> Vec<String> {
    h.state().map_state().expect("loaded").labels.clone()
}

fn pick(h: &mut Harness<'static, AtlasApp>, combo: &str, value: &str) {
    h.get_by_label(combo).click();
    h.run();
    // The open popup's entry (the combo's own button may show the same words).
    let entries: Vec<_> = h.query_all_by_label(value).collect();
    let Some(entry) = entries.last() else {
        panic!("no {value:?} in the {combo:?} list")
    };
    entry.click();
    h.run();
}

#[test]
fn the_language_picker_switches_the_interface_and_the_labels_follow_unless_set_apart() {
    let mut h = start(&["--date", "2008-08-26"], [1280.0, 800.0], None);
    h.get_by_label("File");
    pick(&mut h, "Language", "Русский");
    assert_eq!(h.state().ui_language(), Lang::Ru);
    // Menus, tabs, the date and the map's labels now read in Russian.
    h.get_by_label("Файл");
    h.get_by_label("Признания");
    h.get_by_label("26 августа 2008\u{202f}г.");
    assert_eq!(h.state().label_language(), Some(Lang::Ru));
    assert!(labels(&h).iter().any(|l| l == "Грузия"), "{:?}", labels(&h));
    // Labels set apart stay where the user put them when the interface changes again.
    pick(&mut h, "Подписи на карте", "English");
    pick(&mut h, "Язык", "ქართული");
    h.get_by_label("ფაილი");
    assert_eq!(h.state().label_language(), Some(Lang::En));
    assert!(
        labels(&h).iter().any(|l| l == "Georgia"),
        "{:?}",
        labels(&h)
    );
    // Remembered: a restart comes back in Georgian, labels still apart.
    let stored = h
        .state()
        .remembered()
        .expect("a state")
        .to_json()
        .expect("written");
    let h = start(&[], [1280.0, 800.0], Some(stored));
    h.get_by_label("ფაილი");
    assert_eq!(h.state().label_language(), Some(Lang::En));
}

/// Georgian words are long and Russian runs longer than English: at 1280×800 and 720×480 the
/// top bar's controls keep clear of each other and inside the window, the timeline's buttons
/// too, and the tabs fit the side panel. A snapshot of each.
#[test]
fn each_language_fits_a_large_and_a_small_window() {
    // One test, four harnesses: their snapshots are checked together at the end.
    let mut results = egui_kittest::SnapshotResults::new();
    for (lang, file, play, tab) in [
        ("ka", "ფაილი", "დაკვრა", "აღიარებები"),
        ("ru", "Файл", "Воспроизвести", "Признания"),
    ] {
        for size in [[1280.0, 800.0], [720.0, 480.0]] {
            let mut h = start(
                &[
                    "--ui-lang",
                    lang,
                    "--date",
                    "2008-08-12",
                    "--select",
                    "south_ossetia",
                ],
                size,
                None,
            );
            let width = size[0];
            // The map's focusable regions and markers overlap as the map does: left out.
            let tr = caucasus_atlas::Catalog::embedded();
            let tr = tr.tr(Lang::from_id(lang).expect("a language"));
            let map_nodes = [
                caucasus_atlas::t!(tr, "access-region", name = ""),
                caucasus_atlas::t!(tr, "access-event", title = "", when = ""),
            ];
            let on_map = |label: &str| {
                map_nodes
                    .iter()
                    .any(|p| label.starts_with(p.split(',').next().unwrap_or_default()))
            };
            let mut controls = Vec::new();
            for role in [
                egui::accesskit::Role::Button,
                egui::accesskit::Role::ComboBox,
            ] {
                for n in h.query_all_by_role(role) {
                    let label = n.accesskit_node().label().unwrap_or_default();
                    if !on_map(&label) {
                        controls.push((label, n.rect()));
                    }
                }
            }
            // Every control is inside the window, and none covers another.
            for (i, (a, ra)) in controls.iter().enumerate() {
                assert!(
                    ra.min.x >= -0.5 && ra.max.x <= width + 0.5,
                    "{lang} {size:?}: {a:?} {ra:?} leaves the window"
                );
                for (b, rb) in controls.iter().skip(i + 1) {
                    let overlap = ra.intersect(*rb);
                    assert!(
                        overlap.width() < 1.0 || overlap.height() < 1.0,
                        "{lang} {size:?}: {a:?} {ra:?} covers {b:?} {rb:?}"
                    );
                }
            }
            // No text runs off the window's right edge either (a long label once pushed the
            // details' values out and the map over the panel).
            for n in h.root().query_all(egui_kittest::kittest::by()) {
                let node = n.accesskit_node();
                let Some(b) = node.bounding_box() else {
                    continue;
                };
                let label = node.label().or_else(|| node.value()).unwrap_or_default();
                assert!(
                    b.x1 <= f64::from(width) + 0.5 || on_map(&label),
                    "{lang} {size:?}: {label:?} ends at x = {}",
                    b.x1
                );
            }
            for must in [file, play] {
                h.get_by_label(must);
            }
            if size[0] > 1000.0 {
                h.get_by_label(tab);
            }
            snap(&mut h, &format!("ui_{lang}_{}x{}", size[0], size[1]));
            results.extend_harness(&mut h);
        }
    }
    results.unwrap();
}

/// Every word the interface shows comes from the catalogues: no string literal with words in
/// the panels' and the window's code, but for the few listed here with why.
/// F1 in Russian: keys as their keycaps say them, arrows as arrows, the space bar in Russian;
/// no English key name is left.
#[test]
fn the_shortcuts_window_names_keys_in_the_interface_language() {
    let mut h = start(&["--ui-lang", "ru"], [1280.0, 800.0], None);
    h.key_press(egui::Key::F1);
    h.run();
    h.get_by_label("Сочетания клавиш");
    for keys in [
        "Ctrl+O",
        "Shift+→",
        "←",
        "Пробел",
        "+ или =",
        "Esc",
        "Home",
        "F1",
    ] {
        // Some keys have two rows: in a story and outside one.
        assert!(h.query_all_by_label(keys).next().is_some(), "{keys}");
    }
    let english = [
        "Space",
        "Right",
        "Left",
        "Shift+Right",
        "Shift+Left",
        "Escape",
        "Minus",
    ];
    for english in english.into_iter().chain(["Plus или Equals"]) {
        assert!(
            h.query_all_by_label(english).next().is_none(),
            "{english} in the Russian shortcuts window"
        );
    }
}

#[test]
fn no_words_are_written_in_the_interface_code() {
    // (file, literal, why it may stay)
    const ALLOWED: &[(&str, &str, &str)] = &[
        ("src/app/animate_window.rs", "GIF", "a file type's name"),
        ("src/app/animate_window.rs", "PNG", "a file type's name"),
        (
            "src/app/animate.rs",
            "no date lies between",
            "an error detail, also printed by --animate",
        ),
        (
            "src/app/animate.rs",
            "no story is being told",
            "an error detail, printed by --animate story",
        ),
        (
            "src/app/animate.rs",
            "already written",
            "an error detail, also printed by --animate",
        ),
        ("src/app/actions.rs", "PATH", "an environment variable"),
        (
            "src/app/vector_image.rs",
            "Noto Sans",
            "font names in the SVG",
        ),
        ("src/app/vector_image.rs", "monospace", "a CSS font family"),
        (
            "src/app/vector_image.rs",
            "Copyright 2019 Google",
            "the embedded font's licence, in the SVG",
        ),
        (
            "src/app/vector_image.rs",
            "the map is not shown",
            "an error detail, also printed by --screenshot",
        ),
        (
            "src/app/actions.rs",
            "no story",
            "an error detail printed by --screenshot-dir",
        ),
        (
            "src/app/actions.rs",
            " in the data",
            "an error detail printed by --screenshot-dir",
        ),
        (
            "src/app/story_author.rs",
            "[[slide]]",
            "a TOML table's header",
        ),
        (
            "src/app/capture.rs",
            "the renderer gave",
            "an error detail, also printed by --screenshot",
        ),
        (
            "src/app/capture.rs",
            "cannot write",
            "an error detail, also printed by --screenshot",
        ),
        (
            "src/app/mod.rs",
            "frame {frame_no} begins",
            "a trace mark (CAUCASUS_ATLAS_TRACE)",
        ),
        ("src/app/data_source.rs", "UTC", "a time of day"),
        ("src/app/icon.rs", "packaging/icons", "a file path"),
        (
            "src/app/mod.rs",
            "Abkhazia & South Ossetia",
            "TITLE, the window's name before any language is chosen",
        ),
        (
            "src/ui/details.rs",
            "Abkhaz",
            "a value of the data, matched to its message",
        ),
        (
            "src/ui/details.rs",
            "Ossetian",
            "a value of the data, matched to its message",
        ),
    ];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut stack = vec![root.join("src/ui"), root.join("src/app")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.to_string_lossy().ends_with("tests.rs")
            {
                files.push(path);
            }
        }
    }
    // A literal right after one of these is no interface text.
    let not_text = [
        "t!(",
        "mark(",
        "expect(",
        "panic!(",
        "eprintln!(",
        "id_salt(",
        "Id::new(",
        "with(",
        "include_str!(",
        "include_bytes!(",
        "env!(",
        "reason =",
        ".name(",
        "concat!(",
    ];
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable");
        // The unit tests at the end of a file are no interface.
        let text = text.split("#[cfg(test)]\nmod ").next().unwrap_or_default();
        let text = text
            .split("#[cfg(test)]\n#[path")
            .next()
            .unwrap_or_default();
        let name = path
            .strip_prefix(root)
            .expect("under the root")
            .display()
            .to_string();
        // `say!(id, english, …)` spans lines: its two literals are the catalogue's id and
        // its English, which another test holds to en.ftl word for word.
        let mut say_literals = 0;
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            if line.contains("say!(") {
                say_literals = 2;
            }
            let mut rest = line;
            let mut before = String::new();
            while let Some(start) = rest.find('"') {
                let (head, tail) = rest.split_at(start);
                before.push_str(head);
                let Some(end) = tail[1..].find('"') else {
                    break;
                };
                let literal = &tail[1..1 + end];
                rest = &tail[end + 2..];
                let after_macro = not_text.iter().any(|m| {
                    before
                        .rfind(m)
                        .is_some_and(|i| !before[i + m.len()..].contains('"'))
                        && !(m == &"t!(" && before.ends_with("format!("))
                });
                // Words outside `{…}` placeholders, not an id or a path.
                let mut words = String::new();
                let mut depth = 0;
                for c in literal.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ if depth == 0 => words.push(c),
                        _ => {}
                    }
                }
                let has_words = words
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| w.chars().count() >= 3);
                // An id, a file name or a command line's flag.
                let id_like = words
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.:/-".contains(c))
                    || literal.starts_with("--");
                before.push('"');
                before.push_str(literal);
                before.push('"');
                let in_say = say_literals > 0;
                say_literals = (say_literals - 1).max(0);
                if !has_words || id_like || after_macro || in_say {
                    continue;
                }
                let allowed = ALLOWED
                    .iter()
                    .any(|(f, l, _)| *f == name && literal.contains(l));
                if !allowed {
                    found.push(format!("{name}:{}: {literal:?}", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words not from the catalogues: {found:#?}"
    );
}
