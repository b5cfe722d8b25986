//! A frame's painted shapes as a vector drawing, SVG or PDF: what egui was asked to paint
//! (fills, lines, circles, rectangles, laid-out text), in its order and clip rectangles,
//! written as vector elements instead of pixels. The map drawn this way is the same drawing
//! as on screen, at any print size: regions as paths, names as text, each where egui put it.
//!
//! The shapes are first turned into a list of [`Item`]s in the page's terms (a mesh's
//! triangles joined into rings, strokes moved to lie across their edge, egui's halo made a
//! stroke), which each writer then says in its own format.

mod fill;
mod pdf;
mod svg;
mod text;

pub use pdf::pdf;
pub use svg::svg;

use egui::epaint::{ClippedShape, ColorMode, PathStroke, RectShape, TextShape};
use egui::{Color32, Order, Pos2, Rect, Shape, Stroke, StrokeKind, TextureId, Vec2};

/// A font the drawing asks for by name, with its file.
#[derive(Debug, Clone, Copy)]
pub struct PageFont {
    /// The family name.
    pub family: &'static str,
    /// The TrueType file (embedded in a PDF, as a subset of the letters used).
    pub data: &'static [u8],
    /// In an SVG, the whole file is embedded when a letter this says yes to is written (a
    /// viewer without the font would show boxes: Georgian on most machines); `None`: named
    /// only.
    pub svg_embed_for: Option<fn(char) -> bool>,
    /// The font's licence, said beside it.
    pub licence: &'static str,
}

/// What the drawing shows and with which fonts.
#[derive(Debug, Clone)]
pub struct Page {
    /// The part of the window the drawing shows, in points.
    pub rect: Rect,
    /// Pixels per point: an SVG's width and height are the picture's pixels.
    pub pixels_per_point: f32,
    /// The fonts, in the order a letter is looked for in them.
    pub fonts: Vec<PageFont>,
    /// The drawing's title (the stamp's first line).
    pub title: String,
}

/// What was left out of a drawing because it has no vector form here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Left {
    /// Images (textured meshes and rectangles) and backend callbacks.
    pub images: usize,
    /// Blurred rectangles (shadows).
    pub shadows: usize,
    /// Letters none of the PDF's fonts has (egui drew them from its own symbol fonts).
    pub letters: usize,
}

/// One thing to draw, in page coordinates; a stroke lies across its edge (half in, half out).
#[derive(Debug, Clone)]
pub enum Item {
    /// What follows is clipped to this rectangle (within the page).
    Clip(Rect),
    /// Rings, filled (non-zero rule) when closed, and stroked.
    Path {
        rings: Vec<Vec<Pos2>>,
        closed: bool,
        fill: Color32,
        stroke: Stroke,
    },
    /// A rectangle, its corners rounded by `radius`, turned by `angle` about its centre.
    Rect {
        rect: Rect,
        radius: f32,
        angle: f32,
        fill: Color32,
        stroke: Stroke,
    },
    /// An ellipse (a circle when both radii are equal), turned by `angle` about its centre.
    Ellipse {
        center: Pos2,
        radius: Vec2,
        angle: f32,
        fill: Color32,
        stroke: Stroke,
    },
    /// Laid-out text, with a halo drawn under its letters.
    Text {
        shape: TextShape,
        halo: Option<(Color32, f32)>,
    },
}

/// The shapes painted so far this frame, in the order egui will paint them, in window
/// coordinates: read at the end of the frame, after every panel and area painted.
pub fn frame_shapes(ctx: &egui::Context) -> Vec<ClippedShape> {
    let layers: Vec<egui::LayerId> = ctx.memory(|m| m.layer_ids().collect());
    let mut out = Vec::new();
    let orders = [
        Order::Background,
        Order::Middle,
        Order::Foreground,
        Order::Tooltip,
        Order::Debug,
    ];
    for order in orders {
        let mut ids: Vec<egui::LayerId> = layers
            .iter()
            .copied()
            .filter(|l| l.order == order)
            .collect();
        // Panels paint on the background layer, which no area lists.
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

/// The items of `shapes` that show within `page`, and what had to be left out.
pub fn items(shapes: &[ClippedShape], page: &Page) -> (Vec<Item>, Left) {
    let mut out = Items {
        page: page.rect,
        items: Vec::new(),
        clip: None,
        left: Left::default(),
    };
    let flat = flatten(shapes);
    let mut i = 0;
    while let Some((clip, shape)) = flat.get(i) {
        // egui's halo: the same laid-out text four times in one colour a point around it, then
        // once on top: one text with a stroke.
        if let Some((halo, step)) = halo_at(&flat, i) {
            if let Some((_, Shape::Text(t))) = flat.get(i + step) {
                out.text(*clip, t, Some(halo));
            }
            i += step + 1;
            continue;
        }
        out.shape(*clip, shape);
        i += 1;
    }
    (out.items, out.left)
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
        let near = off.x.abs() <= 1.01 && off.y.abs() <= 1.01 && off != Vec2::ZERO;
        let c = t.override_text_color?;
        if !same || !near || colour.is_some_and(|h| h != c) {
            return None;
        }
        colour = Some(c);
    }
    colour.map(|c| ((c, 2.0), COPIES))
}

struct Items {
    page: Rect,
    items: Vec<Item>,
    /// The clip of the items last pushed.
    clip: Option<Rect>,
    left: Left,
}

impl Items {
    /// Clip what follows to `clip` (within the page); `false` when `bounds` do not show in it.
    fn clip_to(&mut self, clip: Rect, bounds: Rect) -> bool {
        let clip = clip.intersect(self.page);
        if !clip.is_positive() || !bounds.intersects(clip) {
            return false;
        }
        if self.clip != Some(clip) {
            self.items.push(Item::Clip(clip));
            self.clip = Some(clip);
        }
        true
    }

    fn text(&mut self, clip: Rect, t: &TextShape, halo: Option<(Color32, f32)>) {
        if self.clip_to(clip, t.visual_bounding_rect()) {
            self.items.push(Item::Text {
                shape: t.clone(),
                halo,
            });
        }
    }

    fn path(&mut self, rings: Vec<Vec<Pos2>>, closed: bool, fill: Color32, stroke: Stroke) {
        let fill = if closed { fill } else { Color32::TRANSPARENT };
        self.items.push(Item::Path {
            rings,
            closed,
            fill,
            stroke,
        });
    }

    fn shape(&mut self, clip: Rect, shape: &Shape) {
        if let Shape::Text(t) = shape {
            return self.text(clip, t, None);
        }
        let bounds = shape.visual_bounding_rect();
        if !self.clip_to(clip, bounds) {
            return;
        }
        match shape {
            Shape::Circle(c) => {
                self.ellipse(c.center, Vec2::splat(c.radius), 0.0, c.fill, c.stroke)
            }
            Shape::Ellipse(e) => self.ellipse(e.center, e.radius, e.angle, e.fill, e.stroke),
            Shape::LineSegment { points, stroke } => {
                self.path(vec![points.to_vec()], false, Color32::TRANSPARENT, *stroke);
            }
            Shape::Path(p) => {
                let stroke = solid(&p.stroke, bounds);
                self.path(vec![p.points.clone()], p.closed, p.fill, stroke);
            }
            Shape::QuadraticBezier(b) => {
                let stroke = solid(&b.stroke, bounds);
                self.path(vec![b.flatten(Some(0.1))], b.closed, b.fill, stroke);
            }
            Shape::CubicBezier(b) => {
                let stroke = solid(&b.stroke, bounds);
                self.path(vec![b.flatten(Some(0.1))], b.closed, b.fill, stroke);
            }
            Shape::Rect(r) => self.rect(r),
            Shape::Mesh(m) if m.texture_id == TextureId::default() => {
                for f in fill::fills(m) {
                    self.path(f.rings, true, f.color, Stroke::NONE);
                }
            }
            Shape::Mesh(_) | Shape::Callback(_) => self.left.images += 1,
            // Varying-width bands: the app paints none.
            Shape::Band(_) | Shape::Vec(_) | Shape::Noop | Shape::Text(_) => {}
        }
    }

    /// egui strokes a circle or an ellipse outside its radius; SVG and PDF across it. An opaque
    /// stroke hides the fill beneath its inner half: one item, else two.
    fn ellipse(&mut self, center: Pos2, radius: Vec2, angle: f32, fill: Color32, stroke: Stroke) {
        let stroked = stroke.width > 0.0 && stroke.color != Color32::TRANSPARENT;
        let grow = if stroked { stroke.width / 2.0 } else { 0.0 };
        let one = !stroked || stroke.color.a() == 255 || fill == Color32::TRANSPARENT;
        let outer = radius + Vec2::splat(grow);
        let item = |radius, fill, stroke| Item::Ellipse {
            center,
            radius,
            angle,
            fill,
            stroke,
        };
        if one {
            self.items.push(item(outer, fill, stroke));
        } else {
            self.items.push(item(radius, fill, Stroke::NONE));
            self.items.push(item(outer, Color32::TRANSPARENT, stroke));
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
        // egui strokes inside, across or outside the edge.
        let half = r.stroke.width / 2.0;
        let edge = match r.stroke_kind {
            StrokeKind::Inside => r.rect.shrink(half),
            StrokeKind::Middle => r.rect,
            StrokeKind::Outside => r.rect.expand(half),
        };
        let c = r.corner_radius;
        let radius = (f32::from(c.nw) + f32::from(c.ne) + f32::from(c.sw) + f32::from(c.se)) / 4.0;
        let item = |rect, radius, fill, stroke| Item::Rect {
            rect,
            radius,
            angle: r.angle,
            fill,
            stroke,
        };
        // A fill reaches the rectangle's edge whatever the stroke.
        if fill != Color32::TRANSPARENT && edge != r.rect && r.stroke.width > 0.0 {
            self.items.push(item(r.rect, radius, fill, Stroke::NONE));
            let inner = (radius - half).max(0.0);
            self.items
                .push(item(edge, inner, Color32::TRANSPARENT, r.stroke));
        } else {
            self.items.push(item(edge, radius, fill, r.stroke));
        }
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

/// Whether a stroke draws anything.
fn stroked(s: Stroke) -> bool {
    s.width > 0.0 && s.color != Color32::TRANSPARENT
}

#[cfg(test)]
mod tests;
