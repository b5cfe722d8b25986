//! Laid-out text as SVG text: each row a `<text>` whose every character is placed where egui
//! placed its glyph (an `x` per character), so the picture matches whatever font a viewer
//! finds, and the words stay words to select, search and edit.

use super::{attr_color, num};
use egui::epaint::TextShape;
use egui::{Color32, FontFamily, Galley};
use std::fmt::Write as _;

/// How the text of each egui font family is named in the SVG.
#[derive(Debug, Clone)]
pub struct FontNames {
    /// `font-family` for egui's proportional family.
    pub proportional: String,
    /// `font-family` for egui's monospace family.
    pub monospace: String,
}

/// A halo: the text drawn first in this colour, this wide, around the letters.
pub(super) type Halo = Option<(Color32, f32)>;

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

/// Write `shape` as text elements into `out`.
pub(super) fn write_text(out: &mut String, shape: &TextShape, halo: Halo, fonts: &FontNames) {
    if shape.opacity_factor <= 0.0 || shape.galley.is_empty() {
        return;
    }
    let galley = &shape.galley;
    let sections = glyph_sections(galley);
    let mut at = 0usize;
    let rotate = (shape.angle != 0.0).then(|| shape.angle.to_degrees());
    for placed in &galley.rows {
        let glyphs = &placed.row.glyphs;
        let row_sections = sections.get(at..at + glyphs.len()).unwrap_or(&[]);
        at += glyphs.len();
        // A run: glyphs of one section, written as one element.
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
            let color = color.gamma_multiply(shape.opacity_factor);
            let family = match format.font_id.family {
                FontFamily::Monospace => &fonts.monospace,
                _ => &fonts.proportional,
            };
            let origin = shape.pos + placed.pos.to_vec2();
            let y = run.first().map_or(0.0, |g| origin.y + g.pos.y);
            out.push_str("<text x=\"");
            for (i, g) in run.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&num(origin.x + g.pos.x));
            }
            let _ = write!(
                out,
                "\" y=\"{}\" font-size=\"{}\" font-family=\"{}\"",
                num(y),
                num(format.font_id.size),
                escape(family)
            );
            if format.italics {
                out.push_str(" font-style=\"italic\"");
            }
            attr_color(out, "fill", color);
            if let Some((c, width)) = halo {
                attr_color(out, "stroke", c);
                let _ = write!(
                    out,
                    " stroke-width=\"{}\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
                    num(width)
                );
            }
            if let Some(deg) = rotate {
                let _ = write!(
                    out,
                    " transform=\"rotate({} {} {})\"",
                    num(deg),
                    num(shape.pos.x),
                    num(shape.pos.y)
                );
            }
            out.push_str(" xml:space=\"preserve\">");
            let text: String = run.iter().map(|g| g.chr).collect();
            out.push_str(&escape(&text));
            out.push_str("</text>\n");
        }
    }
}

/// Text as XML character data or an attribute's value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot hold at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}
