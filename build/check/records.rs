//! The checks of code records: keys, names, fields, texts in English, references and links.

use super::*;

impl<'a> Checker<'a, '_> {
    pub(super) fn records(&mut self) {
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
    pub(super) fn record(
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

    pub(super) fn references(
        &mut self,
        at: At<'_>,
        r: &RawRecord,
        sources: &BTreeMap<&str, &RawSource>,
    ) {
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

    pub(super) fn links(
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
}
