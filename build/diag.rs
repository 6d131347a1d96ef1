//! Diagnostics: every defect names its file, line, record and field.

use std::fmt;

/// One defect found in the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path as the author sees it, e.g. `data/reply/4xx.yaml`.
    pub file: String,
    /// 1-based line; 0 when the defect is about a whole file.
    pub line: u64,
    pub record: Option<String>,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        write!(f, ": ")?;
        match (&self.record, &self.field) {
            (Some(r), Some(fl)) => write!(f, "record \"{r}\", field \"{fl}\": ")?,
            (Some(r), None) => write!(f, "record \"{r}\": ")?,
            (None, Some(fl)) => write!(f, "field \"{fl}\": ")?,
            (None, None) => {}
        }
        write!(f, "{}", self.message)
    }
}

/// Collects errors and warnings while the catalog is read and checked.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Where a diagnostic points.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    pub file: &'a str,
    pub line: u64,
    pub record: Option<&'a str>,
    pub field: Option<&'a str>,
}

impl<'a> At<'a> {
    pub fn file(file: &'a str, line: u64) -> Self {
        At {
            file,
            line,
            record: None,
            field: None,
        }
    }
    pub fn record(file: &'a str, line: u64, record: &'a str) -> Self {
        At {
            file,
            line,
            record: Some(record),
            field: None,
        }
    }
    pub fn field(self, field: &'a str, line: u64) -> Self {
        At {
            field: Some(field),
            line: if line > 0 { line } else { self.line },
            ..self
        }
    }
}

impl Diagnostics {
    fn make(at: At<'_>, message: String) -> Diagnostic {
        Diagnostic {
            file: at.file.to_string(),
            line: at.line,
            record: at.record.map(str::to_string),
            field: at.field.map(str::to_string),
            message,
        }
    }
    pub fn error(&mut self, at: At<'_>, message: impl Into<String>) {
        self.errors.push(Self::make(at, message.into()));
    }
    pub fn warning(&mut self, at: At<'_>, message: impl Into<String>) {
        self.warnings.push(Self::make(at, message.into()));
    }
}
