//! Laid-out text as runs of letters, each where egui placed its glyph: a row of one format
//! (size, colour) is one run. Both writers draw from them, so the drawing matches the screen
//! whatever font a viewer finds, and the words stay words to select, search and copy.

use egui::epaint::TextShape;
use egui::{Color32, FontFamily, Galley};

/// One row's letters of one format.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The baseline, in page coordinates (before the shape's rotation).
    pub y: f32,
    /// Each letter, where its glyph starts and how far it advances.
    pub letters: Vec<(char, f32, f32)>,
    /// Font size in points.
    pub size: f32,
    /// The colour drawn (override, placeholder and opacity resolved).
    pub color: Color32,
    /// egui's monospace family.
    pub monospace: bool,
    /// Slanted.
    pub italics: bool,
}

/// The section (format) each glyph was laid out with, in the rows' order. egui keeps no
/// glyph's section after layout, so the job's text is walked beside the glyphs: each glyph is
/// the next character of its text that it shows (a newline shows none; an elided row's `…`
/// matches nothing and keeps the section before it).
fn glyph_sections(galley: &Galley) -> Vec<usize> {
    let job = &galley.job;
    let mut chars = job.text.char_indices().peekable();
    let mut section = 0;
    let mut out = Vec::new();
    for glyph in galley.rows.iter().flat_map(|r| r.row.glyphs.iter()) {
        let mut probe = chars.clone();
        while let Some((at, c)) = probe.next() {
            if c == glyph.chr {
                section = job
                    .sections
                    .iter()
                    .position(|s| (s.byte_range.start.0..s.byte_range.end.0).contains(&at))
                    .unwrap_or(section);
                chars = probe;
                break;
            }
            if c != '\n' && c != '\r' {
                break; // not this glyph's character: keep the place and the section
            }
        }
        out.push(section);
    }
    out
}

/// The runs of a text shape; rows of nothing but spaces are left out.
pub fn runs(shape: &TextShape) -> Vec<Run> {
    let mut out = Vec::new();
    if shape.opacity_factor <= 0.0 || shape.galley.is_empty() {
        return out;
    }
    let galley = &shape.galley;
    let sections = glyph_sections(galley);
    let mut at = 0usize;
    for placed in &galley.rows {
        let glyphs = &placed.row.glyphs;
        let row_sections = sections.get(at..at + glyphs.len()).unwrap_or(&[]);
        at += glyphs.len();
        let origin = shape.pos + placed.pos.to_vec2();
        let mut start = 0;
        while start < glyphs.len() {
            let section = row_sections.get(start).copied().unwrap_or(0);
            let end = (start..glyphs.len())
                .find(|&i| row_sections.get(i).copied().unwrap_or(0) != section)
                .unwrap_or(glyphs.len());
            let run = glyphs.get(start..end).unwrap_or(&[]);
            start = end;
            let Some(format) = galley.job.sections.get(section).map(|s| &s.format) else {
                continue;
            };
            if run.iter().all(|g| g.chr.is_whitespace()) {
                continue;
            }
            let color = match shape.override_text_color {
                Some(c) => c,
                None if format.color == Color32::PLACEHOLDER => shape.fallback_color,
                None => format.color,
            };
            out.push(Run {
                y: run.first().map_or(origin.y, |g| origin.y + g.pos.y),
                letters: run
                    .iter()
                    .map(|g| (g.chr, origin.x + g.pos.x, g.advance_width))
                    .collect(),
                size: format.font_id.size,
                color: color.gamma_multiply(shape.opacity_factor),
                monospace: format.font_id.family == FontFamily::Monospace,
                italics: format.italics,
            });
        }
    }
    out
}
