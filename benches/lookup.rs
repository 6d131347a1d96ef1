//! Lookup speed, side by side with the physical limit (see BENCHMARKS.md).
//!
//! `cargo bench --bench lookup`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use smtp_codes::ReplyInfo;

mod support;
use support::*;

fn reply(c: &mut Criterion) {
    let codes = reply_workload();
    let dense = dense_reply_table();
    let sorted: Vec<u16> = ReplyInfo::all().iter().map(|i| i.code().as_u16()).collect();
    let mut g = c.benchmark_group("reply_code_u16");
    g.throughput(Throughput::Elements(codes.len() as u64));
    g.bench_function("limit: dense array of records", |b| {
        b.iter(|| loop_reply_dense_limit(&dense, &codes))
    });
    g.bench_function("smtp-codes ReplyCode::from_u16 + info", |b| {
        b.iter(|| loop_reply_crate(&codes))
    });
    g.bench_function("binary search", |b| {
        b.iter(|| loop_reply_binary_search(&sorted, &codes))
    });
    g.finish();
}

fn enhanced(c: &mut Criterion) {
    let codes = enhanced_workload();
    let raw = RawHash::new();
    let map = hash_map_table();
    let mut g = c.benchmark_group("enhanced_code_str");
    g.throughput(Throughput::Elements(codes.len() as u64));
    g.bench_function("limit: raw-byte perfect hash", |b| {
        b.iter(|| loop_enhanced_raw_limit(&raw, &codes))
    });
    g.bench_function("smtp-codes EnhancedInfo::find", |b| {
        b.iter(|| loop_enhanced_crate_find(&codes))
    });
    g.bench_function("parse then EnhancedCode::info", |b| {
        b.iter(|| loop_enhanced_parse_then_info(&codes))
    });
    g.bench_function("std HashMap<String, _>", |b| {
        b.iter(|| loop_enhanced_hash_map(&map, &codes))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(60).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_millis(800));
    targets = reply, enhanced
}
criterion_main!(benches);
