//! Stage 2 of the pipeline: every rule the catalog must keep, checked on what was read.
//!
//! Nothing here builds anything: it only reports, each defect with its file, line, record and
//! field, all of them at once. [`super::resolve`] runs only when there is no error.

mod diagnosis;
mod pairs;
mod providers;
mod records;
mod texts;

use super::diag::{At, Diagnostics};
use super::keys::{Key, RecordKind, parse_any_key, parse_code_ref, parse_record_key};
use super::model::*;
use super::read::{File, Raw};
use super::text;
use super::vocab::{Command, Party, SourceKind, Status};
use super::{CODE_FIELDS, REASON_FIELDS, reason_hash, record_hash, ui_hash, ui_key_order};
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

// The generator's skeleton and resolve stage use these; the tests that include build/ may not.
#[allow(unused_imports)]
pub use pairs::{pair_code, pair_key};
#[allow(unused_imports)]
pub use providers::note_hash;

/// The reasons the library itself names: a reply of class 2 or 3, and no reason found.
pub const REQUIRED_REASONS: [&str; 3] = ["success", "intermediate", "unknown"];

/// What a locale entry needs for checking translations into it.
pub struct LocaleInfo {
    pub tag: String,
    /// ISO 15924 code, `Latn`.
    pub script: String,
}

fn line<T>(s: &Spanned<T>) -> u64 {
    s.referenced.line()
}

/// The ids of a vocabulary, for messages: "standard, extension, …".
fn ids<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&v| as_str(v)).collect()
}

pub fn check(raw: &Raw, d: &mut Diagnostics) {
    let mut c = Checker { raw, d };
    c.sources();
    let locales = c.locales();
    c.records();
    c.folklore();
    c.ui_en();
    c.sub_codes();
    c.reasons();
    c.rules();
    c.providers();
    c.pairs();
    for tr in &raw.translations {
        let Some(loc) = locales.iter().find(|l| l.tag == tr.tag) else {
            continue;
        };
        c.translated_codes(loc, tr.codes.as_ref());
        c.translated_ui(loc, tr.ui.as_ref());
        c.translated_reasons(loc, tr.reasons.as_ref());
        c.translated_providers(loc, tr.providers.as_ref());
        c.translated_pairs(loc, tr.pairs.as_ref());
    }
}

struct Checker<'a, 'd> {
    raw: &'a Raw,
    d: &'d mut Diagnostics,
}

impl<'a> Checker<'a, '_> {
    fn keys(&self) -> BTreeSet<Key> {
        self.raw.records.iter().map(|f| f.key).collect()
    }

    fn source_ids(&self) -> BTreeMap<&'a str, &'a RawSource> {
        self.raw
            .sources
            .iter()
            .flat_map(|f| &f.value)
            .map(|(id, s)| (id.as_str(), &s.value))
            .collect()
    }

    fn sources(&mut self) {
        let Some(f) = &self.raw.sources else { return };
        for (id, s) in &f.value {
            let at = At::record(&f.name, line(s), id);
            let s = &s.value;
            if SourceKind::from_str(&s.kind.value).is_err() {
                self.d.error(
                    at.field("kind", line(&s.kind)),
                    format!(
                        "unknown source kind \"{}\" (one of {})",
                        s.kind.value,
                        ids(SourceKind::ALL, SourceKind::as_str).join(", ")
                    ),
                );
            }
            if s.kind.value == "rfc" && !is_rfc_id(id) {
                self.d.error(at, "an rfc source is named \"RFC <number>\"");
            }
            if !s.url.value.starts_with("https://") {
                self.d
                    .error(at.field("url", line(&s.url)), "must be an https:// address");
            }
            if s.title.value.trim().is_empty() {
                self.d.error(at.field("title", line(&s.title)), "is empty");
            }
        }
    }

    /// Checks `locales.yaml`; returns the shipped locales.
    fn locales(&mut self) -> Vec<LocaleInfo> {
        let Some(f) = &self.raw.locales else {
            return Vec::new();
        };
        let mut seen: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for l in &f.value {
            let l_line = line(l);
            let l = &l.value;
            let tag = l.tag.value.as_str();
            let at = At::record(&f.name, l_line, tag);
            if !is_bcp47_shape(tag) {
                self.d.error(
                    at.field("tag", line(&l.tag)),
                    format!("\"{tag}\" is not a BCP 47 language tag"),
                );
            }
            if seen.iter().any(|o| o.eq_ignore_ascii_case(tag)) {
                self.d.error(
                    at.field("tag", line(&l.tag)),
                    format!("locale \"{tag}\" is listed twice"),
                );
            }
            seen.push(tag);
            if !matches!(l.dir.value.as_str(), "ltr" | "rtl") {
                self.d
                    .error(at.field("dir", line(&l.dir)), "must be ltr or rtl");
            }
            if !text::SCRIPTS.contains(&l.script.value.as_str()) {
                self.d.error(
                    at.field("script", line(&l.script)),
                    format!("unknown script (one of {})", text::SCRIPTS.join(", ")),
                );
            }
            out.push(LocaleInfo {
                tag: tag.to_string(),
                script: l.script.value.clone(),
            });
        }
        if f.value.first().map(|l| l.value.tag.value.as_str()) != Some("en") {
            self.d.error(
                At::file(&f.name, 0),
                "the first locale must be en, the root every text falls back to",
            );
        }
        out
    }

    /// A list of vocabulary ids: each known, none twice.
    fn id_list(
        &mut self,
        at: At<'_>,
        field: &str,
        list: Option<&Vec<Text>>,
        allowed: &[&str],
        non_empty: bool,
    ) {
        if non_empty && list.is_some_and(|l| l.is_empty()) {
            self.d.error(at.field(field, 0), "is empty");
        }
        let mut seen: Vec<&str> = Vec::new();
        for v in list.into_iter().flatten() {
            if !allowed.contains(&v.value.as_str()) {
                self.d.error(
                    at.field(field, line(v)),
                    format!(
                        "unknown value \"{}\" (one of {})",
                        v.value,
                        allowed.join(", ")
                    ),
                );
            } else if seen.contains(&v.value.as_str()) {
                self.d.error(
                    at.field(field, line(v)),
                    format!("\"{}\" is listed twice", v.value),
                );
            } else {
                seen.push(&v.value);
            }
        }
    }

    fn folklore(&mut self) {
        let Some(f) = &self.raw.folklore else { return };
        let keys = self.keys();
        for (k, v) in &f.value {
            let at = At::record(&f.name, line(v), k);
            let code = match parse_record_key(k, RecordKind::Reply) {
                Ok(Key::Reply(c)) => c,
                _ => {
                    self.d
                        .error(at, "a folklore entry is keyed by a three-digit number");
                    continue;
                }
            };
            if keys.contains(&Key::Reply(code)) {
                self.d
                    .error(at, "is a catalog reply code, so it cannot also be folklore");
            }
            match parse_code_ref(&v.value) {
                Ok(key @ Key::Enhanced(..)) if keys.contains(&key) => {}
                _ => self.d.error(
                    at,
                    format!("\"{}\" is not an enhanced code of the catalog", v.value),
                ),
            }
        }
    }

    fn ui_en(&mut self) {
        let Some(f) = &self.raw.ui_en else { return };
        if f.value.source_hash.is_some() {
            self.d.error(
                At::file(&f.name, 0).field("source_hash", 0),
                "the English UI strings are the source: they have no source hash",
            );
        }
        for (k, v) in &f.value.strings {
            let at = At::file(&f.name, line(v)).field(k, line(v));
            if !k
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
            {
                self.d
                    .error(at, "UI keys are lower-case words joined by `.` or `_`");
            }
            self.ui_hygiene(at, k, &v.value);
            if let Err(e) = text::placeholders(&v.value) {
                self.d.error(at, format!("template {e}"));
            }
        }
    }

    /// A UI string's hygiene; the separators (`list.separator`, `list.last_separator`,
    /// `label.separator`) are allowed their spaces.
    fn ui_hygiene(&mut self, at: At<'_>, key: &str, value: &str) {
        for p in text::hygiene(value) {
            if !(p.contains("white space") && key.ends_with("separator")) {
                self.d.error(at, format!("text {p}"));
            }
        }
    }

    fn sub_codes(&mut self) {
        let keys = self.keys();
        let file = &self.raw.sub_codes_file;
        for c in [2u8, 4, 5] {
            if !keys.contains(&Key::Class(c)) {
                self.d.error(
                    At::record(file, 0, &Key::Class(c).to_string()),
                    "class sub-code is missing",
                );
            }
        }
        for s in 0u16..8 {
            if !keys.contains(&Key::Subject(s)) {
                self.d.error(
                    At::record(file, 0, &Key::Subject(s).to_string()),
                    "subject sub-code is missing",
                );
            }
        }
    }
}

/// The English texts of a record or reason, empty where missing (reported elsewhere).
fn english(texts: &[&Option<Text>; 4]) -> [String; 4] {
    texts.map(|t| t.as_ref().map(|t| t.value.clone()).unwrap_or_default())
}

/// `"RFC 5321 §4.2.3"` → (`"RFC 5321"`, `"4.2.3"`).
pub fn split_reference(r: &str) -> (&str, &str) {
    r.split_once(" §").unwrap_or((r, ""))
}

/// The three-digit numbers of IANA's "associated basic status code" column.
pub fn associated_codes(column: &str) -> impl Iterator<Item = u16> + '_ {
    column
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| n.len() == 3)
        .filter_map(|n| n.parse().ok())
}

fn is_rfc_id(id: &str) -> bool {
    id.strip_prefix("RFC ")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn is_constant_name(v: &str) -> bool {
    v.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && v.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !v.contains("__")
        && !v.ends_with('_')
}

/// A snake_case id: `user_unknown`.
fn is_id(v: &str) -> bool {
    v.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !v.contains("__")
        && !v.ends_with('_')
}

/// language[-Script][-REGION]: enough for the tags we ship.
fn is_bcp47_shape(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| {
            (p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                || (p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
        })
}
