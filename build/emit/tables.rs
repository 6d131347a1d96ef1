//! The table file, `src/catalog/generated/mod.rs`: everything but the texts.

use super::super::keys::Key;
use super::super::resolve::{Catalog, Record};
use super::{all_records, camel, header, lit, locale_module, numbers, per_locale};
use std::fmt::Write as _;

/// Everything that is not a text: versions, locales, sources, records, indexes, constants,
/// reasons and rules. One function per part, in the order of the file.
pub(super) fn tables(c: &Catalog) -> Result<String, String> {
    let mut o = header("the tables");
    prelude(&mut o, c);
    locales(&mut o, c);
    sources(&mut o, c);
    replies(&mut o, c)?;
    enhanced(&mut o, c)?;
    sub_codes(&mut o, c);
    constants(&mut o, c);
    texts_and_ui(&mut o, c);
    super::reasons::reasons(&mut o, c);
    super::providers::providers(&mut o, c);
    super::providers::pairs(&mut o, c);
    Ok(o)
}

/// The row of record `k` in the per-locale text tables.
fn row(c: &Catalog, k: Key) -> usize {
    all_records(c).position(|r| r.key == k).unwrap_or(0)
}

/// The file's own doc, its imports, the locale modules and the versions.
fn prelude(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    out!("//! The catalog's tables: sorted static arrays, index arrays and perfect hashes over");
    out!("//! them. Texts are in one file per locale beside this one, row for row.");
    out!("");
    out!(
        "use crate::catalog::{{EnhancedInfo, LocaleData, Reference, ReplyInfo, Source, SubCodeInfo, Texts}};"
    );
    out!("use crate::catalog::{{CodeRule, ReasonData, TextRule}};");
    out!("use crate::catalog::{{Contrast, Provider, ProviderKind, ProviderRule, VendorCode}};");
    out!(
        "use crate::{{Code, Command, EnhancedCode, Party, ReplyCode, Retry, SourceKind, Status}};"
    );
    out!("");
    for l in &c.locales {
        out!("#[rustfmt::skip]");
        out!("mod {};", locale_module(&l.tag));
    }
    out!("");
    out!(
        "/// Version of the catalog data (`data/catalog.yaml`); changes whenever a code, fact or text does."
    );
    out!("pub const CATALOG_VERSION: &str = {};", lit(&c.version));
    out!(
        "/// Last-updated date of the IANA SMTP Enhanced Status Codes registry the catalog follows."
    );
    out!(
        "pub const IANA_REGISTRY_DATE: &str = {};",
        lit(&c.iana_registry_date)
    );
    out!("");
}

/// The `Locale` enum and the locale tables.
fn locales(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    // Locales.
    out!("/// A language the catalog ships, complete: every text of every record and page.");
    out!("///");
    out!(
        "/// Parse any BCP 47 tag with [`Locale::from_tag`] or [`Locale::resolve`], or negotiate one"
    );
    out!("/// from an `Accept-Language` header with [`Locale::negotiate`].");
    out!("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]");
    out!("#[non_exhaustive]");
    out!("pub enum Locale {{");
    for (i, l) in c.locales.iter().enumerate() {
        let root = if i == 0 {
            "; the root every text falls back to."
        } else {
            "."
        };
        out!(
            "    /// {} ({}), `{}`{root}",
            l.english_name,
            l.native_name,
            l.tag
        );
        if i == 0 {
            out!("    #[default]");
        }
        out!("    {} = {i},", camel(&l.tag));
    }
    out!("}}");
    out!("");
    out!("/// Every locale, in order.");
    let all: Vec<String> = c
        .locales
        .iter()
        .map(|l| format!("Locale::{}", camel(&l.tag)))
        .collect();
    out!(
        "pub(crate) static LOCALE_LIST: [Locale; {}] = [{}];",
        c.locales.len(),
        all.join(", ")
    );
    out!(
        "pub(crate) static LOCALES: [LocaleData; {}] = [",
        c.locales.len()
    );
    for l in &c.locales {
        out!(
            "    LocaleData {{ tag: {}, english_name: {}, native_name: {}, rtl: {}, script: {} }},",
            lit(&l.tag),
            lit(&l.english_name),
            lit(&l.native_name),
            l.rtl,
            lit(&l.script)
        );
    }
    out!("];");
    out!("/// Per locale, texts translated from an older English text (see `data/README.md`).");
    out!(
        "pub(crate) static STALE_TEXTS: [u16; {}] = {:?};",
        c.locales.len(),
        c.stale
    );
    let mut by_tag = phf_codegen::Map::new();
    for (l, e) in c.locales.iter().zip(&all) {
        by_tag.entry(l.tag.to_ascii_lowercase(), e.as_str());
    }
    out!("/// Lower-cased tag → locale.");
    out!(
        "pub(crate) static LOCALE_BY_TAG: phf::Map<&'static str, Locale> = {};",
        by_tag.build()
    );
    out!("");
}

/// Every source a reference or a rule cites.
fn sources(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    // Sources.
    out!(
        "pub(crate) static SOURCES: [Source; {}] = [",
        c.sources.len()
    );
    for s in &c.sources {
        out!(
            "    Source {{ id: {}, kind: SourceKind::{}, title: {}, url: {} }},",
            lit(&s.id),
            camel(&s.kind),
            lit(&s.title),
            lit(&s.url)
        );
    }
    out!("];");
    out!("");
}

/// The reply code records, their dense index and the name map.
fn replies(w: &mut String, c: &Catalog) -> Result<(), String> {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    // Records. Text rows: replies, enhanced, classes, subjects.
    let row_of = |k: Key| row(c, k);
    out!(
        "pub(crate) static REPLIES: [ReplyInfo; {}] = [",
        c.replies.len()
    );
    for r in &c.replies {
        let Key::Reply(code) = r.key else { continue };
        out!(
            "    ReplyInfo {{ code: ReplyCode({code}), status: Status::{}, name: {}, texts: Texts {{ row: {} }}, fix_by: {}, references: {}, commands: {}, related: {}, compare_with: {} }},",
            camel(&r.status),
            lit(&r.name),
            row_of(r.key),
            variants(&r.fix_by, "Party"),
            refs(r),
            variants(&r.commands, "Command"),
            codes(&r.related),
            codes(&r.compare_with)
        );
    }
    out!("];");
    let mut index = vec![u8::MAX; 400];
    for (i, r) in c.replies.iter().enumerate() {
        if let Key::Reply(code) = r.key {
            index[usize::from(code - 200)] =
                u8::try_from(i).map_err(|_| "more than 255 reply codes")?;
        }
    }
    out!("/// `REPLY_INDEX[code - 200]` is the row of `REPLIES`, or 255.");
    out!("pub(crate) static REPLY_INDEX: [u8; 400] = [");
    w.push_str(&numbers(&index, 20));
    out!("];");
    let mut by_name = phf_codegen::Map::new();
    let idx: Vec<String> = (0..c.replies.len()).map(|i| i.to_string()).collect();
    for (r, i) in c.replies.iter().zip(&idx) {
        by_name.entry(r.name.as_str(), i.as_str());
    }
    out!(
        "pub(crate) static REPLY_BY_NAME: phf::Map<&'static str, u8> = {};",
        by_name.build()
    );
    out!("");
    Ok(())
}

/// The enhanced code records, their dense index, the perfect hash over their text, and
/// the name map.
fn enhanced(w: &mut String, c: &Catalog) -> Result<(), String> {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    let row_of = |k: Key| row(c, k);

    out!(
        "pub(crate) static ENHANCED: [EnhancedInfo; {}] = [",
        c.enhanced.len()
    );
    for r in &c.enhanced {
        let Key::Enhanced(s, d) = r.key else { continue };
        let assoc: Vec<String> = r
            .associated
            .iter()
            .map(|a| format!("ReplyCode({a})"))
            .collect();
        out!(
            "    EnhancedInfo {{ code: EnhancedCode {{ class: 0, subject: {s}, detail: {d} }}, status: Status::{}, name: {}, texts: Texts {{ row: {} }}, fix_by: {}, references: {}, related: {}, compare_with: {}, iana_associated: {}, associated: &[{}] }},",
            camel(&r.status),
            lit(&r.name),
            row_of(r.key),
            variants(&r.fix_by, "Party"),
            refs(r),
            codes(&r.related),
            codes(&r.compare_with),
            lit(&r.iana_associated),
            assoc.join(", ")
        );
    }
    out!("];");
    let max_detail = c
        .enhanced
        .iter()
        .filter_map(|r| match r.key {
            Key::Enhanced(_, d) => Some(d),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let span = (usize::from(max_detail) + 1).next_power_of_two();
    let mut eindex = vec![u8::MAX; 8 * span];
    let mut keys = Vec::new();
    for (i, r) in c.enhanced.iter().enumerate() {
        if let Key::Enhanced(s, d) = r.key {
            if s >= 8 {
                return Err(format!("enhanced subject {s} is outside the dense index"));
            }
            eindex[usize::from(s) * span + usize::from(d)] =
                u8::try_from(i).map_err(|_| "more than 255 enhanced codes")?;
            keys.push(enhanced_hash_key(s, d));
        }
    }
    out!("/// Details per subject in `ENHANCED_INDEX` (a power of two above the largest detail).");
    out!("pub(crate) const ENHANCED_DETAIL_SPAN: usize = {span};");
    out!("/// `ENHANCED_INDEX[subject * SPAN + detail]` is the row of `ENHANCED`, or 255.");
    out!(
        "pub(crate) static ENHANCED_INDEX: [u8; {}] = [",
        eindex.len()
    );
    w.push_str(&numbers(&eindex, span));
    out!("];");
    let (mul, bits) = perfect_hash(&keys).ok_or("no perfect hash found for the enhanced codes")?;
    let mut slots = vec![u8::MAX; 1 << bits];
    for (i, &k) in keys.iter().enumerate() {
        slots[(k.wrapping_mul(mul) >> (64 - bits)) as usize] = i as u8;
    }
    out!(
        "/// Perfect hash over the bytes after the class character (`.7.26`): slot = (key * MUL) >> SHIFT."
    );
    out!("pub(crate) const ENHANCED_HASH_MUL: u64 = {mul:#018x};");
    out!("pub(crate) const ENHANCED_HASH_SHIFT: u32 = {};", 64 - bits);
    out!(
        "pub(crate) static ENHANCED_HASH_SLOTS: [u8; {}] = [",
        slots.len()
    );
    w.push_str(&numbers(&slots, 32));
    out!("];");
    out!("/// The hash key of each row of `ENHANCED`, to confirm a slot's hit.");
    out!(
        "pub(crate) static ENHANCED_HASH_KEYS: [u64; {}] = [",
        keys.len()
    );
    let hex: Vec<String> = keys.iter().map(|k| format!("{k:#018x}")).collect();
    w.push_str(&numbers(&hex, 6));
    out!("];");
    let mut by_name = phf_codegen::Map::new();
    let idx: Vec<String> = (0..c.enhanced.len()).map(|i| i.to_string()).collect();
    for (r, i) in c.enhanced.iter().zip(&idx) {
        by_name.entry(r.name.as_str(), i.as_str());
    }
    out!(
        "pub(crate) static ENHANCED_BY_NAME: phf::Map<&'static str, u8> = {};",
        by_name.build()
    );
    out!("");
    Ok(())
}

/// The class and subject sub-codes, and the folklore numbers.
fn sub_codes(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    let row_of = |k: Key| row(c, k);

    for (name, recs) in [("CLASSES", &c.classes), ("SUBJECTS", &c.subjects)] {
        out!(
            "pub(crate) static {name}: [SubCodeInfo; {}] = [",
            recs.len()
        );
        for r in recs.iter() {
            out!(
                "    SubCodeInfo {{ key: {}, texts: Texts {{ row: {} }}, references: {} }},",
                lit(&r.key.to_string()),
                row_of(r.key),
                refs(r)
            );
        }
        out!("];");
    }
    out!("");

    out!(
        "pub(crate) static FOLKLORE: [(u16, EnhancedCode); {}] = [",
        c.folklore.len()
    );
    for (n, k) in &c.folklore {
        if let Key::Enhanced(s, d) = k {
            out!("    ({n}, EnhancedCode {{ class: 0, subject: {s}, detail: {d} }}),");
        }
    }
    out!("];");
    out!("");
}

/// One associated constant per catalog code.
fn constants(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    // Constants.
    out!("impl ReplyCode {{");
    for r in &c.replies {
        if let Key::Reply(code) = r.key {
            out!("    {}", doc_line(r));
            out!("    pub const {}: ReplyCode = ReplyCode({code});", r.name);
        }
    }
    out!("}}");
    out!("impl EnhancedCode {{");
    for r in &c.enhanced {
        if let Key::Enhanced(s, d) = r.key {
            out!("    {}", doc_line(r));
            out!(
                "    pub const {}: EnhancedCode = EnhancedCode {{ class: 0, subject: {s}, detail: {d} }};",
                r.name
            );
        }
    }
    out!("}}");
    out!("");
}

/// The per-locale text tables and the UI keys.
fn texts_and_ui(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    // Texts.
    out!("/// Rows in each locale's `TEXTS`: replies, enhanced codes, classes, subjects.");
    out!(
        "pub(crate) const TEXT_ROWS: usize = {};",
        all_records(c).count()
    );
    out!(
        "pub(crate) static TEXTS: [&[[&str; 4]; TEXT_ROWS]; {}] = [{}];",
        c.locales.len(),
        per_locale(c, "TEXTS")
    );
    out!("");

    // UI strings.
    out!("/// Keys of the UI strings and templates (`data/locales/en/ui.yaml`).");
    out!("#[derive(Clone, Copy, Debug, PartialEq, Eq)]");
    out!("// The site.* strings are used by the site generator only (feature `site`).");
    out!("#[cfg_attr(not(feature = \"site\"), allow(dead_code))]");
    out!("pub(crate) enum UiKey {{");
    for (k, en) in c.ui_keys.iter().zip(&c.ui[0]) {
        out!("    /// `{k}`: {}", lit(en));
        out!("    {},", camel(k));
    }
    out!("}}");
    out!("pub(crate) const UI_KEYS: usize = {};", c.ui_keys.len());
    let names: Vec<String> = c.ui_keys.iter().map(|k| lit(k)).collect();
    out!(
        "pub(crate) static UI_KEY_NAMES: [&str; UI_KEYS] = [{}];",
        names.join(", ")
    );
    out!(
        "pub(crate) static UI: [&[&str; UI_KEYS]; {}] = [{}];",
        c.locales.len(),
        per_locale(c, "UI")
    );
    out!("");
}

pub(super) fn code_expr(k: Key) -> String {
    match k {
        Key::Reply(c) => format!("Code::Reply(ReplyCode({c}))"),
        Key::Enhanced(s, d) => {
            format!("Code::Enhanced(EnhancedCode {{ class: 0, subject: {s}, detail: {d} }})")
        }
        // Relations and rules only ever name reply or enhanced codes (checked).
        Key::Class(_) | Key::Subject(_) => String::from("Code::Reply(ReplyCode(0))"),
    }
}

pub(super) fn refs(r: &Record) -> String {
    let parts: Vec<String> = r
        .references
        .iter()
        .map(|(i, s)| format!("Reference {{ source: &SOURCES[{i}], section: {} }}", lit(s)))
        .collect();
    format!("&[{}]", parts.join(", "))
}

pub(super) fn variants(items: &[String], path: &str) -> String {
    let v: Vec<String> = items
        .iter()
        .map(|i| format!("{path}::{}", camel(i)))
        .collect();
    format!("&[{}]", v.join(", "))
}

pub(super) fn codes(keys: &[Key]) -> String {
    let v: Vec<String> = keys.iter().map(|&k| code_expr(k)).collect();
    format!("&[{}]", v.join(", "))
}

/// A short doc line for a generated constant: the code and its English title.
pub(super) fn doc_line(r: &Record) -> String {
    format!("/// `{}` {}", r.key, r.texts[0][0].replace('\n', " "))
}

/// Finds a multiplier that maps every key to its own slot of a `1 << bits` table.
/// Deterministic: the candidates come from a fixed-seed splitmix64 sequence.
pub fn perfect_hash(keys: &[u64]) -> Option<(u64, u32)> {
    let mut state: u64 = 0x5EED_5EED_5EED_5EED;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let min_bits = (usize::BITS - keys.len().leading_zeros()).max(4);
    for bits in min_bits..=14 {
        for _ in 0..20_000 {
            let mul = next() | 1;
            let mut used = vec![false; 1 << bits];
            let ok = keys.iter().all(|&k| {
                let slot = (k.wrapping_mul(mul) >> (64 - bits)) as usize;
                !std::mem::replace(&mut used[slot], true)
            });
            if ok {
                return Some((mul, bits));
            }
        }
    }
    None
}

/// The hash key of `X.s.d`: the bytes after the class character, zero-padded, little-endian.
pub fn enhanced_hash_key(subject: u16, detail: u16) -> u64 {
    let tail = format!(".{subject}.{detail}");
    let mut buf = [0u8; 8];
    buf[..tail.len()].copy_from_slice(tail.as_bytes());
    u64::from_le_bytes(buf)
}
