//! Diagnosis: what happened to a message, as a reply tells it (DESIGN §8).
//!
//! The rules and their precedence are documented on [`diagnose`].

mod dfa;
mod matcher;
pub(crate) mod normalize;

use crate::catalog::{CODE_RULES, CodeRule, Source};
use crate::{
    Advice, Class, Code, EnhancedCode, Locale, Provider, ProviderRule, Reason, Reply, Retry,
    VendorCode,
};
use core::fmt;
use core::ops::Range;
use matcher::{ProviderHit, Recognised, TextHit};

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
    provider: Option<(&'static Provider, RecognisedBy)>,
    by_provider: Option<ByProvider>,
}

/// The provider fact a diagnosis rests on, when one decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ByProvider {
    Rule(&'static ProviderRule),
    Code(&'static VendorCode),
}

/// How the provider of a reply was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecognisedBy {
    /// The remote host the caller named (or the extractor found in a log line).
    Host,
    /// A phrase only that provider writes, in the reply's text.
    Marker,
    /// One of the provider's own codes.
    Code,
}

impl RecognisedBy {
    /// The name used in JSON: `"host"`, `"marker"`, `"code"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RecognisedBy::Host => "host",
            RecognisedBy::Marker => "marker",
            RecognisedBy::Code => "code",
        }
    }
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

    /// Whose reply it is, if the host, a marker in the text or one of its own codes says so
    /// (`data/providers/`), whether or not one of its rules decided the reason.
    ///
    /// ```
    /// use smtp_codes::{diagnose, Reason, Reply};
    /// let reply = Reply::parse("550-5.7.27 The sender's domain did not pass SPF. gsmtp");
    /// let d = diagnose(&reply);
    /// assert_eq!(d.provider().map(|p| p.id()), Some("google"));
    /// assert_eq!(d.reason(), Reason::SenderAuthFail);
    /// ```
    pub fn provider(&self) -> Option<&'static Provider> {
        self.provider.map(|(p, _)| p)
    }

    /// How [`provider`](Diagnosis::provider) was recognised.
    pub fn recognised_by(&self) -> Option<RecognisedBy> {
        self.provider.map(|(_, by)| by)
    }

    /// The provider rule that decided the reason, if one did.
    pub fn provider_rule(&self) -> Option<&'static ProviderRule> {
        match self.by_provider? {
            ByProvider::Rule(r) => Some(r),
            ByProvider::Code(_) => None,
        }
    }

    /// The provider's own code the reply carries, if it carries one.
    pub fn vendor_code(&self) -> Option<&'static VendorCode> {
        match self.by_provider? {
            ByProvider::Code(v) => Some(v),
            ByProvider::Rule(_) => None,
        }
    }

    /// What the provider's documents add to the reason's own texts, in `locale`: the note of
    /// the provider rule that decided, if it has one.
    pub fn provider_note(&self, locale: Locale) -> Option<&'static str> {
        self.provider_rule()?.note(locale)
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
#[inline]
pub fn diagnose(reply: &Reply<'_>) -> Diagnosis {
    diagnose_from(reply, None)
}

/// [`diagnose`], knowing the remote host that sent the reply (`mx.example.com`; a port or an
/// address in brackets is ignored): its provider's rules apply even when the text names no
/// provider (see [`Provider::for_host`]).
///
/// ```
/// use smtp_codes::{diagnose_with_host, Reason, Reply};
/// let reply = Reply::parse("550 5.7.27 Message not delivered");
/// let d = diagnose_with_host(&reply, "gmail-smtp-in.l.google.com");
/// assert_eq!(d.provider().map(|p| p.id()), Some("google"));
/// assert_eq!(d.reason(), Reason::SenderAuthFail);
/// ```
pub fn diagnose_with_host(reply: &Reply<'_>, host: &str) -> Diagnosis {
    diagnose_from(reply, Provider::for_host(host))
}

fn diagnose_from(reply: &Reply<'_>, host: Option<&'static Provider>) -> Diagnosis {
    let advice = reply.advice();
    let lines = reply.lines();
    let final_line = reply.final_line().map(|_| lines.len() - 1);
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
            provider: host.map(|p| (p, RecognisedBy::Host)),
            by_provider: None,
        };
    }
    // The codes a text rule's `with_code` may ask for: the enhanced code in its generic form,
    // and the reply code.
    let codes = [
        reply.enhanced().map(|e| Code::Enhanced(e.generic())),
        reply.code().map(Code::Reply),
    ];
    // The matcher once (each call to `matcher()` is an atomic load and a test).
    let m = matcher::matcher();
    let vendor = reply.enhanced().and_then(|e| m.vendor_code(e));
    let hits = m.best(
        reply,
        &codes,
        reply.enhanced(),
        host.map(Provider::index),
        vendor.map(|v| usize::from(v.provider)),
    );
    let provider = hits.provider.and_then(|(i, by)| {
        let by = match by {
            Recognised::Host => RecognisedBy::Host,
            Recognised::Marker => RecognisedBy::Marker,
            Recognised::Code => RecognisedBy::Code,
        };
        Some((Provider::all().get(i)?, by))
    });
    // What decides, in order (DESIGN §8): 1. the provider's words; 2. the provider's own code
    // (for its own replies, or when the code is what recognised it); 3. a specific text rule;
    // 4. what the provider means by a code; 5. another provider's own code (Outlook.com
    // replying with a Microsoft 365 code); 6. a specific code rule (enhanced code first);
    // 7. a vague text rule; 8. a generic code rule. Only the winner's evidence is made.
    let own = |v: &&'static VendorCode| provider.is_none_or(|(p, _)| p == v.provider());
    let decided = if let Some(hit) = hits.by_provider {
        Some(Decided::ProviderWords(hit))
    } else if let Some(v) = vendor.filter(own) {
        Some(Decided::VendorCode(v))
    } else if let Some(hit) = hits.specific {
        Some(Decided::Text(hit))
    } else if let Some(rule) = provider.and_then(|(p, _)| {
        // What the provider means by a code: an exact enhanced code before one of either
        // class, before a reply code; within each, the rule listed first.
        let fits =
            |r: &&'static ProviderRule| !r.has_phrases() && r.code_fits(reply.enhanced(), codes[1]);
        let rank = |r: &ProviderRule| match r.with_code {
            Some(Code::Enhanced(e)) if e.class != 0 => 0,
            Some(Code::Enhanced(_)) => 1,
            _ => 2,
        };
        p.rules().filter(fits).min_by_key(|r| rank(r))
    }) {
        Some(Decided::ProviderCode(rule))
    } else if let Some(v) = vendor.filter(|v| !own(v)) {
        Some(Decided::VendorCode(v))
    } else {
        // The code rules: the enhanced code's (in its generic form) before the reply code's.
        let enhanced = reply
            .enhanced()
            .and_then(|e| m.code_rule(Code::Enhanced(e.generic())))
            .map(|r| (r, EvidenceSource::EnhancedCode));
        let replied = reply
            .code()
            .and_then(|c| m.code_rule(Code::Reply(c)))
            .map(|r| (r, EvidenceSource::ReplyCode));
        let by_code = |specific: bool| {
            [enhanced, replied]
                .into_iter()
                .flatten()
                .find(|(r, _)| r.specific == specific)
                .map(|(r, source)| Decided::Code(r, source))
        };
        by_code(true)
            .or_else(|| hits.vague.map(Decided::Text))
            .or_else(|| by_code(false))
    };
    let provider_evidence = |rule: &'static str, cites: &'static Source| Evidence {
        source: EvidenceSource::ProviderRule,
        rule,
        line: final_line,
        span: None,
        cites: Some(cites),
    };
    let (reason, evidence, by_provider) = match decided {
        None => (Reason::Unknown, None, None),
        Some(Decided::ProviderWords(hit)) => {
            let first = m.first(lines, &hit.head);
            let mut e = text_evidence(lines, first, hit.last, hit.rule.id, hit.rule.source);
            e.source = EvidenceSource::ProviderRule;
            (hit.rule.reason, Some(e), Some(ByProvider::Rule(hit.rule)))
        }
        Some(Decided::VendorCode(v)) => (
            v.reason,
            Some(provider_evidence(v.id, v.source)),
            Some(ByProvider::Code(v)),
        ),
        Some(Decided::ProviderCode(rule)) => (
            rule.reason,
            Some(provider_evidence(rule.id, rule.source)),
            Some(ByProvider::Rule(rule)),
        ),
        Some(Decided::Text(hit)) => {
            let first = m.first(lines, &hit.head);
            let e = text_evidence(lines, first, hit.last, hit.rule.id, hit.rule.source);
            (hit.rule.reason, Some(e), None)
        }
        Some(Decided::Code(rule, source)) => {
            let e = Evidence {
                source,
                rule: rule.id,
                line: final_line,
                span: None,
                cites: Some(rule.source),
            };
            (rule.reason, Some(e), None)
        }
    };
    Diagnosis {
        reason,
        evidence,
        advice,
        provider,
        by_provider,
    }
}

/// What decided a reason, before its evidence is made.
#[derive(Clone, Copy)]
enum Decided {
    ProviderWords(ProviderHit),
    VendorCode(&'static VendorCode),
    Text(TextHit),
    ProviderCode(&'static ProviderRule),
    Code(&'static CodeRule, EvidenceSource),
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
    let found = Reply::extract(pasted);
    let host = found.remote_host().and_then(Provider::for_host);
    diagnose_from(found.reply(), host).user_message(locale)
}

/// The rule on `code`, if there is one: one lookup in the matcher's index of the code rules.
#[cfg(test)]
fn code_rule(code: Code) -> Option<&'static CodeRule> {
    matcher::matcher().code_rule(code)
}

/// The index the matcher keeps of [`CODE_RULES`]: per reply code, and per generic enhanced
/// code `X.s.d` with `s` < 8 and `d` < 64, the rule's position plus one (0: none).
pub(crate) struct CodeRuleIndex {
    reply: [u8; 1000],
    enhanced: [u8; 8 * 64],
}

impl CodeRuleIndex {
    pub(crate) fn new() -> CodeRuleIndex {
        let mut index = CodeRuleIndex {
            reply: [0; 1000],
            enhanced: [0; 8 * 64],
        };
        for (i, r) in CODE_RULES.iter().enumerate() {
            let slot = match r.code {
                Code::Reply(c) => index.reply.get_mut(usize::from(c.as_u16())),
                Code::Enhanced(e) => Self::enhanced_slot(e).and_then(|k| index.enhanced.get_mut(k)),
            };
            // The generator keeps rules few (under 255) and on codes these tables hold; a
            // test checks that every rule is found through the index.
            if let (Some(slot), Ok(v)) = (slot, u8::try_from(i + 1)) {
                *slot = v;
            }
        }
        index
    }

    fn enhanced_slot(e: EnhancedCode) -> Option<usize> {
        (e.class == 0 && e.subject < 8 && e.detail < 64)
            .then(|| usize::from(e.subject) * 64 + usize::from(e.detail))
    }

    pub(crate) fn get(&self, code: Code) -> Option<&'static CodeRule> {
        let k = match code {
            Code::Reply(c) => self.reply.get(usize::from(c.as_u16())),
            Code::Enhanced(e) => Self::enhanced_slot(e).and_then(|k| self.enhanced.get(k)),
        }?;
        CODE_RULES.get(usize::from(*k).checked_sub(1)?)
    }
}

/// Where a text hit lies in the server's own text: the line its first phrase starts on, and
/// the bytes of that line its phrases cover (to the line's end if they run on to the next).
fn text_evidence(
    lines: &[crate::Line<'_>],
    first: matcher::Source,
    last: matcher::Source,
    rule: &'static str,
    cites: &'static Source,
) -> Evidence {
    let line = first.line as usize;
    let text = lines.get(line).map_or("", |l| l.text());
    let from = first.at as usize;
    let to = if last.line == first.line {
        (last.at as usize + 1).min(text.len())
    } else {
        text.len() // the words run on to the next line
    };
    let span =
        (from < to && text.is_char_boundary(from) && text.is_char_boundary(to)).then_some(from..to);
    Evidence {
        source: EvidenceSource::Text,
        rule,
        line: Some(line),
        span,
        cites: Some(cites),
    }
}

/// The normal form against plain models; the matcher's precedence on hand-made rules.
#[cfg(test)]
mod tests {
    use super::matcher::{Source, matcher};
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

    /// The normal form with the source of each of its bytes.
    #[derive(Default)]
    struct Placed {
        form: Vec<u8>,
        from: Vec<Source>,
        line: u32,
    }

    impl super::normalize::Sink for Placed {
        fn push(&mut self, c: u8, at: usize) {
            self.form.push(c);
            self.from.push(Source {
                line: self.line,
                at: at as u32,
            });
        }
        fn last(&self) -> u8 {
            self.form.as_slice().last().copied().unwrap_or(0)
        }
    }

    #[test]
    fn the_vendor_code_filter_lets_every_vendor_code_through() {
        let m = matcher();
        for v in crate::VendorCode::all().iter() {
            for code in [v.code, v.through.unwrap_or(v.code)] {
                assert_eq!(
                    m.vendor_code(code).map(|x| x.id),
                    crate::VendorCode::find(code).map(|x| x.id)
                );
                assert!(m.vendor_code(code).is_some(), "{}", v.id);
            }
        }
        for class in [2u8, 4, 5] {
            for subject in (0..10u16).chain([16, 99]) {
                for detail in (0..40u16).chain([99, 312, 606, 999]) {
                    let code = crate::EnhancedCode {
                        class,
                        subject,
                        detail,
                    };
                    assert_eq!(
                        m.vendor_code(code).map(|x| x.id),
                        crate::VendorCode::find(code).map(|x| x.id),
                        "{code}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_code_rule_is_found_through_the_index() {
        for r in crate::catalog::CODE_RULES.iter() {
            assert_eq!(super::code_rule(r.code).map(|x| x.id), Some(r.id));
        }
        assert!(
            super::code_rule(crate::Code::Reply(crate::ReplyCode::from_u16(299).unwrap()))
                .is_none()
        );
    }

    #[test]
    fn the_automaton_fits_its_table_and_stays_near_its_measured_size() {
        let (states, bytes) = matcher().dfa().size();
        // Measured at the sixth round: 27,836 states, 4.5 MB (40 classes). A far larger table would mean
        // the classes or the twins went wrong.
        assert!(states < 40_000, "{states} states");
        assert!(bytes < 12 << 20, "{bytes} bytes");
        // Every state fits in the fixed-size table.
        assert!(bytes / 4 <= super::dfa::TABLE, "{bytes} bytes");
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

        /// The scan, which reads the reply's bytes once and makes the normal form on the
        /// way, finds exactly what aho-corasick's own overlapping search finds in the stored
        /// normal form, and places each phrase's first and last letter on the source bytes
        /// that the stored form says they come from.
        #[test]
        fn the_streaming_scan_agrees_with_a_search_of_the_stored_form(
            parts in proptest::collection::vec(fragment(), 0..14)
        ) {
            let text: String = parts.concat();
            let reply = Reply::parse(&text);
            let m = matcher();
            let mut placed = Placed::default();
            for (i, l) in reply.lines().iter().enumerate() {
                placed.line = i as u32;
                normalize_into(l.text().as_bytes(), &mut placed);
            }
            let plain = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::Standard)
                .build(&m.phrases)
                .unwrap();
            let mut want: Vec<(u32, Source, Source)> = plain
                .find_overlapping_iter(&placed.form)
                .map(|x| {
                    let closed = m.phrases[x.pattern().as_usize()].ends_with(' ');
                    let last = if closed { x.end() - 2 } else { x.end() - 1 };
                    (x.pattern().as_u32(), placed.from[x.start() + 1], placed.from[last])
                })
                .collect();
            let found: Vec<_> = m.scan(reply.lines(), |found| found.to_vec());
            let mut got: Vec<(u32, Source, Source)> =
                found.iter().map(|f| (f.pattern, m.first(reply.lines(), f), f.last)).collect();
            let key = |x: &(u32, Source, Source)| (x.2, x.0);
            want.sort_by_key(key);
            got.sort_by_key(key);
            if found.len() < super::matcher::MAX_FOUND {
                prop_assert_eq!(&got, &want);
            } else {
                // Bounded: the first ones found are kept, all of them real.
                prop_assert!(got.iter().all(|g| want.contains(g)));
            }
            for f in &found {
                prop_assert_eq!(f.len as usize, m.phrases[f.pattern as usize].len());
                let first = m.first(reply.lines(), f);
                if first.line != f.last.line {
                    continue;
                }
                let line = reply.lines()[first.line as usize].text().as_bytes();
                let mut said = Vec::new();
                normalize_into(&line[first.at as usize..=f.last.at as usize], &mut said);
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
