//! A frame's painted shapes as an SVG document: what egui was asked to paint (fills, lines,
//! circles, rectangles, laid-out text), in its order and clip rectangles, written as vector
//! elements instead of pixels. The map drawn this way is the same drawing as on screen, at any
//! print size: regions as paths, names as text, each where egui placed it.

mod fill;
mod text;

use fill::fills;
pub use text::{FontNames, escape};

use egui::epaint::{ClippedShape, ColorMode, PathStroke, RectShape, TextShape};
use egui::{Color32, Order, Pos2, Rect, Shape, Stroke, StrokeKind, TextureId};
use std::fmt::Write as _;

/// A font embedded in the document for the characters it covers (a viewer without it would
/// show boxes: Georgian letters on most machines).
#[derive(Debug, Clone, Copy)]
pub struct Embedded {
    /// The family name the text asks for.
    pub family: &'static str,
    /// The TrueType file.
    pub data: &'static [u8],
    /// Whether a character is one this font is embedded for.
    pub covers: fn(char) -> bool,
    /// The font's licence, said in a comment beside it.
    pub licence: &'static str,
}

/// What the document shows and how its text is named.
#[derive(Debug, Clone)]
pub struct Page {
    /// The part of the window the document shows, in points.
    pub rect: Rect,
    /// Pixels per point: the document's width and height are the picture's pixels.
    pub pixels_per_point: f32,
    /// The `font-family` of each egui family.
    pub fonts: FontNames,
    /// Fonts embedded when the text uses them.
    pub embed: Vec<Embedded>,
    /// The document's title (the stamp's first line).
    pub title: String,
}

/// What was left out of a document because SVG has no element for it here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Left {
    /// Images (textured meshes and rectangles) and backend callbacks.
    pub images: usize,
    /// Blurred rectangles (shadows).
    pub shadows: usize,
}

/// The shapes painted so far this frame, in the order egui will paint them, in window
/// coordinates: read at the end of the frame, after every panel and area painted.
pub fn frame_shapes(ctx: &egui::Context) -> Vec<ClippedShape> {
    let layers: Vec<egui::LayerId> = ctx.memory(|m| m.layer_ids().collect());
    let mut out = Vec::new();
    for order in [
        Order::Background,
        Order::Middle,
        Order::Foreground,
        Order::Tooltip,
        Order::Debug,
    ] {
        // Panels paint on the background layer, which no area lists.
        let mut ids: Vec<egui::LayerId> = layers
            .iter()
            .copied()
            .filter(|l| l.order == order)
            .collect();
        if order == Order::Background && !ids.contains(&egui::LayerId::background()) {
            ids.insert(0, egui::LayerId::background());
        }
        for id in ids {
            let transform = ctx.layer_transform_to_global(id);
            ctx.graphics(|g| {
                for clipped in g.get(id).into_iter().flat_map(|list| list.all_entries()) {
                    let mut c = clipped.clone();
                    if let Some(t) = transform {
                        c.transform(t);
                    }
                    if c.transform_after_tessellation != egui::emath::TSTransform::IDENTITY {
                        c.shape.transform(c.transform_after_tessellation);
                    }
                    out.push(c);
                }
            });
        }
    }
    out
}

/// `shapes` as an SVG document of `page`; also what had to be left out.
pub fn document(shapes: &[ClippedShape], page: &Page) -> (String, Left) {
    let mut w = Writer {
        page,
        body: String::new(),
        clips: Vec::new(),
        open_clip: None,
        left: Left::default(),
        text_seen: String::new(),
    };
    let flat = flatten(shapes);
    let mut i = 0;
    while let Some((clip, shape)) = flat.get(i) {
        // egui's halo: the same laid-out text four times in one colour a point around it, then
        // once on top: one text element with a stroke.
        if let Some((halo, step)) = halo_at(&flat, i) {
            if let Some((_, Shape::Text(t))) = flat.get(i + step) {
                w.text(*clip, t, Some(halo));
            }
            i += step + 1;
            continue;
        }
        w.shape(*clip, shape);
        i += 1;
    }
    w.close_clip();
    (w.finish(), w.left)
}

/// The shapes of nested `Shape::Vec`s one by one, each with its clip rectangle.
fn flatten(shapes: &[ClippedShape]) -> Vec<(Rect, &Shape)> {
    fn push<'a>(out: &mut Vec<(Rect, &'a Shape)>, clip: Rect, s: &'a Shape) {
        match s {
            Shape::Vec(v) => v.iter().for_each(|s| push(out, clip, s)),
            Shape::Noop => {}
            s => out.push((clip, s)),
        }
    }
    let mut out = Vec::with_capacity(shapes.len());
    for c in shapes {
        push(&mut out, c.clip_rect, &c.shape);
    }
    out
}

/// A halo starting at `i`: four copies of a galley in one colour, one point around where the
/// fifth draws it. Returns the halo and how many copies precede the text.
fn halo_at(flat: &[(Rect, &Shape)], i: usize) -> Option<((Color32, f32), usize)> {
    const COPIES: usize = 4;
    let Some((_, Shape::Text(top))) = flat.get(i + COPIES) else {
        return None;
    };
    let mut colour = None;
    for k in 0..COPIES {
        let Some((_, Shape::Text(t))) = flat.get(i + k) else {
            return None;
        };
        let same = std::sync::Arc::ptr_eq(&t.galley, &top.galley);
        let off = t.pos - top.pos;
        let near = off.x.abs() <= 1.01 && off.y.abs() <= 1.01 && off != egui::Vec2::ZERO;
        let c = t.override_text_color?;
        if !same || !near || colour.is_some_and(|h| h != c) {
            return None;
        }
        colour = Some(c);
    }
    colour.map(|c| ((c, 2.0), COPIES))
}

struct Writer<'a> {
    page: &'a Page,
    body: String,
    /// The clip rectangles defined so far (`c0`, `c1`, …).
    clips: Vec<Rect>,
    /// The clip group open in `body`.
    open_clip: Option<Rect>,
    left: Left,
    /// Every character written as text (which fonts to embed).
    text_seen: String,
}

impl Writer<'_> {
    /// Open the group clipping to `clip` (within the page) unless it is open; `false` when
    /// nothing of the clip shows.
    fn clip_to(&mut self, clip: Rect) -> bool {
        let clip = clip.intersect(self.page.rect);
        if !clip.is_positive() {
            return false;
        }
        if self.open_clip == Some(clip) {
            return true;
        }
        self.close_clip();
        let n = match self.clips.iter().position(|&c| c == clip) {
            Some(n) => n,
            None => {
                self.clips.push(clip);
                self.clips.len() - 1
            }
        };
        let _ = writeln!(self.body, "<g clip-path=\"url(#c{n})\">");
        self.open_clip = Some(clip);
        true
    }

    fn close_clip(&mut self) {
        if self.open_clip.take().is_some() {
            self.body.push_str("</g>\n");
        }
    }

    fn text(&mut self, clip: Rect, t: &TextShape, halo: text::Halo) {
        if !t
            .visual_bounding_rect()
            .intersects(clip.intersect(self.page.rect))
            || !self.clip_to(clip)
        {
            return;
        }
        self.text_seen.push_str(t.galley.text());
        text::write_text(&mut self.body, t, halo, &self.page.fonts);
    }

    fn shape(&mut self, clip: Rect, shape: &Shape) {
        if let Shape::Text(t) = shape {
            return self.text(clip, t, None);
        }
        if !shape
            .visual_bounding_rect()
            .intersects(clip.intersect(self.page.rect))
            || !self.clip_to(clip)
        {
            return;
        }
        if let Shape::Rect(r) = shape {
            return self.rect(r);
        }
        let out = &mut self.body;
        match shape {
            Shape::Circle(c) => {
                // egui strokes a circle outside its radius; SVG across it. An opaque stroke
                // hides the fill beneath its inner half: one element, else two.
                let stroked = c.stroke.width > 0.0 && c.stroke.color != Color32::TRANSPARENT;
                let one = !stroked || c.stroke.color.a() == 255 || c.fill == Color32::TRANSPARENT;
                let circle = |out: &mut String, r: f32| {
                    let (x, y) = (num(c.center.x), num(c.center.y));
                    let _ = write!(out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{}\"", num(r));
                };
                let outer = c.radius + if stroked { c.stroke.width / 2.0 } else { 0.0 };
                if one {
                    circle(out, outer);
                    fill_and_stroke(out, c.fill, c.stroke);
                } else {
                    circle(out, c.radius);
                    fill_and_stroke(out, c.fill, Stroke::NONE);
                    circle(out, outer);
                    fill_and_stroke(out, Color32::TRANSPARENT, c.stroke);
                }
            }
            Shape::Ellipse(e) => {
                // Stroked outside, as a circle.
                let grow = if e.stroke.width > 0.0 {
                    e.stroke.width / 2.0
                } else {
                    0.0
                };
                let _ = write!(
                    out,
                    "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"",
                    num(e.center.x),
                    num(e.center.y),
                    num(e.radius.x + grow),
                    num(e.radius.y + grow)
                );
                if e.angle != 0.0 {
                    let (x, y) = (num(e.center.x), num(e.center.y));
                    let _ = write!(
                        out,
                        " transform=\"rotate({} {x} {y})\"",
                        num(e.angle.to_degrees())
                    );
                }
                fill_and_stroke(out, e.fill, e.stroke);
            }
            Shape::LineSegment { points, stroke } => {
                out.push_str("<path d=\"");
                path_data(out, points, false);
                out.push('"');
                fill_and_stroke(out, Color32::TRANSPARENT, *stroke);
            }
            Shape::Path(p) => {
                out.push_str("<path d=\"");
                path_data(out, &p.points, p.closed);
                out.push('"');
                let fill = if p.closed {
                    p.fill
                } else {
                    Color32::TRANSPARENT
                };
                let stroke = solid(&p.stroke, shape.visual_bounding_rect());
                fill_and_stroke(out, fill, stroke);
            }
            Shape::QuadraticBezier(b) => {
                let [p, c, q] = b.points;
                let _ = write!(
                    out,
                    "<path d=\"M{} {}Q{} {} {} {}{}\"",
                    num(p.x),
                    num(p.y),
                    num(c.x),
                    num(c.y),
                    num(q.x),
                    num(q.y),
                    if b.closed { "Z" } else { "" }
                );
                let fill = if b.closed {
                    b.fill
                } else {
                    Color32::TRANSPARENT
                };
                fill_and_stroke(out, fill, solid(&b.stroke, shape.visual_bounding_rect()));
            }
            Shape::CubicBezier(b) => {
                let [p, c, d, q] = b.points;
                let _ = write!(
                    out,
                    "<path d=\"M{} {}C{} {} {} {} {} {}{}\"",
                    num(p.x),
                    num(p.y),
                    num(c.x),
                    num(c.y),
                    num(d.x),
                    num(d.y),
                    num(q.x),
                    num(q.y),
                    if b.closed { "Z" } else { "" }
                );
                let fill = if b.closed {
                    b.fill
                } else {
                    Color32::TRANSPARENT
                };
                fill_and_stroke(out, fill, solid(&b.stroke, shape.visual_bounding_rect()));
            }
            Shape::Mesh(m) if m.texture_id == TextureId::default() => {
                for f in fills(m) {
                    out.push_str("<path fill-rule=\"nonzero\" d=\"");
                    for ring in &f.rings {
                        path_data(out, ring, true);
                    }
                    out.push('"');
                    fill_and_stroke(out, f.color, Stroke::NONE);
                }
            }
            Shape::Mesh(_) | Shape::Callback(_) => self.left.images += 1,
            // Varying-width bands: the app paints none.
            Shape::Band(_) | Shape::Vec(_) | Shape::Noop | Shape::Text(_) | Shape::Rect(_) => {}
        }
    }

    fn rect(&mut self, r: &RectShape) {
        if r.blur_width > 0.0 {
            self.left.shadows += 1;
            return;
        }
        let fill = if r.brush.is_some() {
            self.left.images += 1;
            Color32::TRANSPARENT
        } else {
            r.fill
        };
        // egui strokes inside, across or outside the edge; SVG across it.
        let half = r.stroke.width / 2.0;
        let edge = match r.stroke_kind {
            StrokeKind::Inside => r.rect.shrink(half),
            StrokeKind::Middle => r.rect,
            StrokeKind::Outside => r.rect.expand(half),
        };
        let c = r.corner_radius;
        let radius = (f32::from(c.nw) + f32::from(c.ne) + f32::from(c.sw) + f32::from(c.se)) / 4.0;
        let out = &mut self.body;
        // A fill reaches the rectangle's edge whatever the stroke.
        if fill != Color32::TRANSPARENT && edge != r.rect {
            rect_element(out, r.rect, radius, r.angle);
            fill_and_stroke(out, fill, Stroke::NONE);
            rect_element(out, edge, (radius - half).max(0.0), r.angle);
            fill_and_stroke(out, Color32::TRANSPARENT, r.stroke);
        } else {
            rect_element(out, edge, radius, r.angle);
            fill_and_stroke(out, fill, r.stroke);
        }
    }

    /// The whole document: header, fonts used, clip rectangles, body.
    fn finish(&self) -> String {
        let p = self.page;
        let r = p.rect;
        let mut doc = String::with_capacity(self.body.len() + 4096);
        let _ = writeln!(doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        let _ = writeln!(
            doc,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{}\" height=\"{}\" viewBox=\"{} {} {} {}\">",
            num((r.width() * p.pixels_per_point).round()),
            num((r.height() * p.pixels_per_point).round()),
            num(r.left()),
            num(r.top()),
            num(r.width()),
            num(r.height())
        );
        let _ = writeln!(doc, "<title>{}</title>", escape(&p.title));
        doc.push_str("<defs>\n");
        for e in &p.embed {
            if self.text_seen.chars().any(e.covers) {
                use base64::Engine as _;
                let data = base64::engine::general_purpose::STANDARD.encode(e.data);
                let _ = writeln!(
                    doc,
                    "<!-- {}: {} -->\n<style>@font-face {{ font-family: \"{}\"; src: url(data:font/ttf;base64,{data}) format(\"truetype\"); }}</style>",
                    escape(e.family),
                    escape(e.licence),
                    escape(e.family)
                );
            }
        }
        for (n, c) in self.clips.iter().enumerate() {
            let _ = writeln!(
                doc,
                "<clipPath id=\"c{n}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
                num(c.left()),
                num(c.top()),
                num(c.width()),
                num(c.height())
            );
        }
        doc.push_str("</defs>\n");
        doc.push_str(&self.body);
        doc.push_str("</svg>\n");
        doc
    }
}

/// A path's solid colour (a gradient stroke is drawn in its colour at the middle).
fn solid(stroke: &PathStroke, bounds: Rect) -> Stroke {
    let color = match &stroke.color {
        ColorMode::Solid(c) => *c,
        ColorMode::UV(f) => f(bounds, bounds.center()),
    };
    Stroke::new(stroke.width, color)
}

fn rect_element(out: &mut String, r: Rect, radius: f32, angle: f32) {
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
        num(r.left()),
        num(r.top()),
        num(r.width()),
        num(r.height())
    );
    if radius > 0.0 {
        let _ = write!(out, " rx=\"{}\"", num(radius));
    }
    if angle != 0.0 {
        let c = r.center();
        let _ = write!(
            out,
            " transform=\"rotate({} {} {})\"",
            num(angle.to_degrees()),
            num(c.x),
            num(c.y)
        );
    }
}

/// ` fill=… stroke=…` and the element's end.
fn fill_and_stroke(out: &mut String, fill: Color32, stroke: Stroke) {
    if fill == Color32::TRANSPARENT {
        out.push_str(" fill=\"none\"");
    } else {
        attr_color(out, "fill", fill);
    }
    if stroke.width > 0.0 && stroke.color != Color32::TRANSPARENT {
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
pub(crate) fn attr_color(out: &mut String, name: &str, c: Color32) {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    let _ = write!(out, " {name}=\"#{r:02x}{g:02x}{b:02x}\"");
    if a < 255 {
        let _ = write!(out, " {name}-opacity=\"{}\"", num(f32::from(a) / 255.0));
    }
}

/// A coordinate to a hundredth of a point, without trailing zeros.
pub(crate) fn num(v: f32) -> String {
    let v = (v * 100.0).round() / 100.0;
    if v == 0.0 {
        "0".to_owned()
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests;
