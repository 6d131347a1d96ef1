//! Pages: what a person reads about a code, a comparison or a reply, as a tree of blocks that
//! [`crate::render`] turns into text, Markdown or HTML.
//!
//! Every page is built by a constructor of [`Page`]: [`Page::code`], [`Page::comparison`],
//! [`Page::explanation`] (and their `_with` forms that take a [`Linker`]), [`Page::triage`]. Pages are built
//! from catalog texts and UI templates; a text's `backticked` tokens become [`Span::Code`],
//! so every renderer shows them as code and isolates them in right-to-left text.

mod chart;
mod code;
mod comparison;
mod explanation;
mod provider;
mod triage;

pub use chart::{Bar, Chart, ChartLayout, Series};
#[cfg(feature = "site")]
pub(crate) use code::{code_label, compare_values};
pub use explanation::{Explanation, explain, explain_with_host};
#[cfg(feature = "site")]
pub(crate) use provider::provider_label;

use crate::{Code, Direction, Locale};
use alloc::string::String;
use alloc::vec::Vec;

/// Where pages link to; the CLI prints pages without links, the site with relative ones.
pub trait Linker {
    /// The link to a code's page, if there is one.
    fn code(&self, code: Code) -> Option<String>;
    /// The link to the comparison of two codes, if there is one.
    fn compare(&self, a: Code, b: Code) -> Option<String>;
    /// The page of the provider with this id, if there is one.
    fn provider(&self, id: &str) -> Option<String> {
        let _ = id;
        None
    }
    /// Codes compared with `code` on pages of their own beyond its record's look-alikes
    /// (the site's `--pairs`), so that its page links to them too.
    fn more_comparisons(&self, code: Code) -> Vec<Code> {
        let _ = code;
        Vec::new()
    }
}

/// No links: pages for a terminal.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoLinks;

impl Linker for NoLinks {
    fn code(&self, _: Code) -> Option<String> {
        None
    }
    fn compare(&self, _: Code, _: Code) -> Option<String> {
        None
    }
}

/// Inline content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// Prose in the page's language.
    Text(String),
    /// A protocol token or code: shown as code, isolated in right-to-left text.
    Code(String),
    /// A link; `href` is relative to the page or absolute.
    Link {
        /// What the reader sees (may contain backticked tokens).
        text: Vec<Span>,
        /// Where it points.
        href: String,
    },
    /// Text as a server sent it: never translated, always escaped, kept verbatim.
    Verbatim(String),
}

/// A block of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Block {
    /// A heading, level 1 to 3; `id` is the anchor name.
    Heading {
        /// 1 to 3.
        level: u8,
        /// Anchor name, stable across languages.
        id: String,
        /// The heading text.
        text: Vec<Span>,
    },
    /// A paragraph.
    Paragraph(Vec<Span>),
    /// A list; `ordered` for numbered lists.
    List {
        /// Numbered or bulleted.
        ordered: bool,
        /// One entry per item.
        items: Vec<Vec<Span>>,
    },
    /// Label–value pairs.
    Facts(Vec<(String, Vec<Span>)>),
    /// Two or more things side by side: a header per column, then rows of a label and one
    /// cell per column (a comparison's class, retry, who acts, … for each code).
    Table {
        /// One header per column.
        head: Vec<Vec<Span>>,
        /// Each row: its label, then one cell per column.
        rows: Vec<(String, Vec<Vec<Span>>)>,
    },
    /// Preformatted lines (a server's reply).
    Verbatim(Vec<String>),
    /// A bar chart: SVG in HTML, a small table in text and Markdown.
    Chart(Chart),
}

/// A whole page in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The language of the page's own text.
    pub locale: Locale,
    /// The page title (also its first heading).
    pub title: String,
    /// The content.
    pub blocks: Vec<Block>,
}

impl Page {
    /// A page with a title heading.
    pub(crate) fn new(locale: Locale, title: String) -> Page {
        let blocks = alloc::vec![Block::Heading {
            level: 1,
            id: String::from("top"),
            text: spans(&title)
        }];
        Page {
            locale,
            title,
            blocks,
        }
    }

    /// Several pages as one document (`show 421 5.1.1 --format html`): the titles joined, each
    /// page's blocks under its own title one heading level down, its anchors prefixed so that
    /// they stay unique. One page is returned as it is.
    ///
    /// ```
    /// use smtp_codes::{Code, Locale, pages::Page, render::{render, Format}};
    /// let pages: Vec<Page> = ["421", "5.1.1"]
    ///     .iter()
    ///     .map(|c| Page::code(c.parse::<Code>().unwrap(), Locale::En).unwrap())
    ///     .collect();
    /// let html = render(&Page::combine(pages).unwrap(), Format::Html);
    /// assert_eq!(html.matches("<html").count(), 1);
    /// ```
    pub fn combine(pages: Vec<Page>) -> Option<Page> {
        let mut pages = pages.into_iter();
        let first = pages.next()?;
        let rest: Vec<Page> = pages.collect();
        if rest.is_empty() {
            return Some(first);
        }
        let locale = first.locale;
        let mut all = alloc::vec![first];
        all.extend(rest);
        let titles: Vec<&str> = all.iter().map(|p| p.title.as_str()).collect();
        let mut out = Page::new(locale, titles.join(" · "));
        for (i, p) in all.iter().enumerate() {
            for b in &p.blocks {
                out.blocks.push(match b {
                    Block::Heading { level, id, text } => Block::Heading {
                        level: (*level + 1).min(6),
                        id: alloc::format!("p{}-{id}", i + 1),
                        text: text.clone(),
                    },
                    other => other.clone(),
                });
            }
        }
        Some(out)
    }

    /// Text direction of the page.
    pub fn direction(&self) -> Direction {
        self.locale.direction()
    }

    pub(crate) fn heading(&mut self, level: u8, id: &str, text: &str) {
        self.blocks.push(Block::Heading {
            level,
            id: String::from(id),
            text: spans(text),
        });
    }

    pub(crate) fn paragraph(&mut self, text: &str) {
        if !text.trim().is_empty() {
            self.blocks.push(Block::Paragraph(spans(text)));
        }
    }

    /// Adds a heading and the paragraph under it; nothing if the text is empty (a page never
    /// shows a heading without content).
    pub(crate) fn section(&mut self, level: u8, id: &str, heading: &str, text: &str) {
        if !text.trim().is_empty() {
            self.heading(level, id, heading);
            self.paragraph(text);
        }
    }

    /// Adds a heading and the list under it; nothing if the list is empty.
    pub(crate) fn list_section(
        &mut self,
        level: u8,
        id: &str,
        heading: &str,
        ordered: bool,
        items: Vec<Vec<Span>>,
    ) {
        if !items.is_empty() {
            self.heading(level, id, heading);
            self.blocks.push(Block::List { ordered, items });
        }
    }
}

/// Splits a text on backticks: odd pieces are code.
pub(crate) fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, piece) in text.split('`').enumerate() {
        if piece.is_empty() {
            continue;
        }
        out.push(if i % 2 == 1 {
            Span::Code(String::from(piece))
        } else {
            Span::Text(String::from(piece))
        });
    }
    out
}
