//! `smtp-codes logs` and `smtp_codes::logs`: exact counts on a log of documented line shapes
//! (tests/data/logs/README.md), plain, gzip and stdin; hostile input bounded and panic-free.

use smtp_codes::Reason;
use smtp_codes::logs::{Outcome, Triage};
use std::io::Write;
use std::process::{Command, Stdio};

fn log() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/logs/mixed.log"
    ))
    .unwrap()
}

fn triage(text: &str) -> Triage {
    let mut t = Triage::new();
    for line in text.lines() {
        t.line(line);
    }
    t
}

#[test]
fn the_test_log_gives_its_exact_counts() {
    let t = triage(&log());
    assert_eq!((t.lines(), t.attempts(), t.skipped()), (51, 37, 14));
    let o = t.outcomes();
    assert_eq!(
        [
            o[Outcome::Sent as usize],
            o[Outcome::Deferred as usize],
            o[Outcome::Bounced as usize],
            o[Outcome::Expired as usize]
        ],
        [6, 16, 14, 1]
    );
    assert_eq!(
        t.recovered(),
        1,
        "7C2D93F4A1 to frank@example.net, deferred then sent"
    );
    let reasons: Vec<(Reason, usize)> = t.by_reason().iter().map(|b| (b.key, b.count)).collect();
    assert_eq!(
        reasons,
        [
            (Reason::NetworkError, 8),
            (Reason::UserUnknown, 7),
            (Reason::Greylisted, 3),
            (Reason::SystemError, 3),
            (Reason::Unknown, 3),
            (Reason::MailboxFull, 2),
            (Reason::DomainNotFound, 2),
            (Reason::RelayDenied, 2),
            (Reason::Blocklisted, 1),
        ]
    );
    // Failures only (31 = 16 + 14 + 1): domains, codes and providers count those.
    let failures: usize = t.by_reason().iter().map(|b| b.count).sum();
    assert_eq!(failures, 31);
    let domains: Vec<(String, usize)> = t
        .by_domain()
        .into_iter()
        .map(|b| (b.key, b.count))
        .take(2)
        .collect();
    assert_eq!(
        domains,
        [
            ("example.net".to_string(), 15),
            ("example.com".to_string(), 10)
        ]
    );
    let google = t
        .by_provider()
        .into_iter()
        .find(|b| b.key == "google")
        .unwrap();
    assert_eq!(google.count, 1);
    let c550 = t.by_code().into_iter().find(|b| b.key == "550").unwrap();
    assert_eq!(c550.count, 7);
    assert!(
        t.by_reason()
            .iter()
            .all(|b| b.examples.len() <= Triage::EXAMPLES)
    );
}

fn smtp_codes(args: &[&str], stdin: Option<&[u8]>) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-codes"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.map(<[u8]>::to_vec).unwrap_or_default();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn summary(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn plain_gzip_and_stdin_give_the_same_summary() {
    let dir = std::env::temp_dir().join(format!("smtp-codes-logs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plain = dir.join("mail.log");
    std::fs::write(&plain, log()).unwrap();
    // Named `.txt`: gzip is found by its content, not its name.
    let gz = dir.join("mail.log.txt");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(log().as_bytes()).unwrap();
    let gz_bytes = enc.finish().unwrap();
    std::fs::write(&gz, &gz_bytes).unwrap();
    let a = summary(&smtp_codes(
        &["logs", plain.to_str().unwrap(), "--format", "json"],
        None,
    ));
    let b = summary(&smtp_codes(
        &["logs", gz.to_str().unwrap(), "--format", "json"],
        None,
    ));
    let c = summary(&smtp_codes(
        &["logs", "-", "--format", "json"],
        Some(log().as_bytes()),
    ));
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert_eq!(a["attempts"], 37);
    assert_eq!(a["by_reason"][0]["id"], "network_error");
    // Two files add up.
    let two = summary(&smtp_codes(
        &[
            "logs",
            plain.to_str().unwrap(),
            gz.to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    ));
    assert_eq!(two["attempts"], 74);
    // A truncated gzip stream is reported, and what was read is counted.
    let cut = dir.join("cut.gz");
    std::fs::write(&cut, &gz_bytes[..gz_bytes.len() / 2]).unwrap();
    let out = smtp_codes(&["logs", cut.to_str().unwrap(), "--format", "json"], None);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("ends early"));
    let part: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(part["lines"].as_u64().unwrap() < 51);
    // One CSV record per attempt, and a readable text summary.
    let csv = smtp_codes(
        &[
            "logs",
            plain.to_str().unwrap(),
            "--records",
            "--format",
            "csv",
        ],
        None,
    );
    let rows = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(rows.lines().count(), 1 + 37);
    assert!(
        rows.lines()
            .any(|l| l.contains(",bounced,550,5.1.1,user_unknown,google"))
    );
    let text = smtp_codes(&["logs", plain.to_str().unwrap(), "--lang", "de"], None);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Zustellversuche") && text.contains("example.net"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hostile_input_is_bounded_and_never_fatal() {
    let mut t = Triage::new();
    let long = format!(
        "May 14 10:22:31 mail postfix/smtp[1]: ABC: to=<a@b.c>, dsn=5.1.1, status=bounced (host x said: 550 {})",
        "x".repeat(10 << 20)
    );
    let rec = t.line(&long).expect("an attempt");
    assert!(
        rec.reply.len() < 64 << 10,
        "the reply is cut at the parser's limits"
    );
    for garbage in [
        "\0\0\0",
        "status=",
        " status=bounced",
        "** == =>",
        "\u{feff}\r\n",
        "]: : to=<",
    ] {
        t.line(garbage);
    }
    t.line("May 14 10:22:31 mail postfix/smtp[1]: ABC: to=<a@b.c>, dsn=4.4.1, status=deferred (connect to x: Connection timed out)\r");
    // The long line and the CRLF line are attempts; the garbage is skipped.
    assert_eq!((t.attempts(), t.skipped()), (2, 6));
    // Interleaved files: lines of several logs in any order count the same.
    let text = log();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.reverse();
    let mut r = Triage::new();
    for l in lines {
        r.line(l);
    }
    assert_eq!((r.lines(), r.attempts(), r.skipped()), (51, 37, 14));
}

/// Every `<text … class="count">N</text>` inside the chart with this id, in document order.
fn chart_counts(html: &str, id: &str) -> Vec<usize> {
    let start = html
        .find(&format!("<figure class=\"chart\" id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no chart {id}"));
    let figure = &html[start..start + html[start..].find("</figure>").unwrap()];
    assert_eq!(figure.matches("<svg").count(), 1, "one SVG in {id}");
    figure
        .split("class=\"count\"")
        .skip(1)
        .map(|s| {
            let s = &s[s.find('>').unwrap() + 1..];
            s[..s.find('<').unwrap()].parse().unwrap()
        })
        .collect()
}

fn html_report(args: &[&str], stdin: Option<&[u8]>) -> String {
    let out = smtp_codes(args, stdin);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // No progress line, nor anything else, where standard error is not a terminal.
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_html_report_shows_the_exact_counts_in_its_charts_and_links_every_reason() {
    let log_path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/logs/mixed.log");
    let html = html_report(&["logs", log_path, "--format", "html"], None);
    let t = triage(&log());
    // The totals, as facts.
    for (label, n) in [
        ("Lines read", 51),
        ("Lines without a delivery attempt", 14),
        ("Delivery attempts", 37),
        ("Delivered", 6),
        ("Deferred", 16),
        ("Bounced", 14),
        ("Expired", 1),
        ("Deferred, then delivered", 1),
    ] {
        assert!(
            html.contains(&format!("<dt>{label}</dt><dd>{n}</dd>")),
            "{label}: {n}"
        );
    }
    // One SVG per chart, and each bar's count is the triage's.
    assert_eq!(html.matches("<svg").count(), 5);
    assert_eq!(html.matches("<figure class=\"chart\"").count(), 5);
    let reasons: Vec<usize> = t.by_reason().iter().map(|b| b.count).collect();
    assert_eq!(chart_counts(&html, "chart-reasons"), reasons);
    let domains: Vec<usize> = t.by_domain().iter().map(|b| b.count).take(10).collect();
    assert_eq!(chart_counts(&html, "chart-by-domain"), domains);
    assert_eq!(domains[..2], [15, 10]);
    let providers: Vec<usize> = t.by_provider().iter().map(|b| b.count).take(10).collect();
    assert_eq!(chart_counts(&html, "chart-by-provider"), providers);
    let codes: Vec<usize> = t.by_code().iter().map(|b| b.count).take(10).collect();
    assert_eq!(chart_counts(&html, "chart-by-code"), codes);
    assert!(
        html.contains("Shown: 10 of 14"),
        "the codes chart says it shows 10 of 14"
    );
    // Every failure of the log has a time stamp: the hourly columns add up to all 31.
    let hourly = chart_counts(&html, "chart-hours");
    assert_eq!(t.untimed(), 0);
    assert_eq!(hourly.iter().sum::<usize>(), 31);
    assert_eq!(
        hourly.iter().sum::<usize>(),
        t.by_hour().iter().map(|h| h.total()).sum::<usize>()
    );
    // Each reason has its section, and the charts link to it.
    for b in t.by_reason() {
        let id = b.key.id();
        assert_eq!(
            html.matches(&format!("id=\"reason-{id}\"")).count(),
            1,
            "{id}"
        );
        assert!(html.contains(&format!("href=\"#reason-{id}\"")), "{id}");
        assert!(html.contains(b.key.title(smtp_codes::Locale::En)), "{id}");
    }
    // Self-contained: no script, no file or address to fetch.
    for outside in ["<script", " src=", "<link rel=\"stylesheet\"", "url("] {
        assert!(!html.contains(outside), "{outside}");
    }
    // Accessible charts: a title, a description, axis titles.
    assert_eq!(html.matches("aria-labelledby=\"chart-").count(), 5);
    assert_eq!(html.matches("<desc id=\"chart-").count(), 5);
    assert!(html.contains("class=\"axis\"") && html.contains(">Failures</text>"));
}

#[test]
fn the_html_report_escapes_what_the_log_says() {
    // First, so that its reply is among the examples kept.
    let mut log = Vec::new();
    log.extend_from_slice(
        b"May 14 10:22:31 mail postfix/smtp[1]: EVIL1: to=<x@evil.example>, relay=mx.evil.example[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.evil.example[192.0.2.1] said: 550 5.1.1 <script>alert(\"x\")</script> & ]]> \xff\xfe not text (in reply to RCPT TO command))\n",
    );
    log.extend_from_slice(self::log().as_bytes());
    let html = html_report(&["logs", "--format", "html", "--lang", "ar"], Some(&log));
    assert!(!html.contains("<script"), "no element from the log");
    assert!(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; \u{fffd}\u{fffd} not text"),
        "the reply, escaped, its bytes that are not text shown as such"
    );
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // Arabic labels, not English ones.
    assert!(html.contains("الإخفاقات في كل ساعة") && !html.contains(">Failures per hour<"));
}

/// `--by` keeps the totals and the breakdowns it names, in every format.
#[test]
fn by_chooses_the_breakdowns_in_every_format() {
    let log_path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/logs/mixed.log");
    let json = summary(&smtp_codes(
        &["logs", log_path, "--format", "json", "--by", "domain"],
        None,
    ));
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "attempts",
            "by_domain",
            "lines",
            "outcomes",
            "recovered",
            "skipped"
        ],
        "the totals and by_domain only"
    );
    let csv = smtp_codes(
        &["logs", log_path, "--format", "csv", "--by", "code,provider"],
        None,
    );
    let csv = String::from_utf8(csv.stdout).unwrap();
    let kinds: std::collections::BTreeSet<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), ["code", "provider"]);
    assert!(
        csv.contains("\ncode,550,7\n") && csv.contains("\nprovider,postfix,6\n"),
        "{csv}"
    );
    let text = smtp_codes(&["logs", log_path, "--by", "providers"], None);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Delivery attempts: 37") && text.contains("Postfix: 6"),
        "{text}"
    );
    for absent in [
        "Failures by reason",
        "Failures per hour",
        "example.net",
        "What each reason means",
    ] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
    let html = html_report(
        &["logs", log_path, "--format", "html", "--by", "reason"],
        None,
    );
    assert_eq!(html.matches("<svg").count(), 2, "hours and reasons");
    assert!(
        html.contains("id=\"reason-user_unknown\"") && !html.contains("id=\"chart-by-domain\"")
    );
    let html = html_report(
        &["logs", log_path, "--format", "html", "--by", "domain,code"],
        None,
    );
    assert_eq!(html.matches("<svg").count(), 2, "domains and codes");
    assert!(!html.contains("id=\"reason-") && !html.contains("href=\"#reason-"));
    // What --by cannot do is a usage error.
    for bad in [
        &["logs", log_path, "--by", "sender"][..],
        &["logs", log_path, "--by", "domain", "--records"],
        &["logs", log_path, "--records", "--format", "html"],
    ] {
        let out = smtp_codes(bad, None);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
}

/// The summary's JSON shape (README, DESIGN §10): totals, then per reason, provider, domain and
/// code a list of `{"id","count","examples"}`, and the failures per hour.
#[test]
fn the_json_summary_has_the_documented_shape() {
    let log_path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/logs/mixed.log");
    let v = summary(&smtp_codes(&["logs", log_path, "--format", "json"], None));
    for (key, n) in [
        ("lines", 51),
        ("attempts", 37),
        ("skipped", 14),
        ("recovered", 1),
        ("untimed", 0),
    ] {
        assert_eq!(v[key].as_u64(), Some(n), "{key}");
    }
    assert_eq!(
        v["outcomes"],
        serde_json::json!({"sent": 6, "deferred": 16, "bounced": 14, "expired": 1})
    );
    for list in ["by_reason", "by_provider", "by_domain", "by_code"] {
        let items = v[list]
            .as_array()
            .unwrap_or_else(|| panic!("{list} is a list"));
        assert!(!items.is_empty(), "{list}");
        let mut last = u64::MAX;
        for item in items {
            assert!(item["id"].is_string(), "{list}: {item}");
            let count = item["count"].as_u64().unwrap();
            assert!(count >= 1 && count <= last, "{list}: most first");
            last = count;
            let examples = item["examples"].as_array().unwrap();
            assert!(examples.len() <= Triage::EXAMPLES && examples.iter().all(|e| e.is_string()));
        }
    }
    assert_eq!(v["by_reason"][0]["id"], "network_error");
    assert_eq!(v["by_reason"][0]["count"], 8);
    assert_eq!(v["by_domain"][0]["id"], "example.net");
    assert_eq!(v["by_code"][0]["id"], "550");
    assert_eq!(v["by_provider"][0]["name"], "Postfix");
    let hours = v["by_hour"].as_array().unwrap();
    let charted: u64 = hours
        .iter()
        .flat_map(|h| h["reasons"].as_array().unwrap())
        .map(|r| r["count"].as_u64().unwrap())
        .sum();
    assert_eq!(charted, 31);
    assert_eq!(hours[0]["hour"], "1999-03-02 09:00");
    assert_eq!(hours[0]["offset"], 0);
    let offsets: Vec<u64> = hours
        .iter()
        .map(|h| h["offset"].as_u64().unwrap())
        .collect();
    assert!(offsets.windows(2).all(|w| w[0] < w[1]), "in time order");
}

/// On a terminal, a long input shows a progress line on standard error, cleared at the end
/// (elsewhere the tests above see an empty standard error). The terminal is `script`'s
/// pseudo-terminal (util-linux, on every Debian).
#[test]
fn a_terminal_sees_the_progress_of_a_long_input() {
    // `script` is in util-linux's bsdutils, which Debian marks essential: a machine without it
    // fails here rather than passing silently.
    assert!(
        Command::new("script").arg("--version").output().is_ok(),
        "`script` (util-linux) is needed to give the command a terminal"
    );
    let dir = std::env::temp_dir().join(format!("smtp-codes-progress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.log");
    // Several reads' worth; the wait before the line appears is set to nothing, so that the
    // line shows however fast this build reads (a release build reads the file in well under
    // the half second a user waits).
    std::fs::write(&big, log().repeat(3000)).unwrap();
    let command = format!(
        "SMTP_CODES_PROGRESS_DELAY_MS=0 '{}' logs '{}' --format json > /dev/null",
        env!("CARGO_BIN_EXE_smtp-codes"),
        big.display()
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tty = String::from_utf8_lossy(&out.stdout);
    assert!(
        tty.contains("big.log") && tty.contains("% ") && tty.contains(" MiB of "),
        "{tty:?}"
    );
    assert!(tty.ends_with("\r\x1b[2K"), "the line is cleared: {tty:?}");
}

/// Text and Markdown print the charts as small tables with the same counts.
#[test]
fn text_and_markdown_print_the_charts_as_tables() {
    use smtp_codes::pages::Page;
    use smtp_codes::render::{Format, render};
    let t = triage(&log());
    let page = Page::triage(&t, smtp_codes::Locale::En);
    let md = render(&page, Format::Markdown);
    assert!(md.contains("| Recipient domains | Failures |\n|---|---:|\n| example.net | 15 |\n| example.com | 10 |"), "{md}");
    assert!(
        md.contains("| [Connection failed](#reason-network_error) | 8 |"),
        "{md}"
    );
    let text = render(&page, Format::Text);
    assert!(
        text.contains("\n  example.net: 15\n") && text.contains("\n  Connection failed: 8\n"),
        "{text}"
    );
    assert!(text.contains("Hours per bar: "), "{text}");
    assert!(!md.contains("<svg") && !text.contains("<svg"));
}
