//! The interface's words in English, Georgian and Russian: Fluent catalogues that are data
//! (`i18n/{en,ka,ru}.ftl`, with `i18n/cldr/*.ftl` generated from the Unicode CLDR), read with
//! `fluent-bundle`, and [`Tr`], the one way the interface turns a message id into text.
//!
//! A message is looked up in the chosen language, then in English, then shown as its id (so a
//! missing translation is visible, never a blank). Placeables are not wrapped in Unicode
//! isolation marks (the interface is left-to-right only, and the marks would show as boxes).
//! Numbers are written with the language's digit grouping; Fluent picks plural forms by the
//! CLDR rules of the language (Russian: one, few, many; Georgian: one, other).

mod check;
mod load;

use crate::date::{Date, FuzzyDate, Precision};
use crate::load::{Problem, Said};
use crate::words::Lang;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// The three catalogues, loaded once with the data (cheap to clone).
#[derive(Clone)]
pub struct Catalog {
    bundles: Arc<[Bundle; 3]>,
    /// Per language, the messages that take no arguments, formatted once at load (a frame
    /// asks for a few hundred of them).
    plain: Arc<[HashMap<String, String>; 3]>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Catalog")
    }
}

impl Catalog {
    /// The words of the interface in `lang`.
    pub fn tr(&self, lang: Lang) -> Tr<'_> {
        Tr {
            catalog: self,
            lang,
        }
    }

    fn bundle(&self, lang: Lang) -> &Bundle {
        of_lang(&self.bundles, lang)
    }

    fn plain(&self, lang: Lang) -> &HashMap<String, String> {
        of_lang(&self.plain, lang)
    }

    /// Whether `lang`'s own catalogue has message `id` (no fallback).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }
}

/// `lang`'s item of a per-language triple (English, Georgian, Russian).
fn of_lang<T>([en, ka, ru]: &[T; 3], lang: Lang) -> &T {
    match lang {
        Lang::En => en,
        Lang::Ka => ka,
        Lang::Ru => ru,
    }
}

/// The interface's words in one language: what every panel, menu and image stamp asks for
/// its text. Small and `Copy`: passed by value.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    catalog: &'a Catalog,
    /// The interface language.
    pub lang: Lang,
}

impl std::fmt::Debug for Tr<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tr({})", self.lang.id())
    }
}

impl<'a> Tr<'a> {
    /// Message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None).into_owned()
    }

    /// Message `id` with `args` (see the [`t!`](crate::t) macro).
    pub fn with(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(id, Some(args)).into_owned()
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Cow<'a, str> {
        for lang in [self.lang, Lang::En] {
            if args.is_none()
                && let Some(text) = self.catalog.plain(lang).get(id)
            {
                return Cow::Borrowed(text);
            }
            let bundle = self.catalog.bundle(lang);
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return Cow::Owned(text.into_owned());
            }
        }
        Cow::Owned(id.to_owned())
    }

    /// A calendar day in the language's long form ("26 August 2008", "26 აგვისტო, 2008",
    /// "26 августа 2008 г.").
    pub fn day(&self, date: Date) -> String {
        let (y, m, d) = date.ymd();
        let mut args = FluentArgs::new();
        args.set("day", d.to_string());
        args.set("month", m);
        args.set("year", y.to_string());
        self.with("cldr-date-day", &args)
    }

    /// A month of a year ("August 2008", "აგვისტო, 2008", "август 2008 г.").
    pub fn month_of_year(&self, year: i32, month: u32) -> String {
        let mut args = FluentArgs::new();
        args.set("month", month);
        args.set("year", year.to_string());
        self.with("cldr-date-month", &args)
    }

    /// A year.
    pub fn year(&self, year: i32) -> String {
        let mut args = FluentArgs::new();
        args.set("year", year.to_string());
        self.with("cldr-date-year", &args)
    }

    /// A month's short name alone, as on the timeline's ticks.
    pub fn month_short(&self, month: u32) -> String {
        let mut args = FluentArgs::new();
        args.set("month", month);
        self.with("cldr-month", &args)
    }

    /// A date known to the day, the month or the year, in the language's form.
    pub fn fuzzy(&self, date: FuzzyDate) -> String {
        let (y, m, _) = date.first.ymd();
        match date.precision {
            Precision::Day => self.day(date.first),
            Precision::Month => self.month_of_year(y, m),
            Precision::Year => self.year(y),
        }
    }

    /// A problem's words in the interface language; its English text when the catalogue
    /// lacks the message (a data folder's older catalogue).
    pub fn said(&self, said: &Said) -> String {
        let mut args = FluentArgs::new();
        for (key, value) in &said.args {
            args.set(*key, value.as_str());
        }
        for lang in [self.lang, Lang::En] {
            let bundle = self.catalog.bundle(lang);
            if let Some(pattern) = bundle.get_message(said.id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
            }
        }
        said.en.clone()
    }

    /// A problem's line in the interface language: the location as written (`file:line:column:`),
    /// then the words.
    pub fn problem_line(&self, p: &Problem) -> String {
        let mut line = p.located();
        if !p.is_error() {
            line.push(' ');
            line.push_str(&self.t("problem-line-warning"));
        }
        if let Some(r) = &p.record {
            line.push_str(&format!(" {r}:"));
        }
        if let Some(field) = &p.field {
            line.push(' ');
            line.push_str(&crate::t!(
                self,
                "problem-line-field",
                field = field.as_str()
            ));
        }
        line.push(' ');
        line.push_str(&self.said(&p.message));
        line
    }

    /// A whole number with the language's digit grouping ("240,705", "240 705").
    pub fn number(&self, n: impl Into<f64>) -> String {
        format_number(n.into(), self.lang)
    }
}

/// The interface language the system asks for: the first of `LC_ALL`, `LC_MESSAGES` and
/// `LANG` that is set (POSIX's order), if it is Georgian or Russian; else English.
pub fn system_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| lang_of_locale(&v))
        .unwrap_or_default()
}

/// The language of a POSIX locale name (`ka_GE.UTF-8`, `ru_RU`, `ru`), if the interface speaks it.
pub fn lang_of_locale(locale: &str) -> Option<Lang> {
    let code = locale.split(['_', '.', '@', '-']).next()?;
    Lang::from_id(&code.to_ascii_lowercase())
}

/// `t!(tr, "id")`, or `t!(tr, "id", name = value, …)`: message `id` in `tr`'s language with
/// the named arguments (numbers select plural forms and are grouped as the language writes
/// them; give a year or an id as text).
#[macro_export]
macro_rules! t {
    ($tr:expr, $id:literal) => {
        $tr.t($id)
    };
    ($tr:expr, $id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($key), $value); )+
        $tr.with($id, &args)
    }};
}

/// The digit-group and decimal symbols of `lang`, as CLDR gives them (`i18n/cldr/*.ftl` says
/// the same; a test holds the two together).
pub const fn number_symbols(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => (",", "."),
        Lang::Ka | Lang::Ru => ("\u{a0}", ","),
    }
}

/// `n` written with `lang`'s symbols: digits grouped by three, one decimal where it has one.
pub fn format_number(n: f64, lang: Lang) -> String {
    let (group, decimal) = number_symbols(lang);
    let negative = n < 0.0;
    let tenths = (n.abs() * 10.0).round() as u64;
    let (whole, frac) = (tenths / 10, tenths % 10);
    let digits = whole.to_string();
    let mut out = String::new();
    if negative && tenths > 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if frac > 0 {
        out.push_str(decimal);
        out.push_str(&frac.to_string());
    }
    out
}

/// How a bundle writes a number placeable: grouped as the language writes it.
fn formatter_for(
    lang: Lang,
) -> fn(&FluentValue<'_>, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    fn number(v: &FluentValue<'_>, lang: Lang) -> Option<String> {
        match v {
            FluentValue::Number(n) => Some(format_number(n.value, lang)),
            _ => None,
        }
    }
    match lang {
        Lang::En => |v, _| number(v, Lang::En),
        Lang::Ka => |v, _| number(v, Lang::Ka),
        Lang::Ru => |v, _| number(v, Lang::Ru),
    }
}

#[cfg(test)]
mod tests;
