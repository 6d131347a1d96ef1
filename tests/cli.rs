//! The `smtp-codes` binary as users and scripts see it: output, JSON shapes, exit codes.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_smtp-codes"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    let o = run(args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn show_json_has_the_documented_shape() {
    let v = json(&["show", "421", "--format", "json"]);
    assert_eq!(v["kind"], "reply");
    assert_eq!(v["code"], 421);
    assert_eq!(v["locale"], "en");
    assert_eq!(v["class"], 4);
    assert_eq!(v["retry"], "later");
    for f in ["title", "meaning", "when_seen", "how_to_fix"] {
        assert!(v[f].as_str().is_some_and(|s| !s.is_empty()), "{f}");
    }
    assert!(v["references"][0]["id"].as_str().is_some());
    assert!(
        v["related"]
            .as_array()
            .is_some_and(|a| a.contains(&serde_json::json!(450)))
    );

    let v = json(&["show", "5.1.1", "--format", "json"]);
    assert_eq!(v["kind"], "enhanced");
    assert_eq!(v["code"], "5.1.1");
    assert_eq!(v["registry_key"], "X.1.1");
    assert_eq!(v["class"], 5);
    assert_eq!(v["title"], "Bad destination mailbox address");

    let v = json(&["show", "421", "X.1.1", "--format", "json"]);
    assert_eq!(
        v.as_array().map(Vec::len),
        Some(2),
        "several codes give an array"
    );
}

#[test]
fn show_renders_every_format() {
    let text = stdout(&run(&["show", "503"]));
    assert!(text.starts_with("SMTP 503: Bad sequence of commands\n"));
    assert!(text.contains("\nDescription\n-----------\n"));
    assert!(
        !text.contains('`') && !text.contains("\x1b["),
        "plain text, no colour with NO_COLOR"
    );
    let md = stdout(&run(&["show", "503", "--format", "markdown"]));
    assert!(md.starts_with("# SMTP `503`: Bad sequence of commands\n"));
    let html = stdout(&run(&["show", "503", "--format", "html"]));
    assert!(
        html.contains("<html lang=\"en\" dir=\"ltr\">")
            && html.contains("<code dir=\"ltr\">503</code>")
    );
}

#[test]
fn unknown_codes_exit_1_with_a_suggestion() {
    let o = run(&["show", "299"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("299 is not in the catalog") && err.contains("nearest known code is 253"),
        "{err}"
    );
    let o = run(&["show", "510"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("enhanced code 5.1.0"), "{err}");
    let o = run(&["show", "5.1.11"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("5.1.10"));
    let o = run(&["show", "5.6.606"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("5.6.0"),
        "far details point at the subject's X.s.0"
    );
    // A provider's own code is known: its page says whose it is.
    let o = run(&["show", "5.7.606"]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Microsoft") && out.contains("IANA"), "{out}");
}

#[test]
fn malformed_input_exits_2_with_one_line_naming_it() {
    for (bad, what) in [
        ("abc", "only digits"),
        ("6000", "exactly three digits"),
        ("5.1", "three parts"),
        ("5.1.1.1", "three parts"),
        ("", "empty"),
        ("100", "first digit"),
        ("5.01.1", "leading zeros"),
    ] {
        let o = run(&["show", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{bad:?}: {err}");
        assert!(
            err.contains(&format!("'{bad}'")) && err.contains(what),
            "{bad:?}: {err}"
        );
        assert!(o.stdout.is_empty());
    }
    // clap's own usage errors also exit 2.
    assert_eq!(run(&["show"]).status.code(), Some(2));
    assert_eq!(
        run(&["show", "421", "--format", "pdf"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn list_and_export_cover_the_catalog() {
    let v = json(&["list", "--kind", "reply", "--format", "json"]);
    let codes: Vec<u64> = v["reply_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_u64().unwrap())
        .collect();
    assert!(codes.contains(&421) && codes.contains(&556) && codes.windows(2).all(|w| w[0] < w[1]));
    assert!(v.get("enhanced_codes").is_none());
    let text = stdout(&run(&["list", "--kind", "enhanced"]));
    assert_eq!(text.lines().count(), 81);

    let v = json(&["export", "--format", "json"]);
    assert_eq!(v["iana_registry_date"], "2024-12-06");
    assert_eq!(v["enhanced_codes"].as_array().unwrap().len(), 81);
    assert_eq!(v["classes"].as_array().unwrap().len(), 3);
    assert_eq!(v["subjects"].as_array().unwrap().len(), 8);
    let r421 = v["reply_codes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == 421)
        .unwrap();
    assert!(
        r421["title"]["en"]
            .as_str()
            .is_some_and(|s| s.starts_with("Service not available"))
    );
    assert!(v["ui"]["en"]["label.how_to_fix"] == "How to fix");

    let dir = std::env::temp_dir().join(format!("smtp-codes-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("catalog.json");
    let o = run(&["export", "--out", file.to_str().unwrap()]);
    assert!(o.status.success() && o.stdout.is_empty());
    let from_file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(from_file, v);
}

#[test]
fn locales_lists_every_shipped_language() {
    let text = stdout(&run(&["locales"]));
    assert!(text.lines().next().unwrap().starts_with("en "));
    let v = json(&["locales", "--format", "json"]);
    assert_eq!(v.as_array().unwrap().len(), smtp_codes::Locale::all().len());
}

#[test]
fn lang_takes_any_tag_and_falls_back() {
    assert_eq!(
        json(&["show", "550", "--lang", "xx-YY", "--format", "json"])["locale"],
        "en"
    );
    assert_eq!(
        json(&["show", "550", "--lang", "not a tag!", "--format", "json"])["locale"],
        "en"
    );
}

#[test]
fn compare_prints_the_six_sections_in_order() {
    let md = stdout(&run(&["compare", "421", "503", "--format", "markdown"]));
    let order = [
        "# SMTP `421`",
        "## Summary",
        "### Description",
        "### When you see it",
        "### How to fix",
        "## Key differences",
        "## When to use which",
        "## Learn more",
    ];
    let pos: Vec<usize> = order
        .iter()
        .map(|h| md.find(h).unwrap_or_else(|| panic!("{h} missing")))
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{pos:?}");
    // The summary is the pair's contrast; the classes are in the side-by-side table.
    assert!(md.contains("Did the server close the connection?"), "{md}");
    assert!(md.contains("| | `421` | `503` |"), "{md}");
    assert!(md.contains("4xx") && md.contains("5xx"));
    let v = json(&["compare", "421", "503", "--format", "json"]);
    assert_eq!(v["a"]["code"], 421);
    assert!(
        v["differences"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["kind"] == "retry" && d["a"] == "later" && d["b"] == "not_unchanged")
    );
    assert_eq!(run(&["compare", "421", "299"]).status.code(), Some(1));
    assert_eq!(run(&["compare", "421", "4x1"]).status.code(), Some(2));
}

/// The `kind` of every problem in an `explain --format json` answer.
fn problem_kinds(v: &serde_json::Value) -> Vec<String> {
    v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["kind"].as_str().map(String::from))
        .collect()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-codes"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    // Write from another thread: the child may stop reading before the end (it reads a bounded amount).
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    out
}

#[test]
fn explain_reads_arguments_and_stdin_and_gives_the_documented_json() {
    let gmail = "550-5.1.1 The email account that you tried to reach does not exist. Please try\\n550-5.1.1 double-checking the recipient's email address for typos or\\n550 5.1.1 unnecessary spaces.";
    let v = json(&["explain", gmail, "--format", "json"]);
    assert_eq!(v["code"], 550);
    assert_eq!(v["enhanced"], "5.1.1");
    assert_eq!(v["enhanced_source"], "rfc2034");
    assert_eq!(
        v["lines"].as_array().unwrap().len(),
        3,
        "the two characters \\n separate lines"
    );
    assert_eq!(
        v["lines"][0]["text"],
        "The email account that you tried to reach does not exist. Please try"
    );
    assert_eq!(v["class"], 5);
    assert_eq!(v["permanent"], true);
    assert_eq!(v["transient"], false);
    assert!(v["mismatch"].is_null());
    assert_eq!(
        v["explanation"]["enhanced"]["title"],
        "Bad destination mailbox address"
    );

    let o = run_stdin(
        &["explain", "--format", "json"],
        b"421 4.7.0 Try again later\r\n",
    );
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        (v["code"].as_u64(), v["transient"].as_bool()),
        (Some(421), Some(true))
    );
    assert_eq!(v["advice"]["retry"], "later");

    let o = run_stdin(
        &["explain", "-", "--format", "json"],
        b"550 4.4.7 Message expired\n",
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["mismatch"]["enhanced"], "4.4.7");
    assert_eq!(
        v["advice"]["retry"], "not_unchanged",
        "act on the reply code"
    );
    assert_eq!(v["advice"]["disagreement"], "later");

    // A code neither the catalog nor a provider knows: explained from its class and subject,
    // exit 1.
    let o = run(&["explain", "5.6.606 Rejected", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["code"].is_null());
    assert_eq!(v["enhanced"], "5.6.606");
    assert_eq!(v["enhanced_source"], "text");
    assert!(v["provider"].is_null());

    // A provider's own code: its provider, its reason, exit 0.
    let o = run(&[
        "explain",
        "5.7.606 Access denied, banned sending IP [1.2.3.4]",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["enhanced"], "5.7.606");
    assert_eq!(v["provider"]["id"], "microsoft");
    assert_eq!(v["provider"]["recognised_by"], "code");
    assert_eq!(v["reason"]["id"], "blocklisted");
    assert_eq!(v["reason"]["evidence"]["source"], "provider_rule");
    assert_eq!(v["vendor_code"]["code"], "5.7.606");

    // The host a caller names brings its provider's rules: Gmail's 5.7.27 is SPF.
    let o = run(&[
        "explain",
        "550 5.7.27 Message rejected",
        "--host",
        "gmail-smtp-in.l.google.com",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["provider"]["id"], "google");
    assert_eq!(v["provider"]["recognised_by"], "host");
    assert_eq!(v["reason"]["id"], "sender_auth_fail");
}

#[test]
fn providers_lists_every_provider_with_counts_and_dates() {
    let o = run(&["providers", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert!(list.len() >= 25);
    let google = list.iter().find(|p| p["id"] == "google").unwrap();
    assert!(google["rules"].as_u64().unwrap() > 0);
    assert!(google["oldest_read"].as_str().unwrap().len() == 10);
    let text = stdout(&run(&["providers"]));
    assert!(text.contains("oldest source read on"), "{text}");
    // export carries them, with sources and dates.
    let v: serde_json::Value = serde_json::from_slice(&run(&["export"]).stdout).unwrap();
    let providers = v["providers"].as_array().unwrap();
    assert_eq!(providers.len(), list.len());
    let ms = providers.iter().find(|p| p["id"] == "microsoft").unwrap();
    let code = &ms["vendor_codes"][0];
    assert!(code["title"]["ja"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(code["source"]["read"].is_string());
}

#[test]
fn explain_text_quotes_the_server_verbatim_in_any_language() {
    let out = stdout(&run(&[
        "explain",
        "550 5.1.1 <bob@example.com>: Recipient address rejected",
        "--lang",
        "de",
    ]));
    assert!(
        out.contains("550 5.1.1 <bob@example.com>: Recipient address rejected"),
        "{out}"
    );
    assert!(
        out.contains("Postfach") || out.contains("Empfänger"),
        "German explanation: {out}"
    );
}

#[test]
fn explain_rejects_text_without_a_code() {
    let o = run(&["explain", "hello world"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no SMTP reply code"));
    assert_eq!(run_stdin(&["explain"], b"").status.code(), Some(2));
}

#[test]
fn explain_handles_hostile_input_bounded_and_escaped() {
    // A 10 MB line.
    let mut big = b"550 5.1.1 ".to_vec();
    big.resize(10 * 1024 * 1024, b'a');
    let o = run_stdin(&["explain", "--format", "json"], &big);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["code"], 550);
    assert!(
        o.stdout.len() < 1024 * 1024,
        "output stays bounded: {} bytes",
        o.stdout.len()
    );
    let kinds = problem_kinds(&v);
    assert!(
        kinds.iter().any(|k| k == "line_too_long") && kinds.iter().any(|k| k == "truncated"),
        "{kinds:?}"
    );

    // 100 000 lines.
    let many = "250-ok\r\n".repeat(100_000);
    let o = run_stdin(&["explain", "--format", "json"], many.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["lines"].as_array().unwrap().len() <= 100);

    // NUL bytes and invalid UTF-8.
    let o = run_stdin(
        &["explain", "--format", "json"],
        b"554 5.7.1 bad\x00\xff\xfe bytes\r\n",
    );
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["code"], 554);
    let kinds = problem_kinds(&v);
    assert!(kinds.iter().any(|k| k == "not_text"), "{kinds:?}");

    // Markup in the server's text is escaped in HTML.
    let o = run_stdin(
        &["explain", "--format", "html"],
        b"550 5.7.1 <script>alert(1)</script> & <b>x</b>\r\n",
    );
    let html = stdout(&o);
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script>") && !html.contains("<b>x"));
}

#[test]
fn reasons_lists_the_taxonomy_in_any_language() {
    let v = json(&["reasons", "--format", "json", "--lang", "de"]);
    let list = v.as_array().expect("an array");
    assert_eq!(list.len(), 32);
    let ids: Vec<&str> = list.iter().filter_map(|r| r["id"].as_str()).collect();
    for id in ["user_unknown", "greylisted", "success", "unknown"] {
        assert!(ids.contains(&id), "{id}");
    }
    for r in list {
        for f in [
            "title",
            "meaning",
            "how_to_fix",
            "user_message",
            "retry",
            "group",
        ] {
            assert!(
                r[f].as_str().is_some_and(|s| !s.is_empty()),
                "{f} of {}",
                r["id"]
            );
        }
    }
    let text = stdout(&run(&["reasons"]));
    assert_eq!(text.lines().count(), 32);
    assert!(text.contains("mailbox_full"));
}

#[test]
fn explain_finds_the_reply_in_pasted_text_and_gives_its_reason() {
    let cases = [
        (
            "Jan  3 09:12:44 relay postfix/smtp[4411]: 9C1D2E3F: to=<kim@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=5.2.2, status=bounced (host mx.example.com[203.0.113.5] said: 552 5.2.2 <kim@example.com>: Mailbox full (in reply to RCPT TO command))",
            552,
            "5.2.2",
            "mailbox_full",
            "postfix",
        ),
        (
            "Diagnostic-Code: smtp; 550 5.1.1 <lee@example.net>... User unknown",
            550,
            "5.1.1",
            "user_unknown",
            "dsn",
        ),
        (
            "permanent error (554): 5.7.1 Message rejected as spam",
            554,
            "5.7.1",
            "spam",
            "lettre",
        ),
    ];
    for (input, code, enhanced, reason, shape) in cases {
        let o = run_stdin(&["explain", "-", "--format", "json"], input.as_bytes());
        assert!(
            o.status.success(),
            "{input}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["code"], code, "{input}");
        assert_eq!(v["enhanced"], enhanced, "{input}");
        assert_eq!(v["reason"]["id"], reason, "{input}");
        assert_eq!(v["extracted"]["shape"], shape, "{input}");
        assert!(
            v["reason"]["user_message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
        assert!(v["reason"]["evidence"]["source"].is_string());
        assert!(v.as_object().unwrap().contains_key("provider"));
    }
    // The text page leads with the reason, in the reader's language.
    let o = run(&["explain", cases[0].0, "--lang", "fr"]);
    let page = stdout(&o);
    let happened = page.lines().nth(3).unwrap_or("");
    assert!(!happened.is_empty() && !page.starts_with("What"), "{page}");
}

#[test]
fn export_carries_the_reasons_in_every_language() {
    let v = json(&["export"]);
    let reasons = v["reasons"].as_array().expect("reasons");
    assert_eq!(reasons.len(), 32);
    let tags: Vec<&str> = v["locales"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["tag"].as_str())
        .collect();
    for r in reasons {
        for f in ["title", "meaning", "how_to_fix", "user_message"] {
            for t in &tags {
                assert!(
                    r[f][t].as_str().is_some_and(|s| !s.is_empty()),
                    "{} {f} {t}",
                    r["id"]
                );
            }
        }
    }
}

#[test]
fn several_codes_in_html_make_one_document() {
    let o = run(&["show", "421", "5.1.1", "--format", "html"]);
    assert_eq!(o.status.code(), Some(0));
    let html = String::from_utf8_lossy(&o.stdout);
    assert_eq!(html.matches("<html").count(), 1, "{html}");
    assert_eq!(html.matches("</html>").count(), 1);
    assert!(html.contains("id=\"p1-description\"") && html.contains("id=\"p2-description\""));
}

/// Text fits the terminal: `COLUMNS` (or 80) display columns, CJK characters counting two,
/// and no line is broken inside a code or a protocol token.
#[test]
fn text_output_fits_the_terminal_in_every_language() {
    use unicode_width::UnicodeWidthStr;
    for lang in ["en", "ja", "zh-Hans", "ko", "hi", "ar", "de", "ru"] {
        for (args, cols) in [
            (vec!["show", "421", "--lang", lang], "80"),
            (vec!["compare", "421", "503", "--lang", lang], "60"),
            (
                vec![
                    "explain",
                    "550 5.7.1 Service unavailable; client host blocked using zen.spamhaus.org",
                    "--lang",
                    lang,
                ],
                "72",
            ),
        ] {
            let o = Command::new(env!("CARGO_BIN_EXE_smtp-codes"))
                .args(&args)
                .env("NO_COLOR", "1")
                .env("COLUMNS", cols)
                .output()
                .unwrap();
            let out = stdout(&o);
            let max: usize = cols.parse().unwrap();
            for line in out.lines() {
                // A single word longer than the width (a URL) may stand alone on its line.
                let one_word = !line.trim().contains(' ');
                assert!(
                    line.width() <= max || one_word,
                    "{lang} {args:?}: {} columns: {line}",
                    line.width()
                );
                for token in ["RCPT TO", "MAIL FROM"] {
                    let first = token.split(' ').next().unwrap();
                    assert!(
                        !line.trim_end().ends_with(first)
                            || !out.contains(token)
                            || line.contains(token),
                        "{lang}: {token} broken: {line}"
                    );
                }
            }
        }
    }
}
