//! The text matcher: every phrase of every text rule, every provider rule and every provider
//! marker in one Aho-Corasick automaton, fed the reply's normal form byte by byte as the
//! normaliser produces it (the normal form is never stored); rules with several phrases are
//! then checked for order.

use super::normalize::{BARRIER, SCAN_TABLE};
use crate::catalog::{PROVIDER_MARKERS, PROVIDER_RULES, ProviderRule, TEXT_RULES, TextRule};
use crate::{Code, EnhancedCode, Reply};
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

/// A provider rule whose phrases matched, placed like a [`TextHit`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct ProviderHit {
    pub rule: &'static ProviderRule,
    pub place: Place,
}

/// Where a rule's phrases lie: what the tie-breakers compare, and the evidence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Place {
    /// The rule's row in the matcher's rule space: the last tie-breaker.
    pub index: usize,
    pub start: usize,
    pub covered: usize,
    pub first: Source,
    pub last: Source,
}

impl Place {
    /// Better than `other` within the same strength: the longer match, then the earlier one,
    /// then the rule listed first.
    fn beats(&self, other: &Place) -> bool {
        if self.covered != other.covered {
            return self.covered > other.covered;
        }
        if self.start != other.start {
            return self.start < other.start;
        }
        self.index < other.index
    }
}

impl TextHit {
    fn beats(&self, other: &TextHit) -> bool {
        self.place().beats(&other.place())
    }
    fn place(&self) -> Place {
        Place {
            index: self.index,
            start: self.start,
            covered: self.covered,
            first: self.first,
            last: self.last,
        }
    }
}

/// How a provider was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Recognised {
    /// The caller named the remote host.
    Host,
    /// A marker in the text, at this place.
    Marker(Place),
    /// The reply carries one of its own codes.
    Code,
}

impl PartialEq for Place {
    fn eq(&self, o: &Place) -> bool {
        (self.index, self.start, self.covered) == (o.index, o.start, o.covered)
    }
}
impl Eq for Place {}

/// What the text says: the best specific and vague text rules, the provider and the best of
/// its rules.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Hits {
    pub specific: Option<TextHit>,
    pub vague: Option<TextHit>,
    pub provider: Option<(usize, Recognised)>,
    pub by_provider: Option<ProviderHit>,
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
    MATCHER.get_or_init(|| Box::new(Matcher::new()))
}

/// The phrases of rule `i` of the matcher's rule space: text rules, then provider rules, then
/// provider markers (one phrase each).
fn rule_phrases(i: usize) -> &'static [&'static str] {
    let (t, p) = (TEXT_RULES.len(), PROVIDER_RULES.len());
    if let Some(r) = TEXT_RULES.get(i) {
        r.phrases
    } else if let Some(r) = PROVIDER_RULES.get(i - t) {
        r.normal
    } else {
        PROVIDER_MARKERS
            .get(i - t - p)
            .map_or(&[], |m| core::slice::from_ref(&m.0))
    }
}

impl Matcher {
    fn new() -> Matcher {
        let count = TEXT_RULES.len() + PROVIDER_RULES.len() + PROVIDER_MARKERS.len();
        let mut phrases: Vec<&'static str> = Vec::new();
        let mut uses: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut patterns = Vec::with_capacity(count);
        for ri in 0..count {
            let rule = rule_phrases(ri);
            let mut own = Vec::with_capacity(rule.len());
            for (pi, &p) in rule.iter().enumerate() {
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

    /// What the text of `reply` says, for a reply carrying `codes` (the generic enhanced code
    /// and the reply code, for [`TextRule::with_code`]) and `enhanced` (as sent, for
    /// provider rules); `known` is the provider the caller named (by its host) and `by_code`
    /// the one whose own code the reply carries: the host first, then a marker in the text,
    /// then the code decide whose rules apply.
    pub(crate) fn best(
        &self,
        reply: &Reply<'_>,
        codes: &[Option<Code>; 2],
        enhanced: Option<EnhancedCode>,
        known: Option<usize>,
        by_code: Option<usize>,
    ) -> Hits {
        self.scan(reply, |found| {
            self.choose(found, codes, enhanced, known, by_code)
        })
    }

    /// Where rule `index` of the rule space matched, given that one of its phrases, `pi`,
    /// was found as `f`: `None` unless it is the rule's first phrase and the others follow.
    fn place(&self, index: usize, pi: u32, f: &Found, found: &[Found]) -> Option<Place> {
        if rule_phrases(index).len() == 1 {
            Some(Place {
                index,
                start: f.start,
                covered: f.end - f.start,
                first: f.first,
                last: f.last,
            })
        } else if pi == 0 {
            self.in_order(index, f, found)
        } else {
            None
        }
    }

    /// The best specific and vague text rules, the provider and its best rule, of the rules
    /// whose phrases are `found`.
    fn choose(
        &self,
        found: &[Found],
        codes: &[Option<Code>; 2],
        enhanced: Option<EnhancedCode>,
        known: Option<usize>,
        by_code: Option<usize>,
    ) -> Hits {
        let (t, p) = (TEXT_RULES.len(), PROVIDER_RULES.len());
        let mut hits = Hits::default();
        // Markers first: whose reply it is decides which provider rules apply.
        let mut marker: Option<(usize, Place)> = None;
        for f in found {
            for &(ri, pi) in self.uses.get(f.pattern as usize).into_iter().flatten() {
                let index = ri as usize;
                let Some(m) = index
                    .checked_sub(t + p)
                    .and_then(|m| PROVIDER_MARKERS.get(m))
                else {
                    continue;
                };
                if let Some(place) = self.place(index, pi, f, found)
                    && marker.is_none_or(|(_, best)| place.start < best.start)
                {
                    marker = Some((usize::from(m.1), place));
                }
            }
        }
        hits.provider = match (known, marker, by_code) {
            (Some(k), _, _) => Some((k, Recognised::Host)),
            (None, Some((m, place)), _) => Some((m, Recognised::Marker(place))),
            (None, None, Some(c)) => Some((c, Recognised::Code)),
            (None, None, None) => None,
        };
        let provider = hits.provider.map(|(p, _)| p);
        for f in found {
            for &(ri, pi) in self.uses.get(f.pattern as usize).into_iter().flatten() {
                let index = ri as usize;
                if let Some(rule) = TEXT_RULES.get(index) {
                    if rule.with_code.is_some_and(|c| !codes.contains(&Some(c))) {
                        continue;
                    }
                    let Some(place) = self.place(index, pi, f, found) else {
                        continue;
                    };
                    let hit = TextHit {
                        rule,
                        index,
                        start: place.start,
                        covered: place.covered,
                        first: place.first,
                        last: place.last,
                    };
                    let slot = if rule.specific {
                        &mut hits.specific
                    } else {
                        &mut hits.vague
                    };
                    if slot.is_none_or(|best| hit.beats(&best)) {
                        *slot = Some(hit);
                    }
                } else if let Some(rule) = index.checked_sub(t).and_then(|i| PROVIDER_RULES.get(i))
                {
                    if provider != Some(usize::from(rule.provider))
                        || !rule.code_fits(enhanced, codes[1])
                    {
                        continue;
                    }
                    let Some(place) = self.place(index, pi, f, found) else {
                        continue;
                    };
                    if hits.by_provider.is_none_or(|best| place.beats(&best.place)) {
                        hits.by_provider = Some(ProviderHit { rule, place });
                    }
                }
            }
        }
        hits
    }

    /// A rule of several phrases whose first phrase was found as `first`: the others, each
    /// after the one before, taking the earliest that fits.
    fn in_order(&self, index: usize, first: &Found, found: &[Found]) -> Option<Place> {
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
        Some(Place {
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
