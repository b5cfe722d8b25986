//! The map as a vector drawing, SVG or PDF (`--screenshot FILE.svg|FILE.pdf`, *Save image*):
//! the shapes of the frame drawn for it, from the map's corner to the opposite one (the map,
//! its legend, scale bar, banner and stamp), its names as text in the app's fonts.

use super::capture::{ImageKind, Outcome};
use super::session::Session;
use crate::load::embedded::fonts;
use crate::vector::{Page, PageFont};
use std::path::Path;

/// Georgian letters: Mkhedruli and Asomtavruli, Mtavruli, Nuskhuri.
fn georgian(c: char) -> bool {
    matches!(c, '\u{10A0}'..='\u{10FF}' | '\u{1C90}'..='\u{1CBF}' | '\u{2D00}'..='\u{2D2F}')
}

/// The app's two fonts, in the order egui looks for a letter in them. Every letter is placed
/// where the app placed it, so a viewer's other font changes the letters' look, not the
/// layout. An SVG names Noto Sans (common) and embeds Noto Sans Georgian (rare) when Georgian
/// is written; a PDF embeds the letters it uses of both.
const FONTS: [PageFont; 2] = [
    PageFont {
        family: "Noto Sans",
        data: fonts::NOTO_SANS,
        svg_embed_for: None,
        licence: "Noto Sans 2.004, Copyright 2015 Google LLC, SIL Open Font License 1.1 (https://openfontlicense.org)",
    },
    PageFont {
        family: "Noto Sans Georgian",
        data: fonts::NOTO_SANS_GEORGIAN,
        svg_embed_for: Some(georgian),
        licence: "Noto Sans Georgian 2.001, Copyright 2019 Google LLC, SIL Open Font License 1.1 (https://openfontlicense.org)",
    },
];

fn page_of(session: &Session, ctx: &egui::Context) -> Option<Page> {
    let rect = session.map.state.viewport?;
    let title = session.stamp_lines().into_iter().next().unwrap_or_default();
    Some(Page {
        rect,
        pixels_per_point: ctx.pixels_per_point(),
        fonts: FONTS.to_vec(),
        title,
    })
}

/// Write this frame's map to `path` as `kind` says (whole or not at all). Call at the end
/// of the frame, after every panel painted.
pub(super) fn write(
    ctx: &egui::Context,
    session: &Session,
    path: &Path,
    kind: ImageKind,
) -> Outcome {
    let page = page_of(session, ctx).ok_or_else(|| "the map is not shown".to_owned())?;
    let shapes = crate::vector::frame_shapes(ctx);
    let (bytes, left) = match kind {
        ImageKind::Pdf => crate::vector::pdf(&shapes, &page)?,
        ImageKind::Svg | ImageKind::Png => {
            let (svg, left) = crate::vector::svg(&shapes, &page);
            (svg.into_bytes(), left)
        }
    };
    crate::trace::mark(&format!("drawing made: {left:?} left out"));
    crate::export::write_whole(path, &bytes).map_err(|e| e.to_string())?;
    let size = |v: f32| (v * page.pixels_per_point).round().max(0.0) as u32;
    Ok((
        path.to_owned(),
        [size(page.rect.width()), size(page.rect.height())],
    ))
}
