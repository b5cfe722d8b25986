//! Tests of the command line: flags, `--select`, `--check` and `--export-data`.

use super::*;

#[test]
fn options_parse_and_conflict() {
    let o = Options::try_parse_from(["atlas", "--data", "/tmp/x"]).unwrap();
    assert_eq!(o.data.as_deref(), Some(Path::new("/tmp/x")));
    assert!(Options::try_parse_from(["atlas", "--data", "a", "--check", "b"]).is_err());
    assert!(Options::try_parse_from(["atlas", "--nope"]).is_err());
}

#[test]
fn the_view_flags_parse_and_bad_values_say_why_with_exit_code_2() {
    let o = Options::try_parse_from([
        "atlas",
        "--date",
        "2008-08-26",
        "--select",
        "abkhazia",
        "--view",
        "40,42.4,42.2,43.6",
        "--lang",
        "ka",
        "--theme",
        "dark",
        "--screenshot",
        "a.png",
        "--size",
        "1600x1000",
        "--no-stamp",
    ])
    .unwrap();
    assert_eq!(o.date, Date::parse("2008-08-26").ok());
    assert_eq!(o.lang, Some(Lang::Ka));
    assert_eq!(o.theme, Some(ThemeChoice::Dark));
    assert_eq!(o.size, Some([1600, 1000]));
    assert!(o.no_stamp);
    assert_eq!(
        o.view.map(|v| v.to_string()).as_deref(),
        Some("40.000,42.400,42.200,43.600")
    );

    let err = |args: &[&str]| {
        let mut all = vec!["atlas"];
        all.extend_from_slice(args);
        let e = Options::try_parse_from(all).unwrap_err();
        assert_eq!(e.exit_code(), 2, "{e}");
        e.to_string()
    };
    assert!(err(&["--date", "2008-02-30"]).contains("2008-02-30 is not a day of the calendar"));
    assert!(err(&["--date", "26.08.2008"]).contains("expected a date as YYYY-MM-DD"));
    assert!(err(&["--date", "1988-12-31"]).contains("the timeline begins on 1989-01-01"));
    assert!(err(&["--date", "2999-01-01"]).contains("is after today"));
    assert!(err(&["--view", "45,41,40,44"]).contains("west < east"));
    assert!(err(&["--lang", "de"]).contains("possible values: en, ka, ru"));
    assert!(err(&["--theme", "blue"]).contains("light"));
    assert!(err(&["--size", "100x100"]).contains("from 720x480"));
    assert!(err(&["--size", "big"]).contains("WIDTHxHEIGHT"));
    assert!(err(&["--no-stamp"]).contains("--screenshot"));
}

#[test]
fn an_unknown_select_id_lists_near_matches() {
    let data = crate::dataset::shipped();
    assert!(resolve_select("south_ossetia", data).is_ok());
    assert!(resolve_select("russia_recognition_2008", data).is_ok());
    let msg = resolve_select("south_osetia", data).unwrap_err();
    assert!(
        msg.contains("nothing (region, place, event, state or source) has the id or the name \"south_osetia\""),
        "{msg}"
    );
    assert!(msg.contains("did you mean south_ossetia"), "{msg}");
    let msg = resolve_select("recognition_2008", data).unwrap_err();
    assert!(msg.contains("russia_recognition_2008"), "{msg}");
    let msg = resolve_select("zzzzzz", data).unwrap_err();
    assert!(
        msg.contains("region ids: ") && msg.contains("abkhazia"),
        "{msg}"
    );
}

#[test]
fn select_takes_a_name_in_any_script_when_one_entry_has_it() {
    let data = crate::dataset::shipped();
    for name in ["Abkhazia", "აფხაზეთი", "Абхазия", "abkhazia "] {
        assert_eq!(
            resolve_select(name, data).as_deref(),
            Ok("abkhazia"),
            "{name}"
        );
    }
    assert_eq!(
        resolve_select("Южная Осетия", data).as_deref(),
        Ok("south_ossetia")
    );
    // A place, by any of its names or its id.
    for name in ["Цхинвал", "ცხინვალი", "Tskhinvali", "tskhinvali"] {
        assert_eq!(
            resolve_select(name, data).as_deref(),
            Ok("tskhinvali"),
            "{name}"
        );
    }
    assert_eq!(resolve_select("Ленингор", data).as_deref(), Ok("akhalgori"));
    // Not a whole name: the candidates are listed with the names that matched.
    let msg = resolve_select("Цхинв", data).unwrap_err();
    assert!(msg.contains("tskhinvali ("), "{msg}");
}

#[test]
fn export_data_writes_a_format_s_files_and_refuses_an_unknown_format() {
    let dir = std::env::temp_dir().join(format!("atlas-export-cli-{}", std::process::id()));
    let (out, code) = export_data("bibtex", &dir, None, None);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("sources.bib ("), "{out}");
    let (out, code) = export_data("xml", &dir, None, None);
    assert_eq!(code, 2);
    assert!(
        out.contains("expected one of geojson, csv, csl-json, bibtex, ris"),
        "{out}"
    );
    let (out, code) = export_data("csv", &dir, Some(&dir.join("no_such_folder")), None);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("nothing written"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_passes_the_shipped_data_and_locates_each_error_of_a_broken_copy() {
    let dir = std::env::temp_dir().join(format!("atlas-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    crate::load::export_embedded(&dir).unwrap();
    let (out, code) = check(&dir);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains(" error"), "{out}");

    let events = dir.join("data/events.toml");
    let text = std::fs::read_to_string(&events).unwrap();
    let text = text.replacen("date = \"1992-06-24\"", "date = \"1992-06-31\"", 1);
    std::fs::write(&events, &text).unwrap();
    let places = dir.join("data/places.toml");
    let ptext = std::fs::read_to_string(&places)
        .unwrap()
        .replacen("rank = 2", "rank = 7", 1);
    std::fs::write(&places, &ptext).unwrap();
    let (out, code) = check(&dir);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().filter(|l| !l.contains(" warning: ")).collect();
    assert_eq!(lines.len(), 3, "{out}");
    let (l, c) = crate::load::line_column(&text, text.find("\"1992-06-31\"").unwrap());
    assert!(
        lines.iter().any(|x| x.starts_with(&format!(
            "data/events.toml:{l}:{c}: event \"sochi_agreement_1992\": 1992-06-31 is not a day"
        ))),
        "{out}"
    );
    let (l, c) = crate::load::line_column(&ptext, ptext.find("rank = 7").unwrap() + 7);
    assert!(
        lines.iter().any(
            |x| x.starts_with(&format!("data/places.toml:{l}:{c}: place \""))
                && x.ends_with("field `rank`: expected 1 (capital) to 4 (village), found 7")
        ),
        "{out}"
    );
    assert!(lines[2].contains(": 2 errors"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The manual page the Debian package installs is the command line's own help, rendered by
/// clap_mangen; after a change to a flag: `UPDATE_MANPAGE=1 cargo test --lib manual_page`.
#[test]
fn the_manual_page_is_the_command_lines_help() {
    use clap::CommandFactory;
    let command = Options::command();
    let examples = command
        .get_after_help()
        .map(|h| h.to_string())
        .unwrap_or_default();
    let man = clap_mangen::Man::new(command);
    let mut page = Vec::new();
    // clap_mangen's sections, but the examples as a block kept as laid out (its own `EXTRA`
    // section fills them into paragraphs).
    let rendered = (|| {
        man.render_title(&mut page)?;
        man.render_name_section(&mut page)?;
        man.render_synopsis_section(&mut page)?;
        man.render_description_section(&mut page)?;
        man.render_options_section(&mut page)?;
        page.extend_from_slice(b".SH EXAMPLES\n.nf\n");
        for line in examples.lines() {
            let line = line.replace('\\', "\\e").replace('-', "\\-");
            let line = if line.starts_with(['.', '\'']) {
                format!("\\&{line}")
            } else {
                line
            };
            page.extend_from_slice(format!("{line}\n").as_bytes());
        }
        page.extend_from_slice(b".fi\n");
        man.render_version_section(&mut page)
    })();
    assert!(rendered.is_ok(), "{rendered:?}");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/packaging/caucasus-atlas.1");
    if std::env::var_os("UPDATE_MANPAGE").is_some() {
        assert!(std::fs::write(path, &page).is_ok(), "cannot write {path}");
    }
    let committed = std::fs::read(path).unwrap_or_default();
    assert!(
        committed == page,
        "{path} is not the current help: UPDATE_MANPAGE=1 cargo test --lib manual_page"
    );
}
