//! The automaton the matcher reads replies with: an Aho-Corasick automaton over the phrases'
//! normal form, made a dense DFA over byte classes, with the normalisation built in.
//!
//! Why our own and not `aho-corasick`'s DFA: the matcher feeds it raw reply bytes, and the
//! normal form (case folded, every run of separators one space; see `normalize.rs`) has to be
//! made on the way. Here the class table does the case folding and maps every separator to the
//! space class, and every state whose string ends in a space loops to itself on a space, so a
//! run of separators reads as the one space the normal form has: the hot loop is one class
//! lookup, one transition and one comparison a byte, with no copy of the text, no bounds
//! checks in the transition (ids are premultiplied and the table is complete), and no dispatch
//! beyond the two rare classes (a token's end, an `@`).
//!
//! Matching states come last in the numbering, so "is this a match" is one comparison.

use super::normalize::fold;
use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::vec;
use alloc::vec::Vec;

/// The class of a byte that ends a token (space, `<`, `,` …): a space for the automaton, and
/// where an address may begin (the matcher looks back for it when it meets an `@`).
pub(crate) const TOKEN_END: u8 = 0;
/// The class of `@`: the token it is in is an address, which no phrase may touch.
pub(crate) const AT: u8 = 1;
/// The class of every other separator (`.`, `:`, `-` …): a space for the automaton.
pub(crate) const SEPARATOR: u8 = 2;
/// The class of letters, digits and non-ASCII bytes that no phrase contains.
const OTHER: u8 = 3;

/// Entries of the transition table: room for the catalog's automaton (27,836 states × 40
/// classes, measured at the sixth round) with room to grow; a test keeps the catalog under
/// it. The table is allocated zeroed, so pages past the states in use are never touched.
pub(crate) const TABLE: usize = 1 << 21;

/// A dense DFA over byte classes, with premultiplied state ids.
pub(crate) struct Dfa {
    /// Per input byte: its class.
    pub classes: [u8; 256],
    /// Classes per state: the stride of `trans`.
    stride: usize,
    /// `trans[id + class]`: the next state's id (a state's id is its index times `stride`).
    /// Of a fixed size, so that an index masked to it needs no bounds check in the hot loop;
    /// the entries past the last state are never reached (they lead to the root).
    trans: Box<[u32; TABLE]>,
    /// States in use.
    #[cfg_attr(not(test), allow(dead_code))]
    states: usize,
    /// Ids at or above this are matching states.
    pub match_min: u32,
    /// Per matching state (index `(id - match_min) / stride`): the range of `outputs` that
    /// holds the patterns ending there, longest first.
    ends: Vec<(u32, u32)>,
    outputs: Vec<Output>,
    /// Per pattern: its range of `space_at`.
    space_ranges: Vec<(u32, u32)>,
    /// The offsets of the spaces between a pattern's words, from its first letter.
    space_at: Vec<u16>,
    /// The id of the state after the first space: where reading starts again after an address.
    pub after_space: u32,
    /// The id of the state an `@` leads to (a "matching" state with no phrase).
    pub at_state: u32,
}

/// A pattern that ends in a matching state, with what the matcher records of it (worked out
/// once here, not at every match).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Output {
    pub pattern: u32,
    /// Its length in the normal form (the build keeps phrases far shorter).
    pub len: u16,
    /// The bytes of normal form from its first letter to its last (spaces included).
    pub width: u16,
    /// How far its last letter lies before the byte it ends on: 1 for a phrase that ends in
    /// a space (its last word whole; the space is the separator read after the letter), 0 for
    /// one that runs on (`word*`).
    pub back: u32,
}

impl Dfa {
    /// The DFA of `phrases`, each in the normal form (`normalize_phrase`).
    /// `None` only if the table cannot be allocated or the phrases need more states than it
    /// holds (a test keeps the catalog well within it).
    pub(crate) fn new(phrases: &[&[u8]]) -> Option<Dfa> {
        // Classes: the four fixed ones, then one per byte the phrases use besides the space.
        let mut class_of = [OTHER; 256];
        let mut next_class = OTHER + 1;
        for p in phrases {
            for &b in p.iter() {
                if b != b' ' && class_of[usize::from(b)] == OTHER {
                    class_of[usize::from(b)] = next_class;
                    next_class += 1;
                }
            }
        }
        let stride = usize::from(next_class);
        let space_class = SEPARATOR;
        let mut classes = [OTHER; 256];
        for (b, c) in classes.iter_mut().enumerate() {
            let byte = b as u8;
            *c = match byte {
                b'@' => AT,
                _ if super::normalize::SCAN_TABLE[b] == 0 => TOKEN_END,
                _ => match fold(byte) {
                    b' ' => SEPARATOR,
                    f => class_of[usize::from(f)],
                },
            };
        }
        let class = |b: u8| {
            if b == b' ' {
                space_class
            } else {
                class_of[usize::from(b)]
            }
        };

        // The trie, written straight into the table as rows of node ids (not yet
        // premultiplied): 0 is "no child" (the root is no node's child). Building in the one
        // table the scan reads, row by row, keeps the memory touched to that table (the build
        // is what the first diagnosis of a process waits for).
        let mut trans: Box<[u32; TABLE]> = vec![0u32; TABLE].into_boxed_slice().try_into().ok()?;
        // Nodes, twins (below) and the address state must all fit.
        let cap = TABLE / stride;
        let mut space = vec![false];
        let mut outs: Vec<Vec<u32>> = vec![Vec::new()];
        let mut lens = Vec::with_capacity(phrases.len());
        for (id, p) in phrases.iter().enumerate() {
            lens.push(p.len() as u32);
            let mut at = 0usize;
            for &b in p.iter() {
                let slot = at * stride + usize::from(class(b));
                at = match trans.get(slot).copied().unwrap_or(0) {
                    0 if space.len() + 1 >= cap => return None,
                    0 => {
                        let n = space.len();
                        space.push(b == b' ');
                        outs.push(Vec::new());
                        if let Some(t) = trans.get_mut(slot) {
                            *t = n as u32;
                        }
                        n
                    }
                    n => n as usize,
                };
            }
            outs[at].push(id as u32);
        }
        let nodes = space.len();

        // Fail links and complete rows, breadth first (a node's fail link is shallower, so
        // its row is complete when the node's is made): a class with no child leads where
        // the fail link's row does.
        let mut fail = vec![0u32; nodes];
        let mut queue = VecDeque::new();
        queue.extend((0..stride).filter_map(|c| match trans[c] {
            0 => None,
            n => Some(n as usize),
        }));
        while let Some(s) = queue.pop_front() {
            let f = fail[s] as usize;
            if !outs[f].is_empty() {
                let inherited = outs[f].clone();
                outs[s].extend(inherited);
            }
            for c in 0..stride {
                let via_fail = trans[f * stride + c];
                let slot = &mut trans[s * stride + c];
                if *slot == 0 {
                    *slot = via_fail;
                } else {
                    fail[*slot as usize] = via_fail;
                    queue.push_back(*slot as usize);
                }
            }
        }

        // Columns that are spaces: the token end and the separator read as the space; a run
        // of them is one space: a state that ends in a space stays there on a space. A
        // matching one cannot (it would report its phrases again at every separator of the
        // run): it moves to its twin, the same state without the match. `@` and the bytes no
        // phrase holds lead back to the root (the matcher handles `@` itself).
        let twin_of: Vec<usize> = (0..nodes)
            .filter(|&s| space[s] && !outs[s].is_empty())
            .collect();
        let states = nodes + twin_of.len();
        if states + 1 > cap {
            return None;
        }
        for (k, &s) in twin_of.iter().enumerate() {
            let t = nodes + k;
            trans.copy_within(s * stride..(s + 1) * stride, t * stride);
            outs.push(Vec::new());
        }
        for s in 0..states {
            let row = s * stride;
            let on_space = if s >= nodes {
                s as u32
            } else if space.get(s) == Some(&true) {
                match twin_of.binary_search(&s) {
                    Ok(k) => (nodes + k) as u32,
                    Err(_) => s as u32,
                }
            } else {
                trans[row + usize::from(space_class)]
            };
            trans[row + usize::from(SEPARATOR)] = on_space;
            trans[row + usize::from(TOKEN_END)] = on_space;
            trans[row + usize::from(AT)] = states as u32; // the address state, below
            trans[row + usize::from(OTHER)] = 0;
        }

        // One more state: where an `@` leads, from every state. It counts as a matching state
        // (it is numbered last, among them) with no phrase, so that the hot loop's one
        // comparison also catches the rare `@`; the matcher handles it. Its row is all root.
        outs.push(Vec::new());
        let states = states + 1;

        // Number the states: the root first, matching states next to last, the address state
        // last; then premultiply the ids and move each row to its number (in place, cycle by
        // cycle).
        let matching = |s: usize| s + 1 == states || !outs[s].is_empty();
        let mut index = vec![0u32; states];
        let mut next = 0u32;
        let mut match_min = 0;
        for pass in [false, true] {
            if pass {
                // The first matching state's number.
                match_min = next;
            }
            for (s, i) in index.iter_mut().enumerate() {
                if matching(s) == pass && s + 1 != states {
                    *i = next;
                    next += 1;
                }
            }
        }
        index[states - 1] = next;
        let stride32 = stride as u32;
        for t in trans.iter_mut().take(states * stride) {
            *t = index[*t as usize] * stride32;
        }
        let mut placed = vec![false; states];
        let mut buf = vec![0u32; stride];
        for s in 0..states {
            if placed[s] {
                continue;
            }
            buf.copy_from_slice(&trans[s * stride..(s + 1) * stride]);
            let mut cur = s;
            loop {
                let dst = index[cur] as usize;
                placed[dst] = true;
                if dst == s {
                    trans[s * stride..(s + 1) * stride].copy_from_slice(&buf);
                    break;
                }
                buf.swap_with_slice(&mut trans[dst * stride..(dst + 1) * stride]);
                cur = dst;
            }
        }
        let match_min = match_min * stride32;
        let mut by_number: Vec<usize> = (0..states).filter(|&s| matching(s)).collect();
        by_number.sort_unstable_by_key(|&s| index[s]);
        let mut ends = Vec::with_capacity(by_number.len());
        let mut outputs = Vec::new();
        for s in by_number {
            let mut out = core::mem::take(&mut outs[s]);
            out.sort_by_key(|&p| core::cmp::Reverse(lens[p as usize]));
            let from = outputs.len() as u32;
            outputs.extend(out.into_iter().map(|p| {
                let len = lens[p as usize];
                // A phrase carries a space before its first word, and after its last
                // unless it runs on.
                let closed = phrases[p as usize].ends_with(b" ");
                let back = u32::from(closed);
                Output {
                    pattern: p,
                    len: u16::try_from(len).unwrap_or(u16::MAX),
                    width: u16::try_from(len.saturating_sub(1 + back)).unwrap_or(u16::MAX),
                    back,
                }
            }));
            ends.push((from, outputs.len() as u32));
        }
        let mut space_ranges = Vec::with_capacity(phrases.len());
        let mut space_at = Vec::new();
        for p in phrases {
            let from = space_at.len() as u32;
            // The words: past the space before the first, up to the last letter.
            let words = p.get(1..).unwrap_or_default();
            let words = words.strip_suffix(b" ").unwrap_or(words);
            for (k, &b) in words.iter().enumerate() {
                if b == b' ' {
                    space_at.push(u16::try_from(k).unwrap_or(u16::MAX));
                }
            }
            space_ranges.push((from, space_at.len() as u32));
        }
        let after_space = trans[usize::from(space_class)];
        let at_state = ((states - 1) * stride) as u32;
        Some(Dfa {
            classes,
            stride,
            trans,
            states,
            match_min,
            ends,
            outputs,
            space_ranges,
            space_at,
            after_space,
            at_state,
        })
    }

    /// The state after reading `class` in state `id`.
    #[inline(always)]
    pub(crate) fn next(&self, id: u32, class: u8) -> u32 {
        // The mask keeps any index in the table (without a check the compiler could not
        // remove); ids and classes keep it in the states in use.
        self.trans[(id as usize + usize::from(class)) & (TABLE - 1)]
    }

    /// The patterns that end in matching state `id`, longest first.
    pub(crate) fn matches(&self, id: u32) -> &[Output] {
        let k = (id - self.match_min) as usize / self.stride;
        let (from, to) = self.ends.get(k).copied().unwrap_or((0, 0));
        self.outputs
            .get(from as usize..to as usize)
            .unwrap_or_default()
    }

    /// The offsets of the spaces between the words of `pattern`, from its first letter.
    pub(crate) fn spaces(&self, pattern: u32) -> &[u16] {
        let (from, to) = self
            .space_ranges
            .get(pattern as usize)
            .copied()
            .unwrap_or_default();
        self.space_at
            .get(from as usize..to as usize)
            .unwrap_or_default()
    }

    /// The number of states and the size of the transition table in bytes.
    #[cfg(test)]
    pub(crate) fn size(&self) -> (usize, usize) {
        (self.states, self.states * self.stride * 4)
    }
}
