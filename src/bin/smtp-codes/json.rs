//! The JSON shapes of the CLI (documented in README, "JSON output").

use serde_json::{Map, Value, json};
use smtp_codes::{
    Code, Comparison, EnhancedInfo, Explanation, Extracted, Locale, Provider, ProviderRule, Reason,
    Reference, ReplyInfo, SubCodeInfo, Texts, VendorCode,
};

pub fn reference(r: &Reference) -> Value {
    json!({ "id": r.source().id(), "section": r.section(), "title": r.source().title(), "url": r.url() })
}

fn codes(list: &[Code]) -> Value {
    Value::Array(
        list.iter()
            .map(|c| serde_json::to_value(c).unwrap_or(Value::Null))
            .collect(),
    )
}

/// How a record's four texts are written: in one language, or in all of them.
#[derive(Clone, Copy)]
enum TextsIn {
    One(Locale),
    All,
}

/// A text accessor of [`Texts`].
type TextField = fn(&Texts, Locale) -> &'static str;

fn insert_texts(m: &mut Map<String, Value>, t: &'static Texts, how: TextsIn) {
    let fields: [(&str, TextField); 4] = [
        ("title", Texts::title),
        ("meaning", Texts::meaning),
        ("when_seen", Texts::when_seen),
        ("how_to_fix", Texts::how_to_fix),
    ];
    for (name, f) in fields {
        let v = match how {
            TextsIn::One(l) => json!(f(t, l)),
            TextsIn::All => Value::Object(
                Locale::all()
                    .iter()
                    .map(|&l| (l.tag().to_string(), json!(f(t, l))))
                    .collect(),
            ),
        };
        m.insert(name.into(), v);
    }
}

/// The fields of a reply code record, in every JSON shape.
fn reply_fields(i: &'static ReplyInfo, how: TextsIn) -> Map<String, Value> {
    let mut m = Map::new();
    let r = i.code();
    m.insert("code".into(), json!(r.as_u16()));
    m.insert("name".into(), json!(i.name()));
    m.insert("status".into(), json!(i.status().as_str()));
    m.insert("class".into(), json!(r.class().digit()));
    m.insert("category".into(), json!(r.category().as_str()));
    insert_texts(&mut m, i.texts(), how);
    m.insert("retry".into(), json!(r.retry().as_str()));
    m.insert(
        "fix_by".into(),
        json!(i.fix_by().iter().map(|p| p.as_str()).collect::<Vec<_>>()),
    );
    m.insert(
        "commands".into(),
        json!(i.commands().iter().map(|c| c.as_str()).collect::<Vec<_>>()),
    );
    m.insert(
        "references".into(),
        Value::Array(i.references().iter().map(reference).collect()),
    );
    m.insert("related".into(), codes(i.related()));
    m.insert("compare_with".into(), codes(i.compare_with()));
    m
}

/// The fields of an enhanced code record (`X.s.d`), in every JSON shape.
fn enhanced_fields(i: &'static EnhancedInfo, how: TextsIn) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("code".into(), json!(i.code().to_string()));
    m.insert("name".into(), json!(i.name()));
    m.insert("status".into(), json!(i.status().as_str()));
    m.insert("subject".into(), json!(i.subject().map(|s| s.as_str())));
    insert_texts(&mut m, i.texts(), how);
    m.insert(
        "fix_by".into(),
        json!(i.fix_by().iter().map(|p| p.as_str()).collect::<Vec<_>>()),
    );
    m.insert("iana_associated".into(), json!(i.iana_associated()));
    m.insert(
        "associated".into(),
        json!(
            i.associated()
                .iter()
                .map(|c| c.as_u16())
                .collect::<Vec<_>>()
        ),
    );
    m.insert(
        "references".into(),
        Value::Array(i.references().iter().map(reference).collect()),
    );
    m.insert("related".into(), codes(i.related()));
    m.insert("compare_with".into(), codes(i.compare_with()));
    m
}

/// `show --format json`: one code in one language.
pub fn show(c: Code, locale: Locale) -> Option<Value> {
    let mut m = match c {
        Code::Reply(r) => {
            let mut m = reply_fields(r.info()?, TextsIn::One(locale));
            m.insert("kind".into(), json!("reply"));
            m
        }
        Code::Enhanced(e) => {
            let mut m = enhanced_fields(e.info()?, TextsIn::One(locale));
            m.insert("kind".into(), json!("enhanced"));
            // The code as asked (5.1.1), its class and advice; the record is the registry's X.1.1.
            m.insert("registry_key".into(), m["code"].clone());
            m.insert("code".into(), json!(e.to_string()));
            m.insert("class".into(), json!(e.class().map(|c| c.digit())));
            m.insert("retry".into(), json!(e.retry().map(|r| r.as_str())));
            m
        }
    };
    m.insert("locale".into(), json!(locale.tag()));
    Some(Value::Object(m))
}

/// `compare --format json`.
pub fn compare(c: &Comparison, locale: Locale) -> Value {
    json!({
        "locale": locale.tag(),
        "a": show(c.a(), locale),
        "b": show(c.b(), locale),
        "same_code": c.is_same_code(),
        "contrast": c.contrast().map(|ct| json!({
            "question": ct.question(locale),
            "contrast": ct.contrast(locale),
            "a": { "situation": ct.situation(c.a(), locale), "next": ct.next_step(c.a(), locale) },
            "b": { "situation": ct.situation(c.b(), locale), "next": ct.next_step(c.b(), locale) },
            "references": ct.references().iter().map(reference).collect::<Vec<_>>(),
        })),
        "differences": serde_json::to_value(c.differences()).unwrap_or(Value::Null),
        "relations": serde_json::to_value(c.relations()).unwrap_or(Value::Null),
        "summary": c.summary(locale),
        "key_differences": c.key_differences(locale),
        "when_to_use": c.when_to_use(locale),
    })
}

fn reply_record(i: &'static ReplyInfo) -> Value {
    Value::Object(reply_fields(i, TextsIn::All))
}

fn enhanced_record(i: &'static EnhancedInfo) -> Value {
    Value::Object(enhanced_fields(i, TextsIn::All))
}

fn sub_record(i: &'static SubCodeInfo) -> Value {
    let mut m = Map::new();
    m.insert("code".into(), json!(i.key()));
    insert_texts(&mut m, i.texts(), TextsIn::All);
    m.insert(
        "references".into(),
        Value::Array(i.references().iter().map(reference).collect()),
    );
    Value::Object(m)
}

pub fn locale(l: Locale) -> Value {
    json!({ "tag": l.tag(), "english_name": l.english_name(), "native_name": l.native_name(), "dir": l.direction().as_str(), "coverage": 1.0, "stale": l.stale_texts() })
}

/// `export --format json`: the whole catalog in every language.
pub fn export() -> Value {
    use smtp_codes::{Class, Subject};
    use strum::IntoEnumIterator;
    let classes: Vec<Value> = Class::iter()
        .filter_map(SubCodeInfo::class)
        .map(sub_record)
        .collect();
    let subjects: Vec<Value> = Subject::iter()
        .map(SubCodeInfo::subject)
        .map(sub_record)
        .collect();
    let ui: Map<String, Value> = Locale::all()
        .iter()
        .map(|&l| {
            (
                l.tag().to_string(),
                Value::Object(
                    smtp_codes::ui_strings(l)
                        .map(|(k, v)| (k.to_string(), json!(v)))
                        .collect(),
                ),
            )
        })
        .collect();
    json!({
        "catalog_version": smtp_codes::CATALOG_VERSION,
        "iana_registry_date": smtp_codes::IANA_REGISTRY_DATE,
        "locales": Locale::all().iter().map(|&l| locale(l)).collect::<Vec<_>>(),
        "reply_codes": ReplyInfo::all().iter().map(reply_record).collect::<Vec<_>>(),
        "enhanced_codes": EnhancedInfo::all().iter().map(enhanced_record).collect::<Vec<_>>(),
        "classes": classes,
        "subjects": subjects,
        "reasons": Reason::all().iter().map(|&r| reason_record(r)).collect::<Vec<_>>(),
        "providers": Provider::all().iter().map(provider_record).collect::<Vec<_>>(),
        "pairs": smtp_codes::Contrast::all().iter().map(pair_record).collect::<Vec<_>>(),
        "ui": ui,
    })
}

/// `list --format json`.
pub fn list(replies: bool, enhanced: bool, locale: Locale) -> Value {
    let mut m = Map::new();
    if replies {
        let v: Vec<Value> = ReplyInfo::all()
            .iter()
            .map(|i| json!({ "code": i.code().as_u16(), "title": i.title(locale), "status": i.status().as_str(), "class": i.code().class().digit() }))
            .collect();
        m.insert("reply_codes".into(), Value::Array(v));
    }
    if enhanced {
        let v: Vec<Value> = EnhancedInfo::all()
            .iter()
            .map(|i| json!({ "code": i.code().to_string(), "title": i.title(locale), "status": i.status().as_str() }))
            .collect();
        m.insert("enhanced_codes".into(), Value::Array(v));
    }
    Value::Object(m)
}

/// A reason's facts and its texts in `locale` (`reasons --format json`).
pub fn reason(r: Reason, locale: Locale) -> Value {
    json!({
        "id": r.id(),
        "group": r.group().id(),
        "retry": r.retry().map_or("by_code", |x| x.as_str()),
        "fix_by": r.fix_by().iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "title": r.title(locale),
        "meaning": r.meaning(locale),
        "how_to_fix": r.how_to_fix(locale),
        "user_message": r.user_message(locale),
    })
}

/// A reason with its texts in every language (`export`).
fn reason_record(r: Reason) -> Value {
    let all = |f: fn(Reason, Locale) -> &'static str| -> Value {
        Value::Object(
            Locale::all()
                .iter()
                .map(|&l| (l.tag().to_string(), json!(f(r, l))))
                .collect(),
        )
    };
    json!({
        "id": r.id(),
        "group": r.group().id(),
        "retry": r.retry().map_or("by_code", |x| x.as_str()),
        "fix_by": r.fix_by().iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "title": all(Reason::title),
        "meaning": all(Reason::meaning),
        "how_to_fix": all(Reason::how_to_fix),
        "user_message": all(Reason::user_message),
    })
}

/// The diagnosis of an explanation: its reason in the explanation's language, and the
/// evidence (DESIGN §8).
fn diagnosis(e: &Explanation<'_, '_>) -> Value {
    let d = e.diagnosis();
    let r = d.reason();
    let l = e.locale();
    let evidence = d.evidence().map(|ev| {
        json!({
            "source": ev.source().as_str(),
            "rule": ev.rule(),
            "line": ev.line(),
            "span": ev.span().map(|s| [s.start, s.end]),
            "cites": ev.cites().map(|c| c.id()),
        })
    });
    json!({
        "id": r.id(),
        "group": r.group().id(),
        "title": r.title(l),
        "meaning": r.meaning(l),
        "how_to_fix": r.how_to_fix(l),
        "user_message": r.user_message(l),
        "retry": r.retry().map_or("by_code", |x| x.as_str()),
        "disagrees_with_code": d.disagreement().is_some(),
        "fix_by": r.fix_by().iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "evidence": evidence,
    })
}

/// `explain --format json`.
pub fn explain(found: &Extracted<'_>, e: &Explanation<'_, '_>) -> Value {
    use smtp_codes::Problem;
    let reply = found.reply();
    let locale = e.locale();
    let lines: Vec<Value> = reply
        .lines()
        .iter()
        .map(|l| {
            json!({
                "code": l.code().map(|c| c.as_u16()),
                "last": l.is_last(),
                "enhanced": l.enhanced().map(|c| c.to_string()),
                "text": l.text(),
            })
        })
        .collect();
    let mismatch = reply.problems().iter().find_map(|p| match *p {
        Problem::ClassMismatch { reply, enhanced } => {
            Some(json!({ "reply": reply.as_u16(), "enhanced": enhanced.to_string() }))
        }
        _ => None,
    });
    let problems: Vec<Value> = reply
        .problems()
        .iter()
        .map(|p| json!({ "kind": p.kind(), "line": p.line() }))
        .collect();
    json!({
        "code": reply.code().map(|c| c.as_u16()),
        "enhanced": reply.enhanced().map(|c| c.to_string()),
        "enhanced_source": reply.enhanced_source().map(|s| s.as_str()),
        "lines": lines,
        "class": reply.class().map(|c| c.digit()),
        "transient": reply.is_transient(),
        "permanent": reply.is_permanent(),
        "mismatch": mismatch,
        "advice": reply.advice().map(|a| json!({
            "retry": a.retry.as_str(),
            "source": a.source.as_str(),
            "disagreement": a.disagreement.map(|r| r.as_str()),
        })),
        "problems": problems,
        "reason": diagnosis(e),
        "provider": e.diagnosis().provider().map(|p| json!({
            "id": p.id(),
            "name": p.name(),
            "kind": p.kind().as_str(),
            "recognised_by": e.diagnosis().recognised_by().map(|r| r.as_str()),
        })),
        "provider_note": e.diagnosis().provider_note(locale),
        "vendor_code": e.diagnosis().vendor_code().map(|v| vendor_code(v, locale)),
        "extracted": {
            "shape": found.shape().as_str(),
            "recipient": found.recipient(),
            "remote_host": found.remote_host(),
        },
        "explanation": {
            "locale": locale.tag(),
            "title": e.title(),
            "reply": reply.code().and_then(|c| show(Code::Reply(c), locale)),
            "enhanced": reply.enhanced().and_then(|c| show(Code::Enhanced(c), locale)),
            "problems": e.problems(),
            "server_text": e.server_lines(),
        },
    })
}

/// A source with the date it was read.
fn dated_source(src: &smtp_codes::Source, read: &str) -> Value {
    json!({ "id": src.id(), "title": src.title(), "url": src.url(), "read": read })
}

/// Texts of one field in every language: `{"en": …, "fr": …}`.
fn all_locales(f: impl Fn(Locale) -> &'static str) -> Value {
    Value::Object(
        Locale::all()
            .iter()
            .map(|&l| (l.tag().to_string(), json!(f(l))))
            .collect(),
    )
}

/// A provider's own code in one language (`show 5.7.606 --format json`, explain's
/// `vendor_code`).
pub fn vendor_code(v: &VendorCode, locale: Locale) -> Value {
    json!({
        "kind": "vendor",
        "code": v.code().to_string(),
        "through": v.through().map(|t| t.to_string()),
        "status": "vendor",
        "provider": { "id": v.provider().id(), "name": v.provider().name() },
        "class": v.code().class().map(|c| c.digit()),
        "retry": v.code().retry().map(|r| r.as_str()),
        "reason": v.reason().id(),
        "fix_by": v.fix_by().iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "title": v.title(locale),
        "meaning": v.meaning(locale),
        "when_seen": v.when_seen(locale),
        "how_to_fix": v.how_to_fix(locale),
        "source": dated_source(v.source(), v.read()),
        "locale": locale.tag(),
    })
}

fn vendor_record(v: &'static VendorCode) -> Value {
    json!({
        "code": v.code().to_string(),
        "through": v.through().map(|t| t.to_string()),
        "reason": v.reason().id(),
        "fix_by": v.fix_by().iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "title": all_locales(|l| v.title(l)),
        "meaning": all_locales(|l| v.meaning(l)),
        "when_seen": all_locales(|l| v.when_seen(l)),
        "how_to_fix": all_locales(|l| v.how_to_fix(l)),
        "source": dated_source(v.source(), v.read()),
    })
}

fn rule_record(r: &'static ProviderRule) -> Value {
    json!({
        "id": r.id(),
        "reason": r.reason().id(),
        "match": r.phrases(),
        "with_code": r.with_code().map(|c| c.to_string()),
        "note": r.note(Locale::En).map(|_| all_locales(|l| r.note(l).unwrap_or(""))),
        "source": dated_source(r.source(), r.read()),
    })
}

/// A provider with everything the catalog knows of it, texts in every language (`export`).
fn provider_record(p: &'static Provider) -> Value {
    json!({
        "id": p.id(),
        "name": p.name(),
        "kind": p.kind().as_str(),
        "markers": p.markers(),
        "hosts": p.hosts(),
        "vendor_codes": p.vendor_codes().map(vendor_record).collect::<Vec<_>>(),
        "rules": p.rules().map(rule_record).collect::<Vec<_>>(),
    })
}

/// One line of `providers --format json`.
pub fn provider_summary(p: &'static Provider) -> Value {
    json!({
        "id": p.id(),
        "name": p.name(),
        "kind": p.kind().as_str(),
        "markers": p.markers(),
        "hosts": p.hosts(),
        "vendor_codes": p.vendor_codes().count(),
        "rules": p.rules().count(),
        "oldest_read": p.oldest_read(),
    })
}

/// A curated look-alike pair with its texts in every language (`export`).
fn pair_record(p: &'static smtp_codes::Contrast) -> Value {
    let (a, b) = p.codes();
    json!({
        "a": a.to_string(),
        "b": b.to_string(),
        "question": all_locales(|l| p.question(l)),
        "contrast": all_locales(|l| p.contrast(l)),
        "a_situation": all_locales(|l| p.situation(a, l).unwrap_or("")),
        "a_next": all_locales(|l| p.next_step(a, l).unwrap_or("")),
        "b_situation": all_locales(|l| p.situation(b, l).unwrap_or("")),
        "b_next": all_locales(|l| p.next_step(b, l).unwrap_or("")),
        "references": p.references().iter().map(reference).collect::<Vec<_>>(),
    })
}

/// A CSV field: quoted when it holds a comma, a quote or a line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One attempt as a CSV row (`logs --records --format csv`).
pub fn record_csv(r: &smtp_codes::logs::Record) -> String {
    let o = |v: &Option<String>| csv_field(v.as_deref().unwrap_or(""));
    format!(
        "{},{},{},{},{},{},{},{},{}",
        o(&r.time),
        o(&r.queue_id),
        o(&r.recipient),
        o(&r.relay),
        r.outcome.as_str(),
        r.code.map(|c| c.to_string()).unwrap_or_default(),
        o(&r.enhanced),
        r.reason.id(),
        r.provider.map(|p| p.id()).unwrap_or("")
    )
}

/// One attempt as a JSON line (`logs --records --format json`).
pub fn record(r: &smtp_codes::logs::Record) -> Value {
    json!({
        "time": r.time, "queue_id": r.queue_id, "recipient": r.recipient, "relay": r.relay,
        "status": r.outcome.as_str(), "code": r.code, "enhanced": r.enhanced,
        "reason": r.reason.id(), "provider": r.provider.map(|p| p.id()), "reply": r.reply,
    })
}

/// `logs --format json`: the summary, with the `by_…` lists of the breakdowns in `by` (and
/// with `reason`, the failures per hour).
pub fn triage(t: &smtp_codes::logs::Triage, by: &[smtp_codes::logs::Breakdown]) -> Value {
    use smtp_codes::logs::Breakdown;
    let o = t.outcomes();
    let mut v = json!({
        "lines": t.lines(),
        "attempts": t.attempts(),
        "skipped": t.skipped(),
        "outcomes": { "sent": o[0], "deferred": o[1], "bounced": o[2], "expired": o[3] },
        "recovered": t.recovered(),
    });
    for &b in by {
        let list = t
            .by(b)
            .into_iter()
            .map(|x| {
                let mut item = json!({"id": x.key, "count": x.count, "examples": x.examples});
                // Earlier names of the key, and a provider's name.
                match b {
                    Breakdown::Provider => {
                        item["name"] = json!(Provider::get(&x.key).map(|p| p.name()));
                    }
                    Breakdown::Domain => item["domain"] = json!(x.key),
                    Breakdown::Code => item["code"] = json!(x.key),
                    _ => {}
                }
                item
            })
            .collect();
        v[format!("by_{}", b.as_str())] = Value::Array(list);
        if b == Breakdown::Reason {
            v["by_hour"] = t
                .by_hour()
                .iter()
                .map(|h| {
                    json!({
                        "hour": h.hour.to_string(),
                        "offset": h.offset,
                        "reasons": h.reasons.iter().map(|(r, n)| json!({"id": r.id(), "count": n})).collect::<Vec<_>>(),
                    })
                })
                .collect();
            v["untimed"] = json!(t.untimed());
        }
    }
    v
}
