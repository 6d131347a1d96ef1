//! The naive classifier the diagnosis is measured against: the same rules, read from
//! `data/diagnosis/` here, applied as most bounce classifiers do — lower-case the text, then
//! one `contains` search per phrase of every rule, in the same order of precedence.

use serde::Deserialize;
use smtp_codes::{Code, Reason, Reply};
use std::path::Path;

#[derive(Deserialize)]
struct TextRule {
    reason: String,
    #[serde(rename = "match")]
    phrases: Phrases,
    strength: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Phrases {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
struct CodeRule {
    code: String,
    reason: String,
    strength: String,
}

pub struct Naive {
    /// (phrases, lower-cased, `*` dropped; reason), specific rules first.
    text: Vec<(Vec<String>, Reason, bool)>,
    codes: Vec<(Code, Reason, bool)>,
}

impl Naive {
    pub fn load() -> Naive {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/diagnosis");
        let mut text = Vec::new();
        let mut files: Vec<_> = std::fs::read_dir(dir.join("text"))
            .expect("data/diagnosis/text")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        for f in files {
            let rules: Vec<TextRule> =
                serde_saphyr::from_str(&std::fs::read_to_string(&f).expect("rules")).expect("yaml");
            for r in rules {
                let phrases = match r.phrases {
                    Phrases::One(p) => vec![p],
                    Phrases::Many(p) => p,
                };
                let phrases = phrases
                    .into_iter()
                    .map(|p| p.trim_end_matches('*').to_lowercase())
                    .collect();
                let reason = Reason::from_id(&r.reason).expect("a reason");
                text.push((phrases, reason, r.strength == "specific"));
            }
        }
        let rules: Vec<CodeRule> = serde_saphyr::from_str(
            &std::fs::read_to_string(dir.join("codes.yaml")).expect("codes.yaml"),
        )
        .expect("yaml");
        let codes = rules
            .into_iter()
            .filter_map(|r| {
                let code = match r.code.strip_prefix("X.") {
                    Some(_) => Code::Enhanced(r.code.parse().ok()?),
                    None => Code::Reply(r.code.parse().ok()?),
                };
                Some((code, Reason::from_id(&r.reason)?, r.strength == "specific"))
            })
            .collect();
        Naive { text, codes }
    }

    fn by_text(&self, lower: &str, specific: bool) -> Option<Reason> {
        self.text
            .iter()
            .filter(|(_, _, s)| *s == specific)
            .find(|(phrases, _, _)| {
                let mut from = 0;
                phrases.iter().all(
                    |p| match lower.get(from..).and_then(|t| t.find(p.as_str())) {
                        Some(at) => {
                            from += at + p.len();
                            true
                        }
                        None => false,
                    },
                )
            })
            .map(|(_, r, _)| *r)
    }

    fn by_code(&self, reply: &Reply<'_>, specific: bool) -> Option<Reason> {
        let wanted = [
            reply.enhanced().map(|e| Code::Enhanced(e.generic())),
            reply.code().map(Code::Reply),
        ];
        wanted.into_iter().flatten().find_map(|c| {
            self.codes
                .iter()
                .find(|(code, _, s)| *code == c && *s == specific)
                .map(|(_, r, _)| *r)
        })
    }

    pub fn classify(&self, reply: &Reply<'_>) -> Option<Reason> {
        match reply.class() {
            Some(smtp_codes::Class::PositiveCompletion) => return Some(Reason::Success),
            Some(smtp_codes::Class::PositiveIntermediate) => return Some(Reason::Intermediate),
            _ => {}
        }
        let lower = reply.text().to_lowercase();
        self.by_text(&lower, true)
            .or_else(|| self.by_code(reply, true))
            .or_else(|| self.by_text(&lower, false))
            .or_else(|| self.by_code(reply, false))
    }
}
