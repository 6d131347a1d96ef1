//! Generated pages in a real browser: headless Chromium loads them and dumps the DOM it
//! built, and the test checks headings, links and language attributes in that DOM.
//! It needs a Chromium, so it is `#[ignore]`d: `cargo test` lists it as ignored, and `.ci/run`
//! (which installs Debian's `chromium`) runs it with `--include-ignored`, where a missing
//! browser fails it.

use smtp_codes::logs::Triage;
use smtp_codes::pages::Page;
use smtp_codes::render::{Format, render};
use smtp_codes::site::{SiteOptions, build};
use smtp_codes::{Direction, Locale};
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let out = Command::new("sh")
                .arg("-c")
                .arg(format!("command -v {name}"))
                .output()
                .ok()?;
            let p = String::from_utf8(out.stdout).ok()?.trim().to_string();
            (!p.is_empty()).then(|| PathBuf::from(p))
        })
}

fn dump_dom(browser: &Path, profile: &Path, page: &Path) -> String {
    dump_url(browser, profile, &format!("file://{}", page.display()))
}

fn dump_url(browser: &Path, profile: &Path, url: &str) -> String {
    let out = Command::new(browser)
        .args([
            "--window-size=1024,768",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
        ])
        .args([
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Text of every element `<tag …>…</tag>` of a serialized DOM (no nesting of the same tag).
fn elements<'a>(dom: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = dom;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i..];
        let Some(start) = after.find('>') else { break };
        let Some(end) = after.find(&close) else { break };
        out.push(&after[start + 1..end]);
        rest = &after[end..];
    }
    out
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in s.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs this test"]
fn pages_render_in_chromium_with_the_right_structure() {
    let browser = chromium().expect("chromium is installed (see .ci/run)");
    let root = std::env::temp_dir().join(format!("smtp-codes-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let locales: Vec<Locale> = Locale::all()
        .iter()
        .copied()
        .filter(|l| ["en", "hi", "ar"].contains(&l.tag()))
        .collect();
    for f in build(&SiteOptions {
        locales: locales.clone(),
        format: Format::Html,
        extra_pairs: vec![],
    }) {
        let p = root.join(&f.path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, f.content).unwrap();
    }
    let profile = root.join("profile");
    for &l in &locales {
        let page = root.join(l.tag()).join("compare/421-vs-503.html");
        let dom = dump_dom(&browser, &profile, &page);
        // Language and direction as the browser saw them.
        let html_tag = &dom[dom.find("<html").unwrap()..];
        let html_tag = &html_tag[..html_tag.find('>').unwrap()];
        assert!(
            html_tag.contains(&format!("lang=\"{}\"", l.tag())),
            "{l}: {html_tag}"
        );
        assert!(
            html_tag.contains(&format!("dir=\"{}\"", l.direction().as_str())),
            "{l}: {html_tag}"
        );
        // One title heading naming both codes; the six sections of the page.
        let h1 = elements(&dom, "h1");
        assert_eq!(h1.len(), 1, "{l}");
        let h1 = strip_tags(h1[0]);
        assert!(h1.contains("421") && h1.contains("503"), "{l}: {h1}");
        let h2: Vec<String> = elements(&dom, "h2").into_iter().map(strip_tags).collect();
        assert_eq!(h2.len(), 6, "{l}: {h2:?}");
        if l.tag() == "hi" {
            for label in ["मुख्य अंतर", "कब किसका उपयोग करें", "और जानें"]
            {
                assert!(
                    h2.iter().any(|h| h == label),
                    "hi: {label} missing from {h2:?}"
                );
            }
            let h3: Vec<String> = elements(&dom, "h3").into_iter().map(strip_tags).collect();
            for label in ["विवरण", "जब आप इसे देखें", "कैसे ठीक करें"]
            {
                assert!(
                    h3.iter().any(|h| h == label),
                    "hi: {label} missing from {h3:?}"
                );
            }
        }
        // Codes are isolated left-to-right runs, also (above all) in Arabic.
        assert!(dom.contains("<code dir=\"ltr\">421</code>"), "{l}");
        // Every link resolves to a generated file or an https address.
        let mut links = 0;
        for part in dom.split("href=\"").skip(1) {
            let href = &part[..part.find('"').unwrap()];
            links += 1;
            if href.starts_with("https://") {
                continue;
            }
            let target = page.parent().unwrap().join(href.split('#').next().unwrap());
            assert!(target.exists(), "{l}: broken link {href}");
        }
        assert!(links >= 8, "{l}: only {links} links");
        if l.direction() == Direction::Rtl {
            assert!(dom.contains("dir=\"rtl\""));
        }
    }
    // The index lists codes grouped by class, with working links.
    let dom = dump_dom(&browser, &profile, &root.join("en/index.html"));
    let h3: Vec<String> = elements(&dom, "h3").into_iter().map(strip_tags).collect();
    assert!(
        h3.iter().any(|h| h.starts_with("4xx")) && h3.iter().any(|h| h.starts_with("X.7.x")),
        "{h3:?}"
    );
    assert!(dom.contains("href=\"codes/421.html\""));
    // The language switcher is in the header, before the content.
    let header = dom
        .find("<nav class=\"languages\"")
        .expect("a language switcher");
    assert!(
        header < dom.find("<main").unwrap(),
        "the switcher comes first"
    );
    // The search runs in the browser: `?q=` opens a search, and a code is found in any
    // notation (5.1.1 finds the X.1.1 page first; the folklore 511 finds it too).
    for (lang, q, first) in [
        ("en", "5.1.1", "codes/X.1.1.html"),
        ("en", "x.7.26", "codes/X.7.26.html"),
        ("ar", "550", "codes/550.html"),
        ("hi", "421", "codes/421.html"),
    ] {
        let index = root.join(lang).join("index.html");
        let dom = dump_url(
            &browser,
            &profile,
            &format!("file://{}?q={q}", index.display()),
        );
        let results = &dom[dom.find("<ul id=\"results\">").expect("results list")..];
        let results = &results[..results.find("</ul>").unwrap()];
        let href = results
            .split("href=\"")
            .nth(1)
            .map(|h| &h[..h.find('"').unwrap()]);
        assert_eq!(href, Some(first), "{lang} ?q={q}: {results}");
    }
    let dom = dump_url(
        &browser,
        &profile,
        &format!("file://{}?q=511", root.join("en/index.html").display()),
    );
    assert!(dom.contains("href=\"codes/X.1.1.html\""), "511 finds X.1.1");
    // The root index has a title and a heading over its languages.
    let dom = dump_dom(&browser, &profile, &root.join("index.html"));
    assert_eq!(elements(&dom, "h1").len(), 1);
    assert!(
        elements(&dom, "h2")
            .iter()
            .any(|h| strip_tags(h) == "Choose a language")
    );
    let _ = std::fs::remove_dir_all(&root);
}

/// What the browser made of the log report (`smtp-codes logs --format html`): the report
/// itself has no script, so the test adds one to a copy, after the report's own content,
/// that measures the charts as laid out, follows reason links (one of the legend, one of a
/// bar in the SVG) and writes what it found into the page, which Chromium then dumps.
const PROBE: &str = r##"<script>
const out = [];
for (const f of document.querySelectorAll('figure.chart')) {
  const svg = f.querySelector('svg');
  const r = svg.getBoundingClientRect();
  const drawn = [...svg.querySelectorAll('rect')].filter(x => {
    const b = x.getBoundingClientRect();
    return b.width > 0 && b.height > 0;
  }).length;
  out.push(`chart ${f.id} ${Math.round(r.width)} ${Math.round(r.height)} ${drawn}`);
}
function follow(a) {
  if (!a) { out.push('link missing'); return; }
  window.scrollTo(0, 0);
  a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));
  const t = document.querySelector(':target');
  const top = t ? Math.round(t.getBoundingClientRect().top) : -1;
  out.push(`followed ${a.getAttribute('href')} hash ${location.hash} target ${t ? t.id : 'none'} top ${top} height ${window.innerHeight}`);
}
follow(document.querySelector('ul.legend a[href="#reason-user_unknown"]'));
follow(document.querySelector('#chart-reasons svg a[href="#reason-greylisted"]'));
const pre = document.createElement('pre');
pre.id = 'probe';
pre.textContent = out.join('\n');
document.body.appendChild(pre);
</script>"##;

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs this test"]
fn the_log_report_draws_its_charts_and_its_reason_links_land_in_chromium() {
    let browser = chromium().expect("chromium is installed (see .ci/run)");
    let root = std::env::temp_dir().join(format!("smtp-codes-report-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let log = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/logs/mixed.log"
    ))
    .unwrap();
    let mut t = Triage::new();
    for line in log.lines() {
        t.line(line);
    }
    for locale in [Locale::En, Locale::resolve("ar")] {
        let html = render(&Page::triage(&t, locale), Format::Html);
        assert!(!html.contains("<script"), "the report needs no script");
        let page = root.join(format!("report-{}.html", locale.tag()));
        std::fs::write(&page, html.replace("</body>", &format!("{PROBE}</body>"))).unwrap();
        let dom = dump_dom(&browser, &root.join("profile"), &page);
        let probe = &dom[dom.find("<pre id=\"probe\">").expect("the probe ran")..];
        let probe = &probe[probe.find('>').unwrap() + 1..probe.find("</pre>").unwrap()];
        let lines: Vec<&str> = probe.lines().collect();
        // Five charts, each drawn with a size, with as many visible bars as it has counts.
        let charts: Vec<Vec<&str>> = lines
            .iter()
            .filter(|l| l.starts_with("chart "))
            .map(|l| l.split(' ').collect())
            .collect();
        assert_eq!(charts.len(), 5, "{locale}: {probe}");
        for c in &charts {
            let (w, h, bars): (u32, u32, usize) = (
                c[2].parse().unwrap(),
                c[3].parse().unwrap(),
                c[4].parse().unwrap(),
            );
            assert!(w >= 300 && h >= 100, "{locale}: {c:?} is drawn too small");
            assert!(bars >= 1, "{locale}: {c:?} has no visible bar");
        }
        let reasons = charts.iter().find(|c| c[1] == "chart-reasons").unwrap();
        assert_eq!(
            reasons[4],
            t.by_reason().len().to_string(),
            "one bar per reason"
        );
        // Following a reason link lands on its section, in view.
        for (href, id) in [
            ("#reason-user_unknown", "reason-user_unknown"),
            ("#reason-greylisted", "reason-greylisted"),
        ] {
            let line = lines
                .iter()
                .find(|l| l.starts_with(&format!("followed {href} ")))
                .unwrap_or_else(|| panic!("{locale}: {href} not followed: {probe}"));
            let f: Vec<&str> = line.split(' ').collect();
            assert_eq!((f[3], f[5]), (href, id), "{locale}: {line}");
            let (top, height): (i32, i32) = (f[7].parse().unwrap(), f[9].parse().unwrap());
            assert!(
                (0..height).contains(&top),
                "{locale}: the section is in view: {line}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&root);
}
