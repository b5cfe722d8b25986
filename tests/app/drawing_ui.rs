//! *Save image* as SVG on the running app: the dialog offers it, and the drawing holds the
//! map's shapes as paths and its names as text, Georgian with its font. (CI also renders the
//! file of `--screenshot FILE.svg` with `rsvg-convert` and compares it with the PNG of the same
//! view: `tools/read-exports.sh`.)

use crate::common;

use caucasus_atlas::cli::Options;
use caucasus_atlas::{AtlasApp, ImageKind, SaveImage};
use clap::Parser;
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

fn start(args: &[&str]) -> Harness<'static, AtlasApp> {
    let mut all = vec!["caucasus-atlas"];
    all.extend_from_slice(args);
    let o = Options::try_parse_from(all).expect("valid flags in the test");
    let mut h = Harness::builder()
        .with_size([1000.0, 700.0])
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| common::start_app(&cc.egui_ctx, &o, None));
    h.run();
    h
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-svg-ui-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// Save the map as `kind` to `path` (as *Save image* does once its file dialog answered) and
/// step until the file is there (or 40 frames went by).
fn save(h: &mut Harness<'static, AtlasApp>, path: &Path, kind: ImageKind, stamp: bool) {
    let choice = SaveImage {
        size: None,
        stamp,
        kind,
    };
    h.state_mut().save_image_to(path.to_owned(), choice);
    for _ in 0..40 {
        h.step();
        if path.exists() {
            break;
        }
    }
    h.run();
}

/// The characters of every `<text>` element, one string an element.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| t.split_once('>'))
        .filter_map(|(_, rest)| rest.split_once("</text>"))
        .map(|(text, _)| text.to_owned())
        .collect()
}

#[test]
fn the_map_is_saved_as_a_drawing_with_its_names_as_text() {
    let mut h = start(&["--date", "2008-08-12", "--ui-lang", "ka"]);
    // The dialog offers both kinds.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(
        h.query_by_label_contains("SVG: რუკა ვექტორულ ნახაზად")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("PNG: რუკისა და დროის ხაზის სურათი")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("PDF: რუკა დასაბეჭდ გვერდად")
            .is_some()
    );
    let dir = scratch("save");
    let path = dir.join("map.svg");
    save(&mut h, &path, ImageKind::Svg, true);
    let svg = std::fs::read_to_string(&path).expect("the drawing is written");
    assert!(svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
    let words = texts(&svg);
    for name in ["საქართველო", "თბილისი", "სოხუმი"] {
        assert!(words.iter().any(|w| w == name), "{name} is text: {words:?}");
    }
    assert!(
        words.iter().any(|w| w.contains("12 აგვისტო, 2008")),
        "the stamp's date is text: {words:?}"
    );
    assert!(
        !words.iter().any(|w| w == "+"),
        "no zoom buttons on a drawing"
    );
    assert!(svg.contains("@font-face { font-family: \"Noto Sans Georgian\""));
    // Regions, neighbours, the sea's lakes and control areas: one path a colour of a mesh.
    let fills = svg.matches("<path fill-rule=\"nonzero\"").count();
    assert!(fills >= 5, "{fills} filled paths");
    // Written whole: no temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("map.svg")]);
    // The window is back as it was, and says where the drawing went.
    assert!(h.query_by_label_contains("map.svg").is_some());
    // The same as a PDF page: the two fonts embedded (as subsets), the stamp as its title.
    let pdf = dir.join("map.pdf");
    save(&mut h, &pdf, ImageKind::Pdf, true);
    let bytes = std::fs::read(&pdf).expect("the PDF is written");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(
        text.matches("/FontFile2").count(),
        2,
        "Noto Sans and Noto Sans Georgian"
    );
    assert!(text.contains("/Title"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_drawing_that_cannot_be_written_says_why_and_leaves_nothing() {
    let mut h = start(&[]);
    let dir = scratch("unwritable");
    let path = dir.join("no-such-folder").join("map.svg");
    save(&mut h, &path, ImageKind::Svg, false);
    assert!(!path.exists());
    assert!(
        h.query_by_label_contains("Image not saved").is_some(),
        "the status line says it failed"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
