//! Checks on single texts: hygiene, sentence shape, tokens, placeholders and script.

use std::collections::BTreeSet;

/// Backticked protocol tokens of a text, e.g. {"MAIL FROM", "421"}.
pub fn backticked(text: &str) -> BTreeSet<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// `{name}` placeholders of a template; `Err` describes a stray brace.
pub fn placeholders(text: &str) -> Result<BTreeSet<&str>, String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("has a `}` without a matching `{`".into());
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err("has a `{` that is never closed".into());
        };
        let name = &after[..close];
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(format!(
                "has a malformed placeholder `{{{name}}}` (use lower_snake_case names)"
            ));
        }
        out.insert(name);
        rest = &after[close + 1..];
    }
    Ok(out)
}

/// Problems any text may have, in any language.
pub fn hygiene(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if text.trim().is_empty() {
        out.push("is empty".to_string());
        return out;
    }
    if text.trim() != text {
        out.push("has leading or trailing white space".into());
    }
    if let Some(c) = text
        .chars()
        .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        out.push(format!(
            "contains the bidi control U+{:04X}; isolation is added when rendering",
            c as u32
        ));
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        out.push("contains a control character".into());
    }
    if text.matches('`').count() % 2 == 1 {
        out.push("has an unbalanced backtick".into());
    }
    if text.contains("``") {
        out.push("has an empty backticked token".into());
    }
    if let Some(w) = doubled_word(text) {
        out.push(format!("repeats the word \"{w}\""));
    }
    for bad in [" ,", " .", " ;", " :", "()", "( )", ",,", ",."] {
        if text.contains(bad) {
            out.push(format!("has dangling punctuation \"{bad}\""));
        }
    }
    if text.contains("..") && !text.contains("...") {
        out.push("has a doubled full stop".into());
    }
    out
}

/// The first word that follows itself ("when when"), ignoring case; numbers may repeat.
pub fn doubled_word(text: &str) -> Option<String> {
    let mut prev: Option<String> = None;
    // Words are split on white space only, so "X.1.1 X.1.1" style tokens compare whole.
    for raw in text.split_whitespace() {
        // Placeholders and protocol tokens are not words of the sentence.
        if raw.contains(['{', '`']) {
            prev = None;
            continue;
        }
        let word: String = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let boundary = raw.ends_with(|c: char| !c.is_alphanumeric() && c != '`');
        if word.is_empty() || word.chars().all(|c| c.is_ascii_digit()) {
            prev = None;
            continue;
        }
        // An opening bracket or quote starts a new phrase: "RFC (RFC 8617)" is not doubled.
        if raw.starts_with(|c: char| !c.is_alphanumeric()) {
            prev = None;
        }
        if prev.as_deref() == Some(word.as_str()) {
            return Some(word);
        }
        // A sentence or clause break between two equal words is not a doubled word.
        prev = if boundary { None } else { Some(word) };
    }
    None
}

/// Sentence shape for long texts: starts like a sentence and ends with a full stop.
pub fn sentence_shape(text: &str) -> Option<String> {
    let first = text.chars().next()?;
    if first.is_lowercase() {
        return Some("must start with a capital letter".into());
    }
    let last = text.chars().last()?;
    if !matches!(last, '.' | '!' | '?' | '。' | '！' | '？' | '।' | '؟' | '۔') {
        return Some("must end with a full stop".into());
    }
    None
}

/// The text with backticked tokens, placeholders, acronyms and codes removed: what must be in
/// the language's own script and must differ from English.
pub fn prose_letters(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            out.push(' ');
            continue;
        }
        let mut depth = 0;
        let mut cleaned = String::new();
        for c in part.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => cleaned.push(c),
                _ => {}
            }
        }
        for word in cleaned.split(|c: char| {
            c.is_whitespace() || "()[],;:/«»\"'“”„’：，（）、。；！？「」".contains(c)
        }) {
            // Acronyms and codes (SPF, UTF-8, X.7.1) and digit masks (4xx, X.1.x) are tokens.
            let is_token = !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || ".-_x".contains(c))
                && (word
                    .chars()
                    .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    || word.chars().all(|c| c == 'x'));
            if !is_token {
                out.push_str(word);
                out.push(' ');
            }
        }
    }
    out
}

/// Whether `c` belongs to the script named by its ISO 15924 code (as `data/locales.yaml`
/// writes it).
pub fn in_script(script: &str, c: char) -> bool {
    let u = c as u32;
    let han = matches!(u, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF);
    match script {
        "Latn" => c.is_ascii_alphabetic() || matches!(u, 0xC0..=0x24F | 0x1E00..=0x1EFF),
        "Deva" => matches!(u, 0x0900..=0x097F | 0xA8E0..=0xA8FF),
        "Arab" => {
            matches!(u, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
        }
        "Hans" | "Hant" => han,
        "Jpan" => han || matches!(u, 0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F),
        "Kore" => matches!(u, 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F),
        "Cyrl" => matches!(u, 0x0400..=0x052F),
        _ => false,
    }
}

/// Scripts `data/locales.yaml` may name (ISO 15924 codes).
pub const SCRIPTS: &[&str] = &[
    "Latn", "Deva", "Arab", "Hans", "Hant", "Jpan", "Kore", "Cyrl",
];

/// Share of letters (after [`prose_letters`]) that are in `script`; `None` without letters.
pub fn script_share(script: &str, text: &str) -> Option<f64> {
    let prose = prose_letters(text);
    let letters: Vec<char> = prose.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return None;
    }
    let ok = letters.iter().filter(|&&c| in_script(script, c)).count();
    Some(ok as f64 / letters.len() as f64)
}

/// English function words: a Latin-script translation full of them was left in English.
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "is", "are", "your", "you", "with", "this", "that", "from", "which", "should",
    "when", "have", "not", "for",
];

/// Whether a Latin-script text reads as English.
pub fn looks_english(text: &str) -> bool {
    let prose = prose_letters(text).to_lowercase();
    let words: Vec<&str> = prose
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let english = words.iter().filter(|w| ENGLISH_WORDS.contains(w)).count();
    english >= 2 && english * 6 >= words.len()
}

/// FNV-1a, 32 bit: the stable hash a translation records of the English it was made from.
pub fn fnv1a(parts: &[&str]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0;
            h = h.wrapping_mul(0x0100_0193);
        }
        for b in p.bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    format!("{h:08x}")
}

/// Words an end user should not meet in a `user_message`: protocol and DNS jargon. They are
/// the same in every language (acronyms are not translated).
const JARGON: &[&str] = &[
    "SMTP", "MX", "DNS", "SPF", "DKIM", "DMARC", "TLS", "IP", "PTR", "MTA",
];

/// Problems of an end-user message, in any language: codes, backticks, jargon, more than two
/// sentences.
pub fn user_message(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if text.contains('`') {
        out.push("has a backticked token: an end-user message names no protocol tokens".into());
    }
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '.') {
        let word = word.trim_matches('.');
        if JARGON.contains(&word) {
            out.push(format!("uses the jargon word \"{word}\""));
        }
        let code_like = word.len() >= 3
            && word.chars().all(|c| c.is_ascii_digit() || c == '.')
            && word.chars().next().is_some_and(|c| matches!(c, '2'..='5'));
        if code_like {
            out.push(format!(
                "names the code \"{word}\": an end-user message names no codes"
            ));
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let sentences = chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| match c {
            '。' | '！' | '？' | '।' | '؟' => true,
            '.' | '!' | '?' => chars.get(i + 1).is_none_or(|n| n.is_whitespace()),
            _ => false,
        })
        .count();
    if sentences > 2 {
        out.push(format!(
            "has {sentences} sentences: an end-user message has one or two"
        ));
    }
    out
}

/// What is wrong with a rule phrase, if anything.
pub fn phrase_problem(phrase: &str) -> Option<String> {
    if let Some(p) = phrase_shape_problem(phrase) {
        return Some(p);
    }
    let norm = super::normalize::normalize_phrase(phrase).unwrap_or_default();
    let norm = String::from_utf8_lossy(&norm);
    if norm
        .split(' ')
        .any(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some(
            "contains a reply code: codes are matched by data/diagnosis/codes.yaml".into(),
        );
    }
    if phrase.chars().any(|c| c.is_ascii_uppercase()) {
        return Some("is written in lower case".into());
    }
    None
}

/// What is wrong with a provider's phrase or marker, if anything. These may keep the
/// provider's own spelling (`RESOLVER.ADR.RecipientNotFound`, `[TSS04]`), as case never
/// matters to the matcher, and its own numbered tokens (`OFR_999`, `SC-001`), as they apply
/// only to that provider's replies.
pub fn phrase_shape_problem(phrase: &str) -> Option<String> {
    if phrase.contains('@') {
        return Some("contains an `@`: addresses are never part of a match".into());
    }
    if phrase.trim().trim_end_matches('*').contains('*') {
        return Some("may have a `*` only at its end".into());
    }
    if super::normalize::normalize_phrase(phrase).is_none() {
        return Some("is empty once punctuation is removed".into());
    }
    None
}
