//! The items as an SVG document: clip groups, paths, rectangles, ellipses and text, each
//! letter with its own `x`; the fonts named, and embedded (base64) where a page font asks for
//! it and its letters are written.

use super::text::{Run, runs};
use super::{Item, Left, Page, items, stroked};
use egui::epaint::ClippedShape;
use egui::{Color32, Pos2, Rect, Stroke};
use std::fmt::Write as _;

/// `shapes` as an SVG document of `page`; also what had to be left out.
pub fn svg(shapes: &[ClippedShape], page: &Page) -> (String, Left) {
    let (items, left) = items(shapes, page);
    let family: Vec<String> = page
        .fonts
        .iter()
        .map(|f| format!("'{}'", f.family))
        .collect();
    let family = family.join(", ");
    let mut body = String::new();
    let mut clips: Vec<Rect> = Vec::new();
    let mut written = String::new();
    for item in &items {
        match item {
            Item::Clip(clip) => {
                if !clips.is_empty() {
                    body.push_str("</g>\n");
                }
                let n = clips.iter().position(|c| c == clip).unwrap_or(clips.len());
                if n == clips.len() {
                    clips.push(*clip);
                }
                let _ = writeln!(body, "<g clip-path=\"url(#c{n})\">");
            }
            Item::Path {
                rings,
                closed,
                fill,
                stroke,
            } => {
                let rule = if *closed {
                    " fill-rule=\"nonzero\""
                } else {
                    ""
                };
                let _ = write!(body, "<path{rule} d=\"");
                for ring in rings {
                    path_data(&mut body, ring, *closed);
                }
                body.push('"');
                fill_and_stroke(&mut body, *fill, *stroke);
            }
            Item::Rect {
                rect,
                radius,
                angle,
                fill,
                stroke,
            } => {
                let _ = write!(body, "<rect {}", xywh(*rect));
                if *radius > 0.0 {
                    let _ = write!(body, " rx=\"{}\"", num(*radius));
                }
                rotate(&mut body, *angle, rect.center());
                fill_and_stroke(&mut body, *fill, *stroke);
            }
            Item::Ellipse {
                center,
                radius,
                angle,
                fill,
                stroke,
            } => {
                let (x, y) = (num(center.x), num(center.y));
                if radius.x == radius.y {
                    let _ = write!(
                        body,
                        "<circle cx=\"{x}\" cy=\"{y}\" r=\"{}\"",
                        num(radius.x)
                    );
                } else {
                    let (rx, ry) = (num(radius.x), num(radius.y));
                    let _ = write!(
                        body,
                        "<ellipse cx=\"{x}\" cy=\"{y}\" rx=\"{rx}\" ry=\"{ry}\""
                    );
                    rotate(&mut body, *angle, *center);
                }
                fill_and_stroke(&mut body, *fill, *stroke);
            }
            Item::Text { shape, halo } => {
                written.push_str(shape.galley.text());
                for run in runs(shape) {
                    text(&mut body, &run, (&family, *halo), (shape.angle, shape.pos));
                }
            }
        }
    }
    if !clips.is_empty() {
        body.push_str("</g>\n");
    }
    (document(page, &clips, &written, &body), left)
}

/// The document around `body`: header, title, fonts, clip rectangles.
fn document(page: &Page, clips: &[Rect], written: &str, body: &str) -> String {
    let r = page.rect;
    let mut doc = String::with_capacity(body.len() + 4096);
    let _ = writeln!(doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        doc,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{}\" height=\"{}\" viewBox=\"{} {} {} {}\">",
        num((r.width() * page.pixels_per_point).round()),
        num((r.height() * page.pixels_per_point).round()),
        num(r.left()),
        num(r.top()),
        num(r.width()),
        num(r.height())
    );
    let _ = writeln!(doc, "<title>{}</title>", escape(&page.title));
    doc.push_str("<defs>\n");
    for f in &page.fonts {
        let Some(covers) = f.svg_embed_for else {
            continue;
        };
        if written.chars().any(covers) {
            use base64::Engine as _;
            let data = base64::engine::general_purpose::STANDARD.encode(f.data);
            let _ = writeln!(
                doc,
                "<!-- {}: {} -->\n<style>@font-face {{ font-family: \"{}\"; src: url(data:font/ttf;base64,{data}) format(\"truetype\"); }}</style>",
                escape(f.family),
                escape(f.licence),
                escape(f.family)
            );
        }
    }
    for (n, c) in clips.iter().enumerate() {
        let _ = writeln!(doc, "<clipPath id=\"c{n}\"><rect {}/></clipPath>", xywh(*c));
    }
    doc.push_str("</defs>\n");
    doc.push_str(body);
    doc.push_str("</svg>\n");
    doc
}

/// A run as a `<text>` element, each letter at its own `x`, turned by `angle` about `about`.
fn text(
    out: &mut String,
    run: &Run,
    (family, halo): (&str, Option<(Color32, f32)>),
    (angle, about): (f32, Pos2),
) {
    out.push_str("<text x=\"");
    for (i, (_, x, _)) in run.letters.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&num(*x));
    }
    let generic = if run.monospace {
        "monospace"
    } else {
        "sans-serif"
    };
    let _ = write!(
        out,
        "\" y=\"{}\" font-size=\"{}\" font-family=\"{}\"",
        num(run.y),
        num(run.size),
        escape(&format!("{family}, {generic}"))
    );
    if run.italics {
        out.push_str(" font-style=\"italic\"");
    }
    attr_color(out, "fill", run.color);
    if let Some((c, width)) = halo {
        attr_color(out, "stroke", c);
        let _ = write!(
            out,
            " stroke-width=\"{}\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
            num(width)
        );
    }
    rotate(out, angle, about);
    out.push_str(" xml:space=\"preserve\">");
    let letters: String = run.letters.iter().map(|(c, _, _)| *c).collect();
    out.push_str(&escape(&letters));
    out.push_str("</text>\n");
}

/// A rectangle's `x`, `y`, `width` and `height` attributes.
fn xywh(r: Rect) -> String {
    format!(
        "x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
        num(r.left()),
        num(r.top()),
        num(r.width()),
        num(r.height())
    )
}

fn rotate(out: &mut String, angle: f32, about: Pos2) {
    if angle != 0.0 {
        let (d, x, y) = (num(angle.to_degrees()), num(about.x), num(about.y));
        let _ = write!(out, " transform=\"rotate({d} {x} {y})\"");
    }
}

/// ` fill=… stroke=…` and the element's end.
fn fill_and_stroke(out: &mut String, fill: Color32, stroke: Stroke) {
    if fill == Color32::TRANSPARENT {
        out.push_str(" fill=\"none\"");
    } else {
        attr_color(out, "fill", fill);
    }
    if stroked(stroke) {
        attr_color(out, "stroke", stroke.color);
        let _ = write!(out, " stroke-width=\"{}\"", num(stroke.width));
    }
    out.push_str("/>\n");
}

/// `M x y L x y …` (and `Z` when closed).
fn path_data(out: &mut String, points: &[Pos2], closed: bool) {
    for (i, p) in points.iter().enumerate() {
        out.push(if i == 0 { 'M' } else { 'L' });
        let _ = write!(out, "{} {}", num(p.x), num(p.y));
    }
    if closed && !points.is_empty() {
        out.push('Z');
    }
}

/// ` name="#rrggbb"` and its opacity when not opaque.
fn attr_color(out: &mut String, name: &str, c: Color32) {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    let _ = write!(out, " {name}=\"#{r:02x}{g:02x}{b:02x}\"");
    if a < 255 {
        let _ = write!(out, " {name}-opacity=\"{}\"", num(f32::from(a) / 255.0));
    }
}

/// A coordinate to a hundredth of a point, without trailing zeros.
pub(super) fn num(v: f32) -> String {
    let v = (v * 100.0).round() / 100.0;
    if v == 0.0 {
        "0".to_owned()
    } else {
        format!("{v}")
    }
}

/// Text as XML character data or an attribute's value.
pub(super) fn escape(s: &str) -> String {
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
