//! Runs one lookup loop of `benches/lookup.rs` many times, for instruction counts:
//!
//! ```text
//! cargo build --release --example lookup_icount
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*loop_reply_crate*' \
//!     target/release/examples/lookup_icount reply_crate 100
//! ```
//! Each loop does 10,000 lookups; Ir per lookup = collected Ir / (10,000 × repetitions).

#[path = "../benches/support/mod.rs"]
mod support;
use support::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_default();
    let reps: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(100);
    let (rc, ec) = (reply_workload(), enhanced_workload());
    let dense = dense_reply_table();
    let sorted: Vec<u16> = smtp_codes::ReplyInfo::all()
        .iter()
        .map(|i| i.code().as_u16())
        .collect();
    let raw = RawHash::new();
    let map = hash_map_table();
    let mut sum = 0usize;
    for _ in 0..reps {
        sum += match which.as_str() {
            "reply_dense_limit" => loop_reply_dense_limit(&dense, &rc),
            "reply_crate" => loop_reply_crate(&rc),
            "reply_binary_search" => loop_reply_binary_search(&sorted, &rc),
            "enhanced_raw_limit" => loop_enhanced_raw_limit(&raw, &ec),
            "enhanced_crate_find" => loop_enhanced_crate_find(&ec),
            "enhanced_parse_then_info" => loop_enhanced_parse_then_info(&ec),
            "enhanced_hash_map" => loop_enhanced_hash_map(&map, &ec),
            other => {
                eprintln!("unknown loop {other:?}");
                std::process::exit(2);
            }
        };
    }
    println!("{sum}");
}
