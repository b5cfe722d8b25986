//! Who recognises Abkhazia and South Ossetia on the chosen date: a world inset and lists,
//! each entry with its date and sources.

use crate::Dataset;
use crate::chronicle::Category;
use crate::chronicle::{
    Action, Chronicle, Direction, Entity, RECENT_DAYS, Recognised, Recognition, Snapshot, Standing,
    StateIx, StateStanding, StateStatus,
};
use crate::date::Date;
use crate::i18n::Tr;
use crate::projection::{ORIGIN_LAT, ORIGIN_LON, lonlat_from_map};
use crate::t;
use crate::ui::citations::Citations;
use crate::ui::lazy::{LazyRows, lazy_rows};
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

fn swatch(ui: &mut egui::Ui, color: Color32) {
    let (r, _) = ui.allocate_exact_size(Vec2::new(10.0, 10.0), Sense::hover());
    ui.painter().rect_filled(r, 2.0, color);
}

/// The lists: for each entity, who recognises it on the date and who no longer does; then
/// what each entity itself recognises. Laid out lazily (only the rows in sight): on a recent
/// date the lists and their sources are several panels long.
pub fn recognitions_ui(ui: &mut egui::Ui, data: &Dataset, naming: Naming<'_>, snapshot: &Snapshot) {
    let chronicle = &data.chronicle;
    // The two regions by the point of view's names.
    let name = |e: Entity| {
        data.atlas
            .region(e.region_id())
            .map_or(e.label(), |r| naming.region_ui(&r.id, &r.names))
    };
    let mut cites = Citations::default();
    let dark = ui.visuals().dark_mode;
    let tr = naming.tr;
    let recognition = category_color(Category::Recognition, dark);
    let withdrawal = category_color(Category::Withdrawal, dark);
    let context = (tr.lang, naming.pov, naming.lang);
    lazy_rows(ui, "recognitions", context, |rows| {
        for entity in Entity::ALL {
            let current: Vec<&Recognition> = snapshot.recognisers(entity).collect();
            let members = current
                .iter()
                .filter(|r| {
                    chronicle
                        .states
                        .get(r.state)
                        .is_some_and(|s| s.status == StateStatus::UnMember)
                })
                .count();
            rows.row(("by", entity), |ui| {
                ui.add_space(6.0);
                let heading = t!(
                    tr,
                    "recognised-by-members",
                    name = name(entity),
                    n = members
                );
                ui.label(RichText::new(heading).strong());
                if current.is_empty() {
                    ui.label(RichText::new(t!(tr, "recognised-by-nobody")).weak());
                }
            });
            for r in current.into_iter().chain(snapshot.lapsed(entity)) {
                let Some(state) = chronicle.states.get(r.state) else {
                    continue;
                };
                let partial = state.status == StateStatus::PartiallyRecognised;
                let entry = Entry {
                    section: ("by", entity),
                    r,
                    name: &|| naming.state(&data.atlas, state).to_owned(),
                    partial,
                    color: if r.lapsed() { withdrawal } else { recognition },
                };
                entry_ui(rows, chronicle, snapshot, &entry, (&mut cites, tr));
            }
        }
        for entity in Entity::ALL {
            let own = chronicle.recognised_by(snapshot, entity);
            rows.row(("recognises", entity), |ui| {
                ui.add_space(6.0);
                let heading = t!(tr, "entity-recognises", name = name(entity));
                ui.label(RichText::new(heading).strong());
                if own.is_empty() {
                    ui.label(RichText::new(t!(tr, "entity-recognises-nothing")).weak());
                }
            });
            for (what, r) in own {
                let (state, partial) = match what {
                    Recognised::State(i) => match chronicle.states.get(i) {
                        Some(s) => (Some(s), s.status == StateStatus::PartiallyRecognised),
                        None => continue,
                    },
                    Recognised::Entity(_) => (None, true),
                };
                let entry = Entry {
                    section: ("recognises", entity),
                    r,
                    name: &|| match (what, state) {
                        (_, Some(s)) => naming.state(&data.atlas, s).to_owned(),
                        (Recognised::Entity(e), None) => name(e).to_owned(),
                        (Recognised::State(_), None) => String::new(),
                    },
                    partial,
                    color: if r.lapsed() { withdrawal } else { recognition },
                };
                entry_ui(rows, chronicle, snapshot, &entry, (&mut cites, tr));
            }
        }
        rows.row("footer", |ui| {
            ui.add_space(4.0);
            ui.label(RichText::new(t!(tr, "recognitions-footer")).weak().small());
        });
    });
    cites.ui(ui, &data.sources, naming.tr);
}

/// One line of the lists (under the heading of `section`): a recognition, the other party's
/// name (formatted only if the row is laid out), whether that party is partially recognised,
/// and the colour of its standing.
struct Entry<'a> {
    /// Which list it is in (with the recognition, the row's identity in the lazy layout).
    section: (&'static str, Entity),
    r: &'a Recognition,
    name: &'a dyn Fn() -> String,
    partial: bool,
    color: Color32,
}

/// One recognition: the other party's name (and whether it is partially recognised), the
/// standing with its date, sources, and the statements made about it. Its sources are
/// numbered whether or not the row is laid out, so the markers stay the same as it scrolls.
fn entry_ui(
    rows: &mut LazyRows<'_>,
    chronicle: &Chronicle,
    snapshot: &Snapshot,
    entry: &Entry<'_>,
    (cites, tr): (&mut Citations, Tr<'_>),
) {
    let Entry {
        section,
        r,
        name,
        partial,
        color,
    } = *entry;
    let Some(act) = chronicle.acts.get(r.since) else {
        return;
    };
    let fresh =
        act.date.first.days_until(snapshot.date) <= RECENT_DAYS && act.action != Action::Statement;
    let marks = cites.cite(&act.sources);
    let identity = (section, r.state, r.entity, r.direction);
    rows.row(identity, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            swatch(ui, color);
            let mut name = RichText::new(name()).strong();
            if fresh {
                name = name.color(color);
            }
            ui.label(name);
            if partial {
                ui.label(RichText::new(t!(tr, "partially-recognised")).weak());
            }
            ui.label(standing_text(tr, r.standing, act));
            ui.label(RichText::new(&marks).weak());
            if fresh {
                ui.label(
                    RichText::new(t!(tr, "recognition-new"))
                        .small()
                        .color(color),
                );
            }
        })
        .response
        .on_hover_text(&act.note);
    });
    for (ix, st) in r
        .statements
        .iter()
        .filter_map(|&s| chronicle.acts.get(s).map(|st| (s, st)))
    {
        let marks = cites.cite(&st.sources);
        rows.row((identity, ix), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.add_space(16.0);
                ui.spacing_mut().item_spacing.x = 4.0;
                ui.label(
                    RichText::new(t!(
                        tr,
                        "statement-by",
                        who = st.said_by.clone().unwrap_or_else(|| t!(tr, "statement")),
                        date = tr.fuzzy(st.date)
                    ))
                    .italics(),
                );
                ui.label(RichText::new(&st.note).small());
                ui.label(RichText::new(&marks).weak());
            });
        });
    }
}

/// Where a recognition stands and since when, as precisely as its date is known: "since 26
/// August 2008", "on or before 22 January 1993 (date of a treaty)", "withdrew … (date of
/// report)".
fn standing_text(tr: Tr<'_>, standing: Option<Standing>, act: &crate::chronicle::Act) -> String {
    use crate::chronicle::DatedBy;
    let mut date = tr.fuzzy(act.date);
    if act.dated_by == DatedBy::Treaty {
        date = t!(tr, "date-on-or-before", date = date);
    }
    let text = match standing {
        // "since on or before" reads badly: the treaty's date is the bound itself.
        Some(Standing::Recognises) if act.dated_by == DatedBy::Treaty => date,
        Some(Standing::Recognises) => t!(tr, "standing-since", date = date),
        Some(Standing::Withdrawn) => t!(tr, "standing-withdrew", date = date),
        Some(Standing::Disputed) => t!(tr, "standing-disputed", date = date),
        Some(Standing::Ceased) => t!(tr, "standing-ceased", date = date),
        None => date,
    };
    match act.dated_by {
        DatedBy::Act => text,
        DatedBy::Report => t!(tr, "dated-report", text = text),
        DatedBy::Treaty => t!(tr, "dated-treaty", text = text),
    }
}
