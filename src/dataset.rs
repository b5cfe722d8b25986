//! The data set the app shows: sources, atlas, world and chronicle, loaded from one
//! [`AssetSet`] and cross-checked together. A load gives all of it or every problem found.

use crate::atlas::{Atlas, Region};
use crate::chronicle::Chronicle;
use crate::i18n::Catalog;
use crate::load::{AssetSet, Bounds, Origin, Problem, Problems, load_features};
use crate::say;
use crate::sources::Sources;
use crate::story::{Stories, load_stories};
use crate::views::{Views, load_views};

mod cited_by;

pub use cited_by::{CitedBy, Citer};

/// A world file larger than this loads on its own thread.
const WORLD_THREAD_BYTES: usize = 2 << 20;

/// Everything the app shows, loaded and checked together.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// Every source, by id.
    pub sources: Sources,
    /// Regions, neighbours, towns and region facts.
    pub atlas: Atlas,
    /// Every country at small scale, for the world inset (id: Natural Earth ADM0_A3).
    pub world: Vec<Region>,
    /// Events, recognitions and control periods.
    pub chronicle: Chronicle,
    /// Names and terms by point of view.
    pub views: Views,
    /// The guided stories.
    pub stories: Stories,
    /// The interface's words in each language.
    pub i18n: Catalog,
    /// What cites each source.
    pub cited_by: CitedBy,
    /// Problems that did not refuse the load (e.g. a source nobody cites).
    pub warnings: Problems,
    /// Where the files came from.
    pub origin: Origin,
    /// The status-line description of the files ("embedded data", or the folder).
    pub description: String,
}

impl Dataset {
    /// Load and check every file of `set`. Any error refuses the whole load: the caller
    /// keeps what it had, and gets every problem found (errors and warnings), located.
    pub fn load(set: &AssetSet) -> Result<Self, Problems> {
        // What reading the folder found (files it does not read) comes first.
        let mut problems = set.warnings.clone();
        let sources_file = set.file("data/sources.toml");
        let sources = Sources::load(&sources_file, &mut problems);
        crate::trace::mark("load: sources read");
        // The world inset's countries are independent of the rest: a large world file (a
        // user's finer one) is read and triangulated on a second thread while the atlas loads;
        // the shipped one (0.3 MB) is not worth a thread and its memory.
        let world_file = set.file("boundaries/world.geojson");
        let load_world = || {
            let mut problems = Problems::default();
            let world: Vec<Region> = load_features(&world_file, Bounds::WORLD, &mut problems)
                .into_iter()
                .filter_map(|f| Region::from_feature(f, &crate::atlas::INSET_LEVELS_KM))
                .collect();
            crate::trace::mark("load: world read and triangulated");
            (world, problems)
        };
        let (atlas, (world, world_problems)) = if world_file.text.len() > WORLD_THREAD_BYTES {
            std::thread::scope(|scope| {
                let world = scope.spawn(load_world);
                let atlas = Atlas::load(set, &sources, &mut problems);
                let world = world.join().unwrap_or_else(|_| {
                    let mut p = Problems::default();
                    p.push(Problem::file(
                        "boundaries/world.geojson",
                        say!(
                            "problem-thread",
                            "could not be read (the reading thread stopped)"
                        ),
                    ));
                    (Vec::new(), p)
                });
                (atlas, world)
            })
        } else {
            (Atlas::load(set, &sources, &mut problems), load_world())
        };
        crate::trace::mark("load: atlas (regions, neighbours, towns) read and triangulated");
        for p in world_problems {
            problems.push(p);
        }
        let chronicle = Chronicle::load(set, &sources, &atlas, &world, &mut problems);
        crate::trace::mark("load: chronicle read");
        let views_file = "data/views.toml";
        let built_in = matches!(&set.origin, Origin::Folder { embedded, .. } if embedded.iter().any(|f| f == views_file));
        let views = load_views(
            &set.file(views_file),
            &sources,
            (&atlas, &chronicle),
            built_in,
            &mut problems,
        );
        let stories = load_stories(
            set,
            &sources,
            (&atlas, &chronicle),
            crate::date::Date::today(),
            &mut problems,
        );
        crate::trace::mark("load: stories read");
        let i18n = Catalog::load(set, &mut problems);
        crate::trace::mark("load: catalogues read");
        let cited_by = CitedBy::gather(&atlas, &chronicle, &views, &stories);
        for (id, _) in sources.iter().filter(|(id, _)| !cited_by.cites(id)) {
            problems.push(
                Problem::at(
                    &sources_file.name,
                    (sources.line_of(id), 1),
                    say!("problem-uncited", "no record cites it"),
                )
                .record(format!("source \"{id}\""))
                .warning(),
            );
        }
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Self {
            sources,
            atlas,
            world,
            chronicle,
            views,
            stories,
            i18n,
            cited_by,
            warnings: problems,
            origin: set.origin.clone(),
            description: set.describe(),
        })
    }

    /// The data built into the binary.
    pub fn embedded() -> Result<Self, Problems> {
        Self::load(&AssetSet::embedded())
    }
}

/// The shipped data, loaded once for all the crate's unit tests (a load in the unoptimised
/// test profile takes a third of a second; the tests asked for it about twenty times).
#[cfg(test)]
pub(crate) fn shipped() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("the embedded data must load: {e}"),
    })
}

#[cfg(test)]
mod strict_tests;
#[cfg(test)]
mod tests;
