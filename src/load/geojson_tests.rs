//! Tests of the GeoJSON reader: each problem at its feature's real line.

use super::*;

const SQUARE: &str = "[[[44,42],[45,42],[45,43],[44,43],[44,42]]]";

fn collection(features: &[String]) -> String {
    format!(
        "{{\n\"type\": \"FeatureCollection\",\n\"features\": [\n{}\n]\n}}\n",
        features.join(",\n")
    )
}

fn feature(id: &str, coords: &str) -> String {
    format!(
        "{{ \"type\": \"Feature\",\n  \"properties\": {{ \"id\": \"{id}\", \"kind\": \"state\", \"name_en\": \"X\" }},\n  \"geometry\": {{ \"type\": \"Polygon\",\n    \"coordinates\": {coords} }} }}"
    )
}

fn problems_of(text: &str) -> Vec<String> {
    let mut ps = Problems::default();
    load_features(&AssetFile::new("b.geojson", text), Bounds::MAP, &mut ps);
    ps.iter().map(ToString::to_string).collect()
}

#[test]
fn feature_starts_are_found_in_the_text() {
    let text = collection(&[feature("a", SQUARE), feature("b", SQUARE)]);
    let (starts, _) = scan(&text);
    assert_eq!(
        starts
            .iter()
            .map(|&s| crate::load::line_column(&text, s).0)
            .collect::<Vec<_>>(),
        [4, 8]
    );
    assert!(problems_of(&text).is_empty());
}

#[test]
fn a_ring_that_does_not_close_is_reported_at_its_feature_line() {
    let open = "[[[44,42],[45,42],[45,43],[44,43],[44.5,42]]]";
    let text = collection(&[feature("a", SQUARE), feature("b", open)]);
    assert_eq!(
        problems_of(&text),
        [
            "b.geojson:11:5: feature 1 (id \"b\"): field `coordinates`: polygon 0, ring 0: expected a closed ring (last position equal to the first), found [44.0, 42.0] … [44.5, 42.0]"
        ]
    );
}

#[test]
fn too_few_points_self_intersection_and_out_of_bounds_are_problems() {
    let few = "[[[44,42],[45,42],[44,42]]]";
    let bowtie = "[[[44,42],[45,43],[45,42],[44,43],[44,42]]]";
    let far = "[[[4,42],[45,42],[45,43],[44,43],[4,42]]]";
    let text = collection(&[
        feature("a", few),
        feature("b", bowtie),
        feature("c", far),
        feature("c", SQUARE),
    ]);
    let ps = problems_of(&text);
    assert_eq!(ps.len(), 4, "{ps:#?}");
    assert!(ps[0].starts_with("b.geojson:7:5: feature 0 (id \"a\"): field `coordinates`: polygon 0, ring 0: expected at least 4 positions"), "{}", ps[0]);
    assert!(
        ps[1].starts_with("b.geojson:11:5: feature 1 (id \"b\"): field `coordinates`: polygon 0: "),
        "{}",
        ps[1]
    );
    assert!(
        ps[1].contains("the outer ring crosses itself between positions 0 and 2"),
        "{}",
        ps[1]
    );
    assert!(
        ps[2].contains("position 0: expected a position inside 35–51° E, 37–47° N, found (4, 42)"),
        "{}",
        ps[2]
    );
    assert!(
        ps[3]
            .starts_with("b.geojson:17:19: feature 3 (id \"c\"): field `id`: expected a unique id"),
        "{}",
        ps[3]
    );
}

#[test]
fn not_a_feature_collection_and_bad_json_are_located() {
    assert_eq!(
        problems_of("{\"type\": \"Feature\"}"),
        [
            "b.geojson:1:1: field `type`: expected a GeoJSON FeatureCollection with a `features` array, found type \"Feature\""
        ]
    );
    let ps = problems_of("{\n\"type\": \"FeatureCollection\",\n\"features\": [ ,\n");
    assert!(ps[0].starts_with("b.geojson:3:15: "), "{ps:?}");
}

#[test]
fn absurd_counts_are_refused_before_parsing() {
    let many = vec!["{}"; MAX_FEATURES + 1].join(",");
    let ps = problems_of(&format!(
        "{{\"type\":\"FeatureCollection\",\"features\":[{many}]}}"
    ));
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert!(
        ps[0].starts_with("b.geojson: has 100001 features"),
        "{}",
        ps[0]
    );
}

#[test]
fn missing_kind_and_name_are_each_reported() {
    let text = collection(&["{ \"type\": \"Feature\", \"properties\": { \"id\": \"x\", \"name_en\": \" \" }, \"geometry\": null }".to_owned()]);
    let ps = problems_of(&text);
    assert_eq!(ps.len(), 3, "{ps:#?}");
    assert!(
        ps[0].contains("field `kind`: expected one of state"),
        "{}",
        ps[0]
    );
    assert!(
        ps[1].contains("field `name_en`: expected a non-empty English name"),
        "{}",
        ps[1]
    );
    assert!(
        ps[2].contains("field `geometry`: expected a Polygon or MultiPolygon, found none"),
        "{}",
        ps[2]
    );
}
