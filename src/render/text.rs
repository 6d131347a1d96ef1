//! Plain text for terminals.

use super::{FSI, PDI};
use crate::Direction;
use crate::pages::{Block, Page, Span};
use alloc::string::String;

fn spans(out: &mut String, spans: &[Span], rtl: bool) {
    for s in spans {
        match s {
            Span::Text(t) => out.push_str(t),
            // A server's words, quoted, with control and bidi characters made visible (they
            // could otherwise move the cursor or reorder the line).
            Span::Verbatim(v) => {
                if rtl {
                    out.push(FSI);
                }
                out.push('"');
                out.push_str(&super::html::printable(v));
                out.push('"');
                if rtl {
                    out.push(PDI);
                }
            }
            Span::Code(c) => {
                if rtl {
                    out.push(FSI);
                }
                // Without code formatting, a token that starts or ends with punctuation
                // (`.`, `include:`) would merge with the sentence's own: quote it.
                let quote = c.starts_with(|ch: char| !ch.is_alphanumeric())
                    || c.ends_with(|ch: char| !ch.is_alphanumeric());
                if quote {
                    out.push('"');
                }
                out.push_str(c);
                if quote {
                    out.push('"');
                }
                if rtl {
                    out.push(PDI);
                }
            }
            Span::Link { text, .. } => self::spans(out, text, rtl),
        }
    }
}

/// Renders a page as plain text; `color` adds ANSI bold to headings.
pub(super) fn text(page: &Page, color: bool) -> String {
    let rtl = page.direction() == Direction::Rtl;
    let mut out = String::new();
    for (i, b) in page.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match b {
            Block::Heading { level, text, .. } => {
                let mut h = String::new();
                spans(&mut h, text, rtl);
                if color {
                    out.push_str("\x1b[1m");
                }
                out.push_str(&h);
                if color {
                    out.push_str("\x1b[0m");
                }
                out.push('\n');
                if *level <= 2 {
                    let ch = if *level == 1 { '=' } else { '-' };
                    out.extend(core::iter::repeat_n(ch, h.chars().count().max(3)));
                    out.push('\n');
                }
            }
            Block::Paragraph(p) => {
                spans(&mut out, p, rtl);
                out.push('\n');
            }
            Block::List { ordered, items } => {
                for (n, item) in items.iter().enumerate() {
                    if *ordered {
                        out.push_str(&alloc::format!("  {}. ", n + 1));
                    } else {
                        out.push_str("  - ");
                    }
                    spans(&mut out, item, rtl);
                    out.push('\n');
                }
            }
            Block::Facts(facts) => {
                for (label, value) in facts {
                    out.push_str(label);
                    out.push_str(": ");
                    spans(&mut out, value, rtl);
                    out.push('\n');
                }
            }
            Block::Verbatim(lines) => {
                for l in lines {
                    out.push_str("  | ");
                    out.push_str(&super::html::printable(l));
                    out.push('\n');
                }
            }
        }
    }
    out
}
