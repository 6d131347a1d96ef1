//! The catalog generator: reads `data/`, checks it, resolves it and writes the Rust tables
//! checked in under `src/catalog/generated/`.
//!
//! A pipeline, one module per stage:
//!
//! 1. [`read`]: YAML files into the raw types of [`model`] (parse errors only);
//! 2. [`check`]: every rule of the catalog, all defects at once as [`diag::Diagnostic`]s;
//! 3. [`resolve`]: checked data into a [`resolve::Catalog`];
//! 4. [`emit`]: the catalog as Rust source files.
//!
//! Nothing here panics on bad data. It is not a build script: `tests/generated.rs` runs it to
//! check that the tables in `src/` are those the data gives (and rewrites them on request),
//! `tests/validator.rs` feeds it bad fixtures and `examples/check_locale.rs` checks a
//! translation in progress. The vocabularies and the text normal form come from the
//! library's own files, so the generator and the library cannot disagree on them.

pub mod check;
pub mod diag;
pub mod emit;
pub mod keys;
pub mod model;
#[path = "../src/diagnose/normalize.rs"]
#[allow(dead_code)]
pub mod normalize;
pub mod read;
pub mod resolve;
pub mod text;
#[path = "../src/catalog/vocab.rs"]
#[allow(dead_code)]
pub mod vocab;

#[allow(unused_imports)]
pub use keys::Key;
pub use resolve::Catalog;

use diag::Diagnostics;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::Path;

/// The texts every code record has in every language, in table order.
pub const CODE_FIELDS: [&str; 4] = ["title", "meaning", "when_seen", "how_to_fix"];
/// The texts every look-alike pair has in every language, in table order.
pub const PAIR_FIELDS: [&str; 6] = [
    "question",
    "contrast",
    "a_situation",
    "a_next",
    "b_situation",
    "b_next",
];
/// The texts every reason has in every language, in table order.
pub const REASON_FIELDS: [&str; 4] = ["title", "meaning", "how_to_fix", "user_message"];

/// The result of reading `data/`: the catalog when there were no errors, and every
/// diagnostic.
pub struct Outcome {
    pub catalog: Option<Catalog>,
    pub diagnostics: Diagnostics,
}

/// Reads and checks the catalog in `data_dir`, with the languages marked `ship: true`.
pub fn load(data_dir: &Path) -> Outcome {
    load_with(data_dir, &[])
}

/// Like [`load`], and also checks the languages in `also_ship` as if they shipped (how a
/// translator checks a language in progress).
pub fn load_with(data_dir: &Path, also_ship: &[&str]) -> Outcome {
    load_inner(data_dir, also_ship, false)
}

/// Like [`load`], but a draft: translations may be missing, stale or incomplete (their
/// problems become warnings; the English stands in for a missing provider text). For trying
/// data out before it is translated; tables written this way never pass `--check`, which CI
/// runs.
pub fn load_draft(data_dir: &Path) -> Outcome {
    load_inner(data_dir, &[], true)
}

fn load_inner(data_dir: &Path, also_ship: &[&str], draft: bool) -> Outcome {
    let also_ship: Vec<String> = also_ship.iter().map(|s| s.to_string()).collect();
    let mut diagnostics = Diagnostics::default();
    let raw = read::read(data_dir, &also_ship, &mut diagnostics);
    check::check(&raw, &mut diagnostics);
    if draft {
        let (draft, errors): (Vec<_>, Vec<_>) = diagnostics
            .errors
            .drain(..)
            .partition(|e| e.file.contains("/locales/") && !e.file.contains("/locales/en/"));
        diagnostics.errors = errors;
        diagnostics.warnings.extend(draft);
    }
    let catalog = diagnostics
        .errors
        .is_empty()
        .then(|| resolve::resolve(raw, &diagnostics));
    Outcome {
        catalog,
        diagnostics,
    }
}

/// The hash a translation records of the English record it was made from.
pub fn record_hash(en: &[String; 4]) -> String {
    text::fnv1a(&[&en[0], &en[1], &en[2], &en[3]])
}

/// The hash a translation records of the English pair it was made from.
pub fn pair_hash(en: &[String; 6]) -> String {
    let parts: Vec<&str> = en.iter().map(String::as_str).collect();
    text::fnv1a(&parts)
}

/// The hash a translation records of the English reason it was made from.
pub fn reason_hash(en: &[String; 4]) -> String {
    record_hash(en)
}

/// The hash a translation records of the English UI strings.
pub fn ui_hash(keys: &[String], values: &[String]) -> String {
    let joined: Vec<String> = keys
        .iter()
        .zip(values)
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let parts: Vec<&str> = joined.iter().map(String::as_str).collect();
    text::fnv1a(&parts)
}

/// UI keys in file order (the order authors wrote them, which groups them by page).
pub fn ui_key_order(ui: &BTreeMap<String, Spanned<String>>) -> Vec<String> {
    let mut keys: Vec<(u64, String)> = ui
        .iter()
        .map(|(k, v)| (v.referenced.line(), k.clone()))
        .collect();
    keys.sort();
    keys.into_iter().map(|(_, k)| k).collect()
}
