//! The summary of a mail log (`smtp-codes logs`): counts, charts of the failures per hour,
//! reason, recipient domain, provider and code, then each reason with its domains, providers,
//! what it means, what to do and a few of the servers' replies.

use super::chart::{Bar, Chart, ChartLayout, Series};
use super::{Block, Page, Span, spans};
use crate::catalog::UiKey;
use crate::l10n::ui::{fill_owned, join, t};
use crate::logs::{Breakdown, HourCounts, Outcome, Triage};
use crate::{Locale, Provider, Reason};
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// How many bars a ranking shows (the most failing domains, providers, codes).
const TOP: usize = 10;
/// How many columns the hourly chart has at most: hours are grouped when the log is longer.
const MAX_COLUMNS: u64 = 72;
/// Hours per column, tried in this order: whole hours, parts of a day, days, weeks, months.
const WIDTHS: [u64; 13] = [1, 2, 3, 4, 6, 12, 24, 48, 168, 336, 720, 2160, 8760];

/// The anchor of a reason's section.
fn reason_anchor(r: Reason) -> String {
    alloc::format!("#reason-{}", r.id())
}

/// The log's failures per hour as columns stacked by reason (in `order`, each linked to its
/// section), hours grouped so that there are at most [`MAX_COLUMNS`]; `None` if no failure
/// has a time stamp.
fn hourly(hours: &[HourCounts], order: &[Reason], l: Locale) -> Option<Chart> {
    let (first, last) = (hours.first()?, hours.last()?);
    let span = last.offset + 1;
    let width = WIDTHS
        .iter()
        .copied()
        .find(|w| span.div_ceil(*w) <= MAX_COLUMNS)
        .unwrap_or_else(|| span.div_ceil(MAX_COLUMNS).next_multiple_of(8760));
    // Columns start on the hour of the day a multiple of their width (midnight for days).
    let shift = u64::from(first.hour.hour()) % width.min(24);
    let columns = (span + shift).div_ceil(width);
    let start = first.hour.plus(-(shift as i64));
    let series: Vec<Reason> = order
        .iter()
        .copied()
        .filter(|r| hours.iter().any(|h| h.reasons.iter().any(|x| x.0 == *r)))
        .collect();
    let mut bars: Vec<Bar> = (0..columns)
        .map(|i| {
            let mut label = start.plus((i * width) as i64).to_string();
            if width >= 24 {
                // Whole days: the date alone.
                label.truncate(label.find(' ').unwrap_or(label.len()));
            }
            Bar {
                label,
                values: alloc::vec![0; series.len()],
                href: None,
            }
        })
        .collect();
    for h in hours {
        let column = usize::try_from((h.offset + shift) / width).unwrap_or(usize::MAX);
        if let Some(bar) = bars.get_mut(column) {
            for (r, n) in &h.reasons {
                if let Some(s) = series.iter().position(|x| x == r) {
                    bar.values[s] += n;
                }
            }
        }
    }
    let sep = t(l, UiKey::LabelSeparator);
    let total: usize = hours.iter().map(HourCounts::total).sum();
    Some(Chart {
        id: String::from("chart-hours"),
        title: String::from(t(l, UiKey::LogsByHour)),
        description: alloc::format!(
            "{}{sep}{total}; {}{sep}{width}",
            t(l, UiKey::LogsAxisFailures),
            t(l, UiKey::LogsHoursPerBar)
        ),
        layout: ChartLayout::Columns,
        category_axis: alloc::format!(
            "{} ({}{sep}{width})",
            t(l, UiKey::LogsAxisTime),
            t(l, UiKey::LogsHoursPerBar)
        ),
        value_axis: String::from(t(l, UiKey::LogsAxisFailures)),
        series: series
            .iter()
            .map(|r| Series {
                name: String::from(r.title(l)),
                href: Some(reason_anchor(*r)),
            })
            .collect(),
        bars,
    })
}

/// A ranking as horizontal bars.
fn ranking(id: &str, title: UiKey, axis: UiKey, bars: Vec<Bar>, l: Locale) -> Chart {
    let sep = t(l, UiKey::LabelSeparator);
    let total: usize = bars.iter().map(Bar::total).sum();
    Chart {
        id: String::from(id),
        title: String::from(t(l, title)),
        description: alloc::format!("{}{sep}{total}", t(l, UiKey::LogsAxisFailures)),
        layout: ChartLayout::Rows,
        category_axis: String::from(t(l, axis)),
        value_axis: String::from(t(l, UiKey::LogsAxisFailures)),
        series: alloc::vec![Series {
            name: String::new(),
            href: None
        }],
        bars,
    }
}

impl Page {
    /// The summary of a log read by a [`Triage`], in `locale`, with every breakdown.
    ///
    /// ```
    /// use smtp_codes::{logs::Triage, pages::Page, render::{render, Format}, Locale};
    /// let mut t = Triage::new();
    /// t.line("May 14 11:00:00 mail postfix/smtp[5120]: 7C2D93F4A1: to=<frank@example.net>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.net[203.0.113.50]:25: Connection timed out)");
    /// let text = render(&Page::triage(&t, Locale::En), Format::Text);
    /// assert!(text.contains("Deferred: 1") && text.contains("example.net"));
    /// ```
    pub fn triage(triage: &Triage, locale: Locale) -> Page {
        Page::triage_by(triage, locale, &Breakdown::ALL)
    }

    /// The summary of a log with only the breakdowns in `by` (`smtp-codes logs --by`): the
    /// totals, then for [`Breakdown::Reason`] the failures per hour, per reason, and a
    /// section per reason (its domains, providers, meaning, what to do and example replies),
    /// which the charts link to; for the others, a ranking of the domains, providers or codes
    /// with the most failures.
    ///
    /// ```
    /// use smtp_codes::{logs::{Breakdown, Triage}, pages::Page, render::{render, Format}, Locale};
    /// let mut t = Triage::new();
    /// t.line("May 14 11:00:00 mail postfix/smtp[5120]: 7C2D93F4A1: to=<frank@example.net>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.net[203.0.113.50]:25: Connection timed out)");
    /// let html = render(&Page::triage_by(&t, Locale::En, &[Breakdown::Domain]), Format::Html);
    /// assert_eq!(html.matches("<svg").count(), 1);
    /// assert!(html.contains("example.net") && !html.contains("id=\"reason-network_error\""));
    /// ```
    pub fn triage_by(triage: &Triage, locale: Locale, by: &[Breakdown]) -> Page {
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
        let reasons = by.contains(&Breakdown::Reason);
        if reasons && triage.untimed() > 0 {
            facts.push((label(UiKey::LogsUntimed), n(triage.untimed())));
        }
        page.blocks.push(Block::Facts(facts));
        let by_reason = triage.by_reason();
        if by_reason.is_empty() {
            return page;
        }
        let order: Vec<Reason> = by_reason.iter().map(|b| b.key).collect();
        if reasons {
            if let Some(chart) = hourly(&triage.by_hour(), &order, l) {
                page.heading(2, "by-hour", t(l, UiKey::LogsByHour));
                page.blocks.push(Block::Chart(chart));
            }
            page.heading(2, "by-reason", t(l, UiKey::LogsByReason));
            let bars = by_reason
                .iter()
                .map(|b| Bar::one(b.key.title(l).into(), b.count, Some(reason_anchor(b.key))))
                .collect();
            let chart = ranking(
                "chart-reasons",
                UiKey::LogsByReason,
                UiKey::LabelWhatHappened,
                bars,
                l,
            );
            page.blocks.push(Block::Chart(chart));
        }
        for kind in [Breakdown::Domain, Breakdown::Provider, Breakdown::Code] {
            if !by.contains(&kind) {
                continue;
            }
            let (id, title, axis) = match kind {
                Breakdown::Domain => ("by-domain", UiKey::LogsTopDomains, UiKey::LogsDomains),
                Breakdown::Provider => {
                    ("by-provider", UiKey::LogsTopProviders, UiKey::SiteProviders)
                }
                _ => ("by-code", UiKey::LogsByCode, UiKey::LogsCodeAxis),
            };
            let counts = triage.by(kind);
            if counts.is_empty() {
                continue;
            }
            page.heading(2, id, t(l, title));
            let all = counts.len();
            let bars = counts
                .into_iter()
                .take(TOP)
                .map(|b| {
                    // A provider by its name.
                    let name = match kind {
                        Breakdown::Provider => Provider::get(&b.key).map(|p| p.name().into()),
                        _ => None,
                    };
                    Bar::one(name.unwrap_or(b.key), b.count, None)
                })
                .collect::<Vec<_>>();
            let shown = bars.len();
            page.blocks.push(Block::Chart(ranking(
                &alloc::format!("chart-{id}"),
                title,
                axis,
                bars,
                l,
            )));
            if shown < all {
                page.paragraph(&fill_owned(
                    t(l, UiKey::LogsShown),
                    &[("shown", shown.to_string()), ("total", all.to_string())],
                ));
            }
        }
        if reasons {
            page.heading(2, "reasons", t(l, UiKey::LogsReasons));
            for b in &by_reason {
                reason_section(&mut page, triage, b, l);
            }
        }
        page
    }
}

/// A reason's section: its count, domains, providers, meaning, what to do and examples.
fn reason_section(page: &mut Page, triage: &Triage, b: &crate::logs::Bucket<Reason>, l: Locale) {
    let label = |k| String::from(t(l, k));
    let r = b.key;
    page.heading(3, &alloc::format!("reason-{}", r.id()), r.title(l));
    let mut facts = alloc::vec![(
        label(UiKey::LogsCount),
        alloc::vec![Span::Text(b.count.to_string())]
    )];
    // The domains and providers this reason's failures went to, most first.
    let (domains, providers) = triage.reason_breakdown(r);
    let list = |items: Vec<(String, usize)>| -> Vec<Span> {
        let parts = items
            .iter()
            .take(5)
            .map(|(k, c)| alloc::format!("{k} ({c})"));
        alloc::vec![Span::Text(join(l, parts))]
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
    facts.push((label(UiKey::LabelWhatHappened), spans(r.meaning(l))));
    facts.push((label(UiKey::LabelWhatToDo), spans(r.how_to_fix(l))));
    page.blocks.push(Block::Facts(facts));
    if !b.examples.is_empty() {
        page.heading(
            4,
            &alloc::format!("examples-{}", r.id()),
            t(l, UiKey::LogsExamples),
        );
        page.blocks.push(Block::Verbatim(b.examples.clone()));
    }
}
