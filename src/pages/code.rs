//! The page of a single code: what `smtp-codes show` prints and the site's code pages.

use super::{Block, Linker, NoLinks, Page, Span, spans};
use crate::catalog::UiKey;
use crate::l10n::ui::{self, code, fill, fill_owned, t};
use crate::{Code, Locale, Reference, SubCodeInfo};
use alloc::string::String;
use alloc::vec::Vec;

/// "`421` Service not available", linked when the linker knows a page.
pub(crate) fn code_label(c: Code, locale: Locale, links: &dyn Linker) -> Vec<Span> {
    let text = match c.texts() {
        Some(tx) => spans(&fill(
            t(locale, UiKey::LearnPage),
            &[("code", &code(c)), ("title", tx.title(locale))],
        )),
        None => alloc::vec![Span::Code(alloc::format!("{c}"))],
    };
    match links.code(c) {
        Some(href) => alloc::vec![Span::Link { text, href }],
        None => text,
    }
}

/// One list item per cited source: "RFC 5321 §4.2.2, §3.8", linked to the document (to the
/// section when only one is cited). The document's English title follows on English pages
/// only: other languages get the number alone, not an untranslated title.
pub(crate) fn reference_items(refs: &[&Reference], locale: Locale) -> Vec<Vec<Span>> {
    let mut order: Vec<&crate::Source> = Vec::new();
    for r in refs {
        if !order.iter().any(|s| core::ptr::eq(*s, r.source())) {
            order.push(r.source());
        }
    }
    order
        .into_iter()
        .map(|src| {
            let of_src: Vec<&&Reference> = refs
                .iter()
                .filter(|r| core::ptr::eq(r.source(), src))
                .collect();
            let sections: Vec<String> = of_src
                .iter()
                .filter_map(|r| r.section())
                .map(|s| alloc::format!("§{s}"))
                .collect();
            let mut label = String::from(src.id());
            if !sections.is_empty() {
                label.push(' ');
                label.push_str(&sections.join(", "));
            }
            let href = if of_src.len() == 1 {
                of_src[0].url()
            } else {
                String::from(src.url())
            };
            let mut item = alloc::vec![Span::Link {
                text: alloc::vec![Span::Text(label)],
                href
            }];
            if locale == Locale::En {
                item.push(Span::Text(alloc::format!(": {}", src.title())));
            }
            item
        })
        .collect()
}

/// The facts block of a code: class, category or subject, status, retry, who acts, commands.
pub(crate) fn facts(c: Code, locale: Locale) -> Vec<(String, Vec<Span>)> {
    let mut f: Vec<(String, Vec<Span>)> = Vec::new();
    let label = |k| String::from(t(locale, k));
    match c {
        Code::Reply(r) => {
            let class = alloc::format!(
                "`{}xx` {}",
                r.class().digit(),
                ui::class_name(locale, r.class())
            );
            f.push((label(UiKey::LabelClass), spans(&class)));
            let cat = alloc::format!(
                "`x{}z` {}",
                r.as_u16() / 10 % 10,
                ui::category(locale, r.category())
            );
            f.push((label(UiKey::LabelCategory), spans(&cat)));
            if let Some(info) = r.info() {
                f.push((
                    label(UiKey::LabelStatus),
                    spans(ui::status(locale, info.status())),
                ));
            }
            f.push((
                label(UiKey::LabelRetry),
                spans(ui::retry(locale, r.retry())),
            ));
            if let Some(info) = r.info() {
                let who =
                    ui::join_labels(locale, info.fix_by().iter().map(|p| ui::party(locale, *p)));
                f.push((label(UiKey::LabelFixBy), spans(&who)));
                if !info.commands().is_empty() {
                    let cmds = ui::join_labels(
                        locale,
                        info.commands().iter().map(|c| ui::command(locale, *c)),
                    );
                    f.push((label(UiKey::LabelCommands), spans(&cmds)));
                }
            }
        }
        Code::Enhanced(e) => {
            if let Some(class) = e.class()
                && let Some(sub) = SubCodeInfo::class(class)
            {
                let v = alloc::format!("`{}.X.X` {}", class.digit(), sub.title(locale));
                f.push((label(UiKey::LabelClass), spans(&v)));
            }
            if let Some(s) = e.subject() {
                let v = alloc::format!(
                    "`X.{}.X` {}",
                    s.number(),
                    SubCodeInfo::subject(s).title(locale)
                );
                f.push((label(UiKey::LabelSubject), spans(&v)));
            }
            if let Some(info) = e.info() {
                f.push((
                    label(UiKey::LabelStatus),
                    spans(ui::status(locale, info.status())),
                ));
            }
            if let Some(retry) = e.retry() {
                f.push((label(UiKey::LabelRetry), spans(ui::retry(locale, retry))));
            }
            if let Some(info) = e.info() {
                let who =
                    ui::join_labels(locale, info.fix_by().iter().map(|p| ui::party(locale, *p)));
                f.push((label(UiKey::LabelFixBy), spans(&who)));
            }
        }
    }
    f
}

impl Page {
    /// The page of one code in `locale`, or `None` if the catalog does not know the code.
    ///
    /// ```
    /// use smtp_codes::{Code, Locale, pages::Page, render::{render, Format}};
    /// let page = Page::code("5.1.1".parse::<Code>().unwrap(), Locale::En).unwrap();
    /// let text = render(&page, Format::Text);
    /// assert!(text.contains("Bad destination mailbox address"));
    /// assert!(Page::code("299".parse::<Code>().unwrap(), Locale::En).is_none());
    /// ```
    pub fn code(c: Code, locale: Locale) -> Option<Page> {
        Page::code_with(c, locale, &NoLinks)
    }

    /// [`Page::code`] with links to other pages.
    pub fn code_with(c: Code, locale: Locale, links: &dyn Linker) -> Option<Page> {
        code_page(c, locale, links)
    }
}

fn code_page(c: Code, locale: Locale, links: &dyn Linker) -> Option<Page> {
    let texts = c.texts()?;
    let title = fill(
        t(locale, UiKey::ShowTitle),
        &[("code", &code(c)), ("title", texts.title(locale))],
    );
    let mut page = Page::new(locale, title);
    let (status, related, compare_with, references) = match c {
        Code::Reply(r) => {
            let i = r.info()?;
            page.paragraph(&fill(
                t(locale, UiKey::ShowIsClass),
                &[
                    ("code", &code(c)),
                    ("class", ui::class_phrase(locale, r.class())),
                ],
            ));
            (i.status(), i.related(), i.compare_with(), i.references())
        }
        Code::Enhanced(e) => {
            let i = e.info()?;
            let subject = e
                .subject()
                .map_or("", |s| SubCodeInfo::subject(s).title(locale));
            page.paragraph(&fill(
                t(locale, UiKey::ShowEnhancedKind),
                &[("code", &code(c)), ("subject", subject)],
            ));
            if let Some(class) = e.class()
                && let Some(sub) = SubCodeInfo::class(class)
            {
                let digit = alloc::format!("{}", class.digit());
                page.paragraph(&fill(
                    t(locale, UiKey::ShowEnhancedClass),
                    &[("digit", &code(digit)), ("class", sub.title(locale))],
                ));
            }
            (i.status(), i.related(), i.compare_with(), i.references())
        }
    };
    if status == crate::Status::NonStandard {
        page.paragraph(&fill(
            t(locale, UiKey::ShowNonStandard),
            &[("code", &code(c))],
        ));
    }
    page.blocks.push(Block::Facts(facts(c, locale)));
    page.section(
        2,
        "description",
        t(locale, UiKey::LabelDescription),
        texts.meaning(locale),
    );
    page.section(
        2,
        "when-seen",
        t(locale, UiKey::LabelWhenSeen),
        texts.when_seen(locale),
    );
    page.section(
        2,
        "how-to-fix",
        t(locale, UiKey::LabelHowToFix),
        texts.how_to_fix(locale),
    );
    let mut others: Vec<Code> = compare_with.to_vec();
    for o in links.more_comparisons(c) {
        if !others.contains(&o) {
            others.push(o);
        }
    }
    let confused: Vec<Vec<Span>> = others
        .iter()
        .map(|&o| {
            let label = fill_owned(
                t(locale, UiKey::CompareTitle),
                &compare_values(c, o, locale),
            );
            match links.compare(c, o) {
                Some(href) => alloc::vec![Span::Link {
                    text: spans(&label),
                    href
                }],
                None => spans(&label),
            }
        })
        .collect();
    page.list_section(
        2,
        "confused",
        t(locale, UiKey::LabelCompareWith),
        false,
        confused,
    );
    let rel: Vec<Vec<Span>> = related
        .iter()
        .map(|&o| code_label(o, locale, links))
        .collect();
    page.list_section(2, "related", t(locale, UiKey::LabelRelated), false, rel);
    // Providers whose rules give this code a meaning of their own (Gmail's `5.7.27`): a
    // reason other than the one the code names by itself, if it names one.
    let generic = match c {
        Code::Enhanced(e) => Code::Enhanced(e.generic()),
        r => r,
    };
    let own = crate::catalog::CODE_RULES
        .iter()
        .find(|r| r.code == generic)
        .map(|r| r.reason);
    let mut reusers: Vec<&'static crate::Provider> = Vec::new();
    for p in crate::Provider::all() {
        let reuses = p.rules().any(|r| {
            let same_code = match (r.with_code(), c) {
                (Some(Code::Enhanced(w)), Code::Enhanced(e)) => w.generic() == e.generic(),
                (Some(w @ Code::Reply(_)), Code::Reply(_)) => w == c,
                _ => false,
            };
            same_code && own != Some(r.reason())
        });
        if reuses {
            reusers.push(p);
        }
    }
    let reusers: Vec<Vec<Span>> = reusers
        .into_iter()
        .map(|p| super::provider::provider_label(p, links))
        .collect();
    page.list_section(
        2,
        "providers",
        t(locale, UiKey::ProviderReusedBy),
        false,
        reusers,
    );
    page.list_section(
        2,
        "references",
        t(locale, UiKey::LabelReferences),
        false,
        reference_items(&references.iter().collect::<Vec<_>>(), locale),
    );
    Some(page)
}

/// Values of the comparison title template for `a` vs `b`.
pub(crate) fn compare_values(a: Code, b: Code, locale: Locale) -> [(&'static str, String); 4] {
    let title = |c: Code| String::from(c.texts().map_or("", |tx| tx.title(locale)));
    [
        ("a", code(a)),
        ("a_title", title(a)),
        ("b", code(b)),
        ("b_title", title(b)),
    ]
}
