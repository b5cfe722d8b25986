//! Start-up: parse the command line, then check a folder, or open the window (and, for
//! `--screenshot`, close it again once the image is written).

// On Windows a double-click opens the map and no console window beside it; run from a
// terminal, the command line's output still goes there (`attach_to_terminal`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use caucasus_atlas::AssetSet;
use caucasus_atlas::Dataset;
use caucasus_atlas::cli::{self, Options};
use caucasus_atlas::{AtlasApp, Preload, TITLE, vet_settings};
use clap::{CommandFactory, Parser};
use std::process::ExitCode;

/// The app id: the desktop entry's name and the Wayland/X11 class, so the window is matched
/// to its launcher and icon.
const APP_ID: &str = "io.github.caucasus_atlas.CaucasusAtlas";

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_to_terminal();
    caucasus_atlas::trace::start();
    let mut options = Options::parse();
    if let Some(dir) = &options.check {
        let (report, code) = cli::check(dir);
        print!("{report}");
        return ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    if let Some([format, dir]) = options.export_data.as_deref() {
        let dir = std::path::Path::new(dir);
        let (report, code) = cli::export_data(format, dir, options.data.as_deref(), options.date);
        match code {
            0 => print!("{report}"),
            _ => eprint!("{report}"),
        }
        return ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    caucasus_atlas::trace::mark("options parsed");
    let preload = match options.select.clone() {
        Some(id) => {
            // Checked against the data the window will show, before it opens: a typo is a
            // usage error (exit 2), as clap reports its own.
            let loaded = match &options.data {
                Some(dir) => AssetSet::from_folder(dir).and_then(|s| Dataset::load(&s)),
                None => Dataset::embedded(),
            };
            if let Ok(data) = &loaded {
                match cli::resolve_select(&id, data) {
                    // A name stands for its id from here on.
                    Ok(id) => options.select = Some(id),
                    Err(msg) => Options::command()
                        .error(
                            clap::error::ErrorKind::InvalidValue,
                            format!("--select: {msg}"),
                        )
                        .exit(),
                }
            }
            match options.data {
                Some(_) => Preload::spawn(),
                None => Preload::Ready(Box::new(loaded)),
            }
        }
        None => Preload::spawn(),
    };
    let [w, h] = options.size.unwrap_or([1280, 800]);
    // No icon here: the app sets it once the first frame is up (`app::icon`).
    let viewport = egui::ViewportBuilder::default()
        .with_title(TITLE)
        .with_app_id(APP_ID)
        .with_inner_size([w as f32, h as f32])
        .with_min_inner_size([cli::MIN_SIZE[0] as f32, cli::MIN_SIZE[1] as f32]);
    let screenshot = options.captures();
    // eframe restores the window and egui's zoom from its settings file before the app runs:
    // what cannot be used there is reset first (a bad zoom panicked in winit at every start).
    let repaired = if screenshot {
        None
    } else {
        eframe::storage_dir(APP_ID).and_then(|dir| vet_settings(&dir.join("app.ron")))
    };
    let native = eframe::NativeOptions {
        viewport,
        // A screenshot run neither restores nor saves the window's place, and reads egui's
        // memory (panel widths) from an empty place: its image depends on the flags alone.
        persist_window: !screenshot,
        // Dithering hides banding in gradients; the app draws flat colours, where it changes
        // nothing visible (compared at 2×), and its noise cost Mesa's software renderer ~4 ms
        // of the first frame (every shaded pixel runs it).
        dithering: false,
        persistence_path: screenshot.then(|| {
            std::env::temp_dir().join(format!("caucasus-atlas-screenshot-{}", std::process::id()))
        }),
        ..Default::default()
    };
    let mut outcome = None;
    caucasus_atlas::trace::mark("run_native");
    let result = eframe::run_native(
        APP_ID,
        native,
        Box::new(|cc| {
            caucasus_atlas::trace::mark("window and renderer ready");
            let mut app = AtlasApp::new(cc, &options, preload);
            app.report_repaired(repaired);
            caucasus_atlas::trace::mark("app built (fonts, embedded data)");
            outcome = app.screenshot_outcome();
            Ok(Box::new(app))
        }),
    );
    if let Err(e) = result {
        eprintln!("caucasus-atlas: {e}");
        return ExitCode::FAILURE;
    }
    let Some(slot) = outcome else {
        return ExitCode::SUCCESS;
    };
    let flag = if options.animate.is_some() {
        "--animate"
    } else {
        "--screenshot"
    };
    match slot.lock().ok().and_then(|mut s| s.take()) {
        Some(Ok((path, [w, h]))) => {
            println!("{} ({w}×{h})", path.display());
            ExitCode::SUCCESS
        }
        Some(Err(e)) => {
            eprintln!("caucasus-atlas: {flag}: {e}");
            ExitCode::FAILURE
        }
        None => {
            eprintln!("caucasus-atlas: {flag}: the window closed before it was written");
            ExitCode::FAILURE
        }
    }
}

/// A Windows program without a console of its own (the `windows` subsystem) prints nowhere:
/// started from a terminal (`cmd`, PowerShell), it attaches to that terminal's console, so
/// that `--help`, `--version`, `--check` and errors are read there. Started by a double-click
/// there is no parent console; nothing changes.
#[cfg(windows)]
fn attach_to_terminal() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id (here the parent's, by a constant) and touches
    // no memory of ours; when it fails (no parent console) the process is as it was.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
