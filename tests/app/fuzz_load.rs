//! Mutated copies of the shipped data (truncations, character flips, swapped, dropped and
//! doubled lines) never panic or hang the loader: each gives a valid data set or errors that
//! are all located (file, line). Bounded so CI stays fast (32 cases; `PROPTEST_CASES` for more).

use caucasus_atlas::Dataset;
use caucasus_atlas::{AssetSet, FILES};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(f64),
    Flip(f64, char),
    SwapLines(f64, f64),
    DropLine(f64),
    DoubleLine(f64),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0f64;
    let ch = prop::sample::select(vec![
        '"', '[', ']', '{', '}', ',', '=', '\n', '0', '9', '-', 'x', ' ', '#', '.', 'é',
    ]);
    prop_oneof![
        at.clone().prop_map(Mutation::Truncate),
        (at.clone(), ch).prop_map(|(a, c)| Mutation::Flip(a, c)),
        (at.clone(), at.clone()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        at.clone().prop_map(Mutation::DropLine),
        at.prop_map(Mutation::DoubleLine),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let chars: Vec<char> = text.chars().collect();
    let idx = |f: f64, n: usize| ((f * n as f64) as usize).min(n.saturating_sub(1));
    let mut lines: Vec<&str> = text.lines().collect();
    match *m {
        Mutation::Truncate(f) => chars[..idx(f, chars.len())].iter().collect(),
        Mutation::Flip(f, c) => {
            let mut chars = chars;
            let i = idx(f, chars.len());
            if let Some(x) = chars.get_mut(i) {
                *x = c;
            }
            chars.into_iter().collect()
        }
        Mutation::SwapLines(a, b) => {
            let (i, j) = (idx(a, lines.len()), idx(b, lines.len()));
            lines.swap(i, j);
            lines.join("\n")
        }
        Mutation::DropLine(f) => {
            lines.remove(idx(f, lines.len()));
            lines.join("\n")
        }
        Mutation::DoubleLine(f) => {
            let i = idx(f, lines.len());
            let line = lines[i];
            lines.insert(i, line);
            lines.join("\n")
        }
    }
}

proptest! {
    // A smoke run of 32 cases in the suite; `PROPTEST_CASES=2000 cargo test --release --test
    // fuzz_load` runs a long one.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(32),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_mutated_file_loads_or_gives_located_errors(file in prop::sample::select(FILES.to_vec()), m in mutation()) {
        let set = AssetSet::embedded();
        let text = apply(&set.file(file).text, &m);
        let set = set.with(file, text);
        if let Err(problems) = Dataset::load(&set) {
            prop_assert!(problems.has_errors());
            for p in problems.iter().filter(|p| p.is_error()) {
                prop_assert!(FILES.contains(&p.file.as_str()), "{}", p);
                prop_assert!(p.line >= 1, "unlocated: {}", p);
            }
        }
    }
}
