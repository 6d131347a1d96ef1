//! Compiles the catalog in `data/` into `OUT_DIR/catalog.rs`.
//!
//! A thin shim: `build/` reads, checks and emits (tests include it by `#[path]`). On bad
//! data it prints every defect, each with file, line, record and field, and fails the build
//! without writing anything.

#[path = "build/mod.rs"]
mod catalog_build;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let data = manifest.join("data");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    let outcome = catalog_build::load(&data);
    for f in &outcome.files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    for w in &outcome.diagnostics.warnings {
        println!("cargo:warning={w}");
    }
    let Some(catalog) = outcome.catalog else {
        eprintln!(
            "error: the catalog in data/ has {} problem(s):",
            outcome.diagnostics.errors.len()
        );
        for e in &outcome.diagnostics.errors {
            eprintln!("{e}");
        }
        return ExitCode::FAILURE;
    };
    let code = match catalog_build::emit::emit(&catalog) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: cannot generate the catalog tables: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("catalog.rs");
    if let Err(e) = std::fs::write(&out, code) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
