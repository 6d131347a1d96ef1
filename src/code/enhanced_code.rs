//! [`EnhancedCode`]: `class.subject.detail` status codes (RFC 3463, RFC 2034).

use super::{Class, ParseCodeError, Retry, Subject};
use core::fmt;
use core::str::FromStr;

/// An enhanced mail system status code, `class.subject.detail` (RFC 3463 §2): class 2, 4 or 5,
/// subject and detail 0 to 999.
///
/// The IANA registry keys codes without a class, as `X.1.1`; such a *generic* code has no
/// class ([`class`](EnhancedCode::class) is `None`). `5.1.1` and `4.1.1` share the catalog
/// record of `X.1.1`.
///
/// ```
/// use smtp_codes::{Class, EnhancedCode, Subject};
/// let code: EnhancedCode = "5.1.1".parse()?;
/// assert_eq!(code.class(), Some(Class::PermanentNegative));
/// assert_eq!(code.subject(), Some(Subject::Addressing));
/// assert_eq!(code.detail(), 1);
/// assert_eq!(code.generic(), EnhancedCode::BAD_DESTINATION_MAILBOX_ADDRESS);
/// assert_eq!(code.generic().to_string(), "X.1.1");
/// assert_eq!(code.info().unwrap().title(smtp_codes::Locale::En), "Bad destination mailbox address");
/// # Ok::<(), smtp_codes::ParseCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnhancedCode {
    /// 0 for the generic `X`, else 2, 4 or 5.
    pub(crate) class: u8,
    pub(crate) subject: u16,
    pub(crate) detail: u16,
}

/// A number of one to three digits without leading zeros.
#[inline]
fn number(b: &[u8]) -> Result<u16, ParseCodeError> {
    match *b {
        [d] if d.is_ascii_digit() => Ok(u16::from(d - b'0')),
        [a, d] if (b'1'..=b'9').contains(&a) && d.is_ascii_digit() => {
            Ok(u16::from(a - b'0') * 10 + u16::from(d - b'0'))
        }
        [a, c, d] if (b'1'..=b'9').contains(&a) && c.is_ascii_digit() && d.is_ascii_digit() => {
            Ok(u16::from(a - b'0') * 100 + u16::from(c - b'0') * 10 + u16::from(d - b'0'))
        }
        _ => Err(ParseCodeError::Number),
    }
}

impl EnhancedCode {
    /// The code as one integer in its order (class, then subject, then detail): for sorted
    /// searches that compare it many times.
    #[inline]
    pub(crate) const fn key(self) -> u64 {
        (self.class as u64) << 32 | (self.subject as u64) << 16 | self.detail as u64
    }

    /// A code with a class (2, 4 or 5), subject and detail (0 to 999).
    ///
    /// ```
    /// # use smtp_codes::{Class, EnhancedCode};
    /// let code = EnhancedCode::new(Class::PermanentNegative, 7, 26).unwrap();
    /// assert_eq!(code.to_string(), "5.7.26");
    /// assert!(EnhancedCode::new(Class::PositiveIntermediate, 0, 0).is_err()); // no 3.X.X
    /// assert!(EnhancedCode::new(Class::PermanentNegative, 1000, 0).is_err());
    /// ```
    pub const fn new(
        class: Class,
        subject: u16,
        detail: u16,
    ) -> Result<EnhancedCode, ParseCodeError> {
        if matches!(class, Class::PositiveIntermediate) {
            return Err(ParseCodeError::Class);
        }
        if subject > 999 || detail > 999 {
            return Err(ParseCodeError::Number);
        }
        Ok(EnhancedCode {
            class: class.digit(),
            subject,
            detail,
        })
    }

    /// A generic code, `X.subject.detail`, as the IANA registry writes it.
    ///
    /// ```
    /// # use smtp_codes::EnhancedCode;
    /// assert_eq!(EnhancedCode::new_generic(7, 1).unwrap().to_string(), "X.7.1");
    /// ```
    pub const fn new_generic(subject: u16, detail: u16) -> Result<EnhancedCode, ParseCodeError> {
        if subject > 999 || detail > 999 {
            return Err(ParseCodeError::Number);
        }
        Ok(EnhancedCode {
            class: 0,
            subject,
            detail,
        })
    }

    /// Parses `5.1.1` or `X.1.1` from bytes.
    ///
    /// ```
    /// # use smtp_codes::{EnhancedCode, ParseCodeError};
    /// assert!(EnhancedCode::from_bytes(b"4.7.0").is_ok());
    /// assert_eq!(EnhancedCode::from_bytes(b"5.1"), Err(ParseCodeError::Parts));
    /// assert_eq!(EnhancedCode::from_bytes(b"5.01.1"), Err(ParseCodeError::Number));
    /// ```
    pub fn from_bytes(b: &[u8]) -> Result<EnhancedCode, ParseCodeError> {
        let (&first, rest) = b.split_first().ok_or(ParseCodeError::Empty)?;
        let class = match first {
            b'2' | b'4' | b'5' => first - b'0',
            b'X' | b'x' => 0,
            b'0'..=b'9' => return Err(ParseCodeError::Class),
            _ => return Err(ParseCodeError::Parts),
        };
        let rest = rest.strip_prefix(b".").ok_or(ParseCodeError::Parts)?;
        let dot = rest
            .iter()
            .position(|&c| c == b'.')
            .ok_or(ParseCodeError::Parts)?;
        let (s, d) = (&rest[..dot], &rest[dot + 1..]);
        if d.contains(&b'.') {
            return Err(ParseCodeError::Parts);
        }
        Ok(EnhancedCode {
            class,
            subject: number(s)?,
            detail: number(d)?,
        })
    }

    /// The class, or `None` for a generic `X.s.d` code.
    ///
    /// ```
    /// # use smtp_codes::{Class, EnhancedCode};
    /// assert_eq!("4.7.0".parse::<EnhancedCode>().unwrap().class(), Some(Class::TransientNegative));
    /// assert_eq!("X.7.0".parse::<EnhancedCode>().unwrap().class(), None);
    /// ```
    pub const fn class(self) -> Option<Class> {
        Class::from_digit(self.class)
    }

    /// The subject, if it is one of the eight RFC 3463 defines.
    ///
    /// ```
    /// # use smtp_codes::{EnhancedCode, Subject};
    /// assert_eq!("5.7.1".parse::<EnhancedCode>().unwrap().subject(), Some(Subject::Security));
    /// assert_eq!("5.9.1".parse::<EnhancedCode>().unwrap().subject(), None);
    /// ```
    pub const fn subject(self) -> Option<Subject> {
        Subject::from_number(self.subject)
    }

    /// The subject number (0 to 999).
    ///
    /// ```
    /// # use smtp_codes::EnhancedCode;
    /// assert_eq!("5.7.26".parse::<EnhancedCode>().unwrap().subject_number(), 7);
    /// ```
    pub const fn subject_number(self) -> u16 {
        self.subject
    }

    /// The detail number (0 to 999).
    ///
    /// ```
    /// # use smtp_codes::EnhancedCode;
    /// assert_eq!("5.7.26".parse::<EnhancedCode>().unwrap().detail(), 26);
    /// ```
    pub const fn detail(self) -> u16 {
        self.detail
    }

    /// The same code without its class, as the registry keys it.
    ///
    /// ```
    /// # use smtp_codes::EnhancedCode;
    /// assert_eq!("4.2.2".parse::<EnhancedCode>().unwrap().generic().to_string(), "X.2.2");
    /// ```
    pub const fn generic(self) -> EnhancedCode {
        EnhancedCode { class: 0, ..self }
    }

    /// The same code with the given class (`None` if the class is 3, which enhanced codes lack).
    ///
    /// ```
    /// # use smtp_codes::{Class, EnhancedCode};
    /// let c = EnhancedCode::MAILBOX_FULL.with_class(Class::TransientNegative).unwrap();
    /// assert_eq!(c.to_string(), "4.2.2");
    /// ```
    pub const fn with_class(self, class: Class) -> Option<EnhancedCode> {
        match EnhancedCode::new(class, self.subject, self.detail) {
            Ok(c) => Some(c),
            Err(_) => None,
        }
    }

    /// Whether this is a generic `X.s.d` code.
    ///
    /// ```
    /// # use smtp_codes::EnhancedCode;
    /// assert!(EnhancedCode::MAILBOX_FULL.is_generic());
    /// ```
    pub const fn is_generic(self) -> bool {
        self.class == 0
    }

    /// Whether the class is 4 (temporary failure).
    ///
    /// ```
    /// # use smtp_codes::EnhancedCode;
    /// assert!("4.4.7".parse::<EnhancedCode>().unwrap().is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.class == 4
    }

    /// Whether the class is 5 (permanent failure).
    ///
    /// ```
    /// # use smtp_codes::EnhancedCode;
    /// assert!("5.1.1".parse::<EnhancedCode>().unwrap().is_permanent());
    /// ```
    pub const fn is_permanent(self) -> bool {
        self.class == 5
    }

    /// What a client should do, from the class; `None` for a generic code.
    ///
    /// ```
    /// # use smtp_codes::{EnhancedCode, Retry};
    /// assert_eq!("4.7.0".parse::<EnhancedCode>().unwrap().retry(), Some(Retry::Later));
    /// ```
    pub const fn retry(self) -> Option<Retry> {
        match self.class() {
            Some(c) => Some(c.retry()),
            None => None,
        }
    }
}

impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_some() {
            // Padding needs the whole text at once; this path is rare.
            let mut buf = [0u8; 9];
            let len = self.write_to(&mut buf);
            return f.pad(core::str::from_utf8(&buf[..len]).unwrap_or(""));
        }
        if self.class == 0 {
            write!(f, "X.{}.{}", self.subject, self.detail)
        } else {
            write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
        }
    }
}

impl EnhancedCode {
    fn write_to(&self, buf: &mut [u8; 9]) -> usize {
        let mut n = 0;
        buf[0] = if self.class == 0 {
            b'X'
        } else {
            b'0' + self.class
        };
        n += 1;
        for part in [self.subject, self.detail] {
            buf[n] = b'.';
            n += 1;
            let digits = if part >= 100 {
                3
            } else if part >= 10 {
                2
            } else {
                1
            };
            let mut p = part;
            for i in (0..digits).rev() {
                buf[n + i] = b'0' + (p % 10) as u8;
                p /= 10;
            }
            n += digits;
        }
        n
    }
}

impl fmt::Debug for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EnhancedCode({self})")
    }
}

impl FromStr for EnhancedCode {
    type Err = ParseCodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EnhancedCode::from_bytes(s.as_bytes())
    }
}

impl TryFrom<&str> for EnhancedCode {
    type Error = ParseCodeError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl PartialEq<&str> for EnhancedCode {
    fn eq(&self, other: &&str) -> bool {
        other.parse::<EnhancedCode>().is_ok_and(|o| o == *self)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for EnhancedCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for EnhancedCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = EnhancedCode;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an enhanced status code such as \"5.1.1\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<EnhancedCode, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}
