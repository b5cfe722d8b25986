//! *File → Export data…*: the embedded data set written to a folder, as a starting point.

use super::embedded;
use std::path::{Path, PathBuf};

/// The format notes written beside the exported files as `README.md`.
pub const FORMAT_README: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/FORMAT.md"));

/// Write every embedded data file and a `README.md` of the format into `dir` (created if
/// needed). Never overwrites: if any of the files exists already, nothing is written and the
/// error names them. Returns the files written.
pub fn export_embedded(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let targets: Vec<(PathBuf, &str)> = embedded::TEXTS
        .iter()
        .map(|(name, text)| (dir.join(name), *text))
        .chain(std::iter::once((dir.join("README.md"), FORMAT_README)))
        .collect();
    let existing: Vec<String> = targets
        .iter()
        .filter(|(p, _)| p.exists())
        .map(|(p, _)| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(format!(
            "{} already holds data files; choose an empty folder (nothing was written): {}",
            dir.display(),
            existing.join(", ")
        ));
    }
    let mut written = Vec::new();
    for (path, text) in targets {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{AssetSet, Origin};

    #[test]
    fn an_export_reads_back_as_the_same_files_and_is_never_overwritten() {
        let dir = std::env::temp_dir().join(format!("atlas-export-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let written = export_embedded(&dir).unwrap();
        assert_eq!(written.len(), embedded::TEXTS.len() + 1);
        let set = AssetSet::from_folder(&dir).unwrap();
        for (name, text) in embedded::TEXTS {
            assert_eq!(set.file(name).text, text, "{name}");
        }
        assert!(matches!(&set.origin, Origin::Folder { embedded, .. } if embedded.is_empty()));
        std::fs::write(dir.join("data/events.toml"), "# edited\n").unwrap();
        let err = export_embedded(&dir).unwrap_err();
        assert!(err.contains("nothing was written"), "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.join("data/events.toml")).unwrap(),
            "# edited\n"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
