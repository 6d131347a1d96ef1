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

/// Where normalised bytes go: a buffer on the heap or the stack, or a counter that finds which
/// source bytes a match stands for (to show the evidence in the server's own text).
pub trait Sink {
    /// Appends `c`, which stands for the source byte at `at`.
    fn push(&mut self, c: u8, at: usize);
    /// The last byte appended.
    fn last(&self) -> Option<u8>;
    /// Bytes appended so far.
    fn len(&self) -> usize;
    /// Drops what was appended after the first `len` bytes.
    fn truncate(&mut self, len: usize);
}

impl Sink for Vec<u8> {
    #[inline]
    fn push(&mut self, c: u8, _: usize) {
        Vec::push(self, c);
    }
    #[inline]
    fn last(&self) -> Option<u8> {
        self.as_slice().last().copied()
    }
    #[inline]
    fn len(&self) -> usize {
        Vec::len(self)
    }
    #[inline]
    fn truncate(&mut self, len: usize) {
        Vec::truncate(self, len);
    }
}

/// The normal form of replies up to [`Stack::CAPACITY`] bytes, on the stack: most replies
/// fit, and need no allocation.
pub struct Stack {
    bytes: [u8; Stack::CAPACITY],
    len: usize,
}

impl Stack {
    /// Bytes of normal form it holds (enough for a reply of about 400 bytes).
    pub const CAPACITY: usize = 512;

    pub const fn new() -> Stack {
        Stack {
            bytes: [0; Stack::CAPACITY],
            len: 0,
        }
    }

    pub fn as_slice(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }
}

impl Sink for Stack {
    #[inline]
    fn push(&mut self, c: u8, _: usize) {
        // Callers size the input so that it fits; a byte beyond is dropped, never written out
        // of bounds.
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = c;
            self.len += 1;
        }
    }
    #[inline]
    fn last(&self) -> Option<u8> {
        self.len
            .checked_sub(1)
            .and_then(|i| self.bytes.get(i).copied())
    }
    #[inline]
    fn len(&self) -> usize {
        self.len
    }
    #[inline]
    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
}

/// Finds, without storing the normal form, which source bytes two of its positions stand
/// for: normalise the lines of a text into it one after the other, setting [`Locate::line`]
/// before each, and read [`Locate::found`].
pub struct Locate {
    len: usize,
    last: u8,
    /// The line being normalised.
    pub line: usize,
    want: [usize; 2],
    found: [Option<(usize, usize)>; 2],
}

impl Locate {
    /// Looks for the source bytes of normal-form positions `first` and `last`.
    pub const fn new(first: usize, last: usize) -> Locate {
        Locate {
            len: 0,
            last: b' ',
            line: 0,
            want: [first, last],
            found: [None, None],
        }
    }

    /// The line and source byte of each position, once the text has been normalised into it.
    pub fn found(&self) -> [Option<(usize, usize)>; 2] {
        self.found
    }
}

impl Sink for Locate {
    fn push(&mut self, c: u8, at: usize) {
        for (want, found) in self.want.iter().zip(&mut self.found) {
            if *want == self.len {
                *found = Some((self.line, at));
            }
        }
        self.len += 1;
        self.last = c;
    }
    fn last(&self) -> Option<u8> {
        (self.len > 0).then_some(self.last)
    }
    fn len(&self) -> usize {
        self.len
    }
    fn truncate(&mut self, len: usize) {
        // Only an address is ever taken back, to the space before it (`close_address`).
        self.len = self.len.min(len);
        self.last = b' ';
        for (want, found) in self.want.iter().zip(&mut self.found) {
            if *want >= self.len {
                *found = None;
            }
        }
    }
}

/// Appends the normal form of `text` to `out`, which must be empty or end with a space; `out`
/// then ends with a space again. Called once per line, it gives the normal form of the lines
/// joined by separators.
#[inline]
pub fn normalize_into<S: Sink>(text: &[u8], out: &mut S) {
    if out.len() == 0 {
        out.push(b' ', 0);
    }
    // Where the current token started in `out`, and whether it holds an `@`.
    let mut token_start = out.len();
    let mut has_at = false;
    for (at, &b) in text.iter().enumerate() {
        if ends_token(b) {
            if has_at {
                close_address(out, token_start, at);
            }
            has_at = false;
            push_folded(out, b' ', at);
            token_start = out.len();
            continue;
        }
        has_at |= b == b'@';
        push_folded(out, fold(b), at);
    }
    if has_at {
        close_address(out, token_start, text.len());
    }
    push_folded(out, b' ', text.len());
}

/// Replaces what was written of an address token since `start` by the barrier.
#[inline]
fn close_address<S: Sink>(out: &mut S, start: usize, at: usize) {
    out.truncate(start);
    push_folded(out, b' ', at);
    out.push(BARRIER, at);
    out.push(b' ', at);
}

#[inline]
fn push_folded<S: Sink>(out: &mut S, c: u8, at: usize) {
    if c == b' ' && out.last() == Some(b' ') {
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
