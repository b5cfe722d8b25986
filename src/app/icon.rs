//! The window's icon, set once the first frame is on screen. Given to the window as it opens,
//! the 256×256 icon cost ~5 ms before the first frame (decoding the PNG, then sending a quarter
//! of a megabyte to the X server, measured with `CAUCASUS_ATLAS_TRACE=1`); a window manager
//! that shows it a frame later looks the same to the user.

use std::sync::Arc;

/// The app's icon (the 256×256 one of the desktop entry's icon set).
pub const PNG: &[u8] = include_bytes!(
    "../../packaging/icons/hicolor/256x256/apps/io.github.caucasus_atlas.CaucasusAtlas.png"
);

/// Decode the icon on a thread and hand it to the window (a viewport command, applied after
/// the frame that is being drawn when it arrives).
pub fn set_in_background(ctx: &egui::Context) {
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("icon".to_owned())
        .spawn(move || {
            if let Ok(icon) = eframe::icon_data::from_png_bytes(PNG) {
                ctx.send_viewport_cmd(egui::ViewportCommand::Icon(Some(Arc::new(icon))));
            }
        });
    // No thread, no icon: the window keeps the desktop's default one.
    drop(spawned);
}
