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

#[path = "support/diagnose_work.rs"]
mod work;
use work::*;

fn bench(c: &mut Criterion) {
    let naive = naive::Naive::load();
    for (name, replies) in [("mixed", mixed()), ("failures", failures())] {
        let bytes: usize = replies.iter().map(String::len).sum();
        let mut g = c.benchmark_group(format!("diagnose_{name}"));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("Reply::parse", |b| b.iter(|| loop_parse(&replies)));
        g.bench_function("Reply::parse + byte walk (floor)", |b| {
            b.iter(|| loop_parse_walk(&replies))
        });
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
