//! The catalog's YAML files as serde sees them: the first stage of the pipeline reads files
//! into these types and nothing else.
//!
//! Every field is optional and spanned so that the checks, not serde, report a missing
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
    /// The ISO 15924 code of the script most letters of this language's texts are in.
    pub script: Text,
    /// Whether the language is compiled in (and so must be complete).
    pub ship: Spanned<bool>,
}

/// One record's texts in `data/locales/<tag>/codes.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    pub source_hash: Option<Text>,
    pub title: Option<Text>,
    pub meaning: Option<Text>,
    pub when_seen: Option<Text>,
    pub how_to_fix: Option<Text>,
}

/// `data/locales/<tag>/codes.yaml`: record texts keyed by record.
pub type RawCodesFile = BTreeMap<String, Spanned<RawTranslation>>;

/// `data/locales/<tag>/ui.yaml`: UI strings and sentence templates.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUiFile {
    /// The hash of the English strings it was translated from (none in `en/ui.yaml`).
    #[serde(default)]
    pub source_hash: Option<Text>,
    pub strings: BTreeMap<String, Text>,
}

/// One reason of `data/diagnosis/reasons.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReason {
    pub group: Option<Text>,
    pub retry: Option<Text>,
    pub fix_by: Option<Vec<Text>>,
    pub title: Option<Text>,
    pub meaning: Option<Text>,
    pub how_to_fix: Option<Text>,
    pub user_message: Option<Text>,
}

/// `data/diagnosis/reasons.yaml`.
pub type RawReasonsFile = BTreeMap<String, Spanned<RawReason>>;

/// One reason's texts in `data/locales/<tag>/reasons.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReasonTranslation {
    pub source_hash: Option<Text>,
    pub title: Option<Text>,
    pub meaning: Option<Text>,
    pub how_to_fix: Option<Text>,
    pub user_message: Option<Text>,
}

/// `data/locales/<tag>/reasons.yaml`.
pub type RawReasonsTranslation = BTreeMap<String, Spanned<RawReasonTranslation>>;

/// One phrase, or phrases that must appear in this order.
#[derive(Debug)]
pub struct Phrases(pub Vec<String>);

impl<'de> Deserialize<'de> for Phrases {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Phrases;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a phrase or a list of phrases")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Phrases, E> {
                Ok(Phrases(vec![v.to_string()]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Phrases, A::Error> {
                let mut out = Vec::new();
                while let Some(s) = a.next_element::<String>()? {
                    out.push(s);
                }
                Ok(Phrases(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// One rule of `data/diagnosis/text/*.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTextRule {
    pub id: Option<Text>,
    pub reason: Option<Text>,
    #[serde(rename = "match")]
    pub phrases: Option<Spanned<Phrases>>,
    pub strength: Option<Text>,
    /// A code the reply must carry for the rule to apply (a provider's own use of a code).
    pub with_code: Option<Text>,
    pub source: Option<Text>,
}

/// One rule of `data/diagnosis/codes.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCodeRule {
    pub code: Option<Text>,
    pub reason: Option<Text>,
    pub strength: Option<Text>,
    pub source: Option<Text>,
}

/// A source a provider file cites, in its own `sources:` map (merged with `data/sources.yaml`;
/// the kind is always `vendor`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProviderSource {
    pub title: Option<Text>,
    pub url: Option<Text>,
}

/// A code a provider defines that IANA does not register (`data/providers/<id>.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVendorCode {
    pub through: Option<Text>,
    pub title: Option<Text>,
    pub meaning: Option<Text>,
    pub when_seen: Option<Text>,
    pub how_to_fix: Option<Text>,
    pub reason: Option<Text>,
    pub fix_by: Option<Vec<Text>>,
    pub source: Option<Text>,
    pub read: Option<Text>,
}

/// What one of a provider's replies means.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProviderRule {
    pub id: Option<Text>,
    pub reason: Option<Text>,
    #[serde(rename = "match")]
    pub phrases: Option<Spanned<Phrases>>,
    pub with_code: Option<Text>,
    pub note: Option<Text>,
    pub source: Option<Text>,
    pub read: Option<Text>,
}

/// `data/providers/<id>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvider {
    pub id: Option<Text>,
    pub name: Option<Text>,
    pub kind: Option<Text>,
    #[serde(default)]
    pub markers: Vec<Text>,
    #[serde(default)]
    pub hosts: Vec<Text>,
    #[serde(default)]
    pub sources: BTreeMap<String, Spanned<RawProviderSource>>,
    #[serde(default)]
    pub vendor_codes: BTreeMap<String, Spanned<RawVendorCode>>,
    #[serde(default)]
    pub rules: Vec<Spanned<RawProviderRule>>,
}

/// A provider rule's note in another language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNoteTranslation {
    pub source_hash: Option<Text>,
    pub note: Option<Text>,
}

/// One provider's texts in `data/locales/<tag>/providers.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProviderTranslation {
    #[serde(default)]
    pub vendor_codes: BTreeMap<String, Spanned<RawTranslation>>,
    #[serde(default)]
    pub rules: BTreeMap<String, Spanned<RawNoteTranslation>>,
}

/// `data/locales/<tag>/providers.yaml`, keyed by provider id.
pub type RawProvidersTranslation = BTreeMap<String, Spanned<RawProviderTranslation>>;

/// One look-alike pair of `data/pairs/pairs.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPair {
    pub a: Option<Text>,
    pub b: Option<Text>,
    pub question: Option<Text>,
    pub contrast: Option<Text>,
    pub a_situation: Option<Text>,
    pub a_next: Option<Text>,
    pub b_situation: Option<Text>,
    pub b_next: Option<Text>,
    pub references: Option<Vec<Text>>,
}

/// A pair's texts in `data/locales/<tag>/pairs.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPairTranslation {
    pub source_hash: Option<Text>,
    pub question: Option<Text>,
    pub contrast: Option<Text>,
    pub a_situation: Option<Text>,
    pub a_next: Option<Text>,
    pub b_situation: Option<Text>,
    pub b_next: Option<Text>,
}

/// `data/locales/<tag>/pairs.yaml`, keyed `"421 vs 503"`.
pub type RawPairsTranslation = BTreeMap<String, Spanned<RawPairTranslation>>;
