//! Catalog records: what the catalog knows about a reply code, an enhanced code or a class or
//! subject sub-code, and the lookups that lead to them from the code types.
//!
//! Records are `&'static` data compiled from `data/` (the tables in `generated/`); their
//! fields are private and read through accessors, so the layout can change without breaking
//! users.

use super::lookup;
use super::{Locale, Reference};
use crate::{Class, Code, Command, EnhancedCode, Party, ReplyCode, Status, Subject};

impl ReplyCode {
    /// What the catalog says about this code, if it knows it.
    ///
    /// ```
    /// # use smtp_codes::{Locale, ReplyCode};
    /// let info = ReplyCode::from_u16(503).unwrap().info().unwrap();
    /// assert_eq!(info.title(Locale::En), "Bad sequence of commands");
    /// ```
    #[inline]
    pub fn info(self) -> Option<&'static ReplyInfo> {
        lookup::reply(self.0)
    }
}

impl EnhancedCode {
    /// What the catalog says about this code (any class shares the `X.s.d` record).
    ///
    /// ```
    /// # use smtp_codes::EnhancedCode;
    /// assert_eq!("5.7.26".parse::<EnhancedCode>().unwrap().info().unwrap().name(), "MULTIPLE_AUTHENTICATION_CHECKS_FAILED");
    /// assert!("5.9.9".parse::<EnhancedCode>().unwrap().info().is_none());
    /// ```
    #[inline]
    pub fn info(self) -> Option<&'static EnhancedInfo> {
        lookup::enhanced(self.subject, self.detail)
    }
}

impl Code {
    /// Whether the catalog knows this code.
    ///
    /// ```
    /// # use smtp_codes::Code;
    /// assert!("5.1.1".parse::<Code>().unwrap().is_known());
    /// assert!(!"299".parse::<Code>().unwrap().is_known());
    /// ```
    pub fn is_known(self) -> bool {
        match self {
            Code::Reply(r) => r.info().is_some(),
            Code::Enhanced(e) => e.info().is_some(),
        }
    }

    /// The catalog's texts for this code, if it knows it.
    ///
    /// ```
    /// # use smtp_codes::{Code, Locale};
    /// let t = "X.2.2".parse::<Code>().unwrap().texts().unwrap();
    /// assert_eq!(t.title(Locale::En), "Mailbox full");
    /// ```
    pub fn texts(self) -> Option<&'static Texts> {
        match self {
            Code::Reply(r) => r.info().map(ReplyInfo::texts),
            Code::Enhanced(e) => e.info().map(EnhancedInfo::texts),
        }
    }
}

/// The four localized texts every record has: a row of the generated text tables.
///
/// Every shipped language is complete (the build refuses one that is not), so a text is
/// always there; [`Locale`] fallback happens when a tag is resolved to a `Locale`.
///
/// ```
/// use smtp_codes::{Locale, ReplyCode};
/// let t = ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().texts();
/// assert!(t.meaning(Locale::En).contains("closing the connection"));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Texts {
    pub(crate) row: u16,
}

impl Texts {
    #[inline]
    fn get(&self, locale: Locale, field: usize) -> &'static str {
        lookup::text(locale, self.row, field)
    }
    /// A short name of the code.
    pub fn title(&self, locale: Locale) -> &'static str {
        self.get(locale, 0)
    }
    /// What the code says, in one to three sentences.
    pub fn meaning(&self, locale: Locale) -> &'static str {
        self.get(locale, 1)
    }
    /// The situations in which servers send it (whole sentences).
    pub fn when_seen(&self, locale: Locale) -> &'static str {
        self.get(locale, 2)
    }
    /// What to do about it, and who has to do it.
    pub fn how_to_fix(&self, locale: Locale) -> &'static str {
        self.get(locale, 3)
    }
}

/// What the catalog knows about a reply code.
///
/// ```
/// use smtp_codes::{Command, Locale, ReplyCode, Status};
/// let info = ReplyCode::from_u16(503).unwrap().info().unwrap();
/// assert_eq!(info.code(), 503);
/// assert_eq!(info.status(), Status::Standard);
/// assert_eq!(info.title(Locale::En), "Bad sequence of commands");
/// assert!(info.commands().contains(&Command::Rcpt));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct ReplyInfo {
    pub(crate) code: ReplyCode,
    pub(crate) status: Status,
    pub(crate) name: &'static str,
    pub(crate) texts: Texts,
    pub(crate) fix_by: &'static [Party],
    pub(crate) references: &'static [Reference],
    pub(crate) commands: &'static [Command],
    pub(crate) related: &'static [Code],
    pub(crate) compare_with: &'static [Code],
}

/// What the catalog knows about an enhanced status code (`X.s.d`, any class).
///
/// ```
/// use smtp_codes::{EnhancedCode, Locale, ReplyCode};
/// let info = EnhancedCode::BAD_DESTINATION_MAILBOX_ADDRESS.info().unwrap();
/// assert_eq!(info.code().to_string(), "X.1.1");
/// assert_eq!(info.iana_associated(), "451, 550");
/// assert!(info.associated().contains(&ReplyCode::MAILBOX_UNAVAILABLE));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct EnhancedInfo {
    pub(crate) code: EnhancedCode,
    pub(crate) status: Status,
    pub(crate) name: &'static str,
    pub(crate) texts: Texts,
    pub(crate) fix_by: &'static [Party],
    pub(crate) references: &'static [Reference],
    pub(crate) related: &'static [Code],
    pub(crate) compare_with: &'static [Code],
    pub(crate) iana_associated: &'static str,
    pub(crate) associated: &'static [ReplyCode],
}

/// Accessors both record kinds share.
macro_rules! common_accessors {
    ($t:ty, $code:ty) => {
        impl $t {
            /// The code (for enhanced codes, the generic `X.s.d` form).
            pub fn code(&self) -> $code {
                self.code
            }
            /// How the code is defined.
            pub fn status(&self) -> Status {
                self.status
            }
            /// The Rust constant name, e.g. `"SERVICE_NOT_AVAILABLE"`.
            pub fn name(&self) -> &'static str {
                self.name
            }
            /// All four texts.
            pub fn texts(&'static self) -> &'static Texts {
                &self.texts
            }
            /// The title in `locale`.
            pub fn title(&self, locale: Locale) -> &'static str {
                self.texts.title(locale)
            }
            /// What the code says, in `locale`.
            pub fn meaning(&self, locale: Locale) -> &'static str {
                self.texts.meaning(locale)
            }
            /// When servers send it, in `locale`.
            pub fn when_seen(&self, locale: Locale) -> &'static str {
                self.texts.when_seen(locale)
            }
            /// How to fix it, in `locale`.
            pub fn how_to_fix(&self, locale: Locale) -> &'static str {
                self.texts.how_to_fix(locale)
            }
            /// Who must act, most important first.
            pub fn fix_by(&self) -> &'static [Party] {
                self.fix_by
            }
            /// The sources that define or describe the code.
            pub fn references(&self) -> &'static [Reference] {
                self.references
            }
            /// Related codes, in order (relations hold both ways).
            pub fn related(&self) -> &'static [Code] {
                self.related
            }
            /// Codes people confuse with this one.
            pub fn compare_with(&self) -> &'static [Code] {
                self.compare_with
            }
        }
    };
}
common_accessors!(ReplyInfo, ReplyCode);
common_accessors!(EnhancedInfo, EnhancedCode);

impl ReplyInfo {
    /// The record whose constant name is `name`.
    ///
    /// ```
    /// # use smtp_codes::ReplyInfo;
    /// assert_eq!(ReplyInfo::by_name("SERVICE_NOT_AVAILABLE").unwrap().code(), 421);
    /// ```
    pub fn by_name(name: &str) -> Option<&'static ReplyInfo> {
        lookup::reply_by_name(name)
    }

    /// Every reply code record, sorted by code.
    ///
    /// ```
    /// # use smtp_codes::ReplyInfo;
    /// let codes: Vec<u16> = ReplyInfo::all().iter().map(|i| i.code().as_u16()).collect();
    /// assert!(codes.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub fn all() -> &'static [ReplyInfo] {
        lookup::replies()
    }

    /// The class (first digit).
    pub fn class(&self) -> Class {
        self.code.class()
    }

    /// The commands that can draw this reply.
    pub fn commands(&self) -> &'static [Command] {
        self.commands
    }
}

impl EnhancedInfo {
    /// Looks up a code written as text (`"5.7.26"`, `"X.7.26"`) without parsing it first: the
    /// fastest way from a string to a record. Returns the code as written (with its class)
    /// and the record. Anything that is not a catalog code gives `None`.
    ///
    /// ```
    /// # use smtp_codes::{Class, EnhancedInfo};
    /// let (code, info) = EnhancedInfo::find("5.1.1").unwrap();
    /// assert_eq!(code.class(), Some(Class::PermanentNegative));
    /// assert_eq!(info.code().to_string(), "X.1.1");
    /// assert!(EnhancedInfo::find("5.9.9").is_none());
    /// assert!(EnhancedInfo::find("5.01.1").is_none());
    /// ```
    #[inline]
    pub fn find(code: &str) -> Option<(EnhancedCode, &'static EnhancedInfo)> {
        lookup::find_enhanced(code.as_bytes())
    }

    /// The record whose constant name is `name`.
    ///
    /// ```
    /// # use smtp_codes::EnhancedInfo;
    /// assert_eq!(EnhancedInfo::by_name("MAILBOX_FULL").unwrap().code().to_string(), "X.2.2");
    /// ```
    pub fn by_name(name: &str) -> Option<&'static EnhancedInfo> {
        lookup::enhanced_by_name(name)
    }

    /// Every enhanced code record, sorted by subject and detail.
    ///
    /// ```
    /// # use smtp_codes::EnhancedInfo;
    /// assert_eq!(EnhancedInfo::all()[0].code().to_string(), "X.0.0");
    /// ```
    pub fn all() -> &'static [EnhancedInfo] {
        lookup::enhanced_all()
    }

    /// The subject.
    pub fn subject(&self) -> Option<Subject> {
        self.code.subject()
    }

    /// IANA's "Associated basic status code" column, verbatim (`"451, 550"`, `"Not given"`).
    pub fn iana_associated(&self) -> &'static str {
        self.iana_associated
    }

    /// The reply codes IANA associates with this code.
    pub fn associated(&self) -> &'static [ReplyCode] {
        self.associated
    }
}

/// A class sub-code (`5.XXX.XXX`) or subject sub-code (`X.1.XXX`) of RFC 3463.
///
/// ```
/// use smtp_codes::{Class, Locale, SubCodeInfo, Subject};
/// assert_eq!(SubCodeInfo::subject(Subject::Mailbox).title(Locale::En), "Mailbox Status");
/// assert!(SubCodeInfo::class(Class::PermanentNegative).is_some());
/// assert!(SubCodeInfo::class(Class::PositiveIntermediate).is_none());
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct SubCodeInfo {
    pub(crate) key: &'static str,
    pub(crate) texts: Texts,
    pub(crate) references: &'static [Reference],
}

impl SubCodeInfo {
    /// The record of an enhanced-code class (2, 4 or 5).
    pub fn class(class: Class) -> Option<&'static SubCodeInfo> {
        lookup::class_record(class)
    }
    /// The record of a subject.
    pub fn subject(subject: Subject) -> &'static SubCodeInfo {
        lookup::subject_record(subject)
    }
    /// The key as IANA writes it: `"5.XXX.XXX"`, `"X.1.XXX"`.
    pub fn key(&self) -> &'static str {
        self.key
    }
    /// All four texts.
    pub fn texts(&'static self) -> &'static Texts {
        &self.texts
    }
    /// The title in `locale`.
    pub fn title(&self, locale: Locale) -> &'static str {
        self.texts.title(locale)
    }
    /// The sources that define it.
    pub fn references(&self) -> &'static [Reference] {
        self.references
    }
}
