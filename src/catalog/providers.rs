//! Providers (`data/providers/`): who sent a reply, the codes they define themselves, and
//! what their replies mean, each fact with the provider's document and the date it was read.
//! [`crate::diagnose`] applies the rules; this module holds them and the lookups.

use super::generated::{NOTES, PROVIDER_RULES, PROVIDERS, VENDOR_CODES, VENDOR_TEXTS};
use super::{Locale, Reason, Source};
use crate::{Code, EnhancedCode, Party};
use core::fmt;

/// What kind of party a provider is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProviderKind {
    /// Hosts people's mailboxes (Gmail, Outlook.com, Yahoo).
    MailboxProvider,
    /// Filters mail in front of other servers (Proofpoint, Mimecast).
    SecurityGateway,
    /// Sends mail for others (Amazon SES, SendGrid).
    SendingService,
    /// Hosts domains and their mail (GoDaddy, OVHcloud).
    Hosting,
    /// Mail server software, recognised by its default texts (Postfix, qmail).
    Mta,
}

impl ProviderKind {
    /// The id used in the data and in JSON: `"mailbox_provider"`, `"security_gateway"`,
    /// `"sending_service"`, `"hosting"`, `"mta"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ProviderKind::MailboxProvider => "mailbox_provider",
            ProviderKind::SecurityGateway => "security_gateway",
            ProviderKind::SendingService => "sending_service",
            ProviderKind::Hosting => "hosting",
            ProviderKind::Mta => "mta",
        }
    }
}

/// A provider of `data/providers/`: its name, and how its replies are recognised.
///
/// ```
/// use smtp_codes::Provider;
/// let google = Provider::get("google").unwrap();
/// assert_eq!(Provider::for_host("gmail-smtp-in.l.google.com").map(Provider::id), Some("google"));
/// assert!(google.rules().count() > 0);
/// ```
#[derive(Debug)]
pub struct Provider {
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) kind: ProviderKind,
    pub(crate) markers: &'static [&'static str],
    pub(crate) hosts: &'static [&'static str],
    pub(crate) sources: &'static [&'static Source],
}

impl PartialEq for Provider {
    fn eq(&self, other: &Provider) -> bool {
        self.id == other.id
    }
}
impl Eq for Provider {}

impl Provider {
    /// Every provider, sorted by id.
    pub fn all() -> &'static [Provider] {
        &PROVIDERS
    }

    /// The provider with this id (`"microsoft"`, `"google"`).
    pub fn get(id: &str) -> Option<&'static Provider> {
        PROVIDERS
            .binary_search_by(|p| p.id.cmp(id))
            .ok()
            .and_then(|i| PROVIDERS.get(i))
    }

    /// The provider whose hosts `host` belongs to: a host-name suffix matched at a label
    /// boundary, case-insensitively, the longest suffix winning (`x.olc.protection.outlook.com`
    /// is Outlook.com, `x.mail.protection.outlook.com` Microsoft 365). A trailing dot, a port
    /// (`:25`) or an address in brackets (`mx.example.com[203.0.113.5]`) is ignored.
    pub fn for_host(host: &str) -> Option<&'static Provider> {
        let host = host.split(['[', ':', ' ']).next().unwrap_or("");
        let host = host.trim_end_matches('.');
        if host.is_empty() {
            return None;
        }
        let mut best: Option<(usize, &'static Provider)> = None;
        for p in &PROVIDERS {
            for &suffix in p.hosts {
                let fits = host.len() >= suffix.len()
                    && host
                        .get(host.len() - suffix.len()..)
                        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
                    && (host.len() == suffix.len()
                        || host.as_bytes().get(host.len() - suffix.len() - 1) == Some(&b'.'));
                if fits && best.is_none_or(|(len, _)| suffix.len() > len) {
                    best = Some((suffix.len(), p));
                }
            }
        }
        best.map(|(_, p)| p)
    }

    /// The id (`"google"`), stable.
    pub fn id(&self) -> &'static str {
        self.id
    }
    /// The name people know it by.
    pub fn name(&self) -> &'static str {
        self.name
    }
    /// What kind of party it is.
    pub fn kind(&self) -> ProviderKind {
        self.kind
    }
    /// Phrases only this provider writes in its replies, as the data writes them.
    pub fn markers(&self) -> &'static [&'static str] {
        self.markers
    }
    /// Host-name suffixes of its servers.
    pub fn hosts(&self) -> &'static [&'static str] {
        self.hosts
    }
    /// The provider's documents the catalog cites.
    pub fn sources(&self) -> &'static [&'static Source] {
        self.sources
    }
    /// The row of this provider in [`Provider::all`].
    pub(crate) fn index(&self) -> usize {
        PROVIDERS.iter().position(|p| p.id == self.id).unwrap_or(0)
    }
    /// The codes it defines itself.
    pub fn vendor_codes(&'static self) -> impl Iterator<Item = &'static VendorCode> {
        let me = self.index();
        VENDOR_CODES
            .iter()
            .filter(move |v| usize::from(v.provider) == me)
    }
    /// What its replies mean.
    pub fn rules(&'static self) -> impl Iterator<Item = &'static ProviderRule> {
        let me = self.index();
        PROVIDER_RULES
            .iter()
            .filter(move |r| usize::from(r.provider) == me)
    }
    /// How many facts the catalog holds about it: vendor codes plus rules.
    pub fn entries(&'static self) -> usize {
        self.vendor_codes().count() + self.rules().count()
    }
    /// The date the oldest of its sources was read (`YYYY-MM-DD`).
    pub fn oldest_read(&'static self) -> Option<&'static str> {
        self.vendor_codes()
            .map(|v| v.read)
            .chain(self.rules().map(|r| r.read))
            .min()
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// A code a provider defines that the IANA registry does not (Microsoft's `5.7.606`), with
/// texts in every shipped language.
///
/// ```
/// use smtp_codes::{EnhancedCode, Locale, VendorCode};
/// let code: EnhancedCode = "5.7.606".parse().unwrap();
/// let v = VendorCode::find(code).unwrap();
/// assert_eq!(v.provider().id(), "microsoft");
/// assert!(!v.title(Locale::En).is_empty());
/// ```
#[derive(Debug)]
pub struct VendorCode {
    /// `<provider>.<code>`: the rule id a diagnosis gives when the code decides.
    pub(crate) id: &'static str,
    pub(crate) code: EnhancedCode,
    pub(crate) through: Option<EnhancedCode>,
    pub(crate) provider: u16,
    pub(crate) reason: Reason,
    pub(crate) fix_by: &'static [Party],
    pub(crate) source: &'static Source,
    pub(crate) read: &'static str,
}

impl PartialEq for VendorCode {
    fn eq(&self, other: &VendorCode) -> bool {
        self.id == other.id
    }
}
impl Eq for VendorCode {}

/// [`VENDOR_CODES`]' codes as [`EnhancedCode::key`]s, in the same (sorted) order, made at
/// compile time: a binary search compares one integer, not a code field by field.
static VENDOR_KEYS: [u64; VENDOR_CODES.len()] = {
    let mut keys = [0; VENDOR_CODES.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = VENDOR_CODES[i].code.key();
        i += 1;
    }
    keys
};

impl VendorCode {
    /// Every provider code, sorted by code.
    pub fn all() -> &'static [VendorCode] {
        &VENDOR_CODES
    }

    /// The provider code `code` is, or falls in the documented range of. `code` must carry
    /// its class (`5.7.606`): providers define codes per class.
    pub fn find(code: EnhancedCode) -> Option<&'static VendorCode> {
        if code.class == 0 {
            return None;
        }
        // Searched as integers ([`VENDOR_KEYS`]): this runs for every diagnosed reply whose
        // code the matcher's filter lets through.
        let key = code.key();
        let i = VENDOR_KEYS.partition_point(|&k| k <= key);
        let v = VENDOR_CODES.get(i.checked_sub(1)?)?;
        v.covers(code).then_some(v)
    }

    /// Whether `code` is this code or in its range.
    pub fn covers(&self, code: EnhancedCode) -> bool {
        let end = self.through.unwrap_or(self.code);
        self.code <= code && code <= end
    }

    fn row(&self) -> usize {
        VENDOR_CODES
            .iter()
            .position(|v| core::ptr::eq(v, self))
            .unwrap_or(0)
    }
    fn text(&self, locale: Locale, field: usize) -> &'static str {
        VENDOR_TEXTS[locale as usize]
            .get(self.row())
            .map_or("", |t| t[field & 3])
    }

    /// `<provider>.<code>`, `microsoft.5.7.606`: the rule a diagnosis names when this code
    /// decides.
    pub fn id(&self) -> &'static str {
        self.id
    }
    /// The code (the first of its range).
    pub fn code(&self) -> EnhancedCode {
        self.code
    }
    /// The last code of the range the provider documents as one, if it does.
    pub fn through(&self) -> Option<EnhancedCode> {
        self.through
    }
    /// Whose code it is.
    pub fn provider(&self) -> &'static Provider {
        &PROVIDERS[usize::from(self.provider) % PROVIDERS.len()]
    }
    /// What happened when a reply carries it.
    pub fn reason(&self) -> Reason {
        self.reason
    }
    /// Who has to act, most important first.
    pub fn fix_by(&self) -> &'static [Party] {
        self.fix_by
    }
    /// The provider's document that defines it.
    pub fn source(&self) -> &'static Source {
        self.source
    }
    /// The date that document was read (`YYYY-MM-DD`).
    pub fn read(&self) -> &'static str {
        self.read
    }
    /// A short title.
    pub fn title(&self, locale: Locale) -> &'static str {
        self.text(locale, 0)
    }
    /// What the provider is telling you.
    pub fn meaning(&self, locale: Locale) -> &'static str {
        self.text(locale, 1)
    }
    /// When the provider sends it.
    pub fn when_seen(&self, locale: Locale) -> &'static str {
        self.text(locale, 2)
    }
    /// What to do, and who has to do it.
    pub fn how_to_fix(&self, locale: Locale) -> &'static str {
        self.text(locale, 3)
    }
}

/// What one of a provider's replies means: these phrases (or this code) from this provider
/// name this reason.
#[derive(Debug)]
pub struct ProviderRule {
    pub(crate) id: &'static str,
    pub(crate) provider: u16,
    pub(crate) reason: Reason,
    /// The phrases in the normal form of the matcher; empty for a rule on a code alone.
    pub(crate) normal: &'static [&'static str],
    /// The phrases as the data writes them.
    pub(crate) phrases: &'static [&'static str],
    /// The code a reply must carry: a reply code, an enhanced code with its class, or one
    /// of either class (class 0).
    pub(crate) with_code: Option<Code>,
    pub(crate) note: Option<u16>,
    pub(crate) source: &'static Source,
    pub(crate) read: &'static str,
}

impl PartialEq for ProviderRule {
    fn eq(&self, other: &ProviderRule) -> bool {
        self.id == other.id
    }
}
impl Eq for ProviderRule {}

impl ProviderRule {
    /// The id, `<provider>.<slug>`.
    pub fn id(&self) -> &'static str {
        self.id
    }
    /// Whose replies it reads.
    pub fn provider(&self) -> &'static Provider {
        &PROVIDERS[usize::from(self.provider) % PROVIDERS.len()]
    }
    /// The reason it names.
    pub fn reason(&self) -> Reason {
        self.reason
    }
    /// The code a reply must carry for the rule to apply, if any (an enhanced code in its
    /// generic `X.s.d` form applies to either class).
    pub fn with_code(&self) -> Option<Code> {
        self.with_code
    }
    /// The words the rule looks for, in this order, as written (empty for a rule on a code
    /// alone). Case and punctuation do not matter to the match.
    pub fn phrases(&self) -> &'static [&'static str] {
        self.phrases
    }
    /// Whether the rule reads words (otherwise it reads the code alone).
    pub fn has_phrases(&self) -> bool {
        !self.normal.is_empty()
    }
    /// What the provider's documents add to the reason's own texts, if anything.
    pub fn note(&self, locale: Locale) -> Option<&'static str> {
        let n = usize::from(self.note?);
        NOTES[locale as usize].get(n).copied()
    }
    /// The provider's document that gives this meaning.
    pub fn source(&self) -> &'static Source {
        self.source
    }
    /// The date that document was read (`YYYY-MM-DD`).
    pub fn read(&self) -> &'static str {
        self.read
    }
    /// Whether a reply carrying `enhanced` and `reply` satisfies the rule's code.
    pub(crate) fn code_fits(&self, enhanced: Option<EnhancedCode>, reply: Option<Code>) -> bool {
        match self.with_code {
            None => true,
            Some(c @ Code::Reply(_)) => reply == Some(c),
            Some(Code::Enhanced(want)) => enhanced.is_some_and(|e| {
                if want.class == 0 {
                    e.generic() == want
                } else {
                    e == want
                }
            }),
        }
    }
}
