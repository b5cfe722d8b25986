//! The two choices that decide every name the atlas shows: whose words ([`Pov`]) and which
//! language ([`Lang`]). A leaf of the core: the data, the views, the command line and the UI
//! all use these, and these use nothing.

/// A language names and labels are written in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Georgian.
    Ka,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, in picker order.
    pub const ALL: [Self; 3] = [Self::En, Self::Ka, Self::Ru];

    /// Every id, as `--lang` takes them.
    pub const IDS: [&'static str; 3] = ["en", "ka", "ru"];

    /// The id (`en`, `ka`, `ru`).
    pub fn id(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ka => "ka",
            Self::Ru => "ru",
        }
    }

    /// The language with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The language's own name, for a picker.
    pub fn label(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Ka => "ქართული",
            Self::Ru => "Русский",
        }
    }
}

/// Whose names and terms the atlas uses.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    serde::Deserialize,
    serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Pov {
    /// Every contested name and term shown with whose it is (the default).
    #[default]
    Attributed,
    /// The Government of Georgia.
    Georgia,
    /// The de facto authorities in Sukhumi and Tskhinvali.
    DeFacto,
    /// The Government of Russia.
    Russia,
    /// International organisations (UN, EU and EUMM, OSCE).
    International,
}

impl Pov {
    /// Every choice, in picker order.
    pub const ALL: [Self; 5] = [
        Self::Attributed,
        Self::Georgia,
        Self::DeFacto,
        Self::Russia,
        Self::International,
    ];

    /// The parties (every choice but [`Pov::Attributed`]).
    pub const PARTIES: [Self; 4] = [
        Self::Georgia,
        Self::DeFacto,
        Self::Russia,
        Self::International,
    ];

    /// Every id, as `--pov` takes them.
    pub const IDS: [&'static str; 5] = [
        "attributed",
        "georgia",
        "de-facto",
        "russia",
        "international",
    ];

    /// The choice with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The id, as `--pov` and the data spell it.
    pub fn id(self) -> &'static str {
        match self {
            Self::Attributed => "attributed",
            Self::Georgia => "georgia",
            Self::DeFacto => "de-facto",
            Self::Russia => "russia",
            Self::International => "international",
        }
    }

    /// A one-word name for the picker's button.
    pub fn short(self) -> &'static str {
        match self {
            Self::Attributed => "Attributed",
            Self::Georgia => "Georgia",
            Self::DeFacto => "De facto",
            Self::Russia => "Russia",
            Self::International => "International",
        }
    }

    /// A short label for the picker.
    pub fn label(self) -> &'static str {
        match self {
            Self::Attributed => "Attributed (each with whose it is)",
            Self::Georgia => "Government of Georgia",
            Self::DeFacto => "De facto authorities (Sukhumi, Tskhinvali)",
            Self::Russia => "Government of Russia",
            Self::International => "International organisations",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_id(l.id()), Some(l));
        }
        assert_eq!(Lang::IDS, Lang::ALL.map(Lang::id));
        for p in Pov::ALL {
            assert_eq!(Pov::from_id(p.id()), Some(p));
        }
        assert_eq!(Pov::IDS, Pov::ALL.map(Pov::id));
        assert_eq!(Lang::from_id("de"), None);
    }
}
