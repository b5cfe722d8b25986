//! *File › Export animation…* on the running app (egui_kittest, which renders the frames the
//! app asks pixels of).

use crate::common;

use caucasus_atlas::AtlasApp;
use caucasus_atlas::cli::Options;
use caucasus_atlas::export::animation::{AnimationAsk, Step, frame_dates};
use clap::Parser;
use common::d;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::path::PathBuf;

fn start(args: &[&str]) -> Harness<'static, AtlasApp> {
    start_at(args, [1000.0, 700.0])
}

fn start_at(args: &[&str], size: [f32; 2]) -> Harness<'static, AtlasApp> {
    let mut all = vec!["caucasus-atlas"];
    all.extend_from_slice(args);
    let o = Options::try_parse_from(all).expect("valid flags in the test");
    let mut h = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| common::start_app(&cc.egui_ctx, &o, None));
    h.run();
    h
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-anim-ui-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn ask(target: PathBuf) -> AnimationAsk {
    AnimationAsk {
        target,
        from: d("2008-08-07"),
        to: d("2008-08-09"),
        step: Step::Day,
        fps: 5,
        size: None,
        story: false,
    }
}

/// Step until the status line says `text` (an animation ends within a few frames a date).
fn until_said(h: &mut Harness<'static, AtlasApp>, text: &str) {
    for _ in 0..200 {
        h.step();
        if h.query_by_label_contains(text).is_some() {
            return;
        }
    }
    panic!("the status line never said {text:?}");
}

/// The text field holding `value`.
fn field<'h>(h: &'h Harness<'static, AtlasApp>, value: &'h str) -> Option<egui_kittest::Node<'h>> {
    h.query_all_by_value(value)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)
}

#[test]
fn the_window_proposes_the_timelines_span_and_refuses_dates_out_of_order() {
    let mut h = start(&["--date", "2008-08-12"]);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export animation…").click();
    h.run();
    let time = h.state().time().cloned().expect("a timeline");
    let from = time.view_start.to_string();
    assert!(field(&h, &from).is_some(), "From holds {from}");
    // The whole timeline at a frame a year.
    let frames = frame_dates(time.view_start, time.view_end, Step::Year).len();
    assert!(
        h.query_by_label_contains(&format!("{frames} frames, "))
            .is_some(),
        "{frames} frames"
    );
    // A last date that is no date: no export.
    let to = time.view_end.to_string();
    field(&h, &to).expect("To holds the span's end").click();
    h.run();
    field(&h, &to).expect("To, focused").type_text("x");
    h.run();
    assert!(
        h.query_by_label_contains("the first not after the second")
            .is_some()
    );
    assert!(h.get_by_label("Export…").accesskit_node().is_disabled());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Export animation").is_none());
}

#[test]
fn an_animation_is_a_frame_a_date_and_puts_the_users_date_back() {
    let dir = scratch("gif");
    let path = dir.join("war.gif");
    let mut h = start(&["--date", "2008-08-12"]);
    h.state_mut().start_animation(ask(path.clone()));
    h.step();
    h.step();
    assert!(
        h.query_by_label_contains("Exporting war.gif: frame 1 of 3")
            .is_some(),
        "the strip says how far it is"
    );
    until_said(&mut h, "3 frames of");
    assert_eq!(h.state().date(), Some(d("2008-08-12")));
    let file = std::fs::File::open(&path).map(std::io::BufReader::new);
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options.read_info(file.expect("the GIF")).expect("a GIF");
    // The window's width; its height less the strip over the frames.
    assert_eq!(decoder.width(), 1000);
    assert!(
        (600..700).contains(&decoder.height()),
        "{}",
        decoder.height()
    );
    let mut frames = 0;
    while let Ok(Some(f)) = decoder.read_next_frame() {
        frames += 1;
        assert_eq!(f.delay, 20, "a fifth of a second");
    }
    assert_eq!(frames, 3);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn escape_cancels_an_animation_and_leaves_nothing() {
    let dir = scratch("cancel");
    let mut h = start(&["--date", "2008-08-12"]);
    h.state_mut().start_animation(ask(dir.join("war.png")));
    h.step();
    h.step();
    h.key_press(Key::Escape);
    until_said(&mut h, "Animation cancelled");
    assert_eq!(h.state().date(), Some(d("2008-08-12")));
    let left: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "left behind: {left:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_story_animates_a_frame_a_slide_each_held_for_its_seconds() {
    let dir = scratch("story");
    let path = dir.join("sukhumi.gif");
    let mut h = start(&["--story", "sukhumi_1989_1993", "--slide", "3"]);
    let slides: Vec<u16> = h
        .state()
        .data()
        .and_then(|d| d.stories.get("sukhumi_1989_1993"))
        .map(|s| {
            s.slides
                .iter()
                .map(|x| (x.seconds * 100.0) as u16)
                .collect()
        })
        .expect("the shipped story");
    h.state_mut().start_animation(AnimationAsk {
        story: true,
        ..ask(path.clone())
    });
    for _ in 0..3 {
        h.step();
    }
    let bar = format!("Slide 1 of {}", slides.len());
    assert!(
        h.query_by_label_contains(&bar).is_some(),
        "the story's bar is in the frames"
    );
    until_said(&mut h, &format!("{} frames of", slides.len()));
    assert_eq!(
        h.state().story_at(),
        Some(("sukhumi_1989_1993", 3)),
        "back at slide 3"
    );
    let file = std::fs::File::open(&path).map(std::io::BufReader::new);
    let mut decoder = gif::DecodeOptions::new()
        .read_info(file.expect("the GIF"))
        .expect("a GIF");
    let mut delays = Vec::new();
    while let Ok(Some(f)) = decoder.read_next_frame() {
        delays.push(f.delay);
    }
    assert_eq!(delays, slides);
    // The whole window, the story's bar in it: as tall as the window less the strip.
    assert!(decoder.height() > 640, "{}", decoder.height());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A window opened over the map is over its overlays: nothing covers its title (the point of
/// view's banner, an area at the map's top left, once did, longest in Georgian).
#[test]
fn the_window_is_over_the_maps_banner() {
    let mut h = start_at(
        &["--ui-lang", "ka", "--story", "august_2008"],
        [1280.0, 800.0],
    );
    h.get_by_label("ფაილი").click();
    h.run();
    h.get_by_label("ანიმაციის ექსპორტი…").click();
    h.run();
    let title = h
        .query_all_by_label("ანიმაციის ექსპორტი")
        .map(|n| n.rect())
        .find(|r| r.width() > 0.0)
        .expect("the window's title");
    let banner = h
        .query_all_by_label_contains("თითოეული მხარე")
        .map(|n| n.rect())
        .next()
        .expect("the banner");
    assert!(banner.intersects(title), "the test needs them to overlap");
    let covered = title.intersect(banner).center();
    let layer = h.ctx.layer_id_at(covered).expect("a layer there");
    assert_eq!(layer.order, egui::Order::Foreground, "{layer:?}");
    let window = h.ctx.layer_id_at(title.center());
    assert_eq!(Some(layer), window, "the title's layer is the window's");
}
