use super::*;

/// A settings file as eframe writes it, with egui's memory at `zoom` and the window `size`
/// points wide.
fn settings(zoom: &str, width: &str) -> String {
    let mut memory = ron::to_string(&egui::Memory::default()).unwrap();
    memory = memory.replacen("zoom_factor:1.0", &format!("zoom_factor:{zoom}"), 1);
    assert!(memory.contains(&format!("zoom_factor:{zoom}")), "{memory}");
    let window = format!(
        "(normal_geometry:(outer_position_pixels:Some((x:0.0,y:0.0)),scale_factor:1.0,\
         inner_size_points:(x:{width},y:800.0)),fullscreen:false,maximized:false)"
    );
    let map = BTreeMap::from([
        ("egui".to_owned(), memory),
        ("window".to_owned(), window),
        (
            super::super::STORAGE_KEY.to_owned(),
            "{\"version\":1}".to_owned(),
        ),
    ]);
    ron::ser::to_string_pretty(&map, ron::ser::PrettyConfig::default()).unwrap()
}

fn reset_ids(text: &str) -> Vec<&'static str> {
    vet_text(text).map_or_else(Vec::new, |(r, _)| r.iter().map(|s| s.id).collect())
}

/// A settings file the app wrote in a session under Xvfb.
const WRITTEN: &str = include_str!("../../tests/fixtures/settings/app.ron");

#[test]
fn a_good_file_is_left_alone() {
    assert_eq!(vet_text(WRITTEN), None);
    let (reset, _) = vet_text(&WRITTEN.replace("zoom_factor:1.0", "zoom_factor:NaN")).unwrap();
    assert_eq!(
        reset.iter().map(|s| s.id).collect::<Vec<_>>(),
        ["repaired-zoom"]
    );
    assert_eq!(vet_text(&settings("1.0", "1280.0")), None);
    assert_eq!(vet_text(&settings("2.5", "1280.0")), None);
}

#[test]
fn a_zoom_egui_cannot_use_is_set_back_to_one_and_the_rest_kept() {
    for zoom in ["0.0", "-1.0", "NaN", "inf", "1000000000.0", "0.1"] {
        let (reset, cleaned) = vet_text(&settings(zoom, "1280.0")).unwrap();
        assert_eq!(reset.len(), 1, "{zoom}");
        assert_eq!(reset[0].id, "repaired-zoom", "{zoom}: {}", reset[0]);
        let cleaned = cleaned.unwrap();
        let map: BTreeMap<String, String> = ron::from_str(&cleaned).unwrap();
        let memory: egui::Memory = ron::from_str(&map["egui"]).unwrap();
        assert_eq!(memory.options.zoom_factor, 1.0);
        assert!(map.contains_key("window") && map.contains_key(super::super::STORAGE_KEY));
        // Read again, the cleaned file is fine.
        assert_eq!(vet_text(&cleaned), None, "{zoom}");
    }
}

#[test]
fn a_window_no_screen_can_show_is_reset() {
    for width in ["0.0", "-5.0", "NaN", "1000000000.0"] {
        assert_eq!(
            reset_ids(&settings("1.0", width)),
            ["repaired-window"],
            "{width}"
        );
    }
    let text = settings("1.0", "1280.0").replace("scale_factor:1.0", "scale_factor:0.0");
    assert_eq!(reset_ids(&text), ["repaired-window"]);
    let text = settings("1.0", "1280.0").replace("x:0.0,y:0.0", "x:1e300,y:0.0");
    assert_eq!(reset_ids(&text), ["repaired-window"]);
}

#[test]
fn nan_elsewhere_in_egui_memory_drops_the_memory() {
    let text = settings("1.0", "1280.0");
    let at = text.find("feathering_size_in_pixels:1.0").unwrap();
    let bad = format!(
        "{}feathering_size_in_pixels:NaN{}",
        &text[..at],
        &text[at + "feathering_size_in_pixels:1.0".len()..]
    );
    let (reset, cleaned) = vet_text(&bad).unwrap();
    assert_eq!(
        reset.iter().map(|s| s.id).collect::<Vec<_>>(),
        ["repaired-memory"]
    );
    let map: BTreeMap<String, String> = ron::from_str(&cleaned.unwrap()).unwrap();
    assert!(!map.contains_key("egui") && map.contains_key("window"));
}

#[test]
fn a_huge_state_is_forgotten_and_an_unreadable_file_reset() {
    let big = format!("{{\"search\":\"{}\"}}", "x".repeat(MAX_STATE_BYTES));
    let map = BTreeMap::from([(super::super::STORAGE_KEY.to_owned(), big)]);
    assert_eq!(
        reset_ids(&ron::to_string(&map).unwrap()),
        ["repaired-state"]
    );
    assert_eq!(reset_ids("{\"egui\": "), ["repaired-unreadable"]);
}

#[cfg(unix)]
#[test]
fn the_file_is_repaired_in_place_and_the_old_one_kept() {
    let dir = std::env::temp_dir().join(format!("atlas-settings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("app.ron");
    assert_eq!(vet_file(&path), None, "no file");
    let bad = settings("NaN", "1280.0");
    std::fs::write(&path, &bad).unwrap();
    let r = vet_file(&path).unwrap();
    assert_eq!(r.reset[0].id, "repaired-zoom");
    let kept = r.kept.unwrap();
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), bad);
    let now = std::fs::read_to_string(&path).unwrap();
    assert_eq!(vet_text(&now), None);
    assert_eq!(vet_file(&path), None, "repaired once");

    // Too large, or not a file: not read, moved aside whole.
    std::fs::write(&path, vec![b' '; MAX_FILE_BYTES as usize + 1]).unwrap();
    let r = vet_file(&path).unwrap();
    assert_eq!(r.unread.map(|s| s.id), Some("problem-too-big"));
    assert!(!path.exists());
    std::fs::create_dir(&path).unwrap();
    assert_eq!(
        vet_file(&path).unwrap().unread.map(|s| s.id),
        Some("problem-is-a-folder")
    );
    assert!(!path.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
