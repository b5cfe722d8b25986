//! A watched data folder under what editors and people do to it: many saves, atomic saves, a
//! folder in a file's place, the whole folder deleted and made again.

use crate::common::app;
use crate::data_folder_ui::{event_title, exported, open, until};
use caucasus_atlas::AtlasApp;
use caucasus_atlas::export_embedded;
use std::time::Duration;

/// What editors and people do to a watched folder (an outside campaign found the app survives
/// it; pinned here): a file saved fifty times in a second, replaced atomically, replaced by a
/// folder and restored, the whole folder deleted and made again. The app keeps the last good
/// data throughout, shows the newest once it is good, and settles.
#[test]
fn a_watched_folder_survives_rapid_saves_replacements_and_removal() {
    let dir = exported("campaign");
    let mut h = app();
    open(&mut h, &dir);
    let events = dir.join("data/events.toml");
    let shipped = std::fs::read_to_string(&events).expect("readable");
    let titled = |t: &str| {
        shipped.replacen(
            "title = \"Sochi (Dagomys) agreement",
            &format!("title = \"{t}: Sochi (Dagomys) agreement"),
            1,
        )
    };
    let shows = |t: &'static str| {
        move |a: &AtlasApp| {
            event_title(a, "sochi_agreement_1992").is_some_and(|s| s.starts_with(&format!("{t}:")))
        }
    };
    // Fifty saves in about a second, the app stepping between them.
    for n in 0..50 {
        std::fs::write(&events, titled(&format!("Save {n}"))).expect("writable");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    until(&mut h, "the last save", shows("Save 49"));
    // An editor's atomic save: a new file renamed over the old one.
    let tmp = dir.join("data/.events.toml.swp");
    std::fs::write(&tmp, titled("Atomic")).expect("writable");
    std::fs::rename(&tmp, &events).expect("renamed");
    until(&mut h, "the atomic save", shows("Atomic"));
    // A folder where the file was: a problem, and the last good data kept.
    std::fs::remove_file(&events).expect("removed");
    std::fs::create_dir(&events).expect("a folder in its place");
    until(&mut h, "the problem", |a| {
        a.source().failed.as_ref().is_some_and(|f| {
            f.problems
                .iter()
                .any(|p| p.file == "data/events.toml" && p.message.id == "problem-is-a-folder")
        })
    });
    assert!(shows("Atomic")(h.state()), "the last good data is kept");
    std::fs::remove_dir(&events).expect("the folder removed");
    std::fs::write(&events, titled("Restored")).expect("writable");
    until(&mut h, "the restored file", |a| {
        shows("Restored")(a) && a.source().failed.is_none()
    });
    // The whole folder deleted, then made again.
    std::fs::remove_dir_all(&dir).expect("removed");
    for _ in 0..25 {
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    assert!(shows("Restored")(h.state()), "the last good data is kept");
    export_embedded(&dir).expect("exported again");
    std::fs::write(&events, titled("Recreated")).expect("writable");
    until(&mut h, "the recreated folder", shows("Recreated"));
    assert!(!h.state().source().is_loading());
    // Settled: nothing asks for frames any more.
    std::thread::sleep(Duration::from_millis(600));
    let steps = h.run();
    assert!(steps <= 4, "{steps} frames once settled");
    let _ = std::fs::remove_dir_all(&dir);
}
