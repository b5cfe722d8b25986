//! What `--check` says of the catalogues: syntax errors, messages defined twice, missing or
//! left over in a language, variables that differ from the English message, and plural forms
//! a language needs that a message lacks. Each located (file, line, column).

use crate::load::{AssetFile, Problem, Problems};
use crate::say;
use crate::words::Lang;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::{BTreeMap, BTreeSet};

/// What a message needs, as read from its text.
#[derive(Default)]
struct Shape {
    /// Where it is defined.
    file: String,
    at: (usize, usize),
    /// Variables it uses.
    vars: BTreeSet<String>,
    /// For each selector on a variable with plural-category keys: its keys and whether it has
    /// a default (which covers any category left out).
    plural_keys: Vec<BTreeSet<String>>,
}

/// Report the syntax errors of one catalogue file.
pub(super) fn parse_errors(file: &AssetFile, problems: &mut Problems) {
    if let Err((_, errors)) = fluent_syntax::parser::parse(file.text.as_str()) {
        for e in errors {
            problems.push(Problem::at(
                &file.name,
                file.line_column(e.pos.start),
                say!("problem-fluent", "Fluent syntax: {detail}", detail = e),
            ));
        }
    }
}

/// The messages of every file of one language, by id; a second definition is reported.
fn shapes(files: &[&AssetFile], problems: &mut Problems) -> BTreeMap<String, Shape> {
    let mut out: BTreeMap<String, Shape> = BTreeMap::new();
    for file in files {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut from = 0;
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name;
            // The parser keeps no positions: the message starts on the first line after the
            // previous one that begins with its id.
            let offset = find_definition(&file.text, id, from);
            from = offset + 1;
            let at = file.line_column(offset);
            if out.contains_key(id) {
                problems.push(
                    Problem::at(
                        &file.name,
                        at,
                        say!(
                            "problem-message-twice",
                            "message \"{id}\" is defined twice; the first one is used",
                            id = id
                        ),
                    )
                    .warning(),
                );
                continue;
            }
            // A message is a few words: one of megabytes would be laid out on screen.
            let length: usize = m
                .value
                .iter()
                .flat_map(|p| &p.elements)
                .map(|e| match e {
                    PatternElement::TextElement { value } => value.len(),
                    PatternElement::Placeable { .. } => 0,
                })
                .sum();
            if length > crate::load::MAX_TEXT_BYTES {
                problems.push(Problem::at(
                    &file.name,
                    at,
                    say!(
                        "problem-text-too-long",
                        "a text of {size} KiB; at most {max} KiB is read",
                        size = length >> 10,
                        max = crate::load::MAX_TEXT_BYTES >> 10
                    ),
                ));
            }
            let mut shape = Shape {
                file: file.name.clone(),
                at,
                ..Shape::default()
            };
            if let Some(p) = &m.value {
                walk(p, &mut shape);
            }
            out.insert(id.to_owned(), shape);
        }
    }
    out
}

fn find_definition(text: &str, id: &str, from: usize) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset >= from
            && line
                .strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return offset;
        }
        offset += line.len();
    }
    from
}

fn walk(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, shape);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, shape),
        Expression::Select { selector, variants } => {
            inline_vars(selector, shape);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some((*name).to_owned()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys.iter().any(|k| CATEGORIES.contains(&k.as_str())) {
                shape.plural_keys.push(keys);
            }
            for v in variants {
                walk(&v.value, shape);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, shape);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, shape),
        _ => {}
    }
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The plural categories whole numbers fall in for `lang` (Russian: one, few, many).
pub(super) fn whole_number_categories(lang: Lang) -> BTreeSet<&'static str> {
    let Ok(rules) = PluralRules::create(super::load::locale(lang), PluralRuleType::CARDINAL) else {
        return BTreeSet::new();
    };
    (0..1000_u32)
        .filter_map(|n| rules.select(n).ok())
        .map(|c| match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

/// Compare each language with English; `texts` holds every catalogue file with its language.
pub(super) fn check_catalogues(texts: &[(Lang, AssetFile)], problems: &mut Problems) {
    let files_of = |lang: Lang| -> Vec<&AssetFile> {
        texts
            .iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, f)| f)
            .collect()
    };
    let all: Vec<(Lang, BTreeMap<String, Shape>)> = Lang::ALL
        .into_iter()
        .map(|lang| (lang, shapes(&files_of(lang), problems)))
        .collect();
    let Some((_, english)) = all.iter().find(|(l, _)| *l == Lang::En) else {
        return;
    };
    for (lang, messages) in &all {
        let needed = whole_number_categories(*lang);
        for (id, shape) in messages {
            for keys in &shape.plural_keys {
                let missing: Vec<&str> = needed
                    .iter()
                    .filter(|c| !keys.contains(**c))
                    .copied()
                    .collect();
                if !missing.is_empty() {
                    problems.push(
                        Problem::at(
                            &shape.file,
                            shape.at,
                            say!(
                                "problem-plural",
                                "message \"{id}\": no plural form for {missing} (whole numbers need {needed})",
                                id = id,
                                missing = missing.join(", "),
                                needed = needed.iter().copied().collect::<Vec<_>>().join(", ")
                            ),
                        )
                        .warning(),
                    );
                }
            }
        }
        if *lang == Lang::En {
            continue;
        }
        let words_file = files_of(*lang)
            .last()
            .map_or_else(String::new, |f| f.name.clone());
        for (id, en) in english {
            match messages.get(id) {
                None => problems.push(
                    Problem::at(
                        &words_file,
                        (1, 1),
                        say!(
                            "problem-message-missing",
                            "message \"{id}\" is missing (the English one is shown; {file}:{line} has it)",
                            id = id,
                            file = en.file,
                            line = en.at.0
                        ),
                    )
                    .warning(),
                ),
                Some(shape) if shape.vars != en.vars => problems.push(
                    Problem::at(
                        &shape.file,
                        shape.at,
                        say!(
                            "problem-message-vars",
                            "message \"{id}\" uses {vars} where English uses {en_vars}",
                            id = id,
                            vars = vars(&shape.vars),
                            en_vars = vars(&en.vars)
                        ),
                    )
                    .warning(),
                ),
                Some(_) => {}
            }
        }
        for (id, shape) in messages {
            if !english.contains_key(id) {
                problems.push(
                    Problem::at(
                        &shape.file,
                        shape.at,
                        say!(
                            "problem-message-extra",
                            "message \"{id}\" is not in English: the interface never asks for it",
                            id = id
                        ),
                    )
                    .warning(),
                );
            }
        }
    }
}

fn vars(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "—".to_owned()
    } else {
        set.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
