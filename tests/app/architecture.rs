//! ARCHITECTURE.md is the map of the code: every file under `src/` is named in it, every file
//! it names exists, and no top-level module imports one that its "may use" line leaves out
//! (which also rules out cycles between modules: a row may name only rows above it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn doc() -> String {
    std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md is readable")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/…` paths relative to the crate, with forward slashes.
fn src_files() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut names: Vec<String> = files
        .iter()
        .filter_map(|p| p.strip_prefix(root()).ok())
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_source_file_is_named_and_every_named_file_exists() {
    let doc = doc();
    let files = src_files();
    let missing: Vec<&String> = files
        .iter()
        .filter(|f| !doc.contains(&format!("`{f}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "not named in ARCHITECTURE.md: {missing:?}"
    );
    let named: BTreeSet<&str> = doc
        .split('`')
        .filter(|w| w.starts_with("src/") && w.ends_with(".rs"))
        .collect();
    let stale: Vec<&&str> = named
        .iter()
        .filter(|n| !files.iter().any(|f| f == *n))
        .collect();
    assert!(
        stale.is_empty(),
        "named in ARCHITECTURE.md but absent: {stale:?}"
    );
}

/// The top-level module a file belongs to (`src/atlas/shape.rs` → `atlas`).
fn module_of(file: &str) -> String {
    let rest = file.trim_start_matches("src/");
    rest.split('/')
        .next()
        .unwrap_or(rest)
        .trim_end_matches(".rs")
        .to_owned()
}

/// The crate modules a file's code (comments and `#[cfg(test)]` parts left out) imports.
fn imports(text: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let code = code.split("#[cfg(test)]").next().unwrap_or("");
    let mut found = BTreeSet::new();
    for m in modules {
        if code.contains(&format!("crate::{m}::")) || code.contains(&format!("crate::{m};")) {
            found.insert(m.clone());
        }
    }
    // `use crate::{a, b::C}` groups.
    for group in code.split("use crate::{").skip(1) {
        let inside = group.split('}').next().unwrap_or("");
        for part in inside.split(',') {
            let head = part.trim().split("::").next().unwrap_or("").trim();
            if modules.contains(head) {
                found.insert(head.to_owned());
            }
        }
    }
    found
}

#[test]
fn no_module_imports_one_its_row_does_not_allow() {
    let doc = doc();
    // "### `atlas` — may use: `date`, `load`" → atlas: {date, load}; "everything" → None.
    let mut allowed: BTreeMap<String, Option<BTreeSet<String>>> = BTreeMap::new();
    // Rows go lowest first and a row may name only rows above it: so the rules have no cycle.
    let mut above: BTreeSet<String> = BTreeSet::new();
    let mut upward = Vec::new();
    for line in doc.lines().filter(|l| l.starts_with("### `")) {
        let Some((head, rule)) = line.split_once(" — may use: ") else {
            continue;
        };
        let name = head
            .trim_start_matches("### `")
            .trim_end_matches('`')
            .to_owned();
        let set = (rule.trim() != "everything").then(|| {
            rule.split(',')
                .map(|m| m.trim().trim_matches('`').to_owned())
                .filter(|m| !m.is_empty() && m != "nothing")
                .collect()
        });
        for m in set.iter().flatten().filter(|m| !above.contains(*m)) {
            upward.push(format!("`{name}` may use `{m}`, which is not above it"));
        }
        above.insert(name.clone());
        allowed.insert(name, set);
    }
    assert!(upward.is_empty(), "{upward:#?}");
    let modules: BTreeSet<String> = allowed.keys().cloned().collect();
    let mut wrong = Vec::new();
    for file in src_files() {
        let module = module_of(&file);
        if module == "lib" || module == "main" || file.ends_with("tests.rs") {
            continue;
        }
        let Some(rule) = allowed.get(&module) else {
            wrong.push(format!(
                "{file}: module `{module}` has no row in ARCHITECTURE.md"
            ));
            continue;
        };
        let text = std::fs::read_to_string(root().join(&file)).expect("readable");
        for used in imports(&text, &modules) {
            if used != module && rule.as_ref().is_some_and(|r| !r.contains(&used)) {
                wrong.push(format!("{file}: `{module}` uses `{used}`"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
