//! The reply parser: one pass over the input finds line ends and control characters, reads
//! each line's head (reply code, separator, enhanced code) with a fast path for the common
//! shapes, and collects problems as it goes.

use super::{EnhancedSource, Line, Lines, Problem, Reply};
use crate::{EnhancedCode, ReplyCode};
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

/// The input, as text or as bytes: how a line's text is made.
pub(super) trait Source<'a> {
    fn bytes(&self) -> &'a [u8];
    /// The text of `range`, and whether it was valid UTF-8.
    fn text(&self, range: Range<usize>) -> (Cow<'a, str>, bool);
}

pub(super) struct StrSource<'a>(pub(super) &'a str);

impl<'a> Source<'a> for StrSource<'a> {
    #[inline]
    fn bytes(&self) -> &'a [u8] {
        self.0.as_bytes()
    }
    #[inline]
    fn text(&self, range: Range<usize>) -> (Cow<'a, str>, bool) {
        // The parser cuts only next to ASCII bytes or at a char boundary, so `get` succeeds.
        (Cow::Borrowed(self.0.get(range).unwrap_or_default()), true)
    }
}

pub(super) struct ByteSource<'a>(pub(super) &'a [u8]);

impl<'a> Source<'a> for ByteSource<'a> {
    #[inline]
    fn bytes(&self) -> &'a [u8] {
        self.0
    }
    #[inline]
    fn text(&self, range: Range<usize>) -> (Cow<'a, str>, bool) {
        let b = self.0.get(range).unwrap_or_default();
        match core::str::from_utf8(b) {
            Ok(s) => (Cow::Borrowed(s), true),
            Err(_) => (String::from_utf8_lossy(b), false),
        }
    }
}

/// What the head of one line holds.
#[cfg_attr(test, derive(Debug, PartialEq))]
struct Head {
    code: Option<ReplyCode>,
    last: bool,
    enhanced: Option<(EnhancedCode, EnhancedSource)>,
    /// Where the text starts, from the start of the line.
    text_start: usize,
}

#[inline]
fn is_blank(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

#[inline]
fn skip_blanks(line: &[u8], mut i: usize) -> usize {
    while line.get(i).is_some_and(|&b| is_blank(b)) {
        i += 1;
    }
    i
}

/// Reads the reply code, separator and enhanced code at the start of a line.
#[inline]
fn parse_head(line: &[u8]) -> Head {
    common_head(line).unwrap_or_else(|| general_head(line))
}

/// The head of a line in one of the common shapes, quickly: `250 OK`, `550-5.1.1 Text`,
/// `421 4.7.0 Text`, each at the start of the line with single spaces. `None` for any other
/// line; [`general_head`] reads those, and reads these the same way (tested).
#[inline(always)]
fn common_head(line: &[u8]) -> Option<Head> {
    if let [
        a @ b'2'..=b'5',
        b @ b'0'..=b'9',
        c @ b'0'..=b'9',
        sep @ (b' ' | b'-'),
        rest @ ..,
    ] = line
    {
        let code = Some(ReplyCode(
            u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'),
        ));
        let last = *sep == b' ';
        match rest {
            [
                class @ (b'2' | b'4' | b'5'),
                b'.',
                subject @ b'0'..=b'9',
                b'.',
                detail @ b'0'..=b'9',
                b' ',
                next,
                ..,
            ] if !is_blank(*next) => {
                let enhanced = EnhancedCode {
                    class: class - b'0',
                    subject: u16::from(subject - b'0'),
                    detail: u16::from(detail - b'0'),
                };
                return Some(Head {
                    code,
                    last,
                    enhanced: Some((enhanced, EnhancedSource::Rfc2034)),
                    text_start: 10,
                });
            }
            [first, ..] if !first.is_ascii_digit() && !is_blank(*first) => {
                return Some(Head {
                    code,
                    last,
                    enhanced: None,
                    text_start: 4,
                });
            }
            _ => {}
        }
    }
    None
}

/// The head of any line.
fn general_head(line: &[u8]) -> Head {
    let i = skip_blanks(line, 0);
    let rest = line.get(i..).unwrap_or_default();
    let code_sep = match rest {
        [a @ b'2'..=b'5', b @ b'0'..=b'9', c @ b'0'..=b'9', tail @ ..] => {
            let code = ReplyCode(
                u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'),
            );
            match tail.first() {
                None => Some((code, true, i + 3)),
                Some(b' ' | b'\t') => Some((code, true, i + 4)),
                Some(b'-') => Some((code, false, i + 4)),
                Some(_) => None,
            }
        }
        _ => None,
    };
    match code_sep {
        Some((code, last, after)) => {
            let at = skip_blanks(line, after);
            match enhanced_at(line, at) {
                Some((enhanced, end)) => Head {
                    code: Some(code),
                    last,
                    enhanced: Some((enhanced, EnhancedSource::Rfc2034)),
                    text_start: after_enhanced(line, end),
                },
                None => Head {
                    code: Some(code),
                    last,
                    enhanced: None,
                    text_start: after,
                },
            }
        }
        None => match enhanced_at(line, i) {
            Some((enhanced, end)) => Head {
                code: None,
                last: false,
                enhanced: Some((enhanced, EnhancedSource::Alone)),
                text_start: after_enhanced(line, end),
            },
            None => Head {
                code: None,
                last: false,
                enhanced: None,
                text_start: 0,
            },
        },
    }
}

/// Skips the colon and blanks after an enhanced code that ends at `end`.
#[inline]
fn after_enhanced(line: &[u8], end: usize) -> usize {
    let end = if line.get(end) == Some(&b':') {
        end + 1
    } else {
        end
    };
    skip_blanks(line, end)
}

/// A subject or detail at `i`: one to three digits without a leading zero, not followed by
/// another digit. Returns the number and the index after it.
#[inline]
fn number_at(b: &[u8], i: usize) -> Option<(u16, usize)> {
    let d = |k: usize| match b.get(k) {
        Some(&c @ b'0'..=b'9') => Some(u16::from(c - b'0')),
        _ => None,
    };
    let first = d(i)?;
    if first == 0 {
        return if d(i + 1).is_some() {
            None
        } else {
            Some((0, i + 1))
        };
    }
    let mut n = first;
    let mut k = i + 1;
    while let Some(x) = d(k) {
        if k == i + 3 {
            return None; // a fourth digit
        }
        n = n * 10 + x;
        k += 1;
    }
    Some((n, k))
}

/// `class.subject.detail` at `i` (class 2, 4 or 5), without checking what follows it.
#[inline]
pub(super) fn enhanced_token(b: &[u8], i: usize) -> Option<(EnhancedCode, usize)> {
    let class = match b.get(i)? {
        b'2' => 2,
        b'4' => 4,
        b'5' => 5,
        _ => return None,
    };
    if b.get(i + 1) != Some(&b'.') {
        return None;
    }
    let (subject, j) = number_at(b, i + 2)?;
    if b.get(j) != Some(&b'.') {
        return None;
    }
    let (detail, k) = number_at(b, j + 1)?;
    Some((
        EnhancedCode {
            class,
            subject,
            detail,
        },
        k,
    ))
}

/// An enhanced code at `i` in its RFC 2034 place: followed by a space, a tab, a colon or the
/// end of the line.
#[inline]
fn enhanced_at(line: &[u8], i: usize) -> Option<(EnhancedCode, usize)> {
    let (code, end) = enhanced_token(line, i)?;
    match line.get(end) {
        None | Some(b' ' | b'\t' | b':') => Some((code, end)),
        _ => None,
    }
}

/// Where the line that starts at `start` ends: the end of its text (before a CRLF, a bare LF,
/// or a CR at the end of the input), where the next line starts, and whether the text holds
/// control characters other than HT (a CR inside the line counts as one).
///
/// One scan finds both the line end and the control characters: line ends are control
/// characters too, so the scan stops at every byte below 0x20 or equal to 0x7f and decides
/// what it is.
#[inline(always)]
fn split_line(bytes: &[u8], start: usize) -> (usize, usize, bool) {
    let mut controls = false;
    let mut from = start;
    while let Some(at) = next_control(bytes, from) {
        match (bytes.get(at), bytes.get(at + 1)) {
            (Some(b'\n'), _) => return (at, at + 1, controls),
            (Some(b'\r'), Some(b'\n')) => return (at, at + 2, controls),
            (Some(b'\r'), None) => return (at, at + 1, controls),
            (Some(b'\t'), _) => {}
            _ => controls = true,
        }
        from = at + 1;
    }
    (bytes.len(), bytes.len(), controls)
}

/// The index of the first control character or HT in `bytes` at or after `from`.
///
/// Most of a line holds none, so it skips 16 bytes at a time (a fixed-size chunk compiles to
/// a few vector instructions), then finds the byte in 8-byte words. Fewer than 8 bytes at the
/// end are tested as the input's last 8 bytes; only an input shorter than that is read byte
/// by byte.
#[inline]
fn next_control(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(chunk) = bytes.get(from..).and_then(<[u8]>::first_chunk::<16>) {
        if chunk
            .iter()
            .fold(false, |acc, &c| acc | is_control_or_tab(c))
        {
            break;
        }
        from += 16;
    }
    while let Some(word) = bytes.get(from..).and_then(<[u8]>::first_chunk::<8>) {
        let found = word_controls(u64::from_le_bytes(*word));
        if found != 0 {
            return Some(from + (found.trailing_zeros() / 8) as usize);
        }
        from += 8;
    }
    if from >= bytes.len() {
        return None;
    }
    // Fewer than 8 bytes are left: test the input's last 8 bytes, with those before `from`
    // made spaces.
    match bytes.last_chunk::<8>() {
        Some(word) => {
            let before = (from + 8 - bytes.len()) * 8;
            let keep = u64::MAX << before;
            let word = (u64::from_le_bytes(*word) & keep) | (SPACES & !keep);
            let found = word_controls(word);
            (found != 0).then(|| bytes.len() - 8 + (found.trailing_zeros() / 8) as usize)
        }
        None => bytes
            .get(from..)?
            .iter()
            .position(|&c| is_control_or_tab(c))
            .map(|at| from + at),
    }
}

const SPACES: u64 = u64::from_le_bytes([b' '; 8]);

/// The top bit of each byte of the result is set where `word` holds a control character or
/// HT, exactly so for the first one (the "has less than" and "has zero" bit tricks: a borrow
/// only carries upwards, from a byte that matched).
#[inline]
fn word_controls(x: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let below_space = x.wrapping_sub(ONES * 0x20) & !x;
    let del = x ^ (ONES * 0x7f);
    let is_del = del.wrapping_sub(ONES) & !del;
    (below_space | is_del) & HIGH
}

/// Whether `c` is a control character (C0 or DEL) or HT.
#[inline]
fn is_control_or_tab(c: u8) -> bool {
    (c < 0x20) | (c == 0x7f)
}

pub(super) fn parse_with<'a, S: Source<'a>>(src: &S) -> Reply<'a> {
    let all = src.bytes();
    let mut problems = Vec::new();
    let bytes = if all.len() > Reply::MAX_BYTES {
        problems.push(Problem::Truncated {
            limit: Reply::MAX_BYTES,
        });
        // Cut before a UTF-8 continuation byte, never inside a character.
        let mut end = Reply::MAX_BYTES;
        while end > Reply::MAX_BYTES - 3 && all.get(end).is_some_and(|&b| b & 0xC0 == 0x80) {
            end -= 1;
        }
        all.get(..end).unwrap_or_default()
    } else {
        all
    };

    let mut lines = Lines::One(None);
    let mut first_code: Option<ReplyCode> = None;
    let mut final_line: Option<usize> = None;
    let mut ended_at: Option<usize> = None;
    let mut after_last_reported = false;
    let mut first_rfc: Option<EnhancedCode> = None;
    let mut first_alone: Option<EnhancedCode> = None;
    let mut codeless = false;

    let mut pos = 0;
    while pos < bytes.len() {
        let start = pos;
        let (end, next, controls) = split_line(bytes, start);
        pos = next;
        if end == start {
            continue;
        }
        let index = lines.len();
        if index == Reply::MAX_LINES {
            problems.push(Problem::TooManyLines {
                limit: Reply::MAX_LINES,
            });
            break;
        }
        let line = bytes.get(start..end).unwrap_or_default();
        let head = parse_head(line);
        let (text, valid) = src.text(start + head.text_start.min(line.len())..end);

        let len = line.len() + 2;
        if len > Reply::MAX_LINE_LEN {
            problems.push(Problem::LineTooLong { line: index, len });
        }
        if !valid {
            problems.push(Problem::NotText { line: index });
        }
        if controls {
            problems.push(Problem::ControlCharacters { line: index });
        }

        match head.code {
            Some(code) => {
                match first_code {
                    None => first_code = Some(code),
                    Some(first) if first != code => problems.push(Problem::MixedCodes {
                        first,
                        other: code,
                        line: index,
                    }),
                    Some(_) => {}
                }
                if ended_at.is_some() && !after_last_reported {
                    problems.push(Problem::ContinuationAfterLast { line: index });
                    after_last_reported = true;
                }
                if head.last && ended_at.is_none() {
                    ended_at = Some(index);
                }
                final_line = Some(index);
            }
            None => codeless = true,
        }
        let (enhanced, enhanced_source) = match head.enhanced {
            Some((e, EnhancedSource::Rfc2034)) => {
                match first_rfc {
                    None => first_rfc = Some(e),
                    Some(first) if first != e => problems.push(Problem::MixedEnhancedCodes {
                        first,
                        other: e,
                        line: index,
                    }),
                    Some(_) => {}
                }
                (Some(e), Some(EnhancedSource::Rfc2034))
            }
            // The head reader finds a code alone or at its RFC 2034 place, nothing else.
            Some((e, source)) => {
                if first_alone.is_none() {
                    first_alone = Some(e);
                }
                (Some(e), Some(source))
            }
            None => (None, None),
        };
        lines.push(Line {
            code: head.code,
            last: head.last,
            enhanced,
            enhanced_source,
            text,
        });
    }

    let all_lines = lines.as_slice();
    let final_ref = final_line.and_then(|i| all_lines.get(i));
    let code = final_ref.and_then(|l| l.code);
    let enhanced = match final_ref {
        Some(Line {
            enhanced: Some(e),
            enhanced_source: Some(EnhancedSource::Rfc2034),
            ..
        }) => Some((*e, EnhancedSource::Rfc2034)),
        _ => first_rfc
            .map(|e| (e, EnhancedSource::Rfc2034))
            .or(first_alone.map(|e| (e, EnhancedSource::Alone))),
    };
    match final_ref {
        None => problems.push(Problem::NoCode),
        Some(l) => {
            if !l.last {
                problems.push(Problem::MissingFinalLine);
            }
            if codeless {
                for (line, _) in all_lines
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| l.code.is_none())
                {
                    problems.push(Problem::LineWithoutCode { line });
                }
            }
        }
    }
    if let (Some(reply), Some((e, _))) = (code, enhanced)
        && !reply.is_intermediate()
        && e.class != reply.class().digit()
    {
        problems.push(Problem::ClassMismatch { reply, enhanced: e });
    }

    Reply {
        lines,
        problems,
        code,
        enhanced,
        final_line,
    }
}

/// The fast paths against plain models of what they compute.
#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;
    use proptest::prelude::*;

    /// Lines in and near the shapes `common_head` reads, and beside them arbitrary bytes.
    fn head_like() -> impl Strategy<Value = Vec<u8>> {
        let pick = |parts: &'static [&'static str]| proptest::sample::select(parts);
        prop_oneof![
            (
                pick(&[
                    "", " ", "250", "550", "421", "354", "199", "600", "25x", "2500"
                ]),
                pick(&["", " ", "-", "\t", "  ", "- ", ":"]),
                pick(&[
                    "", "5.1.1", "4.7.0", "2.0.0", "5.7.606", "5.10.1", "3.1.1", "5.01.1"
                ]),
                pick(&["", " ", ":", "  ", "\t", ": ", "0", "."]),
                pick(&["", "x", " y", "1", ":", ".z", "\t"]),
            )
                .prop_map(|(a, b, c, d, e)| [a, b, c, d, e].concat().into_bytes()),
            proptest::collection::vec(any::<u8>(), 0..16),
        ]
    }

    /// Input with control characters, tabs, CR and LF around chunk and word boundaries.
    fn scan_input() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            prop_oneof![
                8 => Just(b'a'),
                1 => Just(b' '),
                1 => Just(b'\r'),
                1 => Just(b'\n'),
                1 => Just(b'\t'),
                1 => Just(0x7f),
                1 => Just(0x00),
                1 => Just(0x1f),
                1 => Just(0x80),
                1 => Just(0xff),
                1 => any::<u8>(),
            ],
            0..80,
        )
    }

    /// What `split_line` computes, the slow way.
    fn split_line_model(bytes: &[u8], start: usize) -> (usize, usize, bool) {
        let rest = &bytes[start..];
        let (mut end, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(n) => (start + n, start + n + 1),
            None => (bytes.len(), bytes.len()),
        };
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        let controls = bytes[start..end]
            .iter()
            .any(|&c| (c < 0x20 && c != b'\t') || c == 0x7f);
        (end, next, controls)
    }

    #[test]
    fn common_head_reads_its_examples() {
        let enhanced = EnhancedCode {
            class: 5,
            subject: 1,
            detail: 1,
        };
        assert_eq!(
            common_head(b"550-5.1.1 The email account"),
            Some(Head {
                code: Some(ReplyCode(550)),
                last: false,
                enhanced: Some((enhanced, EnhancedSource::Rfc2034)),
                text_start: 10,
            })
        );
        assert_eq!(
            common_head(b"250 OK"),
            Some(Head {
                code: Some(ReplyCode(250)),
                last: true,
                enhanced: None,
                text_start: 4,
            })
        );
        // Not its shapes: left to the general path.
        for line in [
            &b"250"[..],
            b"250  2.0.0 OK",
            b"550 5.7.606 Denied",
            b"421 4.7.0: x",
        ] {
            assert_eq!(
                common_head(line),
                None,
                "{:?}",
                String::from_utf8_lossy(line)
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn common_head_agrees_with_general_head(line in head_like()) {
            if let Some(head) = common_head(&line) {
                prop_assert_eq!(head, general_head(&line));
            }
        }

        #[test]
        fn next_control_finds_the_first(bytes in scan_input(), from in 0usize..90) {
            let expected = bytes
                .get(from..)
                .and_then(|r| r.iter().position(|&c| c < 0x20 || c == 0x7f))
                .map(|at| from + at);
            prop_assert_eq!(next_control(&bytes, from), expected);
        }

        #[test]
        fn split_line_agrees_with_its_model(bytes in scan_input(), start in 0usize..80) {
            let start = start.min(bytes.len());
            prop_assert_eq!(split_line(&bytes, start), split_line_model(&bytes, start));
        }
    }
}
