//! Reading the catalogues from an asset set into three bundles; every problem located.

use super::check::{check_catalogues, parse_errors};
use super::{Bundle, Catalog, formatter_for};
use crate::load::{AssetSet, Problems};
use crate::words::Lang;
use fluent_bundle::FluentResource;
use std::sync::Arc;

/// The catalogue files, per language: the generated CLDR forms, then the interface's words.
pub const FILES: [(Lang, &str, &str); 3] = [
    (Lang::En, "i18n/cldr/en.ftl", "i18n/en.ftl"),
    (Lang::Ka, "i18n/cldr/ka.ftl", "i18n/ka.ftl"),
    (Lang::Ru, "i18n/cldr/ru.ftl", "i18n/ru.ftl"),
];

impl Catalog {
    /// Read and check the catalogues of `set`. A file with a syntax error keeps the messages
    /// that parse; missing or differing messages are warnings (the English one is shown).
    pub fn load(set: &AssetSet, problems: &mut Problems) -> Self {
        let mut texts = Vec::new();
        // Every message id of every file, for the messages formatted once below.
        let mut ids: Vec<String> = Vec::new();
        let bundles = FILES.map(|(lang, cldr, words)| {
            let mut bundle = Bundle::new_concurrent(vec![locale(lang)]);
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(formatter_for(lang)));
            for name in [cldr, words] {
                let file = set.file(name);
                parse_errors(&file, problems);
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                ids.extend(resource.entries().filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                }));
                // A message defined twice keeps its first text; the check below says where.
                let _twice = bundle.add_resource(resource);
                texts.push((lang, file));
            }
            bundle
        });
        check_catalogues(&texts, problems);
        ids.sort_unstable();
        ids.dedup();
        let plain = bundles.each_ref().map(|bundle| {
            ids.iter()
                .filter_map(|id| Some((id.clone(), plain_text(bundle, id)?)))
                .collect()
        });
        Self {
            bundles: Arc::new(bundles),
            plain: Arc::new(plain),
        }
    }

    /// The catalogues built into the binary, for code that has no data set at hand (tests).
    pub fn embedded() -> Self {
        Self::load(&AssetSet::embedded(), &mut Problems::default())
    }
}

/// Message `id` of `bundle` as text, if it needs no arguments (formatting it without any
/// gives no error): what [`super::Tr`] hands out without formatting it again every frame.
fn plain_text(bundle: &Bundle, id: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// The language tag a bundle selects plural rules by.
pub(super) fn locale(lang: Lang) -> unic_langid::LanguageIdentifier {
    match lang {
        Lang::En => unic_langid::langid!("en"),
        Lang::Ka => unic_langid::langid!("ka"),
        Lang::Ru => unic_langid::langid!("ru"),
    }
}
