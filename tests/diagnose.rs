//! Diagnosis on real replies: the labelled corpus (`tests/data/diagnosis/*.tsv`), replies
//! pasted inside log lines, DSN fields and library errors (`tests/data/pasted.tsv`), the
//! precedence rules, and hostile input.
//!
//! The corpus measures the rules, it does not teach them: the rules in `data/diagnosis/` were
//! written from what MTA sources and provider documents say a message means, without looking
//! at these rows. The rows under `held-out/` were gathered and labelled after the rules were
//! written, by people who never read the rules, and the rules are never tuned on their misses
//! (only counts by reason are printed). `cargo test --test diagnose -- --nocapture` prints the
//! accuracy per reason and per part (the figures in BENCHMARKS.md).

use smtp_codes::{
    EvidenceSource, Locale, Reason, Reply, Retry, Shape, diagnose, explain, user_message,
};
use std::collections::BTreeMap;
use std::path::Path;

/// One row of a TSV file with a header, as a map from column to value.
fn rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header row").split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            header
                .iter()
                .zip(l.split('\t'))
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The input as pasted, its escapes read left to right: `\n` stands for a line break, `\t`
/// for a tab, `\\` for one backslash (tests/data/README.md).
fn input(row: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut chars = row["input"].chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('\\') => out.push('\\'),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            },
            (c, false) => out.push(c),
        }
    }
    out
}

fn dash(v: Option<String>) -> String {
    v.unwrap_or_else(|| "-".into())
}

/// The rows of every `.tsv` file in `dir` (sorted by name), with their file's name.
fn tsv_rows(dir: &Path) -> Vec<(String, BTreeMap<String, String>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        for r in rows(&f) {
            out.push((name.clone(), r));
        }
    }
    out
}

/// The corpus: each row with its file and its part: `tuned`, `held_out` (gathered after the
/// first rules), `held_out_2` (gathered after the second round of rules, by people who saw
/// neither the rules nor the classifier's answers, at the same time as that round was
/// written from the MTAs' sources), `held_out_3` and `held_out_4` (the same, for the third
/// and fourth rounds).
fn corpus() -> Vec<(String, &'static str, BTreeMap<String, String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/diagnosis");
    let mut rows: Vec<_> = tsv_rows(&dir)
        .into_iter()
        .map(|(f, r)| (f, "tuned", r))
        .collect();
    for (folder, part) in HELD_OUT {
        rows.extend(
            tsv_rows(&dir.join(folder))
                .into_iter()
                .map(|(f, r)| (format!("{folder}/{f}"), part, r)),
        );
    }
    rows
}

/// The held-out parts: their folders and the names the test reports them under.
const HELD_OUT: [(&str, &str); 4] = [
    ("held-out", "held_out"),
    ("held-out-2", "held_out_2"),
    ("held-out-3", "held_out_3"),
    ("held-out-4", "held_out_4"),
];

#[derive(Default)]
struct Tally {
    right: usize,
    rows: usize,
}

#[test]
fn the_corpus_is_diagnosed_right() {
    let corpus = corpus();
    assert!(corpus.len() >= 500, "only {} rows", corpus.len());
    let mut facts_wrong = Vec::new();
    let mut misses = Vec::new();
    let mut parts: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut per_reason: BTreeMap<String, [Tally; 5]> = BTreeMap::new();
    // Held-out misses are counted by (label, answer, evidence source), never shown row by row.
    let mut confusion: BTreeMap<(&str, &str, &str), usize> = BTreeMap::new();
    for (file, part, row) in &corpus {
        let text = input(row);
        let found = Reply::extract(&text);
        let reply = found.reply();
        // As `explain` does: the host a pasted line names brings its provider's rules.
        let d = match found.remote_host() {
            Some(h) => smtp_codes::diagnose_with_host(reply, h),
            None => diagnose(reply),
        };
        let code = dash(reply.code().map(|c| c.to_string()));
        let enhanced = dash(reply.enhanced().map(|c| c.to_string()));
        let retry = dash(d.retry().map(|r| r.as_str().to_string()));
        let want = (&row["code"], &row["enhanced"], &row["retry"]);
        if (&code, &enhanced, &retry) != want {
            facts_wrong.push(format!(
                "{file}: {:?}: got {code} {enhanced} {retry}, want {} {} {}",
                row["input"], want.0, want.1, want.2
            ));
        }
        let Some(label) = Reason::from_id(&row["reason"]) else {
            facts_wrong.push(format!(
                "{file}: {:?}: no reason {}",
                row["input"], row["reason"]
            ));
            continue;
        };
        let part = *part;
        let right = d.reason() == label;
        let t = parts.entry(part).or_default();
        t.rows += 1;
        t.right += usize::from(right);
        let column = HELD_OUT
            .iter()
            .position(|(_, p)| *p == part)
            .map_or(0, |i| i + 1);
        let t = &mut per_reason.entry(row["reason"].clone()).or_default()[column];
        t.rows += 1;
        t.right += usize::from(right);
        if !right && part != "tuned" {
            *confusion
                .entry((
                    label.id(),
                    d.reason().id(),
                    d.evidence().map_or("none", |e| e.source().as_str()),
                ))
                .or_insert(0) += 1;
        }
        if !right && part == "tuned" {
            misses.push(format!(
                "{file}: {:?}: {} (rule {}), labelled {} [{}]",
                row["input"],
                d.reason(),
                d.evidence().map_or("-", |e| e.rule()),
                label,
                row["source"]
            ));
        }
    }
    println!(
        "reason                 tuned        held out     held out 2   held out 3   held out 4"
    );
    for (reason, tallies) in &per_reason {
        let cells: Vec<String> = tallies
            .iter()
            .map(|t| format!("{:>3}/{:<3}", t.right, t.rows))
            .collect();
        println!("{reason:<22} {}", cells.join("      "));
    }
    for (part, t) in &parts {
        println!(
            "{part}: {}/{} = {:.1} %",
            t.right,
            t.rows,
            100.0 * t.right as f64 / t.rows as f64
        );
    }
    println!("held-out misses by (label, answer, evidence):");
    for ((label, answer, source), n) in &confusion {
        println!("  {n} × {label} answered {answer} (from {source})");
    }
    println!("misses in the tuned part:\n{}", misses.join("\n"));
    assert!(facts_wrong.is_empty(), "{}", facts_wrong.join("\n"));
    let rows_in = |p: &str| parts.get(p).map_or(0, |t| t.rows);
    assert!(
        HELD_OUT.iter().map(|(_, p)| rows_in(p)).sum::<usize>() * 4 >= corpus.len(),
        "the held-out parts are less than a quarter of the corpus"
    );
    let share = |p: &str| parts.get(p).map_or(0.0, |t| t.right as f64 / t.rows as f64);
    assert!(share("tuned") >= 0.95, "tuned part: {:.3}", share("tuned"));
    // The goal is 85 % on the held-out part (the first); it measures 85.5 %, and the later
    // parts 80.3 %, 86.2 % and 82.6 % (BENCHMARKS.md). Their rows may not teach the rules, so
    // these floors, at the rows right when last measured, only guard against losing ground.
    assert!(
        share("held_out") >= 0.85,
        "held-out part: {:.3}",
        share("held_out")
    );
    for (part, floor) in [
        ("held_out", 318),
        ("held_out_2", 261),
        ("held_out_3", 231),
        ("held_out_4", 38),
    ] {
        let right = parts.get(part).map_or(0, |t| t.right);
        assert!(right >= floor, "{part}: {right} rows right, {floor} before");
    }
}

#[test]
fn pasted_shapes_give_their_reply_and_context() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pasted.tsv");
    let mut failures = Vec::new();
    let rows = rows(&path);
    assert!(rows.len() >= 60, "only {} rows", rows.len());
    for row in &rows {
        let text = input(row);
        let found = Reply::extract(&text);
        let got = [
            found.shape().as_str().to_string(),
            dash(found.reply().code().map(|c| c.to_string())),
            dash(found.reply().enhanced().map(|c| c.to_string())),
            dash(found.recipient().map(String::from)),
            dash(found.remote_host().map(String::from)),
        ];
        let want = [
            row["shape"].clone(),
            row["code"].clone(),
            row["enhanced"].clone(),
            row["recipient"].clone(),
            row["remote_host"].clone(),
        ];
        if got != want {
            failures.push(format!(
                "{:?}\n  got  {got:?}\n  want {want:?}",
                row["input"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {}:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// The shapes the issue names, each with the right code, enhanced code and reason.
#[test]
fn the_shapes_people_paste_are_diagnosed() {
    let cases = [
        (
            "Jan  3 09:12:44 relay postfix/smtp[4411]: 9C1D2E3F: to=<kim@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))",
            Shape::Postfix,
            Some(550),
            Some("5.1.1"),
            Reason::UserUnknown,
        ),
        (
            "Diagnostic-Code: smtp; 550 5.1.1 <lee@example.net>... User unknown",
            Shape::Dsn,
            Some(550),
            Some("5.1.1"),
            Reason::UserUnknown,
        ),
        (
            "permanent error (550): 5.1.1 <kim@example.com>: Recipient address rejected: User unknown",
            Shape::Lettre,
            Some(550),
            Some("5.1.1"),
            Reason::UserUnknown,
        ),
        (
            "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
            Shape::Bare,
            Some(553),
            Some("5.7.1"),
            Reason::RelayDenied,
        ),
        (
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
            Shape::Microsoft,
            Some(550),
            Some("5.1.10"),
            Reason::UserUnknown,
        ),
        (
            "** kim@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<kim@example.com>: 552 5.2.2 Mailbox full",
            Shape::Exim,
            Some(552),
            Some("5.2.2"),
            Reason::MailboxFull,
        ),
        (
            "Jan  3 09:12:44 relay sendmail[812]: x03ABC12345: to=<kim@example.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.com. [203.0.113.5], dsn=5.1.1, stat=User unknown",
            Shape::Sendmail,
            None,
            Some("5.1.1"),
            Reason::UserUnknown,
        ),
        (
            "Jan  3 09:12:44 relay postfix/smtp[4411]: 9C1D2E3F: to=<kim@example.com>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.com[203.0.113.5]:25: Connection timed out)",
            Shape::Postfix,
            None,
            Some("4.4.1"),
            Reason::NetworkError,
        ),
    ];
    let mut failures = Vec::new();
    for (text, shape, code, enhanced, reason) in cases {
        let found = Reply::extract(text);
        let d = diagnose(found.reply());
        let got = (
            found.shape(),
            found.reply().code().map(|c| c.as_u16()),
            found.reply().enhanced().map(|c| c.to_string()),
            d.reason(),
        );
        let want = (shape, code, enhanced.map(String::from), reason);
        if got != want {
            failures.push(format!("{text}\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn text_that_names_a_reason_beats_a_generic_code_and_says_where() {
    // 554 and 5.7.1 name no reason; the words do.
    let reply = Reply::parse(
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    );
    let d = diagnose(&reply);
    assert_eq!(d.reason(), Reason::Blocklisted);
    let e = d.evidence().unwrap();
    assert_eq!(e.source(), EvidenceSource::Text);
    let words = &reply.lines()[0].text()[e.span().unwrap()];
    assert!(words.to_lowercase().contains("blocked using"), "{words}");
}

#[test]
fn a_specific_code_beats_vague_text() {
    // "rejected" leans nowhere in particular; 5.2.2 names a full mailbox.
    let d = diagnose(&Reply::parse("550 5.2.2 Message rejected"));
    assert_eq!(d.reason(), Reason::MailboxFull);
    assert_eq!(d.evidence().unwrap().source(), EvidenceSource::EnhancedCode);
    assert_eq!(d.evidence().unwrap().rule(), "code.X.2.2");
}

#[test]
fn a_rule_limited_to_a_code_applies_only_with_it() {
    // Microsoft's directory-based rejection of an unknown recipient…
    let microsoft =
        "550 5.4.1 Recipient address rejected: Access denied. [x.prod.protection.outlook.com]";
    let d = diagnose(&Reply::parse(microsoft));
    assert_eq!(d.reason(), Reason::UserUnknown);
    assert_eq!(d.evidence().unwrap().source(), EvidenceSource::Text);
    // …and Postfix's access-table refusal, in the same words under 5.7.1.
    let postfix = "554 5.7.1 <kim@example.com>: Recipient address rejected: Access denied";
    assert_eq!(
        diagnose(&Reply::parse(postfix)).reason(),
        Reason::PolicyBlock
    );
}

#[test]
fn nothing_is_guessed() {
    for text in [
        "550 Requested action not taken",
        "554 Transaction failed",
        "550 5.0.0 Error",
        "451 4.0.0 Error",
    ] {
        let d = diagnose(&Reply::parse(text));
        assert_eq!(d.reason(), Reason::Unknown, "{text}");
        assert!(d.evidence().is_none(), "{text}");
    }
}

#[test]
fn successes_and_intermediate_replies_are_what_their_class_says() {
    let d = diagnose(&Reply::parse(
        "250 2.0.0 Ok: queued as 4F1A2, rejected nothing",
    ));
    assert_eq!(d.reason(), Reason::Success);
    assert_eq!(d.evidence().unwrap().rule(), "class.2");
    assert_eq!(
        diagnose(&Reply::parse("354 End data with <CR><LF>.<CR><LF>")).reason(),
        Reason::Intermediate
    );
}

#[test]
fn the_code_decides_the_retry_and_a_disagreeing_reason_is_said() {
    let reply = Reply::parse("550 5.7.1 Too many connections, try again later");
    let d = diagnose(&reply);
    assert_eq!(d.retry(), Some(Retry::NotUnchanged));
    assert_eq!(d.reason().retry(), Some(Retry::Later));
    assert_eq!(d.disagreement(), Some(Retry::Later));
    let page = explain(&reply, Locale::En).to_string();
    assert!(page.contains("decides"), "{page}");
}

#[test]
fn the_diagnosis_is_deterministic() {
    for (_, _, row) in corpus().iter().take(200) {
        let text = input(row);
        let a = diagnose(Reply::extract(&text).reply());
        let b = diagnose(Reply::extract(&text).reply());
        assert_eq!(a, b);
    }
}

#[test]
fn explanations_lead_with_the_reason_in_every_language() {
    let reply = Reply::parse("452 4.2.2 <kim@example.com>: Mailbox full");
    for &l in Locale::all() {
        let page = explain(&reply, l).to_string();
        let reason = page
            .find(Reason::MailboxFull.title(l))
            .unwrap_or(usize::MAX);
        let codes = page.find("4.2.2").unwrap_or(0);
        assert!(
            reason < codes,
            "{l}: the reason comes before the codes:\n{page}"
        );
        assert!(page.contains(Reason::MailboxFull.user_message(l)), "{l}");
    }
}

#[test]
fn one_call_gives_the_end_user_sentence() {
    let m = user_message(
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
        Locale::resolve("es"),
    );
    assert_eq!(m, Reason::MailboxFull.user_message(Locale::resolve("es")));
    assert!(!m.contains('`') && !m.contains("552"));
}

#[test]
fn hostile_pasted_text_is_bounded_and_panic_free() {
    // A 10 MB log line.
    let mut big = String::from(
        "Jan  3 09:12:44 relay postfix/smtp[1]: A: to=<a@b.c>, dsn=5.1.1, status=bounced (host x said: 550 5.1.1 ",
    );
    big.push_str(&"user unknown ".repeat(800_000));
    let found = Reply::extract(&big);
    assert_eq!(found.reply().code().map(|c| c.as_u16()), Some(550));
    assert!(
        found
            .reply()
            .problems()
            .iter()
            .any(|p| p.kind() == "truncated")
    );
    assert_eq!(diagnose(found.reply()).reason(), Reason::UserUnknown);
    // 100,000 lines.
    let many = "Diagnostic-Code: smtp; 550 5.1.1 x\n".repeat(100_000);
    let found = Reply::extract(&many);
    assert!(found.reply().lines().len() <= Reply::MAX_LINES);
    let _ = diagnose(found.reply());
    // NUL, control characters, invalid UTF-8 made text, shapes cut short.
    for text in [
        "550 5.1.1 us\0er unknown",
        "status=bounced (host",
        "permanent error (55",
        "Remote Server returned '",
        "SMTP error from remote mail server after RCPT TO:<",
        "Diagnostic-Code:",
        "stat= dsn=",
        &String::from_utf8_lossy(b"554 \xff\xfe 5.7.1 \xc3"),
    ] {
        let found = Reply::extract(text);
        let _ = diagnose(found.reply());
        let _ = explain(found.reply(), Locale::resolve("ar")).to_string();
    }
}

/// Providers are recognised in the corpus's documented replies, and rarely where they are not:
/// each row whose `provider` column names a shipped provider counts for recall; each row the
/// classifier gives a provider, whose label names some provider, counts for precision.
#[test]
fn providers_are_recognised_in_the_corpus() {
    use smtp_codes::Provider;
    // The corpus's names for the same providers.
    let alias = |label: &str| -> Vec<&'static str> {
        match label {
            "microsoft" => vec!["microsoft", "outlook_com"],
            "mailru" => vec!["mail_ru"],
            "tencent" => vec!["qq"],
            "amazon" => vec!["amazon_ses"],
            "aol" => vec!["yahoo"],
            "exchange" => vec!["exchange_server", "microsoft"],
            other => Provider::get(other)
                .map(|p| vec![p.id()])
                .unwrap_or_default(),
        }
    };
    let (mut recall, mut shipped, mut precise, mut named) = (0, 0, 0, 0);
    let mut wrong = Vec::new();
    let mut per_label: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (file, _, row) in corpus() {
        let text = input(&row);
        let found = Reply::extract(&text);
        let d = match found.remote_host() {
            Some(h) => smtp_codes::diagnose_with_host(found.reply(), h),
            None => diagnose(found.reply()),
        };
        let label = row.get("provider").map_or("-", String::as_str);
        let ids = alias(label);
        let got = d.provider().map(Provider::id);
        if !ids.is_empty() {
            let hit = got.is_some_and(|g| ids.contains(&g));
            shipped += 1;
            recall += usize::from(hit);
            let e = per_label.entry(label.to_string()).or_default();
            e.0 += usize::from(hit);
            e.1 += 1;
        }
        if let Some(g) = got
            && label != "-"
        {
            named += 1;
            if ids.contains(&g) {
                precise += 1;
            } else {
                wrong.push(format!("{file}: {:?}: {g}, labelled {label}", row["input"]));
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "providers: recognised {recall}/{shipped} rows of shipped providers ({:.1} %), right in {precise}/{named} ({:.1} %)",
        pct(recall, shipped),
        pct(precise, named)
    );
    for (label, (hit, rows)) in &per_label {
        println!("  {label:<16} {hit:>3}/{rows}");
    }
    println!("{}", wrong.join("\n"));
    // Most rows carry no marker at all (a bare `550 5.1.1 User unknown` names no provider),
    // so recall is low by nature; a wrong provider would apply wrong rules, so precision is
    // what must stay high.
    assert!(precise * 20 >= named * 19, "precision {precise}/{named}");
    assert!(recall * 5 >= shipped, "recall {recall}/{shipped}");
}
