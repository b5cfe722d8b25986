use super::svg::{escape, num};
use super::*;
use egui::{Align2, FontId, Mesh, pos2, vec2};

fn page(rect: Rect) -> Page {
    Page {
        rect,
        pixels_per_point: 2.0,
        fonts: vec![
            PageFont {
                family: "Noto Sans",
                data: crate::load::embedded::fonts::NOTO_SANS,
                svg_embed_for: None,
                licence: "test licence",
            },
            PageFont {
                family: "Test Georgian",
                data: crate::load::embedded::fonts::NOTO_SANS_GEORGIAN,
                svg_embed_for: Some(|c| ('\u{10A0}'..='\u{10FF}').contains(&c)),
                licence: "test licence",
            },
        ],
        title: "A & B".to_owned(),
    }
}

/// Paint with `paint` in one frame and return the frame's shapes.
fn shapes_of(paint: impl Fn(&egui::Painter)) -> Vec<ClippedShape> {
    let ctx = egui::Context::default();
    let mut doc = None;
    for _ in 0..2 {
        let raw = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(400.0, 300.0))),
            ..Default::default()
        };
        let mut out = ctx.run_ui(raw, |ui| {
            paint(ui.painter());
            doc = Some(frame_shapes(ui.ctx()));
        });
        out.textures_delta.clear();
    }
    doc.unwrap_or_default()
}

/// Paint with `paint` in one frame and return the frame's SVG of `rect`.
fn svg_of(rect: Rect, paint: impl Fn(&egui::Painter)) -> (String, Left) {
    svg(&shapes_of(paint), &page(rect))
}

#[test]
fn shapes_become_elements_in_their_order_and_clip() {
    let rect = Rect::from_min_size(pos2(10.0, 20.0), vec2(200.0, 100.0));
    let (svg, left) = svg_of(rect, |p| {
        p.rect_filled(rect, 0.0, Color32::from_rgb(0x10, 0x20, 0x30));
        p.circle(
            pos2(50.0, 50.0),
            4.0,
            Color32::RED,
            Stroke::new(1.0, Color32::WHITE),
        );
        p.line_segment(
            [pos2(20.0, 30.0), pos2(60.0, 30.0)],
            Stroke::new(1.5, Color32::BLACK),
        );
        // Far outside the page: left out.
        p.circle_filled(pos2(390.0, 290.0), 3.0, Color32::GREEN);
    });
    assert!(svg.starts_with("<?xml"), "{svg}");
    assert!(
        svg.contains("width=\"400\" height=\"200\" viewBox=\"10 20 200 100\""),
        "{svg}"
    );
    assert!(svg.contains("<title>A &amp; B</title>"));
    let rect_at =
        svg.find("<rect x=\"10\" y=\"20\" width=\"200\" height=\"100\" fill=\"#102030\"/>");
    let circle_at = svg.find("<circle cx=\"50\" cy=\"50\" r=\"4.5\" fill=\"#ff0000\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
    let line_at = svg
        .find("<path d=\"M20 30L60 30\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\"/>");
    assert!(
        rect_at < circle_at && circle_at < line_at && rect_at.is_some(),
        "{svg}"
    );
    assert!(!svg.contains("#00ff00"), "off the page: {svg}");
    assert!(
        svg.contains("<clipPath id=\"c0\"><rect x=\"10\" y=\"20\" width=\"200\" height=\"100\"/>")
    );
    assert_eq!(left, Left::default());
    assert!(!svg.contains("@font-face"), "no Georgian text, no font");
}

#[test]
fn a_mesh_is_one_path_a_colour_and_translucency_is_kept() {
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(100.0, 100.0));
    let (svg, _) = svg_of(rect, |p| {
        let mut m = Mesh::default();
        let c = Color32::from_rgba_unmultiplied(200, 100, 0, 128);
        for q in [
            pos2(10., 10.),
            pos2(50., 10.),
            pos2(50., 50.),
            pos2(10., 50.),
        ] {
            m.colored_vertex(q, c);
        }
        m.add_triangle(0, 1, 2);
        m.add_triangle(0, 2, 3);
        p.add(Shape::mesh(m));
    });
    let paths: Vec<&str> = svg
        .lines()
        .filter(|l| l.starts_with("<path fill-rule"))
        .collect();
    assert_eq!(paths.len(), 1, "{svg}");
    assert_eq!(paths[0].matches('M').count(), 1, "one ring: {}", paths[0]);
    assert_eq!(
        paths[0].matches('L').count(),
        3,
        "four corners: {}",
        paths[0]
    );
    assert!(paths[0].contains("fill-opacity=\"0.5\""), "{}", paths[0]);
}

#[test]
fn text_is_text_each_letter_where_egui_put_it_and_a_halo_is_a_stroke() {
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(300.0, 100.0));
    let (svg, _) = svg_of(rect, |p| {
        let galley = p.layout_no_wrap(
            "Tskhinvali <ცხინვალი>".to_owned(),
            FontId::proportional(14.0),
            Color32::BLACK,
        );
        let at = pos2(20.0, 30.0);
        for d in [vec2(-1., 0.), vec2(1., 0.), vec2(0., -1.), vec2(0., 1.)] {
            p.galley_with_override_text_color(at + d, galley.clone(), Color32::WHITE);
        }
        p.galley(at, galley, Color32::BLACK);
        p.text(
            pos2(20.0, 80.0),
            Align2::LEFT_TOP,
            "plain",
            FontId::monospace(10.0),
            Color32::BLUE,
        );
    });
    let texts: Vec<&str> = svg.lines().filter(|l| l.starts_with("<text")).collect();
    assert_eq!(texts.len(), 2, "the halo is no text of its own: {svg}");
    let label = texts[0];
    assert!(
        label.ends_with(">Tskhinvali &lt;ცხინვალი&gt;</text>"),
        "{label}"
    );
    let xs = label
        .split("x=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or("");
    assert_eq!(
        xs.split(' ').count(),
        "Tskhinvali <ცხინვალი>".chars().count(),
        "{label}"
    );
    assert!(
        xs.starts_with("20 "),
        "the first letter at the galley's left: {label}"
    );
    assert!(label.contains("font-size=\"14\""));
    assert!(
        label.contains("stroke=\"#ffffff\" stroke-width=\"2\""),
        "{label}"
    );
    assert!(label.contains("paint-order=\"stroke\""));
    assert!(texts[1].contains("monospace\"") && texts[1].contains("fill=\"#0000ff\""));
    assert!(
        svg.contains("@font-face { font-family: \"Test Georgian\""),
        "Georgian text embeds its font"
    );
    assert!(svg.contains("<!-- Test Georgian: test licence -->"));
}

#[test]
fn sections_of_a_galley_keep_their_size_and_colour() {
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(300.0, 100.0));
    let (svg, _) = svg_of(rect, |p| {
        let mut job = egui::text::LayoutJob::default();
        job.append(
            "Big",
            0.0,
            egui::TextFormat::simple(FontId::proportional(20.0), Color32::RED),
        );
        job.append(
            " small\nnext",
            0.0,
            egui::TextFormat::simple(FontId::proportional(10.0), Color32::BLUE),
        );
        let galley = p.layout_job(job);
        p.galley(pos2(5.0, 5.0), galley, Color32::BLACK);
    });
    let texts: Vec<&str> = svg.lines().filter(|l| l.starts_with("<text")).collect();
    assert_eq!(texts.len(), 3, "{svg}");
    assert!(
        texts[0].contains("font-size=\"20\"") && texts[0].ends_with(">Big</text>"),
        "{}",
        texts[0]
    );
    assert!(
        texts[1].contains("font-size=\"10\"")
            && texts[1].contains("#0000ff")
            && texts[1].ends_with("> small</text>"),
        "{}",
        texts[1]
    );
    assert!(texts[2].ends_with(">next</text>"), "{}", texts[2]);
    let y = |t: &str| {
        t.split("y=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|v| v.parse::<f32>().ok())
    };
    assert!(
        y(texts[2]) > y(texts[1]),
        "the second row is below the first"
    );
}

#[test]
fn shadows_and_images_are_counted_not_drawn() {
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(100.0, 100.0));
    let (svg, left) = svg_of(rect, |p| {
        p.add(
            RectShape::filled(
                Rect::from_min_size(pos2(5., 5.), vec2(20., 20.)),
                2.0,
                Color32::BLACK,
            )
            .with_blur_width(8.0),
        );
        let mut m = Mesh::with_texture(TextureId::User(7));
        m.add_rect_with_uv(
            Rect::from_min_size(pos2(1., 1.), vec2(9., 9.)),
            Rect::from_min_max(pos2(0., 0.), pos2(1., 1.)),
            Color32::WHITE,
        );
        p.add(Shape::mesh(m));
    });
    assert_eq!(
        left,
        Left {
            images: 1,
            shadows: 1,
            letters: 0
        }
    );
    assert!(!svg.contains("<rect x=\"5\""), "{svg}");
}

#[test]
fn numbers_are_short_and_escaping_is_complete() {
    assert_eq!(num(1.0), "1");
    assert_eq!(num(-0.001), "0");
    assert_eq!(num(12.345_6), "12.35");
    assert_eq!(escape("a<b>&\"c'\u{1}"), "a&lt;b&gt;&amp;&quot;c&apos;");
}

#[test]
fn a_pdf_page_holds_the_text_in_embedded_fonts_and_counts_letters_it_lacks() {
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(300.0, 100.0));
    let shapes = shapes_of(|p| {
        p.rect_filled(
            Rect::from_min_size(pos2(10., 10.), vec2(50., 20.)),
            4.0,
            Color32::RED,
        );
        p.circle(
            pos2(80.0, 50.0),
            5.0,
            Color32::BLUE,
            Stroke::new(1.0, Color32::WHITE),
        );
        let galley = p.layout_no_wrap(
            "Gori გორი 😀".to_owned(),
            FontId::proportional(14.0),
            Color32::BLACK,
        );
        for d in [vec2(-1., 0.), vec2(1., 0.), vec2(0., -1.), vec2(0., 1.)] {
            p.galley_with_override_text_color(pos2(20.0, 60.0) + d, galley.clone(), Color32::WHITE);
        }
        p.galley(pos2(20.0, 60.0), galley, Color32::BLACK);
    });
    let Ok((bytes, left)) = pdf(&shapes, &page(rect)) else {
        panic!("a PDF");
    };
    assert!(bytes.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(
        text.matches("/FontFile2").count(),
        2,
        "both fonts, as subsets"
    );
    assert_eq!(left.letters, 1, "the emoji is in neither font");
    // An empty page is an error, not a panic.
    let empty = Page {
        rect: Rect::from_min_size(Pos2::ZERO, Vec2::ZERO),
        ..page(rect)
    };
    assert!(pdf(&shapes, &empty).is_err());
}
