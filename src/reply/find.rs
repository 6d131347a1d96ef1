//! Enhanced status codes anywhere in a text, outside their RFC 2034 place.

use super::parse::enhanced_token;
use crate::EnhancedCode;
use core::ops::Range;

/// Finds enhanced status codes anywhere in a text: `… (#5.1.1)`, `550 #5.1.0 …`,
/// `[4.7.0]`, `5.7.606 Access denied`. Opt-in, for texts that quote codes outside their
/// RFC 2034 place (bounce messages, logs); [`Reply::parse`](crate::Reply::parse) does not use it.
///
/// To keep clear of numbers that only look like codes, a match has class 2, 4 or 5 and a
/// subject of 0 to 7 (the subjects RFC 3463 defines), and is not part of a longer token:
/// the character before it is not a letter, digit, `.` or `_`, and the one after it is not
/// a letter, digit or `_`, nor a `.` followed by a digit. So IP addresses (`10.4.2.1`) and
/// versions (`Exim 4.94.2`, `v2.1.5`, `5.1.1.2`) are skipped. Yields each code with its byte
/// range in `text`.
///
/// ```
/// use smtp_codes::find_enhanced_codes;
/// let found: Vec<String> = find_enhanced_codes("550 #5.1.0 Address rejected (#5.1.1) [4.7.0] from 10.4.2.1, Exim 4.94.2")
///     .map(|(code, range)| format!("{code}@{}", range.start))
///     .collect();
/// assert_eq!(found, ["5.1.0@5", "5.1.1@30", "4.7.0@38"]);
/// ```
pub fn find_enhanced_codes(text: &str) -> impl Iterator<Item = (EnhancedCode, Range<usize>)> {
    Finder {
        b: text.as_bytes(),
        pos: 0,
    }
}

struct Finder<'t> {
    b: &'t [u8],
    pos: usize,
}

#[inline]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Iterator for Finder<'_> {
    type Item = (EnhancedCode, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let rest = self.b.get(self.pos..)?;
            let dot = self.pos + memchr::memchr(b'.', rest)?;
            self.pos = dot + 1;
            let Some(start) = dot.checked_sub(1) else {
                continue;
            };
            if let Some(before) = start.checked_sub(1).and_then(|i| self.b.get(i))
                && (is_word(*before) || *before == b'.')
            {
                continue;
            }
            let Some((code, end)) = enhanced_token(self.b, start) else {
                continue;
            };
            if code.subject > 7 {
                continue;
            }
            let ok = match self.b.get(end) {
                None => true,
                Some(b'.') => !self.b.get(end + 1).is_some_and(u8::is_ascii_digit),
                Some(&c) => !is_word(c),
            };
            if ok {
                self.pos = end;
                return Some((code, start..end));
            }
        }
    }
}
