//! A slide written from what the app shows (*Add this view as a slide*): TOML a person can
//! still edit by hand, appended to a story file or starting a new one.

use crate::date::Date;
use crate::view::ViewBox;
use crate::words::Pov;

/// What a new slide says and shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SlideDraft {
    /// Its title.
    pub title: String,
    /// Its text.
    pub text: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// The day shown.
    pub date: Option<Date>,
    /// Date B, when comparing.
    pub compare: Option<Date>,
    /// The view's box.
    pub view: Option<ViewBox>,
    /// The point of view, if not the attributed one.
    pub pov: Option<Pov>,
    /// The selected event's or region's id.
    pub select: Option<String>,
    /// The events the slide is about.
    pub events: Vec<String>,
    /// Speaker notes.
    pub notes: String,
}

/// A TOML string: quoted, with what needs it escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| quoted(i)).collect();
    format!("[{}]", quoted.join(", "))
}

impl SlideDraft {
    /// The slide as a `[[slide]]` table.
    pub fn to_toml(&self) -> String {
        let mut out = String::from("\n[[slide]]\n");
        let mut line = |key: &str, value: String| out.push_str(&format!("{key} = {value}\n"));
        line("title", quoted(&self.title));
        line("text", quoted(&self.text));
        line("sources", list(&self.sources));
        if let Some(d) = self.date {
            line("date", quoted(&d.to_string()));
        }
        if let Some(d) = self.compare {
            line("compare", quoted(&d.to_string()));
        }
        if let Some(b) = self.view {
            let r = |v: f64| (v * 1e4).round() / 1e4;
            line(
                "box",
                format!(
                    "[{}, {}, {}, {}]",
                    r(b.west),
                    r(b.south),
                    r(b.east),
                    r(b.north)
                ),
            );
        }
        if let Some(p) = self.pov {
            line("pov", quoted(p.id()));
        }
        if let Some(s) = &self.select {
            line("select", quoted(s));
        }
        if !self.events.is_empty() {
            line("events", list(&self.events));
        }
        if !self.notes.trim().is_empty() {
            line("notes", quoted(&self.notes));
        }
        out
    }
}

/// The top of a new story file.
pub fn story_header(title: &str, author: &str, about: &str) -> String {
    format!(
        "title = {}\nauthor = {}\nabout = {}\n",
        quoted(title),
        quoted(author),
        quoted(about)
    )
}
