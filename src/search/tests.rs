//! The search over the shipped data: a table of queries in three scripts, with misspellings,
//! and every name of every place finding that place first.

use super::*;

fn index() -> (Dataset, Index) {
    let data = Dataset::embedded().unwrap_or_else(|p| panic!("{}", p.report()));
    let index = Index::build(&data);
    (data, index)
}

/// What a target is called in the table: `place:gali`, `event:<id>`, `state:Nauru`.
fn describe(data: &Dataset, t: &Target) -> String {
    match t {
        Target::Region(id) => format!("region:{id}"),
        Target::Place(id) => format!("place:{id}"),
        Target::River(name) => format!("river:{name}"),
        Target::State(i) => {
            let name = data.chronicle.states.get(*i).map(|s| s.name.as_str());
            format!("state:{}", name.unwrap_or("?"))
        }
        Target::Event(i) => {
            let id = data.chronicle.events.get(*i).map(|e| e.id.to_string());
            format!("event:{}", id.unwrap_or_default())
        }
        Target::Source(id) => format!("source:{id}"),
    }
}

#[test]
fn queries_in_every_script_and_spelling_find_what_a_reader_means() {
    let (data, mut index) = index();
    let table = [
        // Latin, Georgian, Russian, the local language.
        ("Tskhinvali", "place:tskhinvali"),
        ("ცხინვალი", "place:tskhinvali"),
        ("Цхинвал", "place:tskhinvali"),
        ("Цхинвали", "place:tskhinvali"),
        ("Ts'khinvali", "place:tskhinvali"),
        ("tskinvali", "place:tskhinvali"),
        ("tshinvali", "place:tskhinvali"),
        ("Sukhumi", "place:sukhumi"),
        ("sokhumi", "place:sukhumi"),
        ("სოხუმი", "place:sukhumi"),
        ("Сухум", "place:sukhumi"),
        ("sukhum", "place:sukhumi"),
        ("Аҟәа", "place:sukhumi"),
        ("Akhalgori", "place:akhalgori"),
        ("ახალგორი", "place:akhalgori"),
        ("Leningor", "place:akhalgori"),
        ("Ленингор", "place:akhalgori"),
        ("gali", "place:gali"),
        ("Гал", "place:gali"),
        ("Java", "place:java"),
        ("Дзау", "place:java"),
        ("ergneti", "place:ergneti"),
        ("Эргнети", "place:ergneti"),
        ("ergeneti", "place:ergneti"),
        ("zugdid", "place:zugdidi"),
        ("ზუგდიდი", "place:zugdidi"),
        ("Kutaisi", "place:kutaisi"),
        ("kutais", "place:kutaisi"),
        ("Abkhazia", "region:abkhazia"),
        ("აფხაზეთი", "region:abkhazia"),
        ("Абхазия", "region:abkhazia"),
        ("South Ossetia", "region:south_ossetia"),
        ("Южная Осетия", "region:south_ossetia"),
        ("south osetia", "region:south_ossetia"),
        ("nauru", "state:Nauru"),
        ("Науру", "state:Nauru"),
        ("Venezuela", "state:Venezuela"),
        ("venezula", "state:Venezuela"),
        ("Nicaragua", "state:Nicaragua"),
        ("Russia", "state:Russia"),
        ("Mtkvari", "river:Mtkvari"),
        ("მტკვარი", "river:Mtkvari"),
        ("Кура", "river:Mtkvari"),
        // Letters left out.
        ("tbls", "place:tbilisi"),
        ("vldkvkz", "place:vladikavkaz"),
        ("ochamchre", "place:ochamchire"),
    ];
    let mut wrong = Vec::new();
    for (query, expected) in table {
        let first = index
            .search(query, 5)
            .first()
            .map(|h| describe(&data, h.target));
        if first.as_deref() != Some(expected) {
            wrong.push(format!("{query:?}: expected {expected}, found {first:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_name_of_every_place_finds_that_place_first() {
    let (data, mut index) = index();
    let mut wrong = Vec::new();
    for p in &data.atlas.places {
        let n = &p.names;
        let names = [&n.name_en, &n.name_ka, &n.name_ru]
            .into_iter()
            .chain(&n.name_local);
        for name in names.flat_map(|t| split_names(t)) {
            let hits = index.search(name, 3);
            // Another entry with exactly the same name (a region named like its capital)
            // may come first; the place must then be among the equals.
            let best = hits.first().map(|h| h.score);
            let found = hits
                .iter()
                .any(|h| Some(h.score) == best && h.target == &Target::Place(p.id.clone()));
            if !found {
                let first = hits.first().map(|h| describe(&data, h.target));
                wrong.push(format!("{name:?} ({}): found {first:?}", p.id));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn events_and_sources_are_found_by_the_words_of_their_titles() {
    let (data, mut index) = index();
    let hits = index.search("recognises abkhazia", 10);
    let first = hits.first().map(|h| describe(&data, h.target));
    assert!(
        first.as_deref().is_some_and(|f| f.starts_with("event:")),
        "{first:?}"
    );
    assert!(
        index
            .search("human rights watch", 20)
            .iter()
            .any(|h| h.target.kind() == Kind::Source),
        "a publisher finds its sources"
    );
    // A query that folds to nothing finds nothing; a name matched says which one it was.
    assert!(index.search(" '-' ", 5).is_empty());
    let hits = index.search("Цхинвал", 1);
    assert_eq!(hits.first().map(|h| h.matched), Some("Цхинвал"));
}
