//! The real binary: `--screenshot` under X (Xvfb is started when no display is set), and the
//! command line's usage errors with their exit code.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const EXE: &str = env!("CARGO_BIN_EXE_caucasus-atlas");

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-shot-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// An X display: the session's, or a private Xvfb (killed on drop).
struct Display {
    name: String,
    server: Option<Child>,
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(s) = &mut self.server {
            // SIGTERM, so that Xvfb removes its socket and lock file (a kill leaves them).
            let terminated = Command::new("kill")
                .arg(s.id().to_string())
                .status()
                .is_ok_and(|st| st.success());
            if !terminated {
                let _ = s.kill();
            }
            let _ = s.wait();
        }
    }
}

fn display() -> Display {
    if let Ok(name) = std::env::var("DISPLAY")
        && !name.is_empty()
    {
        return Display { name, server: None };
    }
    // Xvfb picks a free display itself and writes its number when it accepts connections
    // (`-displayfd`): no guessed number, and no race with a socket a killed server left behind.
    let mut server = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1920x1080x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb runs (apt-get install xvfb): this test draws a real window");
    let mut line = String::new();
    if let Some(out) = server.stdout.take() {
        use std::io::BufRead;
        let _ = std::io::BufReader::new(out).read_line(&mut line);
    }
    let n: u32 = line
        .trim()
        .parse()
        .expect("Xvfb reports the display it opened");
    Display {
        name: format!(":{n}"),
        server: Some(server),
    }
}

/// Run the binary with `args` on `display`, with a private home, within two minutes.
fn run(display: &Display, home: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(EXE)
        .args(args)
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_RUNTIME_DIR", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let start = Instant::now();
    while child.try_wait().ok().flatten().is_none() {
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("{args:?} did not exit within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().expect("its output")
}

#[test]
fn screenshots_have_the_asked_size_and_differ_between_two_dates() {
    let dir = scratch("two-dates");
    let x = display();
    let mut images = Vec::new();
    for date in ["2008-08-01", "2008-08-26"] {
        let png = dir.join(format!("{date}.png"));
        let png_arg = png.to_string_lossy().into_owned();
        let out = run(
            &x,
            &dir,
            &[
                "--date",
                date,
                "--screenshot",
                &png_arg,
                "--size",
                "1000x700",
            ],
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{date}: {:?}\n{stderr}", out.status);
        let img = image::open(&png).expect("a PNG").to_rgba8();
        assert_eq!(img.dimensions(), (1000, 700));
        images.push(img);
    }
    let differ = images[0]
        .pixels()
        .zip(images[1].pixels())
        .filter(|(a, b)| a != b)
        .count();
    // The recognitions, the date, the markers and the stamp change: thousands of pixels.
    assert!(differ > 2000, "only {differ} pixels differ");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The window's background (cleared by the renderer, the panels unfilled over it) is the
/// panels' colour of the chosen theme, opaque.
#[test]
fn the_window_background_is_the_panels_colour_in_both_themes() {
    let dir = scratch("background");
    let x = display();
    for (theme, visuals) in [
        ("light", egui::Visuals::light()),
        ("dark", egui::Visuals::dark()),
    ] {
        let png = dir.join(format!("{theme}.png"));
        let png_arg = png.to_string_lossy().into_owned();
        let args = [
            "--theme",
            theme,
            "--screenshot",
            &png_arg,
            "--size",
            "1000x700",
        ];
        let out = run(&x, &dir, &args);
        assert!(out.status.success(), "{theme}: {:?}", out.status);
        let img = image::open(&png).expect("a PNG").to_rgba8();
        let fill = visuals.panel_fill.to_array();
        // The top bar's corner and its right end, the timeline panel right of its buttons, the
        // status line right of its text.
        for (px, py) in [(2, 2), (950, 12), (980, 470), (600, 690)] {
            assert_eq!(img.get_pixel(px, py).0, fill, "{theme} at ({px}, {py})");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_flags_are_usage_errors_that_say_why() {
    let dir = scratch("bad-flags");
    let run_bad = |args: &[&str]| {
        let out = Command::new(EXE)
            .args(args)
            .env("HOME", &dir)
            .output()
            .expect("the binary runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(run_bad(&["--date", "2008-02-30"]).contains("2008-02-30 is not a day of the calendar"));
    let e = run_bad(&["--select", "south_osetia"]);
    assert!(e.contains("did you mean south_ossetia"), "{e}");
    let e = run_bad(&["--slide", "2"]);
    assert!(e.contains("--story"), "{e}");
    let e = run_bad(&["--screenshot-dir", "x"]);
    assert!(e.contains("--story"), "{e}");
    let e = run_bad(&["--size", "10x10"]);
    assert!(e.contains("from 720x480"), "{e}");
    let out = Command::new(EXE).arg("--version").output().expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("caucasus-atlas "));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--story … --screenshot-dir`: one stamped image a slide, from `--slide` to the last; an
/// unknown story is an error that says so, and writes nothing.
#[test]
fn a_story_is_written_one_image_a_slide() {
    let dir = scratch("story");
    let x = display();
    let out_dir = dir.join("slides");
    let out_arg = out_dir.to_string_lossy().into_owned();
    let args = [
        "--story",
        "sukhumi_1989_1993",
        "--slide",
        "7",
        "--screenshot-dir",
        &out_arg,
        "--size",
        "1000x700",
    ];
    let out = run(&x, &dir, &args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}\n{stderr}", out.status);
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .expect("the folder was made")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "sukhumi_1989_1993-07.png",
            "sukhumi_1989_1993-08.png",
            "sukhumi_1989_1993-09.png"
        ]
    );
    let images: Vec<_> = names
        .iter()
        .map(|n| image::open(out_dir.join(n)).expect("a PNG").to_rgba8())
        .collect();
    assert!(images.iter().all(|i| i.dimensions() == (1000, 700)));
    assert_ne!(images[0], images[1]);
    let bad = dir.join("none");
    let bad_arg = bad.to_string_lossy().into_owned();
    let out = run(
        &x,
        &dir,
        &["--story", "no_such_story", "--screenshot-dir", &bad_arg],
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no story \"no_such_story\""), "{stderr}");
    assert!(std::fs::read_dir(&bad).map_or(0, |d| d.count()) == 0);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--animate`: a GIF of a day a frame at the asked size, each frame after the first the part
/// that changed; an animated PNG of a frame a year (the last day last); a span the wrong way
/// round and a missing `--out` are usage errors.
#[test]
fn an_animation_has_a_frame_a_step_at_the_asked_size() {
    let dir = scratch("animate");
    let x = display();
    let gif_path = dir.join("war.gif");
    let gif_arg = gif_path.to_string_lossy().into_owned();
    let args = [
        "--animate",
        "2008-08-07..2008-08-10",
        "--step",
        "day",
        "--fps",
        "4",
        "--out",
        &gif_arg,
        "--size",
        "800x500",
    ];
    let out = run(&x, &dir, &args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}\n{stderr}", out.status);
    assert!(String::from_utf8_lossy(&out.stdout).contains("war.gif (800×500)"));
    let file = std::fs::File::open(&gif_path).map(std::io::BufReader::new);
    let mut decoder = gif::DecodeOptions::new()
        .read_info(file.expect("the GIF"))
        .expect("a GIF");
    assert_eq!((decoder.width(), decoder.height()), (800, 500));
    let mut frames = Vec::new();
    while let Ok(Some(f)) = decoder.read_next_frame() {
        frames.push((f.width, f.height, f.delay));
    }
    assert_eq!(frames.len(), 4);
    assert_eq!(frames.first(), Some(&(800, 500, 25)));
    // The date, the markers and the timeline's cursor change; the rest of the map does not.
    assert!(
        frames.iter().skip(1).all(|f| f.0 < 800 || f.1 < 500),
        "{frames:?}"
    );

    let png_path = dir.join("years.png");
    let png_arg = png_path.to_string_lossy().into_owned();
    let args = [
        "--animate",
        "2006-01-01..2008-12-31",
        "--step",
        "year",
        "--out",
        &png_arg,
        "--size",
        "800x500",
    ];
    let out = run(&x, &dir, &args);
    assert!(out.status.success(), "{:?}", out.status);
    let file = std::fs::File::open(&png_path).map(std::io::BufReader::new);
    let reader = png::Decoder::new(file.expect("the PNG"))
        .read_info()
        .expect("a PNG");
    let info = reader.info();
    assert_eq!((info.width, info.height), (800, 500));
    assert_eq!(info.animation_control.map(|a| a.num_frames), Some(4));

    for (args, says) in [
        (
            &["--animate", "2008-08-10..2008-08-07", "--out", "x.gif"][..],
            "is before",
        ),
        (&["--animate", "2008-08-01..2008-08-02"][..], "--out"),
        (&["--animate", "story", "--out", "x.gif"][..], "--story"),
        (
            &["--animate", "2008-08-01..2008-08-02", "--out", "war.mp4"][..],
            "a .gif, a .png",
        ),
        (
            &["--animate", "1988-08-01..2008-08-02", "--out", "war.gif"][..],
            "the timeline begins on",
        ),
    ] {
        let out = Command::new(EXE)
            .args(args)
            .env("HOME", &dir)
            .output()
            .expect("the binary runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
