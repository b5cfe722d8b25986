//! The set of asset files a [`crate::Dataset`] is made of: the embedded ones, or a folder laid
//! out like `assets/` whose missing files fall back to the embedded ones.

use super::{Problem, Problems, embedded};
use crate::say;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Every data file, relative to the data folder, in load order (the embedded list's names).
#[expect(
    clippy::indexing_slicing,
    reason = "a const loop over indices below the arrays' one length, checked at compile time"
)]
pub const FILES: [&str; embedded::TEXTS.len()] = {
    let mut names = [""; embedded::TEXTS.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = embedded::TEXTS[i].0;
        i += 1;
    }
    names
};

/// One asset file: its name (as shown in problems) and its text.
#[derive(Debug, Clone)]
pub struct AssetFile {
    /// Path relative to the data folder, e.g. `data/places.toml`.
    pub name: String,
    /// The file's text.
    pub text: String,
    /// Where its lines start, built the first time a problem is located in it.
    lines: std::sync::OnceLock<super::LineIndex>,
}

impl AssetFile {
    /// A file with this name and text.
    pub fn new(name: &str, text: impl Into<String>) -> Self {
        Self {
            name: name.to_owned(),
            text: text.into(),
            lines: std::sync::OnceLock::new(),
        }
    }

    /// 1-based line and column of byte `offset`, in time proportional to the line's length
    /// (each of 30,000 problems located from the file's start took minutes).
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        self.lines
            .get_or_init(|| super::LineIndex::new(&self.text))
            .line_column(&self.text, offset)
    }
}

impl PartialEq for AssetFile {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.text == other.text
    }
}

impl Eq for AssetFile {}

/// Where an [`AssetSet`] came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The files built into the binary.
    Embedded,
    /// A folder on disk.
    Folder {
        /// The folder.
        path: PathBuf,
        /// Files read from the folder.
        from_folder: Vec<String>,
        /// Files the folder lacks, taken from the embedded set.
        embedded: Vec<String>,
        /// When it was read.
        read_at: SystemTime,
    },
}

/// The asset files of one data set, by name.
#[derive(Debug, Clone)]
pub struct AssetSet {
    files: BTreeMap<String, AssetFile>,
    /// Where they came from.
    pub origin: Origin,
    /// What reading the folder found that refuses nothing: files there the atlas does not
    /// read (a misnamed `data/event.toml`), said as warnings with the nearest name it reads.
    pub warnings: Problems,
}

impl AssetSet {
    /// The files built into the binary.
    pub fn embedded() -> Self {
        let files = embedded::TEXTS
            .iter()
            .map(|(name, text)| ((*name).to_owned(), AssetFile::new(name, *text)))
            .collect();
        Self {
            files,
            origin: Origin::Embedded,
            warnings: Problems::default(),
        }
    }

    /// Read a folder laid out like `assets/`. A missing file is taken from the embedded
    /// set (and recorded in [`Origin::Folder`]); a file that cannot be read, is not a regular
    /// file, or is larger than [`super::MAX_FILE_BYTES`], is a problem. A folder with none of the files is a problem too.
    pub fn from_folder(path: &Path) -> Result<Self, Problems> {
        let mut problems = Problems::default();
        if !path.is_dir() {
            problems.push(Problem::file(
                &path.display().to_string(),
                say!(
                    "problem-not-a-folder",
                    "expected a folder with data/ and boundaries/ like the atlas' assets"
                ),
            ));
            return Err(problems);
        }
        let mut set = Self::embedded();
        let (mut from_folder, mut fallback) = (Vec::new(), Vec::new());
        // The known files, then the folder's own stories beyond the shipped ones.
        let mut names: Vec<String> = FILES.iter().map(|n| (*n).to_owned()).collect();
        names.extend(
            own_stories(path)
                .into_iter()
                .filter(|n| !FILES.contains(&n.as_str())),
        );
        for name in names {
            match super::read::read_file(path, &name) {
                Ok(Some(text)) => {
                    set.files.insert(name.clone(), AssetFile::new(&name, text));
                    from_folder.push(name);
                }
                Ok(None) => fallback.push(name),
                Err(said) => problems.push(Problem::file(&name, said)),
            }
        }
        if from_folder.is_empty() && !problems.has_errors() {
            problems.push(Problem::file(
                &path.display().to_string(),
                say!(
                    "problem-no-data-files",
                    "has none of the data files (expected e.g. data/events.toml); use File › Export data… for a starting point"
                ),
            ));
        }
        for name in ignored_files(path) {
            let said = match nearest_file(&name) {
                Some(near) => say!(
                    "problem-ignored-near",
                    "is not a file the atlas reads, so it is not read; did you mean {near}?",
                    near = near
                ),
                None => say!(
                    "problem-ignored",
                    "is not a file the atlas reads, so it is not read (File › Export data… writes every file under its name)"
                ),
            };
            problems.push(Problem::file(&name, said).warning());
        }
        if problems.has_errors() {
            return Err(problems);
        }
        set.warnings = problems;
        set.origin = Origin::Folder {
            path: path.to_owned(),
            from_folder,
            embedded: fallback,
            read_at: SystemTime::now(),
        };
        Ok(set)
    }

    /// The stories (`stories/*.toml`): the shipped ones and a folder's own, by name.
    pub fn stories(&self) -> Vec<AssetFile> {
        self.files
            .range(STORIES.to_owned()..)
            .take_while(|(name, _)| name.starts_with(STORIES))
            .filter(|(name, _)| name.ends_with(".toml"))
            .map(|(_, f)| f.clone())
            .collect()
    }

    /// The file with this name (one of [`FILES`]); an empty file if there is none.
    pub fn file(&self, name: &str) -> AssetFile {
        self.files
            .get(name)
            .cloned()
            .unwrap_or_else(|| AssetFile::new(name, ""))
    }

    /// The same set without any story (a set whose own data the shipped stories would not
    /// match, as the tests' small one).
    #[must_use]
    pub fn without_stories(mut self) -> Self {
        self.files.retain(|name, _| !name.starts_with(STORIES));
        self
    }

    /// Replace one file (tests break single files this way).
    #[must_use]
    pub fn with(mut self, name: &str, text: impl Into<String>) -> Self {
        self.files
            .insert(name.to_owned(), AssetFile::new(name, text));
        self
    }

    /// One line for the status bar: "embedded data", or the folder and how many files came
    /// from it.
    pub fn describe(&self) -> String {
        match &self.origin {
            Origin::Embedded => "embedded data".to_owned(),
            Origin::Folder {
                path,
                from_folder,
                embedded,
                ..
            } => {
                let mut s = format!(
                    "{} ({} of {} files from the folder",
                    path.display(),
                    from_folder.len(),
                    from_folder.len() + embedded.len()
                );
                if !embedded.is_empty() {
                    s.push_str(&format!("; embedded: {}", embedded.join(", ")));
                }
                s.push(')');
                s
            }
        }
    }
}

/// The subfolders whose files the atlas reads by name.
const READ_FOLDERS: [&str; 4] = ["data", "boundaries", "i18n", "i18n/cldr"];

/// At most this many files the atlas does not read are named.
const MAX_IGNORED: usize = 20;

/// The files of a folder's data subfolders that look like data (`.toml`, `.geojson`, `.json`,
/// `.ftl`) but are none of [`FILES`]: a misnamed file would otherwise be passed over in
/// silence while the embedded one stands in. Hidden files (an editor's, `.name.part`) are
/// left alone.
fn ignored_files(folder: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for sub in READ_FOLDERS {
        let Ok(entries) = std::fs::read_dir(folder.join(sub)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            let data_like = [".toml", ".geojson", ".json", ".ftl"]
                .iter()
                .any(|e| name.ends_with(e));
            let path = format!("{sub}/{name}");
            if data_like && !name.starts_with('.') && !FILES.contains(&path.as_str()) {
                out.push(path);
            }
        }
    }
    out.sort();
    out.truncate(MAX_IGNORED);
    out
}

/// The file the atlas reads whose name is nearest `name`, if one is a few letters away.
fn nearest_file(name: &str) -> Option<&'static str> {
    FILES
        .iter()
        .map(|f| (strsim::osa_distance(name, f), *f))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, f)| f)
}

/// Where stories live in a data folder.
pub const STORIES: &str = "stories/";

/// At most this many stories of a folder's own are read.
const MAX_OWN_STORIES: usize = 200;

/// The names (`stories/<name>.toml`) of the `.toml` files in a folder's `stories/`, sorted.
fn own_stories(folder: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(folder.join(STORIES)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| format!("{STORIES}{n}"))
        .collect();
    names.sort();
    names.truncate(MAX_OWN_STORIES);
    names
}

#[cfg(test)]
mod tests {
    use super::super::MAX_FILE_BYTES;
    use super::*;

    #[test]
    fn the_embedded_set_has_every_file() {
        let set = AssetSet::embedded();
        for name in FILES {
            assert!(!set.file(name).text.is_empty(), "{name}");
        }
        assert_eq!(set.describe(), "embedded data");
    }

    #[test]
    fn a_folder_lacking_files_takes_them_from_the_embedded_set_and_says_which() {
        let dir = std::env::temp_dir().join(format!("atlas-assets-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("data/events.toml"), "# mine\n").unwrap();
        let set = AssetSet::from_folder(&dir).unwrap();
        assert_eq!(set.file("data/events.toml").text, "# mine\n");
        assert_eq!(
            set.file("data/places.toml").text,
            AssetSet::embedded().file("data/places.toml").text
        );
        let Origin::Folder {
            from_folder,
            embedded,
            ..
        } = &set.origin
        else {
            panic!("{:?}", set.origin)
        };
        assert_eq!(from_folder, &["data/events.toml"]);
        assert_eq!(embedded.len(), FILES.len() - 1);
        assert!(
            set.describe()
                .contains(&format!("1 of {} files", FILES.len())),
            "{}",
            set.describe()
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
        let dir = std::env::temp_dir().join(format!("atlas-huge-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        // A sparse file: 65 MB long, no disk used, never read.
        let f = std::fs::File::create(dir.join("data/events.toml")).unwrap();
        f.set_len(MAX_FILE_BYTES + 1_000_000).unwrap();
        let err = AssetSet::from_folder(&dir).unwrap_err();
        assert_eq!(
            err.report(),
            "data/events.toml: is 65.0 MiB; files over 64 MiB are refused\n"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_misnamed_file_is_a_warning_naming_the_file_meant() {
        let dir = std::env::temp_dir().join(format!("atlas-misnamed-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("data/event.toml"), "# mine\n").unwrap();
        std::fs::write(dir.join("data/notes.json"), "{}").unwrap();
        // Read as usual: not warned of. An editor's hidden file, a note: not warned of either.
        std::fs::write(dir.join("data/places.toml"), "# mine\n").unwrap();
        std::fs::write(dir.join("data/.events.toml.part"), "").unwrap();
        std::fs::write(dir.join("data/notes.txt"), "").unwrap();
        let set = AssetSet::from_folder(&dir).unwrap();
        assert_eq!(
            set.warnings.report(),
            "data/event.toml: warning: is not a file the atlas reads, so it is not read; did you mean \
             data/events.toml?\n\
             data/notes.json: warning: is not a file the atlas reads, so it is not read (File › Export \
             data… writes every file under its name)\n"
        );
        assert!(!set.warnings.has_errors());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_or_empty_folder_is_a_problem_not_a_panic() {
        let err = AssetSet::from_folder(Path::new("/no/such/folder")).unwrap_err();
        assert!(err.report().contains("expected a folder"), "{err}");
        let dir = std::env::temp_dir().join(format!("atlas-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let err = AssetSet::from_folder(&dir).unwrap_err();
        assert!(err.report().contains("has none of the data files"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
