//! Guided stories in the running app: opened from the menu or the command line, walked with
//! the keys and the bar, left and returned to, carried by a link, and kept while a broken
//! story file is fixed.

use crate::common::{self, d, start};
use caucasus_atlas::AtlasApp;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// The day slide `n` (from 1) of story `id` shows.
fn day(h: &Harness<'static, AtlasApp>, id: &str, n: usize) -> caucasus_atlas::Date {
    let story = h
        .state()
        .data()
        .and_then(|d| d.stories.get(id))
        .expect("the story");
    story.slides[n - 1].shown_day()
}

/// Press `key` and let the slide's move settle.
fn press(h: &mut Harness<'static, AtlasApp>, key: Key) {
    h.key_press(key);
    h.run();
}

#[test]
fn a_story_opens_from_the_menu_and_the_keys_walk_its_slides() {
    let mut h = start(&[]);
    h.get_by_label("Stories").click();
    h.run();
    h.get_by_label("The August 2008 war, day by day").click();
    h.run();
    assert_eq!(h.state().story_at(), Some(("august_2008", 1)));
    h.get_by_label("Slide 1 of 18");
    assert_eq!(h.state().date(), Some(day(&h, "august_2008", 1)));
    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().story_at(), Some(("august_2008", 2)));
    assert_eq!(h.state().date(), Some(day(&h, "august_2008", 2)));
    assert_eq!(
        h.state().selected_event_id(),
        Some("georgian_offensive_2008")
    );
    // What a screen reader says of the new slide: a polite live region with its number,
    // date and title (the heading's text stays its value).
    let spoken: Vec<_> = h
        .query_all_by_label_contains("7–8 August: a ceasefire")
        .filter(|n| {
            n.accesskit_node().label().is_some_and(|l| {
                l.starts_with("Slide 2 of 18: 7 August 2008 – 8 August 2008, 7–8 August")
            })
        })
        .map(|n| n.accesskit_node().live())
        .collect();
    assert_eq!(spoken, [egui::accesskit::Live::Polite]);
    press(&mut h, Key::PageDown);
    h.get_by_label("Slide 3 of 18");
    press(&mut h, Key::End);
    assert_eq!(h.state().story_at(), Some(("august_2008", 18)));
    press(&mut h, Key::ArrowRight); // past the end: stays
    assert_eq!(h.state().story_at(), Some(("august_2008", 18)));
    press(&mut h, Key::Home);
    assert_eq!(h.state().story_at(), Some(("august_2008", 1)));
    // The bar's buttons do the same.
    h.get_by_label("Next ›").click();
    h.run();
    assert_eq!(h.state().story_at(), Some(("august_2008", 2)));
    // Esc leaves; what the slide showed stays, and the arrows move days again.
    press(&mut h, Key::Escape);
    assert_eq!(h.state().story_at(), None);
    assert!(h.query_by_label("Slide 2 of 18").is_none());
    let date = h.state().date().expect("a date");
    assert_eq!(date, day(&h, "august_2008", 2));
    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().date(), Some(date.add_days(1)));
}

#[test]
fn moving_away_offers_the_slide_back_and_r_restores_it() {
    let mut h = start(&["--story", "august_2008", "--slide", "3"]);
    assert_eq!(h.state().story_at(), Some(("august_2008", 3)));
    let (date, selected) = (
        h.state().date(),
        h.state().selected_event_id().map(str::to_owned),
    );
    assert!(h.query_by_label("Back to the slide").is_none());
    // Another date (Shift+Right: the next event) and a zoom by key: the reader moved away.
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    press(&mut h, Key::Plus);
    assert_ne!(h.state().date(), date);
    h.get_by_label("Back to the slide");
    press(&mut h, Key::R);
    assert_eq!(h.state().date(), date);
    assert_eq!(h.state().selected_event_id().map(str::to_owned), selected);
    assert!(h.query_by_label("Back to the slide").is_none());
    assert_eq!(h.state().story_at(), Some(("august_2008", 3)));
}

#[test]
fn the_link_carries_the_story_and_its_slide() {
    let h = start(&["--story", "recognitions", "--slide", "5"]);
    let link = h.state().link().expect("a link");
    assert!(link.contains("--story recognitions --slide 5"), "{link}");
    // The link's flags open the same slide on the same day.
    let args: Vec<&str> = link.split(' ').skip(1).collect();
    let again = start(&args);
    assert_eq!(again.state().story_at(), Some(("recognitions", 5)));
    assert_eq!(again.state().date(), h.state().date());
    assert_eq!(again.state().selection(), h.state().selection());
}

#[test]
fn autoplay_moves_on_after_the_slide_s_time_and_stops_at_the_end() {
    let mut h = start(&["--story", "sukhumi_1989_1993", "--slide", "8"]);
    let seconds = h
        .state()
        .data()
        .and_then(|d| d.stories.get("sukhumi_1989_1993"))
        .map(|s| s.slides[7].seconds)
        .expect("the story");
    press(&mut h, Key::Space);
    h.get_by_label("Pause");
    // A step is a quarter of a second in the harness.
    h.run_steps((seconds * 4.0) as usize + 8);
    assert_eq!(h.state().story_at(), Some(("sukhumi_1989_1993", 9)));
    h.run_steps(200);
    assert_eq!(h.state().story_at(), Some(("sukhumi_1989_1993", 9)));
    assert!(h.query_by_label("Pause").is_none());
    assert_eq!(h.state().date(), Some(day(&h, "sukhumi_1989_1993", 9)));
}

#[test]
fn every_shipped_story_has_eight_slides_or_more_each_sourced() {
    let data = common::shipped();
    let ids: Vec<&str> = data.stories.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "august_2008",
            "recognitions",
            "sukhumi_1989_1993",
            "the_line"
        ]
    );
    for s in data.stories.iter() {
        assert!(s.slides.len() >= 8, "{}", s.id);
        for slide in &s.slides {
            assert!(!slide.sources.is_empty() && !slide.text.en.is_empty());
            assert!(slide.date >= d("1989-01-01"));
        }
    }
}

#[test]
fn presenter_view_shows_the_notes_and_the_next_slide_and_moves_the_story() {
    let mut h = start(&["--story", "august_2008"]);
    h.get_by_label("Stories").click();
    h.run();
    h.get_by_label("Presenter view").click();
    h.run();
    let story = h
        .state()
        .data()
        .and_then(|d| d.stories.get("august_2008"))
        .cloned()
        .expect("the story");
    let notes = story.slides[0]
        .notes
        .clone()
        .expect("the first slide has notes");
    h.get_by_label(&notes);
    h.get_by_label("Next slide");
    h.get_by_label_contains(&story.slides[1].title.en);
    // The speaker's Next moves the story (two "Next ›": the bar's and the speaker's).
    let nexts: Vec<_> = h.query_all_by_label("Next ›").collect();
    assert_eq!(nexts.len(), 2);
    nexts[1].click();
    h.run();
    assert_eq!(h.state().story_at(), Some(("august_2008", 2)));
    h.get_by_label("Close presenter view").click();
    h.run();
    assert!(h.query_by_label("Next slide").is_none());
    assert_eq!(h.state().story_at(), Some(("august_2008", 2)));
}

#[test]
fn a_slide_change_moves_for_a_moment_unless_motion_is_reduced_and_then_idles() {
    let mut h = start(&["--story", "august_2008"]);
    let (one, two, three) = (
        day(&h, "august_2008", 1),
        day(&h, "august_2008", 2),
        day(&h, "august_2008", 3),
    );
    assert_eq!(h.state().date(), Some(one));
    // With motion: a frame in, the date is on its way.
    h.key_press(Key::ArrowRight);
    h.step();
    let during = h.state().date().expect("a date");
    assert!(
        one < during && during < two,
        "{one:?} < {during:?} < {two:?}"
    );
    h.run();
    assert_eq!(h.state().date(), Some(two));
    // Settled and not playing: no frame is asked for.
    h.step();
    assert!(!h.ctx.has_requested_repaint());
    // Reduce motion (remembered): the next slide is there at once.
    h.get_by_label("Stories").click();
    h.run();
    h.get_by_label("Reduce motion").click();
    h.run();
    assert!(h.state().remembered().is_some_and(|r| r.reduce_motion));
    h.key_press(Key::ArrowRight);
    h.step();
    assert_eq!(h.state().date(), Some(three));
}

#[test]
fn a_slide_s_filter_opens_the_events_tab_and_leaving_gives_the_reader_s_back() {
    use caucasus_atlas::{Category, LeftTab};
    let mut h = start(&["--story", "the_line", "--slide", "2"]);
    let (tab, all) = h
        .state()
        .event_list()
        .map(|(t, c)| (t, c.to_vec()))
        .expect("the list");
    assert_eq!(tab, LeftTab::Recognitions);
    // Slide 3 (fences) shows only the events at the lines.
    press(&mut h, Key::ArrowRight);
    let (tab, categories) = h.state().event_list().expect("the list");
    assert_eq!(
        (tab, categories),
        (LeftTab::Events, &[Category::Borderization][..])
    );
    // Leaving gives the reader's tab and filters back.
    press(&mut h, Key::Escape);
    let (tab, categories) = h.state().event_list().expect("the list");
    assert_eq!((tab, categories.to_vec()), (LeftTab::Recognitions, all));
}
