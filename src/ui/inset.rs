//! The world inset: recognising states coloured by where they stand on the date, with its
//! legend. Its countries are one cached mesh.

use crate::Dataset;
use crate::chronicle::Category;
use crate::chronicle::{Direction, Snapshot, Standing, StateIx, StateStanding, StateStatus};
use crate::date::Date;
use crate::projection::{ORIGIN_LAT, ORIGIN_LON, lonlat_from_map};
use crate::t;
use crate::ui::map::append_mapped;
use crate::ui::theme::category_color;
use crate::views::Naming;
use egui::{Color32, Mesh, Pos2, Rect, RichText, Sense, Shape, Stroke, Vec2};
use std::sync::Arc;

fn status_color(s: StateStanding, dark: bool) -> Color32 {
    match s {
        StateStanding::Both => category_color(Category::Recognition, dark),
        StateStanding::One => category_color(Category::Recognition, dark).gamma_multiply(0.6),
        StateStanding::Lapsed => category_color(Category::Withdrawal, dark),
    }
}

/// The world inset's countries as one mesh, kept while the inset's rectangle, the theme and
/// every state's standing stay the same: a frame then adds one shape instead of re-projecting
/// ~250 countries, and a new date re-projects them only if a standing changed.
#[derive(Default)]
pub struct InsetCache {
    key: Option<(Rect, bool)>,
    /// The standings the mesh is coloured by, and the date they were read on.
    standings: Vec<(StateIx, Direction, Option<Standing>)>,
    date: Option<Date>,
    mesh: Arc<Mesh>,
}

impl InsetCache {
    /// Whether the mesh is the one for this rectangle, theme and snapshot; if only the date
    /// changed, the standings are compared (a list as long as the date's recognitions).
    fn holds(&mut self, key: (Rect, bool), snapshot: &Snapshot) -> bool {
        if self.key != Some(key) {
            return false;
        }
        if self.date == Some(snapshot.date) {
            return true;
        }
        let same = self.standings.len() == snapshot.recognitions.len()
            && self
                .standings
                .iter()
                .zip(&snapshot.recognitions)
                .all(|(&(s, d, st), r)| s == r.state && d == r.direction && st == r.standing);
        if same {
            self.date = Some(snapshot.date);
        }
        same
    }
}

/// The world inset: recognising states coloured as of the snapshot's date.
pub fn world_inset_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    naming: Naming<'_>,
    snapshot: &Snapshot,
    cache: &mut InsetCache,
) {
    let chronicle = &data.chronicle;
    let dark = ui.visuals().dark_mode;
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, width * 0.48), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(
        rect,
        4.0,
        if dark {
            Color32::from_rgb(0x14, 0x22, 0x33)
        } else {
            Color32::from_rgb(0xC9, 0xDD, 0xEC)
        },
    );
    // Plate carrée from 180° W to 180° E and 60° S to 85° N; the map-plane vertices are
    // linear in lon/lat, so each is moved to the inset by one affine map.
    let (lat_top, lat_bottom) = (85.0_f32, -60.0_f32);
    let to_inset = |lon: f32, lat: f32| {
        Pos2::new(
            rect.left() + (lon + 180.0) / 360.0 * rect.width(),
            rect.top() + (lat_top - lat) / (lat_top - lat_bottom) * rect.height(),
        )
    };
    let from_xy = |[x, y]: [f32; 2]| {
        let ll = lonlat_from_map(crate::projection::MapPoint {
            x_km: f64::from(x),
            y_km: f64::from(y),
        });
        to_inset(ll.lon as f32, ll.lat as f32)
    };
    let land = if dark {
        Color32::from_gray(0x3A)
    } else {
        Color32::from_rgb(0xE4, 0xE2, 0xDD)
    };
    let key = (rect, dark);
    if !cache.holds(key, snapshot) {
        let states_by_a3 = |a3: &str| chronicle.states.position(|s| s.a3.as_deref() == Some(a3));
        // The inset's scale in points per km, halved: at this size an error of a point (not
        // the map's half point) is not seen, and it lets the inset draw the coarsest detail.
        let points_per_km = f64::from(rect.width()) / 40_000.0 / 2.0;
        let mut mesh = Mesh::default();
        for c in &data.world {
            let fill = states_by_a3(&c.id)
                .and_then(|s| snapshot.state_standing(s))
                .map_or(land, |s| status_color(s, dark));
            append_mapped(
                &mut mesh,
                c.shape.at_zoom(points_per_km).mesh,
                fill,
                from_xy,
            );
        }
        *cache = InsetCache {
            key: Some(key),
            standings: (snapshot.recognitions.iter())
                .map(|r| (r.state, r.direction, r.standing))
                .collect(),
            date: Some(snapshot.date),
            mesh: Arc::new(mesh),
        };
    }
    painter.add(Shape::Mesh(Arc::clone(&cache.mesh)));
    // Georgia (with the two regions) marked, so the reader sees where they are.
    let georgia = to_inset(ORIGIN_LON as f32, ORIGIN_LAT as f32);
    painter.circle_stroke(
        georgia,
        5.0,
        Stroke::new(1.5, if dark { Color32::WHITE } else { Color32::BLACK }),
    );

    // Small states as dots, partially recognised entities as diamonds; recent changes ringed.
    let mut hover_text = None;
    for (i, s) in chronicle.states.indexed() {
        let Some(status) = snapshot.state_standing(i) else {
            continue;
        };
        let color = status_color(status, dark);
        let at = match (&s.a3, s.lon, s.lat) {
            (Some(a3), _, _) => data
                .world
                .iter()
                .find(|w| &w.id == a3)
                .map(|w| to_inset(w.label_at.lon as f32, w.label_at.lat as f32)),
            (None, Some(lon), Some(lat)) => Some(to_inset(lon as f32, lat as f32)),
            _ => None,
        };
        let Some(at) = at else { continue };
        if s.status == StateStatus::PartiallyRecognised {
            let d = 4.0;
            painter.add(egui::Shape::convex_polygon(
                vec![
                    at + Vec2::new(0.0, -d),
                    at + Vec2::new(d, 0.0),
                    at + Vec2::new(0.0, d),
                    at + Vec2::new(-d, 0.0),
                ],
                color,
                Stroke::new(1.0, Color32::BLACK),
            ));
        } else {
            painter.circle(at, 3.0, color, Stroke::new(1.0, Color32::BLACK));
        }
        if chronicle.changed_recently(snapshot, i) {
            painter.circle_stroke(at, 9.0, Stroke::new(2.0, color));
        }
        if response.hover_pos().is_some_and(|p| p.distance(at) < 8.0) {
            hover_text = Some(naming.state(&data.atlas, s).to_owned());
        }
    }
    if let Some(name) = hover_text {
        response.on_hover_text_at_pointer(name);
    }
    ui.horizontal_wrapped(|ui| {
        let tr = naming.tr;
        for (label, s) in [
            (t!(tr, "inset-both"), StateStanding::Both),
            (t!(tr, "inset-one"), StateStanding::One),
            (t!(tr, "inset-lapsed"), StateStanding::Lapsed),
        ] {
            swatch(ui, status_color(s, dark));
            ui.label(RichText::new(label).small());
        }
        let (r, _) = ui.allocate_exact_size(Vec2::new(10.0, 10.0), Sense::hover());
        let c = r.center();
        ui.painter().add(egui::Shape::convex_polygon(
            vec![
                c + Vec2::new(0.0, -5.0),
                c + Vec2::new(5.0, 0.0),
                c + Vec2::new(0.0, 5.0),
                c + Vec2::new(-5.0, 0.0),
            ],
            ui.visuals().text_color(),
            Stroke::NONE,
        ));
        ui.label(RichText::new(t!(tr, "inset-partial")).small());
    });
}

/// A small square of `color`, as in the legends.
pub(crate) fn swatch(ui: &mut egui::Ui, color: Color32) {
    let (r, _) = ui.allocate_exact_size(Vec2::new(10.0, 10.0), Sense::hover());
    ui.painter().rect_filled(r, 2.0, color);
}
