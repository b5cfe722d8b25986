//! Typed ids: an event's id and a region's id are different things, and the types say so from
//! the loader to the screen (a selection, an intent, a link): a region cannot be selected as an
//! event. Each wraps the id as the data writes it and reads as that text where text is wanted
//! (names, links, the keys of the data's own tables), through `Deref<Target = str>`.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// The id as the data writes it.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

/// The ids of the three regions the atlas is about, as `boundaries/regions.geojson` writes
/// them: the one place the code names them.
pub mod region {
    /// The territory administered by the Government of Georgia.
    pub const GEORGIA: &str = "georgia";
    /// Abkhazia.
    pub const ABKHAZIA: &str = "abkhazia";
    /// South Ossetia.
    pub const SOUTH_OSSETIA: &str = "south_ossetia";
}

id_type!(
    /// An event of `data/events.toml`.
    EventId
);
id_type!(
    /// A region of `boundaries/regions.geojson` (Georgia, Abkhazia, South Ossetia) or a
    /// neighbour.
    RegionId
);
id_type!(
    /// A place (town, village, crossing) of `data/places.toml`.
    PlaceId
);
id_type!(
    /// A source of `data/sources.toml`: what every fact cites.
    SourceId
);
id_type!(
    /// A recognising state of `data/recognitions.toml`.
    StateId
);
id_type!(
    /// An area of changing control of `boundaries/control_areas.geojson`.
    AreaId
);
id_type!(
    /// A story of `stories/` (its file name without `.toml`).
    StoryId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_as_their_text_and_compare_with_it() {
        let e: EventId = serde_json::from_str("\"sochi_1992\"").unwrap_or_default();
        assert_eq!(e.as_str(), "sochi_1992");
        assert_eq!(e, "sochi_1992");
        assert_eq!(e.to_string(), "sochi_1992");
        let set: std::collections::BTreeSet<EventId> = [e.clone()].into();
        assert!(set.contains("sochi_1992"));
    }
}
