//! The diagnosis benchmark's workloads and loops, shared by `benches/diagnose.rs` and
//! `examples/diagnose_icount.rs` (instruction counts) so that both measure the same code.

use smtp_codes::{Class, Reply, diagnose};
use std::hint::black_box;

#[path = "naive.rs"]
pub mod naive;

pub const N: usize = 10_000;

pub fn draw(rows: &[String]) -> Vec<String> {
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
pub fn mixed() -> Vec<String> {
    let rows: Vec<String> = include_str!("../../tests/data/replies.tsv")
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|r| format!("{}\r\n", r.replace("\\n", "\r\n")))
        .collect();
    draw(&rows)
}

/// Failures only: the labelled corpus's replies of class 4 and 5 that parse as bare replies.
pub fn failures() -> Vec<String> {
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

/// The floor of any automaton that reads a reply's text a byte at a time: parse, then, for the
/// replies `diagnose` reads (classes 4 and 5), every byte of every line's text through one
/// table lookup that depends on the one before (a 256-byte table, always in L1), with nothing
/// matched or recorded. What `diagnose` costs above this is its own work; this much any byte
/// automaton pays, however small its table.
#[inline(never)]
pub fn loop_parse_walk(replies: &[String]) -> usize {
    static STEP: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            t[i] = (i as u8).wrapping_mul(167).wrapping_add(13);
            i += 1;
        }
        t
    };
    let mut acc = 0usize;
    for s in replies {
        let r = Reply::parse(black_box(s));
        acc = acc.wrapping_add(r.code().map_or(1, |c| usize::from(c.as_u16())));
        acc = acc.wrapping_add(r.lines().len());
        if !matches!(
            r.class(),
            Some(Class::PositiveCompletion | Class::PositiveIntermediate)
        ) {
            let mut state = 0u8;
            for l in r.lines() {
                for &b in l.text().as_bytes() {
                    state = STEP[usize::from(state ^ b)];
                }
            }
            acc = acc.wrapping_add(usize::from(state));
        }
    }
    acc
}
