//! Pages about providers (`data/providers/`): a provider's own code (`show 5.7.606`) and, for
//! the site, a provider with its codes and what its replies mean.

use super::code::code_label;
use super::{Block, Linker, NoLinks, Page, Span, spans};
use crate::catalog::UiKey;
use crate::l10n::ui::{self, code, fill, t};
use crate::{Code, Locale, Party, Provider, ProviderRule, Source, VendorCode};
use alloc::string::String;
use alloc::vec::Vec;

/// The provider's name, linked to its page when the linker knows one.
pub(crate) fn provider_label(p: &Provider, links: &dyn Linker) -> Vec<Span> {
    let text = alloc::vec![Span::Text(String::from(p.name()))];
    match links.provider(p.id()) {
        Some(href) => alloc::vec![Span::Link { text, href }],
        None => text,
    }
}

/// "Source title", linked, then "read on 2026-12-05".
fn source_item(src: &Source, read: &str, locale: Locale) -> Vec<Span> {
    alloc::vec![
        Span::Link {
            text: alloc::vec![Span::Text(String::from(src.title()))],
            href: String::from(src.url()),
        },
        Span::Text(alloc::format!(
            " ({})",
            fill(t(locale, UiKey::LabelReadOn), &[("date", read)])
        )),
    ]
}

fn parties(list: &[Party], locale: Locale) -> String {
    ui::join_labels(locale, list.iter().map(|&p| ui::party(locale, p)))
}

impl Page {
    /// The page of a provider's own code: whose it is, what it means, what to do.
    ///
    /// ```
    /// use smtp_codes::{pages::Page, render::{render, Format}, Locale, VendorCode};
    /// let v = VendorCode::find("5.7.606".parse().unwrap()).unwrap();
    /// let text = render(&Page::vendor_code(v, Locale::En), Format::Text);
    /// assert!(text.contains("5.7.606") && text.contains(v.provider().name()));
    /// ```
    pub fn vendor_code(v: &VendorCode, locale: Locale) -> Page {
        Page::vendor_code_with(v, locale, &NoLinks)
    }

    /// [`Page::vendor_code`] with links to other pages.
    pub fn vendor_code_with(v: &VendorCode, locale: Locale, links: &dyn Linker) -> Page {
        let c = v.code();
        let shown = match v.through() {
            Some(end) => alloc::format!("{c}–{end}"),
            None => alloc::format!("{c}"),
        };
        let title = fill(
            t(locale, UiKey::ShowTitle),
            &[("code", &code(&shown)), ("title", v.title(locale))],
        );
        let mut page = Page::new(locale, title);
        let p = v.provider();
        page.paragraph(&fill(
            t(locale, UiKey::ShowVendorCode),
            &[("code", &code(&shown)), ("provider", p.name())],
        ));
        let mut facts: Vec<(String, Vec<Span>)> = alloc::vec![(
            String::from(t(locale, UiKey::LabelDefinedBy)),
            provider_label(p, links),
        )];
        facts.push((
            String::from(t(locale, UiKey::LabelWhatHappened)),
            spans(v.reason().title(locale)),
        ));
        if let Some(class) = c.class() {
            facts.push((
                String::from(t(locale, UiKey::LabelRetry)),
                spans(ui::retry(locale, class.retry())),
            ));
        }
        if !v.fix_by().is_empty() {
            facts.push((
                String::from(t(locale, UiKey::LabelFixBy)),
                spans(&parties(v.fix_by(), locale)),
            ));
        }
        page.blocks.push(Block::Facts(facts));
        page.section(
            2,
            "description",
            t(locale, UiKey::LabelDescription),
            v.meaning(locale),
        );
        page.section(
            2,
            "when-seen",
            t(locale, UiKey::LabelWhenSeen),
            v.when_seen(locale),
        );
        page.section(
            2,
            "how-to-fix",
            t(locale, UiKey::LabelHowToFix),
            v.how_to_fix(locale),
        );
        page.list_section(
            2,
            "references",
            t(locale, UiKey::LabelReferences),
            false,
            alloc::vec![source_item(v.source(), v.read(), locale)],
        );
        page
    }

    /// A provider's page for the site: how its replies are recognised, its own codes, what
    /// its replies mean, and its documents.
    pub fn provider(p: &'static Provider, locale: Locale, links: &dyn Linker) -> Page {
        let mut page = Page::new(locale, String::from(p.name()));
        let markers: Vec<Vec<Span>> = p
            .markers()
            .iter()
            .map(|m| alloc::vec![Span::Verbatim(String::from(*m))])
            .collect();
        page.list_section(
            2,
            "markers",
            t(locale, UiKey::ProviderMarkers),
            false,
            markers,
        );
        let hosts: Vec<Vec<Span>> = p
            .hosts()
            .iter()
            .map(|h| alloc::vec![Span::Code(String::from(*h))])
            .collect();
        page.list_section(2, "hosts", t(locale, UiKey::ProviderHosts), false, hosts);
        let mut codes = p.vendor_codes().peekable();
        if codes.peek().is_some() {
            page.heading(2, "codes", t(locale, UiKey::ProviderVendorCodes));
            for v in codes {
                let c = v.code();
                let shown = match v.through() {
                    Some(end) => alloc::format!("{c}–{end}"),
                    None => alloc::format!("{c}"),
                };
                let id = alloc::format!("c-{}", shown.replace(['.', '–'], "-"));
                let heading = fill(
                    t(locale, UiKey::LearnPage),
                    &[("code", &code(&shown)), ("title", v.title(locale))],
                );
                page.heading(3, &id, &heading);
                page.paragraph(v.meaning(locale));
                page.paragraph(v.when_seen(locale));
                page.paragraph(v.how_to_fix(locale));
                page.blocks.push(Block::Facts(alloc::vec![(
                    String::from(t(locale, UiKey::LabelWhatHappened)),
                    spans(v.reason().title(locale)),
                )]));
            }
        }
        let rules: Vec<Vec<Span>> = p.rules().map(|r| rule_item(r, locale, links)).collect();
        page.list_section(2, "rules", t(locale, UiKey::ProviderRules), false, rules);
        let sources: Vec<Vec<Span>> = p
            .sources()
            .iter()
            .map(|s| {
                alloc::vec![Span::Link {
                    text: alloc::vec![Span::Text(String::from(s.title()))],
                    href: String::from(s.url()),
                }]
            })
            .collect();
        page.list_section(
            2,
            "references",
            t(locale, UiKey::LabelReferences),
            false,
            sources,
        );
        page
    }
}

/// One rule as a list item: its words (or code), the reason, the note, the source.
fn rule_item(r: &ProviderRule, locale: Locale, links: &dyn Linker) -> Vec<Span> {
    let mut item = Vec::new();
    for (i, phrase) in r.phrases().iter().enumerate() {
        if i > 0 {
            item.push(Span::Text(String::from(" … ")));
        }
        item.push(Span::Verbatim(String::from(*phrase)));
    }
    if let Some(c) = r.with_code() {
        if !item.is_empty() {
            item.push(Span::Text(String::from(" + ")));
        }
        match c {
            Code::Enhanced(e) if e.class().is_some() => {
                item.push(Span::Code(alloc::format!("{e}")))
            }
            other => item.extend(code_label(other, locale, links)),
        }
    }
    item.push(Span::Text(String::from(" → ")));
    item.extend(spans(r.reason().title(locale)));
    if let Some(note) = r.note(locale) {
        item.push(Span::Text(String::from(". ")));
        item.extend(spans(note));
    }
    item.push(Span::Text(String::from(" ")));
    item.extend(source_item(r.source(), r.read(), locale));
    item
}
