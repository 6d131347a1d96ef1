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
