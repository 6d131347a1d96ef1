//! The text matcher: every phrase of every text rule, every provider rule and every provider
//! marker in one automaton ([`Dfa`]), which reads the reply's bytes once and makes their
//! normal form on the way (it is never stored); rules with several phrases are then checked
//! for order.

use super::dfa::{Dfa, SEPARATOR, TOKEN_END};
use crate::catalog::{PROVIDER_MARKERS, PROVIDER_RULES, ProviderRule, TEXT_RULES, TextRule};
use crate::{Code, EnhancedCode, Line, Reply};
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use once_cell::race::OnceBox;

/// A byte of the reply: a line and a byte of its text. Ordered as the text is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Source {
    pub line: u32,
    pub at: u32,
}

/// A text rule that matched: which rule, where its phrases lie in the normal form, and the
/// source bytes of its first and last letter (the evidence shown to the reader).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TextHit {
    pub rule: &'static TextRule,
    /// The rule's first phrase: where its first letter is ([`Matcher::first`]).
    pub head: Found,
    pub last: Source,
}

/// A provider rule whose phrases matched, placed like a [`TextHit`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct ProviderHit {
    pub rule: &'static ProviderRule,
    pub head: Found,
    pub last: Source,
}

/// How a provider was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Recognised {
    /// The caller named the remote host.
    Host,
    /// A marker in the text.
    Marker,
    /// The reply carries one of its own codes.
    Code,
}

/// What the text says: the best specific and vague text rules, the provider and the best of
/// its rules.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Hits {
    pub specific: Option<TextHit>,
    pub vague: Option<TextHit>,
    pub provider: Option<(usize, Recognised)>,
    pub by_provider: Option<ProviderHit>,
}

/// One phrase found: its pattern, its length in the normal form, the source of its last
/// letter, and how many bytes of normal form lie from its first letter to its last (its
/// first letter is looked for only when needed: [`Context::first`]).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Found {
    pub pattern: u32,
    pub len: u16,
    pub width: u16,
    pub last: Source,
}

/// Which part of the rule space a rule is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Provider,
    Marker,
}

/// A pattern used as the first (or only) phrase of a rule, with what choosing needs to know of
/// the rule without looking it up: its row in the rule space, its kind, whether it is its only
/// phrase, and for a text rule its strength and the code it asks for. A pattern used only as a
/// later phrase of rules has no uses: those phrases are looked for by [`Matcher::in_order`].
#[derive(Clone, Copy, Debug)]
struct Use {
    rule: u32,
    kind: Kind,
    single: bool,
    specific: bool,
    with_code: Option<Code>,
}

/// A rule that matched, before it is placed: its row in the rule space, the normal form its
/// phrases cover, its first phrase (an index into what was found) and its last letter.
#[derive(Clone, Copy, Debug)]
struct Cand {
    index: usize,
    covered: u32,
    at: usize,
    last: Source,
}

impl Cand {
    /// Better than `other` within the same strength: the longer match, then the earlier one,
    /// then the rule listed first.
    fn beats(&self, other: &Cand, ctx: &Context<'_, '_>) -> bool {
        if self.covered != other.covered {
            return self.covered > other.covered;
        }
        if self.at != other.at {
            let (a, b) = (ctx.first(self.at), ctx.first(other.at));
            if a != b {
                return a < b;
            }
        }
        self.index < other.index
    }
}

/// What choosing needs besides the rules: the reply and what was found.
struct Context<'r, 'f> {
    lines: &'r [Line<'r>],
    dfa: Option<&'r Dfa>,
    found: &'f [Found],
    /// A bit per pattern found (its id modulo 64): a rule whose other phrases' bits are not
    /// all set cannot match, which most rules of several phrases learn from this alone.
    seen: u64,
}

impl Context<'_, '_> {
    /// The source of the first letter of `found[k]`.
    fn first(&self, k: usize) -> Source {
        self.found.get(k).map_or(Source::default(), |f| {
            self.dfa.map_or(f.last, |dfa| back(self.lines, dfa, f))
        })
    }

    /// The first phrase of `c`, as found.
    fn head(&self, c: &Cand) -> Found {
        self.found.get(c.at).copied().unwrap_or_default()
    }
}

/// A reply matches a handful of phrases; past this many the rest are not kept (bounded work
/// on hostile input), the earliest having been kept.
pub(crate) const MAX_FOUND: usize = 16;

/// The automaton and, per pattern, the rules whose phrases it is.
pub(crate) struct Matcher {
    /// The phrases, one per pattern (for tests that check the scan against a plain search).
    #[cfg(test)]
    pub phrases: Vec<&'static str>,
    /// `None` only if the automaton could not be built; then no phrase matches and codes
    /// alone decide.
    dfa: Option<Dfa>,
    /// Every use of every pattern as a rule's first phrase, grouped by pattern.
    uses: Vec<Use>,
    /// Per pattern: its range of `uses`.
    use_ranges: Vec<(u32, u32)>,
    /// Per pattern: its use when it has exactly one, as most have (one lookup, not two).
    lone: Vec<Option<Use>>,
    /// Per rule: the pattern of each of its phrases.
    patterns: Vec<Vec<u32>>,
    /// The code rules by code (kept here: built once, like the automaton).
    codes: super::CodeRuleIndex,
    /// Per class (2, 4, 5) and subject (0–7): a bit per detail below 32 that a provider's
    /// own code has, and bit 32 for any detail above (other subjects are not filtered); most replies carry a standard code, which
    /// this answers without a search of the providers' codes.
    vendor: [[u64; 8]; 6],
}

static MATCHER: OnceBox<Matcher> = OnceBox::new();

/// The matcher over the catalog's text rules, built on first use.
pub(crate) fn matcher() -> &'static Matcher {
    MATCHER.get_or_init(|| Box::new(Matcher::new()))
}

/// The bits of [`Matcher::vendor_code`]'s filter.
fn vendor_bits() -> [[u64; 8]; 6] {
    let mut bits = [[0u64; 8]; 6];
    for v in crate::VendorCode::all().iter() {
        let (from, to) = (v.code, v.through.unwrap_or(v.code));
        let Some(row) = bits
            .get_mut(usize::from(from.class))
            .and_then(|r| r.get_mut(usize::from(from.subject)))
        else {
            continue; // a subject past 7: not filtered
        };
        if from.subject != to.subject {
            // A range across subjects: let every code of the class be looked for.
            for r in bits.get_mut(usize::from(from.class)).into_iter().flatten() {
                *r = u64::MAX;
            }
            continue;
        }
        for d in from.detail..=to.detail.min(from.detail.saturating_add(40)) {
            *row |= 1 << d.min(32);
        }
        if to.detail >= 32 {
            *row |= 1 << 32;
        }
    }
    bits
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
        let mut ids: BTreeMap<&'static str, usize> = BTreeMap::new();
        let mut patterns = Vec::with_capacity(count);
        for ri in 0..count {
            let rule = rule_phrases(ri);
            let mut own = Vec::with_capacity(rule.len());
            for (pi, &p) in rule.iter().enumerate() {
                let id = *ids.entry(p).or_insert_with(|| {
                    phrases.push(p);
                    uses.push(Vec::new());
                    phrases.len() - 1
                });
                uses[id].push((ri as u32, pi as u32));
                own.push(id as u32);
            }
            patterns.push(own);
        }
        let (t, p) = (TEXT_RULES.len(), PROVIDER_RULES.len());
        let mut flat = Vec::new();
        let mut use_ranges = Vec::with_capacity(uses.len());
        for list in &uses {
            let from = flat.len() as u32;
            for &(ri, _) in list.iter().filter(|&&(_, pi)| pi == 0) {
                let i = ri as usize;
                let text = TEXT_RULES.get(i);
                let kind = if text.is_some() {
                    Kind::Text
                } else if i < t + p {
                    Kind::Provider
                } else {
                    Kind::Marker
                };
                flat.push(Use {
                    rule: ri,
                    kind,
                    single: rule_phrases(i).len() == 1,
                    specific: text.is_some_and(|r| r.specific),
                    with_code: text.and_then(|r| r.with_code),
                });
            }
            use_ranges.push((from, flat.len() as u32));
        }
        let lone = use_ranges
            .iter()
            .map(|&(from, to)| (to == from + 1).then(|| flat[from as usize]))
            .collect();
        let uses = flat;
        let bytes: Vec<&[u8]> = phrases.iter().map(|p| p.as_bytes()).collect();
        let dfa = Dfa::new(&bytes);
        Matcher {
            #[cfg(test)]
            phrases,
            dfa,
            uses,
            use_ranges,
            lone,
            patterns,
            codes: super::CodeRuleIndex::new(),
            vendor: vendor_bits(),
        }
    }

    /// The provider's own code `code` is, if it is one ([`crate::VendorCode::find`]).
    pub(crate) fn vendor_code(&self, code: EnhancedCode) -> Option<&'static crate::VendorCode> {
        // Subjects past 7 are not IANA's: only a provider's own code has one.
        let bits = self
            .vendor
            .get(usize::from(code.class))
            .and_then(|r| r.get(usize::from(code.subject)))
            .copied()
            .unwrap_or(u64::MAX);
        if bits & (1 << code.detail.min(32)) == 0 {
            return None;
        }
        crate::VendorCode::find(code)
    }

    /// The rule on `code`, if there is one.
    pub(crate) fn code_rule(&self, code: Code) -> Option<&'static crate::catalog::CodeRule> {
        self.codes.get(code)
    }

    /// The source of the first letter of what was found as `f` in `reply`: looked for only
    /// for the evidence of the rule that wins, and for ties.
    pub(crate) fn first(&self, lines: &[Line<'_>], f: &Found) -> Source {
        match &self.dfa {
            Some(dfa) => back(lines, dfa, f),
            None => f.last,
        }
    }

    /// The automaton (for tests).
    #[cfg(test)]
    pub(crate) fn dfa(&self) -> &Dfa {
        self.dfa.as_ref().expect("the automaton is built")
    }

    /// Runs `f` on every phrase in the normal form of `reply`'s lines, in the order their
    /// ends are read (on the stack: no allocation, nothing copied out).
    pub(crate) fn scan<T>(&self, lines: &[Line<'_>], f: impl FnOnce(&[Found]) -> T) -> T {
        let mut found = [Found::default(); MAX_FOUND];
        let n = self.scan_into(lines, &mut found);
        f(found.get(..n).unwrap_or_default())
    }

    /// The loop of [`Matcher::scan`]: reads every line's bytes once through the automaton and
    /// writes what it finds into `found`; returns how many.
    ///
    /// The normal form is made on the way: the class table folds case and makes every
    /// separator a space, and the automaton reads a run of spaces as one. An address (a token
    /// with an `@`) must not take part in a match: an `@` leads the automaton to a state of
    /// its own, among the matching ones so that the loop's one comparison catches it; then
    /// what was found inside the token is dropped, the rest of the token is skipped, and
    /// reading goes on as after a space (no phrase holds an `@`, so the state before the
    /// address does not matter).
    #[inline(never)]
    fn scan_into(&self, lines: &[Line<'_>], found: &mut [Found; MAX_FOUND]) -> usize {
        let Some(dfa) = &self.dfa else {
            return 0;
        };
        let classes = &dfa.classes;
        let match_min = dfa.match_min;
        let mut n = 0;
        let mut sid = 0;
        for (line, l) in lines.iter().enumerate() {
            // Line indexes and byte offsets fit: a reply is at most `Reply::MAX_LINES` lines
            // of `Reply::MAX_BYTES` bytes.
            let line = line as u32;
            let text = l.text().as_bytes();
            // Lines are joined by a space.
            sid = dfa.next(sid, TOKEN_END);
            let mut i = 0;
            loop {
                // Eight bytes a round while nothing happens (one comparison a byte for
                // "anything to do").
                while let Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) = text.get(i..i + 8) {
                    let mut s = sid;
                    let mut k = 0;
                    for b in [b0, b1, b2, b3, b4, b5, b6, b7] {
                        let t = dfa.next(s, classes[usize::from(b)]);
                        if t >= match_min {
                            break;
                        }
                        s = t;
                        k += 1;
                    }
                    (sid, i) = (s, i + k);
                    if k < 8 {
                        break;
                    }
                }
                // One at a time: the byte that needs attention, or the last few of the line.
                while let Some(&b) = text.get(i) {
                    sid = dfa.next(sid, classes[usize::from(b)]);
                    if sid >= match_min {
                        break;
                    }
                    i += 1;
                }
                if i >= text.len() {
                    break;
                }
                if sid == dfa.at_state {
                    // The token began after the last token end before the `@`.
                    let start = text
                        .get(..i)
                        .unwrap_or_default()
                        .iter()
                        .rposition(|&b| classes[usize::from(b)] == TOKEN_END)
                        .map_or(0, |p| p + 1);
                    while n > 0
                        && found
                            .get(n - 1)
                            .is_some_and(|f| f.last.line == line && f.last.at as usize >= start)
                    {
                        n -= 1;
                    }
                    while text
                        .get(i)
                        .is_some_and(|&b| classes[usize::from(b)] != TOKEN_END)
                    {
                        i += 1;
                    }
                    sid = dfa.after_space;
                    continue;
                }
                n = Self::matched(dfa, sid, line, i, found, n);
                i += 1;
            }
            // The end of a line is a separator.
            sid = dfa.next(sid, TOKEN_END);
            if sid >= match_min {
                n = Self::matched(dfa, sid, line, text.len(), found, n);
            }
        }
        n
    }

    /// Records every pattern that ends at byte `at` of line `line` (in state `sid`).
    #[inline(always)]
    fn matched(
        dfa: &Dfa,
        sid: u32,
        line: u32,
        at: usize,
        found: &mut [Found; MAX_FOUND],
        mut n: usize,
    ) -> usize {
        for o in dfa.matches(sid) {
            let Some(slot) = found.get_mut(n) else {
                return n;
            };
            *slot = Found {
                pattern: o.pattern,
                len: o.len,
                width: o.width,
                last: Source {
                    line,
                    at: (at as u32).saturating_sub(o.back),
                },
            };
            n += 1;
        }
        n
    }

    /// What the text of `reply` says, for a reply carrying `codes` (the generic enhanced code
    /// and the reply code, for [`TextRule::with_code`]) and `enhanced` (as sent, for
    /// provider rules); `known` is the provider the caller named (by its host) and `by_code`
    /// the one whose own code the reply carries: the host first, then a marker in the text,
    /// then the code decide whose rules apply.
    #[inline(always)]
    pub(crate) fn best(
        &self,
        reply: &Reply<'_>,
        codes: &[Option<Code>; 2],
        enhanced: Option<EnhancedCode>,
        known: Option<usize>,
        by_code: Option<usize>,
    ) -> Hits {
        let lines = reply.lines();
        self.scan(lines, |found| {
            let ctx = Context {
                lines,
                dfa: self.dfa.as_ref(),
                found,
                seen: found.iter().fold(0, |m, f| m | bit(f.pattern)),
            };
            self.choose(&ctx, codes, enhanced, known, by_code)
        })
    }

    /// Where the rule of `u` matched, given that its first phrase was found as `found[k]`:
    /// `None` unless its other phrases follow.
    #[inline(always)]
    fn candidate(&self, u: &Use, k: usize, ctx: &Context<'_, '_>) -> Option<Cand> {
        if u.single {
            let f = ctx.found.get(k)?;
            Some(Cand {
                index: u.rule as usize,
                covered: u32::from(f.len),
                at: k,
                last: f.last,
            })
        } else {
            self.in_order(u.rule as usize, k, ctx)
        }
    }

    /// The uses of pattern `p` as a first phrase.
    #[inline(always)]
    fn uses_of(&self, p: u32) -> &[Use] {
        if let Some(Some(u)) = self.lone.get(p as usize) {
            return core::slice::from_ref(u);
        }
        let (from, to) = self.use_ranges.get(p as usize).copied().unwrap_or_default();
        self.uses
            .get(from as usize..to as usize)
            .unwrap_or_default()
    }

    /// The best specific and vague text rules, the provider and its best rule, of the rules
    /// whose phrases are `found`.
    #[inline(always)]
    fn choose(
        &self,
        ctx: &Context<'_, '_>,
        codes: &[Option<Code>; 2],
        enhanced: Option<EnhancedCode>,
        known: Option<usize>,
        by_code: Option<usize>,
    ) -> Hits {
        let (t, p) = (TEXT_RULES.len(), PROVIDER_RULES.len());
        // One pass for the markers and the text rules; provider rules wait until the markers
        // have said whose reply it is, and are looked at again only if a phrase of one was
        // found.
        let mut marker: Option<(usize, Cand)> = None;
        let (mut specific, mut vague): (Option<Cand>, Option<Cand>) = (None, None);
        let mut provider_phrases = false;
        for (k, f) in ctx.found.iter().enumerate() {
            for u in self.uses_of(f.pattern) {
                match u.kind {
                    Kind::Text => {
                        if u.with_code.is_some_and(|c| !codes.contains(&Some(c))) {
                            continue;
                        }
                        let Some(c) = self.candidate(u, k, ctx) else {
                            continue;
                        };
                        let slot = if u.specific {
                            &mut specific
                        } else {
                            &mut vague
                        };
                        if slot.is_none_or(|best| c.beats(&best, ctx)) {
                            *slot = Some(c);
                        }
                    }
                    Kind::Provider => provider_phrases = true,
                    Kind::Marker => {
                        let Some(m) = (u.rule as usize)
                            .checked_sub(t + p)
                            .and_then(|m| PROVIDER_MARKERS.get(m))
                        else {
                            continue;
                        };
                        if let Some(c) = self.candidate(u, k, ctx)
                            && marker.is_none_or(|(_, best)| ctx.first(c.at) < ctx.first(best.at))
                        {
                            marker = Some((usize::from(m.1), c));
                        }
                    }
                }
            }
        }
        let provider = match (known, marker, by_code) {
            (Some(k), _, _) => Some((k, Recognised::Host)),
            (None, Some(_), _) => marker.map(|(m, _)| (m, Recognised::Marker)),
            (None, None, Some(c)) => Some((c, Recognised::Code)),
            (None, None, None) => None,
        };
        let mut by_provider = None;
        if let Some((whose, _)) = provider.filter(|_| provider_phrases) {
            for (k, f) in ctx.found.iter().enumerate() {
                for u in self.uses_of(f.pattern) {
                    if u.kind != Kind::Provider {
                        continue;
                    }
                    let Some(rule) = (u.rule as usize)
                        .checked_sub(t)
                        .and_then(|i| PROVIDER_RULES.get(i))
                    else {
                        continue;
                    };
                    if whose != usize::from(rule.provider) || !rule.code_fits(enhanced, codes[1]) {
                        continue;
                    }
                    let Some(c) = self.candidate(u, k, ctx) else {
                        continue;
                    };
                    if by_provider.is_none_or(|(_, best): (_, Cand)| c.beats(&best, ctx)) {
                        by_provider = Some((rule, c));
                    }
                }
            }
        }
        let text_hit = |c: Cand| {
            TEXT_RULES.get(c.index).map(|rule| TextHit {
                rule,
                head: ctx.head(&c),
                last: c.last,
            })
        };
        Hits {
            specific: specific.and_then(text_hit),
            vague: vague.and_then(text_hit),
            provider,
            by_provider: by_provider.map(|(rule, c)| ProviderHit {
                rule,
                head: ctx.head(&c),
                last: c.last,
            }),
        }
    }

    /// A rule of several phrases whose first phrase was found as `found[k]`: the others, each
    /// after the one before, taking the earliest that fits.
    fn in_order(&self, index: usize, k: usize, ctx: &Context<'_, '_>) -> Option<Cand> {
        let first = ctx.found.get(k)?;
        let rest = self.patterns.get(index)?.get(1..)?;
        if rest.iter().any(|&p| ctx.seen & bit(p) == 0) {
            return None;
        }
        let mut covered = u32::from(first.len);
        let mut last = first.last;
        for &want in rest {
            // After the one before: its first letter past the other's last (the space
            // between them may be the one both phrases carry). A phrase that ends no later
            // cannot begin later: only then is its first letter looked for.
            let (_, next) = ctx
                .found
                .iter()
                .enumerate()
                .filter(|(j, f)| f.pattern == want && f.last > last && ctx.first(*j) > last)
                .min_by_key(|(_, f)| f.last)?;
            covered += u32::from(next.len);
            last = next.last;
        }
        Some(Cand {
            index,
            covered,
            at: k,
            last,
        })
    }
}

/// The bit of pattern `p` in [`Context::seen`].
#[inline(always)]
fn bit(p: u32) -> u64 {
    1 << (p & 63)
}

/// The source of the first letter of phrase `f` in `reply`. Only called for a rule that may
/// win, never in the hot loop.
#[inline(always)]
fn back(lines: &[Line<'_>], dfa: &Dfa, f: &Found) -> Source {
    let text = lines
        .get(f.last.line as usize)
        .map_or(&[][..], |l| l.text().as_bytes());
    let spaces = dfa.spaces(f.pattern);
    // Most often the words lie one separator apart on one line: then the first letter is
    // `width` bytes back. The automaton has read, going back from the last letter, each
    // word's letters and a run of separators before it; the run is one byte exactly when the
    // byte before the place the phrase has its space is a letter. So one byte a space
    // checks it, not one a letter.
    let end = f.last.at as usize + 1;
    if let Some(from) = end.checked_sub(usize::from(f.width))
        && let Some(window) = text.get(from..end)
        && spaces.iter().all(|&s| {
            window
                .get(usize::from(s).wrapping_sub(1))
                .is_some_and(|&b| dfa.classes[usize::from(b)] > SEPARATOR)
        })
    {
        return Source {
            line: f.last.line,
            at: from as u32,
        };
    }
    back_over_letters(lines, dfa, f, spaces.len())
}

/// [`back`] where the words are more than one separator apart, or on several lines: walks
/// back over the phrase's letters (every byte of normal form but its `spaces`); separators,
/// however many, and line breaks are its spaces.
#[cold]
#[inline(never)]
fn back_over_letters(lines: &[Line<'_>], dfa: &Dfa, f: &Found, spaces: usize) -> Source {
    let bytes = |line: usize| lines.get(line).map_or(&[][..], |l| l.text().as_bytes());
    let mut need = usize::from(f.width).saturating_sub(spaces).max(1);
    let mut line = f.last.line as usize;
    let mut end = f.last.at as usize + 1;
    loop {
        let text = bytes(line);
        for (i, &b) in text.get(..end).unwrap_or_default().iter().enumerate().rev() {
            if dfa.classes[usize::from(b)] > SEPARATOR {
                need -= 1;
                if need == 0 {
                    return Source {
                        line: line as u32,
                        at: i as u32,
                    };
                }
            }
        }
        if line == 0 {
            return f.last;
        }
        line -= 1;
        end = bytes(line).len();
    }
}
