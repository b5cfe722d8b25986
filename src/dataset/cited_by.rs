//! Who cites each source: every record of the data that names a source id, gathered once at
//! load. The load warns of a source nobody cites; a source's details list what cites it.

use crate::atlas::Atlas;
use crate::chronicle::{ActIx, Chronicle, EventIx, PeriodIx};
use crate::ids::{PlaceId, RegionId, SourceId, StoryId};
use crate::story::Stories;
use crate::views::{Subject, Views};
use crate::words::Pov;
use std::collections::BTreeMap;

/// A record that cites a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Citer {
    /// A region's facts (status, names, area, population, boundary).
    Region(RegionId),
    /// A place's position.
    Place(PlaceId),
    /// A cited point of the lines (its position or side).
    LinePoint(String),
    /// A river or a lake.
    Water,
    /// An event.
    Event(EventIx),
    /// A recognition act or statement.
    Act(ActIx),
    /// A period of control of an area.
    Period(PeriodIx),
    /// A counted series of the *Line* tab, or one of its values.
    Series(String),
    /// A party's name or term for a subject.
    Term(Pov, Subject),
    /// A story's slide.
    Story(StoryId),
}

/// For each cited source, what cites it (each record once, in the data's order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CitedBy(BTreeMap<SourceId, Vec<Citer>>);

impl CitedBy {
    /// Gather every citation of the data.
    pub fn gather(atlas: &Atlas, chronicle: &Chronicle, views: &Views, stories: &Stories) -> Self {
        let mut map: BTreeMap<SourceId, Vec<Citer>> = BTreeMap::new();
        let mut add = |citer: &Citer, ids: &mut dyn Iterator<Item = &SourceId>| {
            for id in ids {
                let list = map.entry(id.clone()).or_default();
                if list.last() != Some(citer) {
                    list.push(citer.clone());
                }
            }
        };
        for r in atlas.regions.iter() {
            let Some(i) = atlas.info.get(r.id.as_str()) else {
                continue;
            };
            let mut ids = (i.population.iter().flat_map(|p| &p.sources))
                .chain(i.views.iter().flat_map(|v| &v.sources))
                .chain(i.other_names.iter().map(|n| &n.source))
                .chain(&i.published_area_source)
                .chain(&i.boundary_sources);
            add(&Citer::Region(r.id.clone()), &mut ids);
        }
        for p in atlas.places.iter() {
            add(&Citer::Place(p.id.clone()), &mut p.source.iter());
        }
        for p in &atlas.line_points {
            add(&Citer::LinePoint(p.id.clone()), &mut p.sources.iter());
        }
        let water = &atlas.water;
        let mut ids = (water.rivers.iter().flat_map(|r| &r.sources))
            .chain(water.lakes.iter().flat_map(|l| &l.sources));
        add(&Citer::Water, &mut ids);
        for (i, e) in chronicle.events.indexed() {
            add(&Citer::Event(i), &mut e.sources.iter());
        }
        for (i, a) in chronicle.acts.indexed() {
            add(&Citer::Act(i), &mut a.sources.iter());
        }
        for (i, p) in chronicle.periods.indexed() {
            add(&Citer::Period(i), &mut p.sources.iter());
        }
        for s in &chronicle.series {
            let mut ids = s
                .sources
                .iter()
                .chain(s.values.iter().flat_map(|v| &v.sources));
            add(&Citer::Series(s.id.clone()), &mut ids);
        }
        for t in &views.terms {
            add(
                &Citer::Term(t.pov, t.subject.clone()),
                &mut t.sources.iter(),
            );
        }
        for s in stories.iter() {
            let mut ids = s.slides.iter().flat_map(|s| &s.sources);
            add(&Citer::Story(s.id.clone()), &mut ids);
        }
        Self(map)
    }

    /// What cites source `id` (empty when nothing does).
    pub fn of(&self, id: &str) -> &[Citer] {
        self.0.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether anything cites source `id`.
    pub fn cites(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }
}
