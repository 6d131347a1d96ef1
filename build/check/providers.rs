//! The checks of `data/providers/`: who a provider is, how to recognise it, its own codes and
//! what its replies mean, each with a source and the date it was read; and every language's
//! `providers.yaml` against the English.

use super::super::keys::{VendorKey, parse_vendor_code};
use super::*;

/// The kinds of provider (`kind:`).
pub const PROVIDER_KINDS: [&str; 5] = [
    "mailbox_provider",
    "security_gateway",
    "sending_service",
    "hosting",
    "mta",
];

/// `2026-12-05`: a real calendar date.
pub fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: core::ops::Range<usize>| -> Option<u32> {
        let s = v.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..=2100).contains(&y) && (1..=days).contains(&d)
}

/// A host-name suffix: lower-case labels of letters, digits and `-`, at least two.
fn is_host_suffix(h: &str) -> bool {
    let labels: Vec<&str> = h.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// A provider's source id: `ms-ndr-exo`.
fn is_source_id(v: &str) -> bool {
    !v.is_empty()
        && v.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A provider rule's slug: `[a-z0-9_.]`, not empty.
fn is_slug(v: &str) -> bool {
    !v.is_empty()
        && v.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
}

/// The stem of a file's display name: `data/providers/google.yaml` → `google`.
fn stem(name: &str) -> &str {
    let base = name.rsplit('/').next().unwrap_or(name);
    base.strip_suffix(".yaml").unwrap_or(base)
}

impl Checker<'_, '_> {
    pub(super) fn providers(&mut self) {
        let raw = self.raw;
        let reasons: BTreeSet<&str> = raw
            .reasons
            .iter()
            .flat_map(|f| f.value.keys())
            .map(String::as_str)
            .filter(|r| !REQUIRED_REASONS.contains(r))
            .collect();
        let sources: BTreeSet<&str> = self
            .source_ids()
            .into_keys()
            .chain(
                raw.providers
                    .iter()
                    .flat_map(|p| p.value.sources.keys().map(String::as_str)),
            )
            .collect();
        let parties = ids(Party::ALL, Party::as_str);
        let keys = self.keys();
        let mut vendor_seen: BTreeMap<VendorKey, &str> = BTreeMap::new();
        let mut rule_seen: BTreeSet<&str> = BTreeSet::new();
        let mut host_seen: BTreeMap<&str, &str> = BTreeMap::new();
        let mut ranges: Vec<(VendorKey, VendorKey, &str)> = Vec::new();
        for f in &raw.providers {
            let p = &f.value;
            let pid = stem(&f.name);
            let at = At::record(&f.name, 1, pid);
            match &p.id {
                None => self.d.error(at.field("id", 0), "is missing"),
                Some(i) if i.value != pid => self.d.error(
                    at.field("id", line(i)),
                    format!("is \"{}\", but the file is named {pid}.yaml", i.value),
                ),
                Some(_) => {}
            }
            if !is_id(pid) {
                self.d
                    .error(at, "a provider id is lower-case words joined by `_`");
            }
            match &p.name {
                Some(n) if !n.value.trim().is_empty() => {}
                Some(n) => self.d.error(at.field("name", line(n)), "is empty"),
                None => self.d.error(at.field("name", 0), "is missing"),
            }
            match &p.kind {
                None => self.d.error(at.field("kind", 0), "is missing"),
                Some(k) if !PROVIDER_KINDS.contains(&k.value.as_str()) => self.d.error(
                    at.field("kind", line(k)),
                    format!(
                        "unknown value \"{}\" (one of {})",
                        k.value,
                        PROVIDER_KINDS.join(", ")
                    ),
                ),
                Some(_) => {}
            }
            if p.markers.is_empty() && p.hosts.is_empty() {
                self.d.error(
                    at.field("markers", 0),
                    "a provider needs markers or hosts: nothing would recognise it",
                );
            }
            for m in &p.markers {
                if let Some(problem) = text::phrase_shape_problem(&m.value) {
                    self.d.error(
                        at.field("markers", line(m)),
                        format!("\"{}\" {problem}", m.value),
                    );
                }
            }
            for h in &p.hosts {
                if !is_host_suffix(&h.value) {
                    self.d.error(
                        at.field("hosts", line(h)),
                        format!(
                            "\"{}\" is not a host-name suffix (lower-case labels joined by `.`)",
                            h.value
                        ),
                    );
                } else if let Some(other) = host_seen.insert(&h.value, pid) {
                    self.d.error(
                        at.field("hosts", line(h)),
                        format!("\"{}\" is a host of {other} already", h.value),
                    );
                }
            }
            for (sid, s) in &p.sources {
                let at = at.field("sources", line(s));
                if !is_source_id(sid) {
                    self.d.error(
                        at,
                        format!("source id \"{sid}\" is lower-case words joined by `-`"),
                    );
                }
                if raw.sources.iter().any(|g| g.value.contains_key(sid))
                    || raw
                        .providers
                        .iter()
                        .any(|o| !std::ptr::eq(o, f) && o.value.sources.contains_key(sid))
                {
                    self.d
                        .error(at, format!("source id \"{sid}\" is defined elsewhere too"));
                }
                match &s.value.url {
                    Some(u) if u.value.starts_with("https://") => {}
                    Some(_) => self
                        .d
                        .error(at, format!("{sid}: url must be an https:// address")),
                    None => self.d.error(at, format!("{sid}: url is missing")),
                }
                if s.value
                    .title
                    .as_ref()
                    .is_none_or(|t| t.value.trim().is_empty())
                {
                    self.d.error(at, format!("{sid}: title is missing"));
                }
            }
            for (code, v) in &p.vendor_codes {
                let at = At::record(&f.name, line(v), code);
                let v = &v.value;
                let key = match parse_vendor_code(code) {
                    Err(e) => {
                        self.d.error(at, format!("\"{code}\" {e}"));
                        None
                    }
                    Ok(k) => Some(k),
                };
                if let Some(k) = key {
                    if keys.contains(&Key::Enhanced(k.1, k.2)) {
                        self.d.error(
                            at,
                            format!(
                                "X.{}.{} is a code of the IANA registry: a provider's own use of it is a rule with `with_code`",
                                k.1, k.2
                            ),
                        );
                    }
                    if let Some(other) = vendor_seen.insert(k, pid) {
                        self.d.error(
                            at,
                            format!("\"{code}\" is a vendor code of {other} already"),
                        );
                    }
                    let end = match &v.through {
                        None => k,
                        Some(t) => {
                            match parse_vendor_code(&t.value) {
                                Ok(e) if e.0 == k.0 && e.1 == k.1 && e.2 > k.2 => e,
                                _ => {
                                    self.d.error(
                                    at.field("through", line(t)),
                                    format!("\"{}\" must be a later code of the same class and subject", t.value),
                                );
                                    k
                                }
                            }
                        }
                    };
                    ranges.push((k, end, pid));
                }
                for (field, t) in
                    CODE_FIELDS
                        .iter()
                        .zip([&v.title, &v.meaning, &v.when_seen, &v.how_to_fix])
                {
                    match t {
                        None => self.d.error(at.field(field, 0), "is missing"),
                        Some(t) => self.text(at.field(field, line(t)), field, &t.value, None),
                    }
                }
                self.provider_reason(at, v.reason.as_ref(), &reasons);
                if v.fix_by.is_none() {
                    self.d.error(at.field("fix_by", 0), "is missing");
                }
                self.id_list(at, "fix_by", v.fix_by.as_ref(), &parties, true);
                self.provider_source(at, v.source.as_ref(), &sources);
                self.read_date(at, v.read.as_ref());
            }
            for r in &p.rules {
                let v = &r.value;
                let id = v.id.as_ref().map_or("", |i| i.value.as_str());
                let at = At::record(&f.name, line(r), id);
                match &v.id {
                    None => self.d.error(at.field("id", 0), "is missing"),
                    Some(i) => {
                        let ok = i
                            .value
                            .strip_prefix(pid)
                            .and_then(|s| s.strip_prefix('.'))
                            .is_some_and(is_slug);
                        if !ok {
                            self.d.error(
                                at.field("id", line(i)),
                                format!("a provider rule id is {pid}.<slug>, lower case"),
                            );
                        }
                        if !rule_seen.insert(&i.value) {
                            self.d
                                .error(at.field("id", line(i)), "rule id is used twice");
                        }
                    }
                }
                self.provider_reason(at, v.reason.as_ref(), &reasons);
                if v.phrases.is_none() && v.with_code.is_none() {
                    self.d.error(
                        at,
                        "a rule needs `match`, `with_code` or both: as it is, it matches nothing",
                    );
                }
                if let Some(p) = &v.phrases {
                    if p.value.0.is_empty() {
                        self.d.error(at.field("match", line(p)), "is empty");
                    }
                    for phrase in &p.value.0 {
                        if let Some(problem) = text::phrase_shape_problem(phrase) {
                            self.d.error(
                                at.field("match", line(p)),
                                format!("\"{phrase}\" {problem}"),
                            );
                        }
                    }
                }
                if let Some(c) = &v.with_code {
                    let ok = match parse_vendor_code(&c.value) {
                        Ok(_) => true,
                        Err(_) => parse_code_ref(&c.value).is_ok(),
                    };
                    if !ok {
                        self.d.error(
                            at.field("with_code", line(c)),
                            format!(
                                "\"{}\" is not a code: write \"550\", \"5.7.27\" or \"X.7.27\"",
                                c.value
                            ),
                        );
                    }
                }
                if let Some(n) = &v.note {
                    self.text(at.field("note", line(n)), "note", &n.value, None);
                }
                self.provider_source(at, v.source.as_ref(), &sources);
                self.read_date(at, v.read.as_ref());
            }
        }
        ranges.sort();
        for w in ranges.windows(2) {
            let ((_, end, a), (start, _, b)) = (w[0], w[1]);
            if start <= end {
                let name = raw
                    .providers
                    .iter()
                    .find(|f| stem(&f.name) == b)
                    .map_or("data/providers", |f| f.name.as_str());
                self.d.error(
                    At::file(name, 0),
                    format!(
                        "vendor code {}.{}.{} falls in a range of {a}",
                        start.0, start.1, start.2
                    ),
                );
            }
        }
    }

    fn provider_reason(&mut self, at: At<'_>, reason: Option<&Text>, reasons: &BTreeSet<&str>) {
        match reason {
            None => self.d.error(at.field("reason", 0), "is missing"),
            Some(r) if !reasons.contains(r.value.as_str()) && self.raw.reasons.is_some() => {
                self.d.error(
                    at.field("reason", line(r)),
                    format!(
                        "\"{}\" is not a reason of data/diagnosis/reasons.yaml (success, intermediate and unknown are the library's own)",
                        r.value
                    ),
                )
            }
            Some(_) => {}
        }
    }

    fn provider_source(&mut self, at: At<'_>, source: Option<&Text>, sources: &BTreeSet<&str>) {
        match source {
            None => self.d.error(
                at.field("source", 0),
                "is missing: every provider fact cites the document it comes from",
            ),
            Some(s) if !sources.contains(s.value.as_str()) && self.raw.sources.is_some() => {
                self.d.error(
                    at.field("source", line(s)),
                    format!(
                        "cites \"{}\", which is neither in data/sources.yaml nor in a provider's sources",
                        s.value
                    ),
                )
            }
            Some(_) => {}
        }
    }

    fn read_date(&mut self, at: At<'_>, read: Option<&Text>) {
        match read {
            None => self.d.error(
                at.field("read", 0),
                "is missing: every provider fact carries the date its source was read",
            ),
            Some(r) if !is_date(&r.value) => self.d.error(
                at.field("read", line(r)),
                format!("\"{}\" is not a date (YYYY-MM-DD)", r.value),
            ),
            Some(_) => {}
        }
    }

    /// A language's `providers.yaml`: every vendor code's four texts and every note.
    pub(super) fn translated_providers(
        &mut self,
        loc: &LocaleInfo,
        file: Option<&File<RawProvidersTranslation>>,
    ) {
        let raw = self.raw;
        let wanted = raw.providers.iter().any(|p| {
            !p.value.vendor_codes.is_empty() || p.value.rules.iter().any(|r| r.value.note.is_some())
        });
        let Some(f) = file else {
            if wanted {
                let name = format!("data/locales/{}/providers.yaml", loc.tag);
                self.d.error(
                    At::file(&name, 0),
                    format!(
                        "is missing: the providers' texts have no {} translation",
                        loc.tag
                    ),
                );
            }
            return;
        };
        for (pid, t) in &f.value {
            let Some(p) = raw.providers.iter().find(|p| stem(&p.name) == pid) else {
                self.d.error(
                    At::record(&f.name, line(t), pid),
                    "is not a provider of data/providers/",
                );
                continue;
            };
            for (code, c) in &t.value.vendor_codes {
                if !p.value.vendor_codes.contains_key(code) {
                    self.d.error(
                        At::record(&f.name, line(c), code),
                        format!("is not a vendor code of {pid}"),
                    );
                }
            }
            for (id, n) in &t.value.rules {
                let has_note = p.value.rules.iter().any(|r| {
                    r.value.id.as_ref().is_some_and(|i| &i.value == id) && r.value.note.is_some()
                });
                if !has_note {
                    self.d.error(
                        At::record(&f.name, line(n), id),
                        format!("is not a rule of {pid} with a note"),
                    );
                }
            }
        }
        for p in &raw.providers {
            let pid = stem(&p.name);
            let t = f.value.get(pid).map(|t| &t.value);
            for (code, v) in &p.value.vendor_codes {
                let Some(tv) = t.and_then(|t| t.vendor_codes.get(code)) else {
                    self.d.error(
                        At::record(&f.name, 0, code),
                        format!("has no {} translation (a code of {pid})", loc.tag),
                    );
                    continue;
                };
                let at = At::record(&f.name, line(tv), code);
                let v = &v.value;
                let en = english(&[&v.title, &v.meaning, &v.when_seen, &v.how_to_fix]);
                let tv = &tv.value;
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
            for r in &p.value.rules {
                let (Some(id), Some(note)) = (&r.value.id, &r.value.note) else {
                    continue;
                };
                let Some(tn) = t.and_then(|t| t.rules.get(&id.value)) else {
                    self.d.error(
                        At::record(&f.name, 0, &id.value),
                        format!("has no {} translation of its note", loc.tag),
                    );
                    continue;
                };
                let at = At::record(&f.name, line(tn), &id.value);
                match &tn.value.note {
                    None => self.d.error(at.field("note", 0), "is missing"),
                    Some(n) => self.text(
                        at.field("note", line(n)),
                        "note",
                        &n.value,
                        Some((&note.value, loc)),
                    ),
                }
                self.source_hash(
                    at,
                    tn.value.source_hash.as_ref(),
                    &note_hash(&note.value),
                    "this translation",
                );
            }
        }
    }
}

/// The hash a translation records of the English note it was made from.
pub fn note_hash(note: &str) -> String {
    text::fnv1a(&[note])
}
