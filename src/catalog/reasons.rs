//! The reason taxonomy (`data/diagnosis/reasons.yaml`) and the rules that find reasons in a
//! reply (`data/diagnosis/codes.yaml`, `data/diagnosis/text/`), as compiled tables.
//! [`crate::diagnose`] applies the rules; this module only holds them.

use super::generated::{REASON_LIST, REASON_TEXTS, REASONS};
use super::{Locale, Source};
use crate::{Code, Party, Retry};
use alloc::borrow::Cow;
use core::fmt;

pub use super::generated::Reason;

/// The facts of one reason, a row of the generated table.
#[derive(Debug)]
pub(crate) struct ReasonData {
    pub(crate) id: &'static str,
    pub(crate) group: Reason,
    pub(crate) retry: Option<Retry>,
    pub(crate) fix_by: &'static [Party],
}

/// A rule on text: these phrases, in this order, name this reason.
#[derive(Debug)]
pub(crate) struct TextRule {
    pub(crate) id: &'static str,
    pub(crate) reason: Reason,
    /// In the normal form of [`crate::diagnose`]'s matcher, with the spaces that make it
    /// match whole words.
    pub(crate) phrases: &'static [&'static str],
    pub(crate) specific: bool,
    /// The code a reply must carry for the rule to apply (an enhanced code in its generic
    /// `X.s.d` form, or a reply code): a provider's own use of a code, such as Microsoft's
    /// `5.4.1` with "Access denied" for an unknown recipient.
    pub(crate) with_code: Option<Code>,
    pub(crate) source: &'static Source,
}

/// A rule on a code: this code names this reason.
#[derive(Debug)]
pub(crate) struct CodeRule {
    /// `code.<code>`: `code.421`, `code.X.2.2`.
    pub(crate) id: &'static str,
    /// A reply code, or an enhanced code in its generic `X.s.d` form.
    pub(crate) code: Code,
    pub(crate) reason: Reason,
    pub(crate) specific: bool,
    pub(crate) source: &'static Source,
}

impl Reason {
    fn data(self) -> &'static ReasonData {
        &REASONS[self as usize]
    }

    fn text(self, locale: Locale, field: usize) -> &'static str {
        REASON_TEXTS[locale as usize][self as usize][field & 3]
    }

    /// Every reason, in the order of the taxonomy.
    ///
    /// ```
    /// use smtp_codes::Reason;
    /// assert_eq!(Reason::all()[0], Reason::UserUnknown);
    /// assert!(Reason::all().contains(&Reason::Unknown));
    /// ```
    pub fn all() -> &'static [Reason] {
        &REASON_LIST
    }

    /// The stable id, as in the data and in JSON: `"user_unknown"`.
    ///
    /// ```
    /// # use smtp_codes::Reason;
    /// assert_eq!(Reason::MailboxFull.id(), "mailbox_full");
    /// ```
    pub fn id(self) -> &'static str {
        self.data().id
    }

    /// The reason an id names.
    ///
    /// ```
    /// # use smtp_codes::Reason;
    /// assert_eq!(Reason::from_id("greylisted"), Some(Reason::Greylisted));
    /// assert_eq!(Reason::from_id("nope"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Reason> {
        REASON_LIST.iter().copied().find(|r| r.id() == id)
    }

    /// The base reason this one refines (itself for a base reason).
    ///
    /// ```
    /// # use smtp_codes::Reason;
    /// assert_eq!(Reason::Spam.group(), Reason::Spam);
    /// ```
    pub fn group(self) -> Reason {
        self.data().group
    }

    /// What retrying means for this reason, whatever the code: `Later` when the same message
    /// may go through later unchanged (greylisting, a full mailbox), `NotUnchanged` when
    /// someone must change something first. `None` for [`Reason::Unknown`]: only the code's
    /// class speaks then.
    ///
    /// ```
    /// # use smtp_codes::{Reason, Retry};
    /// assert_eq!(Reason::Greylisted.retry(), Some(Retry::Later));
    /// assert_eq!(Reason::UserUnknown.retry(), Some(Retry::NotUnchanged));
    /// assert_eq!(Reason::Unknown.retry(), None);
    /// ```
    pub fn retry(self) -> Option<Retry> {
        self.data().retry
    }

    /// Who has to act, most important first.
    ///
    /// ```
    /// # use smtp_codes::{Party, Reason};
    /// assert_eq!(Reason::Success.fix_by(), [Party::Nobody]);
    /// ```
    pub fn fix_by(self) -> &'static [Party] {
        self.data().fix_by
    }

    /// A short name of what happened, in `locale`.
    ///
    /// ```
    /// # use smtp_codes::{Locale, Reason};
    /// assert!(!Reason::MailboxFull.title(Locale::En).is_empty());
    /// ```
    pub fn title(self, locale: Locale) -> &'static str {
        self.text(locale, 0)
    }

    /// What happened, for someone who runs or debugs mail. Protocol tokens and codes are
    /// marked as Markdown inline code (`` `RCPT TO` ``); [`meaning_plain`](Reason::meaning_plain)
    /// gives the same text without the marks.
    pub fn meaning(self, locale: Locale) -> &'static str {
        self.text(locale, 1)
    }

    /// What to do, and who has to do it (for an administrator or developer), with tokens
    /// marked as in [`meaning`](Reason::meaning).
    pub fn how_to_fix(self, locale: Locale) -> &'static str {
        self.text(locale, 2)
    }

    /// [`meaning`](Reason::meaning) as plain text, without Markdown marks.
    ///
    /// ```
    /// # use smtp_codes::{Locale, Reason};
    /// assert!(!Reason::AuthRequired.meaning_plain(Locale::En).contains('`'));
    /// ```
    pub fn meaning_plain(self, locale: Locale) -> Cow<'static, str> {
        super::plain_text(self.meaning(locale), locale)
    }

    /// [`how_to_fix`](Reason::how_to_fix) as plain text, without Markdown marks.
    ///
    /// ```
    /// # use smtp_codes::{Locale, Reason};
    /// assert!(!Reason::TlsRequired.how_to_fix_plain(Locale::En).contains('`'));
    /// ```
    pub fn how_to_fix_plain(self, locale: Locale) -> Cow<'static, str> {
        super::plain_text(self.how_to_fix(locale), locale)
    }

    /// One or two plain sentences an application can show the person whose message failed:
    /// no codes, no jargon, no Markdown.
    ///
    /// ```
    /// # use smtp_codes::{Locale, Reason};
    /// let m = Reason::UserUnknown.user_message(Locale::resolve("es"));
    /// assert!(!m.is_empty() && !m.contains('`'));
    /// ```
    pub fn user_message(self, locale: Locale) -> &'static str {
        self.text(locale, 3)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.id())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}
