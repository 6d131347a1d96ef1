//! Catalog records and the small vocabularies they use.
//!
//! Records are `&'static` data compiled from `data/` by the build script; their fields are
//! private and read through accessors, so the layout can change without breaking users.

use crate::catalog;
use crate::{Class, EnhancedCode, Locale, ReplyCode, Subject};
use core::fmt;
use strum::{EnumCount, EnumIter, IntoStaticStr, VariantArray};

/// How a code is defined.
///
/// ```
/// use smtp_codes::{ReplyCode, Status};
/// assert_eq!(ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().status(), Status::Standard);
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumCount,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "kebab-case")
)]
pub enum Status {
    /// Defined by the core SMTP specification (RFC 5321) or the enhanced-code RFCs.
    Standard,
    /// Defined by an SMTP service extension RFC.
    Extension,
    /// Defined once, since deprecated or removed.
    Obsolete,
    /// Defined by an experimental RFC or an Internet-Draft.
    Experimental,
    /// Defined by no RFC; sent by particular servers or vendors (see the references).
    NonStandard,
}

impl Status {
    /// `"standard"`, `"non-standard"`, … as in the catalog and in JSON.
    ///
    /// ```
    /// # use smtp_codes::Status;
    /// assert_eq!(Status::NonStandard.as_str(), "non-standard");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Who has to act to resolve a code.
///
/// ```
/// use smtp_codes::{Party, ReplyCode};
/// let info = ReplyCode::from_u16(503).unwrap().info().unwrap();
/// assert_eq!(info.fix_by()[0], Party::SendingClient);
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumCount,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Party {
    /// The program (or person) sending the SMTP commands.
    SendingClient,
    /// Whoever runs the sending domain or mail server.
    SenderAdmin,
    /// Whoever runs the recipient's domain or mailbox.
    RecipientAdmin,
    /// The operator of the server that sent the reply.
    ServerAdmin,
    /// Nobody: a success or an intermediate step.
    Nobody,
}

impl Party {
    /// The `snake_case` name used in the catalog and in JSON.
    ///
    /// ```
    /// # use smtp_codes::Party;
    /// assert_eq!(Party::RecipientAdmin.as_str(), "recipient_admin");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// An SMTP command (or moment of the session) that can draw a reply (RFC 5321 §4.3.2 and
/// the extension RFCs).
///
/// ```
/// use smtp_codes::{Command, ReplyCode};
/// let info = ReplyCode::from_u16(354).unwrap().info().unwrap();
/// assert!(info.commands().contains(&Command::Data));
/// assert_eq!(Command::Rcpt.token(), Some("RCPT TO"));
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumCount,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Command {
    /// The greeting, right after the connection opens.
    Connect,
    /// `EHLO` or `HELO`.
    Ehlo,
    /// `MAIL FROM`.
    Mail,
    /// `RCPT TO`.
    Rcpt,
    /// The `DATA` command itself.
    Data,
    /// The end of the message data (the final `.`).
    DataEnd,
    /// `RSET`.
    Rset,
    /// `VRFY`.
    Vrfy,
    /// `EXPN`.
    Expn,
    /// `HELP`.
    Help,
    /// `NOOP`.
    Noop,
    /// `QUIT`.
    Quit,
    /// `STARTTLS` (RFC 3207).
    Starttls,
    /// `AUTH` (RFC 4954).
    Auth,
    /// `BDAT` (RFC 3030).
    Bdat,
    /// `BURL` (RFC 4468).
    Burl,
    /// `ETRN` (RFC 1985).
    Etrn,
    /// `ATRN` (RFC 2645).
    Atrn,
    /// Any command.
    Any,
}

impl Command {
    /// The protocol token, for commands that have one (`MAIL FROM`); `None` for the greeting,
    /// the end of data and "any command", whose names are translated.
    ///
    /// ```
    /// # use smtp_codes::Command;
    /// assert_eq!(Command::Ehlo.token(), Some("EHLO"));
    /// assert_eq!(Command::Connect.token(), None);
    /// ```
    pub const fn token(self) -> Option<&'static str> {
        Some(match self {
            Command::Connect | Command::DataEnd | Command::Any => return None,
            Command::Ehlo => "EHLO",
            Command::Mail => "MAIL FROM",
            Command::Rcpt => "RCPT TO",
            Command::Data => "DATA",
            Command::Rset => "RSET",
            Command::Vrfy => "VRFY",
            Command::Expn => "EXPN",
            Command::Help => "HELP",
            Command::Noop => "NOOP",
            Command::Quit => "QUIT",
            Command::Starttls => "STARTTLS",
            Command::Auth => "AUTH",
            Command::Bdat => "BDAT",
            Command::Burl => "BURL",
            Command::Etrn => "ETRN",
            Command::Atrn => "ATRN",
        })
    }

    /// The `snake_case` id used in the catalog and in JSON.
    ///
    /// ```
    /// # use smtp_codes::Command;
    /// assert_eq!(Command::DataEnd.as_str(), "data_end");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What kind of document a [`Source`] is.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumCount,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum SourceKind {
    /// An RFC.
    Rfc,
    /// An IANA registry.
    Registry,
    /// An Internet-Draft.
    Draft,
    /// A vendor's or MTA's documentation or source code.
    Vendor,
}

/// A document the catalog cites.
///
/// ```
/// use smtp_codes::ReplyCode;
/// let r = &ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().references()[0];
/// assert_eq!(r.source().id(), "RFC 5321");
/// assert!(r.source().url().starts_with("https://"));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub(crate) id: &'static str,
    pub(crate) kind: SourceKind,
    pub(crate) title: &'static str,
    pub(crate) url: &'static str,
}

impl Source {
    /// The short name, e.g. `"RFC 5321"`.
    pub fn id(&self) -> &'static str {
        self.id
    }
    /// What kind of document it is.
    pub fn kind(&self) -> SourceKind {
        self.kind
    }
    /// The document's title.
    pub fn title(&self) -> &'static str {
        self.title
    }
    /// Where to read it.
    pub fn url(&self) -> &'static str {
        self.url
    }
}

/// A citation: a source and, optionally, a section of it.
///
/// ```
/// use smtp_codes::ReplyCode;
/// let r = &ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().references()[0];
/// assert_eq!(r.to_string(), "RFC 5321 §4.2.2");
/// assert_eq!(r.section(), Some("4.2.2"));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Reference {
    pub(crate) source: &'static Source,
    pub(crate) section: &'static str,
}

impl Reference {
    /// The cited document.
    pub fn source(&self) -> &'static Source {
        self.source
    }
    /// The section, if one is cited.
    pub fn section(&self) -> Option<&'static str> {
        if self.section.is_empty() {
            None
        } else {
            Some(self.section)
        }
    }
    /// A link to the section where the source's site has one (RFCs), else to the document.
    ///
    /// ```
    /// # use smtp_codes::ReplyCode;
    /// let r = &ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().references()[0];
    /// assert_eq!(r.url(), "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2");
    /// ```
    pub fn url(&self) -> alloc::string::String {
        match (self.source.kind, self.section()) {
            (SourceKind::Rfc, Some(s)) if s.bytes().all(|b| b.is_ascii_digit() || b == b'.') => {
                alloc::format!("{}#section-{s}", self.source.url)
            }
            _ => self.source.url.into(),
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.section() {
            Some(s) => write!(f, "{} §{s}", self.source.id),
            None => f.write_str(self.source.id),
        }
    }
}

/// A code of either kind: a reply code (`421`) or an enhanced status code (`5.1.1`, `X.1.1`).
///
/// ```
/// use smtp_codes::Code;
/// assert!(matches!("421".parse::<Code>(), Ok(Code::Reply(_))));
/// assert!(matches!("X.1.1".parse::<Code>(), Ok(Code::Enhanced(_))));
/// assert!("5.1".parse::<Code>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A three-digit reply code.
    Reply(ReplyCode),
    /// An enhanced status code.
    Enhanced(EnhancedCode),
}

impl Code {
    /// The class, if the code has one (generic `X.s.d` codes have none).
    ///
    /// ```
    /// # use smtp_codes::{Class, Code};
    /// assert_eq!("550".parse::<Code>().unwrap().class(), Some(Class::PermanentNegative));
    /// ```
    pub fn class(self) -> Option<Class> {
        match self {
            Code::Reply(r) => Some(r.class()),
            Code::Enhanced(e) => e.class(),
        }
    }

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

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Reply(r) => fmt::Display::fmt(r, f),
            Code::Enhanced(e) => fmt::Display::fmt(e, f),
        }
    }
}

impl core::str::FromStr for Code {
    type Err = crate::ParseCodeError;
    /// A reply code if the text has no dot, else an enhanced code.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.contains('.') {
            s.parse().map(Code::Enhanced)
        } else {
            s.parse().map(Code::Reply)
        }
    }
}

impl From<ReplyCode> for Code {
    fn from(c: ReplyCode) -> Code {
        Code::Reply(c)
    }
}

impl From<EnhancedCode> for Code {
    fn from(c: EnhancedCode) -> Code {
        Code::Enhanced(c)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Code::Reply(r) => r.serialize(s),
            Code::Enhanced(e) => e.serialize(s),
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
        catalog::text(locale, self.row, field)
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
    /// The record of a reply code number, if the catalog has one.
    ///
    /// ```
    /// # use smtp_codes::ReplyInfo;
    /// assert_eq!(ReplyInfo::get(250).unwrap().name(), "OK");
    /// assert!(ReplyInfo::get(299).is_none());
    /// ```
    #[inline]
    pub fn get(code: u16) -> Option<&'static ReplyInfo> {
        catalog::reply(code)
    }

    /// The record whose constant name is `name`.
    ///
    /// ```
    /// # use smtp_codes::ReplyInfo;
    /// assert_eq!(ReplyInfo::by_name("SERVICE_NOT_AVAILABLE").unwrap().code(), 421);
    /// ```
    pub fn by_name(name: &str) -> Option<&'static ReplyInfo> {
        catalog::reply_by_name(name)
    }

    /// Every reply code record, sorted by code.
    ///
    /// ```
    /// # use smtp_codes::ReplyInfo;
    /// let codes: Vec<u16> = ReplyInfo::all().iter().map(|i| i.code().as_u16()).collect();
    /// assert!(codes.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub fn all() -> &'static [ReplyInfo] {
        catalog::replies()
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
    /// The record of `X.subject.detail`, if the catalog has one.
    ///
    /// ```
    /// # use smtp_codes::EnhancedInfo;
    /// assert_eq!(EnhancedInfo::get(2, 2).unwrap().name(), "MAILBOX_FULL");
    /// ```
    #[inline]
    pub fn get(subject: u16, detail: u16) -> Option<&'static EnhancedInfo> {
        catalog::enhanced(subject, detail)
    }

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
        catalog::find_enhanced(code.as_bytes())
    }

    /// The record whose constant name is `name`.
    ///
    /// ```
    /// # use smtp_codes::EnhancedInfo;
    /// assert_eq!(EnhancedInfo::by_name("MAILBOX_FULL").unwrap().code().to_string(), "X.2.2");
    /// ```
    pub fn by_name(name: &str) -> Option<&'static EnhancedInfo> {
        catalog::enhanced_by_name(name)
    }

    /// Every enhanced code record, sorted by subject and detail.
    ///
    /// ```
    /// # use smtp_codes::EnhancedInfo;
    /// assert_eq!(EnhancedInfo::all()[0].code().to_string(), "X.0.0");
    /// ```
    pub fn all() -> &'static [EnhancedInfo] {
        catalog::enhanced_all()
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
        catalog::class_record(class)
    }
    /// The record of a subject.
    pub fn subject(subject: Subject) -> &'static SubCodeInfo {
        catalog::subject_record(subject)
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
