//! Tests of the atlas on the shipped data.

use super::*;

fn atlas() -> Atlas {
    crate::dataset::shipped().atlas.clone()
}

fn id_at(a: &Atlas, lon: f64, lat: f64) -> Option<&str> {
    a.region_at(LonLat::new(lon, lat))
        .map(|i| a.regions[i].id.as_str())
}

#[test]
fn every_embedded_asset_loads() {
    let a = atlas();
    let ids: Vec<_> = a.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["abkhazia", "south_ossetia", "georgia"]);
    assert_eq!(a.neighbours.len(), 5);
    assert!(a.places.len() >= 20);
    assert_eq!(a.info.len(), 3);
    for r in a.regions.iter().chain(&a.neighbours) {
        assert!(!r.shape.mesh.indices.is_empty() && r.shape.mesh.indices.len() % 3 == 0);
        assert!(
            r.shape
                .mesh
                .indices
                .iter()
                .all(|&i| (i as usize) < r.shape.mesh.vertices.len())
        );
    }
}

/// The shipped data has no warnings either: the status line of a fresh install says nothing
/// is wrong with the app's own data.
#[test]
fn the_embedded_data_loads_without_warnings() {
    let d = crate::dataset::shipped();
    assert!(d.warnings.is_empty(), "{}", d.warnings);
}

#[test]
fn capitals_lie_in_their_regions() {
    let a = atlas();
    assert_eq!(id_at(&a, 41.015, 43.003), Some("abkhazia"), "Sukhumi");
    assert_eq!(
        id_at(&a, 43.967, 42.233),
        Some("south_ossetia"),
        "Tskhinvali"
    );
    assert_eq!(id_at(&a, 44.793, 41.723), Some("georgia"), "Tbilisi");
    assert_eq!(id_at(&a, 42.700, 42.250), Some("georgia"), "Kutaisi");
}

#[test]
fn every_place_lies_in_the_region_it_names() {
    let a = atlas();
    for p in &a.places {
        let found = id_at(&a, p.lon, p.lat).unwrap_or("outside");
        assert_eq!(p.region, found, "{} is drawn in {found}", p.id);
    }
}

#[test]
fn the_sea_is_no_region() {
    let a = atlas();
    assert_eq!(id_at(&a, 40.5, 42.5), None, "Black Sea off Abkhazia");
    assert!(a.neighbour_at(LonLat::new(40.5, 42.5)).is_none());
    assert_eq!(
        a.neighbour_at(LonLat::new(44.68, 43.02))
            .map(|r| r.id.as_str()),
        Some("russia")
    );
}

#[test]
fn geodesic_areas_match_published_figures() {
    // Published: Abkhazia 8,653 km² (PopulationData.net), South Ossetia 3,900 km²
    // (PopulationData.net; City Population gives 3,858 km²). See data/regions.toml.
    let a = atlas();
    let ratio = |id: &str| a.region(id).unwrap().area_km2 / a.info[id].published_area_km2.unwrap();
    assert!(
        (0.95..=1.05).contains(&ratio("abkhazia")),
        "abkhazia: {}",
        ratio("abkhazia")
    );
    // Natural Earth's generalised 1:10m 'Georgian claim' line around South Ossetia encloses
    // 4,46x km² (checked independently with a spherical-excess sum in Python): 14 % above
    // the published figure. No registry package here ships a finer line; the details panel
    // shows both numbers. This bound catches any change to the split or the area maths.
    let so = ratio("south_ossetia");
    assert!((1.12..=1.16).contains(&so), "south_ossetia: {so}");
    let georgia_total: f64 = a.regions.iter().map(|r| r.area_km2).sum();
    // Georgia within its recognised borders: 69,700 km².
    assert!(
        (0.98..=1.02).contains(&(georgia_total / 69_700.0)),
        "{georgia_total}"
    );
}

#[test]
fn labels_sit_inside_their_regions() {
    let a = atlas();
    for (i, r) in a.regions.indexed() {
        assert_eq!(a.region_at(r.label_at), Some(i), "{}", r.id);
    }
}

#[test]
fn the_map_draws_coarser_detail_when_zoomed_out_and_all_of_it_zoomed_in() {
    let a = atlas();
    let georgia = a.region("georgia").expect("Georgia").shape.clone();
    let full = georgia.mesh.vertices.len();
    let close = georgia.at_zoom(50.0); // 50 points per km: every vertex counts
    assert_eq!(close.mesh.vertices.len(), full);
    let mut last = full;
    for ppk in [1.0, 0.3, 0.05, 0.005] {
        let d = georgia.at_zoom(ppk);
        assert!(
            d.mesh.vertices.len() <= last,
            "coarser as the map zooms out"
        );
        assert!(!d.mesh.indices.is_empty() && d.mesh.indices.len().is_multiple_of(3));
        assert!(
            d.mesh
                .indices
                .iter()
                .all(|&i| (i as usize) < d.mesh.vertices.len())
        );
        assert_eq!(d.rings.len(), d.ring_rects.len());
        last = d.mesh.vertices.len();
    }
    assert!(
        last * 4 < full,
        "the whole-world scale keeps {last} of {full} vertices"
    );
}

#[test]
fn hit_tests_at_a_zoom_agree_with_the_geometry() {
    use crate::projection::map_from_lonlat;
    let a = atlas();
    let (mut points, mut near_line) = (0, 0);
    for r in a.regions.iter().chain(&a.neighbours) {
        let (min, max) = (r.shape.bbox.min(), r.shape.bbox.max());
        for i in 0..40 {
            for j in 0..40 {
                let p = LonLat::new(
                    min.x + (max.x - min.x) * (f64::from(i) + 0.5) / 40.0,
                    min.y + (max.y - min.y) * (f64::from(j) + 0.5) / 40.0,
                );
                let exact = r.shape.contains(p);
                // Zoomed in past every level of detail: the full rings, the same answer.
                assert_eq!(
                    r.shape.contains_at_zoom(map_from_lonlat(p), 1e6),
                    exact,
                    "{} at {p:?}",
                    r.id
                );
                // At the default view's zoom the coarse rings differ only near the line.
                points += 1;
                if r.shape.contains_at_zoom(map_from_lonlat(p), 0.6) != exact {
                    near_line += 1;
                }
            }
        }
    }
    assert!(near_line * 100 < points, "{near_line} of {points}");
}

#[test]
fn the_world_inset_draws_a_fraction_of_the_countries_triangles() {
    let world = &crate::dataset::shipped().world;
    let triangles = |ppk: f64| -> usize {
        world
            .iter()
            .map(|c| c.shape.at_zoom(ppk).mesh.indices.len() / 3)
            .sum()
    };
    let full = triangles(1e6);
    // The inset at its usual width (283 points for 40,000 km, a point of error allowed) and
    // at a wide panel's (1,000 points): 102.4 km and 25.6 km levels.
    let narrow = triangles(283.0 / 40_000.0 / 2.0);
    let wide = triangles(1_000.0 / 40_000.0 / 2.0);
    assert!(narrow * 4 < full, "{narrow} of {full} triangles");
    assert!(narrow < wide && wide < full, "{narrow} < {wide} < {full}");
    // Every country still has a shape to fill at the inset's scale.
    assert!(
        world
            .iter()
            .all(|c| !c.shape.at_zoom(1e-3).mesh.indices.is_empty())
    );
}

#[test]
fn the_lines_have_bands_of_their_stated_uncertainty() {
    let a = atlas();
    assert!(!a.precision.is_empty());
    assert!(a.precision.iter().all(|s| s.uncertainty_km > 0.0));
    // One triangulated band per basis, each with area.
    assert_eq!(a.bands.len(), 2);
    assert!(a.bands.iter().all(|b| b.mesh.indices.len() >= 3));
    // A stretch of an unknown line is a located problem.
    let text = crate::load::AssetSet::embedded()
        .file("boundaries/line_precision.geojson")
        .text
        .replacen("\"line\":\"abkhazia\"", "\"line\":\"atlantis\"", 1);
    let set = crate::load::AssetSet::embedded().with("boundaries/line_precision.geojson", text);
    let err = crate::Dataset::load(&set)
        .err()
        .map(|p| p.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("boundaries/line_precision.geojson:") && err.contains("\"atlantis\""),
        "{err}"
    );
}

#[test]
fn a_place_on_a_line_has_its_cited_point_and_its_distance_to_the_line() {
    let a = atlas();
    let point = |id: &str| {
        let p = a.place(id).expect(id);
        a.line_point_of(p).map(|q| (q.id.as_str(), q.side.as_str()))
    };
    assert_eq!(point("ergneti"), Some(("ergneti", "georgia")));
    assert_eq!(point("tskhinvali"), Some(("tskhinvali", "south_ossetia")));
    // The point is the monastery in the village, under another id.
    assert_eq!(point("tigva"), Some(("tigva_monastery", "south_ossetia")));
    assert_eq!(point("khurcha"), Some(("khurcha", "georgia")));
    assert_eq!(point("tbilisi"), None);
    assert_eq!(point("sukhumi"), None);

    let near = |id: &str| {
        let p = a.place(id).expect(id);
        a.nearest_line(p.lonlat()).map(|n| (n.line, n.km))
    };
    let (line, km) = near("ergneti").expect("a line");
    assert_eq!(line, "south_ossetia");
    assert!(km < 2.0, "{km}");
    let (line, km) = near("khurcha").expect("a line");
    assert_eq!(line, "abkhazia");
    assert!(km < 2.0, "{km}");
    let (_, km) = near("tbilisi").expect("a line");
    assert!(km > 25.0, "{km}");
    // Every stretch states how precisely it is known.
    let n = a.nearest_line(LonLat::new(43.97, 42.21)).expect("a line");
    assert!(n.uncertainty_km > 0.0);
}
