//! Tests of the series loader: values in order, each located problem at its own value.

use crate::load::{AssetSet, embedded};

const SOURCE: &str = "\n[sources.test_count]\ntitle = \"t\"\npublisher = \"p\"\ndate = \"2020\"\nurl = \"https://example.org/c\"\naccessed = \"2026-12-06\"\n";

fn load(series: &str) -> Result<crate::Dataset, String> {
    let set = AssetSet::embedded().with("data/series.toml", series).with(
        "data/sources.toml",
        format!("{}{SOURCE}", embedded::text("data/sources.toml")),
    );
    crate::Dataset::load(&set).map_err(|ps| {
        ps.iter()
            .filter(|p| p.is_error())
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

const HEAD: &str = "[[series]]\nid = \"d\"\ntitle = \"People detained\"\nunit = \"people\"\ncounted_by = \"Someone\"\nline = \"south_ossetia\"\nnote = \"n\"\n";

#[test]
fn a_series_loads_with_its_values_in_date_order() {
    let text = format!(
        "{HEAD}[[series.value]]\nperiod = \"2020\"\nvalue = 40\nsources = [\"test_count\"]\n[[series.value]]\nperiod = \"2019\"\nvalue = 57\nsources = [\"test_count\"]\n[[unpublished]]\nwhat = \"Fences\"\nnote = \"none found\"\n"
    );
    let data = match load(&text) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let s = data.chronicle.series.first();
    let values: Vec<(String, f64)> = s
        .map(|s| {
            s.values
                .iter()
                .map(|v| (v.period.label(), v.value))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        values,
        [("2019".to_owned(), 57.0), ("2020".to_owned(), 40.0)]
    );
    // A figure looked for and not found is listed, after the series it follows in the file.
    let missing: Vec<&str> = data
        .chronicle
        .unpublished
        .iter()
        .map(|u| u.what.as_str())
        .collect();
    assert_eq!(missing, ["Fences"]);
}

#[test]
fn a_value_without_a_source_or_twice_in_a_period_is_refused_at_its_line() {
    let text = format!(
        "{HEAD}[[series.value]]\nperiod = \"2019\"\nvalue = 57\nsources = [\"test_count\"]\n[[series.value]]\nperiod = \"2020\"\nvalue = 40\nsources = []\n"
    );
    let err = load(&text).err().unwrap_or_default();
    assert!(
        err.starts_with("data/series.toml:15:11:")
            && err.contains(
                "series \"d\" value 2020: field `sources`: expected at least one source id"
            ),
        "{err}"
    );
    let twice = text
        .replace("period = \"2020\"", "period = \"2019\"")
        .replace("sources = []", "sources = [\"test_count\"]");
    let err = load(&twice).err().unwrap_or_default();
    assert!(err.contains("given twice"), "{err}");
    let negative = text.replace("value = 40", "value = -4");
    assert!(
        load(&negative)
            .err()
            .unwrap_or_default()
            .contains("zero or more")
    );
    let unknown_line = text.replace("line = \"south_ossetia\"", "line = \"moon\"");
    assert!(
        load(&unknown_line)
            .err()
            .unwrap_or_default()
            .contains("\"moon\"")
    );
}
