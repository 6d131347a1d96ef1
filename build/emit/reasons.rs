//! The taxonomy and the diagnosis rules, at the end of the table file.

use super::super::resolve::Catalog;
use super::tables::{code_expr, variants};
use super::{camel, lit, per_locale};
use std::fmt::Write as _;

pub(super) fn reasons(w: &mut String, c: &Catalog) {
    macro_rules! out { ($($t:tt)*) => { let _ = writeln!(w, $($t)*); } }
    out!("/// What happened to a message, as a reply tells it: the taxonomy of");
    out!("/// `data/diagnosis/reasons.yaml`. See [`crate::diagnose`].");
    out!("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]");
    out!("#[non_exhaustive]");
    out!("pub enum Reason {{");
    for r in &c.reasons {
        out!("    /// {}.", r.texts[0][0]);
        out!("    {},", camel(&r.id));
    }
    out!("}}");
    out!(
        "pub(crate) const REASON_COUNT: usize = {};",
        c.reasons.len()
    );
    let list: Vec<String> = c
        .reasons
        .iter()
        .map(|r| format!("Reason::{}", camel(&r.id)))
        .collect();
    out!(
        "pub(crate) static REASON_LIST: [Reason; REASON_COUNT] = [{}];",
        list.join(", ")
    );
    out!("pub(crate) static REASONS: [ReasonData; REASON_COUNT] = [");
    for r in &c.reasons {
        let retry = match r.retry.as_str() {
            "by_code" => String::from("None"),
            other => format!("Some(Retry::{})", camel(other)),
        };
        out!(
            "    ReasonData {{ id: {}, group: Reason::{}, retry: {retry}, fix_by: {} }},",
            lit(&r.id),
            camel(&r.group),
            variants(&r.fix_by, "Party")
        );
    }
    out!("];");
    out!(
        "pub(crate) static REASON_TEXTS: [&[[&str; 4]; REASON_COUNT]; {}] = [{}];",
        c.locales.len(),
        per_locale(c, "REASONS")
    );
    out!("");
    out!(
        "/// Rules on text, sorted by id; phrases in the normal form of `crate::diagnose::normalize`."
    );
    out!(
        "pub(crate) static TEXT_RULES: [TextRule; {}] = [",
        c.text_rules.len()
    );
    for r in &c.text_rules {
        let phrases: Vec<String> = r
            .phrases
            .iter()
            .map(|p| lit(&String::from_utf8_lossy(p)))
            .collect();
        out!(
            "    TextRule {{ id: {}, reason: Reason::{}, phrases: &[{}], specific: {}, with_code: {}, source: &SOURCES[{}] }},",
            lit(&r.id),
            camel(&r.reason),
            phrases.join(", "),
            r.specific,
            r.with_code
                .map_or_else(|| "None".to_string(), |k| format!("Some({})", code_expr(k))),
            r.source
        );
    }
    out!("];");
    out!("/// Rules on codes, sorted by code.");
    out!(
        "pub(crate) static CODE_RULES: [CodeRule; {}] = [",
        c.code_rules.len()
    );
    for r in &c.code_rules {
        out!(
            "    CodeRule {{ id: {}, code: {}, reason: Reason::{}, specific: {}, source: &SOURCES[{}] }},",
            lit(&format!("code.{}", r.key)),
            code_expr(r.key),
            camel(&r.reason),
            r.specific,
            r.source
        );
    }
    out!("];");
}
