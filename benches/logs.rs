//! Mail-log triage throughput on a generated log of ≥ 100 MB (`benches/support/maillog.rs`:
//! Postfix, Exim and noise lines), side by side in one run with `grep -c 'status='` on the same
//! file and with a naive line-by-line regex reader written here. See BENCHMARKS.md.
//!
//! `cargo bench --bench logs` (the log is written once to `target/bench-data/`).
//!
//! "ours" reads the file as `smtp-codes logs` does (`logs::read_lines`: blocks of 128 KiB,
//! line breaks found with a SIMD search) and feeds every line to `Triage::count`, which
//! diagnoses every failed delivery attempt. The naive reader does what a quick script would: a regex per line for the Postfix
//! and Exim shapes, a regex for the reply code, counts per status and code — it gives no
//! reasons, so it does less than ours.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use smtp_codes::logs::{Triage, read_lines};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;

#[allow(dead_code)]
#[path = "support/maillog.rs"]
mod maillog;

/// Reads `path` as `smtp-codes logs` does ([`read_lines`], [`Triage::count`]).
fn ours(path: &Path) -> Triage {
    let mut triage = Triage::new();
    read_lines(std::fs::File::open(path).expect("log"), |l| triage.count(l)).expect("read");
    triage
}

struct Naive {
    postfix: Regex,
    exim: Regex,
    code: Regex,
}

impl Naive {
    fn new() -> Naive {
        Naive {
            postfix: Regex::new(
                r"^(\w{3} +\d+ [\d:]+) \S+ postfix/\w+\[\d+\]: (\w+): to=<([^>]*)>, .*status=(\w+)(?: \((.*)\))?$",
            )
            .expect("regex"),
            exim: Regex::new(r"^([\d-]+ [\d:]+) (\S+) (\*\*|==|=>|->) (\S+) .*?(?:: (.*))?$")
                .expect("regex"),
            code: Regex::new(r"\b([245]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3}) )?").expect("regex"),
        }
    }

    /// Counts per status and per code, line by line.
    fn read(&self, path: &Path) -> (HashMap<String, usize>, HashMap<String, usize>, usize) {
        let reader = BufReader::with_capacity(1 << 16, std::fs::File::open(path).expect("log"));
        let (mut status, mut codes, mut lines) = (HashMap::new(), HashMap::new(), 0);
        for line in reader.lines() {
            let Ok(line) = line else { break };
            lines += 1;
            let (st, text) = if let Some(c) = self.postfix.captures(&line) {
                (c[4].to_string(), c.get(5).map(|m| m.as_str().to_string()))
            } else if let Some(c) = self.exim.captures(&line) {
                (c[3].to_string(), c.get(5).map(|m| m.as_str().to_string()))
            } else {
                continue;
            };
            *status.entry(st).or_insert(0) += 1;
            if let Some(code) = text.as_deref().and_then(|t| self.code.captures(t)) {
                *codes.entry(code[1].to_string()).or_insert(0) += 1;
            }
        }
        (status, codes, lines)
    }
}

fn grep_count(path: &Path) -> Option<usize> {
    let out = std::process::Command::new("grep")
        .args(["-c", "status="])
        .arg(path)
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn bench(c: &mut Criterion) {
    let path = maillog::generated(100);
    let bytes = std::fs::metadata(&path).expect("log").len();
    let t = ours(&path);
    let naive = Naive::new();
    let (status, _, lines) = naive.read(&path);
    eprintln!(
        "{}: {bytes} bytes, {} lines, {} attempts, {} skipped; grep -c status= counts {:?}; the naive reader counts {} attempts",
        path.display(),
        t.lines(),
        t.attempts(),
        t.skipped(),
        grep_count(&path),
        status.values().sum::<usize>(),
    );
    assert_eq!(lines, t.lines(), "both readers see every line");

    let mut g = c.benchmark_group("logs_100mb");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    if grep_count(&path).is_some() {
        g.bench_function("grep -c status=", |b| b.iter(|| grep_count(&path)));
    }
    g.bench_function("smtp-codes logs (Triage)", |b| {
        b.iter(|| ours(&path).attempts())
    });
    g.bench_function("naive regex reader", |b| b.iter(|| naive.read(&path).2));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
