//! SMTP reply codes and enhanced status codes, explained.
//!
//! - Typed codes in the style of `http::StatusCode`: [`ReplyCode`] (`421`) and
//!   [`EnhancedCode`] (`5.1.1`), with [`Class`], [`Category`] and [`Subject`].
//! - A catalog compiled from `data/` into static tables: every reply code an RFC defines,
//!   every code of the IANA enhanced status code registry, and widely seen non-standard codes
//!   (marked as such), each with a title, what it means, when you see it and how to fix it,
//!   references, the commands that return it and related codes.
//! - Texts in every shipped [`Locale`].
//! - [`Reply::parse`] for whole server replies, [`Reply::extract`] for replies inside log
//!   lines, bounces and library errors, [`diagnose`] for what happened (a [`Reason`] and its
//!   evidence), and [`explain`] to explain it all in the reader's language.
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
//! - `site`: [`site::build`], the static reference site generator.
//! - `lettre`: `Reply::from_lettre_response` and `Reply::from_lettre_error`.
//! - `cli`: the `smtp-codes` command-line tool (with `site`).
//!
//! ```
//! use smtp_codes::{diagnose, Locale, Reason, Reply};
//! let pasted = "Diagnostic-Code: smtp; 552 5.2.2 <kim@example.com>: Mailbox full";
//! let found = Reply::extract(pasted);
//! let diagnosis = diagnose(found.reply());
//! assert_eq!(diagnosis.reason(), Reason::MailboxFull);
//! println!("{}", diagnosis.user_message(Locale::resolve("pt-BR")));
//! ```
//!
//! # Layout
//!
//! Each module uses only those before it: `code` (the code types) → `catalog` (records,
//! vocabularies, the generated tables) → `l10n` (locales, UI strings) → `reply` (parse, find,
//! extract) → `diagnose` (reasons) → `compare` (facts) → [`pages`] (page models) →
//! [`render`] → `site`. The crate's README has a map of where things are.
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
mod code;
mod compare;
mod diagnose;
mod l10n;
pub mod logs;
pub mod pages;
pub mod render;
mod reply;
#[cfg(feature = "site")]
#[cfg_attr(docsrs, doc(cfg(feature = "site")))]
pub mod site;

pub use catalog::{
    CATALOG_VERSION, Command, Contrast, EnhancedInfo, IANA_REGISTRY_DATE, Locale, Party, Provider,
    ProviderKind, ProviderRule, Reason, Reference, ReplyInfo, Source, SourceKind, Status,
    SubCodeInfo, Texts, UnknownId, VendorCode, folklore, plain_text, suggest,
};
pub use code::{Category, Class, Code, EnhancedCode, ParseCodeError, ReplyCode, Retry, Subject};
pub use compare::{Comparison, Difference, Relation, compare};
pub use diagnose::{
    Diagnosis, Evidence, EvidenceSource, RecognisedBy, diagnose, diagnose_with_host, user_message,
};
pub use l10n::{Direction, UnknownLocale, ui_strings};
pub use pages::{Explanation, explain, explain_with_host};
pub use reply::{
    Advice, AdviceSource, EnhancedSource, Extracted, Line, Problem, Reply, Shape,
    find_enhanced_codes,
};

/// The README's examples, compiled and run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
