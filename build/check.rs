//! Stage 2 of the pipeline: every rule the catalog must keep, checked on what was read.
//!
//! Nothing here builds anything: it only reports, each defect with its file, line, record and
//! field, all of them at once. [`super::resolve`] runs only when there is no error.

use super::diag::{At, Diagnostics};
use super::keys::{Key, RecordKind, parse_any_key, parse_code_ref, parse_record_key};
use super::model::*;
use super::read::{File, Raw};
use super::text;
use super::vocab::{Command, Party, SourceKind, Status};
use super::{CODE_FIELDS, REASON_FIELDS, reason_hash, record_hash, ui_hash, ui_key_order};
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

/// The reasons the library itself names: a reply of class 2 or 3, and no reason found.
pub const REQUIRED_REASONS: [&str; 3] = ["success", "intermediate", "unknown"];

/// What a locale entry needs for checking translations into it.
pub struct LocaleInfo {
    pub tag: String,
    /// ISO 15924 code, `Latn`.
    pub script: String,
}

fn line<T>(s: &Spanned<T>) -> u64 {
    s.referenced.line()
}

/// The ids of a vocabulary, for messages: "standard, extension, …".
fn ids<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&v| as_str(v)).collect()
}

pub fn check(raw: &Raw, d: &mut Diagnostics) {
    let mut c = Checker { raw, d };
    c.sources();
    let locales = c.locales();
    c.records();
    c.folklore();
    c.ui_en();
    c.sub_codes();
    c.reasons();
    c.rules();
    for tr in &raw.translations {
        let Some(loc) = locales.iter().find(|l| l.tag == tr.tag) else {
            continue;
        };
        c.translated_codes(loc, tr.codes.as_ref());
        c.translated_ui(loc, tr.ui.as_ref());
        c.translated_reasons(loc, tr.reasons.as_ref());
    }
}

struct Checker<'a, 'd> {
    raw: &'a Raw,
    d: &'d mut Diagnostics,
}

impl<'a> Checker<'a, '_> {
    fn keys(&self) -> BTreeSet<Key> {
        self.raw.records.iter().map(|f| f.key).collect()
    }

    fn source_ids(&self) -> BTreeMap<&'a str, &'a RawSource> {
        self.raw
            .sources
            .iter()
            .flat_map(|f| &f.value)
            .map(|(id, s)| (id.as_str(), &s.value))
            .collect()
    }

    fn sources(&mut self) {
        let Some(f) = &self.raw.sources else { return };
        for (id, s) in &f.value {
            let at = At::record(&f.name, line(s), id);
            let s = &s.value;
            if SourceKind::from_str(&s.kind.value).is_err() {
                self.d.error(
                    at.field("kind", line(&s.kind)),
                    format!(
                        "unknown source kind \"{}\" (one of {})",
                        s.kind.value,
                        ids(SourceKind::ALL, SourceKind::as_str).join(", ")
                    ),
                );
            }
            if s.kind.value == "rfc" && !is_rfc_id(id) {
                self.d.error(at, "an rfc source is named \"RFC <number>\"");
            }
            if !s.url.value.starts_with("https://") {
                self.d
                    .error(at.field("url", line(&s.url)), "must be an https:// address");
            }
            if s.title.value.trim().is_empty() {
                self.d.error(at.field("title", line(&s.title)), "is empty");
            }
        }
    }

    /// Checks `locales.yaml`; returns the shipped locales.
    fn locales(&mut self) -> Vec<LocaleInfo> {
        let Some(f) = &self.raw.locales else {
            return Vec::new();
        };
        let mut seen: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for l in &f.value {
            let l_line = line(l);
            let l = &l.value;
            let tag = l.tag.value.as_str();
            let at = At::record(&f.name, l_line, tag);
            if !is_bcp47_shape(tag) {
                self.d.error(
                    at.field("tag", line(&l.tag)),
                    format!("\"{tag}\" is not a BCP 47 language tag"),
                );
            }
            if seen.iter().any(|o| o.eq_ignore_ascii_case(tag)) {
                self.d.error(
                    at.field("tag", line(&l.tag)),
                    format!("locale \"{tag}\" is listed twice"),
                );
            }
            seen.push(tag);
            if !matches!(l.dir.value.as_str(), "ltr" | "rtl") {
                self.d
                    .error(at.field("dir", line(&l.dir)), "must be ltr or rtl");
            }
            if !text::SCRIPTS.contains(&l.script.value.as_str()) {
                self.d.error(
                    at.field("script", line(&l.script)),
                    format!("unknown script (one of {})", text::SCRIPTS.join(", ")),
                );
            }
            out.push(LocaleInfo {
                tag: tag.to_string(),
                script: l.script.value.clone(),
            });
        }
        if f.value.first().map(|l| l.value.tag.value.as_str()) != Some("en") {
            self.d.error(
                At::file(&f.name, 0),
                "the first locale must be en, the root every text falls back to",
            );
        }
        out
    }

    fn records(&mut self) {
        let raw = self.raw;
        let keys = self.keys();
        let sources = self.source_ids();
        let mut first: BTreeMap<Key, (&str, u64)> = BTreeMap::new();
        let mut names: BTreeMap<(bool, &str), (&str, u64)> = BTreeMap::new();
        for f in &raw.records {
            let rec = f.key.to_string();
            let at = At::record(&f.file, line(&f.raw), &rec);
            if let Some(g) = f.group {
                let (digit, what) = match f.key {
                    Key::Reply(c) => (u32::from(c / 100), "class"),
                    Key::Enhanced(s, _) => (u32::from(s), "subject"),
                    _ => (g, ""),
                };
                if digit != g {
                    self.d.error(
                        at,
                        format!("has {what} {digit}, but this file holds {what} {g} codes"),
                    );
                }
            }
            if let Some((file, l)) = first.get(&f.key) {
                self.d
                    .error(at, format!("duplicate code (first at {file}:{l})"));
                continue;
            }
            first.insert(f.key, (&f.file, line(&f.raw)));
            let r = &f.raw.value;
            if let Some(name) = &r.name {
                let nat = at.field("name", line(name));
                let v = name.value.as_str();
                if !is_constant_name(v) {
                    self.d.error(
                        nat,
                        format!("\"{v}\" is not a SCREAMING_SNAKE_CASE constant name"),
                    );
                }
                let kind = matches!(f.key, Key::Reply(_));
                if let Some((file, l)) = names.get(&(kind, v)) {
                    self.d.error(
                        nat,
                        format!("constant name \"{v}\" is already used (at {file}:{l})"),
                    );
                } else {
                    names.insert((kind, v), (&f.file, line(name)));
                }
            }
            self.record(f.key, at, r, &keys, &sources);
        }
    }

    /// One record's own fields and links; English texts only.
    fn record(
        &mut self,
        key: Key,
        at: At<'_>,
        r: &RawRecord,
        keys: &BTreeSet<Key>,
        sources: &BTreeMap<&str, &RawSource>,
    ) {
        let is_reply = matches!(key, Key::Reply(_));
        let is_code = matches!(key, Key::Reply(_) | Key::Enhanced(..));
        let allowed = |field: &str| match field {
            "commands" => is_reply,
            "iana_associated" => matches!(key, Key::Enhanced(..)),
            "status" | "name" | "fix_by" | "related" | "compare_with" => is_code,
            _ => true,
        };
        let present: [(&str, bool); 8] = [
            ("status", r.status.is_some()),
            ("name", r.name.is_some()),
            ("fix_by", r.fix_by.is_some()),
            ("commands", r.commands.is_some()),
            ("related", r.related.is_some()),
            ("compare_with", r.compare_with.is_some()),
            ("iana_associated", r.iana_associated.is_some()),
            ("references", r.references.is_some()),
        ];
        for (field, is) in present {
            if is && !allowed(field) {
                self.d
                    .error(at.field(field, 0), "is not a field of this kind of record");
            }
        }
        let required: &[&str] = match key {
            Key::Reply(_) => &["status", "name", "fix_by", "references", "commands"],
            Key::Enhanced(..) => &["status", "name", "fix_by", "references", "iana_associated"],
            _ => &["references"],
        };
        for (field, is) in present {
            if !is && required.contains(&field) {
                self.d.error(at.field(field, 0), "is missing");
            }
        }
        for (field, t) in
            CODE_FIELDS
                .iter()
                .zip([&r.title, &r.meaning, &r.when_seen, &r.how_to_fix])
        {
            match t {
                None => self.d.error(at.field(field, 0), "is missing"),
                Some(t) => self.text(at.field(field, line(t)), field, &t.value, None),
            }
        }
        if let Some(s) = &r.status
            && Status::from_str(&s.value).is_err()
        {
            self.d.error(
                at.field("status", line(s)),
                format!(
                    "unknown status \"{}\" (one of {})",
                    s.value,
                    ids(Status::ALL, Status::as_str).join(", ")
                ),
            );
        }
        let parties = ids(Party::ALL, Party::as_str);
        self.id_list(at, "fix_by", r.fix_by.as_ref(), &parties, is_code);
        let commands = ids(Command::ALL, Command::as_str);
        self.id_list(at, "commands", r.commands.as_ref(), &commands, false);
        self.references(at, r, sources);
        for (field, list) in [("related", &r.related), ("compare_with", &r.compare_with)] {
            self.links(at, key, field, list, keys);
        }
        if let Some(a) = &r.iana_associated {
            for code in associated_codes(&a.value) {
                if !keys.contains(&Key::Reply(code)) && !self.raw.incomplete {
                    self.d.error(
                        at.field("iana_associated", line(a)),
                        format!("{code} is not a reply code of the catalog"),
                    );
                }
            }
        }
    }

    fn references(&mut self, at: At<'_>, r: &RawRecord, sources: &BTreeMap<&str, &RawSource>) {
        let mut cites_non_rfc = false;
        for rf in r.references.iter().flatten() {
            let fat = at.field("references", line(rf));
            let (id, section) = split_reference(&rf.value);
            if rf.value.contains('§')
                && !section
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == ' ' || c == '-')
            {
                self.d.error(
                    fat,
                    format!("\"{}\": a section is written \"RFC 5321 §4.2.3\"", rf.value),
                );
            }
            match sources.get(id) {
                Some(s) => cites_non_rfc |= s.kind.value != "rfc",
                None => self.d.error(
                    fat,
                    format!(
                        "\"{}\" cites \"{id}\", which is not in data/sources.yaml",
                        rf.value
                    ),
                ),
            }
        }
        if r.references.as_ref().is_some_and(|v| v.is_empty()) {
            self.d.error(
                at.field("references", 0),
                "is empty: every record cites a source",
            );
        }
        if r.status.as_ref().is_some_and(|s| s.value == "non-standard") && !cites_non_rfc {
            self.d.error(
                at.field("references", 0),
                "a non-standard code must cite a vendor, MTA, draft or registry source",
            );
        }
    }

    fn links(
        &mut self,
        at: At<'_>,
        key: Key,
        field: &str,
        list: &Option<Vec<Text>>,
        keys: &BTreeSet<Key>,
    ) {
        for c in list.iter().flatten() {
            let fat = at.field(field, line(c));
            match parse_code_ref(&c.value) {
                Ok(k) if k == key => self.d.error(fat, "a record cannot name itself"),
                Ok(k) if keys.contains(&k) || self.raw.incomplete => {}
                Ok(k) => self
                    .d
                    .error(fat, format!("\"{k}\" is not a code of the catalog")),
                Err(e) => self.d.error(fat, format!("\"{}\" {e}", c.value)),
            }
        }
    }

    /// A list of vocabulary ids: each known, none twice.
    fn id_list(
        &mut self,
        at: At<'_>,
        field: &str,
        list: Option<&Vec<Text>>,
        allowed: &[&str],
        non_empty: bool,
    ) {
        if non_empty && list.is_some_and(|l| l.is_empty()) {
            self.d.error(at.field(field, 0), "is empty");
        }
        let mut seen: Vec<&str> = Vec::new();
        for v in list.into_iter().flatten() {
            if !allowed.contains(&v.value.as_str()) {
                self.d.error(
                    at.field(field, line(v)),
                    format!(
                        "unknown value \"{}\" (one of {})",
                        v.value,
                        allowed.join(", ")
                    ),
                );
            } else if seen.contains(&v.value.as_str()) {
                self.d.error(
                    at.field(field, line(v)),
                    format!("\"{}\" is listed twice", v.value),
                );
            } else {
                seen.push(&v.value);
            }
        }
    }

    /// Checks one text; `english` is the root text and the locale when checking a translation.
    fn text(&mut self, at: At<'_>, field: &str, value: &str, english: Option<(&str, &LocaleInfo)>) {
        for p in text::hygiene(value) {
            self.d.error(at, format!("text {p}"));
        }
        if value.trim().is_empty() {
            return;
        }
        if field == "title" {
            if value.ends_with('.') || value.ends_with('。') {
                self.d.error(at, "a title does not end with a full stop");
            }
        } else if let Some(p) = text::sentence_shape(value) {
            self.d.error(at, format!("text {p}"));
        }
        if field == "user_message" {
            for p in text::user_message(value) {
                self.d.error(at, format!("text {p}"));
            }
        }
        match english {
            None => {
                if field == "when_seen"
                    && value
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("when"))
                {
                    self.d.error(at, "text starts with \"When\", but pages print it under the heading \"When you see it\"");
                }
            }
            Some((en, loc)) => self.translation(at, value, en, loc),
        }
    }

    /// What a translated text must keep of the English, and be unlike it.
    fn translation(&mut self, at: At<'_>, value: &str, en: &str, loc: &LocaleInfo) {
        let (mine, theirs) = (text::backticked(value), text::backticked(en));
        if mine != theirs {
            let missing: Vec<_> = theirs.difference(&mine).collect();
            let extra: Vec<_> = mine.difference(&theirs).collect();
            self.d.error(
                at,
                format!(
                    "protocol tokens differ from the English: missing {missing:?}, extra {extra:?}"
                ),
            );
        }
        let prose = text::prose_letters(value);
        if prose.chars().any(char::is_alphabetic) && text::prose_letters(en).trim() == prose.trim()
        {
            self.d
                .error(at, "text is the same as the English: it is not translated");
            return;
        }
        if !text::SCRIPTS.contains(&loc.script.as_str()) {
            return; // reported once, on locales.yaml
        }
        if let Some(share) = text::script_share(&loc.script, value) {
            let need = if loc.script == "Latn" { 0.9 } else { 0.6 };
            if share < need {
                self.d.error(
                    at,
                    format!(
                        "only {:.0}% of the letters are in the {} script",
                        share * 100.0,
                        loc.script
                    ),
                );
            }
        }
        if loc.script == "Latn" && text::looks_english(value) {
            self.d
                .error(at, "text reads as English: it is not translated");
        }
    }

    fn folklore(&mut self) {
        let Some(f) = &self.raw.folklore else { return };
        let keys = self.keys();
        for (k, v) in &f.value {
            let at = At::record(&f.name, line(v), k);
            let code = match parse_record_key(k, RecordKind::Reply) {
                Ok(Key::Reply(c)) => c,
                _ => {
                    self.d
                        .error(at, "a folklore entry is keyed by a three-digit number");
                    continue;
                }
            };
            if keys.contains(&Key::Reply(code)) {
                self.d
                    .error(at, "is a catalog reply code, so it cannot also be folklore");
            }
            match parse_code_ref(&v.value) {
                Ok(key @ Key::Enhanced(..)) if keys.contains(&key) => {}
                _ => self.d.error(
                    at,
                    format!("\"{}\" is not an enhanced code of the catalog", v.value),
                ),
            }
        }
    }

    fn ui_en(&mut self) {
        let Some(f) = &self.raw.ui_en else { return };
        if f.value.source_hash.is_some() {
            self.d.error(
                At::file(&f.name, 0).field("source_hash", 0),
                "the English UI strings are the source: they have no source hash",
            );
        }
        for (k, v) in &f.value.strings {
            let at = At::file(&f.name, line(v)).field(k, line(v));
            if !k
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
            {
                self.d
                    .error(at, "UI keys are lower-case words joined by `.` or `_`");
            }
            self.ui_hygiene(at, k, &v.value);
            if let Err(e) = text::placeholders(&v.value) {
                self.d.error(at, format!("template {e}"));
            }
        }
    }

    /// A UI string's hygiene; `list.separator` is allowed its spaces.
    fn ui_hygiene(&mut self, at: At<'_>, key: &str, value: &str) {
        for p in text::hygiene(value) {
            if !(p.contains("white space") && key == "list.separator") {
                self.d.error(at, format!("text {p}"));
            }
        }
    }

    fn sub_codes(&mut self) {
        let keys = self.keys();
        let file = &self.raw.sub_codes_file;
        for c in [2u8, 4, 5] {
            if !keys.contains(&Key::Class(c)) {
                self.d.error(
                    At::record(file, 0, &Key::Class(c).to_string()),
                    "class sub-code is missing",
                );
            }
        }
        for s in 0u16..8 {
            if !keys.contains(&Key::Subject(s)) {
                self.d.error(
                    At::record(file, 0, &Key::Subject(s).to_string()),
                    "subject sub-code is missing",
                );
            }
        }
    }

    fn reasons(&mut self) {
        let Some(f) = &self.raw.reasons else { return };
        let parties = ids(Party::ALL, Party::as_str);
        for (id, r) in &f.value {
            let at = At::record(&f.name, line(r), id);
            if !is_id(id) {
                self.d
                    .error(at, "a reason id is lower-case words joined by `_`");
            }
            let r = &r.value;
            match &r.group {
                None => self.d.error(at.field("group", 0), "is missing"),
                Some(g) => {
                    let base = f.value.get(&g.value).and_then(|b| b.value.group.as_ref());
                    if base.is_none_or(|bg| bg.value != g.value) {
                        self.d.error(
                            at.field("group", line(g)),
                            format!(
                                "\"{}\" is not a base reason (one whose group is itself)",
                                g.value
                            ),
                        );
                    }
                }
            }
            match &r.retry {
                None => self.d.error(at.field("retry", 0), "is missing"),
                Some(v) => {
                    let ok = matches!(
                        v.value.as_str(),
                        "later" | "not_unchanged" | "nothing_to_do" | "continue" | "by_code"
                    );
                    if !ok {
                        self.d.error(
                            at.field("retry", line(v)),
                            format!("unknown value \"{}\" (one of later, not_unchanged, nothing_to_do, continue, by_code)", v.value),
                        );
                    }
                }
            }
            if r.fix_by.is_none() {
                self.d.error(at.field("fix_by", 0), "is missing");
            }
            self.id_list(at, "fix_by", r.fix_by.as_ref(), &parties, true);
            for (field, t) in
                REASON_FIELDS
                    .iter()
                    .zip([&r.title, &r.meaning, &r.how_to_fix, &r.user_message])
            {
                match t {
                    None => self.d.error(at.field(field, 0), "is missing"),
                    Some(t) => self.text(at.field(field, line(t)), field, &t.value, None),
                }
            }
        }
        for id in REQUIRED_REASONS {
            if !f.value.contains_key(id) {
                self.d.error(
                    At::record(&f.name, 0, id),
                    "reason is missing (the library names it)",
                );
            }
        }
    }

    fn rules(&mut self) {
        let raw = self.raw;
        let reasons: BTreeSet<&str> = raw
            .reasons
            .iter()
            .flat_map(|f| f.value.keys())
            .map(String::as_str)
            .collect();
        let sources = self.source_ids();
        let keys = self.keys();
        let mut rule_ids: BTreeMap<&str, (&str, u64)> = BTreeMap::new();
        for f in &raw.text_rules {
            for r in &f.value {
                let v = &r.value;
                let id = v.id.as_ref().map_or("", |i| i.value.as_str());
                let at = At::record(&f.name, line(r), id);
                match &v.id {
                    None => self.d.error(at.field("id", 0), "is missing"),
                    Some(i) => {
                        let reason = v.reason.as_ref().map_or("", |r| r.value.as_str());
                        let well_formed = i
                            .value
                            .strip_prefix(reason)
                            .and_then(|s| s.strip_prefix('.'))
                            .is_some_and(|slug| {
                                !slug.is_empty()
                                    && slug.chars().all(|c| {
                                        c.is_ascii_lowercase()
                                            || c.is_ascii_digit()
                                            || c == '_'
                                            || c == '.'
                                    })
                            });
                        if !well_formed {
                            self.d.error(
                                at.field("id", line(i)),
                                "a rule id is <reason>.<slug>, lower case",
                            );
                        }
                        if let Some((file, l)) = rule_ids.get(i.value.as_str()) {
                            self.d.error(
                                at.field("id", line(i)),
                                format!("rule id is already used (at {file}:{l})"),
                            );
                        } else {
                            rule_ids.insert(&i.value, (&f.name, line(i)));
                        }
                    }
                }
                self.rule_reason(at, v.reason.as_ref(), &reasons);
                self.rule_source(at, v.source.as_ref(), &sources);
                self.strength(at, v.strength.as_ref(), &["specific", "vague"]);
                match &v.phrases {
                    None => self.d.error(at.field("match", 0), "is missing"),
                    Some(p) if p.value.0.is_empty() => {
                        self.d.error(at.field("match", line(p)), "is empty")
                    }
                    Some(p) => {
                        for phrase in &p.value.0 {
                            if let Some(problem) = text::phrase_problem(phrase) {
                                self.d.error(
                                    at.field("match", line(p)),
                                    format!("\"{phrase}\" {problem}"),
                                );
                            }
                        }
                    }
                }
            }
        }
        let Some(f) = &raw.code_rules else { return };
        let mut seen: BTreeMap<Key, u64> = BTreeMap::new();
        for r in &f.value {
            let v = &r.value;
            let code = v.code.as_ref().map_or("", |c| c.value.as_str());
            let at = At::record(&f.name, line(r), code);
            match v.code.as_ref().map(|c| (c, parse_code_ref(&c.value))) {
                None => self.d.error(at.field("code", 0), "is missing"),
                Some((c, Err(e))) => self
                    .d
                    .error(at.field("code", line(c)), format!("\"{}\" {e}", c.value)),
                Some((c, Ok(k))) => {
                    if !keys.contains(&k) && !raw.incomplete {
                        self.d.error(
                            at.field("code", line(c)),
                            format!("\"{k}\" is not a code of the catalog"),
                        );
                    }
                    if let Some(l) = seen.get(&k) {
                        self.d.error(
                            at.field("code", line(c)),
                            format!("\"{k}\" has a rule already (at line {l})"),
                        );
                    } else {
                        seen.insert(k, line(c));
                    }
                }
            }
            self.rule_reason(at, v.reason.as_ref(), &reasons);
            self.rule_source(at, v.source.as_ref(), &sources);
            self.strength(at, v.strength.as_ref(), &["specific", "generic"]);
        }
    }

    fn rule_reason(&mut self, at: At<'_>, reason: Option<&Text>, reasons: &BTreeSet<&str>) {
        match reason {
            None => self.d.error(at.field("reason", 0), "is missing"),
            Some(r) if !reasons.contains(r.value.as_str()) && self.raw.reasons.is_some() => {
                self.d.error(
                    at.field("reason", line(r)),
                    format!(
                        "\"{}\" is not a reason of data/diagnosis/reasons.yaml",
                        r.value
                    ),
                )
            }
            Some(_) => {}
        }
    }

    fn rule_source(
        &mut self,
        at: At<'_>,
        source: Option<&Text>,
        sources: &BTreeMap<&str, &RawSource>,
    ) {
        match source {
            None => self.d.error(
                at.field("source", 0),
                "is missing: every rule cites where its words come from",
            ),
            Some(s) if !sources.contains_key(s.value.as_str()) && self.raw.sources.is_some() => {
                self.d.error(
                    at.field("source", line(s)),
                    format!("cites \"{}\", which is not in data/sources.yaml", s.value),
                )
            }
            Some(_) => {}
        }
    }

    fn strength(&mut self, at: At<'_>, strength: Option<&Text>, allowed: &[&str]) {
        match strength {
            None => self.d.error(at.field("strength", 0), "is missing"),
            Some(s) if !allowed.contains(&s.value.as_str()) => self.d.error(
                at.field("strength", line(s)),
                format!(
                    "unknown value \"{}\" (one of {})",
                    s.value,
                    allowed.join(", ")
                ),
            ),
            Some(_) => {}
        }
    }

    fn translated_codes(&mut self, loc: &LocaleInfo, file: Option<&File<RawCodesFile>>) {
        let Some(f) = file else { return };
        let raw = self.raw;
        for (k, t) in &f.value {
            let at = At::record(&f.name, line(t), k);
            let known =
                parse_any_key(k).is_some_and(|key| raw.records.iter().any(|r| r.key == key));
            if !raw.incomplete && !known {
                self.d.error(at, "is not a record of the catalog");
            }
        }
        let mut done: BTreeSet<Key> = BTreeSet::new();
        for rec in &raw.records {
            if !done.insert(rec.key) {
                continue; // a duplicate, reported already
            }
            let name = rec.key.to_string();
            let Some(t) = f.value.get(&name) else {
                self.d.error(
                    At::record(&f.name, 0, &name),
                    format!("has no {} translation", loc.tag),
                );
                continue;
            };
            let at = At::record(&f.name, line(t), &name);
            let r = &rec.raw.value;
            let en = english(&[&r.title, &r.meaning, &r.when_seen, &r.how_to_fix]);
            let tv = &t.value;
            self.translated_fields(
                at,
                loc,
                &CODE_FIELDS,
                &[&tv.title, &tv.meaning, &tv.when_seen, &tv.how_to_fix],
                &en,
            );
            self.source_hash(
                at,
                tv.source_hash.as_ref(),
                &record_hash(&en),
                "this translation",
            );
        }
    }

    fn translated_reasons(&mut self, loc: &LocaleInfo, file: Option<&File<RawReasonsTranslation>>) {
        let (Some(f), Some(en_file)) = (file, &self.raw.reasons) else {
            return;
        };
        for (k, t) in &f.value {
            if !en_file.value.contains_key(k) {
                self.d.error(
                    At::record(&f.name, line(t), k),
                    "is not a reason of data/diagnosis/reasons.yaml",
                );
            }
        }
        for (id, r) in &en_file.value {
            let Some(t) = f.value.get(id) else {
                self.d.error(
                    At::record(&f.name, 0, id),
                    format!("has no {} translation", loc.tag),
                );
                continue;
            };
            let at = At::record(&f.name, line(t), id);
            let r = &r.value;
            let en = english(&[&r.title, &r.meaning, &r.how_to_fix, &r.user_message]);
            let tv = &t.value;
            self.translated_fields(
                at,
                loc,
                &REASON_FIELDS,
                &[&tv.title, &tv.meaning, &tv.how_to_fix, &tv.user_message],
                &en,
            );
            self.source_hash(
                at,
                tv.source_hash.as_ref(),
                &reason_hash(&en),
                "this translation",
            );
        }
    }

    fn translated_fields(
        &mut self,
        at: At<'_>,
        loc: &LocaleInfo,
        fields: &[&str; 4],
        values: &[&Option<Text>; 4],
        en: &[String; 4],
    ) {
        for ((field, v), en) in fields.iter().zip(values).zip(en) {
            match v {
                None => self.d.error(at.field(field, 0), "is missing"),
                Some(v) => self.text(at.field(field, line(v)), field, &v.value, Some((en, loc))),
            }
        }
    }

    /// A translation's `source_hash`: missing is an error, another than the English's a
    /// warning (the translation is stale).
    fn source_hash(&mut self, at: At<'_>, hash: Option<&Text>, want: &str, what: &str) {
        match hash {
            None => self.d.error(
                at.field("source_hash", 0),
                format!("is missing (the English hash is {want})"),
            ),
            Some(h) if h.value != want => self.d.warning(
                at.field("source_hash", line(h)),
                format!(
                    "stale: the English changed since {what} (hash {} → {want})",
                    h.value
                ),
            ),
            Some(_) => {}
        }
    }

    fn translated_ui(&mut self, loc: &LocaleInfo, file: Option<&File<RawUiFile>>) {
        let (Some(f), Some(en)) = (file, &self.raw.ui_en) else {
            return;
        };
        let en = &en.value.strings;
        for (k, v) in &f.value.strings {
            if !en.contains_key(k) {
                self.d.error(
                    At::file(&f.name, line(v)).field(k, line(v)),
                    "is not a UI key of locales/en/ui.yaml",
                );
            }
        }
        let keys = ui_key_order(en);
        let values: Vec<String> = keys.iter().map(|k| en[k].value.clone()).collect();
        let at = At::file(&f.name, 0);
        self.source_hash(
            at,
            f.value.source_hash.as_ref(),
            &ui_hash(&keys, &values),
            "this translation of the UI",
        );
        for (k, en_v) in keys.iter().zip(&values) {
            let Some(v) = f.value.strings.get(k) else {
                self.d.error(
                    At::file(&f.name, 0).field(k, 0),
                    format!("UI string is missing in {}", loc.tag),
                );
                continue;
            };
            let at = At::file(&f.name, line(v)).field(k, line(v));
            self.ui_hygiene(at, k, &v.value);
            match (text::placeholders(&v.value), text::placeholders(en_v)) {
                (Ok(a), Ok(b)) if a != b => {
                    self.d.error(
                        at,
                        format!("placeholders {a:?} differ from the English {b:?}"),
                    );
                }
                (Err(e), _) => self.d.error(at, format!("template {e}")),
                _ => {}
            }
            if !v.value.trim().is_empty() {
                self.translation(at, &v.value, en_v, loc);
            }
        }
    }
}

/// The English texts of a record or reason, empty where missing (reported elsewhere).
fn english(texts: &[&Option<Text>; 4]) -> [String; 4] {
    texts.map(|t| t.as_ref().map(|t| t.value.clone()).unwrap_or_default())
}

/// `"RFC 5321 §4.2.3"` → (`"RFC 5321"`, `"4.2.3"`).
pub fn split_reference(r: &str) -> (&str, &str) {
    r.split_once(" §").unwrap_or((r, ""))
}

/// The three-digit numbers of IANA's "associated basic status code" column.
pub fn associated_codes(column: &str) -> impl Iterator<Item = u16> + '_ {
    column
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| n.len() == 3)
        .filter_map(|n| n.parse().ok())
}

fn is_rfc_id(id: &str) -> bool {
    id.strip_prefix("RFC ")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn is_constant_name(v: &str) -> bool {
    v.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && v.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !v.contains("__")
        && !v.ends_with('_')
}

/// A snake_case id: `user_unknown`.
fn is_id(v: &str) -> bool {
    v.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !v.contains("__")
        && !v.ends_with('_')
}

/// language[-Script][-REGION]: enough for the tags we ship.
fn is_bcp47_shape(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| {
            (p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                || (p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
        })
}
