//! [`Reply`]: a whole SMTP server reply, parsed (RFC 5321 §4.2, RFC 2034).
//!
//! The parser never fails and never panics: whatever it is given, it returns a [`Reply`] that
//! says what it found (the reply code, the enhanced status code, every line's text) and
//! lists what was wrong as [`Problem`]s. Its work is bounded: it reads at most
//! [`Reply::MAX_BYTES`] bytes and [`Reply::MAX_LINES`] lines of its input.

use crate::{Class, EnhancedCode, ReplyCode, Retry};
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::ops::Range;

/// A whole SMTP server reply: one or more lines, each starting with the reply code
/// (RFC 5321 §4.2), usually followed by an enhanced status code (RFC 2034).
///
/// ```
/// use smtp_codes::{Class, EnhancedSource, Reply, Retry};
///
/// let reply = Reply::parse(
///     "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
///      550-5.1.1 double-checking the recipient's email address for typos or\r\n\
///      550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp\r\n",
/// );
/// assert_eq!(reply.code().unwrap(), 550);
/// assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
/// assert_eq!(reply.enhanced_source(), Some(EnhancedSource::Rfc2034));
/// assert_eq!(reply.class(), Some(Class::PermanentNegative));
/// assert_eq!(reply.advice().unwrap().retry, Retry::NotUnchanged);
/// assert_eq!(reply.lines().len(), 3);
/// assert_eq!(reply.lines()[1].text(), "double-checking the recipient's email address for typos or");
/// assert!(reply.problems().is_empty());
///
/// // Tolerant of what servers really send: bare LF, a bare code, a code given alone.
/// assert_eq!(Reply::parse("250").code().unwrap(), 250);
/// let alone = Reply::parse("5.7.606 Access denied, banned sending IP [1.2.3.4]");
/// assert_eq!(alone.code(), None);
/// assert_eq!(alone.enhanced().unwrap().to_string(), "5.7.606");
/// assert_eq!(alone.enhanced_source(), Some(EnhancedSource::Alone));
/// assert!(alone.is_permanent());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply<'a> {
    lines: Lines<'a>,
    problems: Vec<Problem>,
    code: Option<ReplyCode>,
    enhanced: Option<(EnhancedCode, EnhancedSource)>,
    final_line: Option<usize>,
}

/// One line of a reply, with its reply code, continuation mark and enhanced code taken off.
///
/// ```
/// use smtp_codes::Reply;
/// let reply = Reply::parse("250-mx.example.com Hello\r\n250 SIZE 35882577\r\n");
/// let first = &reply.lines()[0];
/// assert_eq!(first.code().unwrap(), 250);
/// assert!(!first.is_last());
/// assert_eq!(first.text(), "mx.example.com Hello");
/// assert!(reply.lines()[1].is_last());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Line<'a> {
    code: Option<ReplyCode>,
    last: bool,
    enhanced: Option<EnhancedCode>,
    enhanced_source: Option<EnhancedSource>,
    text: Cow<'a, str>,
}

/// Where a reply's enhanced status code was found.
///
/// ```
/// use smtp_codes::{EnhancedSource, Reply};
/// assert_eq!(Reply::parse("250 2.1.5 OK").enhanced_source(), Some(EnhancedSource::Rfc2034));
/// assert_eq!(EnhancedSource::Alone.as_str(), "text");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EnhancedSource {
    /// Where RFC 2034 puts it: right after the reply code and its separator, `550 5.1.1 …`.
    Rfc2034,
    /// At the start of a text that has no reply code, as some bounces and logs quote it:
    /// `5.7.606 Access denied, banned sending IP [1.2.3.4]`.
    Alone,
}

impl EnhancedSource {
    /// The name used in JSON: `"rfc2034"` or `"text"`.
    ///
    /// ```
    /// # use smtp_codes::EnhancedSource;
    /// assert_eq!(EnhancedSource::Rfc2034.as_str(), "rfc2034");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            EnhancedSource::Rfc2034 => "rfc2034",
            EnhancedSource::Alone => "text",
        }
    }
}

impl fmt::Display for EnhancedSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Something wrong with a reply. Line numbers are indexes into [`Reply::lines`].
///
/// ```
/// use smtp_codes::{Problem, Reply};
/// let reply = Reply::parse("550 4.4.7 Message expired");
/// assert_eq!(
///     reply.problems(),
///     [Problem::ClassMismatch { reply: reply.code().unwrap(), enhanced: reply.enhanced().unwrap() }]
/// );
/// assert_eq!(reply.problems()[0].kind(), "class_mismatch");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Problem {
    /// A line's reply code differs from the first line's (RFC 5321 §4.2.1: every line of a
    /// multiline reply has the same code).
    MixedCodes {
        /// The first line's code.
        first: ReplyCode,
        /// This line's code.
        other: ReplyCode,
        /// The line.
        line: usize,
    },
    /// A line's enhanced code differs from the first one's (RFC 2034 §4: the same status
    /// code must appear on each line).
    MixedEnhancedCodes {
        /// The first line's enhanced code.
        first: EnhancedCode,
        /// This line's enhanced code.
        other: EnhancedCode,
        /// The line.
        line: usize,
    },
    /// The enhanced code's class disagrees with the reply code's (`550 4.4.7`; RFC 2034 §4).
    /// RFC 5321 says to act on the reply code.
    ClassMismatch {
        /// The reply code.
        reply: ReplyCode,
        /// The enhanced code.
        enhanced: EnhancedCode,
    },
    /// A line is longer than 512 octets with its CRLF (RFC 5321 §4.5.3.1.5). It is still
    /// parsed.
    LineTooLong {
        /// The line.
        line: usize,
        /// Its length in octets, counting a CRLF at its end.
        len: usize,
    },
    /// A line is not valid UTF-8 (only from [`Reply::parse_bytes`]); its text has U+FFFD
    /// in place of the bad bytes.
    NotText {
        /// The line.
        line: usize,
    },
    /// A line holds control characters other than HT (NUL, a CR inside the line, ESC …),
    /// which RFC 5321's `textstring` does not allow. They are kept in the text.
    ControlCharacters {
        /// The line.
        line: usize,
    },
    /// The input was longer than `limit` bytes ([`Reply::MAX_BYTES`]); the rest was not read.
    Truncated {
        /// The byte limit.
        limit: usize,
    },
    /// The input had more than `limit` lines ([`Reply::MAX_LINES`]); the rest was not read.
    TooManyLines {
        /// The line limit.
        limit: usize,
    },
    /// No line starts with a reply code.
    NoCode,
    /// A line without a reply code, in a reply whose other lines have one.
    LineWithoutCode {
        /// The line.
        line: usize,
    },
    /// A line with a reply code follows the line that ended the reply (`NNN ` or a bare
    /// `NNN`): several replies, or a continuation mark missing. Reported once, at the first
    /// such line.
    ContinuationAfterLast {
        /// The line.
        line: usize,
    },
    /// The reply's last coded line is a continuation (`NNN-`): the reply is incomplete.
    MissingFinalLine,
}

impl Problem {
    /// A stable `snake_case` name for the kind of problem, for JSON and tests.
    ///
    /// ```
    /// # use smtp_codes::Problem;
    /// assert_eq!(Problem::NoCode.kind(), "no_code");
    /// ```
    pub const fn kind(&self) -> &'static str {
        match self {
            Problem::MixedCodes { .. } => "mixed_codes",
            Problem::MixedEnhancedCodes { .. } => "mixed_enhanced_codes",
            Problem::ClassMismatch { .. } => "class_mismatch",
            Problem::LineTooLong { .. } => "line_too_long",
            Problem::NotText { .. } => "not_text",
            Problem::ControlCharacters { .. } => "control_characters",
            Problem::Truncated { .. } => "truncated",
            Problem::TooManyLines { .. } => "too_many_lines",
            Problem::NoCode => "no_code",
            Problem::LineWithoutCode { .. } => "line_without_code",
            Problem::ContinuationAfterLast { .. } => "continuation_after_last",
            Problem::MissingFinalLine => "missing_final_line",
        }
    }

    /// The line the problem is on, if it is about one line.
    ///
    /// ```
    /// # use smtp_codes::{Problem, Reply};
    /// let reply = Reply::parse("250-a\n251 b");
    /// assert_eq!(reply.problems()[0].line(), Some(1));
    /// ```
    pub const fn line(&self) -> Option<usize> {
        match *self {
            Problem::MixedCodes { line, .. }
            | Problem::MixedEnhancedCodes { line, .. }
            | Problem::LineTooLong { line, .. }
            | Problem::NotText { line }
            | Problem::ControlCharacters { line }
            | Problem::LineWithoutCode { line }
            | Problem::ContinuationAfterLast { line } => Some(line),
            _ => None,
        }
    }
}

/// An English sentence, with 1-based line numbers.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Problem::MixedCodes { first, other, line } => write!(
                f,
                "line {} has reply code {other}, the first line {first}",
                line + 1
            ),
            Problem::MixedEnhancedCodes { first, other, line } => write!(
                f,
                "line {} has enhanced code {other}, the first one is {first}",
                line + 1
            ),
            Problem::ClassMismatch { reply, enhanced } => write!(
                f,
                "enhanced code {enhanced} disagrees with reply code {reply}; the reply code decides"
            ),
            Problem::LineTooLong { line, len } => write!(
                f,
                "line {} is {len} octets long, more than the 512 RFC 5321 allows",
                line + 1
            ),
            Problem::NotText { line } => write!(f, "line {} is not valid UTF-8", line + 1),
            Problem::ControlCharacters { line } => {
                write!(f, "line {} contains control characters", line + 1)
            }
            Problem::Truncated { limit } => {
                write!(f, "only the first {limit} bytes were read")
            }
            Problem::TooManyLines { limit } => {
                write!(f, "only the first {limit} lines were read")
            }
            Problem::NoCode => f.write_str("no line starts with a reply code"),
            Problem::LineWithoutCode { line } => {
                write!(f, "line {} has no reply code", line + 1)
            }
            Problem::ContinuationAfterLast { line } => {
                write!(f, "line {} follows the line that ended the reply", line + 1)
            }
            Problem::MissingFinalLine => {
                f.write_str("the last line is a continuation line: the reply is incomplete")
            }
        }
    }
}

/// What to do after a reply, and which code said so.
///
/// ```
/// use smtp_codes::{AdviceSource, Reply, Retry};
/// let advice = Reply::parse("550 4.4.7 Message expired").advice().unwrap();
/// assert_eq!(advice.retry, Retry::NotUnchanged);          // RFC 5321: act on the reply code
/// assert_eq!(advice.source, AdviceSource::ReplyCode);
/// assert_eq!(advice.disagreement, Some(Retry::Later));     // what 4.4.7 alone would say
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Advice {
    /// What to do.
    pub retry: Retry,
    /// The code it comes from: the reply code when there is one, else the enhanced code.
    pub source: AdviceSource,
    /// The enhanced code's advice when it differs from the reply code's.
    pub disagreement: Option<Retry>,
}

/// Which code an [`Advice`] comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AdviceSource {
    /// The reply code (`550`).
    ReplyCode,
    /// The enhanced code (`5.1.1`), for a reply without a reply code.
    EnhancedCode,
}

impl AdviceSource {
    /// The name used in JSON: `"reply_code"` or `"enhanced_code"`.
    ///
    /// ```
    /// # use smtp_codes::AdviceSource;
    /// assert_eq!(AdviceSource::EnhancedCode.as_str(), "enhanced_code");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            AdviceSource::ReplyCode => "reply_code",
            AdviceSource::EnhancedCode => "enhanced_code",
        }
    }
}

impl fmt::Display for AdviceSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for EnhancedSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for AdviceSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The lines of a reply, without a heap allocation for the common one-line reply.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Lines<'a> {
    One(Option<Line<'a>>),
    Many(Vec<Line<'a>>),
}

impl<'a> Lines<'a> {
    fn as_slice(&self) -> &[Line<'a>] {
        match self {
            Lines::One(Some(line)) => core::slice::from_ref(line),
            Lines::One(None) => &[],
            Lines::Many(v) => v,
        }
    }

    fn len(&self) -> usize {
        match self {
            Lines::One(l) => usize::from(l.is_some()),
            Lines::Many(v) => v.len(),
        }
    }

    // `inline(always)` here, on `common_head` and on `split_line`: each saves a call per line
    // in the parser's loop, 20 to 40 instructions a reply in all (benches/parse.rs).
    #[inline(always)]
    fn push(&mut self, line: Line<'a>) {
        match self {
            Lines::One(slot @ None) => *slot = Some(line),
            Lines::One(Some(_)) => {
                if let Lines::One(Some(first)) = core::mem::replace(self, Lines::Many(Vec::new())) {
                    let mut v = Vec::with_capacity(4);
                    v.push(first);
                    v.push(line);
                    *self = Lines::Many(v);
                }
            }
            Lines::Many(v) => v.push(line),
        }
    }

    fn into_owned(self) -> Lines<'static> {
        match self {
            Lines::One(l) => Lines::One(l.map(Line::into_owned)),
            Lines::Many(v) => Lines::Many(v.into_iter().map(Line::into_owned).collect()),
        }
    }
}

/// The input, as text or as bytes: how a line's text is made.
trait Source<'a> {
    fn bytes(&self) -> &'a [u8];
    /// The text of `range`, and whether it was valid UTF-8.
    fn text(&self, range: Range<usize>) -> (Cow<'a, str>, bool);
}

struct StrSource<'a>(&'a str);

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

struct ByteSource<'a>(&'a [u8]);

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

impl<'a> Reply<'a> {
    /// At most this many bytes of the input are read (64 KiB); the rest is ignored and
    /// [`Problem::Truncated`] reported.
    pub const MAX_BYTES: usize = 64 * 1024;
    /// At most this many lines are read; the rest is ignored and [`Problem::TooManyLines`]
    /// reported. Empty lines are skipped and do not count.
    pub const MAX_LINES: usize = 100;
    /// The longest reply line RFC 5321 allows, CRLF included (§4.5.3.1.5); longer lines are
    /// reported as [`Problem::LineTooLong`] and parsed all the same.
    pub const MAX_LINE_LEN: usize = 512;

    /// Parses a reply given as text. Never fails and never panics.
    ///
    /// Lines end with CRLF, a bare LF, or a CR at the end of the input; empty lines are
    /// skipped. Each line may start with a reply code (spaces and tabs before it are
    /// tolerated) followed by `-` (more lines follow), a space, a tab, or the end of the line.
    /// An enhanced code is taken from its RFC 2034 place, right after that separator (more
    /// spaces before it, a colon after it and several spaces after it are tolerated), or, on
    /// a line without a reply code, from the start of the text. Line texts borrow from
    /// `text`.
    ///
    /// ```
    /// use smtp_codes::Reply;
    /// let reply = Reply::parse("421 4.7.0: [TSS04] Try again later\n");
    /// assert_eq!(reply.code().unwrap(), 421);
    /// assert_eq!(reply.enhanced().unwrap().to_string(), "4.7.0");
    /// assert_eq!(reply.text(), "[TSS04] Try again later");
    /// ```
    pub fn parse(text: &'a str) -> Reply<'a> {
        parse_with(&StrSource(text))
    }

    /// Parses a reply given as bytes, as read from a socket. Lines that are not valid UTF-8
    /// are reported as [`Problem::NotText`] and their text is converted lossily; valid lines
    /// borrow from `bytes`.
    ///
    /// ```
    /// use smtp_codes::{Problem, Reply};
    /// let reply = Reply::parse_bytes(b"554 5.7.1 bad \xff byte\r\n");
    /// assert_eq!(reply.code().unwrap(), 554);
    /// assert_eq!(reply.lines()[0].text(), "bad \u{FFFD} byte");
    /// assert_eq!(reply.problems(), [Problem::NotText { line: 0 }]);
    /// ```
    pub fn parse_bytes(bytes: &'a [u8]) -> Reply<'a> {
        parse_with(&ByteSource(bytes))
    }

    /// The reply code, from the final line (RFC 5321 §4.2.1): the last line that has one.
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// assert_eq!(Reply::parse("354 Start mail input; end with <CRLF>.<CRLF>").code().unwrap(), 354);
    /// assert_eq!(Reply::parse("no code here").code(), None);
    /// ```
    pub fn code(&self) -> Option<ReplyCode> {
        self.code
    }

    /// The enhanced status code: from its RFC 2034 place on the final line, else on the
    /// first line that has one there; else one given alone at the start of a line without a
    /// reply code.
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// assert_eq!(Reply::parse("451 4.7.1 Greylisted").enhanced().unwrap().to_string(), "4.7.1");
    /// assert_eq!(Reply::parse("250 OK").enhanced(), None);
    /// ```
    pub fn enhanced(&self) -> Option<EnhancedCode> {
        self.enhanced.map(|(c, _)| c)
    }

    /// Where [`enhanced`](Reply::enhanced) was found.
    ///
    /// ```
    /// # use smtp_codes::{EnhancedSource, Reply};
    /// assert_eq!(Reply::parse("5.1.1 unknown user").enhanced_source(), Some(EnhancedSource::Alone));
    /// ```
    pub fn enhanced_source(&self) -> Option<EnhancedSource> {
        self.enhanced.map(|(_, s)| s)
    }

    /// Every line read, in order, empty lines left out.
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// let reply = Reply::parse("250-a\r\n250 b");
    /// let texts: Vec<&str> = reply.lines().iter().map(|l| l.text()).collect();
    /// assert_eq!(texts, ["a", "b"]);
    /// ```
    pub fn lines(&self) -> &[Line<'a>] {
        self.lines.as_slice()
    }

    /// The line the reply code comes from: the last line with a reply code.
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// assert_eq!(Reply::parse("250-a\r\n250 b").final_line().unwrap().text(), "b");
    /// ```
    pub fn final_line(&self) -> Option<&Line<'a>> {
        self.lines().get(self.final_line?)
    }

    /// The lines' texts joined with `"\n"`.
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// assert_eq!(Reply::parse("550-5.1.1 a\r\n550 5.1.1 b\r\n").text(), "a\nb");
    /// ```
    pub fn text(&self) -> String {
        let lines = self.lines();
        let len = lines.iter().map(|l| l.text.len() + 1).sum::<usize>();
        let mut s = String::with_capacity(len);
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                s.push('\n');
            }
            s.push_str(&l.text);
        }
        s
    }

    /// What was wrong with the reply; empty for a well-formed one.
    ///
    /// ```
    /// # use smtp_codes::{Problem, Reply};
    /// assert!(Reply::parse("250 2.1.5 OK").problems().is_empty());
    /// assert_eq!(Reply::parse("250-more to come").problems(), [Problem::MissingFinalLine]);
    /// ```
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The reply code's class, else the enhanced code's.
    ///
    /// ```
    /// # use smtp_codes::{Class, Reply};
    /// assert_eq!(Reply::parse("421 try later").class(), Some(Class::TransientNegative));
    /// assert_eq!(Reply::parse("4.2.2 mailbox full").class(), Some(Class::TransientNegative));
    /// ```
    pub fn class(&self) -> Option<Class> {
        match self.code {
            Some(c) => Some(c.class()),
            None => self.enhanced.and_then(|(e, _)| e.class()),
        }
    }

    /// Whether the reply is a temporary failure (its [`class`](Reply::class) is 4).
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// assert!(Reply::parse("451 4.7.1 Greylisted").is_transient());
    /// ```
    pub fn is_transient(&self) -> bool {
        self.class().is_some_and(Class::is_transient)
    }

    /// Whether the reply is a permanent failure (its [`class`](Reply::class) is 5).
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// assert!(Reply::parse("550 5.7.1 Relaying denied").is_permanent());
    /// ```
    pub fn is_permanent(&self) -> bool {
        self.class().is_some_and(Class::is_permanent)
    }

    /// What to do next: from the reply code when there is one (RFC 5321 §4.2: a client acts
    /// on the reply code), else from the enhanced code's class. `None` when neither is there.
    ///
    /// ```
    /// # use smtp_codes::{AdviceSource, Reply, Retry};
    /// let a = Reply::parse("421 4.7.0 [TSS04] Messages temporarily deferred").advice().unwrap();
    /// assert_eq!((a.retry, a.source, a.disagreement), (Retry::Later, AdviceSource::ReplyCode, None));
    /// let a = Reply::parse("5.7.606 Access denied").advice().unwrap();
    /// assert_eq!((a.retry, a.source), (Retry::NotUnchanged, AdviceSource::EnhancedCode));
    /// assert!(Reply::parse("hello").advice().is_none());
    /// ```
    pub fn advice(&self) -> Option<Advice> {
        let enhanced = self.enhanced.and_then(|(e, _)| e.retry());
        match self.code {
            Some(code) => {
                let retry = code.retry();
                // 3yz replies have no enhanced class to agree with (RFC 2034 §4).
                let disagreement = enhanced.filter(|&e| e != retry && !code.is_intermediate());
                Some(Advice {
                    retry,
                    source: AdviceSource::ReplyCode,
                    disagreement,
                })
            }
            None => enhanced.map(|retry| Advice {
                retry,
                source: AdviceSource::EnhancedCode,
                disagreement: None,
            }),
        }
    }

    /// The same reply, owning its texts.
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// let owned = Reply::parse(&String::from("250 OK")).into_owned();
    /// assert_eq!(owned.text(), "OK");
    /// ```
    pub fn into_owned(self) -> Reply<'static> {
        Reply {
            lines: self.lines.into_owned(),
            problems: self.problems,
            code: self.code,
            enhanced: self.enhanced,
            final_line: self.final_line,
        }
    }
}

impl<'a> Line<'a> {
    /// The line's reply code, if it starts with one.
    pub fn code(&self) -> Option<ReplyCode> {
        self.code
    }

    /// Whether the line ends the reply: its code is followed by a space (or a tab, or
    /// nothing) rather than `-`. `false` for a line without a reply code.
    pub fn is_last(&self) -> bool {
        self.last
    }

    /// The line's enhanced code, if it has one (see [`enhanced_source`](Line::enhanced_source)).
    pub fn enhanced(&self) -> Option<EnhancedCode> {
        self.enhanced
    }

    /// Where the line's enhanced code was found.
    pub fn enhanced_source(&self) -> Option<EnhancedSource> {
        self.enhanced_source
    }

    /// The text as sent, without the reply code, its separator, the enhanced code and the
    /// spaces after it, and without the line ending.
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// let reply = Reply::parse("250  2.0.0   Ok: queued as 4F1A2");
    /// assert_eq!(reply.lines()[0].text(), "Ok: queued as 4F1A2");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The same line, owning its text.
    pub fn into_owned(self) -> Line<'static> {
        Line {
            code: self.code,
            last: self.last,
            enhanced: self.enhanced,
            enhanced_source: self.enhanced_source,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

#[cfg(feature = "lettre")]
impl Reply<'static> {
    /// The reply lettre received, as a [`Reply`].
    ///
    /// ```
    /// use lettre::transport::smtp::response::Response;
    /// use smtp_codes::Reply;
    /// let response: Response = "250-mx.example.com\r\n250 2.0.0 OK\r\n".parse().unwrap();
    /// let reply = Reply::from_lettre_response(&response);
    /// assert_eq!(reply.code().unwrap(), 250);
    /// assert_eq!(reply.enhanced().unwrap().to_string(), "2.0.0");
    /// assert_eq!(reply.text(), "mx.example.com\nOK");
    /// ```
    pub fn from_lettre_response(response: &lettre::transport::smtp::response::Response) -> Self {
        let code = u16::from(response.code());
        let mut raw = String::new();
        let mut lines = response.message().peekable();
        if lines.peek().is_none() {
            push_code(&mut raw, code);
        }
        while let Some(line) = lines.next() {
            push_code(&mut raw, code);
            raw.push(if lines.peek().is_some() { '-' } else { ' ' });
            raw.push_str(line);
            raw.push_str("\r\n");
        }
        Reply::parse(&raw).into_owned()
    }

    /// The server's reply carried by a lettre error: `Some` for the errors a 4yz or 5yz
    /// reply causes (`is_transient()` or `is_permanent()`), `None` for others (network,
    /// TLS, …).
    ///
    /// lettre keeps the reply's lines joined by spaces, with the enhanced code of all but the
    /// first removed, so the reply has one line.
    pub fn from_lettre_error(error: &lettre::transport::smtp::Error) -> Option<Self> {
        use std::error::Error as _;
        let code = u16::from(error.status()?);
        let mut raw = String::new();
        push_code(&mut raw, code);
        if let Some(message) = error.source() {
            use core::fmt::Write as _;
            raw.push(' ');
            // Writing to a String cannot fail.
            let _ = write!(raw, "{message}");
        }
        Some(Reply::parse(&raw).into_owned())
    }
}

#[cfg(feature = "lettre")]
fn push_code(s: &mut String, code: u16) {
    for d in [code / 100 % 10, code / 10 % 10, code % 10] {
        s.push(char::from(b'0' + d as u8));
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
fn enhanced_token(b: &[u8], i: usize) -> Option<(EnhancedCode, usize)> {
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

fn parse_with<'a, S: Source<'a>>(src: &S) -> Reply<'a> {
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
            Some((e, EnhancedSource::Alone)) => {
                if first_alone.is_none() {
                    first_alone = Some(e);
                }
                (Some(e), Some(EnhancedSource::Alone))
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

/// Finds enhanced status codes anywhere in a text: `… (#5.1.1)`, `550 #5.1.0 …`,
/// `[4.7.0]`, `5.7.606 Access denied`. Opt-in, for texts that quote codes outside their
/// RFC 2034 place (bounce messages, logs); [`Reply::parse`] does not use it.
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
