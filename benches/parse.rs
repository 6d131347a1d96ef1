//! Reply parsing speed, side by side with a regex baseline, lettre's and smtp-proto's parsers.
//!
//! `cargo bench --bench parse`
//!
//! The workload is 10,000 replies drawn (fixed seed) from the corpus of real replies in
//! `tests/data/replies.tsv`, each ending in CRLF. Every method gets the same replies, one at a
//! time, and folds what it extracted into a checksum so that nothing is optimized away.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use smtp_codes::Reply;
use std::hint::black_box;

const N: usize = 10_000;

/// The replies: each row of the corpus, CRLF-terminated, drawn N times with splitmix64.
fn workload() -> Vec<String> {
    let rows: Vec<String> = include_str!("../tests/data/replies.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|r| format!("{}\r\n", r.replace("\\n", "\r\n")))
        .collect();
    let mut state: u64 = 42;
    (0..N)
        .map(|_| {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            rows[(z % rows.len() as u64) as usize].clone()
        })
        .collect()
}

#[inline(never)]
fn loop_ours(replies: &[String]) -> usize {
    let mut acc = 0usize;
    for s in replies {
        let r = Reply::parse(black_box(s));
        acc = acc.wrapping_add(r.code().map_or(1, |c| usize::from(c.as_u16())));
        acc = acc.wrapping_add(r.enhanced().map_or(0, |e| usize::from(e.detail())));
        for l in r.lines() {
            acc = acc.wrapping_add(l.text().len());
        }
    }
    acc
}

#[inline(never)]
fn loop_ours_lookups(replies: &[String]) -> usize {
    let mut acc = 0usize;
    for s in replies {
        let r = Reply::parse(black_box(s));
        acc = acc.wrapping_add(
            r.code()
                .and_then(|c| c.info())
                .map_or(1, |i| i.name().len()),
        );
        acc = acc.wrapping_add(
            r.enhanced()
                .and_then(|e| e.info())
                .map_or(0, |i| i.name().len()),
        );
        for l in r.lines() {
            acc = acc.wrapping_add(l.text().len());
        }
    }
    acc
}

/// A regex-based parser extracting the same facts per line: code, separator, enhanced code, text.
#[inline(never)]
fn loop_regex(re: &Regex, replies: &[String]) -> usize {
    let mut acc = 0usize;
    for s in replies {
        let s = black_box(s.as_str());
        let mut code = None;
        let mut enhanced = None;
        let mut texts: Vec<&str> = Vec::new();
        for line in s.lines() {
            match re.captures(line) {
                Some(c) => {
                    code = c.get(1).and_then(|m| m.as_str().parse::<u16>().ok());
                    if let Some(e) = c.get(3) {
                        enhanced = e.as_str().parse::<smtp_codes::EnhancedCode>().ok();
                    }
                    texts.push(c.get(4).map_or("", |m| m.as_str()));
                }
                None => texts.push(line),
            }
        }
        acc = acc.wrapping_add(code.map_or(1, usize::from));
        acc = acc.wrapping_add(enhanced.map_or(0, |e| usize::from(e.detail())));
        acc = acc.wrapping_add(texts.iter().map(|t| t.len()).sum::<usize>());
    }
    acc
}

#[inline(never)]
fn loop_lettre(replies: &[String]) -> usize {
    use lettre::transport::smtp::response::Response;
    let mut acc = 0usize;
    for s in replies {
        match black_box(s.as_str()).parse::<Response>() {
            Ok(r) => {
                acc = acc.wrapping_add(usize::from(u16::from(r.code())));
                acc = acc.wrapping_add(r.message().map(str::len).sum::<usize>());
            }
            Err(_) => acc = acc.wrapping_add(1),
        }
    }
    acc
}

#[inline(never)]
fn loop_smtp_proto(replies: &[String]) -> usize {
    use smtp_proto::response::parser::ResponseReceiver;
    let mut acc = 0usize;
    for s in replies {
        let mut receiver = ResponseReceiver::default();
        match receiver.parse(&mut black_box(s.as_bytes()).iter()) {
            Ok(r) => {
                acc = acc.wrapping_add(usize::from(r.code));
                acc = acc.wrapping_add(usize::from(r.esc[2]));
                acc = acc.wrapping_add(r.message.len());
            }
            Err(_) => acc = acc.wrapping_add(1),
        }
    }
    acc
}

fn regex() -> Regex {
    Regex::new(r"^\s*([2-5][0-9]{2})([ \t-]|$)(?:[ \t]*([245]\.[0-9]{1,3}\.[0-9]{1,3}):?(?:[ \t]+|$))?(.*)$")
        .expect("valid regex")
}

fn parse(c: &mut Criterion) {
    let replies = workload();
    let bytes: usize = replies.iter().map(String::len).sum();
    let re = regex();
    let mut g = c.benchmark_group("reply_parse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("smtp-codes Reply::parse", |b| {
        b.iter(|| loop_ours(&replies))
    });
    g.bench_function("smtp-codes Reply::parse + both catalog lookups", |b| {
        b.iter(|| loop_ours_lookups(&replies))
    });
    g.bench_function("regex baseline", |b| b.iter(|| loop_regex(&re, &replies)));
    g.bench_function("lettre Response::from_str", |b| {
        b.iter(|| loop_lettre(&replies))
    });
    g.bench_function("smtp-proto ResponseReceiver::parse", |b| {
        b.iter(|| loop_smtp_proto(&replies))
    });
    g.finish();
    eprintln!(
        "workload: {} replies, {} bytes, {:.1} B/reply, {} lines",
        replies.len(),
        bytes,
        bytes as f64 / replies.len() as f64,
        replies
            .iter()
            .map(|r| r.matches("\r\n").count())
            .sum::<usize>()
    );
    // What each method extracted, for a sanity check.
    eprintln!(
        "checksums: ours {} / lookups {} / regex {} / lettre {} / smtp-proto {}",
        loop_ours(&replies),
        loop_ours_lookups(&replies),
        loop_regex(&re, &replies),
        loop_lettre(&replies),
        loop_smtp_proto(&replies)
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(60)
        .measurement_time(std::time::Duration::from_secs(3))
        .warm_up_time(std::time::Duration::from_millis(800));
    targets = parse
}
criterion_main!(benches);
