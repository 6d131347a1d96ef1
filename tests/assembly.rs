//! Pages assembled from templates and catalog texts read well in every language: every
//! curated comparison (the records' look-alikes and the hand-written pairs) and every code
//! page is rendered in all 14 languages and checked for the faults assembly produces — an
//! acronym lower-cased (`sMTP`), a code run into a class phrase (`421 4xx`), a doubled word,
//! a space before CJK punctuation, a sentence true of every pair.

use smtp_codes::pages::Page;
use smtp_codes::render::{Format, render};
use smtp_codes::{Code, Contrast, EnhancedInfo, Locale, ReplyInfo, compare};

/// The faults of one rendered page, as readable strings.
fn faults(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for w in &words {
        // French elision (`l'IANA`) is not part of the word.
        let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
        let core: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        let mut cs = core.chars();
        if let (Some(a), Some(b), Some(c)) = (cs.next(), cs.next(), cs.next())
            && a.is_ascii_lowercase()
            && b.is_ascii_uppercase()
            && c.is_ascii_uppercase()
        {
            out.push(format!("lower-cased acronym {w:?}"));
        }
    }
    let pairs: Vec<(&str, &str)> = text
        .lines()
        .flat_map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            w.windows(2).map(|p| (p[0], p[1])).collect::<Vec<_>>()
        })
        .collect();
    for (a, b) in pairs {
        let code = |s: &str| {
            let s = s.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
                || (s.split('.').count() == 3
                    && s.chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == 'X'))
        };
        let class = |s: &str| matches!(s, "2xx" | "3xx" | "4xx" | "5xx");
        if code(a) && !a.ends_with([':', ',', ';', ')']) && class(b) {
            out.push(format!("a code run into a class: {a} {b}"));
        }
        let letters = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let (la, lb) = (letters(a), letters(b));
        // "an Experimental RFC (RFC 8617)" names the same thing twice on purpose.
        if la.chars().count() > 2
            && la == lb
            && !a.ends_with(['.', ',', ';', ':'])
            && !b.starts_with('(')
        {
            out.push(format!("doubled word {a} {b}"));
        }
    }
    for p in ['。', '、', '，', '：', '；', '）', '」'] {
        if text.contains(&format!(" {p}")) {
            out.push(format!("space before {p}"));
        }
    }
    for universal in ["People often confuse", "read the descriptions above"] {
        if text.contains(universal) {
            out.push(format!("a sentence true of every pair: {universal}"));
        }
    }
    out
}

fn check(what: &str, page: &Page, failures: &mut Vec<String>) {
    for f in [Format::Text, Format::Markdown] {
        let text = render(page, f);
        for fault in faults(&text) {
            failures.push(format!("{what} ({f}): {fault}"));
        }
    }
}

#[test]
fn every_curated_pair_reads_well_in_every_language() {
    let mut pairs = smtp_codes::site::curated_pairs();
    for c in Contrast::all() {
        pairs.push(c.codes());
    }
    assert!(
        Contrast::all().len() >= 60,
        "{} curated contrasts",
        Contrast::all().len()
    );
    let mut failures = Vec::new();
    for &l in Locale::all() {
        for &(a, b) in &pairs {
            let cmp = compare(a, b).unwrap();
            check(
                &format!("{} {a} vs {b}", l.tag()),
                &Page::comparison(&cmp, l),
                &mut failures,
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} faults:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_code_page_reads_well_in_every_language() {
    let codes: Vec<Code> = ReplyInfo::all()
        .iter()
        .map(|i| Code::Reply(i.code()))
        .chain(EnhancedInfo::all().iter().map(|i| Code::Enhanced(i.code())))
        .collect();
    let mut failures = Vec::new();
    for &l in Locale::all() {
        for &c in &codes {
            check(
                &format!("{} {c}", l.tag()),
                &Page::code(c, l).unwrap(),
                &mut failures,
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} faults:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_fault_finder_finds_the_faults_it_names() {
    assert!(!faults("The sMTP server").is_empty());
    assert!(!faults("421 4xx transient").is_empty());
    assert!(!faults("the the server").is_empty());
    assert!(!faults("応答 。").is_empty());
    assert!(faults("421: 4xx Transient; 503: 5xx Permanent. SMTP and EHLO.").is_empty());
}

/// The README's main job: in every language, `compare 421 503` says which one closes the
/// connection and which is the client's command order, in the pair's own words.
#[test]
fn compare_421_503_says_what_tells_them_apart_in_every_language() {
    let (a, b): (Code, Code) = ("421".parse().unwrap(), "503".parse().unwrap());
    let ct = Contrast::find(a, b).expect("421/503 is curated");
    let cmp = compare(a, b).unwrap();
    for &l in Locale::all() {
        let text = render(&Page::comparison(&cmp, l), Format::Markdown);
        for part in [
            ct.question(l),
            ct.contrast(l),
            ct.situation(a, l).unwrap(),
            ct.situation(b, l).unwrap(),
        ] {
            // The page marks tokens as code (and isolates them in right-to-left text):
            // compare without the backticks and the isolates.
            let plain = |s: &str| s.replace(['`', '\u{2068}', '\u{2069}'], "");
            assert!(plain(&text).contains(&plain(part)), "{}: {part}", l.tag());
        }
        if l != Locale::En {
            assert_ne!(ct.contrast(l), ct.contrast(Locale::En), "{}", l.tag());
        }
    }
}
