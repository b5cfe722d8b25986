//! Names and terms by point of view: the words each party uses for places, regions, the line
//! between them and key events, each sourced to that party's own usage; and how the atlas'
//! names read under a chosen point of view. Dates, facts, sources and geometry never depend on
//! it: only words do. Knows no egui.

mod load;

use crate::atlas::{Atlas, Names, Place, PlaceNames};
use crate::chronicle::{ControlArea, Event, EventPoint, RecognisingState};
use crate::i18n::Tr;
use crate::ids::{AreaId, EventId, PlaceId, RegionId, SourceId};
pub use crate::words::{Lang, Pov};
pub use load::load_views;

/// A party whose usage the data records.
#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    /// Which point of view.
    pub pov: Pov,
    /// Its name in the banner, e.g. "the Government of Georgia".
    pub name: String,
    /// A short name for attributions, e.g. "Georgia".
    pub short: String,
}

/// What a term names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    /// A town of `places.toml`, by id.
    Place(PlaceId),
    /// A region of the atlas, by id.
    Region(RegionId),
    /// The line between the land the Government of Georgia administers and the two regions.
    Line,
    /// A word of `[[word]]`, by id (e.g. the name of the August 2008 war).
    Word(String),
    /// The title of an event, by id.
    Event(EventId),
    /// An area of changing control (`boundaries/control_areas.geojson`), by id.
    Area(AreaId),
}

/// One party's name or term for one subject, in any of the label languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// What it names.
    pub subject: Subject,
    /// Whose usage it is.
    pub pov: Pov,
    /// English, Georgian, Russian (at least one).
    pub text: [Option<String>; 3],
    /// Sources of the party's own usage.
    pub sources: Vec<SourceId>,
    /// Which document uses it, or other context.
    pub note: Option<String>,
}

impl Term {
    /// The term in `lang`, if the data has it.
    pub fn in_lang(&self, lang: Lang) -> Option<&str> {
        self.text.get(lang_index(lang))?.as_deref()
    }
}

/// A contested word shown in the details of some events (e.g. the war's name).
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Id (`word.<id>` in terms).
    pub id: String,
    /// What it is, in neutral words, e.g. "The war of August 2008".
    pub what: String,
    /// Events whose details show it.
    pub events: Vec<String>,
}

/// Every party, term and word of `data/views.toml`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Views {
    /// The parties, one per [`Pov::PARTIES`].
    pub parties: Vec<Party>,
    /// The terms, sorted by subject then point of view.
    pub terms: Vec<Term>,
    /// The contested words.
    pub words: Vec<Word>,
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Ka => 1,
        Lang::Ru => 2,
    }
}

impl Views {
    /// The term of `pov` for `subject` (none under [`Pov::Attributed`]).
    pub fn term(&self, pov: Pov, subject: &Subject) -> Option<&Term> {
        self.terms
            .iter()
            .find(|t| t.pov == pov && &t.subject == subject)
    }

    /// `pov`'s word for `subject` in `lang`, if the data has one.
    pub fn text(&self, pov: Pov, subject: &Subject, lang: Lang) -> Option<&str> {
        self.term(pov, subject)?.in_lang(lang)
    }

    /// Every party's term for `subject` in `lang` (falling back to English), with the
    /// party's short name, in [`Pov::PARTIES`] order.
    pub fn attributed(&self, subject: &Subject, lang: Lang) -> Vec<(&str, &str)> {
        Pov::PARTIES
            .into_iter()
            .filter_map(|pov| {
                let t = self.term(pov, subject)?;
                let text = t.in_lang(lang).or_else(|| t.in_lang(Lang::En))?;
                Some((self.party(pov)?.short.as_str(), text))
            })
            .collect()
    }

    /// The party of `pov`.
    pub fn party(&self, pov: Pov) -> Option<&Party> {
        self.parties.iter().find(|p| p.pov == pov)
    }

    /// The name of place `place` under `pov` in `lang`; the attributed name where the party's
    /// word is not in the data.
    pub fn place_name<'a>(&'a self, pov: Pov, place: &'a Place, lang: Lang) -> &'a str {
        self.text(pov, &Subject::Place(place.id.clone()), lang)
            .unwrap_or_else(|| place_name(&place.names, lang))
    }

    /// The name of region `id` (with names `names`) under `pov` in `lang`.
    pub fn region_name<'a>(&'a self, pov: Pov, id: &str, names: &'a Names, lang: Lang) -> &'a str {
        self.text(pov, &Subject::Region(RegionId::new(id)), lang)
            .unwrap_or_else(|| region_name(names, lang))
    }

    /// The title of `event` under `pov` in `lang` (titles are written in English; a party's
    /// title is used when the data has one in `lang` or in English).
    pub fn event_title<'a>(&'a self, pov: Pov, event: &'a Event, lang: Lang) -> &'a str {
        let subject = Subject::Event(event.id.clone());
        self.text(pov, &subject, lang)
            .or_else(|| self.text(pov, &subject, Lang::En))
            .or_else(|| event.title_in(lang))
            .unwrap_or(&event.title)
    }

    /// The name of control area `area` under `pov` in `lang` (the data's own name, which
    /// gives each party's word, where the party's term is not in the data).
    pub fn area_name<'a>(&'a self, pov: Pov, area: &'a ControlArea, lang: Lang) -> &'a str {
        let subject = Subject::Area(area.id.clone());
        self.text(pov, &subject, lang)
            .or_else(|| self.text(pov, &subject, Lang::En))
            .unwrap_or(&area.name)
    }

    /// The contested words shown in the details of event `id`.
    pub fn words_of_event<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Word> {
        self.words
            .iter()
            .filter(move |w| w.events.iter().any(|e| e == id))
    }

    /// The banner over the map: whose names and terms are shown.
    pub fn banner(&self, pov: Pov) -> String {
        match self.party(pov) {
            Some(p) if pov != Pov::Attributed => format!("Names and terms as used by {}", p.name),
            _ => "Names and terms as used by each party, shown with whose they are".to_owned(),
        }
    }

    /// Every term of `pov` (every term when attributed), for the banner's list of sources.
    pub fn terms_of(&self, pov: Pov) -> impl Iterator<Item = &Term> {
        self.terms
            .iter()
            .filter(move |t| pov == Pov::Attributed || t.pov == pov)
    }
}

/// How names read this frame: the views, the point of view and the label language.
#[derive(Debug, Clone, Copy)]
pub struct Naming<'a> {
    /// The data's names and terms.
    pub views: &'a Views,
    /// Whose words.
    pub pov: Pov,
    /// Which label language.
    pub lang: Lang,
    /// The interface's words, in the interface language.
    pub tr: Tr<'a>,
}

impl<'a> Naming<'a> {
    /// A place's name.
    pub fn place(&self, place: &'a Place) -> &'a str {
        self.views.place_name(self.pov, place, self.lang)
    }

    /// A region's (or a neighbour's) name.
    pub fn region(&self, id: &str, names: &'a Names) -> &'a str {
        self.views.region_name(self.pov, id, names, self.lang)
    }

    /// A region's name in the interface language (headings and lists of the panels).
    pub fn region_ui(&self, id: &str, names: &'a Names) -> &'a str {
        self.views.region_name(self.pov, id, names, self.tr.lang)
    }

    /// An event's title: the party's term for it in the interface language if the data has
    /// one, else the title as written (in English).
    pub fn event_title(&self, event: &'a Event) -> &'a str {
        self.views.event_title(self.pov, event, self.tr.lang)
    }

    /// A recognising state's name in the interface language (as the data writes it);
    /// Abkhazia and South Ossetia (which recognise each other and others) by the point of
    /// view's name for the region.
    pub fn state(&self, atlas: &'a Atlas, state: &'a RecognisingState) -> &'a str {
        match atlas.region(&state.id) {
            Some(r) => self.region_ui(&r.id, &r.names),
            None => state.name_in(self.tr.lang),
        }
    }

    /// An area of changing control's name, in the interface language where the data has it.
    pub fn area(&self, area: &'a ControlArea) -> &'a str {
        self.views.area_name(self.pov, area, self.tr.lang)
    }

    /// Where an event happened, in the interface language: a town of the atlas by the point
    /// of view's name for it, any other point by its own name.
    pub fn event_point(&self, atlas: &'a Atlas, point: &'a EventPoint) -> &'a str {
        match point.place.as_deref().and_then(|id| atlas.place(id)) {
            Some(place) => self.views.place_name(self.pov, place, self.tr.lang),
            None => &point.name,
        }
    }

    /// The places of an event, joined ("Sukhumi, Gagra").
    pub fn event_places(&self, atlas: &'a Atlas, event: &'a Event) -> String {
        event
            .points
            .iter()
            .map(|p| self.event_point(atlas, p))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A place's name in the interface language (rows and lists of the panels).
    pub fn place_ui(&self, place: &'a Place) -> &'a str {
        self.views.place_name(self.pov, place, self.tr.lang)
    }

    /// The contested words of event `id` in the party's own term (none when attributed: the
    /// details list every party's), as (what it is, the term).
    pub fn words_of(&self, id: &'a str) -> Vec<(&'a str, &'a str)> {
        if self.pov == Pov::Attributed {
            return Vec::new();
        }
        self.views
            .words_of_event(id)
            .filter_map(|w| {
                let t = self.views.term(self.pov, &Subject::Word(w.id.clone()))?;
                let text = t.in_lang(self.lang).or_else(|| t.in_lang(Lang::En))?;
                Some((w.what.as_str(), text))
            })
            .collect()
    }

    /// The line's name under the point of view; under [`Pov::Attributed`], each party's
    /// term with whose it is ("occupation line (Georgia); …"), parties using the same term
    /// grouped. `None` when the data has no term for it.
    pub fn line(&self) -> Option<String> {
        if self.pov != Pov::Attributed {
            return self
                .views
                .text(self.pov, &Subject::Line, Lang::En)
                .map(str::to_owned);
        }
        let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
        for (who, text) in self.views.attributed(&Subject::Line, Lang::En) {
            match groups.iter_mut().find(|(t, _)| *t == text) {
                Some((_, whos)) => whos.push(who),
                None => groups.push((text, vec![who])),
            }
        }
        (!groups.is_empty()).then(|| {
            groups
                .iter()
                .map(|(t, whos)| format!("“{t}” ({})", whos.join("; ")))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }
}

/// A place's own name in `lang` (the attributed form).
pub fn place_name(n: &PlaceNames, lang: Lang) -> &str {
    match lang {
        Lang::En => &n.name_en,
        Lang::Ka => &n.name_ka,
        Lang::Ru => &n.name_ru,
    }
}

/// A region's own name in `lang`, English where the data has none.
pub fn region_name(n: &Names, lang: Lang) -> &str {
    let pick = match lang {
        Lang::En => None,
        Lang::Ka => n.name_ka.as_deref(),
        Lang::Ru => n.name_ru.as_deref(),
    };
    pick.unwrap_or(&n.name_en)
}

impl Subject {
    /// The key as the data writes it, e.g. `place.sukhumi`, `line`.
    pub fn key(&self) -> String {
        match self {
            Self::Place(id) => format!("place.{id}"),
            Self::Region(id) => format!("region.{id}"),
            Self::Line => "line".to_owned(),
            Self::Word(id) => format!("word.{id}"),
            Self::Event(id) => format!("event.{id}"),
            Self::Area(id) => format!("area.{id}"),
        }
    }

    /// Read a key; `None` if its kind is unknown.
    pub fn parse(key: &str) -> Option<Self> {
        if key == "line" {
            return Some(Self::Line);
        }
        let (kind, id) = key.split_once('.')?;
        let id = id.to_owned();
        match kind {
            "place" => Some(Self::Place(PlaceId::new(id))),
            "region" => Some(Self::Region(RegionId::new(id))),
            "word" => Some(Self::Word(id)),
            "event" => Some(Self::Event(EventId::new(id))),
            "area" => Some(Self::Area(AreaId::new(id))),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
