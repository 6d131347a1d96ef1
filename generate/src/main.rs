//! The catalog tool: checks `data/` and writes the tables under `src/catalog/generated/`.
//!
//! ```text
//! cargo run --manifest-path generate/Cargo.toml                       # check, then write the tables
//! cargo run --manifest-path generate/Cargo.toml -- --check            # check only; fail if the tables are stale
//! cargo run --manifest-path generate/Cargo.toml -- --also-ship hi fr  # check these languages as if they shipped
//! cargo run --manifest-path generate/Cargo.toml -- --skeleton hi      # start a language: data/locales/hi/*.yaml
//! cargo run --manifest-path generate/Cargo.toml -- --draft            # write tables before providers are translated
//! ```
//!
//! It is a package of its own so that it runs without compiling the library (whose tables it
//! writes). The generator itself lives in `build/`, which the library's tests include too.

#[path = "../../build/mod.rs"]
mod generator;
mod skeleton;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn crate_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let root = crate_root();
    // `--data DIR` reads another copy of the data (for trying changes out of the tree).
    let data = match args.iter().position(|a| a == "--data") {
        Some(i) if i + 1 < args.len() => {
            let dir = PathBuf::from(args.remove(i + 1));
            args.remove(i);
            dir
        }
        _ => root.join("data"),
    };
    match args.first().map(String::as_str) {
        Some("--skeleton") => skeleton::write_all(&data, &args[1..]),
        Some("--also-ship") => {
            let tags: Vec<&str> = args[1..].iter().map(String::as_str).collect();
            let outcome = generator::load_with(&data, &tags);
            report(&outcome);
            let n = outcome.diagnostics.errors.len();
            println!("{n} problem(s) in the catalog with {tags:?} checked as shipped");
            if n == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        Some("--check") | Some("--draft") | None => {
            let draft = args.first().is_some_and(|a| a == "--draft");
            let write = args.is_empty() || draft;
            let outcome = if draft { generator::load_draft(&data) } else { generator::load(&data) };
            report(&outcome);
            let Some(catalog) = outcome.catalog else {
                eprintln!("error: the catalog in data/ has {} problem(s)", outcome.diagnostics.errors.len());
                return ExitCode::FAILURE;
            };
            let files = match generator::emit::emit(&catalog) {
                Ok(f) => f,
                Err(e) => {
                    eprintln!("error: cannot generate the tables: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let stale = generator::emit::stale_files(&root, &files);
            if stale.is_empty() {
                println!("{} is up to date", generator::emit::DIR);
                return ExitCode::SUCCESS;
            }
            if !write {
                eprintln!("stale: {}", stale.join(", "));
                return ExitCode::FAILURE;
            }
            match generator::emit::write(&root, &files) {
                Ok(()) => {
                    println!("wrote {}", stale.join(", "));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(other) => {
            eprintln!("unknown argument {other}: see the comment at the top of generate/src/main.rs");
            ExitCode::FAILURE
        }
    }
}

fn report(outcome: &generator::Outcome) {
    for w in &outcome.diagnostics.warnings {
        eprintln!("warning: {w}");
    }
    for e in &outcome.diagnostics.errors {
        eprintln!("{e}");
    }
}
