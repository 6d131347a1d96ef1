//! A page as a tree of blocks, rendered to text, Markdown or HTML by [`crate::render`].
//!
//! Pages are built from catalog texts and UI templates; a text's `backticked` tokens become
//! [`Span::Code`], so every renderer shows them as code and isolates them in RTL text.

use crate::{Direction, Locale};
use alloc::string::String;
use alloc::vec::Vec;

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
    /// Preformatted lines (a server's reply).
    Verbatim(Vec<String>),
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
