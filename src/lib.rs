//! SMTP reply codes and enhanced status codes, explained.
//!
//! - Typed codes in the style of `http::StatusCode`: [`ReplyCode`] (`421`) and
//!   [`EnhancedCode`] (`5.1.1`), with [`Class`], [`Category`] and [`Subject`].
//! - A catalog compiled in at build time from `data/`: every reply code an RFC defines, every
//!   code of the IANA enhanced status code registry, and widely seen non-standard codes
//!   (marked as such), each with a title, what it means, when you see it and how to fix it,
//!   references, the commands that return it and related codes.
//! - Texts in every shipped [`Locale`].
//!
//! ```
//! use smtp_codes::{Class, EnhancedCode, Locale, ReplyCode, Retry};
//!
//! let code: ReplyCode = "421".parse()?;
//! assert_eq!(code.class(), Class::TransientNegative);
//! assert_eq!(code.retry(), Retry::Later);
//! let info = code.info().expect("421 is in the catalog");
//! println!("{}: {}", code, info.title(Locale::En));
//! println!("{}", info.how_to_fix(Locale::En));
//!
//! let enhanced: EnhancedCode = "5.1.1".parse()?;
//! assert_eq!(enhanced.info().unwrap().title(Locale::En), "Bad destination mailbox address");
//! # Ok::<(), smtp_codes::ParseCodeError>(())
//! ```
//!
//! # Features
//!
//! - `std` (default): `std::error::Error` impls. Without it the crate is `no_std`; lookups
//!   never allocate.
//! - `serde`: `Serialize`/`Deserialize` for codes (`421`, `"5.1.1"`) and `Serialize` for records.
//! - `cli`: the `smtp-codes` command-line tool.
//!
//! # Data stability
//!
//! The catalog's texts and facts are data, not API: they improve in patch releases.
//! [`CATALOG_VERSION`] names the data version, [`IANA_REGISTRY_DATE`] the registry it follows.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]
#![forbid(unsafe_code)]

#[cfg(feature = "std")]
extern crate std;

extern crate alloc;

mod catalog;
mod class;
mod enhanced_code;
mod error;
mod info;
mod locale;
mod reply_code;

pub use catalog::{CATALOG_VERSION, IANA_REGISTRY_DATE, Locale};
pub use class::{Category, Class, Retry, Subject};
pub use enhanced_code::EnhancedCode;
pub use error::ParseCodeError;
pub use info::{Code, Command, EnhancedInfo, Party, Reference, ReplyInfo, Source, SourceKind, Status, SubCodeInfo, Texts};
pub use locale::{Direction, UnknownLocale};
pub use reply_code::ReplyCode;

/// The enhanced code a number stands for when people quote it as a reply code, though no
/// server sends it as one: `511` is usually `5.1.1` misread. Returns the generic `X.s.d` code.
///
/// ```
/// let x = smtp_codes::folklore(510).unwrap();
/// assert_eq!(x.to_string(), "X.1.0");
/// assert!(smtp_codes::folklore(550).is_none());
/// ```
pub fn folklore(number: u16) -> Option<EnhancedCode> {
    catalog::FOLKLORE.iter().find(|(n, _)| *n == number).map(|&(_, c)| c)
}
