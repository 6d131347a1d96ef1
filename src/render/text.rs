//! Plain text for terminals.

use super::{FSI, PDI};
use crate::Direction;
use crate::pages::{Block, Page, Span};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::ops::Range;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Writes `spans` to `out`; the byte ranges of codes, tokens and quoted server words (which
/// a line never breaks inside) go to `keep`.
fn spans_kept(out: &mut String, spans: &[Span], rtl: bool, keep: &mut Vec<Range<usize>>) {
    for s in spans {
        let start = out.len();
        match s {
            Span::Link { text, .. } => spans_kept(out, text, rtl, keep),
            Span::Text(_) => self::spans(out, core::slice::from_ref(s), rtl),
            _ => {
                self::spans(out, core::slice::from_ref(s), rtl);
                keep.push(start..out.len());
            }
        }
    }
}

/// Breaks `line` into lines of at most `width` columns: at spaces, or between two wide
/// (CJK) characters, never inside a kept range nor inside a word (a URL is one word). A word
/// longer than the width gets a line of its own. Lines after the first start with `indent`.
fn wrap(line: &str, width: usize, indent: &str, keep: &[Range<usize>]) -> String {
    if line.width() <= width {
        return String::from(line);
    }
    // The line's own indent (a list item's "  - ") stays as it is.
    let lead = line.len() - line.trim_start_matches(' ').len();
    let kept = |i: usize| i < lead || keep.iter().any(|r| r.start < i && i < r.end);
    // Break opportunities: a space (dropped at a break), or between two wide characters.
    let mut out = String::new();
    let mut col = 0usize;
    let mut piece_start = 0usize;
    let indent_w = indent.width();
    let mut pieces: Vec<(usize, usize, bool)> = Vec::new(); // (start, end, space before)
    let mut space_before = false;
    let mut prev_wide = false;
    for (i, c) in line.char_indices() {
        let wide = c.width().unwrap_or(0) >= 2;
        if c == ' ' && i >= lead && !kept(i) {
            if i > piece_start {
                pieces.push((piece_start, i, space_before));
            }
            piece_start = i + 1;
            space_before = true;
            prev_wide = false;
            continue;
        }
        // No line starts with closing punctuation, nor ends with opening punctuation (the
        // CJK line-breaking rules).
        let closing = matches!(
            c,
            '。' | '、'
                | '，'
                | '．'
                | '」'
                | '』'
                | '）'
                | '】'
                | '！'
                | '？'
                | '：'
                | '；'
                | 'ー'
                | '々'
        );
        let opening = line[..i].ends_with(['「', '『', '（', '【']);
        if wide && prev_wide && i > piece_start && !kept(i) && !closing && !opening {
            pieces.push((piece_start, i, space_before));
            piece_start = i;
            space_before = false;
        }
        prev_wide = wide;
    }
    if piece_start < line.len() {
        pieces.push((piece_start, line.len(), space_before));
    }
    for (start, end, space) in pieces {
        let word = &line[start..end];
        let w = word.width();
        let gap = usize::from(space && col > 0);
        if col > 0 && col + gap + w > width {
            out.push('\n');
            out.push_str(indent);
            col = indent_w;
        } else if gap == 1 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
    }
    out
}

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

/// One logical line of a block, wrapped at `width` when there is one.
fn line(
    out: &mut String,
    prefix: &str,
    indent: &str,
    body: &[Span],
    rtl: bool,
    width: Option<usize>,
) {
    let mut text = String::from(prefix);
    let mut keep = Vec::new();
    spans_kept(&mut text, body, rtl, &mut keep);
    match width {
        Some(w) => out.push_str(&wrap(&text, w, indent, &keep)),
        None => out.push_str(&text),
    }
    out.push('\n');
}

/// Renders a page as plain text; `color` adds ANSI bold to headings; `width` wraps lines.
pub(super) fn text(page: &Page, color: bool, width: Option<usize>) -> String {
    let rtl = page.direction() == Direction::Rtl;
    let sep = crate::l10n::ui::t(page.locale, crate::catalog::UiKey::LabelSeparator);
    let mut out = String::new();
    for (i, b) in page.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match b {
            Block::Heading { level, text, .. } => {
                let mut h = String::new();
                let mut keep = Vec::new();
                spans_kept(&mut h, text, rtl, &mut keep);
                if let Some(w) = width {
                    h = wrap(&h, w, "", &keep);
                }
                if color {
                    out.push_str("\x1b[1m");
                }
                out.push_str(&h);
                if color {
                    out.push_str("\x1b[0m");
                }
                out.push('\n');
                if *level <= 2 {
                    // As wide as the heading's longest line on screen: CJK characters take
                    // two columns, combining marks (Devanagari vowel signs) none.
                    let ch = if *level == 1 { '=' } else { '-' };
                    let w = h
                        .lines()
                        .map(UnicodeWidthStr::width)
                        .max()
                        .unwrap_or(0)
                        .max(3);
                    out.extend(core::iter::repeat_n(ch, w));
                    out.push('\n');
                }
            }
            Block::Paragraph(p) => line(&mut out, "", "", p, rtl, width),
            Block::List { ordered, items } => {
                for (n, item) in items.iter().enumerate() {
                    let prefix = if *ordered {
                        alloc::format!("  {}. ", n + 1)
                    } else {
                        String::from("  - ")
                    };
                    let indent = " ".repeat(prefix.width());
                    line(&mut out, &prefix, &indent, item, rtl, width);
                }
            }
            Block::Facts(facts) => {
                for (label, value) in facts {
                    let prefix = alloc::format!("{label}{sep}");
                    line(&mut out, &prefix, "    ", value, rtl, width);
                }
            }
            Block::Table { head, rows } => {
                // A terminal has no room for columns: each row is its label, then one line
                // per column.
                for (label, cells) in rows {
                    out.push_str(label);
                    out.push('\n');
                    for (h, cell) in head.iter().zip(cells) {
                        let mut prefix = String::from("  ");
                        spans(&mut prefix, h, rtl);
                        prefix.push_str(sep);
                        line(&mut out, &prefix, "      ", cell, rtl, width);
                    }
                }
            }
            Block::Verbatim(lines) => {
                // The server's lines as sent; a line too long for the terminal goes on under
                // a deeper indent, so that its own line breaks stay visible.
                for l in lines {
                    let text = alloc::format!("  | {}", super::html::printable(l));
                    match width {
                        Some(w) => out.push_str(&wrap(&text, w, "  |     ", &[])),
                        None => out.push_str(&text),
                    }
                    out.push('\n');
                }
            }
            Block::Chart(c) => {
                // A small table: one line per bar (of a time line, those with a count), its
                // total, and for stacked columns what it is made of.
                let list_sep =
                    crate::l10n::ui::t(page.locale, crate::catalog::UiKey::ListSeparator);
                let stacked = c.layout == crate::pages::ChartLayout::Columns;
                if stacked {
                    line(
                        &mut out,
                        "",
                        "",
                        &[Span::Text(c.category_axis.clone())],
                        rtl,
                        width,
                    );
                }
                for b in &c.bars {
                    let total = b.total();
                    if stacked && total == 0 {
                        continue;
                    }
                    let mut value = total.to_string();
                    if c.series.len() > 1 {
                        let parts: Vec<String> = c
                            .series
                            .iter()
                            .zip(&b.values)
                            .filter(|(_, v)| **v > 0)
                            .map(|(s, v)| alloc::format!("{} ({v})", s.name))
                            .collect();
                        value.push_str(" · ");
                        value.push_str(&parts.join(list_sep));
                    }
                    let prefix = alloc::format!("  {}{sep}", super::html::printable(&b.label));
                    line(
                        &mut out,
                        &prefix,
                        "      ",
                        &[Span::Text(value)],
                        rtl,
                        width,
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;
    use alloc::string::String;
    use alloc::vec::Vec;
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn wraps_at_spaces_and_between_wide_characters_only() {
        let text = "Send RCPT TO again after the server answers 250 to EHLO.";
        let at = text.find("RCPT TO").unwrap();
        let keep = alloc::vec![at..at + 7];
        let out = wrap(text, 12, "  ", &keep);
        assert!(out.lines().all(|l| l.width() <= 12), "{out}");
        assert!(out.contains("RCPT TO"), "a token is never broken: {out}");
        let cjk = "サーバーは接続を閉じようとしています";
        let out = wrap(cjk, 10, "", &[]);
        assert!(out.lines().all(|l| l.width() <= 10), "{out}");
        assert_eq!(out.replace('\n', ""), cjk);
    }

    proptest! {
        /// Wrapping only turns spaces into line breaks (plus the indent) and breaks between
        /// wide characters: the words come out in order, whole.
        #[test]
        fn wrapping_keeps_every_word(words in proptest::collection::vec("[a-z]{1,12}|[あ-ん]{1,6}", 0..30), width in 8usize..60) {
            let text = words.join(" ");
            let out = wrap(&text, width, "  ", &[]);
            let norm = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
            prop_assert_eq!(norm(&out), norm(&text));
            let long: Vec<&str> = out.lines().filter(|l| l.width() > width).collect();
            for l in long {
                prop_assert!(!l.trim().contains(' '), "{:?}", l);
            }
        }
    }
}
