//! Tests of the views data and of names under each point of view.

use super::*;
use crate::load::AssetSet;

fn data() -> crate::Dataset {
    crate::dataset::shipped().clone()
}

fn place<'a>(d: &'a crate::Dataset, id: &str) -> &'a Place {
    d.atlas.place(id).unwrap()
}

#[test]
fn pov_ids_round_trip() {
    for p in Pov::ALL {
        assert_eq!(Pov::from_id(p.id()), Some(p));
    }
    assert_eq!(Subject::parse("line"), Some(Subject::Line));
    assert_eq!(
        Subject::parse("place.sukhumi"),
        Some(Subject::Place("sukhumi".into()))
    );
    assert_eq!(Subject::parse("river.inguri"), None);
    for s in [
        Subject::Line,
        Subject::Word("w".into()),
        Subject::Event("e".into()),
    ] {
        assert_eq!(Subject::parse(&s.key()), Some(s));
    }
}

#[test]
fn every_party_is_named_and_has_terms() {
    let d = data();
    for pov in Pov::PARTIES {
        let party = d.views.party(pov).unwrap();
        assert!(!party.name.is_empty() && !party.short.is_empty());
        assert!(d.views.banner(pov).ends_with(&party.name));
        assert!(d.views.terms_of(pov).count() >= 5, "{pov:?}");
        for t in d.views.terms_of(pov) {
            assert!(!t.sources.is_empty());
        }
    }
    assert!(
        d.views
            .banner(Pov::Attributed)
            .starts_with("Names and terms")
    );
}

#[test]
fn the_same_town_under_each_point_of_view() {
    let d = data();
    let name = |pov, id, lang| d.views.place_name(pov, place(&d, id), lang).to_owned();
    assert_eq!(name(Pov::Attributed, "sukhumi", Lang::En), "Sukhumi");
    assert_eq!(name(Pov::Georgia, "sukhumi", Lang::En), "Sokhumi");
    assert_eq!(name(Pov::DeFacto, "sukhumi", Lang::En), "Sukhum");
    assert_eq!(name(Pov::Russia, "sukhumi", Lang::Ru), "Сухум");
    assert_eq!(name(Pov::International, "sukhumi", Lang::En), "Sukhumi");
    assert_eq!(name(Pov::Georgia, "tskhinvali", Lang::Ka), "ცხინვალი");
    assert_eq!(name(Pov::DeFacto, "tskhinvali", Lang::Ru), "Цхинвал");
    assert_eq!(name(Pov::Georgia, "akhalgori", Lang::En), "Akhalgori");
    assert_eq!(name(Pov::DeFacto, "akhalgori", Lang::En), "Leningor");
    // A town no party's term covers keeps its attributed name under every point of view.
    for pov in Pov::ALL {
        for lang in [Lang::En, Lang::Ka, Lang::Ru] {
            assert_eq!(
                name(pov, "kutaisi", lang),
                place_name(&place(&d, "kutaisi").names, lang)
            );
        }
    }
}

#[test]
fn no_name_is_ever_empty() {
    let d = data();
    for pov in Pov::ALL {
        for lang in [Lang::En, Lang::Ka, Lang::Ru] {
            let naming = Naming {
                views: &d.views,
                pov,
                lang,
                tr: d.i18n.tr(Lang::En),
            };
            for p in &d.atlas.places {
                assert!(!naming.place(p).trim().is_empty(), "{} {pov:?}", p.id);
            }
            for r in d.atlas.regions.iter().chain(&d.atlas.neighbours) {
                assert!(!naming.region(&r.id, &r.names).trim().is_empty());
            }
            for e in &d.chronicle.events {
                assert!(!naming.event_title(e).trim().is_empty());
            }
            assert!(naming.line().is_some_and(|l| !l.trim().is_empty()));
        }
    }
}

#[test]
fn regions_and_the_line_change_their_names() {
    let d = data();
    let region = |pov, id: &str| {
        let r = d.atlas.region(id).unwrap();
        d.views.region_name(pov, id, &r.names, Lang::En).to_owned()
    };
    assert_eq!(region(Pov::Attributed, "south_ossetia"), "South Ossetia");
    assert_eq!(region(Pov::Georgia, "south_ossetia"), "Tskhinvali region");
    assert!(region(Pov::DeFacto, "abkhazia").contains("Republic of Abkhazia"));
    let line = |pov| {
        Naming {
            views: &d.views,
            pov,
            lang: Lang::En,
            tr: d.i18n.tr(Lang::En),
        }
        .line()
        .unwrap()
    };
    assert_eq!(line(Pov::Georgia), "occupation line");
    assert!(line(Pov::International).contains("Administrative Boundary Line"));
    // Attributed: every party's term, each with whose it is.
    let all = line(Pov::Attributed);
    for pov in Pov::PARTIES {
        assert!(all.contains(&d.views.party(pov).unwrap().short), "{all}");
    }
}

#[test]
fn the_war_is_named_by_every_party() {
    let d = data();
    let words: Vec<&Word> = d.views.words_of_event("georgian_offensive_2008").collect();
    assert!(words.iter().any(|w| w.id == "war_2008"));
    let names = d
        .views
        .attributed(&Subject::Word("war_2008".into()), Lang::En);
    assert_eq!(names.len(), 4, "{names:?}");
}

/// The shipped data with `data/views.toml` replaced by `text`.
fn with_views(text: &str) -> Result<crate::Dataset, crate::load::Problems> {
    crate::Dataset::load(&AssetSet::embedded().with("data/views.toml", text))
}

#[test]
fn bad_views_are_problems_with_locations() {
    let shipped = crate::load::embedded::text("data/views.toml");
    let bad = format!(
        "{shipped}\n[[term]]\nkey = \"place.atlantis\"\npov = \"georgia\"\nen = \"Atlantis\"\nsources = [\"natural_earth\"]\n\n[[term]]\nkey = \"place.gori\"\npov = \"russia\"\nen = \"Gori\"\nsources = []\n\n[[term]]\nkey = \"river.inguri\"\npov = \"georgia\"\nen = \"Enguri\"\nsources = [\"natural_earth\"]\n"
    );
    let problems = with_views(&bad).unwrap_err();
    let report = problems.report();
    // An unknown place is a warning (a folder's own places may lack it); the others refuse.
    let line_of = |needle: &str| bad.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert!(
        report.contains(&format!("data/views.toml:{}:", line_of("place.atlantis"))),
        "{report}"
    );
    assert!(report.contains("names no known place"), "{report}");
    assert!(
        report.contains("expected at least one source id"),
        "{report}"
    );
    assert!(report.contains("expected place.<id>"), "{report}");
    // An unknown point of view is refused by the reader, with the record.
    let bad = format!(
        "{shipped}\n[[term]]\nkey = \"place.gori\"\npov = \"mars\"\nen = \"Gori\"\nsources = [\"natural_earth\"]\n"
    );
    let report = with_views(&bad).unwrap_err().report();
    assert!(report.contains("mars"), "{report}");
    // A term in no language.
    let bad = format!(
        "{shipped}\n[[term]]\nkey = \"place.gori\"\npov = \"russia\"\nsources = [\"natural_earth\"]\n"
    );
    let report = with_views(&bad).unwrap_err().report();
    assert!(report.contains("at least one of en, ka, ru"), "{report}");
}

#[test]
fn a_folder_from_before_points_of_view_still_loads() {
    // A folder exported before data/views.toml existed: its sources.toml lacks the sources of
    // the built-in views. It loads; the terms whose sources it lacks are left out, with
    // warnings that say why.
    let dir = std::env::temp_dir().join(format!("atlas-old-folder-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let sources = crate::load::embedded::text("data/sources.toml");
    let old = sources
        .split("# ---- Names and terms by point of view")
        .next()
        .unwrap();
    std::fs::write(dir.join("data/sources.toml"), old).unwrap();
    let set = AssetSet::from_folder(&dir).unwrap();
    let d = crate::Dataset::load(&set).unwrap_or_else(|p| panic!("{}", p.report()));
    assert!(d.views.terms.len() < data().views.terms.len());
    assert!(d.warnings.report().contains("the built-in views cite"));
    // Names fall back to the attributed ones.
    let naming = Naming {
        views: &d.views,
        pov: Pov::Georgia,
        lang: Lang::En,
        tr: d.i18n.tr(Lang::En),
    };
    assert!(!naming.place(d.atlas.place("sukhumi").unwrap()).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}
