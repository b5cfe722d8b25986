//! The command line: options for the window, and `--check` that runs without one.

use crate::Dataset;
use crate::load::{AssetSet, Problems};
use clap::Parser;
use std::path::{Path, PathBuf};

/// A native desktop atlas of the conflicts over Abkhazia and South Ossetia.
#[derive(Debug, Clone, Default, Parser)]
#[command(
    version,
    about,
    after_help = "Examples:\n  caucasus-atlas                      open with the embedded data\n  caucasus-atlas --data ~/my-atlas    open a data folder (File › Export data… makes one)\n  caucasus-atlas --check ~/my-atlas   check a data folder; exit 1 if it has errors"
)]
pub struct Options {
    /// Open this data folder (laid out like the embedded assets: data/, boundaries/); it is
    /// watched and reloaded when a file is saved.
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Check a data folder without opening a window: print every problem as
    /// `file:line:column: message`, then a summary; exit 1 if there is any error.
    #[arg(long, value_name = "DIR", conflicts_with = "data")]
    pub check: Option<PathBuf>,
}

/// What `--check DIR` prints, and its exit code: 0 when the folder loads (warnings may be
/// printed), 1 when it has errors.
pub fn check(dir: &Path) -> (String, i32) {
    let result = AssetSet::from_folder(dir).and_then(|set| Dataset::load(&set));
    let (problems, code) = match result {
        Ok(d) => (d.warnings, 0),
        Err(p) => (p, 1),
    };
    (report(dir, &problems), code)
}

fn report(dir: &Path, problems: &Problems) -> String {
    let mut out = problems.report();
    out.push_str(&format!("{}: {}\n", dir.display(), problems.summary()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_and_conflict() {
        let o = Options::try_parse_from(["atlas", "--data", "/tmp/x"]).unwrap();
        assert_eq!(o.data.as_deref(), Some(Path::new("/tmp/x")));
        assert!(Options::try_parse_from(["atlas", "--data", "a", "--check", "b"]).is_err());
        assert!(Options::try_parse_from(["atlas", "--nope"]).is_err());
    }

    #[test]
    fn check_passes_the_shipped_data_and_locates_each_error_of_a_broken_copy() {
        let dir = std::env::temp_dir().join(format!("atlas-check-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        crate::load::export_embedded(&dir).unwrap();
        let (out, code) = check(&dir);
        assert_eq!(code, 0, "{out}");
        assert!(!out.contains(" error"), "{out}");

        let events = dir.join("data/events.toml");
        let text = std::fs::read_to_string(&events).unwrap();
        let text = text.replacen("date = \"1992-06-24\"", "date = \"1992-06-31\"", 1);
        std::fs::write(&events, &text).unwrap();
        let places = dir.join("data/places.toml");
        let ptext = std::fs::read_to_string(&places)
            .unwrap()
            .replacen("rank = 2", "rank = 7", 1);
        std::fs::write(&places, &ptext).unwrap();
        let (out, code) = check(&dir);
        assert_eq!(code, 1, "{out}");
        let lines: Vec<&str> = out.lines().filter(|l| !l.contains(" warning: ")).collect();
        assert_eq!(lines.len(), 3, "{out}");
        let (l, c) = crate::load::line_column(&text, text.find("\"1992-06-31\"").unwrap());
        assert!(
            lines.iter().any(|x| x.starts_with(&format!(
                "data/events.toml:{l}:{c}: event \"sochi_agreement_1992\": 1992-06-31 is not a day"
            ))),
            "{out}"
        );
        let (l, c) = crate::load::line_column(&ptext, ptext.find("rank = 7").unwrap() + 7);
        assert!(
            lines.iter().any(
                |x| x.starts_with(&format!("data/places.toml:{l}:{c}: place \""))
                    && x.ends_with("field `rank`: expected 1 (capital) to 4 (village), found 7")
            ),
            "{out}"
        );
        assert!(lines[2].contains(": 2 errors"), "{out}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
