//! Diagnosis speed: parse + diagnose against parse alone, and against a naive classifier (a
//! `contains` loop over the same phrases), side by side in one run. See BENCHMARKS.md.
//!
//! `cargo bench --bench diagnose`
//!
//! Two workloads of 10,000 replies each (fixed seed): the parse benchmark's (`benches/parse.rs`,
//! drawn from `tests/data/replies.tsv`, a mix of successes and failures as a server log has
//! them), and failures only, drawn from the labelled corpus `tests/data/diagnosis/*.tsv`, where
//! every reply goes through the matcher.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use smtp_codes::{Reason, Reply, diagnose};
use std::hint::black_box;

#[path = "support/naive.rs"]
mod naive;

const N: usize = 10_000;

fn draw(rows: &[String]) -> Vec<String> {
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

/// The parse benchmark's workload.
fn mixed() -> Vec<String> {
    let rows: Vec<String> = include_str!("../tests/data/replies.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|r| format!("{}\r\n", r.replace("\\n", "\r\n")))
        .collect();
    draw(&rows)
}

/// Failures only: the labelled corpus's replies of class 4 and 5 that parse as bare replies.
fn failures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/diagnosis");
    let mut rows = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/data/diagnosis")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(f).expect("corpus file");
        for line in text.lines().skip(1) {
            let input = line.split('\t').next().unwrap_or("");
            if input.starts_with(['4', '5']) {
                rows.push(format!("{}\r\n", input.replace("\\n", "\r\n")));
            }
        }
    }
    draw(&rows)
}

#[inline(never)]
pub fn loop_parse(replies: &[String]) -> usize {
    let mut acc = 0usize;
    for s in replies {
        let r = Reply::parse(black_box(s));
        acc = acc.wrapping_add(r.code().map_or(1, |c| usize::from(c.as_u16())));
        acc = acc.wrapping_add(r.lines().len());
    }
    acc
}

#[inline(never)]
pub fn loop_parse_diagnose(replies: &[String]) -> usize {
    let mut acc = 0usize;
    for s in replies {
        let r = Reply::parse(black_box(s));
        acc = acc.wrapping_add(r.code().map_or(1, |c| usize::from(c.as_u16())));
        acc = acc.wrapping_add(r.lines().len());
        acc = acc.wrapping_add(diagnose(&r).reason() as usize);
    }
    acc
}

#[inline(never)]
pub fn loop_parse_naive(naive: &naive::Naive, replies: &[String]) -> usize {
    let mut acc = 0usize;
    for s in replies {
        let r = Reply::parse(black_box(s));
        acc = acc.wrapping_add(r.code().map_or(1, |c| usize::from(c.as_u16())));
        acc = acc.wrapping_add(r.lines().len());
        acc = acc.wrapping_add(naive.classify(&r).map_or(0, |reason| reason as usize));
    }
    acc
}

fn bench(c: &mut Criterion) {
    let naive = naive::Naive::load();
    for (name, replies) in [("mixed", mixed()), ("failures", failures())] {
        let bytes: usize = replies.iter().map(String::len).sum();
        let mut g = c.benchmark_group(format!("diagnose_{name}"));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("Reply::parse", |b| b.iter(|| loop_parse(&replies)));
        g.bench_function("Reply::parse + diagnose", |b| {
            b.iter(|| loop_parse_diagnose(&replies))
        });
        g.bench_function("Reply::parse + naive contains loop", |b| {
            b.iter(|| loop_parse_naive(&naive, &replies))
        });
        g.finish();
        let agree = replies
            .iter()
            .filter(|s| {
                let r = Reply::parse(s);
                let ours = diagnose(&r).reason();
                naive.classify(&r).unwrap_or(Reason::Unknown) == ours
            })
            .count();
        eprintln!(
            "{name}: {} replies, {bytes} bytes, {:.1} B/reply; the naive classifier agrees on {agree}",
            replies.len(),
            bytes as f64 / replies.len() as f64,
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(40)
        .measurement_time(std::time::Duration::from_secs(3))
        .warm_up_time(std::time::Duration::from_millis(800));
    targets = bench
}
criterion_main!(benches);
