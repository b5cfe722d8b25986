use super::*;

#[test]
fn records_of_two_arrays_may_interleave() {
    let text = "[[a]]\nx = 1\n[[b]]\ny = 2\n[[a]]\nx = 3\n";
    let (_, a) = split_records(text, "a", false);
    let parts: Vec<&str> = a.iter().filter_map(|r| text.get(r.clone())).collect();
    assert_eq!(parts, ["[[a]]\nx = 1\n", "[[a]]\nx = 3\n"]);
}

#[test]
fn line_and_column_are_one_based() {
    let t = "a\nbc\ndef";
    assert_eq!(line_column(t, 0), (1, 1));
    assert_eq!(line_column(t, 3), (2, 2));
    assert_eq!(line_column(t, 5), (3, 1));
    let index = LineIndex::new(t);
    for offset in 0..=t.len() + 2 {
        assert_eq!(
            index.line_column(t, offset),
            line_column(t, offset),
            "offset {offset}"
        );
    }
}

#[test]
fn records_run_from_header_to_header_with_the_preamble_apart() {
    let t =
        "# c\n[defaults]\nx = 1\n\n[[place]]\nid = \"a\"\n[[place]]\nid = \"b\"\n[other]\ny = 2\n";
    let (pre, recs) = split_records(t, "place", false);
    assert_eq!(&t[pre], "# c\n[defaults]\nx = 1\n\n");
    let texts: Vec<&str> = recs.iter().map(|r| &t[r.clone()]).collect();
    assert_eq!(
        texts,
        ["[[place]]\nid = \"a\"\n", "[[place]]\nid = \"b\"\n"]
    );
    let (_, keyed) = split_records("[sources.a]\nt = 1\n[sources.b]\nt = 2\n", "sources", true);
    assert_eq!(keyed.len(), 2);
}

#[test]
fn each_bad_record_is_a_problem_and_the_good_ones_are_read() {
    #[derive(serde::Deserialize, Debug)]
    #[expect(dead_code, reason = "read by serde in the test, never by the code")]
    struct R {
        id: String,
        n: u32,
    }
    let f = AssetFile::new(
        "x.toml",
        "[[r]]\nid = \"a\"\nn = 1\n\n[[r]]\nid = \"b\"\nn = \"two\"\n\n[[r]]\nid = \"c\"\n",
    );
    let mut ps = Problems::default();
    let parts = parse_part::<R>(&f, "r", false, &mut ps).unwrap();
    assert_eq!(parts.len(), 1);
    let lines: Vec<String> = ps.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("x.toml:7:5: r \"b\": "),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("expected u32"), "{}", lines[0]);
    assert!(
        lines[1].starts_with("x.toml:9:1: r \"c\": "),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains("missing field `n`"), "{}", lines[1]);
}

#[test]
fn too_many_records_are_refused() {
    let f = AssetFile::new("x.toml", "[[r]]\n".repeat(MAX_RECORDS + 1));
    let mut ps = Problems::default();
    assert!(parse_part::<toml::Table>(&f, "r", false, &mut ps).is_none());
    assert_eq!(
        ps.report(),
        "x.toml: has 100001 records; at most 100000 are read\n"
    );
}

#[test]
fn a_syntax_error_is_located_by_the_parser() {
    let f = AssetFile::new("x.toml", "[[r]]\nid = \"a\nn = 1\n");
    let mut ps = Problems::default();
    assert!(parse_part::<toml::Table>(&f, "r", false, &mut ps).is_none());
    let line = ps.report();
    assert!(line.starts_with("x.toml:2:"), "{line}");
}

#[test]
fn a_field_is_found_inside_its_record() {
    let t = "[[e]]\nid = \"a\"\n\n[[e]]\nid = \"b\"\ntitle = \"\"\nviews = [ { holder = \"x\", sources = [] } ]\n";
    let (_, recs) = split_records(t, "e", false);
    assert_eq!(line_column(t, field_offset(t, &recs[1], "title")), (6, 9));
    assert_eq!(
        line_column(t, field_offset(t, &recs[1], "views.sources")),
        (7, 37)
    );
    assert_eq!(line_column(t, field_offset(t, &recs[1], "nope")), (4, 1));
}

#[derive(serde::Deserialize, Debug, PartialEq)]
struct Rec {
    id: String,
    #[serde(default)]
    summary: String,
}

fn read(text: &str, array: &str, keyed: bool) -> (Vec<Part<Rec>>, Vec<String>) {
    let f = AssetFile::new("x.toml", text);
    let mut ps = Problems::default();
    let parts = parse_records::<Rec>(&f, array, keyed, &[array], &mut ps).unwrap_or_default();
    (parts, ps.iter().map(ToString::to_string).collect())
}

#[test]
fn valid_toml_the_hand_splitter_refused_is_read() {
    // A multi-line text holding a header-like line is one record's text.
    let text =
        "[[r]]\nid = \"a\"\nsummary = \"\"\"\n[[r]]\nid = \"b\"\n\"\"\"\n\n[[r]]\nid = \"c\"\n";
    let (parts, problems) = read(text, "r", false);
    assert_eq!(problems, Vec::<String>::new());
    let ids: Vec<&str> = parts.iter().map(|p| p.value.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(
        &text[parts[0].range.clone()],
        "[[r]]\nid = \"a\"\nsummary = \"\"\"\n[[r]]\nid = \"b\"\n\"\"\"\n\n"
    );
    // A spaced header and a quoted key with a dot, in file order.
    let text = "[ s . \"x.y\" ]\nid = \"1\"\n\n[s.a]\nid = \"2\"\n";
    let (parts, problems) = read(text, "s", true);
    assert_eq!(problems, Vec::<String>::new());
    let keys: Vec<&str> = parts.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["x.y", "a"]);
    assert_eq!(
        &text[parts[0].range.clone()],
        "[ s . \"x.y\" ]\nid = \"1\"\n\n"
    );
}

#[test]
fn a_record_runs_over_its_own_sub_tables_to_the_next_foreign_header() {
    #[derive(serde::Deserialize)]
    struct WithSub {
        #[expect(dead_code, reason = "read by serde in the test")]
        sub: toml::Table,
    }
    let text = "[[r]]\n[r.sub]\nq = 1\n[other]\nz = 2\n[[r]]\n[r.sub]\nq = 2\n";
    let f = AssetFile::new("x.toml", text);
    let mut ps = Problems::default();
    let parts = parse_records::<WithSub>(&f, "r", false, &[], &mut ps).unwrap();
    let texts: Vec<&str> = parts.iter().map(|p| &text[p.range.clone()]).collect();
    assert_eq!(
        texts,
        ["[[r]]\n[r.sub]\nq = 1\n", "[[r]]\n[r.sub]\nq = 2\n"]
    );
}

#[test]
fn a_huge_text_is_refused_where_it_is_and_the_other_records_read() {
    let long = "x".repeat(MAX_TEXT_BYTES + 1);
    let text = format!("[[r]]\nid = \"a\"\n\n[[r]]\nid = \"b\"\nsummary = \"{long}\"\n");
    let (parts, problems) = read(&text, "r", false);
    assert_eq!(parts.len(), 1);
    assert_eq!(
        problems,
        ["x.toml:6:11: r \"b\": a text of 64 KiB; at most 64 KiB is read"]
    );
}

#[test]
fn records_that_are_not_tables_and_unknown_keys_are_located() {
    let (_, problems) = read("r = 3\n", "r", false);
    assert_eq!(
        problems,
        ["x.toml: expected `r` as [[r]] tables, found integer"]
    );
    let text = format!("{}[[r]]\nid = \"a\"\n", "[zz]\n".repeat(3));
    let f = AssetFile::new(
        "x.toml",
        text.replace("[zz]\n[zz]\n[zz]\n", "[z1]\n[z2]\n[ z3 ]\n"),
    );
    let mut ps = Problems::default();
    parse_records::<Rec>(&f, "r", false, &["r"], &mut ps).unwrap();
    let lines: Vec<String> = ps.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines[2].starts_with("x.toml:3:3: unknown table or key `z3`"),
        "{lines:?}"
    );
}
