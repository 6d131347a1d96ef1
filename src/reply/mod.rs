//! [`Reply`]: a whole SMTP server reply, parsed (RFC 5321 §4.2, RFC 2034).
//!
//! The parser never fails and never panics: whatever it is given, it returns a [`Reply`] that
//! says what it found (the reply code, the enhanced status code, every line's text) and
//! lists what was wrong as [`Problem`]s. Its work is bounded: it reads at most
//! [`Reply::MAX_BYTES`] bytes and [`Reply::MAX_LINES`] lines of its input.

mod extract;
mod find;
#[cfg(feature = "lettre")]
mod lettre_bridge;
mod parse;

pub use extract::{Extracted, Shape};
pub use find::find_enhanced_codes;

use crate::{Class, EnhancedCode, ReplyCode, Retry};
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

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
#[non_exhaustive]
pub enum EnhancedSource {
    /// Where RFC 2034 puts it: right after the reply code and its separator, `550 5.1.1 …`.
    Rfc2034,
    /// At the start of a text that has no reply code, as some bounces and logs quote it:
    /// `5.7.606 Access denied, banned sending IP [1.2.3.4]`.
    Alone,
    /// Not in the reply's own place but beside it, in the text around it
    /// ([`Reply::extract`]): qmail's trailing `(#5.7.1)`, a log line's `dsn=`, a DSN's
    /// `Status:`. Used only when the reply has no enhanced code of its own.
    Beside,
}

impl EnhancedSource {
    /// The name used in JSON: `"rfc2034"`, or `"text"` for a code found elsewhere in the text.
    ///
    /// ```
    /// # use smtp_codes::EnhancedSource;
    /// assert_eq!(EnhancedSource::Rfc2034.as_str(), "rfc2034");
    /// assert_eq!(EnhancedSource::Beside.as_str(), "text");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            EnhancedSource::Rfc2034 => "rfc2034",
            EnhancedSource::Alone | EnhancedSource::Beside => "text",
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
        parse::parse_with(&parse::StrSource(text))
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
        parse::parse_with(&parse::ByteSource(bytes))
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
