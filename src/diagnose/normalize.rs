//! How reply text and rule phrases are made comparable: written once, here, for both sides.
//! The library normalises each reply with [`normalize_into`]; the generator in `build/`
//! includes this file by `#[path]` and normalises every rule phrase with [`normalize_phrase`],
//! so the two can never drift apart.
//!
//! The normal form: ASCII letters lower-cased; ASCII digits and the bytes of non-ASCII
//! characters kept; every run of other bytes (spaces, punctuation, brackets, line breaks) one
//! space; a space at both ends, so that a phrase written ` word ` matches whole words only.
//! Email addresses are replaced by [`BARRIER`], which no phrase contains, so no match spans or
//! touches them.

// Named here, not only at the crate root, because the generator includes this file too.
extern crate alloc;
use alloc::vec::Vec;

/// What stands in the normal form for an email address.
pub const BARRIER: u8 = b'@';

/// The normal form of a byte outside an address: a lower-case letter or digit, a byte of a
/// non-ASCII character, or `b' '` for a separator.
#[inline]
pub const fn fold(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b + 32,
        b'a'..=b'z' | b'0'..=b'9' | 0x80..=0xff => b,
        _ => b' ',
    }
}

/// Bytes that end a word-like token for the purpose of finding addresses: an address is a
/// token between two of these that contains an `@`.
#[inline]
const fn ends_token(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t'
            | b'\r'
            | b'\n'
            | b'<'
            | b'>'
            | b'('
            | b')'
            | b'['
            | b']'
            | b','
            | b';'
            | b'"'
            | b'\''
    )
}

/// Per byte: its normal form ([`fold`]), or 0 for a byte that ends a token. One lookup per
/// byte in the hot loop instead of two chains of comparisons.
static TABLE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if ends_token(b as u8) {
            0
        } else {
            fold(b as u8)
        };
        b += 1;
    }
    t
};

/// Per byte, for the matcher's one-pass loop: 0 for a byte that ends a token, 1 for `@`,
/// otherwise its normal form ([`fold`]). The same rules as [`normalize_into`], which the
/// matcher's tests hold it to.
pub static SCAN_TABLE: [u8; 256] = {
    let mut t = TABLE;
    t[b'@' as usize] = 1;
    t
};

/// Where normalised bytes go: a buffer, or the matcher, which reads them as they come.
pub trait Sink {
    /// Appends `c`, which stands for the source byte at `at`.
    fn push(&mut self, c: u8, at: usize);
    /// The last byte appended (0 before the first).
    fn last(&self) -> u8;
}

impl Sink for Vec<u8> {
    #[inline]
    fn push(&mut self, c: u8, _: usize) {
        Vec::push(self, c);
    }
    #[inline]
    fn last(&self) -> u8 {
        self.as_slice().last().copied().unwrap_or(0)
    }
}

/// Appends the normal form of `text` to `out`, which must be empty or end with a space; `out`
/// then ends with a space again. Called once per line, it gives the normal form of the lines
/// joined by separators. Each token (a run of bytes between token ends) is looked at before
/// it is written, so an address never reaches `out`: a sink that reads bytes as they come
/// needs to take nothing back.
/// The matcher reads the same form in its own one-pass loop; this is the plain model its
/// tests compare it with, and what the tests normalise text with.
#[cfg_attr(not(test), allow(dead_code))]
pub fn normalize_into<S: Sink>(text: &[u8], out: &mut S) {
    push_folded(out, b' ', 0);
    let mut i = 0;
    while i < text.len() {
        let start = i;
        let mut has_at = false;
        while let Some(&b) = text.get(i) {
            if TABLE[usize::from(b)] == 0 {
                break;
            }
            has_at |= b == b'@';
            i += 1;
        }
        if has_at {
            push_folded(out, b' ', i);
            out.push(BARRIER, i);
            out.push(b' ', i);
        } else {
            let token = text.get(start..i).unwrap_or_default();
            for (k, &b) in token.iter().enumerate() {
                push_folded(out, TABLE[usize::from(b)], start + k);
            }
        }
        if i < text.len() {
            push_folded(out, b' ', i);
            i += 1;
        }
    }
    push_folded(out, b' ', text.len());
}

#[inline]
fn push_folded<S: Sink>(out: &mut S, c: u8, at: usize) {
    if c == b' ' && out.last() == b' ' {
        return;
    }
    out.push(c, at);
}

/// A rule phrase in the form the matcher looks for (the generator writes every phrase so;
/// the library's tests check that text normalises to match it): normalised, with a space at both ends
/// for a whole-word match, or none at the end when the phrase ends in `*` (its last word may
/// run on). `None` when nothing is left once punctuation is removed.
#[cfg_attr(not(test), allow(dead_code))]
pub fn normalize_phrase(phrase: &str) -> Option<Vec<u8>> {
    let (body, open_end) = match phrase.trim().strip_suffix('*') {
        Some(b) => (b, true),
        None => (phrase.trim(), false),
    };
    let mut out: Vec<u8> = Vec::new();
    out.push(b' ');
    for (at, &b) in body.as_bytes().iter().enumerate() {
        push_folded(&mut out, fold(b), at);
    }
    push_folded(&mut out, b' ', body.len());
    if out.len() < 3 {
        return None;
    }
    if open_end {
        out.pop();
    }
    Some(out)
}
