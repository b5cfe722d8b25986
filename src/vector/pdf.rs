//! The items as a one-page PDF (through `krilla`): paths, rectangles and ellipses as curves,
//! and the text as text: each run's letters as glyphs of the first page font that has them,
//! each at its own position, the fonts embedded as subsets of the letters used, so the page
//! prints the same anywhere and copying from it gives the words back.

use super::text::runs;
use super::{Item, Left, Page, items, stroked};
use egui::epaint::ClippedShape;
use egui::{Color32, Pos2, Rect, Stroke, Vec2};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::MetadataProvider as _;

/// How far along a quarter circle's tangents its Bézier control points lie.
const KAPPA: f32 = 0.552_284_8;

/// `shapes` as a PDF of `page`, a page the size of the page's rectangle in points; also what
/// had to be left out.
pub fn pdf(shapes: &[ClippedShape], page: &Page) -> Result<(Vec<u8>, Left), String> {
    let (items, mut left) = items(shapes, page);
    let fonts: Vec<(Font, skrifa::FontRef<'static>)> = page
        .fonts
        .iter()
        .filter_map(|f| {
            Some((
                Font::new(f.data.into(), 0)?,
                skrifa::FontRef::new(f.data).ok()?,
            ))
        })
        .collect();
    let r = page.rect;
    let mut doc = Document::new();
    doc.set_metadata(Metadata::new().title(page.title.clone()));
    let settings = PageSettings::from_wh(r.width(), r.height())
        .ok_or_else(|| format!("a page of {}×{} points", r.width(), r.height()))?;
    let mut sheet = doc.start_page_with(settings);
    let mut s = sheet.surface();
    s.push_transform(&Transform::from_translate(-r.left(), -r.top()));
    let mut clipped = false;
    for item in &items {
        match item {
            Item::Clip(c) => {
                if clipped {
                    s.pop();
                }
                clipped = rect_path(*c, 0.0).is_some_and(|p| {
                    s.push_clip_path(&p, &FillRule::NonZero);
                    true
                });
            }
            Item::Path {
                rings,
                closed,
                fill,
                stroke,
            } => {
                let mut b = PathBuilder::new();
                for ring in rings {
                    for (i, p) in ring.iter().enumerate() {
                        if i == 0 {
                            b.move_to(p.x, p.y);
                        } else {
                            b.line_to(p.x, p.y);
                        }
                    }
                    if *closed {
                        b.close();
                    }
                }
                draw(&mut s, b.finish(), *fill, *stroke);
            }
            Item::Rect {
                rect,
                radius,
                angle,
                fill,
                stroke,
            } => {
                let turn =
                    Transform::from_rotate_at(angle.to_degrees(), rect.center().x, rect.center().y);
                let path = rect_path(*rect, *radius).and_then(|p| p.transform(turn));
                draw(&mut s, path, *fill, *stroke);
            }
            Item::Ellipse {
                center,
                radius,
                angle,
                fill,
                stroke,
            } => {
                let turn = Transform::from_rotate_at(angle.to_degrees(), center.x, center.y);
                let path = ellipse_path(*center, *radius).and_then(|p| p.transform(turn));
                draw(&mut s, path, *fill, *stroke);
            }
            Item::Text { shape, halo } => {
                let turned = shape.angle != 0.0;
                if turned {
                    let (x, y) = (shape.pos.x, shape.pos.y);
                    s.push_transform(&Transform::from_rotate_at(shape.angle.to_degrees(), x, y));
                }
                for run in runs(shape) {
                    for (font, text, glyphs, at) in
                        chunks(&run.letters, &fonts, run.size, &mut left)
                    {
                        let start = Point::from_xy(at, run.y);
                        // The halo first, as outlines under the letters (no second copy of
                        // the words), then the letters as text.
                        if let Some((c, width)) = halo {
                            s.set_fill(None);
                            s.set_stroke(Some(krilla_stroke(Stroke::new(*width, *c))));
                            s.draw_glyphs(start, &glyphs, font.clone(), &text, run.size, true);
                        }
                        s.set_stroke(None);
                        s.set_fill(Some(krilla_fill(run.color)));
                        s.draw_glyphs(start, &glyphs, font, &text, run.size, false);
                    }
                }
                if turned {
                    s.pop();
                }
            }
        }
    }
    if clipped {
        s.pop();
    }
    s.pop();
    s.finish();
    sheet.finish();
    let bytes = doc
        .finish()
        .map_err(|e| format!("the PDF could not be made: {e:?}"))?;
    Ok((bytes, left))
}

/// A run's letters split into words and where the font that has them changes: each part's
/// font, text, glyphs and where it starts. Within a part the letters advance as the font says
/// (egui rounds each letter to the pixel; advancing to those positions would space the letters
/// unevenly, and a reader copying the text would find spaces inside words); each word starts
/// where egui put it.
fn chunks(
    letters: &[(char, f32, f32)],
    fonts: &[(Font, skrifa::FontRef<'static>)],
    size: f32,
    left: &mut Left,
) -> Vec<(Font, String, Vec<KrillaGlyph>, f32)> {
    let mut out: Vec<(usize, String, Vec<KrillaGlyph>, f32)> = Vec::new();
    let at_size = skrifa::instance::Size::new(size);
    let mut after_space = false;
    for &(c, x, advance) in letters {
        let found = fonts
            .iter()
            .enumerate()
            .find_map(|(n, (_, f))| Some((n, f, f.charmap().map(c)?)));
        let Some((n, font, glyph)) = found else {
            left.letters += usize::from(!c.is_whitespace());
            after_space = true; // the next letter starts where egui put it
            continue;
        };
        let advance = font
            .glyph_metrics(at_size, skrifa::instance::LocationRef::default())
            .advance_width(glyph)
            .unwrap_or(advance);
        if after_space || out.last().is_none_or(|(m, ..)| *m != n) {
            out.push((n, String::new(), Vec::new(), x));
        }
        after_space = c.is_whitespace();
        if let Some((_, text, glyphs, _)) = out.last_mut() {
            let from = text.len();
            text.push(c);
            glyphs.push(KrillaGlyph {
                glyph_id: GlyphId::new(glyph.to_u32()),
                text_range: from..text.len(),
                x_advance: advance / size,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            });
        }
    }
    out.into_iter()
        .filter_map(|(n, text, glyphs, x)| Some((fonts.get(n)?.0.clone(), text, glyphs, x)))
        .collect()
}

fn draw(s: &mut Surface<'_>, path: Option<Path>, fill: Color32, stroke: Stroke) {
    let Some(path) = path else {
        return;
    };
    s.set_fill((fill != Color32::TRANSPARENT).then(|| krilla_fill(fill)));
    s.set_stroke(stroked(stroke).then(|| krilla_stroke(stroke)));
    s.draw_path(&path);
}

fn colour(c: Color32) -> (rgb::Color, NormalizedF32) {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    let opacity = NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE);
    (rgb::Color::new(r, g, b), opacity)
}

fn krilla_fill(c: Color32) -> Fill {
    let (paint, opacity) = colour(c);
    Fill {
        paint: paint.into(),
        opacity,
        rule: FillRule::NonZero,
    }
}

fn krilla_stroke(s: Stroke) -> krilla::paint::Stroke {
    let (paint, opacity) = colour(s.color);
    krilla::paint::Stroke {
        paint: paint.into(),
        width: s.width,
        opacity,
        ..Default::default()
    }
}

/// A rectangle, its corners rounded by `radius` (quarter circles as Bézier curves).
fn rect_path(r: Rect, radius: f32) -> Option<Path> {
    let k = radius.min(r.width() / 2.0).min(r.height() / 2.0).max(0.0);
    let c = k * (1.0 - KAPPA);
    let mut b = PathBuilder::new();
    b.move_to(r.left() + k, r.top());
    b.line_to(r.right() - k, r.top());
    b.cubic_to(
        r.right() - c,
        r.top(),
        r.right(),
        r.top() + c,
        r.right(),
        r.top() + k,
    );
    b.line_to(r.right(), r.bottom() - k);
    b.cubic_to(
        r.right(),
        r.bottom() - c,
        r.right() - c,
        r.bottom(),
        r.right() - k,
        r.bottom(),
    );
    b.line_to(r.left() + k, r.bottom());
    b.cubic_to(
        r.left() + c,
        r.bottom(),
        r.left(),
        r.bottom() - c,
        r.left(),
        r.bottom() - k,
    );
    b.line_to(r.left(), r.top() + k);
    b.cubic_to(
        r.left(),
        r.top() + c,
        r.left() + c,
        r.top(),
        r.left() + k,
        r.top(),
    );
    b.close();
    b.finish()
}

/// An ellipse as four Bézier curves.
fn ellipse_path(o: Pos2, r: Vec2) -> Option<Path> {
    let (kx, ky) = (r.x * KAPPA, r.y * KAPPA);
    let mut b = PathBuilder::new();
    b.move_to(o.x + r.x, o.y);
    b.cubic_to(o.x + r.x, o.y + ky, o.x + kx, o.y + r.y, o.x, o.y + r.y);
    b.cubic_to(o.x - kx, o.y + r.y, o.x - r.x, o.y + ky, o.x - r.x, o.y);
    b.cubic_to(o.x - r.x, o.y - ky, o.x - kx, o.y - r.y, o.x, o.y - r.y);
    b.cubic_to(o.x + kx, o.y - r.y, o.x + r.x, o.y - ky, o.x + r.x, o.y);
    b.close();
    b.finish()
}
