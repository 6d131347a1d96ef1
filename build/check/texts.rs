//! The checks of texts: each text's hygiene and shape, and what a translation must keep of
//! the English and be unlike it; every language's files against the English.

use super::*;

impl Checker<'_, '_> {
    /// Checks one text; `english` is the root text and the locale when checking a translation.
    pub(super) fn text(
        &mut self,
        at: At<'_>,
        field: &str,
        value: &str,
        english: Option<(&str, &LocaleInfo)>,
    ) {
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
    pub(super) fn translation(&mut self, at: At<'_>, value: &str, en: &str, loc: &LocaleInfo) {
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

    pub(super) fn translated_codes(&mut self, loc: &LocaleInfo, file: Option<&File<RawCodesFile>>) {
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

    pub(super) fn translated_reasons(
        &mut self,
        loc: &LocaleInfo,
        file: Option<&File<RawReasonsTranslation>>,
    ) {
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

    pub(super) fn translated_fields(
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
    pub(super) fn source_hash(&mut self, at: At<'_>, hash: Option<&Text>, want: &str, what: &str) {
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

    pub(super) fn translated_ui(&mut self, loc: &LocaleInfo, file: Option<&File<RawUiFile>>) {
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
