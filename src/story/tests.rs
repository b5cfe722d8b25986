use super::*;
use crate::Dataset;
use crate::load::AssetSet;

const SMALL_STORY: &str = include_str!("../../tests/fixtures/small/stories/small.toml");

/// The shipped data with the small story's slides rewritten to the shipped ids.
fn shipped_with(name: &str, text: &str) -> Result<Dataset, crate::load::Problems> {
    Dataset::load(&AssetSet::embedded().without_stories().with(name, text))
}

fn story_text() -> String {
    SMALL_STORY
        .replace("test_war", "russia_recognition_2008")
        .replace("test_recognition", "russia_recognition_2008")
        .replace("test_a", "wiki_occupied_territories")
        .replace("test_b", "wiki_occupied_territories")
}

#[test]
fn a_story_reads_with_its_slides_in_order_and_the_english_standing_in_is_marked() {
    let d = shipped_with("stories/small.toml", &story_text()).unwrap_or_else(|e| panic!("{e}"));
    let s = d.stories.get("small").expect("the story");
    assert_eq!(s.slides.len(), 3);
    assert_eq!(s.title.get(Lang::Ru), ("Маленькая история", false));
    assert_eq!(s.title.get(Lang::Ka), ("A small story", true));
    let [a, b, c] = [&s.slides[0], &s.slides[1], &s.slides[2]];
    assert_eq!(
        a.view,
        Some(SlideView::Region(RegionId::new("south_ossetia")))
    );
    assert_eq!(a.title.get(Lang::Ka), ("ომი", false));
    assert_eq!(b.pov, Some(Pov::Georgia));
    assert_eq!(b.compare, Some(Date::parse("2008-08-08").unwrap()));
    assert_eq!(b.seconds, 3.0);
    assert_eq!(b.text.get(Lang::Ru), ("Выдуманное признание.", false));
    assert_eq!(c.view, Some(SlideView::Place(PlaceId::new("sukhumi"))));
    assert_eq!(
        c.select,
        Some(SlideSelect::Region(RegionId::new("abkhazia")))
    );
    assert_eq!(c.until, Some(Date::parse("2020-03-05").unwrap()));
    assert_eq!(a.seconds, DEFAULT_SECONDS);
}

#[test]
fn a_slide_may_select_a_place() {
    let text = story_text().replace("select = \"abkhazia\"", "select = \"tskhinvali\"");
    let d = shipped_with("stories/small.toml", &text).unwrap_or_else(|e| panic!("{e}"));
    let s = d.stories.get("small").expect("the story");
    assert_eq!(
        s.slides[2].select,
        Some(SlideSelect::Place(PlaceId::new("tskhinvali")))
    );
}

#[test]
fn a_broken_story_is_refused_with_every_problem_located() {
    let text = story_text()
        .replace(
            "sources = [\"wiki_occupied_territories\"]\ndate = \"2008-08-08\"",
            "sources = []\ndate = \"1988-01-01\"",
        )
        .replace("view = \"sukhumi\"", "view = \"atlantis\"")
        .replace(
            "select = \"abkhazia\"",
            "select = \"nowhere\"\nbox = [1, 2, 3, 4]",
        );
    let problems = shipped_with("stories/small.toml", &text).expect_err("refused");
    let report = problems.report();
    for expected in [
        "stories/small.toml:11:11: story \"small\" slide 1: field `sources`: expected at least one source id",
        "stories/small.toml:12:8: story \"small\" slide 1: field `date`: expected a day on the timeline (1989-01-01 to ",
        "story \"small\" slide 3: field `box`: expected `view` or `box`, not both",
        "story \"small\" slide 3: field `select`: expected the id of an event, a region or a place, found \"nowhere\"",
    ] {
        assert!(report.contains(expected), "{expected}\nin\n{report}");
    }
}

#[test]
fn unknown_ids_and_keys_are_reported_and_a_story_needs_slides() {
    let text = story_text()
        .replace(
            "events = [\"russia_recognition_2008\"]\nnotes",
            "events = [\"no_such_event\"]\nnotes",
        )
        .replace("seconds = 3", "seconds = 3\nspeed = 2");
    let report = shipped_with("stories/small.toml", &text)
        .expect_err("refused")
        .report();
    assert!(
        report.contains("field `events`: unknown event id \"no_such_event\""),
        "{report}"
    );
    assert!(report.contains("unknown field `speed`"), "{report}");
    let empty = "title = \"t\"\nauthor = \"a\"\nabout = \"b\"\n";
    let report = shipped_with("stories/empty.toml", empty)
        .expect_err("refused")
        .report();
    assert!(
        report.contains("expected at least one [[slide]]"),
        "{report}"
    );
}

#[test]
fn a_drafted_slide_reads_back_as_written() {
    let draft = SlideDraft {
        title: "A \"quoted\" title".into(),
        text: "Two lines,\nwith a backslash \\ in them.".into(),
        sources: vec!["wiki_occupied_territories".into()],
        date: Some(Date::parse("2008-08-26").unwrap()),
        compare: Some(Date::parse("2008-08-01").unwrap()),
        view: Some(crate::view::ViewBox::parse("43.123456,41.9,44.6,42.5").unwrap()),
        pov: Some(Pov::Russia),
        select: Some("russia_recognition_2008".into()),
        events: vec!["russia_recognition_2008".into()],
        notes: "Say: \"look here\".".into(),
    };
    let text = story_header("Mine", "Me", "What it shows.") + &draft.to_toml();
    let d = shipped_with("stories/mine.toml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let s = &d.stories.get("mine").expect("read back").slides[0];
    assert_eq!(s.title.en, draft.title);
    assert_eq!(s.text.en, draft.text);
    assert_eq!(s.compare, draft.compare);
    assert_eq!(s.pov, Some(Pov::Russia));
    assert_eq!(s.notes.as_deref(), Some("Say: \"look here\"."));
    assert!(matches!(s.view, Some(SlideView::Box(b)) if b.west == 43.1235));
    assert_eq!(
        s.select,
        Some(SlideSelect::Event(EventId::new("russia_recognition_2008")))
    );
}

#[test]
fn a_slide_may_filter_the_events_by_category_and_region() {
    let text = story_text().replace(
        "seconds = 3",
        "seconds = 3\ncategories = [\"borderization\", \"armed_conflict\"]\nregion = \"south_ossetia\"",
    );
    let d = shipped_with("stories/small.toml", &text).unwrap_or_else(|e| panic!("{e}"));
    let slides = &d.stories.get("small").expect("the story").slides;
    assert_eq!(slides[0].filter, None);
    assert_eq!(
        slides[1].filter,
        Some(SlideFilter {
            categories: vec![
                crate::chronicle::Category::Borderization,
                crate::chronicle::Category::ArmedConflict
            ],
            region: Some(crate::chronicle::Concern::SouthOssetia),
        })
    );
    let bad = story_text().replace("seconds = 3", "seconds = 3\ncategories = [\"gossip\"]");
    let report = shipped_with("stories/small.toml", &bad)
        .expect_err("refused")
        .report();
    assert!(report.contains("stories/small.toml:"), "{report}");
}

#[test]
fn a_slide_header_written_inside_the_about_text_is_text() {
    let text = story_text();
    let about = text
        .lines()
        .find(|l| l.starts_with("about = "))
        .expect("an about line")
        .to_owned();
    let multi = "about = \"\"\"\nWhat the story shows.\n[[slide]]\nis how a slide starts.\n\"\"\"";
    let d = shipped_with("stories/small.toml", &text.replacen(&about, multi, 1))
        .unwrap_or_else(|e| panic!("{e}"));
    let s = d.stories.get("small").expect("the story");
    assert_eq!(s.slides.len(), 3);
    assert!(s.about.contains("[[slide]]\nis how"), "{}", s.about);
}
