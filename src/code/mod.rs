//! The code types: [`ReplyCode`] (`421`), [`EnhancedCode`] (`5.1.1`), [`Code`] (either), and
//! what their digits mean ([`Class`], [`Category`], [`Subject`], [`Retry`]).
//!
//! This layer knows only the protocol's grammar and the meaning of each digit; what the
//! catalog knows about a code ([`ReplyCode::info`]) is added by [`crate::catalog`].

mod class;
mod enhanced_code;
mod error;
mod reply_code;

pub use class::{Category, Class, Retry, Subject};
pub use enhanced_code::EnhancedCode;
pub use error::ParseCodeError;
pub use reply_code::ReplyCode;

use core::fmt;

/// A code of either kind: a reply code (`421`) or an enhanced status code (`5.1.1`, `X.1.1`).
///
/// ```
/// use smtp_codes::Code;
/// assert!(matches!("421".parse::<Code>(), Ok(Code::Reply(_))));
/// assert!(matches!("X.1.1".parse::<Code>(), Ok(Code::Enhanced(_))));
/// assert!("5.1".parse::<Code>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A three-digit reply code.
    Reply(ReplyCode),
    /// An enhanced status code.
    Enhanced(EnhancedCode),
}

impl Code {
    /// The class, if the code has one (generic `X.s.d` codes have none).
    ///
    /// ```
    /// # use smtp_codes::{Class, Code};
    /// assert_eq!("550".parse::<Code>().unwrap().class(), Some(Class::PermanentNegative));
    /// ```
    pub fn class(self) -> Option<Class> {
        match self {
            Code::Reply(r) => Some(r.class()),
            Code::Enhanced(e) => e.class(),
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Reply(r) => fmt::Display::fmt(r, f),
            Code::Enhanced(e) => fmt::Display::fmt(e, f),
        }
    }
}

impl core::str::FromStr for Code {
    type Err = ParseCodeError;
    /// A reply code if the text has no dot, else an enhanced code.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.contains('.') {
            s.parse().map(Code::Enhanced)
        } else {
            s.parse().map(Code::Reply)
        }
    }
}

impl From<ReplyCode> for Code {
    fn from(c: ReplyCode) -> Code {
        Code::Reply(c)
    }
}

impl From<EnhancedCode> for Code {
    fn from(c: EnhancedCode) -> Code {
        Code::Enhanced(c)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Code::Reply(r) => r.serialize(s),
            Code::Enhanced(e) => e.serialize(s),
        }
    }
}
