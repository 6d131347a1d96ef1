//! Stage 4 of the pipeline: the checked catalog as Rust source, the files of
//! `src/catalog/generated/`.
//!
//! The output is meant to be read in a diff: one record per line (texts one per line, under
//! their record's key), strings escaped only where Rust needs it, input sorted, no hash-order
//! iteration, so the same data always gives the same files.

mod providers;
mod reasons;
mod tables;

use super::resolve::{Catalog, Record};
use super::{CODE_FIELDS, REASON_FIELDS};
use std::fmt::Write as _;

/// Where the generated files live, relative to the crate root.
pub const DIR: &str = "src/catalog/generated";

/// The command that rewrites them, named in every file's header.
pub const REGENERATE: &str = "cargo run --manifest-path generate/Cargo.toml";

/// One generated file: its path relative to the crate root, and its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub path: String,
    pub content: String,
}

/// A Rust string literal that escapes only what Rust needs (quotes, backslashes, control
/// characters) and bidi controls (which would reorder the source as shown); every other
/// character, Devanagari or Arabic included, is written as itself.
pub fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') =>
            {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `"zh-Hans"` → `"ZhHans"`, `"label.when_seen"` → `"LabelWhenSeen"`.
pub fn camel(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            let first = c.next().map(|f| f.to_ascii_uppercase()).into_iter();
            first
                .chain(c.map(|x| x.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect()
}

/// The module (and file) name of a locale's texts: `zh-Hans` → `zh_hans`.
pub fn locale_module(tag: &str) -> String {
    tag.to_ascii_lowercase().replace('-', "_")
}

fn numbers<T: ToString>(items: &[T], per_line: usize) -> String {
    let mut out = String::new();
    for chunk in items.chunks(per_line) {
        let row: Vec<String> = chunk.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "    {},", row.join(", "));
    }
    out
}

fn header(what: &str) -> String {
    format!(
        "// @generated from data/ by build/ ({what}). Do not edit: change data/ and run\n// `{REGENERATE}`.\n"
    )
}

/// Every generated file, in a fixed order.
pub fn emit(c: &Catalog) -> Result<Vec<Generated>, String> {
    let mut files = vec![Generated {
        path: format!("{DIR}/mod.rs"),
        content: tables::tables(c)?,
    }];
    for (li, l) in c.locales.iter().enumerate() {
        files.push(Generated {
            path: format!("{DIR}/{}.rs", locale_module(&l.tag)),
            content: texts(c, li),
        });
    }
    Ok(files)
}

/// The texts of one locale: record texts, UI strings, reason texts.
fn texts(c: &Catalog, li: usize) -> String {
    let l = &c.locales[li];
    let mut o = header(&format!("the texts of {}, `{}`", l.english_name, l.tag));
    let w = &mut o;
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    out!("");
    out!(
        "use super::{{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT}};"
    );
    out!("");
    out!("/// Per record (rows as in `super::TEXT_ROWS`): {CODE_FIELDS:?}.");
    out!("pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [");
    for r in all_records(c) {
        out!("    // {}", r.key);
        out!("    [");
        for t in &r.texts[li] {
            out!("        {},", lit(t));
        }
        out!("    ],");
    }
    out!("];");
    out!("");
    out!("/// UI strings and sentence templates, in `super::UiKey` order.");
    out!("pub(super) static UI: [&str; UI_KEYS] = [");
    for (k, v) in c.ui_keys.iter().zip(&c.ui[li]) {
        out!("    // {k}");
        out!("    {},", lit(v));
    }
    out!("];");
    out!("");
    out!("/// Per reason, in `super::Reason` order: {REASON_FIELDS:?}.");
    out!("pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [");
    for r in &c.reasons {
        out!("    // {}", r.id);
        out!("    [");
        for t in &r.texts[li] {
            out!("        {},", lit(t));
        }
        out!("    ],");
    }
    out!("];");
    providers::texts(w, c, li);
    providers::pair_texts(w, c, li);
    o
}

fn all_records(c: &Catalog) -> impl Iterator<Item = &Record> {
    c.replies
        .iter()
        .chain(&c.enhanced)
        .chain(&c.classes)
        .chain(&c.subjects)
}

/// `"&hi::TEXTS, &en::TEXTS, …"` for a per-locale table, in locale order.
fn per_locale(c: &Catalog, table: &str) -> String {
    let names: Vec<String> = c
        .locales
        .iter()
        .map(|l| format!("&{}::{table}", locale_module(&l.tag)))
        .collect();
    names.join(", ")
}

/// The generated files that differ from what is on disk under `root` (or are missing there),
/// and files in [`DIR`] that the generator no longer writes.
pub fn stale_files(root: &std::path::Path, files: &[Generated]) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .filter(|f| {
            std::fs::read_to_string(root.join(&f.path)).ok().as_deref() != Some(f.content.as_str())
        })
        .map(|f| f.path.clone())
        .collect();
    if let Ok(dir) = std::fs::read_dir(root.join(DIR)) {
        let mut extra: Vec<String> = dir
            .filter_map(|e| e.ok())
            .map(|e| format!("{DIR}/{}", e.file_name().to_string_lossy()))
            .filter(|p| !files.iter().any(|f| &f.path == p))
            .collect();
        extra.sort();
        out.extend(extra);
    }
    out
}

/// Writes the generated files under `root`, and removes files of [`DIR`] it no longer writes.
pub fn write(root: &std::path::Path, files: &[Generated]) -> Result<(), String> {
    let dir = root.join(DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for f in files {
        let path = root.join(&f.path);
        std::fs::write(&path, &f.content)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    for e in std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let e = e.map_err(|e| e.to_string())?;
        let p = format!("{DIR}/{}", e.file_name().to_string_lossy());
        if !files.iter().any(|f| f.path == p) {
            std::fs::remove_file(e.path()).map_err(|err| format!("cannot remove {p}: {err}"))?;
        }
    }
    Ok(())
}
