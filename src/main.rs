//! Start-up: parse the command line, then check a folder or open the window.

use caucasus_atlas::app::{AtlasApp, TITLE};
use caucasus_atlas::cli::{self, Options};
use clap::Parser;

fn main() -> std::process::ExitCode {
    let options = Options::parse();
    if let Some(dir) = &options.check {
        let (report, code) = cli::check(dir);
        print!("{report}");
        return std::process::ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        TITLE,
        native,
        Box::new(move |cc| Ok(Box::new(AtlasApp::new(&cc.egui_ctx, &options)))),
    );
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("caucasus-atlas: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
