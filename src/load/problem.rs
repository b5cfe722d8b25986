//! What is wrong with a data folder, and where: every problem of a load, not just the first.

use super::Said;
use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The data cannot be used as it is; the load is refused.
    Error,
    /// Worth fixing, but the data loads (e.g. a source nobody cites).
    Warning,
}

/// One problem, located: `file:line:column: record: field `f`: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The asset file, relative to the data folder (e.g. `data/events.toml`).
    pub file: String,
    /// 1-based line; 0 when the problem is about the whole file.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub column: usize,
    /// Which record, e.g. `event "sochi_1992"` or `feature 2 (id "abkhazia")`.
    pub record: Option<String>,
    /// Which field of the record.
    pub field: Option<String>,
    /// What was found and what was expected (boxed: a `Result` carrying a problem stays small).
    pub message: Box<Said>,
}

impl Problem {
    /// An error about a whole file (no line).
    pub fn file(file: &str, message: Said) -> Self {
        Self {
            severity: Severity::Error,
            file: file.to_owned(),
            line: 0,
            column: 0,
            record: None,
            field: None,
            message: Box::new(message),
        }
    }

    /// An error at a line and column of a file.
    pub fn at(file: &str, (line, column): (usize, usize), message: Said) -> Self {
        Self {
            line,
            column,
            ..Self::file(file, message)
        }
    }

    /// The same problem, about `record`.
    #[must_use]
    pub fn record(mut self, record: impl Into<String>) -> Self {
        self.record = Some(record.into());
        self
    }

    /// The same problem, about `field`.
    #[must_use]
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// The same problem as a warning.
    #[must_use]
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Whether it refuses the load.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `file:line:column: [warning: ]record: field `f`: message` — the form editors and CI read.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.located())?;
        if self.severity == Severity::Warning {
            write!(f, " warning:")?;
        }
        if let Some(r) = &self.record {
            write!(f, " {r}:")?;
        }
        if let Some(field) = &self.field {
            write!(f, " field `{field}`:")?;
        }
        write!(f, " {}", self.message)
    }
}

impl Problem {
    /// The located part of the line: `file:line:column:`, without the words.
    pub fn located(&self) -> String {
        let mut out = format!("{}:", self.file);
        if self.line > 0 {
            out.push_str(&format!("{}:", self.line));
            if self.column > 0 {
                out.push_str(&format!("{}:", self.column));
            }
        }
        out
    }
}

impl std::error::Error for Problem {}

/// At most this many problems of one kind (the same message in the same file) are listed;
/// the rest are counted in one line, so that 30,000 of them neither flood the list nor cost
/// more than their count.
pub const LISTED_OF_A_KIND: usize = 100;

/// Every problem found in one load, in the order found; of each kind, the first
/// [`LISTED_OF_A_KIND`] and a line counting the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    list: Vec<Problem>,
    /// How many of each kind were found, and where the kind's counting line is in `list`.
    kinds: std::collections::BTreeMap<(String, &'static str), (usize, Option<usize>)>,
    errors: usize,
    warnings: usize,
}

impl Problems {
    /// Add a problem (beyond [`LISTED_OF_A_KIND`] of its kind, counted rather than listed).
    pub fn push(&mut self, p: Problem) {
        match p.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
        }
        let key = (p.file.clone(), p.message.id);
        let (n, line) = self.kinds.entry(key).or_insert((0, None));
        *n += 1;
        if *n <= LISTED_OF_A_KIND {
            self.list.push(p);
            return;
        }
        // The counting line stands where the first problem it counts is.
        let more = Problem {
            record: None,
            field: None,
            message: Box::new(crate::say!(
                "problem-more-of-a-kind",
                "… and {n} more like the one above, not listed",
                n = *n - LISTED_OF_A_KIND
            )),
            ..p
        };
        match line.and_then(|i| self.list.get_mut(i)) {
            Some(counting) => counting.message = more.message,
            None => {
                *line = Some(self.list.len());
                self.list.push(more);
            }
        }
    }

    /// All problems, errors and warnings, in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.list.iter()
    }

    /// How many errors, listed or counted.
    pub fn errors(&self) -> usize {
        self.errors
    }

    /// How many warnings, listed or counted.
    pub fn warnings(&self) -> usize {
        self.warnings
    }

    /// Whether any problem refuses the load.
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// Whether there is no problem at all.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// How many problems, listed or counted.
    pub fn len(&self) -> usize {
        self.errors + self.warnings
    }

    /// One line a problem, for `--check` and *Copy all*.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for p in &self.list {
            out.push_str(&p.to_string());
            out.push('\n');
        }
        out
    }

    /// "2 errors, 1 warning", "1 warning", "no problems".
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        match (self.errors(), self.warnings()) {
            (0, 0) => "no problems".to_owned(),
            (0, w) => plural(w, "warning"),
            (e, 0) => plural(e, "error"),
            (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
        }
    }
}

impl IntoIterator for Problems {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.report())?;
        f.write_str(&self.summary())
    }
}

impl std::error::Error for Problems {}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(en: &str) -> Said {
        Said {
            id: "problem-test",
            args: Vec::new(),
            en: en.to_owned(),
        }
    }

    #[test]
    fn a_problem_reads_file_line_column_record_field_message() {
        let p = Problem::at(
            "data/events.toml",
            (212, 8),
            said("date \"2006-07-35\" is not a valid day"),
        )
        .record("event \"kodori_2006\"")
        .field("date");
        assert_eq!(
            p.to_string(),
            "data/events.toml:212:8: event \"kodori_2006\": field `date`: date \"2006-07-35\" is not a valid day"
        );
        let w = Problem::file("data/sources.toml", said("x")).warning();
        assert_eq!(w.to_string(), "data/sources.toml: warning: x");
    }

    #[test]
    fn problems_count_errors_and_warnings() {
        let mut ps = Problems::default();
        ps.push(Problem::file("a", said("x")));
        ps.push(Problem::file("b", said("y")).warning());
        assert_eq!((ps.errors(), ps.warnings()), (1, 1));
        assert!(ps.has_errors());
        assert_eq!(ps.summary(), "1 error, 1 warning");
        assert_eq!(Problems::default().summary(), "no problems");
    }

    #[test]
    fn beyond_a_hundred_of_a_kind_problems_are_counted_not_listed() {
        let mut ps = Problems::default();
        for i in 0..30_000 {
            ps.push(Problem::at("a", (i + 1, 1), said("x")));
        }
        ps.push(
            Problem::at(
                "a",
                (1, 1),
                Said {
                    id: "problem-other",
                    ..said("y")
                },
            )
            .warning(),
        );
        ps.push(Problem::at("b", (1, 1), said("x")));
        assert_eq!((ps.errors(), ps.warnings(), ps.len()), (30_001, 1, 30_002));
        let lines: Vec<String> = ps.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), LISTED_OF_A_KIND + 3);
        assert_eq!(lines[LISTED_OF_A_KIND - 1], "a:100:1: x");
        assert_eq!(
            lines[LISTED_OF_A_KIND],
            "a:101:1: … and 29900 more like the one above, not listed"
        );
        assert_eq!(lines[LISTED_OF_A_KIND + 1], "a:1:1: warning: y");
        assert_eq!(lines[LISTED_OF_A_KIND + 2], "b:1:1: x");
    }
}
