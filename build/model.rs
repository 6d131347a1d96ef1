//! The catalog's YAML files as serde sees them.
//!
//! Every field is optional and spanned so that the validator, not serde, reports a missing
//! field: that way all defects come out at once, each with its file, line, record and field.
//! `deny_unknown_fields` turns a misspelt field into a parse error with its line and column.

use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

/// A string with the line it came from.
pub type Text = Spanned<String>;

/// One record of `data/reply/*.yaml`, `data/enhanced/*.yaml` or `data/enhanced/sub-codes.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecord {
    pub status: Option<Text>,
    pub name: Option<Text>,
    pub title: Option<Text>,
    pub meaning: Option<Text>,
    pub when_seen: Option<Text>,
    pub how_to_fix: Option<Text>,
    pub fix_by: Option<Vec<Text>>,
    pub references: Option<Vec<Text>>,
    pub commands: Option<Vec<Text>>,
    pub related: Option<Vec<Text>>,
    pub compare_with: Option<Vec<Text>>,
    pub iana_associated: Option<Text>,
}

/// A file of records keyed by code.
pub type RecordFile = BTreeMap<String, Spanned<RawRecord>>;

/// `data/enhanced/sub-codes.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSubCodes {
    pub classes: RecordFile,
    pub subjects: RecordFile,
}

/// `data/catalog.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalogInfo {
    pub version: Text,
    pub iana_registry_date: Text,
}

/// One entry of `data/sources.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub kind: Text,
    pub title: Text,
    pub url: Text,
}

/// One entry of `data/locales.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocale {
    pub tag: Text,
    pub english_name: Text,
    pub native_name: Text,
    pub dir: Text,
    /// The script most letters of this language's texts must be in.
    pub script: Text,
    /// Whether the language is compiled in (and so must be complete).
    pub ship: Spanned<bool>,
}

/// One record's texts in `data/locales/<tag>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    pub source_hash: Option<Text>,
    pub title: Option<Text>,
    pub meaning: Option<Text>,
    pub when_seen: Option<Text>,
    pub how_to_fix: Option<Text>,
}

/// `data/locales/<tag>.yaml` (and `en.yaml`, which has only `ui`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocaleFile {
    #[serde(default)]
    pub records: BTreeMap<String, Spanned<RawTranslation>>,
    #[serde(default)]
    pub ui_source_hash: Option<Text>,
    #[serde(default)]
    pub ui: BTreeMap<String, Text>,
}
