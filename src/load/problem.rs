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

/// Every problem found in one load, in the order found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    /// Add a problem.
    pub fn push(&mut self, p: Problem) {
        self.list.push(p);
    }

    /// All problems, errors and warnings, in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.list.iter()
    }

    /// How many errors.
    pub fn errors(&self) -> usize {
        self.list.iter().filter(|p| p.is_error()).count()
    }

    /// How many warnings.
    pub fn warnings(&self) -> usize {
        self.list.len() - self.errors()
    }

    /// Whether any problem refuses the load.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(Problem::is_error)
    }

    /// Whether there is no problem at all.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// How many problems.
    pub fn len(&self) -> usize {
        self.list.len()
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
}
