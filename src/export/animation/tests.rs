use super::encode::{Rect, changed};
use super::*;

fn d(text: &str) -> Date {
    match Date::parse(text) {
        Ok(d) => d,
        Err(e) => panic!("{text}: {e:?}"),
    }
}

#[test]
fn frame_dates_step_from_the_first_to_the_last() {
    let days = frame_dates(d("2008-08-07"), d("2008-08-10"), Step::Day);
    assert_eq!(
        days,
        [
            d("2008-08-07"),
            d("2008-08-08"),
            d("2008-08-09"),
            d("2008-08-10")
        ]
    );
    // A step past the end: the last date still comes.
    let weeks = frame_dates(d("2008-08-01"), d("2008-08-20"), Step::Week);
    assert_eq!(
        weeks,
        [
            d("2008-08-01"),
            d("2008-08-08"),
            d("2008-08-15"),
            d("2008-08-20")
        ]
    );
    // The 31st comes back after a short month.
    let months = frame_dates(d("2008-01-31"), d("2008-04-30"), Step::Month);
    assert_eq!(
        months,
        [
            d("2008-01-31"),
            d("2008-02-29"),
            d("2008-03-31"),
            d("2008-04-30")
        ]
    );
    let years = frame_dates(d("1989-01-01"), d("1992-06-01"), Step::Year);
    assert_eq!(years.len(), 5);
    assert_eq!(years.last(), Some(&d("1992-06-01")));
    assert_eq!(
        frame_dates(d("2008-08-08"), d("2008-08-08"), Step::Year),
        [d("2008-08-08")]
    );
    assert!(frame_dates(d("2008-08-08"), d("2008-08-07"), Step::Day).is_empty());
}

#[test]
fn the_format_follows_the_name() {
    let of = |p: &str| AnimFormat::of_path(Path::new(p));
    assert_eq!(of("a/war.GIF"), Some(AnimFormat::Gif));
    assert_eq!(of("war.png"), Some(AnimFormat::Apng));
    assert_eq!(of("war.apng"), Some(AnimFormat::Apng));
    assert_eq!(of("frames"), Some(AnimFormat::Frames));
    assert_eq!(of("war.mp4"), None);
}

#[test]
fn an_unknown_format_or_a_missing_folder_is_an_error_and_leaves_nothing() {
    let dir = dir("bad");
    for (name, says) in [
        ("war.mp4", "a .gif, a .png"),
        ("no/such/folder/war.gif", "war.gif"),
        ("no/such/folder/frames", "frames"),
    ] {
        let Err(e) = write(&dir.join(name), 2) else {
            panic!("{name} was written");
        };
        assert!(e.to_string().contains(says), "{name}: {e}");
    }
    let left: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "left behind: {left:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_changed_rectangle_holds_every_changed_pixel() {
    let before = vec![0u8; 8 * 5];
    assert_eq!(
        changed(&before, &before, 8, 1),
        Rect {
            x: 0,
            y: 0,
            w: 1,
            h: 1
        }
    );
    let mut after = before.clone();
    for (x, y) in [(2, 1), (6, 3)] {
        if let Some(p) = after.get_mut(y * 8 + x) {
            *p = 9;
        }
    }
    assert_eq!(
        changed(&before, &after, 8, 1),
        Rect {
            x: 2,
            y: 1,
            w: 5,
            h: 3
        }
    );
    let cut = Rect {
        x: 2,
        y: 1,
        w: 5,
        h: 3,
    }
    .cut(&after, 8, 1);
    assert_eq!(cut.first(), Some(&9));
    assert_eq!(cut.last(), Some(&9));
    assert_eq!(cut.len(), 15);
}

/// A grey 64×48 frame with a red 8×8 square at `x`, and a green one from the third frame on
/// (a colour the first frame does not have).
fn frame(n: u32) -> Frame {
    let (w, h) = (64u32, 48u32);
    let mut rgba = Vec::with_capacity((w * h * 4) as usize);
    for y in 0..h {
        for x in 0..w {
            let red = (n * 10..n * 10 + 8).contains(&x) && (10..18).contains(&y);
            let green = n >= 2 && (40..48).contains(&x) && (30..38).contains(&y);
            rgba.extend_from_slice(match (red, green) {
                (true, _) => &[220, 30, 30, 255],
                (_, true) => &[20, 200, 60, 255],
                _ => &[90, 90, 90, 255],
            });
        }
    }
    Frame {
        size: [w, h],
        rgba,
        hold_ms: None,
    }
}

fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-anim-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(&dir);
    dir
}

fn write(path: &Path, frames: u32) -> Result<(PathBuf, u64), ExportError> {
    let writer = Writer::start(path, frames, 10);
    for n in 0..frames {
        // A writer that stopped (a bad name, a missing folder) takes no more; `finish` says why.
        if !writer.push(frame(n)) {
            break;
        }
    }
    writer.finish()
}

#[test]
fn a_gif_holds_every_frame_and_their_colours() {
    let dir = dir("gif");
    let path = dir.join("war.gif");
    let Ok((written, bytes)) = write(&path, 3) else {
        panic!("the GIF was not written");
    };
    assert_eq!(written, path);
    assert_eq!(std::fs::metadata(&path).map(|m| m.len()).ok(), Some(bytes));
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let file = std::fs::File::open(&path).map(std::io::BufReader::new);
    let Ok(mut decoder) = file
        .map_err(|e| e.to_string())
        .and_then(|f| options.read_info(f).map_err(|e| e.to_string()))
    else {
        panic!("the GIF does not decode");
    };
    let mut frames = Vec::new();
    while let Ok(Some(f)) = decoder.read_next_frame() {
        frames.push((f.left, f.top, f.width, f.height, f.delay, f.buffer.to_vec()));
    }
    assert_eq!(frames.len(), 3);
    // The first whole, the later ones the rectangle that changed; a tenth of a second each.
    assert_eq!(frames.first().map(|f| (f.2, f.3, f.4)), Some((64, 48, 10)));
    let Some((left, top, width, height, _, pixels)) = frames.get(2) else {
        return;
    };
    assert_eq!((*left, *top), (10, 10));
    assert!(*width >= 30 && *height >= 28, "{width}×{height}");
    // The green square, new in the third frame, keeps its colour (a palette of its own).
    let at = |x: usize, y: usize| {
        pixels.get((y * *width as usize + x) * 4..(y * *width as usize + x) * 4 + 3)
    };
    let Some(green) = at(40 - 10 + 2, 30 - 10 + 2) else {
        panic!("no pixel inside the green square");
    };
    assert!(green[1] > 150 && green[0] < 80, "{green:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_animated_png_holds_every_frame() {
    let dir = dir("apng");
    let path = dir.join("war.png");
    assert!(write(&path, 3).is_ok());
    let file = std::fs::File::open(&path).map(std::io::BufReader::new);
    let Ok(mut reader) = file
        .map_err(|e| e.to_string())
        .and_then(|f| png::Decoder::new(f).read_info().map_err(|e| e.to_string()))
    else {
        panic!("the PNG does not decode");
    };
    let frames = reader.info().animation_control.map(|a| a.num_frames);
    assert_eq!(frames, Some(3));
    let mut buffer = vec![0; reader.output_buffer_size().unwrap_or(64 * 48 * 4)];
    let mut rects = Vec::new();
    while let Ok(info) = reader.next_frame(&mut buffer) {
        let fctl = reader.info().frame_control;
        rects.push((
            info.width,
            info.height,
            fctl.map(|f| (f.x_offset, f.y_offset)),
        ));
    }
    assert_eq!(rects.len(), 3);
    assert_eq!(rects.first(), Some(&(64, 48, Some((0, 0)))));
    assert_eq!(rects.get(1).and_then(|r| r.2), Some((0, 10)));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn frames_go_into_a_folder_that_replaces_an_empty_one() {
    let dir = dir("frames");
    let out = dir.join("frames");
    assert!(std::fs::create_dir(&out).is_ok());
    assert!(write(&out, 3).is_ok());
    for n in 1..=3 {
        let path = out.join(format!("frame-{n:04}.png"));
        let size = image::image_dimensions(&path).ok();
        assert_eq!(size, Some((64, 48)), "{}", path.display());
    }
    // A folder that holds anything is kept, and the export fails.
    assert!(write(&out, 1).is_err());
    assert!(out.join("frame-0003.png").exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_cancelled_short_or_dropped_animation_leaves_nothing() {
    let dir = dir("cancel");
    let path = dir.join("war.gif");
    let writer = Writer::start(&path, 3, 10);
    assert!(writer.push(frame(0)));
    writer.cancel();
    let short = write(&path, 0);
    assert!(short.is_err());
    let writer = Writer::start(&path, 3, 10);
    assert!(writer.push(frame(0)));
    let Err(e) = writer.finish() else {
        panic!("two frames short is not an animation");
    };
    assert!(e.to_string().contains("1 of 3 frames"), "{e}");
    drop(Writer::start(&path, 3, 10));
    let left: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "left behind: {left:?}");
    // A frame of another size stops the writer.
    let writer = Writer::start(&path, 2, 10);
    let _ = writer.push(frame(0));
    let _ = writer.push(Frame {
        size: [2, 2],
        rgba: vec![0; 16],
        hold_ms: None,
    });
    assert!(writer.finish().is_err());
    assert!(!path.exists());
    std::fs::remove_dir_all(&dir).ok();
}
