//! Runs one loop of `benches/diagnose.rs` many times, for instruction counts. The matcher is
//! built before the loops run (its one-time build is not counted):
//!
//! ```text
//! cargo build --release --example diagnose_icount
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*loop_parse_diagnose*' \
//!     target/release/examples/diagnose_icount mixed parse_diagnose 20
//! ```
//! Each loop reads 10,000 replies; Ir per reply = collected Ir / (10,000 × repetitions).

#[path = "../benches/support/diagnose_work.rs"]
mod work;
use work::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let workload = args.next().unwrap_or_default();
    let which = args.next().unwrap_or_default();
    let reps: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let replies = match workload.as_str() {
        "mixed" => mixed(),
        "failures" => failures(),
        other => {
            eprintln!("unknown workload {other:?} (mixed, failures)");
            std::process::exit(2);
        }
    };
    // Build the matcher (and the naive classifier's tables) outside the measured loops.
    let naive = naive::Naive::load();
    let mut sum =
        smtp_codes::diagnose(&smtp_codes::Reply::parse("550 5.1.1 User unknown")).reason() as usize;
    for _ in 0..reps {
        sum = sum.wrapping_add(match which.as_str() {
            "parse" => loop_parse(&replies),
            "parse_diagnose" => loop_parse_diagnose(&replies),
            "parse_walk" => loop_parse_walk(&replies),
            "parse_naive" => loop_parse_naive(&naive, &replies),
            other => {
                eprintln!(
                    "unknown loop {other:?} (parse, parse_walk, parse_diagnose, parse_naive)"
                );
                std::process::exit(2);
            }
        });
    }
    println!("{sum}");
}
