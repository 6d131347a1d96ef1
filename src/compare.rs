//! Comparing two codes: structured differences computed from the catalog's facts, and the
//! comparison page (DESIGN §6) built from them.

use crate::catalog::UiKey;
use crate::code_page::{Linker, NoLinks, code_label, compare_values, reference_items};
use crate::page::{Page, Span, spans};
use crate::ui::{self, code, fill, fill_owned, t};
use crate::{Category, Class, Code, Command, Locale, Party, Reference, Retry, Status, Subject};
use alloc::string::String;
use alloc::vec::Vec;

/// One way in which two codes differ, or are related.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(tag = "kind", rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Difference {
    /// The classes differ (first digit).
    Class {
        /// Class of the first code.
        a: Class,
        /// Class of the second code.
        b: Class,
    },
    /// A client must react differently.
    Retry {
        /// After the first code.
        a: Retry,
        /// After the second code.
        b: Retry,
    },
    /// Two reply codes of different categories (second digit).
    Category {
        /// Category of the first code.
        a: Category,
        /// Category of the second code.
        b: Category,
    },
    /// Two enhanced codes of different subjects.
    Subject {
        /// Subject of the first code.
        a: Option<Subject>,
        /// Subject of the second code.
        b: Option<Subject>,
    },
    /// Different people must act.
    FixBy {
        /// Who acts on the first code.
        a: &'static [Party],
        /// Who acts on the second code.
        b: &'static [Party],
    },
    /// Different commands can draw the two replies.
    Commands {
        /// Commands of the first code.
        a: &'static [Command],
        /// Commands of the second code.
        b: &'static [Command],
    },
    /// The codes are defined differently (standard, extension, non-standard, …).
    Status {
        /// Status of the first code.
        a: Status,
        /// Status of the second code.
        b: Status,
    },
}

/// How two codes are related.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Relation {
    /// The same code (or the same `X.s.d` record in another class).
    SameCode,
    /// Both have the same class.
    SameClass,
    /// One is a reply code, the other an enhanced code.
    DifferentKinds,
    /// IANA lists the reply code among the basic codes of the enhanced code.
    IanaAssociated,
    /// The catalog lists them as related.
    Related,
    /// People often confuse them (the catalog's `compare_with`).
    LookAlike,
}

/// The comparison of two codes of the catalog.
///
/// ```
/// use smtp_codes::{compare, Code, Difference, Relation, Retry};
/// let c = compare("421".parse::<Code>().unwrap(), "503".parse::<Code>().unwrap()).unwrap();
/// assert!(c.differences().contains(&Difference::Retry { a: Retry::Later, b: Retry::NotUnchanged }));
/// assert!(c.relations().contains(&Relation::LookAlike));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    a: Code,
    b: Code,
    differences: Vec<Difference>,
    relations: Vec<Relation>,
}

struct Facts {
    class: Option<Class>,
    category: Option<Category>,
    subject: Option<Subject>,
    fix_by: &'static [Party],
    commands: &'static [Command],
    status: Status,
    related: &'static [Code],
    compare_with: &'static [Code],
    references: &'static [Reference],
}

fn facts(c: Code) -> Option<Facts> {
    Some(match c {
        Code::Reply(r) => {
            let i = r.info()?;
            Facts {
                class: Some(r.class()),
                category: Some(r.category()),
                subject: None,
                fix_by: i.fix_by(),
                commands: i.commands(),
                status: i.status(),
                related: i.related(),
                compare_with: i.compare_with(),
                references: i.references(),
            }
        }
        Code::Enhanced(e) => {
            let i = e.info()?;
            Facts {
                class: e.class(),
                category: None,
                subject: e.subject(),
                fix_by: i.fix_by(),
                commands: &[],
                status: i.status(),
                related: i.related(),
                compare_with: i.compare_with(),
                references: i.references(),
            }
        }
    })
}

/// The generic form a relation list names: `5.1.1` is listed as `X.1.1`.
fn listed(c: Code) -> Code {
    match c {
        Code::Enhanced(e) => Code::Enhanced(e.generic()),
        r => r,
    }
}

fn same_set<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// Compares two catalog codes; `None` if the catalog does not know one of them.
///
/// ```
/// use smtp_codes::{compare, Code, Relation};
/// let c = compare("550".parse::<Code>().unwrap(), "X.1.1".parse::<Code>().unwrap()).unwrap();
/// assert!(c.relations().contains(&Relation::IanaAssociated));
/// assert!(compare("299".parse::<Code>().unwrap(), "550".parse::<Code>().unwrap()).is_none());
/// ```
pub fn compare(a: Code, b: Code) -> Option<Comparison> {
    let (fa, fb) = (facts(a)?, facts(b)?);
    let mut d = Vec::new();
    let mut r = Vec::new();
    if listed(a) == listed(b) {
        r.push(Relation::SameCode);
    }
    let kinds_differ = matches!(
        (a, b),
        (Code::Reply(_), Code::Enhanced(_)) | (Code::Enhanced(_), Code::Reply(_))
    );
    if kinds_differ {
        r.push(Relation::DifferentKinds);
    }
    match (fa.class, fb.class) {
        (Some(x), Some(y)) if x != y => {
            d.push(Difference::Class { a: x, b: y });
            d.push(Difference::Retry {
                a: x.retry(),
                b: y.retry(),
            });
        }
        (Some(x), Some(y)) if x == y => r.push(Relation::SameClass),
        _ => {}
    }
    if let (Some(x), Some(y)) = (fa.category, fb.category)
        && x != y
    {
        d.push(Difference::Category { a: x, b: y });
    }
    if let (Code::Enhanced(_), Code::Enhanced(_)) = (a, b)
        && fa.subject != fb.subject
    {
        d.push(Difference::Subject {
            a: fa.subject,
            b: fb.subject,
        });
    }
    if !same_set(fa.fix_by, fb.fix_by) {
        d.push(Difference::FixBy {
            a: fa.fix_by,
            b: fb.fix_by,
        });
    }
    if !kinds_differ && !same_set(fa.commands, fb.commands) {
        d.push(Difference::Commands {
            a: fa.commands,
            b: fb.commands,
        });
    }
    if fa.status != fb.status {
        d.push(Difference::Status {
            a: fa.status,
            b: fb.status,
        });
    }
    let (la, lb) = (listed(a), listed(b));
    let associated = match (la, lb) {
        (Code::Reply(rc), Code::Enhanced(e)) | (Code::Enhanced(e), Code::Reply(rc)) => {
            e.info().is_some_and(|i| i.associated().contains(&rc))
        }
        _ => false,
    };
    if associated {
        r.push(Relation::IanaAssociated);
    } else if fa.related.contains(&lb) || fb.related.contains(&la) {
        r.push(Relation::Related);
    }
    if fa.compare_with.contains(&lb) || fb.compare_with.contains(&la) {
        r.push(Relation::LookAlike);
    }
    Some(Comparison {
        a,
        b,
        differences: d,
        relations: r,
    })
}

impl Comparison {
    /// The first code.
    pub fn a(&self) -> Code {
        self.a
    }
    /// The second code.
    pub fn b(&self) -> Code {
        self.b
    }
    /// How the two differ, most important first; empty for the same code.
    pub fn differences(&self) -> &[Difference] {
        &self.differences
    }
    /// How the two are related.
    pub fn relations(&self) -> &[Relation] {
        &self.relations
    }
    /// Whether both name the same code (or the same `X.s.d` record).
    pub fn is_same_code(&self) -> bool {
        self.relations.contains(&Relation::SameCode)
    }

    /// The sentences of the summary, in `locale`.
    pub fn summary(&self, locale: Locale) -> Vec<String> {
        let (a, b) = (self.a, self.b);
        let mut out = Vec::new();
        if self.is_same_code() {
            out.push(fill(
                t(locale, UiKey::CompareSameCode),
                &[("a", &code(a)), ("b", &code(b))],
            ));
            return out;
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
        if self.relations.contains(&Relation::DifferentKinds) {
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
        let (a, b) = (code(self.a), code(self.b));
        let ab = |extra: &[(&'static str, String)]| {
            let mut v: Vec<(&str, String)> = alloc::vec![("a", a.clone()), ("b", b.clone())];
            v.extend(extra.iter().cloned());
            v
        };
        let mut out = Vec::new();
        for d in &self.differences {
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
        for r in &self.relations {
            let s = match r {
                Relation::IanaAssociated => {
                    let (rc, e) = if matches!(self.a, Code::Reply(_)) {
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
                Relation::LookAlike => {
                    fill(t(locale, UiKey::DiffLookalike), &[("a", &a), ("b", &b)])
                }
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
        for c in [self.a, self.b] {
            let key = match c.class() {
                Some(Class::PositiveCompletion) => UiKey::UseClass2,
                Some(Class::PositiveIntermediate) => UiKey::UseClass3,
                Some(Class::TransientNegative) => UiKey::UseClass4,
                Some(Class::PermanentNegative) => UiKey::UseClass5,
                None => continue,
            };
            out.push(fill(t(locale, key), &[("code", &code(c))]));
        }
        if self.relations.contains(&Relation::SameClass) {
            out.push(String::from(t(locale, UiKey::UseSameClass)));
        }
        if self.relations.contains(&Relation::DifferentKinds) {
            let (r, e) = if matches!(self.a, Code::Reply(_)) {
                (self.a, self.b)
            } else {
                (self.b, self.a)
            };
            out.push(fill(
                t(locale, UiKey::UseKinds),
                &[("reply", &code(r)), ("enhanced", &code(e))],
            ));
        }
        out
    }

    /// The comparison page in `locale` (sections of DESIGN §6), without links.
    ///
    /// ```
    /// use smtp_codes::{compare, Code, Locale, render::{render, Format}};
    /// let c = compare("421".parse::<Code>().unwrap(), "503".parse::<Code>().unwrap()).unwrap();
    /// let md = render(&c.page(Locale::En), Format::Markdown);
    /// let order = ["## Summary", "### Description", "## Key differences", "## When to use which", "## Learn more"];
    /// let pos: Vec<usize> = order.iter().map(|h| md.find(h).unwrap()).collect();
    /// assert!(pos.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub fn page(&self, locale: Locale) -> Page {
        self.page_with(locale, &NoLinks)
    }

    /// [`Comparison::page`] with links to the codes' pages.
    pub fn page_with(&self, locale: Locale, links: &dyn Linker) -> Page {
        let (a, b) = (self.a, self.b);
        let title = fill_owned(
            t(locale, UiKey::CompareTitle),
            &compare_values(a, b, locale),
        );
        let mut page = Page::new(locale, title);
        let summary = self.summary(locale);
        if !summary.is_empty() {
            page.heading(2, "summary", t(locale, UiKey::LabelSummary));
            for s in &summary {
                page.paragraph(s);
            }
        }
        let codes: &[Code] = if self.is_same_code() { &[a] } else { &[a, b] };
        for (i, &c) in codes.iter().enumerate() {
            let Some(tx) = c.texts() else { continue };
            let id = if i == 0 { "a" } else { "b" };
            page.blocks.push(crate::page::Block::Heading {
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
        let diffs: Vec<Vec<Span>> = self
            .key_differences(locale)
            .iter()
            .map(|s| spans(s))
            .collect();
        page.list_section(
            2,
            "differences",
            t(locale, UiKey::LabelKeyDifferences),
            true,
            diffs,
        );
        let uses = self.when_to_use(locale);
        if !uses.is_empty() {
            page.heading(2, "when-to-use", t(locale, UiKey::LabelWhenToUse));
            for s in &uses {
                page.paragraph(s);
            }
        }
        let mut learn: Vec<Vec<Span>> = codes
            .iter()
            .map(|&c| code_label(c, locale, links))
            .collect();
        let mut seen: Vec<&Reference> = Vec::new();
        for &c in codes {
            let refs = facts(c).map_or(&[][..], |f| f.references);
            for r in refs {
                if !seen.contains(&r) {
                    seen.push(r);
                }
            }
        }
        learn.extend(reference_items(&seen, locale));
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
