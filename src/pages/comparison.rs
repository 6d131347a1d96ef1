//! The comparison page (DESIGN §6): the sentences that say how two codes differ, and the
//! page built from them.

use super::code::{code_label, compare_values, facts, reference_items};
use super::{Block, Linker, NoLinks, Page, Span, spans};
use crate::catalog::UiKey;
use crate::l10n::ui::{self, code, fill, fill_owned, t};
use crate::{Class, Code, Command, Comparison, Difference, Locale, Party, Relation, Subject};
use alloc::string::String;
use alloc::vec::Vec;

impl Comparison {
    /// The sentences of the summary, in `locale`.
    pub fn summary(&self, locale: Locale) -> Vec<String> {
        let (a, b) = (self.a(), self.b());
        let mut out = Vec::new();
        if self.is_same_code() {
            out.push(fill(
                t(locale, UiKey::CompareSameCode),
                &[("a", &code(a)), ("b", &code(b))],
            ));
            return out;
        }
        if self.relations().contains(&Relation::SameDetail)
            && let Code::Enhanced(e) = a
        {
            let title = a.texts().map_or("", |tx| tx.title(locale));
            out.push(fill(
                t(locale, UiKey::CompareSameDetail),
                &[
                    ("a", &code(a)),
                    ("b", &code(b)),
                    ("generic", &code(e.generic())),
                    ("title", title),
                ],
            ));
        }
        let v = compare_values(a, b, locale);
        let both_replies = matches!((a, b), (Code::Reply(_), Code::Reply(_)));
        match (a.class(), b.class()) {
            (Some(x), Some(y)) if x != y && both_replies => {
                let mut v = v.to_vec();
                v.push(("a_class", String::from(ui::class_phrase(locale, x))));
                v.push(("b_class", String::from(ui::class_phrase(locale, y))));
                out.push(fill_owned(t(locale, UiKey::CompareContrast), &v));
            }
            (Some(x), Some(y)) if x == y => {
                let mut v = v.to_vec();
                v.push((
                    "class",
                    alloc::format!("`{}xx` {}", x.digit(), ui::class_name(locale, x)),
                ));
                out.push(fill_owned(t(locale, UiKey::CompareSameClass), &v));
            }
            _ => {}
        }
        if self.relations().contains(&Relation::DifferentKinds) {
            let (r, e) = if matches!(a, Code::Reply(_)) {
                (a, b)
            } else {
                (b, a)
            };
            out.push(fill(
                t(locale, UiKey::CompareKinds),
                &[("a", &code(r)), ("b", &code(e))],
            ));
        }
        for c in [a, b] {
            if let Some(class) = c.class() {
                out.push(fill(
                    t(locale, UiKey::CompareAdvice),
                    &[
                        ("code", &code(c)),
                        ("retry", ui::retry(locale, class.retry())),
                    ],
                ));
            }
        }
        out
    }

    /// The key differences as sentences, in `locale`: one per [`Difference`], then the
    /// relations worth saying.
    pub fn key_differences(&self, locale: Locale) -> Vec<String> {
        let (a, b) = (code(self.a()), code(self.b()));
        let ab = |extra: &[(&'static str, String)]| {
            let mut v: Vec<(&str, String)> = alloc::vec![("a", a.clone()), ("b", b.clone())];
            v.extend(extra.iter().cloned());
            v
        };
        let mut out = Vec::new();
        for d in self.differences() {
            let s = match d {
                Difference::Class { a: x, b: y } => fill_owned(
                    t(locale, UiKey::DiffClass),
                    &ab(&[
                        ("a_class", ui::class_phrase(locale, *x).into()),
                        ("b_class", ui::class_phrase(locale, *y).into()),
                    ]),
                ),
                Difference::Retry { a: x, b: y } => fill_owned(
                    t(locale, UiKey::DiffRetry),
                    &ab(&[
                        ("a_retry", ui::retry(locale, *x).into()),
                        ("b_retry", ui::retry(locale, *y).into()),
                    ]),
                ),
                Difference::Category { a: x, b: y } => fill_owned(
                    t(locale, UiKey::DiffCategory),
                    &ab(&[
                        ("a_category", ui::category(locale, *x).into()),
                        ("b_category", ui::category(locale, *y).into()),
                    ]),
                ),
                Difference::Subject { a: x, b: y } => {
                    let name = |s: &Option<Subject>| {
                        s.map_or(String::from("?"), |s| {
                            String::from(crate::SubCodeInfo::subject(s).title(locale))
                        })
                    };
                    fill_owned(
                        t(locale, UiKey::DiffSubject),
                        &ab(&[("a_subject", name(x)), ("b_subject", name(y))]),
                    )
                }
                Difference::FixBy { a: x, b: y } => {
                    let who = |p: &[Party]| {
                        ui::join(
                            locale,
                            p.iter()
                                .map(|p| ui::lower_first(locale, ui::party(locale, *p))),
                        )
                    };
                    fill_owned(
                        t(locale, UiKey::DiffFixBy),
                        &ab(&[("a_fix_by", who(x)), ("b_fix_by", who(y))]),
                    )
                }
                Difference::Commands { a: x, b: y } => {
                    let cmds = |c: &[Command]| {
                        ui::join(
                            locale,
                            c.iter()
                                .map(|c| ui::lower_first(locale, &ui::command(locale, *c))),
                        )
                    };
                    match (x.is_empty(), y.is_empty()) {
                        (false, false) => fill_owned(
                            t(locale, UiKey::DiffCommands),
                            &ab(&[("a_commands", cmds(x)), ("b_commands", cmds(y))]),
                        ),
                        (false, true) => fill_owned(
                            t(locale, UiKey::DiffCommandsOne),
                            &[("a", a.clone()), ("commands", cmds(x))],
                        ),
                        (true, false) => fill_owned(
                            t(locale, UiKey::DiffCommandsOne),
                            &[("a", b.clone()), ("commands", cmds(y))],
                        ),
                        (true, true) => continue,
                    }
                }
                Difference::Status { a: x, b: y } => fill_owned(
                    t(locale, UiKey::DiffStatus),
                    &ab(&[
                        ("a_status", ui::lower_first(locale, ui::status(locale, *x))),
                        ("b_status", ui::lower_first(locale, ui::status(locale, *y))),
                    ]),
                ),
            };
            out.push(s);
        }
        for r in self.relations() {
            let s = match r {
                Relation::IanaAssociated => {
                    let (rc, e) = if matches!(self.a(), Code::Reply(_)) {
                        (&a, &b)
                    } else {
                        (&b, &a)
                    };
                    fill(
                        t(locale, UiKey::DiffAssociated),
                        &[("reply", rc), ("enhanced", e)],
                    )
                }
                Relation::Related => fill(t(locale, UiKey::DiffRelated), &[("a", &a), ("b", &b)]),
                _ => continue,
            };
            out.push(s);
        }
        out
    }

    /// What each code is for, in `locale`.
    pub fn when_to_use(&self, locale: Locale) -> Vec<String> {
        let mut out = Vec::new();
        if self.is_same_code() {
            return out;
        }
        let same_class = self.relations().contains(&Relation::SameClass);
        for c in [self.a(), self.b()] {
            if same_class {
                break; // one class sentence would be printed twice
            }
            let key = match c.class() {
                Some(Class::PositiveCompletion) => UiKey::UseClass2,
                Some(Class::PositiveIntermediate) => UiKey::UseClass3,
                Some(Class::TransientNegative) => UiKey::UseClass4,
                Some(Class::PermanentNegative) => UiKey::UseClass5,
                None => continue,
            };
            out.push(fill(t(locale, key), &[("code", &code(c))]));
        }
        if self.relations().contains(&Relation::SameClass) {
            out.push(String::from(t(locale, UiKey::UseSameClass)));
        }
        if self.relations().contains(&Relation::DifferentKinds) {
            let (r, e) = if matches!(self.a(), Code::Reply(_)) {
                (self.a(), self.b())
            } else {
                (self.b(), self.a())
            };
            out.push(fill(
                t(locale, UiKey::UseKinds),
                &[("reply", &code(r)), ("enhanced", &code(e))],
            ));
        }
        out
    }
}

impl Page {
    /// The comparison page in `locale` (sections of DESIGN §6), without links.
    ///
    /// ```
    /// use smtp_codes::{compare, Code, Locale, pages::Page, render::{render, Format}};
    /// let c = compare("421".parse::<Code>().unwrap(), "503".parse::<Code>().unwrap()).unwrap();
    /// let md = render(&Page::comparison(&c, Locale::En), Format::Markdown);
    /// let order = ["## Summary", "### Description", "## Key differences", "## When to use which", "## Learn more"];
    /// let pos: Vec<usize> = order.iter().map(|h| md.find(h).unwrap()).collect();
    /// assert!(pos.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub fn comparison(cmp: &Comparison, locale: Locale) -> Page {
        Page::comparison_with(cmp, locale, &NoLinks)
    }

    /// [`Page::comparison`] with links to the codes' pages.
    pub fn comparison_with(cmp: &Comparison, locale: Locale, links: &dyn Linker) -> Page {
        let (a, b) = (cmp.a(), cmp.b());
        let title = fill_owned(
            t(locale, UiKey::CompareTitle),
            &compare_values(a, b, locale),
        );
        let mut page = Page::new(locale, title);
        let contrast = cmp.contrast();
        // A curated pair's summary is its contrast; the generated sentences (classes, what
        // the client does) are in the table below.
        let summary = if contrast.is_some() {
            Vec::new()
        } else {
            cmp.summary(locale)
        };
        if contrast.is_some() || !summary.is_empty() {
            page.heading(2, "summary", t(locale, UiKey::LabelSummary));
        }
        // A curated pair opens with the question that tells the two apart, and its answer.
        if let Some(ct) = contrast {
            page.paragraph(ct.question(locale));
            page.paragraph(ct.contrast(locale));
        }
        for s in &summary {
            page.paragraph(s);
        }
        let codes: &[Code] = if cmp.is_one_record() { &[a] } else { &[a, b] };
        for (i, &c) in codes.iter().enumerate() {
            let Some(tx) = c.texts() else { continue };
            let id = if i == 0 { "a" } else { "b" };
            page.blocks.push(Block::Heading {
                level: 2,
                id: String::from(id),
                text: code_label(c, locale, &NoLinks),
            });
            page.section(
                3,
                &alloc::format!("{id}-description"),
                t(locale, UiKey::LabelDescription),
                tx.meaning(locale),
            );
            page.section(
                3,
                &alloc::format!("{id}-when-seen"),
                t(locale, UiKey::LabelWhenSeen),
                tx.when_seen(locale),
            );
            page.section(
                3,
                &alloc::format!("{id}-how-to-fix"),
                t(locale, UiKey::LabelHowToFix),
                tx.how_to_fix(locale),
            );
        }
        let table = side_by_side(a, b, locale).filter(|_| !cmp.is_same_code());
        // The table holds the facts that differ; the list keeps what it cannot show (how the
        // two are related).
        let mut sentences = cmp.key_differences(locale);
        if table.is_some() {
            sentences = sentences.split_off(cmp.differences().len().min(sentences.len()));
        }
        let diffs: Vec<Vec<Span>> = sentences.iter().map(|s| spans(s)).collect();
        if table.is_some() || !diffs.is_empty() {
            page.heading(2, "differences", t(locale, UiKey::LabelKeyDifferences));
        }
        if let Some(table) = table {
            page.blocks.push(table);
        }
        if !diffs.is_empty() {
            page.blocks.push(Block::List {
                ordered: true,
                items: diffs,
            });
        }
        if let Some(ct) = contrast {
            // Each code's situation, from the server's side, and what to do after it.
            page.heading(2, "when-to-use", t(locale, UiKey::LabelWhenToUse));
            let rows: Vec<(String, Vec<Span>)> = [a, b]
                .iter()
                .filter_map(|&c| Some((alloc::format!("{c}"), spans(ct.situation(c, locale)?))))
                .collect();
            page.blocks.push(Block::Facts(rows));
            for c in [a, b] {
                if let Some(next) = ct.next_step(c, locale) {
                    page.paragraph(&fill(
                        t(locale, UiKey::CompareAdvice),
                        &[("code", &code(c)), ("retry", next)],
                    ));
                }
            }
        }
        let uses = cmp.when_to_use(locale);
        if contrast.is_none() && !uses.is_empty() {
            page.heading(2, "when-to-use", t(locale, UiKey::LabelWhenToUse));
            for s in &uses {
                page.paragraph(s);
            }
        }
        let mut learn: Vec<Vec<Span>> = codes
            .iter()
            .map(|&c| code_label(c, locale, links))
            .collect();
        learn.extend(reference_items(&cmp.references(), locale));
        page.list_section(
            2,
            "learn-more",
            t(locale, UiKey::LabelLearnMore),
            false,
            learn,
        );
        page
    }
}

/// The two codes' facts side by side (class, category or subject, status, what the client
/// does, who acts, commands), row by row in the first code's order; `None` when there is
/// only one code to show.
fn side_by_side(a: Code, b: Code, locale: Locale) -> Option<Block> {
    if a == b {
        return None;
    }
    let (fa, fb) = (facts(a, locale), facts(b, locale));
    let mut labels: Vec<&String> = fa.iter().map(|(l, _)| l).collect();
    for (l, _) in &fb {
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    let cell = |f: &[(String, Vec<Span>)], l: &String| {
        f.iter().find(|(k, _)| k == l).map_or_else(
            || alloc::vec![Span::Text(String::from("—"))],
            |(_, v)| v.clone(),
        )
    };
    let mut rows: Vec<(String, Vec<Vec<Span>>)> = labels
        .into_iter()
        .map(|l| (l.clone(), alloc::vec![cell(&fa, l), cell(&fb, l)]))
        .collect();
    // Between two reply codes, whether the server ends the session: `421` and `221` close the
    // transmission channel (RFC 5321 §4.2.2, §3.8); every other reply leaves it open.
    if let (Code::Reply(x), Code::Reply(y)) = (a, b) {
        let state = |r: crate::ReplyCode| {
            let key = if matches!(r.as_u16(), 221 | 421) {
                UiKey::ConnectionCloses
            } else {
                UiKey::ConnectionStaysOpen
            };
            spans(t(locale, key))
        };
        rows.push((
            String::from(t(locale, UiKey::LabelConnection)),
            alloc::vec![state(x), state(y)],
        ));
    }
    let head = alloc::vec![
        alloc::vec![Span::Code(alloc::format!("{a}"))],
        alloc::vec![Span::Code(alloc::format!("{b}"))],
    ];
    Some(Block::Table { head, rows })
}
