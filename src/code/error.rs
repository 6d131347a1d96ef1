//! The error of parsing a code.

use core::fmt;

/// Why a string or number is not a well-formed SMTP code.
///
/// ```
/// use smtp_codes::{ParseCodeError, ReplyCode};
/// assert_eq!("6000".parse::<ReplyCode>(), Err(ParseCodeError::Length));
/// assert_eq!("abc".parse::<ReplyCode>(), Err(ParseCodeError::NotDigits));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseCodeError {
    /// The input is empty.
    Empty,
    /// A reply code has characters other than digits.
    NotDigits,
    /// A reply code does not have exactly three digits.
    Length,
    /// The first digit is not a class SMTP uses (2 to 5 for replies; 2, 4 or 5 for enhanced codes).
    Class,
    /// An enhanced code does not have three dot-separated parts.
    Parts,
    /// A subject or detail is not a number from 0 to 999 without leading zeros.
    Number,
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseCodeError::Empty => "the code is empty",
            ParseCodeError::NotDigits => "a reply code has only digits, like 421",
            ParseCodeError::Length => "a reply code has exactly three digits, like 421",
            ParseCodeError::Class => {
                "the first digit must be an SMTP class: 2, 3, 4 or 5 for reply codes, 2, 4, 5 or X for enhanced codes"
            }
            ParseCodeError::Parts => "an enhanced status code has three parts, like 5.1.1",
            ParseCodeError::Number => "subject and detail are numbers from 0 to 999 without leading zeros, like 5.7.26",
        })
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseCodeError {}
