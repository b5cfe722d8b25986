use super::*;

#[test]
fn a_capture_sees_no_pointer() {
    // A label under the pointer is hovered; with the pointer taken out of the input it is
    // not, though the pointer moves over it again and clicks.
    let ctx = egui::Context::default();
    let over = egui::pos2(20.0, 15.0);
    let frame = |events: Vec<egui::Event>, capturing: bool| {
        let mut raw = egui::RawInput {
            events,
            ..Default::default()
        };
        if capturing {
            without_pointer(&mut raw);
        }
        let mut hovered = false;
        let mut out = ctx.run_ui(raw, |ui| {
            hovered = ui.label("a place").hovered();
        });
        out.textures_delta.clear();
        hovered
    };
    frame(vec![], false);
    assert!(frame(vec![egui::Event::PointerMoved(over)], false));
    let press = egui::Event::PointerButton {
        pos: over,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    };
    // egui learns in the first frame that the pointer left; a capture lets frames settle
    // (`SETTLE_FRAMES`) before it takes the pixels.
    frame(vec![egui::Event::PointerMoved(over), press.clone()], true);
    for _ in 0..SETTLE_FRAMES {
        let hovered = frame(vec![egui::Event::PointerMoved(over), press.clone()], true);
        assert!(!hovered, "the pointer is out of the picture");
    }
    assert!(frame(vec![egui::Event::PointerMoved(over)], false));
}

#[test]
fn opaque_and_translucent_pixels_are_written_unmultiplied() {
    let dir = std::env::temp_dir().join(format!("atlas-png-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok();
    for (name, pixel, want) in [
        (
            "opaque.png",
            egui::Color32::from_rgb(10, 200, 30),
            [10, 200, 30, 255],
        ),
        (
            "translucent.png",
            egui::Color32::from_rgba_unmultiplied(200, 100, 0, 128),
            [200, 100, 0, 128],
        ),
    ] {
        let path = dir.join(name);
        let image = egui::ColorImage::new([3, 2], vec![pixel; 6]);
        assert_eq!(write_png(&path, &image), Ok((path.clone(), [3, 2])));
        let back = image::open(&path).map(|i| i.to_rgba8());
        let Ok(back) = back else {
            panic!("{name} does not read back");
        };
        assert_eq!(back.dimensions(), (3, 2));
        // Premultiplying to 8 bits and back loses a little of a translucent colour.
        for (got, want) in back.get_pixel(2, 1).0.iter().zip(want) {
            assert!(got.abs_diff(want) <= 1, "{name}: {got} vs {want}");
        }
    }
    let mut short = egui::ColorImage::new([3, 2], vec![egui::Color32::BLACK; 6]);
    short.pixels.pop();
    assert!(write_png(&dir.join("short.png"), &short).is_err());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_renderer_that_never_answers_ends_the_capture_with_an_error() {
    // A bare context has no renderer: the request is never answered.
    let ctx = egui::Context::default();
    let path = std::env::temp_dir().join("atlas-never-written.png");
    let mut c = Capture::new(path.clone(), None, true, Layout::MapAndTimeline);
    c.give_up = std::time::Duration::ZERO;
    let mut outcome = None;
    for _ in 0..10 {
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            if outcome.is_none() {
                outcome = c.step(ui.ctx(), false);
            }
        });
        out.textures_delta.clear();
    }
    let Some(Err(e)) = outcome else {
        panic!("expected an error, got {outcome:?}");
    };
    assert!(e.contains("no image"), "{e}");
    assert!(!path.exists());
}
