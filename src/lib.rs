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
mod code_page;
mod compare;
mod enhanced_code;
mod error;
mod explain;
mod info;
mod locale;
pub mod page;
pub mod render;
mod reply;
mod reply_code;
pub mod site;
mod ui;

pub use catalog::{CATALOG_VERSION, IANA_REGISTRY_DATE, Locale};
pub use class::{Category, Class, Retry, Subject};
pub use code_page::{Linker, NoLinks, code_page, code_page_with};
pub use compare::{Comparison, Difference, Relation, compare};
pub use enhanced_code::EnhancedCode;
pub use error::ParseCodeError;
pub use explain::{Explanation, explain};
pub use info::{
    Code, Command, EnhancedInfo, Party, Reference, ReplyInfo, Source, SourceKind, Status,
    SubCodeInfo, Texts,
};
pub use locale::{Direction, UnknownLocale};
pub use reply::{Advice, AdviceSource, EnhancedSource, Line, Problem, Reply, find_enhanced_codes};
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
    catalog::FOLKLORE
        .iter()
        .find(|(n, _)| *n == number)
        .map(|&(_, c)| c)
}

/// Every UI string and sentence template of a language, as `(key, text)` in catalog order:
/// for programs that build their own pages from the catalog's translations.
///
/// ```
/// use smtp_codes::Locale;
/// let (key, text) = smtp_codes::ui_strings(Locale::En).find(|(k, _)| *k == "label.how_to_fix").unwrap();
/// assert_eq!((key, text), ("label.how_to_fix", "How to fix"));
/// ```
pub fn ui_strings(locale: Locale) -> impl Iterator<Item = (&'static str, &'static str)> {
    catalog::UI_KEY_NAMES
        .iter()
        .copied()
        .zip(catalog::UI[locale as usize].iter().copied())
}

/// A known code to suggest for an unknown one: for a folklore number (`511`) the enhanced
/// code it stands for; for another reply code the nearest catalog code of its class; for an
/// enhanced code the nearest detail of its subject. `None` for a known code.
///
/// ```
/// use smtp_codes::{suggest, Code};
/// let s = |c: &str| suggest(c.parse::<Code>().unwrap()).map(|c| c.to_string());
/// assert_eq!(s("510").as_deref(), Some("5.1.0"));
/// assert_eq!(s("549").as_deref(), Some("550"));
/// assert_eq!(s("5.1.11").as_deref(), Some("5.1.10"));
/// assert_eq!(s("5.7.606").as_deref(), Some("5.7.0"));
/// assert_eq!(s("550"), None);
/// ```
pub fn suggest(code: Code) -> Option<Code> {
    if code.is_known() {
        return None;
    }
    match code {
        Code::Reply(r) => {
            if let Some(e) = folklore(r.as_u16()) {
                let class = r.class();
                return Some(Code::Enhanced(e.with_class(class).unwrap_or(e)));
            }
            let n = r.as_u16();
            ReplyInfo::all()
                .iter()
                .filter(|i| i.code().class() == r.class())
                .min_by_key(|i| (i.code().as_u16().abs_diff(n), i.code().as_u16()))
                .map(|i| Code::Reply(i.code()))
        }
        Code::Enhanced(e) => {
            let in_subject = EnhancedInfo::all()
                .iter()
                .filter(|i| i.code().subject_number() == e.subject_number());
            let mut best = in_subject
                .clone()
                .min_by_key(|i| (i.code().detail().abs_diff(e.detail()), i.code().detail()))?;
            // A detail far from any registered one (a vendor's 5.7.606) is not a typo of its
            // neighbour: point at the subject's "other or undefined" code instead.
            if best.code().detail().abs_diff(e.detail()) > 2 {
                best = in_subject.min_by_key(|i| i.code().detail())?;
            }
            let c = match e.class() {
                Some(class) => best.code().with_class(class).unwrap_or(best.code()),
                None => best.code(),
            };
            Some(Code::Enhanced(c))
        }
    }
}

/// The README's examples, compiled and run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
