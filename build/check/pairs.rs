//! The checks of `data/pairs/pairs.yaml`, the look-alike pairs and what tells them apart, and
//! of every language's `pairs.yaml` against it.

use super::super::keys::parse_vendor_code;
use super::super::{PAIR_FIELDS, pair_hash};
use super::*;

/// The key of a pair in the translation files: `"421 vs 503"`.
pub fn pair_key(a: &str, b: &str) -> String {
    format!("{a} vs {b}")
}

/// A pair's code: a catalog code (`421`, `X.1.1`), or an enhanced code with its class
/// (`4.7.1`), whose record is `X.7.1`. Returns the catalog key it stands for.
pub fn pair_code(s: &str) -> Result<Key, String> {
    if let Ok((_, subject, detail)) = parse_vendor_code(s) {
        return Ok(Key::Enhanced(subject, detail));
    }
    parse_code_ref(s).map_err(|e| format!("\"{s}\" {e}"))
}

impl Checker<'_, '_> {
    pub(super) fn pairs(&mut self) {
        let raw = self.raw;
        let Some(f) = &raw.pairs else { return };
        let keys = self.keys();
        let sources = self.source_ids();
        let mut seen: BTreeMap<(String, String), u64> = BTreeMap::new();
        for p in &f.value {
            let v = &p.value;
            let (a, b) = (
                v.a.as_ref().map_or("", |t| t.value.as_str()),
                v.b.as_ref().map_or("", |t| t.value.as_str()),
            );
            let name = pair_key(a, b);
            let at = At::record(&f.name, line(p), &name);
            for (field, code) in [("a", &v.a), ("b", &v.b)] {
                match code {
                    None => self.d.error(at.field(field, 0), "is missing"),
                    Some(c) => match pair_code(&c.value) {
                        Err(e) => self.d.error(at.field(field, line(c)), e),
                        Ok(k) if !keys.contains(&k) && !raw.incomplete => self.d.error(
                            at.field(field, line(c)),
                            format!("\"{}\" is not a code of the catalog", c.value),
                        ),
                        Ok(_) => {}
                    },
                }
            }
            if !a.is_empty() && a == b {
                self.d.error(at, "compares a code with itself");
            }
            let unordered = if a <= b {
                (a.to_string(), b.to_string())
            } else {
                (b.to_string(), a.to_string())
            };
            if let Some(l) = seen.insert(unordered, line(p)) {
                self.d
                    .error(at, format!("the pair is listed already (at line {l})"));
            }
            let texts = [
                &v.question,
                &v.contrast,
                &v.a_situation,
                &v.a_next,
                &v.b_situation,
                &v.b_next,
            ];
            for (field, t) in PAIR_FIELDS.iter().zip(texts) {
                match t {
                    None => self.d.error(at.field(field, 0), "is missing"),
                    Some(t) => {
                        self.text(at.field(field, line(t)), field, &t.value, None);
                        if *field == "question" && !t.value.trim_end().ends_with('?') {
                            self.d.error(
                                at.field(field, line(t)),
                                "a question ends with a question mark",
                            );
                        }
                    }
                }
            }
            match &v.references {
                None => self.d.error(
                    at.field("references", 0),
                    "is missing: every pair cites a source",
                ),
                Some(list) if list.is_empty() => {
                    self.d.error(at.field("references", 0), "is empty")
                }
                Some(list) => {
                    for rf in list {
                        let (id, _) = split_reference(&rf.value);
                        if !sources.contains_key(id) && raw.sources.is_some() {
                            self.d.error(
                                at.field("references", line(rf)),
                                format!("cites \"{id}\", which is not in data/sources.yaml"),
                            );
                        }
                    }
                }
            }
        }
    }

    /// A language's `pairs.yaml`: every pair's six texts.
    pub(super) fn translated_pairs(
        &mut self,
        loc: &LocaleInfo,
        file: Option<&File<RawPairsTranslation>>,
    ) {
        let Some(en) = &self.raw.pairs else { return };
        let Some(f) = file else {
            if !en.value.is_empty() {
                let name = format!("data/locales/{}/pairs.yaml", loc.tag);
                self.d.error(
                    At::file(&name, 0),
                    format!(
                        "is missing: the look-alike pairs have no {} translation",
                        loc.tag
                    ),
                );
            }
            return;
        };
        fn text(t: &Option<Text>) -> &str {
            t.as_ref().map_or("", |t| t.value.as_str())
        }
        let names: BTreeSet<String> = en
            .value
            .iter()
            .map(|p| pair_key(text(&p.value.a), text(&p.value.b)))
            .collect();
        for (k, t) in &f.value {
            if !names.contains(k) {
                self.d.error(
                    At::record(&f.name, line(t), k),
                    "is not a pair of data/pairs/pairs.yaml",
                );
            }
        }
        for p in &en.value {
            let v = &p.value;
            let name = pair_key(text(&v.a), text(&v.b));
            let Some(t) = f.value.get(&name) else {
                self.d.error(
                    At::record(&f.name, 0, &name),
                    format!("has no {} translation", loc.tag),
                );
                continue;
            };
            let at = At::record(&f.name, line(t), &name);
            let en_texts: [String; 6] = [
                &v.question,
                &v.contrast,
                &v.a_situation,
                &v.a_next,
                &v.b_situation,
                &v.b_next,
            ]
            .map(|t| t.as_ref().map(|t| t.value.clone()).unwrap_or_default());
            let tv = &t.value;
            let values = [
                &tv.question,
                &tv.contrast,
                &tv.a_situation,
                &tv.a_next,
                &tv.b_situation,
                &tv.b_next,
            ];
            for ((field, val), en) in PAIR_FIELDS.iter().zip(values).zip(&en_texts) {
                match val {
                    None => self.d.error(at.field(field, 0), "is missing"),
                    Some(val) => self.text(
                        at.field(field, line(val)),
                        field,
                        &val.value,
                        Some((en, loc)),
                    ),
                }
            }
            self.source_hash(
                at,
                tv.source_hash.as_ref(),
                &pair_hash(&en_texts),
                "this translation",
            );
        }
    }
}
