//! Not a check: writes the triangles of the atlas's default screen (1280×800, 26 August 2008,
//! drawn as the window draws it: panels unfilled over the clear colour) for
//! `tools/frame-profile.sh`, which replays them group by group under the real renderer.
//! Run: `cargo test --test app frame_dump -- --ignored` (writes `target/frame.dump`).

use crate::common;

use caucasus_atlas::AtlasApp;
use caucasus_atlas::cli::Options;
use clap::Parser;
use egui::epaint::Primitive;
use egui_kittest::Harness;
use std::io::Write;

/// The group of a shape: the panel its clip rectangle lies in, then the kind of shape.
fn group(clip: egui::Rect, map: egui::Rect, shape: &egui::Shape) -> String {
    let c = clip.center();
    let panel = if clip.width() >= 1200.0 && clip.height() >= 700.0 {
        "window" // areas over everything: tooltips, popups
    } else if map.contains(c) {
        "map"
    } else if c.y > map.bottom() {
        "timeline"
    } else if c.x < map.left() {
        "lists"
    } else {
        "top"
    };
    let kind = match shape {
        egui::Shape::Text(_) => "text",
        egui::Shape::Mesh(_) => "mesh",
        egui::Shape::Rect(r) if r.blur_width > 0.0 => "shadow",
        egui::Shape::Rect(_) => "rect",
        egui::Shape::Circle(_) => "circle",
        egui::Shape::LineSegment { .. } | egui::Shape::Path(_) => "line",
        _ => "other",
    };
    format!("{panel} {kind}")
}

#[test]
#[ignore = "writes target/frame.dump for tools/frame-profile.sh"]
fn write_the_default_screen() {
    let options = Options::parse_from(["caucasus-atlas", "--date", "2008-08-26"]);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| {
            let app = AtlasApp::start(&cc.egui_ctx, &options, common::today(), None);
            cc.egui_ctx
                .all_styles_mut(|s| s.visuals.panel_fill = egui::Color32::TRANSPARENT);
            app
        });
    h.run();
    let map = h
        .state()
        .map_state()
        .and_then(|m| m.projector())
        .expect("the map was laid out")
        .rect;
    let ctx = h.ctx.clone();
    let shapes = h.output().shapes.clone();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/frame.dump");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("target/"));
    let mut put = |bytes: &[u8]| out.write_all(bytes).expect("written");
    let atlas = ctx.fonts(|f| f.image());
    put(&(atlas.size[0] as u32).to_le_bytes());
    put(&(atlas.size[1] as u32).to_le_bytes());
    for p in &atlas.pixels {
        put(&p.to_array());
    }
    let mut triangles = std::collections::BTreeMap::<String, usize>::new();
    for clipped in shapes {
        let name = group(clipped.clip_rect, map, &clipped.shape);
        for p in ctx.tessellate(vec![clipped], 1.0) {
            let Primitive::Mesh(m) = &p.primitive else {
                continue;
            };
            *triangles.entry(name.clone()).or_default() += m.indices.len() / 3;
            put(&(name.len() as u32).to_le_bytes());
            put(name.as_bytes());
            for v in [p.clip_rect.min, p.clip_rect.max] {
                put(&v.x.to_le_bytes());
                put(&v.y.to_le_bytes());
            }
            let textured = m.texture_id == egui::TextureId::default();
            put(&u32::from(textured).to_le_bytes());
            put(&(m.vertices.len() as u32).to_le_bytes());
            for v in &m.vertices {
                for x in [v.pos.x, v.pos.y, v.uv.x, v.uv.y] {
                    put(&x.to_le_bytes());
                }
                put(&v.color.to_array());
            }
            put(&(m.indices.len() as u32).to_le_bytes());
            for i in &m.indices {
                put(&i.to_le_bytes());
            }
        }
    }
    for (name, n) in &triangles {
        println!("{name:>16}: {n:6} triangles");
    }
    println!("{}", path.display());
}
