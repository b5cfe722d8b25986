//! The map as an SVG drawing (`--screenshot FILE.svg`, *Save image* as SVG): the shapes of
//! the frame drawn for it, from the map's corner to the opposite one (the map, its legend,
//! scale bar, banner and stamp), its names as text in the app's fonts, Georgian embedded.

use super::capture::Outcome;
use super::session::Session;
use crate::load::embedded::fonts;
use crate::vector::{Embedded, FontNames, Page};
use std::path::Path;

/// Georgian letters: Mkhedruli and Asomtavruli, Mtavruli, Nuskhuri.
fn georgian(c: char) -> bool {
    matches!(c, '\u{10A0}'..='\u{10FF}' | '\u{1C90}'..='\u{1CBF}' | '\u{2D00}'..='\u{2D2F}')
}

/// How the text of the drawing is named: the app's own fonts first (Noto Sans is common;
/// Noto Sans Georgian is embedded), then what the viewer has. Every letter is placed where
/// the app placed it, so another font changes the letters' look, not the layout.
fn page_of(session: &Session, ctx: &egui::Context) -> Option<Page> {
    let rect = session.map.state.viewport?;
    let title = session.stamp_lines().into_iter().next().unwrap_or_default();
    Some(Page {
        rect,
        pixels_per_point: ctx.pixels_per_point(),
        fonts: FontNames {
            proportional: "'Noto Sans', 'Noto Sans Georgian', sans-serif".to_owned(),
            monospace: "'Hack', 'DejaVu Sans Mono', 'Noto Sans Georgian', monospace".to_owned(),
        },
        embed: vec![Embedded {
            family: "Noto Sans Georgian",
            data: fonts::NOTO_SANS_GEORGIAN,
            covers: georgian,
            licence: "Noto Sans Georgian 2.001, Copyright 2019 Google LLC, SIL Open Font License 1.1 (https://openfontlicense.org)",
        }],
        title,
    })
}

/// Write this frame's map as SVG to `path` (whole or not at all). Call at the end of the
/// frame, after every panel painted.
pub(super) fn write_svg(ctx: &egui::Context, session: &Session, path: &Path) -> Outcome {
    let page = page_of(session, ctx).ok_or_else(|| "the map is not shown".to_owned())?;
    let shapes = crate::vector::frame_shapes(ctx);
    let (svg, left) = crate::vector::document(&shapes, &page);
    crate::trace::mark("svg written");
    if left.images > 0 {
        crate::trace::mark("svg: images left out");
    }
    crate::export::write_whole(path, svg.as_bytes()).map_err(|e| e.to_string())?;
    let size = |v: f32| (v * page.pixels_per_point).round().max(0.0) as u32;
    Ok((
        path.to_owned(),
        [size(page.rect.width()), size(page.rect.height())],
    ))
}
