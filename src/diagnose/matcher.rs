//! The text matcher: every phrase of every text rule in one Aho-Corasick automaton, fed the
//! reply's normal form byte by byte as the normaliser produces it (the normal form is never
//! stored); rules with several phrases are then checked for order.

use super::normalize::{BARRIER, SCAN_TABLE};
use crate::catalog::{TEXT_RULES, TextRule};
use crate::{Code, Reply};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, PatternID};
use alloc::boxed::Box;
use alloc::vec::Vec;
use once_cell::race::OnceBox;

/// Where a byte of the normal form comes from: a line of the reply and a byte of its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Source {
    pub line: u32,
    pub at: u32,
}

/// A text rule that matched: which rule, where its phrases lie in the normal form, and the
/// source bytes of its first and last letter (the evidence shown to the reader).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TextHit {
    pub rule: &'static TextRule,
    /// Index of the rule in `TEXT_RULES`: the last tie-breaker.
    pub index: usize,
    pub start: usize,
    /// The bytes the phrases themselves cover (what "the longer phrase wins" compares).
    pub covered: usize,
    pub first: Source,
    pub last: Source,
}

impl TextHit {
    /// Better than `other` within the same strength: the longer match, then the earlier one,
    /// then the rule listed first.
    fn beats(&self, other: &TextHit) -> bool {
        if self.covered != other.covered {
            return self.covered > other.covered;
        }
        if self.start != other.start {
            return self.start < other.start;
        }
        self.index < other.index
    }
}

/// One phrase found: its pattern, its place in the normal form, and the source of its first
/// and last letter.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Found {
    pub pattern: u32,
    pub start: usize,
    pub end: usize,
    pub first: Source,
    pub last: Source,
}

/// A reply matches a handful of phrases; past this many the rest are not kept (bounded work
/// on hostile input), the earliest having been kept.
const MAX_FOUND: usize = 64;

/// How many bytes of the normal form back the scanner remembers the source of: the longest
/// phrase it can place. Longer phrases are left out of the automaton (the generator's checks
/// keep phrases far shorter; a test pins it).
pub(crate) const RING: usize = 128;
const _: () = assert!(RING.is_power_of_two());

/// The automaton and, per pattern, the rules whose phrases it is.
pub(crate) struct Matcher {
    /// The phrases, one per pattern (for tests that check the scan against a plain search).
    #[cfg(test)]
    pub phrases: Vec<&'static str>,
    /// `None` only if the automaton could not be built, which the generator's checks rule
    /// out; then no phrase matches and codes alone decide.
    dfa: Option<DFA>,
    /// Per pattern: (rule index, phrase index) of every phrase it is.
    uses: Vec<Vec<(u32, u32)>>,
    /// Per pattern: whether it ends in a space (a whole last word) or runs on (`word*`).
    closed: Vec<bool>,
    /// Per rule: the pattern of each of its phrases.
    patterns: Vec<Vec<u32>>,
}

static MATCHER: OnceBox<Matcher> = OnceBox::new();

/// The matcher over the catalog's text rules, built on first use.
pub(crate) fn matcher() -> &'static Matcher {
    MATCHER.get_or_init(|| Box::new(Matcher::new(&TEXT_RULES)))
}

impl Matcher {
    fn new(rules: &'static [TextRule]) -> Matcher {
        let mut phrases: Vec<&'static str> = Vec::new();
        let mut uses: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut patterns = Vec::with_capacity(rules.len());
        for (ri, rule) in rules.iter().enumerate() {
            let mut own = Vec::with_capacity(rule.phrases.len());
            for (pi, &p) in rule.phrases.iter().enumerate() {
                if p.len() > RING {
                    continue;
                }
                let id = match phrases.iter().position(|&q| q == p) {
                    Some(id) => id,
                    None => {
                        phrases.push(p);
                        uses.push(Vec::new());
                        phrases.len() - 1
                    }
                };
                uses[id].push((ri as u32, pi as u32));
                own.push(id as u32);
            }
            patterns.push(own);
        }
        let closed = phrases.iter().map(|p| p.ends_with(' ')).collect();
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&phrases)
            .ok();
        Matcher {
            #[cfg(test)]
            phrases,
            dfa,
            uses,
            closed,
            patterns,
        }
    }

    /// Runs `f` on every phrase in the normal form of `reply`'s lines, in the order their
    /// ends are read (on the stack: no allocation, nothing copied out).
    pub(crate) fn scan<T>(&self, reply: &Reply<'_>, f: impl FnOnce(&[Found]) -> T) -> T {
        let start = self
            .dfa
            .as_ref()
            .and_then(|dfa| Some((dfa, dfa.start_state(Anchored::No).ok()?)));
        let Some((dfa, start)) = start else {
            return f(&[]);
        };
        // The arrays live here and the scanner borrows them: a struct holding them would be
        // built and then copied into place (kilobytes per reply, as profiles showed).
        let mut ring = [0u64; RING];
        let mut found = [Found::default(); MAX_FOUND];
        let mut scan = Scan {
            dfa,
            closed: &self.closed,
            sid: start,
            len: 0,
            last: 0,
            line: 0,
            ring: &mut ring,
            found: &mut found,
            n: 0,
        };
        for (i, l) in reply.lines().iter().enumerate() {
            // Line indexes and byte offsets fit: a reply is at most `Reply::MAX_LINES` lines
            // of `Reply::MAX_BYTES` bytes.
            scan.line = i as u32;
            scan.text(l.text().as_bytes());
        }
        let n = scan.n;
        f(found.get(..n).unwrap_or_default())
    }

    /// The best specific and the best vague text rule that match `reply`, of the rules that
    /// apply to a reply carrying `codes` (see [`TextRule::with_code`]).
    pub(crate) fn best(
        &self,
        reply: &Reply<'_>,
        codes: &[Option<Code>; 2],
    ) -> (Option<TextHit>, Option<TextHit>) {
        self.scan(reply, |found| self.choose(found, codes))
    }

    /// The best specific and the best vague of the rules whose phrases are `found`.
    fn choose(
        &self,
        found: &[Found],
        codes: &[Option<Code>; 2],
    ) -> (Option<TextHit>, Option<TextHit>) {
        let (mut specific, mut vague): (Option<TextHit>, Option<TextHit>) = (None, None);
        let mut consider = |hit: TextHit| {
            let slot = if hit.rule.specific {
                &mut specific
            } else {
                &mut vague
            };
            if slot.is_none_or(|best| hit.beats(&best)) {
                *slot = Some(hit);
            }
        };
        for f in found {
            for &(ri, pi) in self.uses.get(f.pattern as usize).into_iter().flatten() {
                let index = ri as usize;
                let Some(rule) = TEXT_RULES.get(index) else {
                    continue;
                };
                if rule.with_code.is_some_and(|c| !codes.contains(&Some(c))) {
                    continue;
                }
                if rule.phrases.len() == 1 {
                    consider(TextHit {
                        rule,
                        index,
                        start: f.start,
                        covered: f.end - f.start,
                        first: f.first,
                        last: f.last,
                    });
                } else if pi == 0
                    && let Some(hit) = self.in_order(index, rule, f, found)
                {
                    consider(hit);
                }
            }
        }
        (specific, vague)
    }

    /// A rule of several phrases whose first phrase was found as `first`: the others, each
    /// after the one before, taking the earliest that fits.
    fn in_order(
        &self,
        index: usize,
        rule: &'static TextRule,
        first: &Found,
        found: &[Found],
    ) -> Option<TextHit> {
        let mut pos = first.end;
        let mut covered = first.end - first.start;
        let mut last = first.last;
        for &want in self.patterns.get(index)?.iter().skip(1) {
            let next = found
                .iter()
                .filter(|f| f.pattern == want && f.start + 1 >= pos)
                .min_by_key(|f| f.end)?;
            covered += next.end - next.start;
            pos = next.end;
            last = next.last;
        }
        Some(TextHit {
            rule,
            index,
            start: first.start,
            covered,
            first: first.first,
            last,
        })
    }
}

/// The sink the normaliser writes into: each byte goes straight through the automaton, and
/// the source of the last [`RING`] bytes is kept to place what matches.
struct Scan<'a> {
    dfa: &'a DFA,
    closed: &'a [bool],
    sid: StateID,
    /// Bytes of normal form read so far.
    len: usize,
    last: u8,
    line: u32,
    /// The source of each of the last [`RING`] bytes, packed: line in the high half.
    ring: &'a mut [u64; RING],
    found: &'a mut [Found; MAX_FOUND],
    n: usize,
}

impl Scan<'_> {
    /// Reads one byte of the normal form.
    #[inline(always)]
    fn feed(&mut self, c: u8, at: usize) {
        if let Some(slot) = self.ring.get_mut(self.len & (RING - 1)) {
            *slot = (u64::from(self.line) << 32) | at as u64;
        }
        self.len += 1;
        self.last = c;
        self.sid = self.dfa.next_state(Anchored::No, self.sid, c);
        if self.dfa.is_match(self.sid) {
            self.matched();
        }
    }

    /// Reads the normal form of one line, as [`normalize_into`] writes it, in one pass: the
    /// bytes of each token go through the automaton as they come, and if the token turns out
    /// to be an address, the automaton, the count and what was found are set back to where
    /// the token began and the barrier is read instead.
    fn text(&mut self, text: &[u8]) {
        if self.last != b' ' {
            self.feed(b' ', 0);
        }
        // The state before the current token: automaton, bytes read, phrases found.
        let mut checkpoint = (self.sid, self.len, self.n);
        let mut in_token = false;
        let mut i = 0;
        while let Some(&b) = text.get(i) {
            match SCAN_TABLE[usize::from(b)] {
                0 => {
                    in_token = false;
                    if self.last != b' ' {
                        self.feed(b' ', i);
                    }
                    i += 1;
                }
                1 => {
                    if in_token {
                        (self.sid, self.len, self.n) = checkpoint;
                        self.last = b' ';
                    }
                    while text
                        .get(i)
                        .is_some_and(|&b| SCAN_TABLE[usize::from(b)] != 0)
                    {
                        i += 1;
                    }
                    self.feed(BARRIER, i);
                    self.feed(b' ', i);
                    in_token = false;
                }
                c => {
                    if !in_token {
                        checkpoint = (self.sid, self.len, self.n);
                        in_token = true;
                    }
                    if c != b' ' || self.last != b' ' {
                        self.feed(c, i);
                    }
                    i += 1;
                }
            }
        }
        if self.last != b' ' {
            self.feed(b' ', text.len());
        }
    }

    /// Records every pattern that ends at the byte just read.
    #[cold]
    fn matched(&mut self) {
        for k in 0..self.dfa.match_len(self.sid) {
            if self.n >= MAX_FOUND {
                return;
            }
            let pattern: PatternID = self.dfa.match_pattern(self.sid, k);
            let plen = self.dfa.pattern_len(pattern);
            let (end, start) = (self.len, self.len.saturating_sub(plen));
            // A phrase carries the spaces around its words (none at the end of `word*`).
            let closed = self.closed.get(pattern.as_usize()).copied().unwrap_or(true);
            let first = start + 1;
            let last = if closed {
                end.saturating_sub(2)
            } else {
                end - 1
            };
            let source = |i: usize| {
                let packed = self.ring.get(i & (RING - 1)).copied().unwrap_or_default();
                Source {
                    line: (packed >> 32) as u32,
                    at: packed as u32,
                }
            };
            let (first, last) = (source(first), source(last));
            if let Some(slot) = self.found.get_mut(self.n) {
                *slot = Found {
                    pattern: pattern.as_u32(),
                    start,
                    end,
                    first,
                    last,
                };
                self.n += 1;
            }
        }
    }
}
