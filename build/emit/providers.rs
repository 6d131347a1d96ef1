//! The providers (`data/providers/`), their codes and their rules, at the end of the table
//! file; their texts go in the locale files beside the others.

use super::super::resolve::{Catalog, PairCode, WithCode};
use super::tables::variants;
use super::{camel, lit, per_locale};
use std::fmt::Write as _;

fn enhanced((class, subject, detail): (u8, u16, u16)) -> String {
    format!("EnhancedCode {{ class: {class}, subject: {subject}, detail: {detail} }}")
}

pub(super) fn providers(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    out!("");
    out!("/// The providers of `data/providers/`, sorted by id.");
    out!(
        "pub(crate) static PROVIDERS: [Provider; {}] = [",
        c.providers.len()
    );
    for p in &c.providers {
        let markers: Vec<String> = p.markers.iter().map(|(m, _)| lit(m)).collect();
        let hosts: Vec<String> = p.hosts.iter().map(|h| lit(h)).collect();
        let sources: Vec<String> = p.sources.iter().map(|i| format!("&SOURCES[{i}]")).collect();
        out!(
            "    Provider {{ id: {}, name: {}, kind: ProviderKind::{}, markers: &[{}], hosts: &[{}], sources: &[{}] }},",
            lit(&p.id),
            lit(&p.name),
            camel(&p.kind),
            markers.join(", "),
            hosts.join(", "),
            sources.join(", ")
        );
    }
    out!("];");
    let markers: Vec<(String, usize)> = c
        .providers
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.markers
                .iter()
                .map(move |(_, n)| (String::from_utf8_lossy(n).into_owned(), i))
        })
        .collect();
    out!("/// Every provider's markers in normal form, with the provider's row.");
    out!(
        "pub(crate) static PROVIDER_MARKERS: [(&str, u16); {}] = [",
        markers.len()
    );
    for (m, i) in &markers {
        out!("    ({}, {i}),", lit(m));
    }
    out!("];");
    out!(
        "pub(crate) const VENDOR_CODE_COUNT: usize = {};",
        c.vendor_codes.len()
    );
    out!("/// The providers' own codes, sorted by code; texts in `VENDOR_TEXTS`, row for row.");
    out!("pub(crate) static VENDOR_CODES: [VendorCode; VENDOR_CODE_COUNT] = [");
    for v in &c.vendor_codes {
        out!(
            "    VendorCode {{ id: {}, code: {}, through: {}, provider: {}, reason: Reason::{}, fix_by: {}, source: &SOURCES[{}], read: {} }},",
            lit(&format!(
                "{}.{}.{}.{}",
                c.providers[v.provider].id, v.code.0, v.code.1, v.code.2
            )),
            enhanced(v.code),
            v.through
                .map_or_else(|| "None".to_string(), |t| format!("Some({})", enhanced(t))),
            v.provider,
            camel(&v.reason),
            variants(&v.fix_by, "Party"),
            v.source,
            lit(&v.read)
        );
    }
    out!("];");
    let notes = c.provider_rules.iter().filter(|r| r.note.is_some()).count();
    out!("pub(crate) const NOTE_COUNT: usize = {notes};");
    out!(
        "/// What the providers' replies mean, by provider, in file order; phrases in normal form."
    );
    out!(
        "pub(crate) static PROVIDER_RULES: [ProviderRule; {}] = [",
        c.provider_rules.len()
    );
    let mut note = 0;
    for r in &c.provider_rules {
        let phrases: Vec<String> = r
            .phrases
            .iter()
            .map(|p| lit(&String::from_utf8_lossy(p)))
            .collect();
        let with_code = match r.with_code {
            None => String::from("None"),
            Some(WithCode::Reply(c)) => format!("Some(Code::Reply(ReplyCode({c})))"),
            Some(WithCode::Enhanced(class, s, d)) => {
                format!("Some(Code::Enhanced({}))", enhanced((class, s, d)))
            }
        };
        let n = if r.note.is_some() {
            note += 1;
            format!("Some({})", note - 1)
        } else {
            String::from("None")
        };
        out!(
            "    ProviderRule {{ id: {}, provider: {}, reason: Reason::{}, normal: &[{}], phrases: &[{}], with_code: {with_code}, note: {n}, source: &SOURCES[{}], read: {} }},",
            lit(&r.id),
            r.provider,
            camel(&r.reason),
            phrases.join(", "),
            r.shown
                .iter()
                .map(|p| lit(p))
                .collect::<Vec<_>>()
                .join(", "),
            r.source,
            lit(&r.read)
        );
    }
    out!("];");
    out!(
        "pub(crate) static VENDOR_TEXTS: [&[[&str; 4]; VENDOR_CODE_COUNT]; {}] = [{}];",
        c.locales.len(),
        per_locale(c, "VENDOR")
    );
    out!(
        "pub(crate) static NOTES: [&[&str; NOTE_COUNT]; {}] = [{}];",
        c.locales.len(),
        per_locale(c, "NOTES")
    );
}

/// A locale's provider texts: vendor codes, then notes.
pub(super) fn texts(w: &mut String, c: &Catalog, li: usize) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    out!("");
    out!(
        "/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix."
    );
    out!("pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [");
    for v in &c.vendor_codes {
        let (cl, s, d) = v.code;
        out!("    // {cl}.{s}.{d} ({})", c.providers[v.provider].id);
        out!("    [");
        for t in &v.texts[li] {
            out!("        {},", lit(t));
        }
        out!("    ],");
    }
    out!("];");
    out!("");
    out!("/// Per provider rule with a note, in `super::PROVIDER_RULES` order.");
    out!("pub(super) static NOTES: [&str; NOTE_COUNT] = [");
    for r in &c.provider_rules {
        if let Some(n) = &r.note {
            out!("    // {}", r.id);
            out!("    {},", lit(&n[li]));
        }
    }
    out!("];");
}

/// The look-alike pairs and their references; their texts go in the locale files.
pub(super) fn pairs(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    let code = |p: PairCode| match p {
        PairCode::Reply(r) => format!("Code::Reply(ReplyCode({r}))"),
        PairCode::Enhanced(class, s, d) => format!("Code::Enhanced({})", enhanced((class, s, d))),
    };
    out!("");
    out!("pub(crate) const PAIR_COUNT: usize = {};", c.pairs.len());
    out!(
        "/// The look-alike pairs of `data/pairs/pairs.yaml`, in file order; texts in `PAIR_TEXTS`."
    );
    out!("pub(crate) static PAIRS: [Contrast; PAIR_COUNT] = [");
    for p in &c.pairs {
        let refs: Vec<String> = p
            .references
            .iter()
            .map(|(i, s)| format!("Reference {{ source: &SOURCES[{i}], section: {} }}", lit(s)))
            .collect();
        out!(
            "    Contrast {{ a: {}, b: {}, references: &[{}] }},",
            code(p.a),
            code(p.b),
            refs.join(", ")
        );
    }
    out!("];");
    out!(
        "pub(crate) static PAIR_TEXTS: [&[[&str; 6]; PAIR_COUNT]; {}] = [{}];",
        c.locales.len(),
        per_locale(c, "PAIRS")
    );
}

/// A locale's pair texts.
pub(super) fn pair_texts(w: &mut String, c: &Catalog, li: usize) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    let name = |p: PairCode| match p {
        PairCode::Reply(r) => r.to_string(),
        PairCode::Enhanced(0, s, d) => format!("X.{s}.{d}"),
        PairCode::Enhanced(k, s, d) => format!("{k}.{s}.{d}"),
    };
    out!("");
    out!(
        "/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next."
    );
    out!("pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [");
    for p in &c.pairs {
        out!("    // {} vs {}", name(p.a), name(p.b));
        out!("    [");
        for t in &p.texts[li] {
            out!("        {},", lit(t));
        }
        out!("    ],");
    }
    out!("];");
}
