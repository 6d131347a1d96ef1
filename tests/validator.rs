//! The catalog generator's checks (`build/`) on a small valid catalog and on one bad fixture
//! per rule (`tests/fixtures/bad/*.yaml`), each asserting the exact messages.

#[path = "../build/mod.rs"]
#[allow(dead_code)]
mod catalog_build;

use serde::Deserialize;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A copy of the valid fixture catalog in a fresh directory named `data`.
fn copy_catalog(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!(
            "smtp-codes-validator-{}-{name}",
            std::process::id()
        ))
        .join("data");
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&fixtures().join("catalog"), &dir);
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn messages(outcome: &catalog_build::Outcome) -> (Vec<String>, Vec<String>) {
    let e = outcome
        .diagnostics
        .errors
        .iter()
        .map(ToString::to_string)
        .collect();
    let w = outcome
        .diagnostics
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    (e, w)
}

#[test]
fn the_fixture_catalog_is_valid() {
    let dir = copy_catalog("valid");
    let outcome = catalog_build::load(&dir);
    let (errors, warnings) = messages(&outcome);
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(warnings, Vec::<String>::new());
    let c = outcome.catalog.unwrap();
    assert_eq!(c.replies.len(), 2);
    assert_eq!(c.locales.len(), 2);
    // Relations are made symmetric.
    assert!(
        c.replies[1]
            .related
            .contains(&catalog_build::Key::Reply(421))
    );
    // The reasons keep the order of their file; rules are normalised for the matcher.
    let ids: Vec<&str> = c.reasons.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["user_unknown", "success", "intermediate", "unknown"]);
    assert_eq!(c.text_rules[0].phrases, [b" no such user ".to_vec()]);
    let generated = catalog_build::emit::emit(&c).unwrap();
    let names: Vec<&str> = generated.iter().map(|g| g.path.as_str()).collect();
    assert_eq!(
        names,
        [
            "src/catalog/generated/mod.rs",
            "src/catalog/generated/en.rs",
            "src/catalog/generated/ru.rs"
        ]
    );
    assert!(
        generated
            .iter()
            .all(|g| g.content.starts_with("// @generated"))
    );
    assert!(
        generated[2]
            .content
            .contains("\"Почтовый ящик недоступен\""),
        "strings are written as themselves, not as \\u{{…}} escapes"
    );
    assert_eq!(
        generated,
        catalog_build::emit::emit(&c).unwrap(),
        "output must be deterministic"
    );
}

/// One bad fixture: an edit to one file of the valid catalog, and what the validator says.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bad {
    /// The rule this fixture breaks.
    rule: String,
    /// File under `data/` to edit.
    file: String,
    /// Text to replace (must occur once), or empty to append.
    #[serde(default)]
    find: String,
    replace: String,
    /// The exact error messages, in order.
    #[serde(default)]
    errors: Vec<String>,
    /// The exact warnings, in order.
    #[serde(default)]
    warnings: Vec<String>,
}

#[test]
fn every_bad_fixture_gives_its_exact_messages() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures().join("bad"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 20, "one fixture per rule");
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let bad: Bad = serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let dir = copy_catalog(&name);
        let file = dir.join(&bad.file);
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let edited = if bad.find.is_empty() {
            format!("{text}{}", bad.replace)
        } else {
            assert_eq!(
                text.matches(&bad.find).count(),
                1,
                "{name}: `find` must occur exactly once in {}",
                bad.file
            );
            text.replacen(&bad.find, &bad.replace, 1)
        };
        std::fs::write(&file, edited).unwrap();
        let outcome = catalog_build::load(&dir);
        let (errors, warnings) = messages(&outcome);
        if let Some(out) = std::env::var_os("SMTP_CODES_BLESS_DIR") {
            // Review aid: dumps what the validator says, for a person to read and copy.
            let v = serde_json::json!({ "errors": errors, "warnings": warnings });
            std::fs::write(Path::new(&out).join(format!("{name}.json")), v.to_string()).unwrap();
        }
        if errors != bad.errors || warnings != bad.warnings {
            failures.push(format!(
                "{name} ({}):\n  errors   {errors:#?}\n  warnings {warnings:#?}",
                bad.rule
            ));
        } else if outcome.catalog.is_some() != errors.is_empty() {
            failures.push(format!(
                "{name}: a catalog must be built exactly when there are no errors"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
