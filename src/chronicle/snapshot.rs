//! What holds on one date: [`Chronicle::at`] and the [`Snapshot`] it returns.

use super::{ActIx, Action, Chronicle, Direction, Entity, EventIx, PeriodIx, RECENT_DAYS, StateIx};
use crate::date::Date;

impl Chronicle {
    /// What holds on `date`: events under way, recent and past; recognitions in force;
    /// control of areas. Pure: the same date gives the same snapshot.
    pub fn at(&self, date: Date) -> Snapshot {
        let mut events = Vec::new();
        for (i, e) in self.events.indexed() {
            if e.first_day() > date {
                break; // sorted by first day: the rest is in the future
            }
            let phase = if date <= e.last_day() {
                if e.is_exact() {
                    EventPhase::Active
                } else {
                    EventPhase::Uncertain
                }
            } else {
                let days = e.last_day().days_until(date);
                if days <= RECENT_DAYS {
                    EventPhase::Recent { days }
                } else {
                    EventPhase::Past
                }
            };
            events.push((i, phase));
        }

        let mut recognitions: Vec<Recognition> = Vec::new();
        for (i, act) in self.acts.indexed() {
            if act.date.first > date {
                break; // sorted by date
            }
            let at = match recognitions.iter().position(|r| {
                r.state == act.state && r.entity == act.entity && r.direction == act.direction
            }) {
                Some(at) => at,
                None => {
                    recognitions.push(Recognition {
                        state: act.state,
                        entity: act.entity,
                        direction: act.direction,
                        standing: None,
                        since: i,
                        statements: Vec::new(),
                    });
                    recognitions.len() - 1
                }
            };
            let Some(r) = recognitions.get_mut(at) else {
                continue;
            };
            let standing = match act.action {
                Action::Recognised => Standing::Recognises,
                Action::Withdrew => Standing::Withdrawn,
                Action::Disputed => Standing::Disputed,
                Action::Ceased => Standing::Ceased,
                Action::Statement => {
                    r.statements.push(i);
                    continue;
                }
            };
            r.standing = Some(standing);
            r.since = i;
        }

        let mut control = Vec::new();
        for (i, p) in self.periods.indexed() {
            let ends = p.until.map_or(date, |u| u.last);
            if p.from.first <= date && date <= ends {
                let unsure_start = !p.from.is_exact() && date <= p.from.last;
                let unsure_end = p.until.is_some_and(|u| !u.is_exact() && date >= u.first);
                control.push((
                    i,
                    if unsure_start || unsure_end {
                        ControlPhase::Uncertain
                    } else {
                        ControlPhase::Certain
                    },
                ));
            }
        }
        Snapshot {
            date,
            events,
            recognitions,
            control,
        }
    }
}

/// Where an event stands on the snapshot's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventPhase {
    /// Under way (known to the day).
    Active,
    /// Its date is known only to the month or year and the date falls in that span.
    Uncertain,
    /// Ended this many days ago (fading).
    Recent {
        /// Days since it ended.
        days: i32,
    },
    /// Further in the past.
    Past,
}

/// Where a recognition stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    /// In force.
    Recognises,
    /// Withdrawn.
    Withdrawn,
    /// Disputed: see the statements.
    Disputed,
    /// The recognising entity ceased to exist.
    Ceased,
}

/// One state's recognition of one entity on the snapshot's date, or (direction
/// [`Direction::By`]) the entity's recognition of the state.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognition {
    /// The state.
    pub state: StateIx,
    /// The entity.
    pub entity: Entity,
    /// Who recognises whom.
    pub direction: Direction,
    /// Where it stands (`None`: only statements so far).
    pub standing: Option<Standing>,
    /// The act that set the standing.
    pub since: ActIx,
    /// Statements made up to the date.
    pub statements: Vec<ActIx>,
}

impl Recognition {
    /// No longer in force: withdrawn, disputed or ceased.
    pub fn lapsed(&self) -> bool {
        matches!(
            self.standing,
            Some(Standing::Withdrawn | Standing::Disputed | Standing::Ceased)
        )
    }
}

/// Whether a control period surely holds on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlPhase {
    /// It holds.
    Certain,
    /// The date falls in the month or year when it began or ended.
    Uncertain,
}

/// What holds on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The date.
    pub date: Date,
    /// Events begun by the date, with their phase.
    pub events: Vec<(EventIx, EventPhase)>,
    /// Recognitions with any act up to the date.
    pub recognitions: Vec<Recognition>,
    /// Control periods holding on the date.
    pub control: Vec<(PeriodIx, ControlPhase)>,
}

impl Snapshot {
    /// States recognising `entity` on the date.
    pub fn recognisers(&self, entity: Entity) -> impl Iterator<Item = &Recognition> {
        self.recognitions.iter().filter(move |r| {
            r.direction == Direction::Of
                && r.entity == entity
                && r.standing == Some(Standing::Recognises)
        })
    }

    /// Recognitions of `entity` that are no longer in force (withdrawn, disputed, ceased).
    pub fn lapsed(&self, entity: Entity) -> impl Iterator<Item = &Recognition> {
        self.recognitions
            .iter()
            .filter(move |r| r.direction == Direction::Of && r.entity == entity && r.lapsed())
    }

    /// The phase of event `index`, if it has begun.
    pub fn phase_of(&self, index: EventIx) -> Option<EventPhase> {
        self.events
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, p)| *p)
    }
}

/// How a state stands on the snapshot's date, for the world inset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateStanding {
    /// It recognises both regions.
    Both,
    /// It recognises one of them.
    One,
    /// It recognised, and no longer does (withdrawn, disputed, ceased).
    Lapsed,
}

impl Snapshot {
    /// How state `state` stands on the date; `None` if it has not acted yet.
    pub fn state_standing(&self, state: StateIx) -> Option<StateStanding> {
        let of_state = || {
            self.recognitions
                .iter()
                .filter(move |r| r.state == state && r.direction == Direction::Of)
        };
        match of_state()
            .filter(|r| r.standing == Some(Standing::Recognises))
            .count()
        {
            2.. => Some(StateStanding::Both),
            1 => Some(StateStanding::One),
            _ if of_state().any(|r| r.standing.is_some()) => Some(StateStanding::Lapsed),
            _ => None,
        }
    }
}

impl Chronicle {
    /// Whether state `state`'s standing changed within [`RECENT_DAYS`] before the snapshot's
    /// date (the inset highlights it).
    pub fn changed_recently(&self, snapshot: &Snapshot, state: StateIx) -> bool {
        snapshot.recognitions.iter().any(|r| {
            r.state == state
                && r.direction == Direction::Of
                && self.acts.get(r.since).is_some_and(|act| {
                    act.action != Action::Statement
                        && act.date.first.days_until(snapshot.date) <= RECENT_DAYS
                })
        })
    }
}

/// What an entity recognises on a date: a state, or the other entity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Recognised {
    /// A state of [`Chronicle::states`].
    State(StateIx),
    /// Abkhazia or South Ossetia.
    Entity(Entity),
}

impl Chronicle {
    /// What `entity` itself recognises (or recognised: lapsed ones included) on the
    /// snapshot's date: its own acts (`[[entity_act]]`), and the acts where it is listed as a
    /// recognising state of the other entity. Each with the recognition that holds the
    /// standing, in the order of the acts that set it.
    pub fn recognised_by<'s>(
        &self,
        snapshot: &'s Snapshot,
        entity: Entity,
    ) -> Vec<(Recognised, &'s Recognition)> {
        let mut out: Vec<(Recognised, &Recognition)> = snapshot
            .recognitions
            .iter()
            .filter(|r| r.standing.is_some())
            .filter_map(|r| match r.direction {
                Direction::By if r.entity == entity => Some((Recognised::State(r.state), r)),
                Direction::Of
                    if self
                        .states
                        .get(r.state)
                        .is_some_and(|s| s.id == entity.region_id()) =>
                {
                    Some((Recognised::Entity(r.entity), r))
                }
                _ => None,
            })
            .collect();
        out.sort_by_key(|(_, r)| r.since);
        out
    }
}
