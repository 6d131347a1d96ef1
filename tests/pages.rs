//! Rendered pages read well: over every pair of reply codes, a sample of enhanced and mixed
//! pairs, every code page, and every shipped language: no doubled words, no dangling
//! punctuation, no leftover placeholders or markup, no empty sections, sections in order.

use smtp_codes::pages::{Block, Page, Span};
use smtp_codes::render::{self, Format};
use smtp_codes::{Code, EnhancedInfo, Locale, ReplyInfo, compare};

fn replies() -> Vec<Code> {
    ReplyInfo::all()
        .iter()
        .map(|i| Code::Reply(i.code()))
        .collect()
}

fn enhanced() -> Vec<Code> {
    EnhancedInfo::all()
        .iter()
        .map(|i| Code::Enhanced(i.code()))
        .collect()
}

/// Problems of one line of rendered text (one block, or one list item).
fn line_problems(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    for (w, raw) in words
        .windows(2)
        .zip(line.split_whitespace().collect::<Vec<_>>().windows(2))
    {
        // A clause break ("it. It") is not a doubled word; neither are numbers.
        let boundary = raw[0].ends_with(|c: char| !c.is_alphanumeric())
            || raw[1].starts_with(|c: char| !c.is_alphanumeric());
        if !w[0].is_empty()
            && w[0] == w[1]
            && !boundary
            && !w[0].chars().all(|c| c.is_ascii_digit())
        {
            out.push(format!("doubled word {:?}", w[0]));
        }
    }
    for bad in [" ,", " .", " ;", " :", "()", "( )", ",,", ",.", ";.", ":."] {
        if line.contains(bad) {
            out.push(format!("dangling punctuation {bad:?}"));
        }
    }
    if line.contains("..") && !line.contains("...") {
        out.push("doubled full stop".into());
    }
    if line.find('{').is_some_and(|i| line[i..].contains('}')) {
        out.push("unreplaced placeholder".into());
    }
    if line.trim_end().ends_with([',', ';', ':']) {
        out.push("ends with dangling punctuation".into());
    }
    out
}

fn plain(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(t) => t.clone(),
            // The server's own words: the renderers quote them, and so does this check.
            Span::Verbatim(t) => format!("\"{t}\""),
            Span::Code(t) => format!("`{t}`"),
            Span::Link { text, .. } => plain(text),
        })
        .collect()
}

/// Structural problems of a page: empty sections, bad lines.
fn page_problems(page: &Page) -> Vec<String> {
    let mut out = Vec::new();
    for (i, b) in page.blocks.iter().enumerate() {
        match b {
            Block::Heading { level, text, .. } => {
                let next = page.blocks.get(i + 1);
                let empty = match next {
                    None => true,
                    Some(Block::Heading { level: l2, .. }) => l2 <= level,
                    _ => false,
                };
                // A level-2 heading directly above level-3 ones (a code's own section) has content.
                if empty {
                    out.push(format!("empty section {:?}", plain(text)));
                }
                out.extend(line_problems(&plain(text)));
            }
            Block::Paragraph(p) => out.extend(line_problems(&plain(p))),
            Block::List { items, .. } => {
                if items.is_empty() {
                    out.push("empty list".into());
                }
                for it in items {
                    out.extend(line_problems(&plain(it)));
                }
            }
            Block::Facts(f) => {
                for (label, v) in f {
                    out.extend(line_problems(&format!("{label}: {}", plain(v))));
                }
            }
            Block::Table { head, rows } => {
                for (label, cells) in rows {
                    if cells.len() != head.len() {
                        out.push(format!(
                            "row {label:?} has {} cells for {} columns",
                            cells.len(),
                            head.len()
                        ));
                    }
                    for c in cells {
                        out.extend(line_problems(&format!("{label}: {}", plain(c))));
                    }
                }
            }
            Block::Verbatim(_) => {}
            _ => out.push("a block this check does not know".into()),
        }
    }
    out
}

fn check(page: &Page, what: &str, failures: &mut Vec<String>) {
    for p in page_problems(page) {
        failures.push(format!("{what} [{}]: {p}", page.locale));
    }
    let text = render::render(page, Format::Text);
    // Lines quoting the server ("  | …") are its words, not ours: not checked.
    for line in text.lines().filter(|l| !l.starts_with("  | ")) {
        for p in line_problems(line) {
            failures.push(format!("{what} [{}]: {p} in the text output", page.locale));
        }
    }
    if text.contains('`') {
        failures.push(format!("{what} [{}]: backtick in plain text", page.locale));
    }
    if page.direction() == smtp_codes::Direction::Rtl && !text.contains('\u{2068}') {
        failures.push(format!(
            "{what} [{}]: codes not isolated in right-to-left text",
            page.locale
        ));
    }
}

fn report(failures: Vec<String>) {
    let n = failures.len();
    assert!(
        failures.is_empty(),
        "{n} problems, first ones:\n{}",
        failures.into_iter().take(30).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_reply_code_pair_reads_well_in_every_language() {
    let codes = replies();
    let mut failures = Vec::new();
    let mut pages = 0;
    for &l in Locale::all() {
        for (i, &a) in codes.iter().enumerate() {
            for &b in &codes[i + 1..] {
                check(
                    &Page::comparison(&compare(a, b).unwrap(), l),
                    &format!("{a} vs {b}"),
                    &mut failures,
                );
                pages += 1;
            }
        }
    }
    assert!(pages >= 1500 * Locale::all().len());
    report(failures);
}

#[test]
fn enhanced_and_mixed_pairs_read_well_in_every_language() {
    let (r, e) = (replies(), enhanced());
    let mut pairs: Vec<(Code, Code)> = smtp_codes::site::curated_pairs();
    // A fixed sample: every 7th enhanced pair, and every reply code against every 9th enhanced code.
    let mut n = 0;
    for (i, &a) in e.iter().enumerate() {
        for &b in &e[i + 1..] {
            n += 1;
            if n % 7 == 0 {
                pairs.push((a, b));
            }
        }
    }
    for &a in &r {
        for &b in e.iter().step_by(9) {
            pairs.push((a, b));
        }
    }
    // Classed forms: 5.1.1 against its own registry key and against 550.
    pairs.push(("5.1.1".parse().unwrap(), "X.1.1".parse().unwrap()));
    pairs.push(("550".parse().unwrap(), "5.1.1".parse().unwrap()));
    pairs.push(("4.7.0".parse().unwrap(), "5.7.1".parse().unwrap()));
    let mut failures = Vec::new();
    for &l in Locale::all() {
        for &(a, b) in &pairs {
            check(
                &Page::comparison(&compare(a, b).unwrap(), l),
                &format!("{a} vs {b}"),
                &mut failures,
            );
        }
    }
    report(failures);
}

#[test]
fn every_code_page_reads_well_in_every_language() {
    let mut failures = Vec::new();
    let mut codes = replies();
    codes.extend(enhanced());
    codes.extend(
        ["5.1.1", "4.2.2", "2.0.0"]
            .iter()
            .map(|c| c.parse::<Code>().unwrap()),
    );
    for &l in Locale::all() {
        for &c in &codes {
            check(
                &Page::code(c, l).unwrap(),
                &format!("show {c}"),
                &mut failures,
            );
        }
    }
    report(failures);
}

#[test]
fn the_comparison_page_has_its_sections_in_order_in_every_language() {
    let c = compare("421".parse().unwrap(), "503".parse().unwrap()).unwrap();
    for &l in Locale::all() {
        let page = Page::comparison(&c, l);
        let ids: Vec<&str> = page
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading {
                    level: 1 | 2, id, ..
                } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            ids,
            [
                "top",
                "summary",
                "a",
                "b",
                "differences",
                "when-to-use",
                "learn-more"
            ],
            "{l}"
        );
        let md = render::render(&page, Format::Markdown);
        assert!(
            md.contains("`421`")
                && md.contains("`503`")
                && md.contains("4xx")
                && md.contains("5xx"),
            "{l}"
        );
    }
}

#[test]
fn a_code_compared_with_itself_says_so() {
    let same = compare("5.1.1".parse().unwrap(), "X.1.1".parse().unwrap()).unwrap();
    assert!(same.is_same_code());
    assert!(same.differences().is_empty());
    let page = Page::comparison(&same, Locale::En);
    let md = render::render(&page, Format::Markdown);
    assert!(md.contains("are the same code"));
    assert!(!md.contains("## Key differences"), "no empty section");
}

#[test]
fn the_same_detail_in_two_classes_is_not_the_same_code() {
    let c = compare("4.1.1".parse().unwrap(), "5.1.1".parse().unwrap()).unwrap();
    assert!(!c.is_same_code());
    assert!(c.relations().contains(&smtp_codes::Relation::SameDetail));
    assert!(
        !c.differences().is_empty(),
        "the class and the retry differ"
    );
    for &l in Locale::all() {
        let md = render::render(&Page::comparison(&c, l), Format::Markdown);
        assert!(md.contains("`X.1.1`"), "{}: names the record", l.tag());
    }
    let md = render::render(&Page::comparison(&c, Locale::En), Format::Markdown);
    assert!(!md.contains("are the same code"), "{md}");
    assert!(md.contains("only the class differs"), "{md}");
    // The record's texts are printed once, not twice.
    assert_eq!(md.matches("### Description").count(), 1, "{md}");
}

#[test]
fn no_comparison_carries_a_sentence_true_of_every_pair() {
    for (a, b) in smtp_codes::site::curated_pairs() {
        let c = compare(a, b).unwrap();
        let md = render::render(&Page::comparison(&c, Locale::En), Format::Markdown);
        assert!(!md.contains("People often confuse"), "{a} vs {b}");
        // Same-class pairs do not print the class's sentence once per code.
        if c.relations().contains(&smtp_codes::Relation::SameClass) {
            assert!(!md.contains("A server replies"), "{a} vs {b}");
        }
    }
}

#[test]
fn html_escapes_everything_and_sets_language_and_direction() {
    for &l in Locale::all() {
        let page = Page::code("550".parse().unwrap(), l).unwrap();
        let html = render::render(&page, Format::Html);
        assert!(html.contains(&format!(
            "<html lang=\"{}\" dir=\"{}\">",
            l.tag(),
            l.direction().as_str()
        )));
        assert!(!html.contains("<script"));
    }
    let mut page = Page::code("550".parse().unwrap(), Locale::En).unwrap();
    page.blocks.push(Block::Verbatim(vec![
        "550 <script>alert(1)</script> \u{202E}evil".into(),
    ]));
    let html = render::render(&page, Format::Html);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>"));
    assert!(
        html.contains("\\u{202e}evil"),
        "bidi controls from a server are made visible"
    );
}

#[test]
fn explanations_of_the_reply_corpus_read_well_in_every_language() {
    let corpus = include_str!("data/replies.tsv");
    let replies: Vec<String> = corpus
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|r| r.replace("\\n", "\r\n"))
        .collect();
    assert!(replies.len() >= 40);
    let mut failures = Vec::new();
    for &l in Locale::all() {
        for r in &replies {
            let reply = smtp_codes::Reply::parse(r);
            let explanation = smtp_codes::explain(&reply, l);
            let page = Page::explanation(&explanation);
            check(
                &page,
                &format!("explain {:?}", r.lines().next().unwrap_or("")),
                &mut failures,
            );
            // The server's words are quoted as sent, in every language.
            let text = render::render(&page, Format::Text);
            for line in reply.lines() {
                assert!(
                    text.contains(line.text().trim_end()),
                    "{l}: server text missing for {r:?}"
                );
            }
        }
    }
    report(failures);
}
