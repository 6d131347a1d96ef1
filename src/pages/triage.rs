//! The summary of a mail log (`smtp-codes logs`): counts, then each reason with its domains,
//! providers, what to do and a few of the servers' replies.

use super::{Block, Page, Span, spans};
use crate::catalog::UiKey;
use crate::l10n::ui::t;
use crate::logs::{Outcome, Triage};
use crate::{Locale, Provider};
use alloc::string::String;
use alloc::vec::Vec;

impl Page {
    /// The summary of a log read by a [`Triage`], in `locale`.
    ///
    /// ```
    /// use smtp_codes::{logs::Triage, pages::Page, render::{render, Format}, Locale};
    /// let mut t = Triage::new();
    /// t.line("May 14 11:00:00 mail postfix/smtp[5120]: 7C2D93F4A1: to=<frank@example.net>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.net[203.0.113.50]:25: Connection timed out)");
    /// let text = render(&Page::triage(&t, Locale::En), Format::Text);
    /// assert!(text.contains("Deferred: 1") && text.contains("example.net"));
    /// ```
    pub fn triage(triage: &Triage, locale: Locale) -> Page {
        let l = locale;
        let label = |k| String::from(t(l, k));
        let n = |v: usize| alloc::vec![Span::Text(alloc::format!("{v}"))];
        let mut page = Page::new(l, String::from(t(l, UiKey::LogsTitle)));
        let o = triage.outcomes();
        let mut facts = alloc::vec![
            (label(UiKey::LogsLines), n(triage.lines())),
            (label(UiKey::LogsSkipped), n(triage.skipped())),
            (label(UiKey::LogsAttempts), n(triage.attempts())),
        ];
        for (k, i) in [
            (UiKey::LogsSent, Outcome::Sent),
            (UiKey::LogsDeferred, Outcome::Deferred),
            (UiKey::LogsBounced, Outcome::Bounced),
            (UiKey::LogsExpired, Outcome::Expired),
        ] {
            facts.push((label(k), n(o[i as usize])));
        }
        facts.push((label(UiKey::LogsRecovered), n(triage.recovered())));
        page.blocks.push(Block::Facts(facts));
        let reasons = triage.by_reason();
        if reasons.is_empty() {
            return page;
        }
        page.heading(2, "by-reason", t(l, UiKey::LogsByReason));
        for (i, b) in reasons.iter().enumerate() {
            let r = b.key;
            page.heading(3, &alloc::format!("reason-{}", r.id()), r.title(l));
            let mut facts = alloc::vec![(label(UiKey::LogsCount), n(b.count))];
            // The domains and providers this reason's failures went to, most first.
            let (domains, providers) = triage.reason_breakdown(r);
            let list = |items: Vec<(String, usize)>| -> Vec<Span> {
                let parts: Vec<String> = items
                    .iter()
                    .take(5)
                    .map(|(k, c)| alloc::format!("{k} ({c})"))
                    .collect();
                alloc::vec![Span::Text(crate::l10n::ui::join(l, parts))]
            };
            if !domains.is_empty() {
                facts.push((label(UiKey::LogsDomains), list(domains)));
            }
            if !providers.is_empty() {
                let named = providers
                    .into_iter()
                    .map(|(id, c)| {
                        let name = Provider::get(&id).map_or(id, |p| String::from(p.name()));
                        (name, c)
                    })
                    .collect();
                facts.push((label(UiKey::SiteProviders), list(named)));
            }
            facts.push((label(UiKey::LabelWhatToDo), spans(r.how_to_fix(l))));
            page.blocks.push(Block::Facts(facts));
            if !b.examples.is_empty() {
                page.heading(
                    4,
                    &alloc::format!("examples-{i}"),
                    t(l, UiKey::LogsExamples),
                );
                page.blocks.push(Block::Verbatim(b.examples.clone()));
            }
        }
        page
    }
}
