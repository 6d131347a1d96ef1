//! Checks translations in progress, as the build would if they shipped.
//!
//! ```text
//! cargo run --example check_locale -- hi fr
//! ```
//! Prints every problem of those languages (and of the catalog) and exits non-zero if any.
//!
//! ```text
//! cargo run --example check_locale -- --skeleton hi
//! ```
//! Writes `data/locales/hi.yaml` (if it does not exist) with every key, the English texts to
//! replace, and the `source_hash` of each English record.

#[path = "../build/mod.rs"]
#[allow(dead_code)]
mod catalog_build;

use std::path::Path;
use std::process::ExitCode;

/// A YAML double-quoted scalar.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn skeleton(data: &Path, tag: &str) -> ExitCode {
    let path = data.join("locales").join(format!("{tag}.yaml"));
    if path.exists() {
        eprintln!("{} exists already", path.display());
        return ExitCode::FAILURE;
    }
    let outcome = catalog_build::load(data);
    let Some(c) = outcome.catalog else {
        eprintln!("the catalog has errors: run without --skeleton to see them");
        return ExitCode::FAILURE;
    };
    let mut o =
        format!("# {tag}: translation of every record and UI string. Replace each English text.\n");
    o.push_str(
        "# Keep `backticked` tokens and {placeholders} exactly; see data/README.md.\nrecords:\n",
    );
    for r in c
        .replies
        .iter()
        .chain(&c.enhanced)
        .chain(&c.classes)
        .chain(&c.subjects)
    {
        o.push_str(&format!(
            "  {}:\n    source_hash: {}\n",
            quote(&r.key.to_string()),
            catalog_build::record_hash(&r.texts[0])
        ));
        for (f, t) in catalog_build::TEXT_FIELDS.iter().zip(&r.texts[0]) {
            o.push_str(&format!("    {f}: {}\n", quote(t)));
        }
    }
    o.push_str(&format!(
        "ui_source_hash: {}\nui:\n",
        catalog_build::ui_hash(&c.ui_keys, &c.ui[0])
    ));
    for (k, v) in c.ui_keys.iter().zip(&c.ui[0]) {
        o.push_str(&format!("  {k}: {}\n", quote(v)));
    }
    match std::fs::write(&path, o) {
        Ok(()) => {
            println!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let tags: Vec<String> = std::env::args().skip(1).collect();
    if tags.first().is_some_and(|t| t == "--skeleton") {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        return tags[1..]
            .iter()
            .map(|t| skeleton(&data, t))
            .find(|c| *c != ExitCode::SUCCESS)
            .unwrap_or(ExitCode::SUCCESS);
    }
    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let outcome = catalog_build::load_with(&data, &tags);
    for w in &outcome.diagnostics.warnings {
        println!("warning: {w}");
    }
    for e in &outcome.diagnostics.errors {
        println!("{e}");
    }
    let n = outcome.diagnostics.errors.len();
    println!("{n} problem(s) in the catalog with {tags:?} checked as shipped");
    if n == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
