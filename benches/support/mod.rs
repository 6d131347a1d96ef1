//! Workloads and measured loops shared by `benches/lookup.rs` (criterion, wall time) and
//! `examples/lookup_icount.rs` (run under callgrind for instruction counts), so both measure
//! the very same code.

#![allow(dead_code)]

use smtp_codes::{EnhancedCode, EnhancedInfo, ReplyCode, ReplyInfo};
use std::collections::HashMap;
use std::hint::black_box;

#[path = "rng.rs"]
mod rng;
pub use rng::Rng;

fn draw<T: Copy>(table: &[(T, u32)], n: usize, seed: u64) -> Vec<T> {
    let total: u32 = table.iter().map(|(_, w)| w).sum();
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|_| {
            let mut x = (rng.next() % u64::from(total)) as u32;
            table
                .iter()
                .find(|(_, w)| {
                    if x < *w {
                        true
                    } else {
                        x -= w;
                        false
                    }
                })
                .map(|(t, _)| *t)
                .unwrap_or(table[0].0)
        })
        .collect()
}

/// Reply codes as a busy outbound MTA sees them: mostly 250, the usual failures, ~3% misses
/// (numbers no catalog has, and out-of-range values).
pub fn reply_workload() -> Vec<u16> {
    let table: &[(u16, u32)] = &[
        (250, 5500),
        (220, 500),
        (221, 500),
        (354, 500),
        (550, 350),
        (421, 300),
        (450, 250),
        (451, 250),
        (554, 200),
        (552, 100),
        (553, 100),
        (503, 100),
        (501, 100),
        (530, 100),
        (535, 100),
        (452, 100),
        (334, 60),
        (235, 60),
        (500, 40),
        (502, 40),
        (504, 20),
        (251, 20),
        (252, 20),
        (454, 20),
        (555, 20),
        (521, 10),
        (556, 10),
        (299, 60),
        (600, 60),
        (0, 40),
        (199, 40),
        (999, 40),
        (65535, 30),
        (420, 35),
    ];
    draw(table, 10_000, 1)
}

/// Enhanced codes as text, ~3% strings that are not catalog codes.
pub fn enhanced_workload() -> Vec<&'static str> {
    let table: &[(&'static str, u32)] = &[
        ("2.0.0", 4300),
        ("2.1.0", 1200),
        ("2.1.5", 1200),
        ("5.1.1", 600),
        ("4.7.0", 300),
        ("5.7.1", 300),
        ("5.7.26", 200),
        ("4.2.2", 150),
        ("5.2.2", 150),
        ("4.4.7", 100),
        ("5.4.1", 100),
        ("4.3.0", 100),
        ("5.7.23", 100),
        ("5.5.1", 100),
        ("4.7.28", 80),
        ("5.1.10", 80),
        ("2.6.0", 80),
        ("5.3.4", 80),
        ("X.1.1", 50),
        ("5.9.9", 50),
        ("6.1.1", 40),
        ("5.7.999", 40),
        ("2.1.99", 40),
        ("5.1", 40),
        ("4.7.31", 30),
        ("x.y.z", 30),
        ("5.01.1", 30),
        ("", 30),
    ];
    draw(table, 10_000, 2)
}

/// The physical limit for reply codes: one array slot per code, holding the record.
pub fn dense_reply_table() -> Vec<Option<&'static ReplyInfo>> {
    let mut t = vec![None; 400];
    for i in ReplyInfo::all() {
        t[usize::from(i.code().as_u16() - 200)] = Some(i);
    }
    t
}

/// A raw-byte perfect hash over the text of every class form ("5.1.1", "X.1.1"), built at
/// start-up the same way the build script builds the crate's: the baseline for `find`.
pub struct RawHash {
    mul: u64,
    shift: u32,
    slots: Vec<u16>,
    keys: Vec<u64>,
    infos: Vec<&'static EnhancedInfo>,
}

fn key(b: &[u8]) -> Option<u64> {
    if b.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    Some(u64::from_le_bytes(buf))
}

impl RawHash {
    pub fn new() -> RawHash {
        let mut keys = Vec::new();
        let mut infos = Vec::new();
        for i in EnhancedInfo::all() {
            let c = i.code();
            for class in ["2", "4", "5", "X"] {
                let s = format!("{class}.{}.{}", c.subject_number(), c.detail());
                keys.push(key(s.as_bytes()).unwrap());
                infos.push(i);
            }
        }
        let mut rng = Rng::new(7);
        for bits in 10..=16u32 {
            for _ in 0..100_000 {
                let mul = rng.next() | 1;
                let mut slots = vec![u16::MAX; 1 << bits];
                let ok = keys.iter().enumerate().all(|(i, &k)| {
                    let s = (k.wrapping_mul(mul) >> (64 - bits)) as usize;
                    std::mem::replace(&mut slots[s], i as u16) == u16::MAX
                });
                if ok {
                    return RawHash {
                        mul,
                        shift: 64 - bits,
                        slots,
                        keys,
                        infos,
                    };
                }
            }
        }
        panic!("no perfect hash")
    }

    #[inline]
    pub fn get(&self, s: &str) -> Option<&'static EnhancedInfo> {
        let k = key(s.as_bytes())?;
        let i = *self
            .slots
            .get((k.wrapping_mul(self.mul) >> self.shift) as usize)?;
        (self.keys.get(usize::from(i)) == Some(&k)).then(|| self.infos[usize::from(i)])
    }
}

pub fn hash_map_table() -> HashMap<String, &'static EnhancedInfo> {
    let mut m = HashMap::new();
    for i in EnhancedInfo::all() {
        let c = i.code();
        for class in ["2", "4", "5", "X"] {
            m.insert(format!("{class}.{}.{}", c.subject_number(), c.detail()), i);
        }
    }
    m
}

// The loops. Each sums the title length of what it finds (1 on a miss), so the record is
// really read; `#[inline(never)]` keeps each a separate function callgrind can select.

#[inline(never)]
pub fn loop_reply_dense_limit(table: &[Option<&'static ReplyInfo>], codes: &[u16]) -> usize {
    codes
        .iter()
        .map(|&c| {
            let i = usize::from(black_box(c).wrapping_sub(200));
            table
                .get(i)
                .copied()
                .flatten()
                .map_or(1, |r| r.name().len())
        })
        .sum()
}

#[inline(never)]
pub fn loop_reply_crate(codes: &[u16]) -> usize {
    codes
        .iter()
        .map(|&c| {
            ReplyCode::from_u16(black_box(c))
                .ok()
                .and_then(ReplyCode::info)
                .map_or(1, |r| r.name().len())
        })
        .sum()
}

#[inline(never)]
pub fn loop_reply_binary_search(sorted: &[u16], codes: &[u16]) -> usize {
    let all = ReplyInfo::all();
    codes
        .iter()
        .map(|&c| {
            sorted
                .binary_search(&black_box(c))
                .map_or(1, |i| all[i].name().len())
        })
        .sum()
}

#[inline(never)]
pub fn loop_enhanced_raw_limit(h: &RawHash, codes: &[&str]) -> usize {
    codes
        .iter()
        .map(|&s| h.get(black_box(s)).map_or(1, |r| r.name().len()))
        .sum()
}

#[inline(never)]
pub fn loop_enhanced_crate_find(codes: &[&str]) -> usize {
    codes
        .iter()
        .map(|&s| EnhancedInfo::find(black_box(s)).map_or(1, |(_, r)| r.name().len()))
        .sum()
}

#[inline(never)]
pub fn loop_enhanced_parse_then_info(codes: &[&str]) -> usize {
    codes
        .iter()
        .map(|&s| {
            black_box(s)
                .parse::<EnhancedCode>()
                .ok()
                .and_then(EnhancedCode::info)
                .map_or(1, |r| r.name().len())
        })
        .sum()
}

#[inline(never)]
pub fn loop_enhanced_hash_map(m: &HashMap<String, &'static EnhancedInfo>, codes: &[&str]) -> usize {
    codes
        .iter()
        .map(|&s| m.get(black_box(s)).map_or(1, |r| r.name().len()))
        .sum()
}
