//! The checks of `data/diagnosis/`: the reasons and the rules that find them.

use super::*;

impl<'a> Checker<'a, '_> {
    pub(super) fn reasons(&mut self) {
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

    pub(super) fn rules(&mut self) {
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
                if let Some(c) = &v.with_code {
                    match parse_code_ref(&c.value) {
                        Err(e) => self.d.error(
                            at.field("with_code", line(c)),
                            format!("\"{}\" {e}", c.value),
                        ),
                        Ok(k) if !keys.contains(&k) && !raw.incomplete => self.d.error(
                            at.field("with_code", line(c)),
                            format!("\"{k}\" is not a code of the catalog"),
                        ),
                        Ok(_) => {}
                    }
                }
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

    pub(super) fn rule_reason(
        &mut self,
        at: At<'_>,
        reason: Option<&Text>,
        reasons: &BTreeSet<&str>,
    ) {
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

    pub(super) fn rule_source(
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

    pub(super) fn strength(&mut self, at: At<'_>, strength: Option<&Text>, allowed: &[&str]) {
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
}
