//! The text matcher: every phrase of every text rule in one Aho-Corasick automaton, run once
//! over a reply's normalised text; rules with several phrases are then checked for order.

use super::normalize::{Stack, normalize_into};
use crate::catalog::{TEXT_RULES, TextRule};
use crate::{Code, Reply};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use alloc::boxed::Box;
use alloc::vec::Vec;
use once_cell::race::OnceBox;

/// A text rule that matched: which rule, and the normalised bytes from its first phrase's
/// start to its last phrase's end.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TextHit {
    pub rule: &'static TextRule,
    /// Index of the rule in `TEXT_RULES`: the last tie-breaker.
    pub index: usize,
    pub start: usize,
    pub end: usize,
    /// The bytes the phrases themselves cover (what "the longer phrase wins" compares).
    pub covered: usize,
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

/// The automaton and, per pattern, the rules whose phrases it is.
pub(crate) struct Matcher {
    /// `None` only if the automaton could not be built, which the generator's checks rule
    /// out; then no phrase matches and codes alone decide.
    automaton: Option<AhoCorasick>,
    /// Per pattern: (rule index, phrase index) of every phrase it is.
    uses: Vec<Vec<(u32, u32)>>,
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
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .ok();
        Matcher {
            automaton,
            uses,
            patterns,
        }
    }

    /// The best specific and the best vague text rule that match `text` (normalised), of
    /// the rules that apply to a reply carrying `codes` (see [`TextRule::with_code`]).
    pub(crate) fn best(
        &self,
        text: &[u8],
        codes: &[Option<Code>; 2],
    ) -> (Option<TextHit>, Option<TextHit>) {
        // A reply matches a handful of phrases; past `MAX_MATCHES` the rest are not read
        // (bounded work on hostile input), the earliest having been kept.
        const MAX_MATCHES: usize = 64;
        let mut buf = [(0u32, 0usize, 0usize); MAX_MATCHES];
        let mut n = 0;
        if let Some(automaton) = &self.automaton {
            for m in automaton.find_overlapping_iter(text).take(MAX_MATCHES) {
                buf[n] = (m.pattern().as_u32(), m.start(), m.end());
                n += 1;
            }
        }
        let found = &buf[..n];
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
        for &(pattern, start, end) in found {
            for &(ri, pi) in self.uses.get(pattern as usize).into_iter().flatten() {
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
                        start,
                        end,
                        covered: end - start,
                    });
                } else if pi == 0
                    && let Some(hit) = self.in_order(index, rule, start, end, found)
                {
                    consider(hit);
                }
            }
        }
        (specific, vague)
    }

    /// A rule of several phrases whose first phrase matched at `start..end`: the others,
    /// each after the one before, taking the earliest that fits.
    fn in_order(
        &self,
        index: usize,
        rule: &'static TextRule,
        start: usize,
        end: usize,
        found: &[(u32, usize, usize)],
    ) -> Option<TextHit> {
        let mut pos = end;
        let mut covered = end - start;
        for &want in self.patterns.get(index)?.iter().skip(1) {
            let &(_, s, e) = found
                .iter()
                .filter(|&&(p, s, _)| p == want && s + 1 >= pos)
                .min_by_key(|&&(_, _, e)| e)?;
            covered += e - s;
            pos = e;
        }
        Some(TextHit {
            rule,
            index,
            start,
            end: pos,
            covered,
        })
    }
}

/// Runs `f` on the normal form of every line of `reply`, joined by separators: on the stack
/// when it fits (most replies), else in one exactly sized allocation.
pub(crate) fn with_normalized<T>(reply: &Reply<'_>, f: impl FnOnce(&[u8]) -> T) -> T {
    let lines = reply.lines();
    // Each byte gives at most one; an address at most two more; a separator per line.
    let need = lines.iter().map(|l| l.text().len() + 3).sum::<usize>() + 1;
    if need <= Stack::CAPACITY {
        let mut buf = Stack::new();
        for l in lines {
            normalize_into(l.text().as_bytes(), &mut buf);
        }
        f(buf.as_slice())
    } else {
        let mut buf: Vec<u8> = Vec::with_capacity(need);
        for l in lines {
            normalize_into(l.text().as_bytes(), &mut buf);
        }
        f(&buf)
    }
}
