//! Stage 3 of the pipeline: turn checked data into the [`Catalog`] the emitter writes out —
//! references as indexes, relations made symmetric, translations in locale order, rules
//! normalised. It runs only on data without errors, so it reports nothing.

use super::check::{associated_codes, split_reference};
use super::diag::Diagnostics;
use super::keys::{Key, VendorKey, parse_code_ref, parse_vendor_code};
use super::model::*;
use super::normalize::normalize_phrase;
use super::read::Raw;
use super::ui_key_order;
use std::collections::BTreeMap;

/// A record with everything resolved: texts per shipped locale, sources by index.
#[derive(Debug, Clone)]
pub struct Record {
    pub key: Key,
    pub status: String,
    pub name: String,
    /// `texts[locale][field]`, fields in [`super::CODE_FIELDS`] order.
    pub texts: Vec<[String; 4]>,
    pub fix_by: Vec<String>,
    /// (index into [`Catalog::sources`], section or "").
    pub references: Vec<(usize, String)>,
    pub commands: Vec<String>,
    pub related: Vec<Key>,
    pub compare_with: Vec<Key>,
    pub iana_associated: String,
    pub associated: Vec<u16>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct Locale {
    pub tag: String,
    pub english_name: String,
    pub native_name: String,
    pub rtl: bool,
    /// ISO 15924.
    pub script: String,
}

/// A reason of the diagnosis taxonomy.
#[derive(Debug, Clone)]
pub struct Reason {
    pub id: String,
    pub group: String,
    pub retry: String,
    pub fix_by: Vec<String>,
    /// `texts[locale][field]`, fields in [`super::REASON_FIELDS`] order.
    pub texts: Vec<[String; 4]>,
}

/// A rule on text, its phrases in normal form.
#[derive(Debug, Clone)]
pub struct TextRule {
    pub id: String,
    pub reason: String,
    pub phrases: Vec<Vec<u8>>,
    pub specific: bool,
    /// The code the reply must carry, if any.
    pub with_code: Option<Key>,
    pub source: usize,
}

/// A rule on a code.
#[derive(Debug, Clone)]
pub struct CodeRule {
    pub key: Key,
    pub reason: String,
    pub specific: bool,
    pub source: usize,
}

/// A code of a look-alike pair: a catalog code, or an enhanced code with its class.
#[derive(Debug, Clone, Copy)]
pub enum PairCode {
    Reply(u16),
    /// (class, or 0 for `X`; subject; detail).
    Enhanced(u8, u16, u16),
}

/// A look-alike pair with its hand-written contrast.
#[derive(Debug, Clone)]
pub struct Pair {
    pub a: PairCode,
    pub b: PairCode,
    /// `texts[locale][field]`, fields in [`super::PAIR_FIELDS`] order.
    pub texts: Vec<[String; 6]>,
    /// (index into [`Catalog::sources`], section or "").
    pub references: Vec<(usize, String)>,
}

/// A provider's own code.
#[derive(Debug, Clone)]
pub struct VendorCode {
    pub code: VendorKey,
    pub through: Option<VendorKey>,
    /// Index into [`Catalog::providers`].
    pub provider: usize,
    pub reason: String,
    pub fix_by: Vec<String>,
    pub source: usize,
    pub read: String,
    /// `texts[locale][field]`, fields in [`super::CODE_FIELDS`] order.
    pub texts: Vec<[String; 4]>,
}

/// What one of a provider's replies means.
#[derive(Debug, Clone)]
pub struct ProviderRule {
    pub id: String,
    pub provider: usize,
    pub reason: String,
    /// In normal form; empty for a rule on a code alone.
    pub phrases: Vec<Vec<u8>>,
    /// As the data writes them, for pages.
    pub shown: Vec<String>,
    /// A reply code, an enhanced code with its class, or one for either class (class 0).
    pub with_code: Option<WithCode>,
    /// The note per locale, if the rule has one.
    pub note: Option<Vec<String>>,
    pub source: usize,
    pub read: String,
}

/// The code a provider rule asks for.
#[derive(Debug, Clone, Copy)]
pub enum WithCode {
    Reply(u16),
    Enhanced(u8, u16, u16),
}

/// A provider: who it is and how to recognise it. Its codes and rules point back at it.
#[derive(Debug, Clone)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub kind: String,
    /// As written, and in normal form.
    pub markers: Vec<(String, Vec<u8>)>,
    pub hosts: Vec<String>,
    /// Indexes into [`Catalog::sources`] of the sources its file defines.
    pub sources: Vec<usize>,
}

/// The checked catalog.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub version: String,
    pub iana_registry_date: String,
    pub locales: Vec<Locale>,
    pub sources: Vec<Source>,
    pub replies: Vec<Record>,
    pub enhanced: Vec<Record>,
    pub classes: Vec<Record>,
    pub subjects: Vec<Record>,
    /// UI keys in the order of `data/locales/en/ui.yaml`.
    pub ui_keys: Vec<String>,
    /// `ui[locale][key index]`.
    pub ui: Vec<Vec<String>>,
    /// Folklore numbers and the enhanced code they stand for.
    pub folklore: Vec<(u16, Key)>,
    /// Per locale, how many of its texts were translated from an older English (warnings).
    pub stale: Vec<usize>,
    /// In the order of `reasons.yaml`.
    pub reasons: Vec<Reason>,
    /// Sorted by id.
    pub text_rules: Vec<TextRule>,
    /// Sorted by code.
    pub code_rules: Vec<CodeRule>,
    /// Sorted by id.
    pub providers: Vec<Provider>,
    /// Sorted by code.
    pub vendor_codes: Vec<VendorCode>,
    /// By provider, then in file order.
    pub provider_rules: Vec<ProviderRule>,
    /// In file order.
    pub pairs: Vec<Pair>,
}

/// A rule's phrases in the matcher's normal form.
fn normal_phrases(p: &Option<serde_saphyr::Spanned<Phrases>>) -> Vec<Vec<u8>> {
    p.iter()
        .flat_map(|p| &p.value.0)
        .filter_map(|p| normalize_phrase(p))
        .collect()
}

fn text(t: &Option<Text>) -> String {
    t.as_ref().map(|t| t.value.clone()).unwrap_or_default()
}

fn strings(list: &Option<Vec<Text>>) -> Vec<String> {
    list.iter().flatten().map(|t| t.value.clone()).collect()
}

pub fn resolve(mut raw: Raw, d: &Diagnostics) -> Catalog {
    let sources: Vec<Source> = raw
        .sources
        .iter()
        .flat_map(|f| &f.value)
        .map(|(id, s)| Source {
            id: id.clone(),
            kind: s.value.kind.value.clone(),
            title: s.value.title.value.clone(),
            url: s.value.url.value.clone(),
        })
        .chain(raw.providers.iter().flat_map(|p| {
            p.value.sources.iter().map(|(id, s)| Source {
                id: id.clone(),
                kind: String::from("vendor"),
                title: text(&s.value.title),
                url: text(&s.value.url),
            })
        }))
        .collect();
    let mut sources = sources;
    sources.sort_by(|a, b| a.id.cmp(&b.id));
    let source_index: BTreeMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let locales: Vec<Locale> = raw
        .locales
        .iter()
        .flat_map(|f| &f.value)
        .filter(|l| {
            l.value.tag.value == "en" || raw.translations.iter().any(|t| t.tag == l.value.tag.value)
        })
        .map(|l| Locale {
            tag: l.value.tag.value.clone(),
            english_name: l.value.english_name.value.clone(),
            native_name: l.value.native_name.value.clone(),
            rtl: l.value.dir.value == "rtl",
            script: l.value.script.value.clone(),
        })
        .collect();

    let data_name = data_dir_name(&raw);
    let mut records = records(&raw, &source_index);
    let en_ui: BTreeMap<String, Text> = raw
        .ui_en
        .take()
        .map(|f| f.value.strings)
        .unwrap_or_default();
    let ui_keys = ui_key_order(&en_ui);
    let mut ui = vec![
        ui_keys
            .iter()
            .map(|k| en_ui[k].value.clone())
            .collect::<Vec<_>>(),
    ];
    let mut reasons = reasons(raw.reasons.as_ref().map(|f| &f.value));
    let mut stale = vec![0];
    for tr in &raw.translations {
        let codes = tr.codes.as_ref().map(|f| &f.value);
        for r in &mut records {
            let t = codes.and_then(|c| c.get(&r.key.to_string()));
            r.texts.push(t.map_or_else(Default::default, |t| {
                let t = &t.value;
                [
                    text(&t.title),
                    text(&t.meaning),
                    text(&t.when_seen),
                    text(&t.how_to_fix),
                ]
            }));
        }
        let tr_ui = tr.ui.as_ref().map(|f| &f.value.strings);
        ui.push(
            ui_keys
                .iter()
                .map(|k| {
                    tr_ui
                        .and_then(|m| m.get(k))
                        .map(|v| v.value.clone())
                        .unwrap_or_default()
                })
                .collect(),
        );
        let tr_reasons = tr.reasons.as_ref().map(|f| &f.value);
        for r in &mut reasons {
            let t = tr_reasons.and_then(|m| m.get(&r.id));
            r.texts.push(t.map_or_else(Default::default, |t| {
                let t = &t.value;
                [
                    text(&t.title),
                    text(&t.meaning),
                    text(&t.how_to_fix),
                    text(&t.user_message),
                ]
            }));
        }
        let dir = format!("{data_name}/locales/{}/", tr.tag);
        stale.push(
            d.warnings
                .iter()
                .filter(|w| w.file.starts_with(&dir))
                .count(),
        );
    }

    let (mut replies, mut enhanced, mut classes, mut subjects) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for r in records {
        match r.key {
            Key::Reply(_) => replies.push(r),
            Key::Enhanced(..) => enhanced.push(r),
            Key::Class(_) => classes.push(r),
            Key::Subject(_) => subjects.push(r),
        }
    }
    for list in [&mut replies, &mut enhanced, &mut classes, &mut subjects] {
        list.sort_by_key(|r| r.key);
    }
    let folklore = raw
        .folklore
        .iter()
        .flat_map(|f| &f.value)
        .filter_map(|(k, v)| Some((k.parse().ok()?, parse_code_ref(&v.value).ok()?)))
        .collect();
    let (providers, vendor_codes, provider_rules) = providers(&raw, &source_index);
    let pairs = pairs(&raw, &source_index);
    let (version, iana_registry_date) = raw.info.map_or_else(Default::default, |f| {
        (f.value.version.value, f.value.iana_registry_date.value)
    });
    Catalog {
        version,
        iana_registry_date,
        locales,
        text_rules: text_rules(&raw.text_rules, &source_index),
        code_rules: code_rules(raw.code_rules.as_ref().map(|f| &f.value), &source_index),
        sources,
        replies,
        enhanced,
        classes,
        subjects,
        ui_keys,
        ui,
        folklore,
        stale,
        reasons,
        providers,
        vendor_codes,
        provider_rules,
        pairs,
    }
}

fn pair_code(s: &str) -> Option<PairCode> {
    if let Ok((class, subject, detail)) = parse_vendor_code(s) {
        return Some(PairCode::Enhanced(class, subject, detail));
    }
    match parse_code_ref(s).ok()? {
        Key::Reply(c) => Some(PairCode::Reply(c)),
        Key::Enhanced(s, d) => Some(PairCode::Enhanced(0, s, d)),
        _ => None,
    }
}

/// The look-alike pairs with their texts per locale.
fn pairs(raw: &Raw, source_index: &BTreeMap<&str, usize>) -> Vec<Pair> {
    let Some(f) = &raw.pairs else {
        return Vec::new();
    };
    f.value
        .iter()
        .filter_map(|p| {
            let v = &p.value;
            let (a, b) = (text(&v.a), text(&v.b));
            let key = super::check::pair_key(&a, &b);
            let en = [
                text(&v.question),
                text(&v.contrast),
                text(&v.a_situation),
                text(&v.a_next),
                text(&v.b_situation),
                text(&v.b_next),
            ];
            let mut texts = vec![en];
            for tr in &raw.translations {
                let t = tr
                    .pairs
                    .as_ref()
                    .and_then(|f| f.value.get(&key))
                    .map(|t| &t.value);
                let mut row = texts[0].clone();
                if let Some(t) = t {
                    for (slot, v) in row.iter_mut().zip([
                        &t.question,
                        &t.contrast,
                        &t.a_situation,
                        &t.a_next,
                        &t.b_situation,
                        &t.b_next,
                    ]) {
                        if let Some(v) = v {
                            *slot = v.value.clone();
                        }
                    }
                }
                texts.push(row);
            }
            let references = v
                .references
                .iter()
                .flatten()
                .filter_map(|r| {
                    let (id, section) = split_reference(&r.value);
                    Some((*source_index.get(id)?, section.to_string()))
                })
                .collect();
            Some(Pair {
                a: pair_code(&a)?,
                b: pair_code(&b)?,
                texts,
                references,
            })
        })
        .collect()
}

/// The providers, their codes and their rules, with texts per locale (English where a
/// translation is missing: only a draft run gets that far with one missing).
fn providers(
    raw: &Raw,
    source_index: &BTreeMap<&str, usize>,
) -> (Vec<Provider>, Vec<VendorCode>, Vec<ProviderRule>) {
    let src = |s: &Option<Text>| {
        s.as_ref()
            .and_then(|s| source_index.get(s.value.as_str()).copied())
            .unwrap_or_default()
    };
    let mut files: Vec<_> = raw.providers.iter().collect();
    let stem = |name: &str| {
        let base = name.rsplit('/').next().unwrap_or(name);
        base.strip_suffix(".yaml").unwrap_or(base).to_string()
    };
    files.sort_by_key(|f| stem(&f.name));
    let (mut providers, mut codes, mut rules) = (Vec::new(), Vec::new(), Vec::new());
    for (pi, f) in files.iter().enumerate() {
        let p = &f.value;
        let id = stem(&f.name);
        fn translated<'t>(
            tr: &'t super::read::Translation,
            id: &str,
        ) -> Option<&'t RawProviderTranslation> {
            tr.providers
                .as_ref()
                .and_then(|t| t.value.get(id))
                .map(|t| &t.value)
        }
        providers.push(Provider {
            id: id.clone(),
            name: text(&p.name),
            kind: text(&p.kind),
            markers: p
                .markers
                .iter()
                .filter_map(|m| Some((m.value.clone(), normalize_phrase(&m.value)?)))
                .collect(),
            hosts: p.hosts.iter().map(|h| h.value.clone()).collect(),
            sources: p
                .sources
                .keys()
                .filter_map(|k| source_index.get(k.as_str()).copied())
                .collect(),
        });
        for (code, v) in &p.vendor_codes {
            let Ok(key) = parse_vendor_code(code) else {
                continue;
            };
            let v = &v.value;
            let en = [
                text(&v.title),
                text(&v.meaning),
                text(&v.when_seen),
                text(&v.how_to_fix),
            ];
            let mut texts = vec![en.clone()];
            for tr in &raw.translations {
                let t = translated(tr, &id).and_then(|t| t.vendor_codes.get(code));
                let mut row = en.clone();
                if let Some(t) = t {
                    let t = &t.value;
                    for (slot, v) in
                        row.iter_mut()
                            .zip([&t.title, &t.meaning, &t.when_seen, &t.how_to_fix])
                    {
                        if let Some(v) = v {
                            *slot = v.value.clone();
                        }
                    }
                }
                texts.push(row);
            }
            codes.push(VendorCode {
                code: key,
                through: v
                    .through
                    .as_ref()
                    .and_then(|t| parse_vendor_code(&t.value).ok()),
                provider: pi,
                reason: text(&v.reason),
                fix_by: strings(&v.fix_by),
                source: src(&v.source),
                read: text(&v.read),
                texts,
            });
        }
        for r in &p.rules {
            let r = &r.value;
            let rid = text(&r.id);
            let note = r.note.as_ref().map(|n| {
                let mut all = vec![n.value.clone()];
                for tr in &raw.translations {
                    let t = translated(tr, &id)
                        .and_then(|t| t.rules.get(&rid))
                        .and_then(|t| t.value.note.as_ref());
                    all.push(t.map_or_else(|| n.value.clone(), |t| t.value.clone()));
                }
                all
            });
            let with_code = r.with_code.as_ref().and_then(|c| {
                if let Ok((class, s, d)) = parse_vendor_code(&c.value) {
                    return Some(WithCode::Enhanced(class, s, d));
                }
                match parse_code_ref(&c.value).ok()? {
                    Key::Reply(c) => Some(WithCode::Reply(c)),
                    Key::Enhanced(s, d) => Some(WithCode::Enhanced(0, s, d)),
                    _ => None,
                }
            });
            rules.push(ProviderRule {
                id: rid,
                provider: pi,
                reason: text(&r.reason),
                phrases: normal_phrases(&r.phrases),
                shown: r.phrases.iter().flat_map(|p| p.value.0.clone()).collect(),
                with_code,
                note,
                source: src(&r.source),
                read: text(&r.read),
            });
        }
    }
    codes.sort_by_key(|c| c.code);
    (providers, codes, rules)
}

/// `data`, the name diagnostics give the data directory.
fn data_dir_name(raw: &Raw) -> String {
    raw.root
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every record with its English texts and resolved links; relations made symmetric.
fn records(raw: &Raw, source_index: &BTreeMap<&str, usize>) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::new();
    for f in &raw.records {
        if out.iter().any(|r| r.key == f.key) {
            continue; // a duplicate (an error, so this is never reached when emitting)
        }
        let r = &f.raw.value;
        let links = |list: &Option<Vec<Text>>| -> Vec<Key> {
            let mut v: Vec<Key> = Vec::new();
            for k in list
                .iter()
                .flatten()
                .filter_map(|c| parse_code_ref(&c.value).ok())
            {
                if !v.contains(&k) {
                    v.push(k);
                }
            }
            v
        };
        let iana = text(&r.iana_associated);
        out.push(Record {
            key: f.key,
            status: text(&r.status),
            name: text(&r.name),
            texts: vec![[
                text(&r.title),
                text(&r.meaning),
                text(&r.when_seen),
                text(&r.how_to_fix),
            ]],
            fix_by: strings(&r.fix_by),
            references: r
                .references
                .iter()
                .flatten()
                .filter_map(|rf| {
                    let (id, section) = split_reference(&rf.value);
                    Some((*source_index.get(id)?, section.to_string()))
                })
                .collect(),
            commands: strings(&r.commands),
            related: links(&r.related),
            compare_with: links(&r.compare_with),
            associated: associated_codes(&iana).collect(),
            iana_associated: iana,
        });
    }
    // Relations hold both ways; IANA's associated codes are relations too.
    let mut extra: Vec<(Key, Key)> = Vec::new();
    for r in &out {
        for &k in &r.related {
            extra.push((k, r.key));
        }
        for &c in &r.associated {
            extra.push((r.key, Key::Reply(c)));
            extra.push((Key::Reply(c), r.key));
        }
    }
    for (from, to) in extra {
        if let Some(r) = out.iter_mut().find(|r| r.key == from)
            && !r.related.contains(&to)
        {
            r.related.push(to);
        }
    }
    for r in &mut out {
        r.related.sort();
    }
    out
}

/// The reasons in the order `reasons.yaml` lists them (the order of DESIGN §8).
fn reasons(file: Option<&RawReasonsFile>) -> Vec<Reason> {
    let mut out: Vec<(u64, Reason)> = file
        .into_iter()
        .flatten()
        .map(|(id, r)| {
            let line = r.referenced.line();
            let r = &r.value;
            let reason = Reason {
                id: id.clone(),
                group: text(&r.group),
                retry: text(&r.retry),
                fix_by: strings(&r.fix_by),
                texts: vec![[
                    text(&r.title),
                    text(&r.meaning),
                    text(&r.how_to_fix),
                    text(&r.user_message),
                ]],
            };
            (line, reason)
        })
        .collect();
    out.sort_by_key(|(line, _)| *line);
    out.into_iter().map(|(_, r)| r).collect()
}

fn text_rules(
    files: &[super::read::File<Vec<serde_saphyr::Spanned<RawTextRule>>>],
    source_index: &BTreeMap<&str, usize>,
) -> Vec<TextRule> {
    let mut out: Vec<TextRule> = files
        .iter()
        .flat_map(|f| &f.value)
        .map(|r| {
            let r = &r.value;
            TextRule {
                id: text(&r.id),
                reason: text(&r.reason),
                phrases: normal_phrases(&r.phrases),
                specific: r.strength.as_ref().is_some_and(|s| s.value == "specific"),
                with_code: r
                    .with_code
                    .as_ref()
                    .and_then(|c| parse_code_ref(&c.value).ok()),
                source: r
                    .source
                    .as_ref()
                    .and_then(|s| source_index.get(s.value.as_str()).copied())
                    .unwrap_or_default(),
            }
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn code_rules(
    rules: Option<&Vec<serde_saphyr::Spanned<RawCodeRule>>>,
    source_index: &BTreeMap<&str, usize>,
) -> Vec<CodeRule> {
    let mut out: Vec<CodeRule> = rules
        .into_iter()
        .flatten()
        .filter_map(|r| {
            let r = &r.value;
            Some(CodeRule {
                key: parse_code_ref(&r.code.as_ref()?.value).ok()?,
                reason: text(&r.reason),
                specific: r.strength.as_ref().is_some_and(|s| s.value == "specific"),
                source: r
                    .source
                    .as_ref()
                    .and_then(|s| source_index.get(s.value.as_str()).copied())
                    .unwrap_or_default(),
            })
        })
        .collect();
    out.sort_by_key(|r| r.key);
    out
}
