//! The JSON shapes of the CLI (documented in README, "JSON output").

use serde_json::{Map, Value, json};
use smtp_codes::{
    Code, Comparison, EnhancedInfo, Locale, Reference, ReplyInfo, SubCodeInfo, Texts,
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

/// `show --format json`: one code in one language.
pub fn show(c: Code, locale: Locale) -> Option<Value> {
    let texts = c.texts()?;
    let mut m = Map::new();
    match c {
        Code::Reply(r) => {
            let i = r.info()?;
            m.insert("kind".into(), json!("reply"));
            m.insert("code".into(), json!(r.as_u16()));
            m.insert("locale".into(), json!(locale.tag()));
            m.insert("class".into(), json!(r.class().digit()));
            m.insert("category".into(), json!(r.category().as_str()));
            m.insert("status".into(), json!(i.status().as_str()));
            m.insert("name".into(), json!(i.name()));
            insert_texts(&mut m, texts, locale);
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
        }
        Code::Enhanced(e) => {
            let i = e.info()?;
            m.insert("kind".into(), json!("enhanced"));
            m.insert("code".into(), json!(e.to_string()));
            m.insert("locale".into(), json!(locale.tag()));
            m.insert("class".into(), json!(e.class().map(|c| c.digit())));
            m.insert("subject".into(), json!(e.subject().map(|s| s.as_str())));
            m.insert("status".into(), json!(i.status().as_str()));
            m.insert("name".into(), json!(i.name()));
            m.insert("registry_key".into(), json!(i.code().to_string()));
            insert_texts(&mut m, texts, locale);
            m.insert("retry".into(), json!(e.retry().map(|r| r.as_str())));
            m.insert(
                "fix_by".into(),
                json!(i.fix_by().iter().map(|p| p.as_str()).collect::<Vec<_>>()),
            );
            m.insert("iana_associated".into(), json!(i.iana_associated()));
            m.insert(
                "references".into(),
                Value::Array(i.references().iter().map(reference).collect()),
            );
            m.insert("related".into(), codes(i.related()));
            m.insert("compare_with".into(), codes(i.compare_with()));
        }
    }
    Some(Value::Object(m))
}

fn insert_texts(m: &mut Map<String, Value>, t: &Texts, locale: Locale) {
    m.insert("title".into(), json!(t.title(locale)));
    m.insert("meaning".into(), json!(t.meaning(locale)));
    m.insert("when_seen".into(), json!(t.when_seen(locale)));
    m.insert("how_to_fix".into(), json!(t.how_to_fix(locale)));
}

/// `compare --format json`.
pub fn compare(c: &Comparison, locale: Locale) -> Value {
    json!({
        "locale": locale.tag(),
        "a": show(c.a(), locale),
        "b": show(c.b(), locale),
        "same_code": c.is_same_code(),
        "differences": serde_json::to_value(c.differences()).unwrap_or(Value::Null),
        "relations": serde_json::to_value(c.relations()).unwrap_or(Value::Null),
        "summary": c.summary(locale),
        "key_differences": c.key_differences(locale),
        "when_to_use": c.when_to_use(locale),
    })
}

fn all_texts(t: &'static Texts) -> [(&'static str, Value); 4] {
    let per = |f: fn(&Texts, Locale) -> &'static str| {
        Value::Object(
            Locale::all()
                .iter()
                .map(|&l| (l.tag().to_string(), json!(f(t, l))))
                .collect(),
        )
    };
    [
        ("title", per(Texts::title)),
        ("meaning", per(Texts::meaning)),
        ("when_seen", per(Texts::when_seen)),
        ("how_to_fix", per(Texts::how_to_fix)),
    ]
}

fn reply_record(i: &'static ReplyInfo) -> Value {
    let mut m = Map::new();
    m.insert("code".into(), json!(i.code().as_u16()));
    m.insert("name".into(), json!(i.name()));
    m.insert("status".into(), json!(i.status().as_str()));
    m.insert("class".into(), json!(i.code().class().digit()));
    m.insert("category".into(), json!(i.code().category().as_str()));
    for (k, v) in all_texts(i.texts()) {
        m.insert(k.into(), v);
    }
    m.insert("retry".into(), json!(i.code().retry().as_str()));
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
    Value::Object(m)
}

fn enhanced_record(i: &'static EnhancedInfo) -> Value {
    let mut m = Map::new();
    m.insert("code".into(), json!(i.code().to_string()));
    m.insert("name".into(), json!(i.name()));
    m.insert("status".into(), json!(i.status().as_str()));
    m.insert("subject".into(), json!(i.subject().map(|s| s.as_str())));
    for (k, v) in all_texts(i.texts()) {
        m.insert(k.into(), v);
    }
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
    Value::Object(m)
}

fn sub_record(i: &'static SubCodeInfo) -> Value {
    let mut m = Map::new();
    m.insert("code".into(), json!(i.key()));
    for (k, v) in all_texts(i.texts()) {
        m.insert(k.into(), v);
    }
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
