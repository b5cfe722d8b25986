//! What changed between two dates: [`Chronicle::diff`] compares the snapshots of both days.

use super::{
    ActIx, AreaIx, Category, Chronicle, ControlPhase, Direction, Entity, EventIx, PeriodIx,
    Snapshot, Standing, StateIx,
};
use crate::date::Date;

/// One state's recognition of one entity, where it stood on each date.
#[derive(Debug, Clone, PartialEq)]
pub struct RecognitionChange {
    /// The state.
    pub state: StateIx,
    /// The entity.
    pub entity: Entity,
    /// Who recognises whom.
    pub direction: Direction,
    /// Standing on the earlier date (`None`: no act yet, or only statements).
    pub before: Option<Standing>,
    /// Standing on the later date.
    pub after: Option<Standing>,
    /// The act that set the later standing.
    pub act: ActIx,
}

impl RecognitionChange {
    /// In force on the later date and not on the earlier one.
    pub fn gained(&self) -> bool {
        self.after == Some(Standing::Recognises) && self.before != Some(Standing::Recognises)
    }

    /// In force on the earlier date and no longer on the later one.
    pub fn lost(&self) -> bool {
        self.before == Some(Standing::Recognises) && self.after != Some(Standing::Recognises)
    }
}

/// One area of changing control whose holder differs between the dates.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlChange {
    /// The area.
    pub area: AreaIx,
    /// The period holding on the earlier date, if any.
    pub before: Option<PeriodIx>,
    /// The period holding on the later date, if any.
    pub after: Option<PeriodIx>,
    /// Whether both holders are sure on their dates (`false`: a change known only to the
    /// month or year falls on one of the dates).
    pub certain: bool,
}

/// What changed from one date to another. Dates are put in order: `from` ≤ `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    /// The earlier date.
    pub from: Date,
    /// The later date.
    pub to: Date,
    /// Recognitions whose standing differs, in the order of the acts that set them.
    pub recognitions: Vec<RecognitionChange>,
    /// Areas whose holder differs.
    pub control: Vec<ControlChange>,
    /// Events (by first day) that began after `from`, up to and including `to`.
    pub events: Vec<EventIx>,
}

impl Diff {
    /// Recognitions gained between the dates.
    pub fn gained(&self) -> impl Iterator<Item = &RecognitionChange> {
        self.recognitions.iter().filter(|r| r.gained())
    }

    /// Recognitions lost between the dates (withdrawn, disputed, ceased).
    pub fn lost(&self) -> impl Iterator<Item = &RecognitionChange> {
        self.recognitions.iter().filter(|r| r.lost())
    }

    /// How many of the events in between fall in each category (categories with none left
    /// out), in legend order.
    pub fn events_by_category(&self, chronicle: &Chronicle) -> Vec<(Category, usize)> {
        Category::ALL
            .into_iter()
            .map(|c| {
                let n = self
                    .events
                    .iter()
                    .filter(|&&i| chronicle.events.get(i).is_some_and(|e| e.category == c))
                    .count();
                (c, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.recognitions.is_empty() && self.control.is_empty() && self.events.is_empty()
    }
}

impl Chronicle {
    /// What changed between dates `a` and `b` (in either order). Pure: derived from the
    /// snapshots of both days only.
    pub fn diff(&self, a: Date, b: Date) -> Diff {
        let (from, to) = (a.min(b), a.max(b));
        self.diff_snapshots(&self.at(from), &self.at(to))
    }

    /// What changed between two snapshots (put in date order), for a caller that has them.
    pub fn diff_snapshots(&self, a: &Snapshot, b: &Snapshot) -> Diff {
        let (before, after) = if a.date <= b.date { (a, b) } else { (b, a) };
        let standing_before = |state: StateIx, entity: Entity, direction: Direction| {
            before
                .recognitions
                .iter()
                .find(|r| r.state == state && r.entity == entity && r.direction == direction)
                .and_then(|r| r.standing)
        };
        let mut recognitions: Vec<RecognitionChange> = after
            .recognitions
            .iter()
            .filter_map(|r| {
                let was = standing_before(r.state, r.entity, r.direction);
                (was != r.standing).then_some(RecognitionChange {
                    state: r.state,
                    entity: r.entity,
                    direction: r.direction,
                    before: was,
                    after: r.standing,
                    act: r.since,
                })
            })
            .collect();
        recognitions.sort_by_key(|r| r.act);

        // Who held `area` on a snapshot's date: the period surely holding, else (in a month or
        // year of uncertain change) the earliest one on the earlier date, the latest on the later.
        let holder = |s: &Snapshot, area: AreaIx, latest: bool| {
            let of_area = s
                .control
                .iter()
                .filter(|(p, _)| self.periods.get(*p).is_some_and(|p| p.area == area));
            if let Some((p, _)) = of_area.clone().find(|(_, c)| *c == ControlPhase::Certain) {
                return (Some(*p), true);
            }
            let start = |p: &PeriodIx| self.periods.get(*p).map(|p| p.from.first);
            let pick = of_area.map(|(p, _)| *p);
            let p = if latest {
                pick.max_by_key(start)
            } else {
                pick.min_by_key(start)
            };
            (p, p.is_none())
        };
        let hand = |p: Option<PeriodIx>| {
            p.and_then(|p| self.periods.get(p))
                .map(|p| (p.side, p.controller.as_str()))
        };
        let control = self
            .areas
            .ixs()
            .filter_map(|area| {
                let ((b, sure_b), (a, sure_a)) =
                    (holder(before, area, false), holder(after, area, true));
                // On one and the same day nothing changes, however unsure the holder.
                (before.date != after.date && hand(b) != hand(a)).then_some(ControlChange {
                    area,
                    before: b,
                    after: a,
                    certain: sure_b && sure_a,
                })
            })
            .collect();

        let events = self
            .events
            .indexed()
            .filter(|(_, e)| before.date < e.first_day() && e.first_day() <= after.date)
            .map(|(i, _)| i)
            .collect();
        Diff {
            from: before.date,
            to: after.date,
            recognitions,
            control,
            events,
        }
    }
}
