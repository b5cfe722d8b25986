//! The catalogues: shipped ones complete and consistent, the CLDR forms, plural rules, the
//! checks `--check` runs on a translator's file, and the code's message ids.

use super::*;
use crate::load::{AssetSet, Problems};

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn catalog_with(name: &str, text: &str) -> (Catalog, Problems) {
    let mut problems = Problems::default();
    let c = Catalog::load(&AssetSet::embedded().with(name, text), &mut problems);
    (c, problems)
}

#[test]
fn the_shipped_catalogues_load_with_no_problem() {
    let mut problems = Problems::default();
    Catalog::load(&AssetSet::embedded(), &mut problems);
    assert!(problems.is_empty(), "{}", problems.report());
}

#[test]
fn dates_and_numbers_read_as_each_language_writes_them() {
    let c = Catalog::embedded();
    let d = day("2008-08-26");
    assert_eq!(c.tr(Lang::En).day(d), "26 August 2008");
    assert_eq!(c.tr(Lang::Ka).day(d), "26 აგვისტო, 2008");
    // CLDR puts a narrow no-break space before "г.".
    assert_eq!(c.tr(Lang::Ru).day(d), "26 августа 2008\u{202f}г.");
    assert_eq!(
        c.tr(Lang::Ru).month_of_year(2008, 8),
        "август 2008\u{202f}г."
    );
    assert_eq!(c.tr(Lang::Ka).month_of_year(2008, 8), "აგვისტო, 2008");
    assert_eq!(c.tr(Lang::En).year(1992), "1992");
    assert_eq!(c.tr(Lang::En).number(240_705), "240,705");
    assert_eq!(c.tr(Lang::Ru).number(240_705), "240\u{a0}705");
    assert_eq!(c.tr(Lang::Ka).number(4409.7), "4\u{a0}409,7");
    assert_eq!(c.tr(Lang::En).number(999), "999");
    // The grouping the code writes is the one CLDR gives (i18n/cldr/*.ftl).
    for lang in Lang::ALL {
        let (group, decimal) = number_symbols(lang);
        assert_eq!(c.tr(lang).t("cldr-group"), group, "{lang:?}");
        assert_eq!(c.tr(lang).t("cldr-decimal"), decimal, "{lang:?}");
    }
}

#[test]
fn plural_forms_follow_cldr_and_a_missing_one_is_reported() {
    let ru = "menu-file = Файл\nn-states = { $n ->\n    [one] { $n } государство\n    [few] { $n } государства\n   *[many] { $n } государств\n}\n";
    let en = "menu-file = File\nn-states = { $n ->\n    [one] { $n } state\n   *[other] { $n } states\n}\n";
    let mut problems = Problems::default();
    let set = AssetSet::embedded()
        .with("i18n/en.ftl", en)
        .with("i18n/ru.ftl", ru);
    let c = Catalog::load(&set, &mut problems);
    let tr = c.tr(Lang::Ru);
    let said: Vec<String> = [1, 2, 5, 21, 1000]
        .map(|n| crate::t!(tr, "n-states", n = n))
        .into();
    assert_eq!(
        said,
        [
            "1 государство",
            "2 государства",
            "5 государств",
            "21 государство",
            "1\u{a0}000 государств"
        ]
    );
    // Russian without `few` and `many`: located, named.
    let (_, problems) = catalog_with(
        "i18n/ru.ftl",
        "menu-file = Файл\nn-x = { $n ->\n    [one] один\n   *[other] много\n}\n",
    );
    let report = problems.report();
    assert!(report.contains("i18n/ru.ftl:2:1: warning"), "{report}");
    assert!(report.contains("no plural form for few, many"), "{report}");
}

#[test]
fn a_translators_mistakes_are_located_and_the_english_shown() {
    // A syntax error, a message twice, one with other variables, one English lacks, and every
    // other message missing.
    let (c, problems) = catalog_with(
        "i18n/ka.ftl",
        "menu-file = ფაილი\nmenu-file = ფაილი 2\ncompare-b = B: { $day }\nno-such-message = x\nbroken = { $\n",
    );
    let report = problems.report();
    for expected in [
        "i18n/ka.ftl:5:",
        "Fluent syntax",
        "i18n/ka.ftl:2:1: warning: message \"menu-file\" is defined twice",
        "i18n/ka.ftl:3:1: warning: message \"compare-b\" uses $day where English uses $date",
        "i18n/ka.ftl:4:1: warning: message \"no-such-message\" is not in English",
        "message \"about-checked\" is missing (the English one is shown",
        // Of hundreds missing, the first hundred are listed and the rest counted.
        "warning: … and ",
        " more like the one above, not listed",
    ] {
        assert!(report.contains(expected), "{expected:?} in {report}");
    }
    assert!(!problems.has_errors() || report.contains("Fluent syntax"));
    let tr = c.tr(Lang::Ka);
    assert_eq!(tr.t("menu-file"), "ფაილი", "the first definition stays");
    assert_eq!(
        tr.t("menu-help"),
        "Help",
        "a missing message falls back to English"
    );
    assert_eq!(
        tr.t("never-defined"),
        "never-defined",
        "an unknown id shows as itself"
    );
}

#[test]
fn the_system_locale_picks_the_interface_language() {
    assert_eq!(lang_of_locale("ka_GE.UTF-8"), Some(Lang::Ka));
    assert_eq!(lang_of_locale("ru_RU"), Some(Lang::Ru));
    assert_eq!(lang_of_locale("ru"), Some(Lang::Ru));
    assert_eq!(lang_of_locale("de_DE.UTF-8"), None);
    assert_eq!(lang_of_locale("C.UTF-8"), None);
    assert_eq!(lang_of_locale(""), None);
}

/// Every `t!(…, "id")` in the code names a message of the English catalogue, and every English
/// message is named somewhere in the code (by `t!`, or as a table's id like the shortcuts').
#[test]
fn the_code_and_the_catalogue_name_the_same_messages() {
    let mut used = std::collections::BTreeSet::new();
    let mut code = String::new();
    for text in code_texts() {
        code.push_str(&text);
        for (i, _) in text.match_indices("t!(") {
            // `t!(`, not the end of `assert!(` or `format!(`.
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[i..];
            if let Some(q) = rest.find('"')
                && rest[..q].matches(',').count() == 1
                && let Some(end) = rest[q + 1..].find('"')
            {
                used.insert(rest[q + 1..q + 1 + end].to_owned());
            }
        }
    }
    let c = Catalog::embedded();
    let missing: Vec<&String> = used.iter().filter(|id| !c.has(Lang::En, id)).collect();
    assert!(
        missing.is_empty(),
        "asked for but not in en.ftl: {missing:?}"
    );
    let en = crate::load::embedded::text("i18n/en.ftl");
    let unused: Vec<&str> = en
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.starts_with(['#', ' ']) && !id.is_empty())
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(
        unused.is_empty(),
        "in en.ftl but never asked for: {unused:?}"
    );
}

/// Every `say!("problem-…", "English …")` in the code has its English text word for word in
/// en.ftl (with `{name}` written `{ $name }`), so that the problems panel in English says what
/// `--check` says.
#[test]
fn the_problems_english_words_are_the_catalogues() {
    let en = crate::load::embedded::text("i18n/en.ftl");
    let catalogue: std::collections::BTreeMap<&str, &str> =
        en.lines().filter_map(|l| l.split_once(" = ")).collect();
    let (mut seen, mut wrong) = (0, Vec::new());
    for text in code_texts() {
        for (i, _) in text.match_indices("say!(") {
            let rest = text[i + 5..].trim_start();
            let Some((id, rest)) = literal(rest) else {
                continue; // the macro's own rules
            };
            let Some(rest) = rest.trim_start().strip_prefix(',') else {
                continue;
            };
            let Some((english, _)) = literal(rest.trim_start()) else {
                continue;
            };
            seen += 1;
            let mut expected = String::new();
            let mut chars = english.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '{' {
                    let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                    expected.push_str(&format!("{{ ${name} }}"));
                } else {
                    expected.push(c);
                }
            }
            if catalogue.get(id.as_str()) != Some(&expected.as_str()) {
                wrong.push(format!("{id} = {expected}"));
            }
        }
    }
    assert!(seen > 90, "found only {seen} problems' words in the code");
    assert!(wrong.is_empty(), "not so in en.ftl:\n{}", wrong.join("\n"));
}

/// A Rust string literal at the start of `text` (its escapes undone), and what follows it.
fn literal(text: &str) -> Option<(String, &str)> {
    let body = text.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\\' => out.push(chars.next()?.1),
            c => out.push(c),
        }
    }
    None
}

/// The text of every `.rs` file under `src/` but this one, without comment lines (comments
/// show the macros' forms, not messages).
fn code_texts() -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("i18n/tests.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                let lines: Vec<&str> = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect();
                out.push(lines.join("\n"));
            }
        }
    }
    out
}

#[test]
fn messages_without_arguments_are_formatted_once_and_read_the_same() {
    let c = Catalog::embedded();
    for lang in Lang::ALL {
        let plain = c.plain(lang);
        assert!(plain.contains_key("menu-file"), "{lang:?}");
        assert!(
            !plain.contains_key("recognised-by-members"),
            "takes $name, $n"
        );
        let bundle = c.bundle(lang);
        for (id, text) in plain {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                panic!("{id} is not a message of {lang:?}");
            };
            let fresh = bundle.format_pattern(pattern, None, &mut Vec::new());
            assert_eq!(text, &fresh, "{id} in {lang:?}");
        }
    }
    // A message with arguments is still formatted with them.
    let tr = c.tr(Lang::En);
    assert!(t!(tr, "recognised-by-members", name = "X", n = 2).contains('2'));
}

#[test]
fn a_message_of_megabytes_is_refused_where_it_is() {
    let long = "x".repeat(crate::load::MAX_TEXT_BYTES + 1);
    let (_, problems) = catalog_with(
        "i18n/ka.ftl",
        &format!("menu-file = ფაილი\nmenu-help = {long}\n"),
    );
    let report = problems.report();
    assert!(
        report.contains("i18n/ka.ftl:2:1: a text of 64 KiB; at most 64 KiB is read"),
        "{report}"
    );
    assert!(problems.has_errors());
}
