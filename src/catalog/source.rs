//! The documents the catalog cites: [`Source`] and [`Reference`] (a source and a section).

use crate::SourceKind;
use core::fmt;

/// A document the catalog cites.
///
/// ```
/// use smtp_codes::ReplyCode;
/// let r = &ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().references()[0];
/// assert_eq!(r.source().id(), "RFC 5321");
/// assert!(r.source().url().starts_with("https://"));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub(crate) id: &'static str,
    pub(crate) kind: SourceKind,
    pub(crate) title: &'static str,
    pub(crate) url: &'static str,
}

impl Source {
    /// The short name, e.g. `"RFC 5321"`.
    pub fn id(&self) -> &'static str {
        self.id
    }
    /// What kind of document it is.
    pub fn kind(&self) -> SourceKind {
        self.kind
    }
    /// The document's title.
    pub fn title(&self) -> &'static str {
        self.title
    }
    /// Where to read it.
    pub fn url(&self) -> &'static str {
        self.url
    }
}

/// A citation: a source and, optionally, a section of it.
///
/// ```
/// use smtp_codes::ReplyCode;
/// let r = &ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().references()[0];
/// assert_eq!(r.to_string(), "RFC 5321 §4.2.2");
/// assert_eq!(r.section(), Some("4.2.2"));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Reference {
    pub(crate) source: &'static Source,
    pub(crate) section: &'static str,
}

impl Reference {
    /// The cited document.
    pub fn source(&self) -> &'static Source {
        self.source
    }
    /// The section, if one is cited.
    pub fn section(&self) -> Option<&'static str> {
        if self.section.is_empty() {
            None
        } else {
            Some(self.section)
        }
    }
    /// A link to the section where the source's site has one (RFCs), else to the document.
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// let r = &ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().references()[0];
    /// assert_eq!(r.url(), "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2");
    /// ```
    pub fn url(&self) -> alloc::string::String {
        match (self.source.kind, self.section()) {
            (SourceKind::Rfc, Some(s)) if s.bytes().all(|b| b.is_ascii_digit() || b == b'.') => {
                alloc::format!("{}#section-{s}", self.source.url)
            }
            _ => self.source.url.into(),
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.section() {
            Some(s) => write!(f, "{} §{s}", self.source.id),
            None => f.write_str(self.source.id),
        }
    }
}
