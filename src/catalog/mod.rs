//! The catalog: what `data/` says about every code, compiled into static tables.
//!
//! - [`generated`](self) holds the tables, written by the generator in `build/` and checked
//!   in (`src/catalog/generated/`, one file for the tables and one per language);
//! - `vocab` the small vocabularies ([`Status`](crate::Status), [`Party`](crate::Party), …),
//!   shared with the generator;
//! - `records` the record types and how a code finds its record; `lookup` the lookups;
//! - `reasons` the diagnosis taxonomy and rules; `providers` the providers, their own codes
//!   and rules; `suggest` suggestions for unknown codes.

#[rustfmt::skip]
#[allow(clippy::unreadable_literal, clippy::large_const_arrays, clippy::too_many_lines)]
mod generated;
mod lookup;
mod pairs;
mod providers;
mod reasons;
mod records;
mod source;
mod suggest;
mod vocab;

pub use generated::{CATALOG_VERSION, IANA_REGISTRY_DATE, Locale};
pub use pairs::Contrast;
pub use providers::{Provider, ProviderKind, ProviderRule, VendorCode};
pub use reasons::Reason;
pub use records::{EnhancedInfo, ReplyInfo, SubCodeInfo, Texts};
pub use source::{Reference, Source};
pub use suggest::{folklore, suggest};
pub use vocab::{Command, Party, SourceKind, Status, UnknownId};

pub(crate) use generated::{
    CODE_RULES, LOCALE_BY_TAG, LOCALE_LIST, PROVIDER_MARKERS, PROVIDER_RULES, STALE_TEXTS,
    TEXT_RULES, UI_KEY_NAMES, UiKey,
};
pub(crate) use lookup::{ui, ui_by_index};
pub(crate) use reasons::{CodeRule, ReasonData, TextRule};

use alloc::borrow::Cow;
use alloc::string::String;

/// Facts about a shipped locale, a row of the generated table.
#[derive(Debug)]
pub(crate) struct LocaleData {
    pub tag: &'static str,
    pub english_name: &'static str,
    pub native_name: &'static str,
    pub rtl: bool,
    /// ISO 15924.
    pub script: &'static str,
}

pub(crate) fn locale_data(locale: Locale) -> &'static LocaleData {
    &generated::LOCALES[locale as usize]
}

/// A catalog text as plain text: the backticks that mark protocol tokens and codes
/// (Markdown inline code) removed; in a right-to-left language each token isolated with
/// Unicode FSI/PDI, so that `RCPT TO` keeps its order. Texts without tokens are borrowed.
///
/// ```
/// use smtp_codes::{plain_text, Locale};
/// assert_eq!(plain_text("Send `EHLO` first.", Locale::En), "Send EHLO first.");
/// assert_eq!(plain_text("No tokens.", Locale::En), "No tokens.");
/// ```
pub fn plain_text(text: &str, locale: Locale) -> Cow<'_, str> {
    if !text.contains('`') {
        return Cow::Borrowed(text);
    }
    let rtl = locale_data(locale).rtl;
    let mut out = String::with_capacity(text.len() + 8);
    for (i, piece) in text.split('`').enumerate() {
        let token = i % 2 == 1;
        if token && rtl {
            out.push('\u{2068}');
        }
        out.push_str(piece);
        if token && rtl {
            out.push('\u{2069}');
        }
    }
    Cow::Owned(out)
}
