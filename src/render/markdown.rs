//! CommonMark.

use super::{FSI, PDI};
use crate::Direction;
use crate::pages::{Block, Page, Span};
use alloc::string::String;

/// Escapes the characters that would start Markdown syntax inside prose.
fn escape(out: &mut String, t: &str) {
    for c in t.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '`'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// A code span that survives any content: backtick fences longer than any run inside.
fn code(out: &mut String, c: &str) {
    let longest = c.split(|ch| ch != '`').map(str::len).max().unwrap_or(0);
    let fence: String = core::iter::repeat_n('`', longest + 1).collect();
    let pad = c.starts_with('`') || c.ends_with('`');
    out.push_str(&fence);
    if pad {
        out.push(' ');
    }
    out.push_str(c);
    if pad {
        out.push(' ');
    }
    out.push_str(&fence);
}

fn spans(out: &mut String, spans: &[Span], rtl: bool) {
    for s in spans {
        match s {
            Span::Text(t) => escape(out, t),
            Span::Code(c) | Span::Verbatim(c) => {
                if rtl {
                    out.push(FSI);
                }
                // A server's words as code, with control and bidi characters made visible.
                match s {
                    Span::Verbatim(_) => code(out, &super::html::printable(c)),
                    _ => code(out, c),
                }
                if rtl {
                    out.push(PDI);
                }
            }
            Span::Link { text, href } => {
                out.push('[');
                self::spans(out, text, rtl);
                out.push_str("](");
                out.push_str(&href.replace(' ', "%20").replace(')', "%29"));
                out.push(')');
            }
        }
    }
}

/// Renders a page as CommonMark.
pub(super) fn markdown(page: &Page) -> String {
    let rtl = page.direction() == Direction::Rtl;
    let mut out = String::new();
    for (i, b) in page.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match b {
            Block::Heading { level, text, .. } => {
                out.extend(core::iter::repeat_n('#', usize::from(*level)));
                out.push(' ');
                spans(&mut out, text, rtl);
                out.push('\n');
            }
            Block::Paragraph(p) => {
                spans(&mut out, p, rtl);
                out.push('\n');
            }
            Block::List { ordered, items } => {
                for (n, item) in items.iter().enumerate() {
                    if *ordered {
                        out.push_str(&alloc::format!("{}. ", n + 1));
                    } else {
                        out.push_str("- ");
                    }
                    spans(&mut out, item, rtl);
                    out.push('\n');
                }
            }
            Block::Facts(facts) => {
                let sep = crate::l10n::ui::t(page.locale, crate::catalog::UiKey::LabelSeparator);
                for (label, value) in facts {
                    out.push_str("- **");
                    escape(&mut out, label);
                    out.push_str("**");
                    out.push_str(sep);
                    spans(&mut out, value, rtl);
                    out.push('\n');
                }
            }
            Block::Table { head, rows } => {
                // A pipe table; a `|` inside a cell is escaped.
                let cell = |sp: &[Span]| {
                    let mut c = String::new();
                    spans(&mut c, sp, rtl);
                    c.replace('|', "\\|")
                };
                out.push_str("| |");
                for h in head {
                    out.push(' ');
                    out.push_str(&cell(h));
                    out.push_str(" |");
                }
                out.push_str("\n|---|");
                for _ in head {
                    out.push_str("---|");
                }
                out.push('\n');
                for (label, cells) in rows {
                    out.push_str("| ");
                    let mut l = String::new();
                    escape(&mut l, label);
                    out.push_str(&l.replace('|', "\\|"));
                    out.push_str(" |");
                    for c in cells {
                        out.push(' ');
                        out.push_str(&cell(c));
                        out.push_str(" |");
                    }
                    out.push('\n');
                }
            }
            Block::Verbatim(lines) => {
                let longest = lines
                    .iter()
                    .flat_map(|l| l.split(|c| c != '`'))
                    .map(str::len)
                    .max()
                    .unwrap_or(0);
                let fence: String = core::iter::repeat_n('`', longest.max(2) + 1).collect();
                out.push_str(&fence);
                out.push('\n');
                for l in lines {
                    out.push_str(&super::html::printable(l));
                    out.push('\n');
                }
                out.push_str(&fence);
                out.push('\n');
            }
            Block::Chart(c) => {
                // A pipe table: label, total, and for stacked columns one column per series;
                // bars of a time line without a count are left out.
                let stacked = c.layout == crate::pages::ChartLayout::Columns;
                let cell = |t: &str| {
                    let mut c = String::new();
                    escape(&mut c, &super::html::printable(t));
                    c.replace('|', "\\|")
                };
                let names: alloc::vec::Vec<&str> = if c.series.len() > 1 {
                    c.series.iter().map(|s| s.name.as_str()).collect()
                } else {
                    alloc::vec::Vec::new()
                };
                out.push_str(&alloc::format!(
                    "| {} | {} |",
                    cell(&c.category_axis),
                    cell(&c.value_axis)
                ));
                for n in &names {
                    out.push_str(&alloc::format!(" {} |", cell(n)));
                }
                out.push_str("\n|---|---:|");
                for _ in &names {
                    out.push_str("---:|");
                }
                out.push('\n');
                for b in &c.bars {
                    if stacked && b.total() == 0 {
                        continue;
                    }
                    let label = match &b.href {
                        Some(h) => alloc::format!(
                            "[{}]({})",
                            cell(&b.label),
                            h.replace(' ', "%20").replace(')', "%29")
                        ),
                        None => cell(&b.label),
                    };
                    out.push_str(&alloc::format!("| {label} | {} |", b.total()));
                    if !names.is_empty() {
                        for v in &b.values {
                            out.push_str(&alloc::format!(" {v} |"));
                        }
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}
