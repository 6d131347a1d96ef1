//! Explaining a server's reply to a person, in their language: what happened (the reason the
//! diagnosis finds) and what to do, then what the codes mean and what is wrong with the reply
//! itself. The server's own text is quoted as sent, never translated (and escaped by every
//! renderer).

use super::code::code_label;
use super::{Block, NoLinks, Page, Span, spans};
use crate::catalog::UiKey;
use crate::l10n::ui::{self, code, fill, t};
use crate::{Code, Diagnosis, EvidenceSource, Locale, Problem, Reply, SubCodeInfo, diagnose};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// The explanation of a [`Reply`] in one language; `Display` renders it as plain text.
///
/// ```
/// use smtp_codes::{explain, Locale, Reply};
/// let reply = Reply::parse("550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please check the address.");
/// let text = explain(&reply, Locale::En).to_string();
/// assert!(text.contains("Bad destination mailbox address"));
/// assert!(text.contains("The email account that you tried to reach does not exist."));
/// ```
#[derive(Clone, Debug)]
pub struct Explanation<'r, 'a> {
    reply: &'r Reply<'a>,
    locale: Locale,
    diagnosis: Diagnosis,
}

/// Explains `reply` in `locale`: its [diagnosis](crate::diagnose) first, then its codes.
pub fn explain<'r, 'a>(reply: &'r Reply<'a>, locale: Locale) -> Explanation<'r, 'a> {
    Explanation {
        reply,
        locale,
        diagnosis: diagnose(reply),
    }
}

/// [`explain`], knowing the remote host that sent the reply (see
/// [`diagnose_with_host`](crate::diagnose_with_host)); `None` is [`explain`].
///
/// ```
/// use smtp_codes::{explain_with_host, Locale, Reason, Reply};
/// let reply = Reply::parse("550 5.7.27 Message not delivered");
/// let e = explain_with_host(&reply, Locale::En, Some("gmail-smtp-in.l.google.com"));
/// assert_eq!(e.diagnosis().reason(), Reason::SenderAuthFail);
/// assert!(e.to_string().contains("Gmail"));
/// ```
pub fn explain_with_host<'r, 'a>(
    reply: &'r Reply<'a>,
    locale: Locale,
    host: Option<&str>,
) -> Explanation<'r, 'a> {
    Explanation {
        reply,
        locale,
        diagnosis: match host {
            Some(h) => crate::diagnose_with_host(reply, h),
            None => diagnose(reply),
        },
    }
}

impl Explanation<'_, '_> {
    /// The language of the explanation.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// What happened, as the reply tells it.
    ///
    /// ```
    /// use smtp_codes::{explain, Locale, Reason, Reply};
    /// let reply = Reply::parse("452 4.2.2 Mailbox full");
    /// assert_eq!(explain(&reply, Locale::En).diagnosis().reason(), Reason::MailboxFull);
    /// ```
    pub fn diagnosis(&self) -> &Diagnosis {
        &self.diagnosis
    }

    /// "the server's words «…»": the bytes `span` of reply line `line`, quoted verbatim.
    fn quoted(&self, line: usize, span: core::ops::Range<usize>) -> Option<Vec<Span>> {
        let quote = self.reply.lines().get(line)?.text().get(span)?;
        let template = t(self.locale, UiKey::EvidenceText);
        let (before, after) = template.split_once("{quote}").unwrap_or((template, ""));
        let mut out = spans(before);
        out.push(Span::Verbatim(String::from(quote)));
        out.extend(spans(after));
        Some(out)
    }

    /// How the diagnosis knows its reason, as a sentence part in the page's language: "the
    /// server's words «…»", "the enhanced status code `5.2.2`". `None` for an unknown reason.
    pub fn evidence(&self) -> Option<Vec<Span>> {
        let l = self.locale;
        let e = self.diagnosis.evidence()?;
        Some(match e.source() {
            EvidenceSource::Text => self.quoted(e.line()?, e.span()?)?,
            EvidenceSource::EnhancedCode => {
                let c = self.reply.enhanced()?;
                spans(&fill(
                    t(l, UiKey::EvidenceEnhancedCode),
                    &[("code", &code(c))],
                ))
            }
            EvidenceSource::ProviderRule => {
                let d = &self.diagnosis;
                if let (Some(line), Some(span)) = (e.line(), e.span()) {
                    self.quoted(line, span)?
                } else if let Some(v) = d.vendor_code() {
                    let c = self.reply.enhanced().unwrap_or(v.code());
                    spans(&fill(
                        t(l, UiKey::EvidenceVendorCode),
                        &[("code", &code(c)), ("provider", v.provider().name())],
                    ))
                } else if let Some(Code::Enhanced(_)) =
                    d.provider_rule().and_then(|r| r.with_code())
                {
                    let c = self.reply.enhanced()?;
                    spans(&fill(
                        t(l, UiKey::EvidenceEnhancedCode),
                        &[("code", &code(c))],
                    ))
                } else {
                    let c = self.reply.code()?;
                    spans(&fill(t(l, UiKey::EvidenceReplyCode), &[("code", &code(c))]))
                }
            }
            EvidenceSource::ReplyCode => {
                let c = self.reply.code()?;
                spans(&fill(t(l, UiKey::EvidenceReplyCode), &[("code", &code(c))]))
            }
        })
    }

    /// When the reason alone would advise otherwise than the code (`550 … try again later`),
    /// a sentence that says so and that the code decides.
    pub fn disagreement(&self) -> Option<String> {
        let l = self.locale;
        let by_reason = self.diagnosis.disagreement()?;
        let by_code = self.diagnosis.retry()?;
        let c = self
            .reply
            .code()
            .map(Code::Reply)
            .or(self.reply.enhanced().map(Code::Enhanced))?;
        Some(fill(
            t(l, UiKey::ExplainReasonDisagrees),
            &[
                ("reason_retry", ui::retry(l, by_reason)),
                ("code", &code(c)),
                ("code_retry", ui::retry(l, by_code)),
            ],
        ))
    }

    /// The reply's lines as the server sent them (codes and text), never translated.
    pub fn server_lines(&self) -> Vec<String> {
        self.reply
            .lines()
            .iter()
            .map(|l| {
                let mut s = String::new();
                if let Some(c) = l.code() {
                    s.push_str(c.as_str());
                    s.push(if l.is_last() { ' ' } else { '-' });
                }
                if let Some(e) = l.enhanced() {
                    s.push_str(&format!("{e} "));
                }
                s.push_str(l.text());
                s.truncate(s.trim_end().len());
                s
            })
            .collect()
    }

    /// The title: what the reply (its reply code, else its enhanced code) means.
    pub fn title(&self) -> String {
        let c = self
            .reply
            .code()
            .map(Code::Reply)
            .or(self.reply.enhanced().map(Code::Enhanced));
        match c {
            Some(c) => fill(t(self.locale, UiKey::ExplainTitle), &[("code", &code(c))]),
            None => String::from(t(self.locale, UiKey::ExplainNoCode)),
        }
    }

    /// One sentence per problem worth telling a reader (every problem is in
    /// [`Reply::problems`]; the structural ones a person cannot act on are left out here).
    pub fn problems(&self) -> Vec<String> {
        let l = self.locale;
        let mut out = Vec::new();
        for p in self.reply.problems() {
            let s = match *p {
                Problem::ClassMismatch { reply, enhanced } => {
                    let digit = |d: u8| code(d);
                    let e_digit = enhanced
                        .class()
                        .map_or(String::from("?"), |c| digit(c.digit()));
                    fill(
                        t(l, UiKey::ProblemMismatch),
                        &[
                            ("enhanced", &code(enhanced)),
                            ("enhanced_digit", &e_digit),
                            ("code", &code(reply)),
                            ("digit", &digit(reply.class().digit())),
                        ],
                    )
                }
                Problem::MixedCodes { first, other, .. } => fill(
                    t(l, UiKey::ProblemMixedCodes),
                    &[("codes", &ui::join(l, [code(first), code(other)]))],
                ),
                Problem::MixedEnhancedCodes { first, other, .. } => fill(
                    t(l, UiKey::ProblemMixedCodes),
                    &[("codes", &ui::join(l, [code(first), code(other)]))],
                ),
                Problem::LineTooLong { line, .. } => fill(
                    t(l, UiKey::ProblemLineTooLong),
                    &[("line", &format!("{}", line + 1)), ("limit", "512")],
                ),
                Problem::NotText { line } | Problem::ControlCharacters { line } => fill(
                    t(l, UiKey::ProblemNotText),
                    &[("line", &format!("{}", line + 1))],
                ),
                Problem::Truncated { .. } | Problem::TooManyLines { .. } => fill(
                    t(l, UiKey::ProblemTruncated),
                    &[("limit", &format!("{}", self.reply.lines().len()))],
                ),
                _ => continue,
            };
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }
}

impl Page {
    /// The page of an explanation.
    ///
    /// ```
    /// use smtp_codes::{explain, Locale, Reply, pages::Page, render::{render, Format}};
    /// let reply = Reply::parse("421 4.7.0 <script>Try again later</script>");
    /// let html = render(&Page::explanation(&explain(&reply, Locale::En)), Format::Html);
    /// assert!(html.contains("&lt;script&gt;Try again later&lt;/script&gt;"));
    /// assert!(!html.contains("<script>"));
    /// ```
    pub fn explanation(e: &Explanation<'_, '_>) -> Page {
        e.page()
    }
}

impl Explanation<'_, '_> {
    fn page(&self) -> Page {
        let l = self.locale;
        let mut page = Page::new(l, self.title());
        self.reason_sections(&mut page);
        let lines = self.server_lines();
        if !lines.is_empty() {
            page.heading(2, "server-text", t(l, UiKey::LabelServerText));
            page.blocks.push(Block::Verbatim(lines));
        }
        let (reply, enhanced) = (self.reply.code(), self.reply.enhanced());
        let mut facts: Vec<(String, Vec<Span>)> = Vec::new();
        if let Some(r) = reply {
            facts.push((
                String::from(t(l, UiKey::LabelReplyCode)),
                code_label(Code::Reply(r), l, &NoLinks),
            ));
            facts.push((
                String::from(t(l, UiKey::LabelClass)),
                spans(ui::class_phrase(l, r.class())),
            ));
        }
        if let Some(e) = enhanced {
            facts.push((
                String::from(t(l, UiKey::LabelEnhancedCode)),
                code_label(Code::Enhanced(e), l, &NoLinks),
            ));
            if let Some(s) = e.subject() {
                facts.push((
                    String::from(t(l, UiKey::LabelSubject)),
                    spans(SubCodeInfo::subject(s).title(l)),
                ));
            }
        }
        if let Some(a) = self.reply.advice() {
            facts.push((
                String::from(t(l, UiKey::LabelRetry)),
                spans(ui::retry(l, a.retry)),
            ));
        }
        if !facts.is_empty() {
            page.blocks.push(Block::Facts(facts));
        }
        for (i, c) in [reply.map(Code::Reply), enhanced.map(Code::Enhanced)]
            .into_iter()
            .flatten()
            .enumerate()
        {
            let id = if i == 0 { "first" } else { "second" };
            let vendor = match c {
                Code::Enhanced(e) if c.texts().is_none() => crate::VendorCode::find(e),
                _ => None,
            };
            match c.texts() {
                Some(tx) => sections(&mut page, id, code_label(c, l, &NoLinks), tx),
                None if vendor.is_some() => {
                    if let Some(v) = vendor {
                        vendor_sections(&mut page, id, c, v);
                    }
                }
                None => {
                    page.paragraph(&fill(t(l, UiKey::ExplainUnknown), &[("code", &code(c))]));
                    // RFC 3463 §2: report the subject when the detail is unknown.
                    let subject = match c {
                        Code::Enhanced(e) => e.subject().map(|s| (e, SubCodeInfo::subject(s))),
                        Code::Reply(_) => None,
                    };
                    if let Some((e, sub)) = subject {
                        let n = format!("{}", e.subject_number());
                        let values = [("digit", n.as_str()), ("subject", sub.title(l))];
                        let heading = spans(&fill(t(l, UiKey::SiteSubjectHeading), &values));
                        sections(&mut page, id, heading, sub.texts());
                    }
                }
            }
        }
        let problems: Vec<Vec<Span>> = self.problems().iter().map(|s| spans(s)).collect();
        page.list_section(2, "problems", t(l, UiKey::LabelProblems), false, problems);
        page
    }
}

impl Explanation<'_, '_> {
    /// What happened, what to do, what to tell the sender: the reason, first on the page.
    fn reason_sections(&self, page: &mut Page) {
        let l = self.locale;
        let reason = self.diagnosis.reason();
        page.heading(2, "what-happened", t(l, UiKey::LabelWhatHappened));
        page.paragraph(reason.title(l));
        page.paragraph(reason.meaning(l));
        let mut facts = Vec::new();
        if let Some(evidence) = self.evidence() {
            facts.push((String::from(t(l, UiKey::LabelEvidence)), evidence));
        }
        if let Some(p) = self.diagnosis.provider() {
            facts.push((
                String::from(t(l, UiKey::LabelProvider)),
                alloc::vec![Span::Text(String::from(p.name()))],
            ));
        }
        if !facts.is_empty() {
            page.blocks.push(Block::Facts(facts));
        }
        page.heading(2, "what-to-do", t(l, UiKey::LabelWhatToDo));
        page.paragraph(reason.how_to_fix(l));
        if let Some(note) = self.diagnosis.provider_note(l) {
            page.blocks.push(Block::Facts(alloc::vec![(
                String::from(t(l, UiKey::LabelProviderNote)),
                spans(note),
            )]));
        }
        if let Some(s) = self.disagreement() {
            page.paragraph(&s);
        }
        page.section(
            2,
            "tell-the-sender",
            t(l, UiKey::LabelTellTheSender),
            reason.user_message(l),
        );
    }
}

/// A provider's own code: a heading, whose code it is, then its Description and How to fix.
fn vendor_sections(page: &mut Page, id: &str, c: Code, v: &crate::VendorCode) {
    let l = page.locale;
    let heading = fill(
        t(l, UiKey::LearnPage),
        &[("code", &code(c)), ("title", v.title(l))],
    );
    page.heading(2, id, &heading);
    page.paragraph(&fill(
        t(l, UiKey::ShowVendorCode),
        &[("code", &code(c)), ("provider", v.provider().name())],
    ));
    page.section(
        3,
        &format!("{id}-description"),
        t(l, UiKey::LabelDescription),
        v.meaning(l),
    );
    page.section(
        3,
        &format!("{id}-how-to-fix"),
        t(l, UiKey::LabelHowToFix),
        v.how_to_fix(l),
    );
}

/// A heading, then the Description and How to fix sections of `texts`.
fn sections(page: &mut Page, id: &str, heading: Vec<Span>, texts: &'static crate::Texts) {
    let l = page.locale;
    page.blocks.push(Block::Heading {
        level: 2,
        id: String::from(id),
        text: heading,
    });
    page.section(
        3,
        &format!("{id}-description"),
        t(l, UiKey::LabelDescription),
        texts.meaning(l),
    );
    page.section(
        3,
        &format!("{id}-how-to-fix"),
        t(l, UiKey::LabelHowToFix),
        texts.how_to_fix(l),
    );
}
