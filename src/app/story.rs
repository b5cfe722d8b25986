//! A story told in the session: which slide is shown, autoplay, and showing a slide (date,
//! view, point of view, selection, comparison), the date and the view moving together.

use super::session::{LeftTab, Selection, Session};
use super::shortcuts::StoryKey;
use crate::chronicle::EventIx;
use crate::date::Date;
use crate::ids::StoryId;
use crate::projection::{LonLat, MapRect};
use crate::story::{SlideSelect, SlideView, Story};
use crate::time_control::TimeCommand;
use crate::ui::event_list::EventListState;
use crate::ui::story_bar::StoryIntent;

/// How long the date and the view take to move to a slide.
pub(super) const GLIDE_SECONDS: f64 = 0.6;

/// Half the width and height, in degrees, of what a slide (or a search) about a place shows
/// around it.
const PLACE_SPAN: (f64, f64) = (0.35, 0.22);

/// What the map shows to bring a place into view: the place and the villages around it.
pub(super) fn place_frame(p: &crate::atlas::Place) -> MapRect {
    let (dx, dy) = PLACE_SPAN;
    MapRect::from_lonlat(
        LonLat::new(p.lon - dx, p.lat - dy),
        LonLat::new(p.lon + dx, p.lat + dy),
    )
}

/// The story being told.
#[derive(Debug, Clone)]
pub(super) struct StoryState {
    /// Which story.
    pub(super) id: StoryId,
    /// The slide shown (from 0).
    pub(super) slide: usize,
    /// Whether autoplay runs.
    pub(super) playing: bool,
    /// When the slide was shown (egui's input time), for autoplay.
    shown_at: f64,
    /// A move of the date under way: from, to, when it began.
    date_glide: Option<(Date, Date, f64)>,
    /// The map's count of moves by hand when the slide was shown (a higher count: the reader
    /// moved away).
    hand_moves: u32,
    /// The events the slide is about, as positions in the data: the map dims the others.
    pub(super) focus: Vec<EventIx>,
    /// The event list's filters and tab before the story set its own, given back on leaving.
    before: Option<(EventListState, LeftTab)>,
}

impl Session {
    /// The story being told and its state.
    pub(super) fn story(&self) -> Option<(&Story, &StoryState)> {
        let state = self.story.as_ref()?;
        Some((self.data.stories.get(&state.id)?, state))
    }

    /// Open story `id` at slide `slide` (from 0; past the end: the last), `instant`ly (at
    /// start, after a reload) or moving there. Returns whether the data has it.
    pub(super) fn open_story(&mut self, id: &str, slide: usize, now: f64, instant: bool) -> bool {
        let Some(story) = self.data.stories.get(id) else {
            return false;
        };
        let slide = slide.min(story.slides.len().saturating_sub(1));
        self.time.playing = false;
        self.story = Some(StoryState {
            id: story.id.clone(),
            slide,
            playing: false,
            shown_at: now,
            date_glide: None,
            hand_moves: 0,
            focus: Vec::new(),
            before: None,
        });
        self.show_slide_with(slide, now, if instant { 0.0 } else { self.motion() });
        true
    }

    /// How long a slide change moves the date and the view: none when motion is reduced.
    fn motion(&self) -> f64 {
        if self.reduce_motion {
            0.0
        } else {
            GLIDE_SECONDS
        }
    }

    /// Leave the story: what it showed stays, nothing is dimmed.
    pub(super) fn leave_story(&mut self) {
        let Some(state) = self.story.take() else {
            return;
        };
        if let Some((_, to, _)) = state.date_glide {
            self.apply_time(TimeCommand::SetDate(to));
        }
        if let Some((list, tab)) = state.before {
            self.left.list = list;
            self.left.tab = tab;
        }
    }

    /// Show slide `n` of the story being told: its date and view (moving together, eased,
    /// unless motion is reduced), its point of view, selection and comparison.
    pub(super) fn show_slide(&mut self, n: usize, now: f64) {
        self.show_slide_with(n, now, self.motion());
    }

    /// [`Session::show_slide`], moving for `motion` seconds (0: at once).
    fn show_slide_with(&mut self, n: usize, now: f64, motion: f64) {
        let Some(state) = self.story.as_ref() else {
            return;
        };
        let Some(slide) = self
            .data
            .stories
            .get(&state.id)
            .and_then(|s| s.slides.get(n))
            .cloned()
        else {
            return;
        };
        let day = slide.shown_day();
        let date_glide = if motion > 0.0 && day != self.time.date {
            Some((self.time.date, day, now))
        } else {
            self.apply_time(TimeCommand::SetDate(day));
            None
        };
        // A span, or two dates compared, is shown whole on the timeline.
        let far = [slide.until, slide.compare].into_iter().flatten().max();
        let near = [Some(slide.date), slide.compare]
            .into_iter()
            .flatten()
            .min();
        if let (Some(a), Some(b)) = (near, far) {
            let pad = (a.days_until(b) / 8).max(7);
            self.apply_time(TimeCommand::ShowSpan(a.add_days(-pad), b.add_days(pad)));
        }
        let rect = match &slide.view {
            None => Some(self.data.atlas.home),
            Some(SlideView::Region(id)) => self.data.atlas.region(id).map(|r| r.shape.map_rect),
            Some(SlideView::Place(id)) => self.data.atlas.place(id).map(place_frame),
            Some(SlideView::Box(b)) => Some(MapRect::from_lonlat(
                LonLat::new(b.west, b.south),
                LonLat::new(b.east, b.north),
            )),
        };
        if let Some(rect) = rect {
            self.map.state.glide_to(rect, now, motion);
        }
        if let Some(p) = slide.pov {
            self.pov = p;
        }
        self.selection = match slide.select {
            Some(SlideSelect::Event(id)) => Some(Selection::Event(id)),
            Some(SlideSelect::Region(id)) => Some(Selection::Region(id)),
            Some(SlideSelect::Place(id)) => Some(Selection::Place(id)),
            None => None,
        };
        self.set_compare(slide.compare);
        let mut focus: Vec<EventIx> = slide
            .events
            .iter()
            .filter_map(|e| self.data.chronicle.event_index(e))
            .collect();
        // A filter opens the *Events* tab with it (the reader's own filters come back on
        // leaving) and, without events named, dims what it leaves out.
        let before = self.story.as_ref().and_then(|s| s.before.clone());
        let before = match &slide.filter {
            Some(f) => {
                let before = before.or_else(|| Some((self.left.list.clone(), self.left.tab)));
                self.left.list.categories = if f.categories.is_empty() {
                    crate::chronicle::Category::ALL.to_vec()
                } else {
                    f.categories.clone()
                };
                self.left.list.region = f.region;
                self.left.list.search.clear();
                self.left.tab = LeftTab::Events;
                if focus.is_empty() {
                    focus = self
                        .data
                        .chronicle
                        .events
                        .indexed()
                        .filter(|(_, e)| self.left.list.matches(e, ""))
                        .map(|(i, _)| i)
                        .collect();
                }
                before
            }
            None => {
                if let Some((list, tab)) = before {
                    self.left.list = list;
                    self.left.tab = tab;
                }
                None
            }
        };
        // Sorted once here: the map looks each marker up in it every frame.
        focus.sort_unstable();
        focus.dedup();
        if let Some(state) = self.story.as_mut() {
            state.before = before;
            state.slide = n;
            state.shown_at = now;
            state.date_glide = date_glide;
            state.hand_moves = self.map.state.hand_moves;
            state.focus = focus;
        }
    }

    /// The slide after the one shown, if there is one.
    pub(super) fn next_slide(&self) -> Option<usize> {
        let (story, state) = self.story()?;
        (state.slide + 1 < story.slides.len()).then_some(state.slide + 1)
    }

    /// Show slide `n` at once (for images of each slide).
    pub(super) fn show_slide_at_once(&mut self, n: usize) {
        self.show_slide_with(n, self.now, 0.0);
    }

    /// Move the story on by this frame's time: the date's move, then autoplay. Returns how
    /// many seconds until it next needs a frame, if it does.
    pub(super) fn step_story(&mut self, now: f64) -> Option<f64> {
        let state = self.story.as_mut()?;
        let mut wait: Option<f64> = None;
        if let Some((from, to, start)) = state.date_glide {
            let t = crate::ui::map::ease((now - start) / GLIDE_SECONDS);
            let days = (f64::from(from.days_until(to)) * t).round() as i32;
            if t >= 1.0 {
                state.date_glide = None;
            } else {
                wait = Some(0.0);
            }
            self.apply_time(TimeCommand::SetDate(from.add_days(days)));
        }
        let state = self.story.as_mut()?;
        if state.playing {
            let (slide, shown_at) = (state.slide, state.shown_at);
            let seconds = self
                .data
                .stories
                .get(&state.id)
                .and_then(|s| s.slides.get(slide))
                .map_or(crate::story::DEFAULT_SECONDS, |s| s.seconds);
            let count = self
                .data
                .stories
                .get(&state.id)
                .map_or(0, |s| s.slides.len());
            let left = shown_at + seconds - now;
            if left <= 0.0 {
                if slide + 1 < count {
                    self.show_slide(slide + 1, now);
                    return Some(0.0);
                }
                if let Some(s) = self.story.as_mut() {
                    s.playing = false;
                }
            } else {
                wait = Some(wait.map_or(left, |w| w.min(left)));
            }
        }
        wait
    }

    /// Whether the reader moved away from the slide (another date, view, selection or point
    /// of view): then one key brings the slide back.
    pub(super) fn story_strayed(&self) -> bool {
        let Some((story, state)) = self.story() else {
            return false;
        };
        let Some(slide) = story.slides.get(state.slide) else {
            return false;
        };
        if state.date_glide.is_some() || self.map.state.glide.is_some() {
            return false;
        }
        let selection = match &slide.select {
            Some(SlideSelect::Event(id)) => Some(Selection::Event(id.clone())),
            Some(SlideSelect::Region(id)) => Some(Selection::Region(id.clone())),
            Some(SlideSelect::Place(id)) => Some(Selection::Place(id.clone())),
            None => None,
        };
        self.time.date != slide.shown_day()
            || self.selection != selection
            || slide.pov.is_some_and(|p| p != self.pov)
            || self.map.state.hand_moves != state.hand_moves
    }

    /// Do what the story bar or a story key asks.
    pub(super) fn story_intent(&mut self, intent: StoryIntent, now: f64) {
        let Some((story, state)) = self.story() else {
            return;
        };
        let (count, at) = (story.slides.len(), state.slide);
        match intent {
            StoryIntent::Go(n) if n < count => self.show_slide(n, now),
            StoryIntent::Go(_) => {}
            StoryIntent::Back => self.show_slide(at, now),
            StoryIntent::TogglePlay => {
                if let Some(s) = self.story.as_mut() {
                    s.playing = !s.playing;
                    s.shown_at = now;
                }
            }
            StoryIntent::Leave => self.leave_story(),
        }
    }

    /// What a story key asks, as the bar's intent.
    pub(super) fn story_key(&mut self, key: StoryKey, now: f64) {
        let Some((story, state)) = self.story() else {
            return;
        };
        let (count, at) = (story.slides.len(), state.slide);
        let intent = match key {
            StoryKey::Next => StoryIntent::Go(at + 1),
            StoryKey::Previous => StoryIntent::Go(at.saturating_sub(1)),
            StoryKey::First => StoryIntent::Go(0),
            StoryKey::Last => StoryIntent::Go(count.saturating_sub(1)),
            StoryKey::Back => StoryIntent::Back,
            StoryKey::Play => StoryIntent::TogglePlay,
            StoryKey::Leave => StoryIntent::Leave,
        };
        self.story_intent(intent, now);
    }
}
