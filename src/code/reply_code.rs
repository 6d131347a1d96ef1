//! [`ReplyCode`]: the three-digit code that starts every SMTP reply.

use super::{Category, Class, ParseCodeError, Retry};
use core::fmt;
use core::str::FromStr;

/// An SMTP reply code (RFC 5321 §4.2): three digits, the first 2 to 5.
///
/// Any well-formed code is accepted, known or not: servers send codes no RFC defines.
/// [`info`](ReplyCode::info) tells what the catalog knows about it. Every catalog code has an
/// associated constant, such as [`ReplyCode::SERVICE_NOT_AVAILABLE`].
///
/// ```
/// use smtp_codes::{Class, ReplyCode};
/// let code: ReplyCode = "421".parse()?;
/// assert_eq!(code, ReplyCode::SERVICE_NOT_AVAILABLE);
/// assert_eq!(code, 421);
/// assert_eq!(code.class(), Class::TransientNegative);
/// assert!(code.is_transient());
/// assert_eq!(code.info().unwrap().name(), "SERVICE_NOT_AVAILABLE");
///
/// let unknown = ReplyCode::from_u16(299)?;   // well-formed, not in the catalog
/// assert!(unknown.info().is_none());
/// # Ok::<(), smtp_codes::ParseCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyCode(pub(crate) u16);

/// "200201…599": every code's text, so that `as_str` needs no allocation.
const CODE_DIGITS: &str = {
    const BYTES: [u8; 1200] = {
        let mut b = [0u8; 1200];
        let mut i = 0;
        while i < 400 {
            let n = 200 + i;
            b[i * 3] = b'0' + (n / 100) as u8;
            b[i * 3 + 1] = b'0' + (n / 10 % 10) as u8;
            b[i * 3 + 2] = b'0' + (n % 10) as u8;
            i += 1;
        }
        b
    };
    match core::str::from_utf8(&BYTES) {
        Ok(s) => s,
        Err(_) => panic!("digits are ASCII"),
    }
};

impl ReplyCode {
    /// The code for a number from 200 to 599.
    ///
    /// ```
    /// # use smtp_codes::{ReplyCode, ParseCodeError};
    /// assert!(ReplyCode::from_u16(550).is_ok());
    /// assert_eq!(ReplyCode::from_u16(600), Err(ParseCodeError::Class));
    /// assert_eq!(ReplyCode::from_u16(1000), Err(ParseCodeError::Length));
    /// ```
    pub const fn from_u16(code: u16) -> Result<ReplyCode, ParseCodeError> {
        if code < 100 || code > 999 {
            Err(ParseCodeError::Length)
        } else if code < 200 || code > 599 {
            Err(ParseCodeError::Class)
        } else {
            Ok(ReplyCode(code))
        }
    }

    /// The code for three ASCII bytes, as at the start of a reply line.
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// assert_eq!(ReplyCode::from_bytes(b"250").unwrap(), 250);
    /// assert!(ReplyCode::from_bytes(b"25x").is_err());
    /// ```
    pub const fn from_bytes(bytes: &[u8]) -> Result<ReplyCode, ParseCodeError> {
        match bytes {
            [] => Err(ParseCodeError::Empty),
            [a, b, c] => {
                if !a.is_ascii_digit() || !b.is_ascii_digit() || !c.is_ascii_digit() {
                    return Err(ParseCodeError::NotDigits);
                }
                if *a < b'2' || *a > b'5' {
                    return Err(ParseCodeError::Class);
                }
                Ok(ReplyCode(
                    (*a - b'0') as u16 * 100 + (*b - b'0') as u16 * 10 + (*c - b'0') as u16,
                ))
            }
            _ => {
                let mut i = 0;
                while i < bytes.len() {
                    if !bytes[i].is_ascii_digit() {
                        return Err(ParseCodeError::NotDigits);
                    }
                    i += 1;
                }
                Err(ParseCodeError::Length)
            }
        }
    }

    /// The number, 200 to 599.
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// assert_eq!(ReplyCode::MAILBOX_UNAVAILABLE.as_u16(), 550);
    /// ```
    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// The code as text, without allocating.
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// assert_eq!(ReplyCode::from_u16(421).unwrap().as_str(), "421");
    /// ```
    pub fn as_str(&self) -> &'static str {
        let i = usize::from(self.0 - 200) * 3;
        &CODE_DIGITS[i..i + 3]
    }

    /// The class: the first digit.
    ///
    /// ```
    /// # use smtp_codes::{Class, ReplyCode};
    /// assert_eq!(ReplyCode::from_u16(354).unwrap().class(), Class::PositiveIntermediate);
    /// ```
    pub const fn class(self) -> Class {
        match Class::from_digit((self.0 / 100) as u8) {
            Some(c) => c,
            None => Class::PermanentNegative, // unreachable: the constructor checks the range
        }
    }

    /// The category: the second digit.
    ///
    /// ```
    /// # use smtp_codes::{Category, ReplyCode};
    /// assert_eq!(ReplyCode::from_u16(552).unwrap().category(), Category::MailSystem);
    /// ```
    pub const fn category(self) -> Category {
        Category::from_digit((self.0 / 10 % 10) as u8)
    }

    /// Whether this is a temporary failure (4yz): the client should retry later.
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// assert!(ReplyCode::from_u16(451).unwrap().is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.0 / 100 == 4
    }

    /// Whether this is a permanent failure (5yz): the client must not retry unchanged.
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// assert!(ReplyCode::from_u16(550).unwrap().is_permanent());
    /// ```
    pub const fn is_permanent(self) -> bool {
        self.0 / 100 == 5
    }

    /// Whether this is a success (2yz).
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// assert!(ReplyCode::OK.is_success());
    /// ```
    pub const fn is_success(self) -> bool {
        self.0 / 100 == 2
    }

    /// Whether the server waits for more (3yz).
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// assert!(ReplyCode::from_u16(354).unwrap().is_intermediate());
    /// ```
    pub const fn is_intermediate(self) -> bool {
        self.0 / 100 == 3
    }

    /// What a client should do after this reply.
    ///
    /// ```
    /// # use smtp_codes::{ReplyCode, Retry};
    /// assert_eq!(ReplyCode::SERVICE_NOT_AVAILABLE.retry(), Retry::Later);
    /// ```
    pub const fn retry(self) -> Retry {
        self.class().retry()
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReplyCode({})", self.0)
    }
}

impl FromStr for ReplyCode {
    type Err = ParseCodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ReplyCode::from_bytes(s.as_bytes())
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = ParseCodeError;
    fn try_from(code: u16) -> Result<Self, Self::Error> {
        ReplyCode::from_u16(code)
    }
}

impl TryFrom<&str> for ReplyCode {
    type Error = ParseCodeError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<ReplyCode> for u16 {
    fn from(code: ReplyCode) -> u16 {
        code.0
    }
}

impl PartialEq<u16> for ReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl PartialEq<ReplyCode> for u16 {
    fn eq(&self, other: &ReplyCode) -> bool {
        *self == other.0
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ReplyCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u16(self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ReplyCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u16::deserialize(d)?;
        ReplyCode::from_u16(n).map_err(serde::de::Error::custom)
    }
}
