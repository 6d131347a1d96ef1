//! Diagnosis: what happened to a message, as a reply tells it (DESIGN §8).
//!
//! The rules and their precedence are documented on [`diagnose`].

mod matcher;
pub(crate) mod normalize;

use crate::catalog::{CODE_RULES, CodeRule, Source};
use crate::{Advice, Class, Code, Locale, Reason, Reply, Retry};
use core::fmt;
use core::ops::Range;
use matcher::TextHit;

/// What a [`Diagnosis`] rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvidenceSource {
    /// Words of the server's text.
    Text,
    /// The enhanced status code.
    EnhancedCode,
    /// The reply code (or its class).
    ReplyCode,
    /// A provider's documented meaning of its own reply.
    ProviderRule,
}

impl EvidenceSource {
    /// The name used in JSON: `"text"`, `"enhanced_code"`, `"reply_code"`, `"provider_rule"`.
    ///
    /// ```
    /// # use smtp_codes::EvidenceSource;
    /// assert_eq!(EvidenceSource::EnhancedCode.as_str(), "enhanced_code");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            EvidenceSource::Text => "text",
            EvidenceSource::EnhancedCode => "enhanced_code",
            EvidenceSource::ReplyCode => "reply_code",
            EvidenceSource::ProviderRule => "provider_rule",
        }
    }
}

impl fmt::Display for EvidenceSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Why a diagnosis names its reason: the rule that decided, and where in the reply it found
/// what it needed.
///
/// ```
/// use smtp_codes::{diagnose, EvidenceSource, Reply};
/// let reply = Reply::parse("550-5.1.1 <kim@example.com>:\r\n550 5.1.1 Recipient address rejected: User unknown\r\n");
/// let diagnosis = diagnose(&reply);
/// let e = diagnosis.evidence().unwrap();
/// assert_eq!(e.source(), EvidenceSource::Text);
/// assert_eq!(e.line(), Some(1));
/// let span = e.span().unwrap();
/// assert_eq!(&reply.lines()[1].text()[span], "User unknown");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    source: EvidenceSource,
    rule: &'static str,
    line: Option<usize>,
    span: Option<Range<usize>>,
    cites: Option<&'static Source>,
}

impl Evidence {
    /// What the reason rests on.
    pub fn source(&self) -> EvidenceSource {
        self.source
    }
    /// The id of the rule that decided: a text rule's id (`user_unknown.user_unknown`), or
    /// `code.<code>` for a code rule (`code.X.2.2`, `code.421`), `class.<digit>` for a reply
    /// of class 2 or 3.
    pub fn rule(&self) -> &'static str {
        self.rule
    }
    /// The line (an index into [`Reply::lines`]) the evidence is on.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
    /// For text evidence, the bytes of that line's [`text`](crate::Line::text) that the rule's
    /// phrases cover.
    pub fn span(&self) -> Option<Range<usize>> {
        self.span.clone()
    }
    /// The document that shows the rule's words (or code) with this meaning; `None` for a
    /// reply of class 2 or 3, whose reason is the class itself (RFC 5321 §4.2.1).
    pub fn cites(&self) -> Option<&'static Source> {
        self.cites
    }
}

/// What happened, as a reply tells it: a [`Reason`], its [`Evidence`], and what to do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnosis {
    reason: Reason,
    evidence: Option<Evidence>,
    advice: Option<Advice>,
}

impl Diagnosis {
    /// The reason.
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// What the reason rests on; `None` for [`Reason::Unknown`].
    pub fn evidence(&self) -> Option<&Evidence> {
        self.evidence.as_ref()
    }

    /// What a client does next, decided by the reply code as RFC 5321 says (by the enhanced
    /// code's class when there is no reply code): [`Reply::advice`]'s retry. `None` when the
    /// reply has neither.
    ///
    /// ```
    /// use smtp_codes::{diagnose, Reply, Retry};
    /// let d = diagnose(&Reply::parse("452 4.2.2 Mailbox full"));
    /// assert_eq!(d.retry(), Some(Retry::Later));
    /// ```
    pub fn retry(&self) -> Option<Retry> {
        self.advice.map(|a| a.retry)
    }

    /// What the reason alone would advise, when it differs from [`retry`](Diagnosis::retry):
    /// `550 … try again later` is permanent by its code, yet its words say the condition is
    /// passing. The code still decides; this says that the two disagree.
    ///
    /// ```
    /// use smtp_codes::{diagnose, Reply, Retry};
    /// let d = diagnose(&Reply::parse("552 5.2.2 Mailbox full"));
    /// assert_eq!(d.retry(), Some(Retry::NotUnchanged));
    /// assert_eq!(d.disagreement(), Some(Retry::Later));
    /// ```
    pub fn disagreement(&self) -> Option<Retry> {
        let by_reason = self.reason.retry()?;
        (self.retry()? != by_reason).then_some(by_reason)
    }

    /// The sentence an application shows the person whose message failed, in `locale`:
    /// the reason's plain words, no codes, no jargon.
    ///
    /// ```
    /// use smtp_codes::{diagnose, Locale, Reply};
    /// let d = diagnose(&Reply::parse("552 5.2.2 Mailbox full"));
    /// assert!(!d.user_message(Locale::En).contains('`'));
    /// ```
    pub fn user_message(&self, locale: Locale) -> &'static str {
        self.reason.user_message(locale)
    }
}

/// Diagnoses a reply: what happened to the message, as the reply tells it (DESIGN §8).
///
/// A reply code says little: most failures carry a generic code (`550`, `5.7.1`) and the
/// server's text names the reason. This turns a [`Reply`] into one [`Reason`] of a
/// fixed taxonomy, with the [`Evidence`] for it, using the rules in `data/diagnosis/`:
///
/// 1. a reply of class 2 is [`Reason::Success`], of class 3 [`Reason::Intermediate`];
/// 2. a `specific` text rule (a phrase that names what happened: "user unknown");
/// 3. a `specific` code rule (enhanced code first, then reply code: `X.2.2` mailbox full);
/// 4. a `vague` text rule ("rejected for policy reasons");
/// 5. a `generic` code rule (`X.7.1`, `421`);
/// 6. otherwise [`Reason::Unknown`]: nothing in the reply supports a reason, and none is
///    guessed.
///
/// Within a level the longer phrase wins, then the earlier one, then the rule listed first:
/// the same reply always gets the same reason. The text is read once for all rules.
///
/// ```
/// use smtp_codes::{diagnose, EvidenceSource, Locale, Reason, Reply};
/// let reply = Reply::parse("550 5.7.1 Message rejected as spam by Content Filtering.");
/// let d = diagnose(&reply);
/// assert_eq!(d.reason(), Reason::Spam);
/// assert_eq!(d.evidence().unwrap().source(), EvidenceSource::Text);
/// assert_ne!(d.user_message(Locale::resolve("es")), d.user_message(Locale::En));
/// ```
pub fn diagnose(reply: &Reply<'_>) -> Diagnosis {
    let advice = reply.advice();
    let final_line = reply.final_line().map(|_| reply.lines().len() - 1);
    let by_class = match reply.class() {
        Some(Class::PositiveCompletion) => Some((Reason::Success, "class.2")),
        Some(Class::PositiveIntermediate) => Some((Reason::Intermediate, "class.3")),
        _ => None,
    };
    if let Some((reason, rule)) = by_class {
        let evidence = Evidence {
            source: EvidenceSource::ReplyCode,
            rule,
            line: final_line,
            span: None,
            cites: None,
        };
        return Diagnosis {
            reason,
            evidence: Some(evidence),
            advice,
        };
    }
    // The codes a text rule's `with_code` may ask for: the enhanced code in its generic form,
    // and the reply code.
    let codes = [
        reply.enhanced().map(|e| Code::Enhanced(e.generic())),
        reply.code().map(Code::Reply),
    ];
    let (specific, vague) = matcher::matcher().best(reply, &codes);
    let enhanced = reply
        .enhanced()
        .and_then(|e| code_rule(Code::Enhanced(e.generic())))
        .map(|r| (r, EvidenceSource::EnhancedCode));
    let replied = reply
        .code()
        .and_then(|c| code_rule(Code::Reply(c)))
        .map(|r| (r, EvidenceSource::ReplyCode));
    let by_code = |specific: bool| {
        enhanced
            .into_iter()
            .chain(replied)
            .find(|(r, _)| r.specific == specific)
    };
    let from_text = |hit: TextHit| (hit.rule.reason, text_evidence(reply, hit));
    let from_code = |(rule, source): (&'static CodeRule, EvidenceSource)| {
        let evidence = Evidence {
            source,
            rule: rule.id,
            line: final_line,
            span: None,
            cites: Some(rule.source),
        };
        (rule.reason, evidence)
    };
    let decided = specific
        .map(from_text)
        .or_else(|| by_code(true).map(from_code))
        .or_else(|| vague.map(from_text))
        .or_else(|| by_code(false).map(from_code));
    match decided {
        Some((reason, evidence)) => Diagnosis {
            reason,
            evidence: Some(evidence),
            advice,
        },
        None => Diagnosis {
            reason: Reason::Unknown,
            evidence: None,
            advice,
        },
    }
}

/// The sentence to show the person whose message failed, in `locale`, from whatever text
/// holds the reply (a bare reply, a log line, a bounce field, a library's error): in one call,
/// [`Reply::extract`], [`diagnose`] and [`Diagnosis::user_message`]. Plain words, no codes, no
/// jargon, no Markdown.
///
/// ```
/// use smtp_codes::Locale;
/// let error = "permanent error (550): 5.1.1 <kim@example.com>: Recipient address rejected: User unknown";
/// let message = smtp_codes::user_message(error, Locale::resolve("es"));
/// assert!(!message.is_empty() && !message.contains("550"));
/// ```
pub fn user_message(pasted: &str, locale: Locale) -> &'static str {
    diagnose(Reply::extract(pasted).reply()).user_message(locale)
}

/// The rule on `code`, if there is one.
fn code_rule(code: Code) -> Option<&'static CodeRule> {
    CODE_RULES
        .binary_search_by(|r| r.code.cmp(&code))
        .ok()
        .and_then(|i| CODE_RULES.get(i))
}

/// Where a text hit lies in the server's own text: the line its first phrase starts on, and
/// the bytes of that line its phrases cover (to the line's end if they run on to the next).
fn text_evidence(reply: &Reply<'_>, hit: TextHit) -> Evidence {
    let line = hit.first.line as usize;
    let text = reply.lines().get(line).map_or("", |l| l.text());
    let from = hit.first.at as usize;
    let to = if hit.last.line == hit.first.line {
        (hit.last.at as usize + 1).min(text.len())
    } else {
        text.len() // the words run on to the next line
    };
    let span =
        (from < to && text.is_char_boundary(from) && text.is_char_boundary(to)).then_some(from..to);
    Evidence {
        source: EvidenceSource::Text,
        rule: hit.rule.id,
        line: Some(line),
        span,
        cites: Some(hit.rule.source),
    }
}

/// The normal form against plain models; the matcher's precedence on hand-made rules.
#[cfg(test)]
mod tests {
    use super::matcher::{RING, matcher};
    use super::normalize::{normalize_into, normalize_phrase};
    use crate::Reply;
    use alloc::string::String;
    use alloc::vec::Vec;
    use proptest::prelude::*;

    fn norm(text: &str) -> String {
        let mut out = Vec::new();
        normalize_into(text.as_bytes(), &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_normal_form_folds_case_punctuation_and_addresses() {
        assert_eq!(norm("550 5.1.1 User  unknown."), " 550 5 1 1 user unknown ");
        assert_eq!(norm("Mailbox-Full!"), " mailbox full ");
        assert_eq!(norm("<user@unknown.example>: rejected"), " @ rejected ");
        assert_eq!(norm("to=<kim@example.com>, relay"), " to @ relay ");
        assert_eq!(norm("Ящик ПЕРЕПОЛНЕН"), " Ящик ПЕРЕПОЛНЕН ");
        assert_eq!(norm(""), " ");
    }

    /// Pieces of reply text: rule phrases in any case, separators, addresses, line breaks.
    fn fragment() -> impl Strategy<Value = String> {
        let phrases: Vec<&'static str> = matcher().phrases.clone();
        prop_oneof![
            3 => proptest::sample::select(phrases).prop_flat_map(|p| {
                proptest::bool::ANY.prop_map(move |upper| {
                    let p = p.trim();
                    if upper { p.to_ascii_uppercase() } else { String::from(p) }
                })
            }),
            1 => proptest::sample::select(alloc::vec![
                " ", ". ", ": ", "-", "  ", "\r\n550-", "\r\n550 ", " <kim@example.com> ",
                "kim@example.com", "(#5.7.1)", "[", "]", "é", "\t", ",", "@",
            ]).prop_map(String::from),
            1 => "[a-z0-9]{1,6}",
        ]
    }

    #[test]
    fn every_phrase_fits_the_scan_window() {
        for rule in crate::catalog::TEXT_RULES.iter() {
            for p in rule.phrases {
                assert!(
                    p.len() <= RING,
                    "{}: {p:?} is longer than {RING} bytes",
                    rule.id
                );
            }
        }
    }

    #[test]
    fn phrases_and_text_meet_in_the_same_form() {
        let p = |s: &str| String::from_utf8(normalize_phrase(s).unwrap()).unwrap();
        assert_eq!(p("User unknown"), " user unknown ");
        assert_eq!(p("blacklist*"), " blacklist");
        assert_eq!(normalize_phrase(" ... "), None);
        // A phrase is found in the normal form of any text that says it, whatever its case
        // and punctuation; a whole-word phrase is not found inside a longer word.
        assert!(norm("550 5.1.1 <x@y.z>... User Unknown.").contains(&p("user unknown")));
        assert!(!norm("Spamhaus lists you").contains(&p("spam")));
        assert!(norm("You are BLACKLISTED here").contains(&p("blacklist*")));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// The scan, which feeds the normal form to the automaton as it is made and never
        /// stores it, finds exactly what aho-corasick's own overlapping search finds in the
        /// stored normal form; and each phrase's first and last letter point at source bytes
        /// that say the phrase.
        #[test]
        fn the_streaming_scan_agrees_with_a_search_of_the_stored_form(
            parts in proptest::collection::vec(fragment(), 0..14)
        ) {
            let text: String = parts.concat();
            let reply = Reply::parse(&text);
            let m = matcher();
            let mut form = Vec::new();
            for l in reply.lines() {
                normalize_into(l.text().as_bytes(), &mut form);
            }
            let plain = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::Standard)
                .build(&m.phrases)
                .unwrap();
            let want: Vec<(u32, usize, usize)> = plain
                .find_overlapping_iter(&form)
                .take(64)
                .map(|x| (x.pattern().as_u32(), x.start(), x.end()))
                .collect();
            let found: Vec<_> = m.scan(&reply, |found| found.to_vec());
            let got: Vec<(u32, usize, usize)> =
                found.iter().map(|f| (f.pattern, f.start, f.end)).collect();
            prop_assert_eq!(&got, &want);
            for f in &found {
                if f.first.line != f.last.line {
                    continue;
                }
                let line = reply.lines()[f.first.line as usize].text().as_bytes();
                let mut said = Vec::new();
                normalize_into(&line[f.first.at as usize..=f.last.at as usize], &mut said);
                let phrase = m.phrases[f.pattern as usize];
                let said = String::from_utf8_lossy(&said);
                prop_assert_eq!(said.trim(), phrase.trim());
            }
        }

        /// Whatever the input, the normal form starts and ends with one space and never holds
        /// two spaces in a row.
        #[test]
        fn the_normal_form_is_well_formed(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
            let mut out = Vec::new();
            normalize_into(&bytes, &mut out);
            prop_assert_eq!(out.first(), Some(&b' '));
            prop_assert_eq!(out.last(), Some(&b' '));
            prop_assert!(!out.windows(2).any(|w| w == b"  "));
        }
    }
}
