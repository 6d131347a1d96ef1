//! Snapshots of the 421-vs-503 comparison in every format and of one code page, reviewed by a
//! person and kept in `tests/snapshots/`. A change to the output fails here until the new
//! snapshot is reviewed and written with `SMTP_CODES_UPDATE_SNAPSHOTS=1 cargo test --test snapshots`.

use smtp_codes::pages::Page;
use smtp_codes::render::{self, Format};
use smtp_codes::{Code, Locale, compare};
use std::path::Path;

fn check(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("SMTP_CODES_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {name}: review the output and write it"));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!("{name} changed (first difference at line {line}); review and update the snapshot");
    }
}

fn c421_503() -> smtp_codes::Comparison {
    compare(
        "421".parse::<Code>().unwrap(),
        "503".parse::<Code>().unwrap(),
    )
    .unwrap()
}

#[test]
fn compare_421_503_text() {
    check(
        "compare-421-503.txt",
        &render::render(&Page::comparison(&c421_503(), Locale::En), Format::Text),
    );
}

#[test]
fn compare_421_503_markdown() {
    check(
        "compare-421-503.md",
        &render::render(&Page::comparison(&c421_503(), Locale::En), Format::Markdown),
    );
}

#[test]
fn compare_421_503_html() {
    check(
        "compare-421-503.html",
        &render::render(&Page::comparison(&c421_503(), Locale::En), Format::Html),
    );
}

#[test]
fn compare_421_503_every_language_markdown() {
    for &l in Locale::all() {
        if l != Locale::En {
            check(
                &format!("compare-421-503.{}.md", l.tag()),
                &render::render(&Page::comparison(&c421_503(), l), Format::Markdown),
            );
        }
    }
}

#[test]
fn show_5_1_1_text() {
    let page = Page::code("5.1.1".parse().unwrap(), Locale::En).unwrap();
    check("show-5.1.1.txt", &render::render(&page, Format::Text));
}
