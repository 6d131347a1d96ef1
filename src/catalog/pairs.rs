//! Look-alike pairs (`data/pairs/pairs.yaml`): for codes people confuse, the question that
//! tells them apart and, for each, the situation that produces it and what to do next.
//! [`crate::Comparison::contrast`] finds the one for two codes; the comparison page uses it.

use super::generated::{PAIR_TEXTS, PAIRS};
use super::{Locale, Reference};
use crate::Code;

/// A curated look-alike pair and its hand-written contrast, in every shipped language.
///
/// ```
/// use smtp_codes::{Code, Contrast, Locale};
/// let (a, b): (Code, Code) = ("421".parse().unwrap(), "503".parse().unwrap());
/// let c = Contrast::find(a, b).unwrap();
/// assert!(c.question(Locale::En).ends_with('?'));
/// assert!(c.situation(b, Locale::En).unwrap().contains("wrong point"));
/// ```
#[derive(Debug)]
pub struct Contrast {
    pub(crate) a: Code,
    pub(crate) b: Code,
    pub(crate) references: &'static [Reference],
}

/// Whether the pair's code `want` stands for the compared code `c`: the same reply code; an
/// enhanced code written `X.s.d` for that detail in any class, or with its class for exactly
/// that code.
fn stands_for(want: Code, c: Code) -> bool {
    match (want, c) {
        (Code::Reply(w), Code::Reply(r)) => w == r,
        (Code::Enhanced(w), Code::Enhanced(e)) if w.class == 0 => e.generic() == w,
        (Code::Enhanced(w), Code::Enhanced(e)) => w == e,
        _ => false,
    }
}

impl Contrast {
    /// Every curated pair, in the order of the data.
    pub fn all() -> &'static [Contrast] {
        &PAIRS
    }

    /// The contrast for `a` and `b`, in either order.
    pub fn find(a: Code, b: Code) -> Option<&'static Contrast> {
        PAIRS.iter().find(|p| {
            (stands_for(p.a, a) && stands_for(p.b, b)) || (stands_for(p.a, b) && stands_for(p.b, a))
        })
    }

    fn row(&self) -> usize {
        PAIRS
            .iter()
            .position(|p| core::ptr::eq(p, self))
            .unwrap_or(0)
    }

    fn text(&self, locale: Locale, field: usize) -> &'static str {
        PAIR_TEXTS[locale as usize]
            .get(self.row())
            .map_or("", |t| t[field % 6])
    }

    /// The two codes as the data writes them (`421`, `X.1.1`, `4.7.1`).
    pub fn codes(&self) -> (Code, Code) {
        (self.a, self.b)
    }

    /// The yes/no question whose answer differs between the two.
    pub fn question(&self, locale: Locale) -> &'static str {
        self.text(locale, 0)
    }

    /// The answer for both: what tells them apart.
    pub fn contrast(&self, locale: Locale) -> &'static str {
        self.text(locale, 1)
    }

    /// What makes a server send `code` (one of the pair), from the server's side.
    pub fn situation(&self, code: Code, locale: Locale) -> Option<&'static str> {
        self.side(code).map(|s| self.text(locale, 2 + 2 * s))
    }

    /// What the client or its administrator does after `code` (one of the pair).
    pub fn next_step(&self, code: Code, locale: Locale) -> Option<&'static str> {
        self.side(code).map(|s| self.text(locale, 3 + 2 * s))
    }

    /// The sources the texts rest on.
    pub fn references(&self) -> &'static [Reference] {
        self.references
    }

    /// 0 for the pair's first code, 1 for its second.
    fn side(&self, code: Code) -> Option<usize> {
        if stands_for(self.a, code) {
            Some(0)
        } else if stands_for(self.b, code) {
            Some(1)
        } else {
            None
        }
    }
}
