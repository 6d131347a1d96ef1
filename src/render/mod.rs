//! Renders a [`Page`] as plain text, Markdown or HTML.
//!
//! Charts ([`crate::pages::Chart`]) are inline SVG in HTML and small tables elsewhere.
//!
//! Every renderer escapes what it must (HTML: all text; Markdown: inline syntax), keeps codes
//! and protocol tokens as code, and, on right-to-left pages, isolates them so that `421` and
//! `MAIL FROM` keep their order (Unicode FSI/PDI in text and Markdown, `dir="ltr"` elements,
//! which HTML isolates, in HTML).

mod html;
mod markdown;
mod svg;
mod text;

use crate::pages::{Explanation, Page};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

/// How to render: options that only some formats read.
///
/// ```
/// use smtp_codes::render::RenderOptions;
/// let mut options = RenderOptions::default();
/// options.color = true;
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Text: ANSI bold headings (the CLI sets it on a terminal unless `NO_COLOR` is set).
    pub color: bool,
    /// HTML: links to the same page in other languages: (BCP 47 tag, native name, href).
    pub alternates: Vec<(String, String, String)>,
    /// HTML: a line at the foot of the page.
    pub footer: Option<String>,
    /// HTML: a search box at the top of the page, whose script (`search.js`, at this path
    /// relative to the page) holds the index: (script path, placeholder text).
    pub search: Option<(String, String)>,
    /// Text: wrap lines at this many terminal columns (display width: CJK characters count
    /// two, combining marks none), never inside a code, a URL or a protocol token. `None`
    /// leaves lines as long as their paragraphs.
    pub width: Option<usize>,
}

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

/// Renders `page` in `format` with default options (no colour; HTML as a whole,
/// self-contained document).
///
/// ```
/// use smtp_codes::{Code, Locale, pages::Page, render::{render, Format}};
/// let page = Page::code("421".parse::<Code>().unwrap(), Locale::En).unwrap();
/// let md = render(&page, Format::Markdown);
/// assert!(md.starts_with("# SMTP `421`"));
/// assert!(render(&page, Format::Html).contains("<html lang=\"en\" dir=\"ltr\">"));
/// assert!(!render(&page, Format::Text).contains('`'));
/// ```
pub fn render(page: &Page, format: Format) -> String {
    render_with(page, format, &RenderOptions::default())
}

/// Renders `page` in `format` with `options`.
///
/// ```
/// use smtp_codes::{Code, Locale, pages::Page, render::{render_with, Format, RenderOptions}};
/// let page = Page::code("421".parse::<Code>().unwrap(), Locale::En).unwrap();
/// let mut options = RenderOptions::default();
/// options.footer = Some("Made here".into());
/// let html = render_with(&page, Format::Html, &options);
/// assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<footer>"));
/// ```
pub fn render_with(page: &Page, format: Format, options: &RenderOptions) -> String {
    match format {
        Format::Text => text::text(page, options.color, options.width),
        Format::Markdown => markdown::markdown(page),
        Format::Html => html::document(page, options),
    }
}

/// Plain text, as `render(&Page::explanation(self), Format::Text)`.
impl fmt::Display for Explanation<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(&Page::explanation(self), Format::Text))
    }
}

/// First strong isolate and pop directional isolate (Unicode bidi isolation).
pub(crate) const FSI: char = '\u{2068}';
pub(crate) const PDI: char = '\u{2069}';
