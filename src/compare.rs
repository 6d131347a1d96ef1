//! Comparing two codes: structured differences and relations computed from the catalog's
//! facts. Facts only: the sentences and the page are [`crate::pages`]'s.

use crate::{Category, Class, Code, Command, Party, Reference, Retry, Status, Subject};
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
    /// The same code.
    SameCode,
    /// The same enhanced detail in two classes (`4.1.1` and `5.1.1`): one `X.s.d` record, read
    /// as transient in one and permanent in the other.
    SameDetail,
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
        if fa.class == fb.class || fa.class.is_none() || fb.class.is_none() {
            r.push(Relation::SameCode);
        } else {
            r.push(Relation::SameDetail);
        }
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
    /// Whether both name the same code (`X.1.1` and `X.1.1`, or `5.1.1` and `X.1.1`, whose
    /// class the latter leaves open). `4.1.1` and `5.1.1` are not: see
    /// [`Relation::SameDetail`].
    ///
    /// ```
    /// use smtp_codes::{compare, Code, Relation};
    /// let c = compare("4.1.1".parse::<Code>().unwrap(), "5.1.1".parse::<Code>().unwrap()).unwrap();
    /// assert!(!c.is_same_code());
    /// assert!(c.relations().contains(&Relation::SameDetail));
    /// ```
    pub fn is_same_code(&self) -> bool {
        self.relations.contains(&Relation::SameCode)
    }

    /// The hand-written contrast of this pair, if it is one of the curated look-alikes.
    pub fn contrast(&self) -> Option<&'static crate::Contrast> {
        crate::Contrast::find(self.a, self.b)
    }

    /// Whether the two are one record: the same code, or the same detail in two classes.
    pub(crate) fn is_one_record(&self) -> bool {
        self.relations.contains(&Relation::SameCode)
            || self.relations.contains(&Relation::SameDetail)
    }

    /// The references of both codes, each once, the first code's first.
    pub(crate) fn references(&self) -> Vec<&'static Reference> {
        let mut seen: Vec<&'static Reference> = Vec::new();
        for c in [self.a, self.b] {
            for r in facts(c).map_or(&[][..], |f| f.references) {
                if !seen.contains(&r) {
                    seen.push(r);
                }
            }
        }
        seen
    }
}
