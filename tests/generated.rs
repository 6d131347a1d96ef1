//! The tables checked in under `src/catalog/generated/` are exactly what `data/` gives: the
//! generator (`build/`) runs here on `data/` and its output is compared with the files. Their
//! sizes are pinned, so that a change to the data or the layout shows up in review.
//!
//! After changing `data/` (or `build/`), rewrite the tables with
//! `cargo run --manifest-path generate/Cargo.toml` and review the diff.

#[path = "../build/mod.rs"]
#[allow(dead_code)]
mod generator;

use smtp_codes::{EnhancedInfo, Locale, Reason, ReplyInfo, SubCodeInfo};
use std::mem::size_of;
use std::path::Path;

#[test]
fn the_checked_in_tables_are_generated_from_data() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let outcome = generator::load(&root.join("data"));
    let errors: Vec<String> = outcome
        .diagnostics
        .errors
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors.is_empty(),
        "data/ has {} problem(s):\n{}",
        errors.len(),
        errors.join("\n")
    );
    let catalog = outcome.catalog.expect("a catalog without errors");
    let files = generator::emit::emit(&catalog).expect("the tables can be written");
    let stale = generator::emit::stale_files(root, &files);
    assert!(
        stale.is_empty(),
        "{} differ from what data/ gives: run `{}` and review the diff",
        stale.join(", "),
        generator::emit::REGENERATE
    );
}

/// Generating twice gives the same bytes (no hash order, no time, no randomness).
#[test]
fn the_generator_is_deterministic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let once = generator::load(&root.join("data"))
        .catalog
        .expect("valid data");
    let twice = generator::load(&root.join("data"))
        .catalog
        .expect("valid data");
    assert_eq!(
        generator::emit::emit(&once).unwrap(),
        generator::emit::emit(&twice).unwrap()
    );
}

/// How many records of each kind the catalog has, and what they weigh: every change to these
/// numbers is a change to review (a record added or lost, a field that grew).
#[test]
fn table_sizes_are_pinned() {
    let counts = [
        ("reply codes", ReplyInfo::all().len()),
        ("enhanced codes", EnhancedInfo::all().len()),
        ("locales", Locale::all().len()),
        ("reasons", Reason::all().len()),
        ("UI strings", smtp_codes::ui_strings(Locale::En).count()),
        ("providers", smtp_codes::Provider::all().len()),
        ("vendor codes", smtp_codes::VendorCode::all().len()),
        (
            "provider rules",
            smtp_codes::Provider::all()
                .iter()
                .map(|p| p.rules().count())
                .sum(),
        ),
        ("look-alike pairs", smtp_codes::Contrast::all().len()),
    ];
    assert_eq!(
        counts,
        [
            ("reply codes", 57),
            ("enhanced codes", 81),
            ("locales", 14),
            ("reasons", 32),
            ("UI strings", 154),
            ("providers", 34),
            ("vendor codes", 66),
            ("provider rules", 465),
            ("look-alike pairs", 79),
        ]
    );
    // Sizes hold pointers and slices, so they are pinned for 64-bit targets only.
    if cfg!(not(target_pointer_width = "64")) {
        return;
    }
    let sizes = [
        ("ReplyInfo", size_of::<ReplyInfo>()),
        ("EnhancedInfo", size_of::<EnhancedInfo>()),
        ("SubCodeInfo", size_of::<SubCodeInfo>()),
        ("Provider", size_of::<smtp_codes::Provider>()),
        ("VendorCode", size_of::<smtp_codes::VendorCode>()),
        ("ProviderRule", size_of::<smtp_codes::ProviderRule>()),
    ];
    assert_eq!(
        sizes,
        [
            ("ReplyInfo", 104),
            ("EnhancedInfo", 128),
            ("SubCodeInfo", 40),
            ("Provider", 88),
            ("VendorCode", 80),
            ("ProviderRule", 88),
        ]
    );
}
