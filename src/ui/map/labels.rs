//! Names on the map: the label language, placement without overlap (most important first),
//! halos, and town dots by rank.

use super::Projector;
use crate::atlas::{Atlas, Place, PlaceIx, Region};
use crate::ids::region::GEORGIA;
use crate::projection::LonLat;
use crate::ui::theme::Palette;
use crate::views::Naming;
use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, Vec2};

/// The widest a centred map label grows before it wraps, in points.
const WRAP_WIDTH: f32 = 230.0;

/// Rectangles already taken by labels this frame: a label is drawn only where it fits.
#[derive(Default)]
pub struct LabelPlacer {
    taken: Vec<Rect>,
}

impl LabelPlacer {
    /// Lay out a name once, and draw it centred at `pos` if it fits on the map and overlaps
    /// no label placed so far; `colors` are the text colour and an optional halo. Returns
    /// whether it was drawn.
    pub fn place_centered(
        &mut self,
        painter: &egui::Painter,
        proj: &Projector,
        pos: Pos2,
        text: &str,
        font: FontId,
        (color, halo): (Color32, Option<Color32>),
    ) -> bool {
        // Long names (a party's full title of a region) wrap into centred lines.
        let mut job = egui::text::LayoutJob::simple(text.to_owned(), font, color, WRAP_WIDTH);
        job.halign = egui::Align::Center;
        let galley = painter.layout_job(job);
        // A centred galley spans its origin's x on both sides.
        let origin = pos - Vec2::new(0.0, galley.size().y / 2.0);
        let rect = galley.rect.translate(origin.to_vec2());
        if !proj.rect.contains_rect(rect) || !self.try_take(rect.expand(2.0)) {
            return false;
        }
        match halo {
            Some(h) => paint_galley_with_halo(painter, origin, galley, color, h),
            None => painter.galley(origin, galley, color),
        }
        true
    }

    /// Take `rect` if it overlaps nothing taken yet.
    pub fn try_take(&mut self, rect: Rect) -> bool {
        if self.taken.iter().any(|t| t.intersects(rect)) {
            return false;
        }
        self.taken.push(rect);
        true
    }
}

/// Text with a halo, so it reads over any fill.
pub fn halo_text(
    painter: &egui::Painter,
    pos: Pos2,
    anchor: Align2,
    text: &str,
    font: FontId,
    color: Color32,
    halo: Color32,
) -> Rect {
    let galley = painter.layout_no_wrap(text.to_owned(), font, color);
    let rect = anchor.anchor_size(pos, galley.size());
    paint_galley_with_halo(painter, rect.min, galley, color, halo);
    rect
}

/// Paint a laid-out text with a one-point halo around it.
fn paint_galley_with_halo(
    painter: &egui::Painter,
    at: Pos2,
    galley: std::sync::Arc<egui::Galley>,
    color: Color32,
    halo: Color32,
) {
    for d in [
        Vec2::new(-1.0, 0.0),
        Vec2::new(1.0, 0.0),
        Vec2::new(0.0, -1.0),
        Vec2::new(0.0, 1.0),
    ] {
        painter.galley_with_override_text_color(at + d, galley.clone(), halo);
    }
    painter.galley(at, galley, color);
}

/// The smallest zoom (points per km) at which towns of each rank get a label.
fn min_zoom_for_rank(rank: u8) -> f64 {
    match rank {
        1 | 2 => 0.0,
        3 => 1.9,
        _ => 4.0,
    }
}

/// A town drawn on the map.
#[derive(Debug, Clone, Copy)]
pub struct DrawnTown {
    /// Which place.
    pub place: PlaceIx,
    /// Where a click on it lands: its dot, and its name when drawn.
    pub hit: Rect,
    /// Its dot's centre.
    pub at: Pos2,
}

/// Draw the names of regions, neighbours, towns and rivers, most important first and never
/// overlapping; returns the names drawn, and fills `towns` with the towns drawn.
pub(super) fn paint_labels(
    painter: &egui::Painter,
    atlas: &Atlas,
    proj: &Projector,
    palette: &Palette,
    naming: Naming<'_>,
    (first, towns_drawn): (Option<PlaceIx>, &mut Vec<DrawnTown>),
) -> Vec<String> {
    let mut placer = LabelPlacer::default();
    let mut drawn = Vec::new();
    towns_drawn.clear();
    // The selected place first, at any zoom: its name must not give way to its neighbours'.
    let pen = (painter, proj, palette, naming);
    if let Some(place) = first.and_then(|i| Some((i, atlas.places.get(i)?))) {
        record_town(pen, &mut placer, place, true, (&mut drawn, towns_drawn));
    }
    let not_first = |(i, _): &(PlaceIx, &Place)| Some(*i) != first;
    let zoom = proj.view.points_per_km;
    // Capitals first, so that a long region name (a party's full title) moves aside rather
    // than hiding its capital; then region names, which towns give way to.
    let (capitals, towns): (Vec<_>, Vec<_>) = (atlas.places.indexed())
        .filter(not_first)
        .partition(|(_, p)| p.rank == 1);
    for (i, p) in capitals {
        record_town(pen, &mut placer, (i, p), false, (&mut drawn, towns_drawn));
    }
    let region_font = FontId::proportional(if zoom > 3.0 { 20.0 } else { 16.0 });
    let region_labels = atlas.regions.iter().filter(|r| r.id != GEORGIA);
    for r in region_labels.chain(atlas.regions.iter().filter(|r| r.id == GEORGIA)) {
        let pos = region_label_pos(r, proj);
        let name = naming.region(&r.id, &r.names);
        // At its point, or just above or below it when a capital is there.
        let placed = [0.0, -26.0, 26.0].into_iter().any(|dy| {
            placer.place_centered(
                painter,
                proj,
                pos + Vec2::new(0.0, dy),
                name,
                region_font.clone(),
                (palette.region_label, Some(palette.halo)),
            )
        });
        if placed {
            drawn.push(name.to_owned());
        }
    }
    for n in &atlas.neighbours {
        let pos = region_label_pos(n, proj);
        let name = naming.region(&n.id, &n.names);
        placer.place_centered(
            painter,
            proj,
            pos,
            name,
            FontId::proportional(13.0),
            (palette.neighbour_border, None),
        );
    }
    for (i, p) in towns {
        record_town(pen, &mut placer, (i, p), false, (&mut drawn, towns_drawn));
    }
    drawn.extend(place_rivers(
        painter,
        atlas,
        proj,
        palette,
        &mut placer,
        naming,
    ));
    drawn
}

/// Name each named river once, on its longest stretch in view, where the name fits (towns and
/// regions first); only while the rivers are drawn clearly.
fn place_rivers(
    painter: &egui::Painter,
    atlas: &Atlas,
    proj: &Projector,
    palette: &Palette,
    placer: &mut LabelPlacer,
    naming: Naming<'_>,
) -> Vec<String> {
    let mut drawn: Vec<String> = Vec::new();
    if super::water::water_alpha(proj.view.points_per_km) < 0.5 {
        return drawn;
    }
    // (name, run length, a run) for every stretch in view, longest first.
    let mut runs: Vec<(&str, f32, Vec<Pos2>)> = Vec::new();
    for river in &atlas.water.rivers {
        let Some(names) = &river.names else {
            continue;
        };
        let name = names.get(naming.lang);
        for run in super::water::river_runs(river, proj) {
            let length = run
                .windows(2)
                .map(|w| match w {
                    [a, b] => a.distance(*b),
                    _ => 0.0,
                })
                .sum();
            runs.push((name, length, run));
        }
    }
    runs.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (name, _, run) in runs {
        if drawn.iter().any(|d| d == name) {
            continue;
        }
        // Just off the course, at its middle, then a third and two thirds along.
        let placed = [0.5, 0.33, 0.67].into_iter().any(|f| {
            run.get((run.len() as f32 * f) as usize).is_some_and(|&at| {
                placer.place_centered(
                    painter,
                    proj,
                    at + Vec2::new(0.0, -9.0),
                    name,
                    FontId::proportional(12.0),
                    (palette.river, Some(palette.halo)),
                )
            })
        });
        if placed {
            drawn.push(name.to_owned());
        }
    }
    drawn
}

/// Draw town `p` (at position `i`) with [`place_town`] and record what was drawn: its name,
/// and where a click on it lands.
fn record_town(
    (painter, proj, palette, naming): (&egui::Painter, &Projector, &Palette, Naming<'_>),
    placer: &mut LabelPlacer,
    (i, p): (PlaceIx, &Place),
    any_zoom: bool,
    (drawn, towns): (&mut Vec<String>, &mut Vec<DrawnTown>),
) {
    let town = place_town(painter, proj, palette, placer, naming.place(p), p, any_zoom);
    drawn.extend(town.name);
    towns.extend(town.hit.map(|(hit, at)| DrawnTown { place: i, hit, at }));
}

/// What [`place_town`] drew.
#[derive(Default)]
struct Town {
    /// The name, if it was drawn.
    name: Option<String>,
    /// Where a click lands on the town and its dot's centre, if its dot was drawn.
    hit: Option<(Rect, Pos2)>,
}

/// A dot's area for the pointer: at least this wide, points (a 4-point dot is hard to hit).
const DOT_HIT: f32 = 12.0;

/// Draw a town's dot and name where the name fits (right, left, above or below the dot), if
/// its rank is shown at this zoom or `any_zoom`. Capitals and major towns keep their dot
/// without it.
fn place_town(
    painter: &egui::Painter,
    proj: &Projector,
    palette: &Palette,
    placer: &mut LabelPlacer,
    name: &str,
    p: &Place,
    any_zoom: bool,
) -> Town {
    let zoom = proj.view.points_per_km;
    if zoom < min_zoom_for_rank(p.rank) && !any_zoom {
        return Town::default();
    }
    let at = proj.screen_from_lonlat(p.lonlat());
    if !proj.rect.contains(at) {
        return Town::default();
    }
    let dot_hit = Rect::from_center_size(at, Vec2::splat(DOT_HIT));
    let (radius, size) = match p.rank {
        1 => (4.0, 14.5),
        2 => (3.0, 13.0),
        3 => (2.5, 12.0),
        _ => (2.0, 11.5),
    };
    let font = FontId::proportional(size);
    let galley = painter.layout_no_wrap(name.to_owned(), font.clone(), palette.label);
    let dot = Rect::from_center_size(at, Vec2::splat(2.0 * radius + 2.0));
    // Try right, left, above, below the dot.
    let gap = radius + 3.0;
    let candidates = [
        (at + Vec2::new(gap, 0.0), Align2::LEFT_CENTER),
        (at - Vec2::new(gap, 0.0), Align2::RIGHT_CENTER),
        (at - Vec2::new(0.0, gap), Align2::CENTER_BOTTOM),
        (at + Vec2::new(0.0, gap), Align2::CENTER_TOP),
    ];
    let spot = candidates.into_iter().find(|(pos, anchor)| {
        let rect = anchor.anchor_size(*pos, galley.size());
        proj.rect.contains_rect(rect)
            && !placer
                .taken
                .iter()
                .any(|t| t.intersects(rect) || t.intersects(dot))
    });
    // Capitals and major towns keep their dot even when the name has no room.
    let Some((pos, anchor)) = spot else {
        if p.rank <= 2 && placer.try_take(dot) {
            paint_town_dot(painter, at, radius, p.rank, palette);
            return Town {
                name: None,
                hit: Some((dot_hit, at)),
            };
        }
        return Town::default();
    };
    let label = anchor.anchor_size(pos, galley.size());
    placer.taken.push(label.expand(1.0));
    placer.taken.push(dot);
    paint_town_dot(painter, at, radius, p.rank, palette);
    halo_text(
        painter,
        pos,
        anchor,
        name,
        font,
        palette.label,
        palette.halo,
    );
    Town {
        name: Some(name.to_owned()),
        hit: Some((dot_hit.union(label), at)),
    }
}

fn paint_town_dot(painter: &egui::Painter, at: Pos2, radius: f32, rank: u8, palette: &Palette) {
    if rank == 1 {
        painter.circle(
            at,
            radius + 1.5,
            palette.halo,
            Stroke::new(1.2, palette.town),
        );
        painter.circle_filled(at, radius - 1.2, palette.town);
    } else {
        painter.circle(at, radius, palette.town, Stroke::new(1.0, palette.halo));
    }
}

fn region_label_pos(r: &Region, proj: &Projector) -> Pos2 {
    // Georgia's interior point falls near the Abkhazia line; its name sits better over the
    // centre of the country, between Kutaisi and Tbilisi.
    let at = if r.id == GEORGIA {
        LonLat::new(43.55, 41.85)
    } else {
        r.label_at
    };
    proj.screen_from_lonlat(at)
}
