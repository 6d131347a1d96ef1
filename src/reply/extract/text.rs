//! Small text tools the shapes share. Every search is linear in the text; nothing here
//! indexes out of bounds.

use super::{Extracted, Shape};
use crate::{EnhancedCode, Reply};
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

/// ASCII case-insensitive search.
pub(super) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    let first = n[0].to_ascii_lowercase();
    (0..=h.len() - n.len())
        .filter(|&i| h[i].to_ascii_lowercase() == first)
        .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The text after the first `key`, up to the first of `stops` (or the end).
pub(super) fn value_after<'t>(text: &'t str, key: &str, stops: &[char]) -> Option<&'t str> {
    let at = text.find(key)? + key.len();
    let rest = text.get(at..)?;
    Some(&rest[..rest.find(stops).unwrap_or(rest.len())])
}

/// The text after the first `key`, to the end.
pub(super) fn after<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    text.get(text.find(key)? + key.len()..)
}

/// An address without angle brackets, if it looks like one.
pub(super) fn address(s: &str) -> Option<&str> {
    let s = s
        .trim()
        .trim_start_matches('<')
        .trim_end_matches(['>', ',']);
    (s.contains('@') && !s.contains([' ', '<', '>'])).then_some(s)
}

/// A host as logs write it (`mx.example.com[203.0.113.5]:25`, `mx.example.com.`): the name,
/// or the address when the name is `unknown` or missing. Only written with its address in
/// brackets: a bare word after `relay=` is a service (`local`, `none`).
pub(super) fn bracketed_host(s: &str) -> Option<&str> {
    let open = s.find('[')?;
    let name = s[..open].trim().trim_end_matches('.');
    let addr = s.get(open + 1..)?.split(']').next().unwrap_or("");
    match name {
        "" | "unknown" => (!addr.is_empty() && !addr.contains('/')).then_some(addr),
        n if !n.contains([' ', '(', ')', '=']) => Some(n),
        _ => None,
    }
}

/// A host named at the start of `text` with its address in brackets: `mx.example.com[ip]`
/// (Postfix) or `mx.example.com [ip]` (Exim). `None` if no name or address comes first.
pub(super) fn host_at(text: &str) -> Option<&str> {
    let end = text.find(']')? + 1;
    let s = &text[..end];
    let name = s[..s.find('[')?].trim();
    if name.contains(' ') {
        return None;
    }
    bracketed_host(s)
}

/// The host named after the first of `patterns` that the text has, as [`host_at`] reads it:
/// `connect to HOST[…]`, `host HOST [addr]`, ….
pub(super) fn host_after<'t>(text: &'t str, patterns: &[&str]) -> Option<&'t str> {
    patterns.iter().find_map(|p| {
        text.match_indices(p)
            .find_map(|(i, m)| host_at(text.get(i + m.len()..)?).filter(|h| !h.is_empty()))
    })
}

/// Where a reply starts in `text`: a reply code (2xx–5xx) at the start or after a space,
/// colon, bracket, quote, `#` or `;`, followed by a space, `-`, or the end; not part of a
/// number, a time or an address.
pub(super) fn reply_start(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len()).find(|&i| {
        let before_ok = i == 0
            || matches!(
                b[i - 1],
                b' ' | b'\t' | b':' | b'(' | b'\'' | b'"' | b'\n' | b'[' | b'#' | b';'
            );
        let digits = matches!(b.get(i), Some(b'2'..=b'5'))
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit);
        let after_ok = matches!(
            b.get(i + 3),
            None | Some(b' ' | b'-' | b'\t' | b'\r' | b'\n')
        );
        before_ok && digits && after_ok
    })
}

/// An enhanced code written `X.Y.Z` (any class but `X`).
pub(super) fn enhanced_code(s: &str) -> Option<EnhancedCode> {
    s.trim()
        .trim_end_matches(['.', ',', ')'])
        .parse()
        .ok()
        .filter(|c: &EnhancedCode| !c.is_generic())
}

/// qmail's code in its own messages and after a reply: `… (#5.7.1)`, `(#5.1.1 - chkuser)`.
pub(super) fn qmail_code(text: &str) -> Option<EnhancedCode> {
    // qmail's trailing `(#5.7.1)`, or the same mark leading the text, as servers in the qmail
    // tradition also write it: `552 #5.3.4 message size exceeds limit`.
    let inner = match text.rfind("(#") {
        Some(open) => text.get(open + 2..)?,
        None => text.trim_start().strip_prefix('#')?,
    };
    enhanced_code(inner.split([' ', ')']).next()?)
}

/// The first address in angle brackets in a reply's text, unless the reply is about the
/// sender ("Sender address rejected").
pub(super) fn recipient_in_reply(text: &str) -> Option<String> {
    if find_ci(text, "sender address").is_some() || find_ci(text, "sender rejected").is_some() {
        return None;
    }
    let open = text.find('<')?;
    let close = open + text.get(open..)?.find('>')?;
    address(text.get(open..=close)?).map(String::from)
}

/// Lines that continue the line before (they start with white space) joined to it by one
/// space, as RFC 5322 unfolds header fields and as bouncers wrap long replies.
pub(super) fn unfold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            if line.starts_with([' ', '\t']) {
                out.push(' ');
            } else {
                out.push('\n');
            }
        }
        out.push_str(if i > 0 { line.trim_start() } else { line });
    }
    out
}

/// A reply whose lines were joined into one (Postfix: `550-5.1.1 a 550-5.1.1 b 550 5.1.1 c`)
/// split back into its lines at each ` NNN-` or ` NNN ` that repeats its code.
pub(super) fn split_joined(text: &str) -> Cow<'_, str> {
    let Some(code) = text
        .get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))
    else {
        return Cow::Borrowed(text);
    };
    if text.as_bytes().get(3) != Some(&b'-') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let b = text.as_bytes();
    let mut last = 0;
    let mut i = 4;
    while i + 4 < b.len() {
        let marker =
            b[i] == b' ' && text.get(i + 1..i + 4) == Some(code) && matches!(b[i + 4], b'-' | b' ');
        if marker {
            out.push_str(&text[last..i]);
            out.push_str("\r\n");
            last = i + 1;
            i += 5;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// A reply from lines a library gave without the code on each (Python, Go): the code put
/// back on every line, `-` on all but the last.
pub(super) fn with_code(code: &str, message: &str) -> String {
    let lines: Vec<&str> = message.lines().collect();
    if lines.is_empty() {
        return String::from(code);
    }
    let mut out = String::with_capacity(message.len() + lines.len() * 5);
    for (i, l) in lines.iter().enumerate() {
        let l = l.trim_end_matches('\r');
        // A line that kept its code (Go's first line) is taken as it is.
        if l.get(..3) == Some(code) && matches!(l.as_bytes().get(3), Some(b' ' | b'-') | None) {
            out.push_str(code);
            out.push(if i + 1 < lines.len() { '-' } else { ' ' });
            out.push_str(l.get(4..).unwrap_or(""));
        } else {
            out.push_str(code);
            out.push(if i + 1 < lines.len() { '-' } else { ' ' });
            out.push_str(l);
        }
        out.push_str("\r\n");
    }
    out
}

/// A quoted string's content with its escapes undone: `\n`, `\t`, `\r`, `\\`, `\'`, `\"`,
/// `\xNN` (Python bytes, JavaScript, JSON and Rust `Debug`).
pub(super) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                match u8::from_str_radix(&hex, 16) {
                    Ok(b) if b.is_ascii() => out.push(char::from(b)),
                    _ => out.push('\u{FFFD}'),
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The content of the string literal that starts at `text[0]` (a `'` or `"`), escapes kept.
pub(super) fn literal(text: &str) -> Option<&str> {
    let quote = text.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let b = text.as_bytes();
    let mut i = 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote as u8 => return text.get(1..i),
            _ => i += 1,
        }
    }
    None
}

/// A reply parsed from text the finder put together.
pub(super) fn owned(text: String) -> Reply<'static> {
    Reply::parse(&text).into_owned()
}

/// `reply` with `beside` as its enhanced code if it has none.
pub(super) fn beside(reply: Reply<'_>, code: Option<EnhancedCode>) -> Reply<'_> {
    match code {
        Some(c) => reply.with_enhanced_beside(c),
        None => reply,
    }
}

/// A reply read from where one starts in `text`, or the words themselves when none does.
pub(super) fn reply_or_words(text: &str) -> Reply<'_> {
    match reply_start(text) {
        Some(at) => Reply::parse(&text[at..]),
        None => Reply::parse(text.trim()),
    }
}

pub(super) fn found<'a>(
    reply: Reply<'a>,
    shape: Shape,
    recipient: Option<&'a str>,
    remote_host: Option<&'a str>,
) -> Option<Extracted<'a>> {
    Some(Extracted {
        reply,
        shape,
        recipient: recipient.map(Cow::Borrowed),
        remote_host: remote_host.map(Cow::Borrowed),
    })
}
