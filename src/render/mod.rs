//! Renders a [`Page`] as plain text, Markdown or HTML.
//!
//! Every renderer escapes what it must (HTML: all text; Markdown: inline syntax), keeps codes
//! and protocol tokens as code, and, on right-to-left pages, isolates them so that `421` and
//! `MAIL FROM` keep their order (Unicode FSI/PDI in text and Markdown, `dir="ltr"` elements,
//! which HTML isolates, in HTML).

mod html;
mod markdown;
mod text;

pub use html::{HtmlOptions, html, html_document};
pub use markdown::markdown;
pub use text::text;

use crate::page::Page;
use alloc::string::String;
use core::fmt;
use core::str::FromStr;

/// An output format for pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text for a terminal.
    Text,
    /// CommonMark.
    Markdown,
    /// A self-contained HTML document.
    Html,
}

impl FromStr for Format {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "text" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            _ => Err(()),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        })
    }
}

/// Renders `page` in `format` with default options (no colour, standalone HTML).
///
/// ```
/// use smtp_codes::{Code, Locale, render::{render, Format}};
/// let page = smtp_codes::code_page("421".parse::<Code>().unwrap(), Locale::En).unwrap();
/// let md = render(&page, Format::Markdown);
/// assert!(md.starts_with("# SMTP `421`"));
/// assert!(render(&page, Format::Html).contains("<html lang=\"en\" dir=\"ltr\">"));
/// ```
pub fn render(page: &Page, format: Format) -> String {
    match format {
        Format::Text => text(page, false),
        Format::Markdown => markdown(page),
        Format::Html => html_document(page, &HtmlOptions::default()),
    }
}

/// First strong isolate and pop directional isolate (Unicode bidi isolation).
pub(crate) const FSI: char = '\u{2068}';
pub(crate) const PDI: char = '\u{2069}';
