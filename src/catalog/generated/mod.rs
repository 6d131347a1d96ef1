// @generated from data/ by build/ (the tables). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.
//! The catalog's tables: sorted static arrays, index arrays and perfect hashes over
//! them. Texts are in one file per locale beside this one, row for row.

use crate::catalog::{EnhancedInfo, LocaleData, Reference, ReplyInfo, Source, SubCodeInfo, Texts};
use crate::catalog::{CodeRule, ReasonData, TextRule};
use crate::catalog::{Contrast, Provider, ProviderKind, ProviderRule, VendorCode};
use crate::{Code, Command, EnhancedCode, Party, ReplyCode, Retry, SourceKind, Status};

#[rustfmt::skip]
mod en;
#[rustfmt::skip]
mod hi;
#[rustfmt::skip]
mod zh_hans;
#[rustfmt::skip]
mod es;
#[rustfmt::skip]
mod ar;
#[rustfmt::skip]
mod pt;
#[rustfmt::skip]
mod fr;
#[rustfmt::skip]
mod de;
#[rustfmt::skip]
mod ja;
#[rustfmt::skip]
mod ko;
#[rustfmt::skip]
mod ru;
#[rustfmt::skip]
mod vi;
#[rustfmt::skip]
mod id;
#[rustfmt::skip]
mod tr;

/// Version of the catalog data (`data/catalog.yaml`); changes whenever a code, fact or text does.
pub const CATALOG_VERSION: &str = "2026.11.29";
/// Last-updated date of the IANA SMTP Enhanced Status Codes registry the catalog follows.
pub const IANA_REGISTRY_DATE: &str = "2024-12-06";

/// A language the catalog ships, complete: every text of every record and page.
///
/// Parse any BCP 47 tag with [`Locale::from_tag`] or [`Locale::resolve`], or negotiate one
/// from an `Accept-Language` header with [`Locale::negotiate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Locale {
    /// English (English), `en`; the root every text falls back to.
    #[default]
    En = 0,
    /// Hindi (हिन्दी), `hi`.
    Hi = 1,
    /// Chinese (Simplified) (简体中文), `zh-Hans`.
    ZhHans = 2,
    /// Spanish (Español), `es`.
    Es = 3,
    /// Arabic (العربية), `ar`.
    Ar = 4,
    /// Portuguese (Brazil) (Português (Brasil)), `pt`.
    Pt = 5,
    /// French (Français), `fr`.
    Fr = 6,
    /// German (Deutsch), `de`.
    De = 7,
    /// Japanese (日本語), `ja`.
    Ja = 8,
    /// Korean (한국어), `ko`.
    Ko = 9,
    /// Russian (Русский), `ru`.
    Ru = 10,
    /// Vietnamese (Tiếng Việt), `vi`.
    Vi = 11,
    /// Indonesian (Bahasa Indonesia), `id`.
    Id = 12,
    /// Turkish (Türkçe), `tr`.
    Tr = 13,
}

/// Every locale, in order.
pub(crate) static LOCALE_LIST: [Locale; 14] = [Locale::En, Locale::Hi, Locale::ZhHans, Locale::Es, Locale::Ar, Locale::Pt, Locale::Fr, Locale::De, Locale::Ja, Locale::Ko, Locale::Ru, Locale::Vi, Locale::Id, Locale::Tr];
pub(crate) static LOCALES: [LocaleData; 14] = [
    LocaleData { tag: "en", english_name: "English", native_name: "English", rtl: false, script: "Latn" },
    LocaleData { tag: "hi", english_name: "Hindi", native_name: "हिन्दी", rtl: false, script: "Deva" },
    LocaleData { tag: "zh-Hans", english_name: "Chinese (Simplified)", native_name: "简体中文", rtl: false, script: "Hans" },
    LocaleData { tag: "es", english_name: "Spanish", native_name: "Español", rtl: false, script: "Latn" },
    LocaleData { tag: "ar", english_name: "Arabic", native_name: "العربية", rtl: true, script: "Arab" },
    LocaleData { tag: "pt", english_name: "Portuguese (Brazil)", native_name: "Português (Brasil)", rtl: false, script: "Latn" },
    LocaleData { tag: "fr", english_name: "French", native_name: "Français", rtl: false, script: "Latn" },
    LocaleData { tag: "de", english_name: "German", native_name: "Deutsch", rtl: false, script: "Latn" },
    LocaleData { tag: "ja", english_name: "Japanese", native_name: "日本語", rtl: false, script: "Jpan" },
    LocaleData { tag: "ko", english_name: "Korean", native_name: "한국어", rtl: false, script: "Kore" },
    LocaleData { tag: "ru", english_name: "Russian", native_name: "Русский", rtl: false, script: "Cyrl" },
    LocaleData { tag: "vi", english_name: "Vietnamese", native_name: "Tiếng Việt", rtl: false, script: "Latn" },
    LocaleData { tag: "id", english_name: "Indonesian", native_name: "Bahasa Indonesia", rtl: false, script: "Latn" },
    LocaleData { tag: "tr", english_name: "Turkish", native_name: "Türkçe", rtl: false, script: "Latn" },
];
/// Per locale, texts translated from an older English text (see `data/README.md`).
pub(crate) static STALE_TEXTS: [u16; 14] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/// Lower-cased tag → locale.
pub(crate) static LOCALE_BY_TAG: phf::Map<&'static str, Locale> = ::phf::Map {
    key: 16287231350648472473,
    disps: &[
        (0, 2),
        (0, 2),
        (0, 0),
        (0, 4),
        (0, 3),
    ],
    entries: &[
        ("tr", Locale::Tr),
        ("de", Locale::De),
        ("ar", Locale::Ar),
        ("es", Locale::Es),
        ("hi", Locale::Hi),
        ("id", Locale::Id),
        ("ko", Locale::Ko),
        ("vi", Locale::Vi),
        ("ja", Locale::Ja),
        ("fr", Locale::Fr),
        ("ru", Locale::Ru),
        ("pt", Locale::Pt),
        ("en", Locale::En),
        ("zh-hans", Locale::ZhHans),
    ],
};

pub(crate) static SOURCES: [Source; 335] = [
    Source { id: "Alibaba Cloud DirectMail return codes", kind: SourceKind::Vendor, title: "Alibaba Cloud Direct Mail: common email return codes and solutions (in Chinese)", url: "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions" },
    Source { id: "Amazon SES sending quota errors", kind: SourceKind::Vendor, title: "Amazon SES Developer Guide: errors related to sending quotas", url: "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html" },
    Source { id: "Courier MTA courieresmtpd.C", kind: SourceKind::Vendor, title: "Courier mail server source: courier/courier/module.esmtp/courieresmtpd.C (ESMTP server)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/module.esmtp/courieresmtpd.C" },
    Source { id: "Courier MTA deliver.C", kind: SourceKind::Vendor, title: "Courier mail server source: courier/courier/module.local/deliver.C (local delivery)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/module.local/deliver.C" },
    Source { id: "Courier MTA ratefilter.C", kind: SourceKind::Vendor, title: "Courier mail server source: courier/courier/filters/ratefilter.C (message rate filter)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/filters/ratefilter.C" },
    Source { id: "Courier MTA submit.C", kind: SourceKind::Vendor, title: "Courier mail server source: courier/courier/submit.C (sender, recipient and message checks)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/submit.C" },
    Source { id: "Courier MTA submit2.C", kind: SourceKind::Vendor, title: "Courier mail server source: courier/courier/submit2.C (message checks)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/submit2.C" },
    Source { id: "Courier MTA webadmin esmtp", kind: SourceKind::Vendor, title: "Courier mail server web administration page for ESMTP settings (DNS blocklist reply example)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/webadmin/admin-30esmtp.html" },
    Source { id: "Dovecot lmtp-commands.c", kind: SourceKind::Vendor, title: "Dovecot source: src/lmtp/lmtp-commands.c (LMTP command replies)", url: "https://github.com/dovecot/core/blob/f28b5a92ec52eef0a111a095d00435756343dc94/src/lmtp/lmtp-commands.c" },
    Source { id: "Dovecot lmtp-local.c", kind: SourceKind::Vendor, title: "Dovecot source: src/lmtp/lmtp-local.c (LMTP local delivery replies)", url: "https://github.com/dovecot/core/blob/f28b5a92ec52eef0a111a095d00435756343dc94/src/lmtp/lmtp-local.c" },
    Source { id: "Dovecot lmtp-recipient.c", kind: SourceKind::Vendor, title: "Dovecot source: src/lmtp/lmtp-recipient.c (LMTP recipient lookup)", url: "https://github.com/dovecot/core/blob/f28b5a92ec52eef0a111a095d00435756343dc94/src/lmtp/lmtp-recipient.c" },
    Source { id: "Dovecot mail-error.h", kind: SourceKind::Vendor, title: "Dovecot source: src/lib-storage/mail-error.h (storage error strings)", url: "https://github.com/dovecot/core/blob/f28b5a92ec52eef0a111a095d00435756343dc94/src/lib-storage/mail-error.h" },
    Source { id: "Dovecot quota-settings.c", kind: SourceKind::Vendor, title: "Dovecot source: src/plugins/quota/quota-settings.c (default quota_exceeded_message)", url: "https://github.com/dovecot/core/blob/f28b5a92ec52eef0a111a095d00435756343dc94/src/plugins/quota/quota-settings.c" },
    Source { id: "Exim acl.c", kind: SourceKind::Vendor, title: "Exim source: src/src/acl.c (access control lists; sender verification)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/acl.c" },
    Source { id: "Exim appendfile.c", kind: SourceKind::Vendor, title: "Exim source: src/src/transports/appendfile.c (mailbox delivery and quotas)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/transports/appendfile.c" },
    Source { id: "Exim configure.default", kind: SourceKind::Vendor, title: "Exim source: src/src/configure.default (default configuration and its ACL messages)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/configure.default" },
    Source { id: "Exim dnslookup.c", kind: SourceKind::Vendor, title: "Exim source: src/src/routers/dnslookup.c (dnslookup router)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/routers/dnslookup.c" },
    Source { id: "Exim eximstats.src", kind: SourceKind::Vendor, title: "Exim source: src/src/utils/eximstats.src (log statistics tool; sample remote rejections)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/utils/eximstats.src" },
    Source { id: "Exim receive.c", kind: SourceKind::Vendor, title: "Exim source: src/src/receive.c (message reception errors)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/receive.c" },
    Source { id: "Exim retry.c", kind: SourceKind::Vendor, title: "Exim source: src/src/retry.c (retry rules; retry timeout exceeded)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/retry.c" },
    Source { id: "Exim route.c", kind: SourceKind::Vendor, title: "Exim source: src/src/route.c (routing; unrouteable address)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/route.c" },
    Source { id: "Exim smtp transport", kind: SourceKind::Vendor, title: "Exim source: src/src/transports/smtp.c (SMTP transport)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/transports/smtp.c" },
    Source { id: "Exim smtp_in.c", kind: SourceKind::Vendor, title: "Exim source: src/src/smtp_in.c (SMTP server, AUTH handling)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/smtp_in.c" },
    Source { id: "Exim test 0028", kind: SourceKind::Vendor, title: "Exim test suite: test/stdout/0028 (SIZE checks)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/test/stdout/0028" },
    Source { id: "Exim test 0070", kind: SourceKind::Vendor, title: "Exim test suite: test/stdout/0070 (HELO/EHLO verification)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/test/stdout/0070" },
    Source { id: "Exim test 0490", kind: SourceKind::Vendor, title: "Exim test suite: test/stdout/0490 (binary zeros in the body)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/test/stdout/0490" },
    Source { id: "Exim test 2552", kind: SourceKind::Vendor, title: "Exim test suite: test/stdout/2552 (lost connection)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/test/stdout/2552" },
    Source { id: "Exim test 4204", kind: SourceKind::Vendor, title: "Exim test suite: test/stdout/4204 (SMTPUTF8)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/test/stdout/4204" },
    Source { id: "Exim tls-openssl.c", kind: SourceKind::Vendor, title: "Exim source: src/src/tls-openssl.c (STARTTLS server replies)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/tls-openssl.c" },
    Source { id: "Google Gmail SMTP errors", kind: SourceKind::Vendor, title: "Google Workspace Admin Help: Gmail SMTP errors and codes", url: "https://support.google.com/a/answer/3726730" },
    Source { id: "Haraka clamd plugin", kind: SourceKind::Vendor, title: "Haraka clamd plugin source: index.js (virus scan replies)", url: "https://github.com/haraka/haraka-plugin-clamd/blob/c66b60b5f0dc15670866a6ffcc0da82cf98a9f03/index.js" },
    Source { id: "Haraka connection.js", kind: SourceKind::Vendor, title: "Haraka source: connection.js (SMTP server replies)", url: "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/connection.js" },
    Source { id: "Haraka data.signatures.js", kind: SourceKind::Vendor, title: "Haraka source: plugins/data.signatures.js (reject known spam signatures)", url: "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/data.signatures.js" },
    Source { id: "Haraka karma plugin", kind: SourceKind::Vendor, title: "haraka-plugin-karma: index.js (reputation score of a connection, and its rejection)", url: "https://github.com/haraka/haraka-plugin-karma/blob/ec2020f9f1579bfd57f106f8312d39594fd80f4a/index.js" },
    Source { id: "Haraka toobusy.js", kind: SourceKind::Vendor, title: "Haraka source: plugins/toobusy.js (reject when the server is too busy)", url: "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/toobusy.js" },
    Source { id: "Huawei Cloud KooMessage SMTP errors", kind: SourceKind::Vendor, title: "Huawei Cloud KooMessage user manual: SMTP error codes", url: "https://support.huaweicloud.com/intl/ja-jp/usermanual-koomessage/um1007.html" },
    Source { id: "IANA SMTP Enhanced Status Codes", kind: SourceKind::Registry, title: "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes Registry", url: "https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml" },
    Source { id: "MIT CSAIL Barracuda bounces", kind: SourceKind::Vendor, title: "MIT CSAIL TIG: How to deal with \"host blocked using Barracuda reputation\"", url: "https://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda" },
    Source { id: "Microsoft 365 group NDR", kind: SourceKind::Vendor, title: "Microsoft: NDR when external users send email to a Microsoft 365 group", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeOnline/email-delivery/ndr-when-external-users-send-email-to-microsoft-365-group.md" },
    Source { id: "Microsoft AuthRequired NDR", kind: SourceKind::Vendor, title: "Microsoft Learn: RESOLVER.RST.AuthRequired NDR for mail-enabled public folders (MicrosoftDocs/OfficeDocs-Support)", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeOnline/public-folders/authrequired-ndr.md" },
    Source { id: "Microsoft DNS query failed", kind: SourceKind::Vendor, title: "Microsoft: 451 4.4.0 DNS query failed in Exchange Server", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeServer/mailflow/dns-query-failed.md" },
    Source { id: "Microsoft Exchange Online NDR 5.4.1", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix NDR error code 550 5.4.1 in Exchange Online", url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-4-1-in-exchange-online" },
    Source { id: "Microsoft Exchange Online NDR list", kind: SourceKind::Vendor, title: "Microsoft: non-delivery reports in Exchange Online (the list of NDR codes)", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md" },
    Source { id: "Microsoft Exchange Online NDRs", kind: SourceKind::Vendor, title: "Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (table of codes and texts), as published in MicrosoftDocs/OfficeDocs-Support", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md" },
    Source { id: "Microsoft Exchange Server NDRs", kind: SourceKind::Vendor, title: "Microsoft Learn: Non-delivery reports and bounce messages in Exchange Server (enhanced status codes and texts)", url: "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages" },
    Source { id: "Microsoft Exchange Server message size limits", kind: SourceKind::Vendor, title: "Microsoft Learn: Message size and recipient limits in Exchange Server (RESOLVER.ADR.RecipLimit)", url: "https://learn.microsoft.com/en-us/exchange/mail-flow/message-size-limits" },
    Source { id: "Microsoft MapiExceptionNotFound NDR", kind: SourceKind::Vendor, title: "Microsoft: NDR 554 5.2.0 STOREDRV.Deliver.Exception:ObjectNotFoundException.MapiExceptionNotFound", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeOnline/email-delivery/ndr/mapiexceptionnotfound-ndr.md" },
    Source { id: "Microsoft RecipNotFound NDR", kind: SourceKind::Vendor, title: "Microsoft Learn: NDR 550 5.1.1 RESOLVER.ADR.RecipNotFound after a mailbox move (MicrosoftDocs/OfficeDocs-Support)", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeHybrid/email-delivery/delivery-has-failed-and-550-5-1-1-resolver.adr.recipnotfound.md" },
    Source { id: "Microsoft RecipientNotFound NDR", kind: SourceKind::Vendor, title: "Microsoft Learn: NDR RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup (MicrosoftDocs/OfficeDocs-Support)", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeOnline/email-delivery/ndr/recipientnotfound-ndr.md" },
    Source { id: "Microsoft SMTP submission improvements", kind: SourceKind::Vendor, title: "Microsoft Learn: SMTP submission improvements in Exchange Online (submission quota and mailbox full errors) (MicrosoftDocs/OfficeDocs-Support)", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeOnline/send-emails/smtp-submission-improvements.md" },
    Source { id: "Microsoft SendSizeLimit NDR", kind: SourceKind::Vendor, title: "Microsoft Learn: error when sending large email from Outlook for Mac (RESOLVER.RST.SendSizeLimit) (MicrosoftDocs/OfficeDocs-Support)", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeServer/mailflow/error-19738-send-large-email-outlook-mac.md" },
    Source { id: "Microsoft bare linefeeds NDR", kind: SourceKind::Vendor, title: "Microsoft Learn: SMTPSEND.BareLinefeedsAreIllegal when tracing messages (MicrosoftDocs/OfficeDocs-Support)", url: "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Exchange/ExchangeOnline/antispam-and-protection/smtpsend-barelinefeedsareillegal-when-tracing-messages.md" },
    Source { id: "Microsoft continuous error throttling", kind: SourceKind::Vendor, title: "Microsoft: continuous error throttling of SMTP AUTH submissions in Exchange Online", url: "https://github.com/x13-me/OfficeDocs-Exchange/blob/316f63a69349c913f7aeed78041a8009a49a120b/Exchange/ExchangeOnline/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions.md" },
    Source { id: "Mimecast SMTP error codes", kind: SourceKind::Vendor, title: "Mimecast: SMTP error codes", url: "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754" },
    Source { id: "NethServer issue 5755", kind: SourceKind::Vendor, title: "NethServer issue 5755: 451 4.7.1 Cannot validate the message now", url: "https://github.com/NethServer/dev/issues/5755" },
    Source { id: "OpenSMTPD lka_session.c", kind: SourceKind::Vendor, title: "OpenSMTPD source: usr.sbin/smtpd/lka_session.c (recipient expansion)", url: "https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/lka_session.c" },
    Source { id: "OpenSMTPD mda.c", kind: SourceKind::Vendor, title: "OpenSMTPD source: usr.sbin/smtpd/mda.c (local delivery errors)", url: "https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/mda.c" },
    Source { id: "OpenSMTPD mta.c", kind: SourceKind::Vendor, title: "OpenSMTPD source: usr.sbin/smtpd/mta.c (outgoing relay errors)", url: "https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/mta.c" },
    Source { id: "OpenSMTPD mta_session.c", kind: SourceKind::Vendor, title: "OpenSMTPD source: usr.sbin/smtpd/mta_session.c (outgoing SMTP session errors)", url: "https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/mta_session.c" },
    Source { id: "OpenSMTPD queue.c", kind: SourceKind::Vendor, title: "OpenSMTPD source: usr.sbin/smtpd/queue.c (queue expiry, loops)", url: "https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/queue.c" },
    Source { id: "OpenSMTPD smtp_session.c", kind: SourceKind::Vendor, title: "OpenSMTPD source: usr.sbin/smtpd/smtp_session.c (SMTP server replies)", url: "https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/smtp_session.c" },
    Source { id: "Postfix cleanup_strerror.c", kind: SourceKind::Vendor, title: "Postfix source: src/global/cleanup_strerror.c (cleanup status codes and texts)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/global/cleanup_strerror.c" },
    Source { id: "Postfix dns_lookup.c", kind: SourceKind::Vendor, title: "Postfix source: src/dns/dns_lookup.c (DNS lookup error texts, null MX)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/dns/dns_lookup.c" },
    Source { id: "Postfix local alias.c", kind: SourceKind::Vendor, title: "Postfix source: src/local/alias.c (alias database errors)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/local/alias.c" },
    Source { id: "Postfix local recipient.c", kind: SourceKind::Vendor, title: "Postfix source: src/local/recipient.c (local delivery: forwarding loop, user lookup)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/local/recipient.c" },
    Source { id: "Postfix local unknown.c", kind: SourceKind::Vendor, title: "Postfix source: src/local/unknown.c (local delivery to unknown users)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/local/unknown.c" },
    Source { id: "Postfix mail_params.h", kind: SourceKind::Vendor, title: "Postfix source: src/global/mail_params.h (defaults, including the default DNSBL reject text)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/global/mail_params.h" },
    Source { id: "Postfix mime_state.c", kind: SourceKind::Vendor, title: "Postfix source: src/global/mime_state.c (MIME and header errors)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/global/mime_state.c" },
    Source { id: "Postfix pipe.c", kind: SourceKind::Vendor, title: "Postfix source: src/pipe/pipe.c (pipe delivery agent)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/pipe/pipe.c" },
    Source { id: "Postfix postscreen.c", kind: SourceKind::Vendor, title: "Postfix source: src/postscreen/postscreen.c (postscreen connection replies)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/postscreen/postscreen.c" },
    Source { id: "Postfix postscreen_smtpd.c", kind: SourceKind::Vendor, title: "Postfix source: src/postscreen/postscreen_smtpd.c (postscreen dummy SMTP engine)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/postscreen/postscreen_smtpd.c" },
    Source { id: "Postfix qmgr_active.c", kind: SourceKind::Vendor, title: "Postfix source: src/qmgr/qmgr_active.c (status=expired, returned to sender)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/qmgr/qmgr_active.c" },
    Source { id: "Postfix qmgr_deliver.c", kind: SourceKind::Vendor, title: "Postfix source: src/qmgr/qmgr_deliver.c (delivery temporarily suspended)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/qmgr/qmgr_deliver.c" },
    Source { id: "Postfix smtp_proto.c", kind: SourceKind::Vendor, title: "Postfix source: src/smtp/smtp_proto.c (SMTP client protocol errors)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtp/smtp_proto.c" },
    Source { id: "Postfix smtp_trouble.c", kind: SourceKind::Vendor, title: "Postfix source: src/smtp/smtp_trouble.c (SMTP client connection trouble texts)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtp/smtp_trouble.c" },
    Source { id: "Postfix smtpd.c", kind: SourceKind::Vendor, title: "Postfix source: src/smtpd/smtpd.c (SMTP server command replies)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd.c" },
    Source { id: "Postfix smtpd_check.c", kind: SourceKind::Vendor, title: "Postfix source: src/smtpd/smtpd_check.c (SMTP server access restrictions and their reject texts)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c" },
    Source { id: "Postfix smtpd_sasl_glue.c", kind: SourceKind::Vendor, title: "Postfix source: src/smtpd/smtpd_sasl_glue.c (SMTP server AUTH replies)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_sasl_glue.c" },
    Source { id: "Postfix smtpd_sasl_proto.c", kind: SourceKind::Vendor, title: "Postfix source: src/smtpd/smtpd_sasl_proto.c (AUTH command replies)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_sasl_proto.c" },
    Source { id: "RFC 1845", kind: SourceKind::Rfc, title: "SMTP Service Extension for Checkpoint/Restart", url: "https://www.rfc-editor.org/rfc/rfc1845" },
    Source { id: "RFC 1846", kind: SourceKind::Rfc, title: "SMTP 521 Reply Code", url: "https://www.rfc-editor.org/rfc/rfc1846" },
    Source { id: "RFC 1869", kind: SourceKind::Rfc, title: "SMTP Service Extensions (1995)", url: "https://www.rfc-editor.org/rfc/rfc1869" },
    Source { id: "RFC 1870", kind: SourceKind::Rfc, title: "SMTP Service Extension for Message Size Declaration", url: "https://www.rfc-editor.org/rfc/rfc1870" },
    Source { id: "RFC 1893", kind: SourceKind::Rfc, title: "Enhanced Mail System Status Codes (1996)", url: "https://www.rfc-editor.org/rfc/rfc1893" },
    Source { id: "RFC 1985", kind: SourceKind::Rfc, title: "SMTP Service Extension for Remote Message Queue Starting", url: "https://www.rfc-editor.org/rfc/rfc1985" },
    Source { id: "RFC 2034", kind: SourceKind::Rfc, title: "SMTP Service Extension for Returning Enhanced Error Codes", url: "https://www.rfc-editor.org/rfc/rfc2034" },
    Source { id: "RFC 2645", kind: SourceKind::Rfc, title: "On-Demand Mail Relay (ODMR) SMTP with Dynamic IP Addresses", url: "https://www.rfc-editor.org/rfc/rfc2645" },
    Source { id: "RFC 2821", kind: SourceKind::Rfc, title: "Simple Mail Transfer Protocol (2001)", url: "https://www.rfc-editor.org/rfc/rfc2821" },
    Source { id: "RFC 2852", kind: SourceKind::Rfc, title: "Deliver By SMTP Service Extension", url: "https://www.rfc-editor.org/rfc/rfc2852" },
    Source { id: "RFC 3030", kind: SourceKind::Rfc, title: "SMTP Service Extensions for Transmission of Large and Binary MIME Messages", url: "https://www.rfc-editor.org/rfc/rfc3030" },
    Source { id: "RFC 3207", kind: SourceKind::Rfc, title: "SMTP Service Extension for Secure SMTP over Transport Layer Security", url: "https://www.rfc-editor.org/rfc/rfc3207" },
    Source { id: "RFC 3461", kind: SourceKind::Rfc, title: "SMTP Service Extension for Delivery Status Notifications (DSNs)", url: "https://www.rfc-editor.org/rfc/rfc3461" },
    Source { id: "RFC 3463", kind: SourceKind::Rfc, title: "Enhanced Mail System Status Codes", url: "https://www.rfc-editor.org/rfc/rfc3463" },
    Source { id: "RFC 3464", kind: SourceKind::Rfc, title: "An Extensible Message Format for Delivery Status Notifications", url: "https://www.rfc-editor.org/rfc/rfc3464" },
    Source { id: "RFC 3865", kind: SourceKind::Rfc, title: "A No Soliciting Simple Mail Transfer Protocol (SMTP) Service Extension", url: "https://www.rfc-editor.org/rfc/rfc3865" },
    Source { id: "RFC 3886", kind: SourceKind::Rfc, title: "An Extensible Message Format for Message Tracking Responses", url: "https://www.rfc-editor.org/rfc/rfc3886" },
    Source { id: "RFC 4141", kind: SourceKind::Rfc, title: "SMTP and MIME Extensions for Content Conversion", url: "https://www.rfc-editor.org/rfc/rfc4141" },
    Source { id: "RFC 4468", kind: SourceKind::Rfc, title: "Message Submission BURL Extension", url: "https://www.rfc-editor.org/rfc/rfc4468" },
    Source { id: "RFC 4865", kind: SourceKind::Rfc, title: "SMTP Submission Service Extension for Future Message Release", url: "https://www.rfc-editor.org/rfc/rfc4865" },
    Source { id: "RFC 4954", kind: SourceKind::Rfc, title: "SMTP Service Extension for Authentication", url: "https://www.rfc-editor.org/rfc/rfc4954" },
    Source { id: "RFC 5248", kind: SourceKind::Rfc, title: "A Registry for SMTP Enhanced Mail System Status Codes", url: "https://www.rfc-editor.org/rfc/rfc5248" },
    Source { id: "RFC 5321", kind: SourceKind::Rfc, title: "Simple Mail Transfer Protocol", url: "https://www.rfc-editor.org/rfc/rfc5321" },
    Source { id: "RFC 6376", kind: SourceKind::Rfc, title: "DomainKeys Identified Mail (DKIM) Signatures", url: "https://www.rfc-editor.org/rfc/rfc6376" },
    Source { id: "RFC 6409", kind: SourceKind::Rfc, title: "Message Submission for Mail", url: "https://www.rfc-editor.org/rfc/rfc6409" },
    Source { id: "RFC 6531", kind: SourceKind::Rfc, title: "SMTP Extension for Internationalized Email", url: "https://www.rfc-editor.org/rfc/rfc6531" },
    Source { id: "RFC 6647", kind: SourceKind::Rfc, title: "Email Greylisting: An Applicability Statement for SMTP", url: "https://www.rfc-editor.org/rfc/rfc6647" },
    Source { id: "RFC 6710", kind: SourceKind::Rfc, title: "Simple Mail Transfer Protocol Extension for Message Transfer Priorities", url: "https://www.rfc-editor.org/rfc/rfc6710" },
    Source { id: "RFC 7208", kind: SourceKind::Rfc, title: "Sender Policy Framework (SPF) for Authorizing Use of Domains in Email", url: "https://www.rfc-editor.org/rfc/rfc7208" },
    Source { id: "RFC 7293", kind: SourceKind::Rfc, title: "The Require-Recipient-Valid-Since Header Field and SMTP Service Extension", url: "https://www.rfc-editor.org/rfc/rfc7293" },
    Source { id: "RFC 7372", kind: SourceKind::Rfc, title: "Email Authentication Status Codes", url: "https://www.rfc-editor.org/rfc/rfc7372" },
    Source { id: "RFC 7489", kind: SourceKind::Rfc, title: "Domain-based Message Authentication, Reporting, and Conformance (DMARC)", url: "https://www.rfc-editor.org/rfc/rfc7489" },
    Source { id: "RFC 7504", kind: SourceKind::Rfc, title: "SMTP 521 and 556 Reply Codes", url: "https://www.rfc-editor.org/rfc/rfc7504" },
    Source { id: "RFC 7505", kind: SourceKind::Rfc, title: "A \"Null MX\" No Service Resource Record for Domains That Accept No Mail", url: "https://www.rfc-editor.org/rfc/rfc7505" },
    Source { id: "RFC 821", kind: SourceKind::Rfc, title: "Simple Mail Transfer Protocol (1982)", url: "https://www.rfc-editor.org/rfc/rfc821" },
    Source { id: "RFC 8461", kind: SourceKind::Rfc, title: "SMTP MTA Strict Transport Security (MTA-STS)", url: "https://www.rfc-editor.org/rfc/rfc8461" },
    Source { id: "RFC 8617", kind: SourceKind::Rfc, title: "The Authenticated Received Chain (ARC) Protocol", url: "https://www.rfc-editor.org/rfc/rfc8617" },
    Source { id: "RFC 8689", kind: SourceKind::Rfc, title: "SMTP Require TLS Option", url: "https://www.rfc-editor.org/rfc/rfc8689" },
    Source { id: "SMTP Field Manual 421", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 421 replies collected from providers (data/codes/421.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/421.json" },
    Source { id: "SMTP Field Manual 422", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 422 replies collected from providers (data/codes/422.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/422.json" },
    Source { id: "SMTP Field Manual 450", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 450 replies collected from providers (data/codes/450.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/450.json" },
    Source { id: "SMTP Field Manual 451", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 451 replies collected from providers (data/codes/451.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/451.json" },
    Source { id: "SMTP Field Manual 452", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 452 replies collected from providers (data/codes/452.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/452.json" },
    Source { id: "SMTP Field Manual 503", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 503 replies collected from providers (data/codes/503.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/503.json" },
    Source { id: "SMTP Field Manual 540", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 540 replies collected from providers (data/codes/540.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/540.json" },
    Source { id: "SMTP Field Manual 550", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 550 replies collected from providers (data/codes/550.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/550.json" },
    Source { id: "SMTP Field Manual 553", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 553 replies collected from providers (data/codes/553.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/553.json" },
    Source { id: "SMTP Field Manual 554", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 554 replies collected from providers (data/codes/554.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/554.json" },
    Source { id: "SendGrid SMTP errors", kind: SourceKind::Vendor, title: "SendGrid documentation: SMTP errors and troubleshooting", url: "https://sendgrid.com/docs/for-developers/sending-email/smtp-errors-and-troubleshooting/" },
    Source { id: "Sendmail cf/README", kind: SourceKind::Vendor, title: "Sendmail documentation: cf/README (configuration guide, access and virtusertable examples)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/README" },
    Source { id: "Sendmail collect.c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/collect.c (message collection errors)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/collect.c" },
    Source { id: "Sendmail deliver.c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/deliver.c (delivery errors)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/deliver.c" },
    Source { id: "Sendmail dnsbl.m4", kind: SourceKind::Vendor, title: "Sendmail source: cf/feature/dnsbl.m4 (DNS blocklist feature and its reject text)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/feature/dnsbl.m4" },
    Source { id: "Sendmail envelope.c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/envelope.c (queue timeouts: cannot send message for ...)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/envelope.c" },
    Source { id: "Sendmail parseaddr.c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/parseaddr.c (address parsing errors)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/parseaddr.c" },
    Source { id: "Sendmail proto.m4", kind: SourceKind::Vendor, title: "Sendmail source: cf/m4/proto.m4 (configuration rulesets and their error texts)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4" },
    Source { id: "Sendmail recipient.c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/recipient.c (recipient processing errors)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/recipient.c" },
    Source { id: "Sendmail require_rdns.m4", kind: SourceKind::Vendor, title: "Sendmail source: cf/feature/require_rdns.m4 (reject clients without reverse DNS)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/feature/require_rdns.m4" },
    Source { id: "Sendmail srvrsmtp.c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/srvrsmtp.c (SMTP server replies)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c" },
    Source { id: "Sendmail srvrsmtp.c (deepin)", kind: SourceKind::Vendor, title: "Sendmail 8.x source (deepin-community mirror): sendmail/srvrsmtp.c", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c" },
    Source { id: "Sendmail usersmtp.c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/usersmtp.c (SMTP client errors)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/usersmtp.c" },
    Source { id: "SpamCop FAQ blocked", kind: SourceKind::Vendor, title: "SpamCop forum FAQ: Why is my email blocked? (typical SpamCop blocklist rejections)", url: "https://forum.spamcop.net/topic/35-faq-entry-why-is-my-email-blocked/" },
    Source { id: "Spamhaus lookup page", kind: SourceKind::Vendor, title: "Spamhaus: Listed by Spamhaus? Here's what to do (IP lookup page with a typical reject message)", url: "https://www.spamhaus.org/lookup.lasso" },
    Source { id: "SparkPost SMTP error messages", kind: SourceKind::Vendor, title: "SparkPost support docs: SMTP error messages", url: "https://github.com/SparkPost/support-docs/blob/2cb4102c88745e0d0f72dcb096dd5fca24a35078/content/docs/faq/error-messages-smtp.md" },
    Source { id: "SparkPost delays and bounces", kind: SourceKind::Vendor, title: "SparkPost support docs: understanding delays and bounces", url: "https://github.com/SparkPost/support-docs/blob/2cb4102c88745e0d0f72dcb096dd5fca24a35078/content/docs/faq/understanding-delays-bounces.md" },
    Source { id: "Stalwart auth.rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/inbound/auth.rs (AUTH replies)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/auth.rs" },
    Source { id: "Stalwart data.rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/inbound/data.rs (DATA replies)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/data.rs" },
    Source { id: "Stalwart delivery.rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/email/src/message/delivery.rs (local delivery results)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/email/src/message/delivery.rs" },
    Source { id: "Stalwart greylist.sieve", kind: SourceKind::Vendor, title: "Stalwart mail server: the greylisting script it ships (resources/config/spamfilter/scripts/greylist.sieve)", url: "https://github.com/stalwartlabs/mail-server/blob/4301ec16d04b9319088f6716a32ef416fc4ab43d/resources/config/spamfilter/scripts/greylist.sieve" },
    Source { id: "Stalwart mail.rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/inbound/mail.rs (MAIL FROM replies)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/mail.rs" },
    Source { id: "Stalwart rcpt.rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/inbound/rcpt.rs (RCPT TO replies)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/rcpt.rs" },
    Source { id: "Stalwart session.rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/inbound/session.rs (session-level replies)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/session.rs" },
    Source { id: "Stalwart spawn.rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/inbound/spawn.rs (session limits and shutdown replies)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/spawn.rs" },
    Source { id: "Yahoo Mail rejected email help", kind: SourceKind::Vendor, title: "Yahoo Help: Email sent to Yahoo Mail addresses is rejected (possible SMTP errors)", url: "https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html" },
    Source { id: "Yahoo Sender Hub SMTP error codes", kind: SourceKind::Vendor, title: "Yahoo Sender Hub: SMTP error codes", url: "https://senders.yahooinc.com/smtp-error-codes/" },
    Source { id: "aol-postmaster-554rlyb1", kind: SourceKind::Vendor, title: "AOL Postmaster: Error 554 RLY:B1", url: "https://postmaster-us.info.aol.com/errors/554rlyb1.html" },
    Source { id: "aol-postmaster-errors", kind: SourceKind::Vendor, title: "AOL Postmaster: List of Errors (RTR, RLY and other blocks)", url: "https://postmaster.aol.com/errors/" },
    Source { id: "aol-postmaster-errors-copy", kind: SourceKind::Vendor, title: "Host Cheetah community: copy of AOL's Postmaster.Errors.php (AOL SMTP Error Messages)", url: "https://community.hostcheetah.com/topic/267/aol-postmaster/" },
    Source { id: "binarylane-outlook-blocked", kind: SourceKind::Vendor, title: "BinaryLane support: Emails to Hotmail and Outlook are blocked (550 SC-001 bounce)", url: "https://support.binarylane.com.au/support/solutions/articles/11000047583-emails-to-hotmail-and-outlook-are-blocked" },
    Source { id: "blog-avoid-fastmail", kind: SourceKind::Vendor, title: "Brian Johnson: Avoid FastMail (blog post quoting a Fastmail rejection for a locked account)", url: "https://brianjohnson.co.za/posts/avoid-fastmail/" },
    Source { id: "chasquid conn.go", kind: SourceKind::Vendor, title: "chasquid source: internal/smtpsrv/conn.go (SMTP server replies)", url: "https://github.com/albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9/internal/smtpsrv/conn.go" },
    Source { id: "cisco-asyncos71-spf", kind: SourceKind::Vendor, title: "Cisco IronPort AsyncOS 7.1 for Email Advanced Configuration Guide, Email Authentication (copy at ManualsBrain)", url: "https://manualsbrain.com/it/manuals/1649627/?page=293" },
    Source { id: "cisco-community-esa-poor-reputation", kind: SourceKind::Vendor, title: "Cisco Community: Cisco ESA domain exception (answer by Cisco staff on the poor-reputation rejection)", url: "https://community.cisco.com/t5/email-security/cisco-esa-domain-exception/m-p/4268260/highlight/true" },
    Source { id: "comcast-business-bounce-messages", kind: SourceKind::Vendor, title: "Comcast Business: Email bounce back messages (codes BL006, BL007)", url: "https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/" },
    Source { id: "comcast-postmaster-error-codes", kind: SourceKind::Vendor, title: "Comcast Postmaster: What are Comcast's mail delivery error codes?", url: "https://postmaster.comcast.net/mail-error-codes.html" },
    Source { id: "comcast-postmaster-smtp-error-codes", kind: SourceKind::Vendor, title: "Comcast Postmaster: Understand email error messages and their codes (non-specific error codes)", url: "https://mdpcontent-ho-1p-187062.sys.comcast.net/smtp-error-codes.php" },
    Source { id: "courier-libesmtp-c", kind: SourceKind::Vendor, title: "Courier mail server source: courier/courier/module.esmtp/libesmtp.C (ESMTP client errors)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/module.esmtp/libesmtp.C" },
    Source { id: "cpanel-yahoo-tss04", kind: SourceKind::Vendor, title: "cPanel Support: Exim log error \"temporarily deferred due to unexpected volume or user complaints\" (Yahoo [TSS04])", url: "https://support.cpanel.net/hc/en-us/articles/4403952239511-Exim-Log-Error-temporarily-deferred-due-to-unexpected-volume-or-user-complaints" },
    Source { id: "draft-levine-mailbomb-header-00", kind: SourceKind::Draft, title: "A Mail Header to Detect Mail Flooding (Internet-Draft)", url: "https://datatracker.ietf.org/doc/html/draft-levine-mailbomb-header-00" },
    Source { id: "fastmail-undeliverable", kind: SourceKind::Vendor, title: "Fastmail Help (older site): Undelivered email", url: "https://www.fastmail.com/help/send/undeliverable.html" },
    Source { id: "fastmail-why-bounce", kind: SourceKind::Vendor, title: "Fastmail Help: Why messages bounce back", url: "https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back" },
    Source { id: "fastmail-why-bounce-old", kind: SourceKind::Vendor, title: "Fastmail Help (earlier version): Why messages bounce back", url: "https://www.fastmail.help/hc/en-us/articles/360058753614-Why-messages-bounce-back" },
    Source { id: "free-postmaster", kind: SourceKind::Vendor, title: "Free: postmaster.free.fr (blocked IP addresses and error messages, in French)", url: "https://postmaster.free.fr/" },
    Source { id: "freescout issue 318", kind: SourceKind::Vendor, title: "freescout issue 318: Amazon SES 554 stream is more than 10485760 bytes long", url: "https://github.com/freescout-help-desk/freescout/issues/318" },
    Source { id: "glibc errlist.h", kind: SourceKind::Vendor, title: "GNU C Library: sysdeps/gnu/errlist.h (strerror texts such as Connection refused)", url: "https://github.com/bminor/glibc/blob/3d7d5c10c806ee24f8e35014e41e203002609a3f/sysdeps/gnu/errlist.h" },
    Source { id: "gmx-error-messages", kind: SourceKind::Vendor, title: "GMX Postmaster: Error messages when sending emails to GMX", url: "https://postmaster.gmx.com/en/error-messages" },
    Source { id: "go-smtp backend.go", kind: SourceKind::Vendor, title: "go-smtp source: backend.go (predefined SMTP errors)", url: "https://github.com/emersion/go-smtp/blob/ab24fe7cbe995d404af3b1c093195f2f43b94688/backend.go" },
    Source { id: "go-smtp conn.go", kind: SourceKind::Vendor, title: "go-smtp source: conn.go (server replies)", url: "https://github.com/emersion/go-smtp/blob/ab24fe7cbe995d404af3b1c093195f2f43b94688/conn.go" },
    Source { id: "godaddy-bounce-errors", kind: SourceKind::Vendor, title: "GoDaddy Help: Fix rejected email with a bounce error", url: "https://sg.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685" },
    Source { id: "google-smtp-relay-errors", kind: SourceKind::Vendor, title: "Google Workspace Admin Help: SMTP relay service error messages", url: "https://support.google.com/a/answer/6140680" },
    Source { id: "haraka-early-talker", kind: SourceKind::Vendor, title: "haraka-plugin-early_talker: index.js (refuses clients that talk before the greeting)", url: "https://github.com/haraka/haraka-plugin-early_talker/blob/5edc4d040b15b97c098e3bb783521cd466822b22/index.js" },
    Source { id: "haraka-helo-checks", kind: SourceKind::Vendor, title: "haraka-plugin-helo.checks: index.js (checks of the HELO/EHLO host name)", url: "https://github.com/haraka/haraka-plugin-helo.checks/blob/1201328952b149cf5467d03d88d937713290dea6/index.js" },
    Source { id: "haraka-limit", kind: SourceKind::Vendor, title: "haraka-plugin-limit: index.js (connection, error and recipient limits)", url: "https://github.com/haraka/haraka-plugin-limit/blob/01f67e6f9cc1f3cdc6dc8b8b42bf3ee6094c9f64/index.js" },
    Source { id: "haraka-mail-from-is-resolvable", kind: SourceKind::Vendor, title: "haraka-plugin-mail_from.is_resolvable: index.js (checks that the MAIL FROM domain has a usable MX)", url: "https://github.com/haraka/haraka-plugin-mail_from.is_resolvable/blob/24279c33447586e48606e39d9b225ad77661acf5/index.js" },
    Source { id: "haraka-prevent-credential-leaks", kind: SourceKind::Vendor, title: "Haraka source: plugins/prevent_credential_leaks.js (refuses messages containing the sender's password)", url: "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/prevent_credential_leaks.js" },
    Source { id: "haraka-smtp-forward", kind: SourceKind::Vendor, title: "Haraka source: plugins/queue/smtp_forward.js (forwarding to per-domain next hops)", url: "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/queue/smtp_forward.js" },
    Source { id: "hardwaresecrets-bounces", kind: SourceKind::Vendor, title: "Hardware Secrets: Understanding Email Bounce Messages (problems with your email server)", url: "https://hardwaresecrets.com/understanding-email-bounce-messages/4/" },
    Source { id: "ionos-smtp-errors", kind: SourceKind::Vendor, title: "IONOS Hilfe: SMTP-Fehlermeldungen der IONOS Mailserver (in German)", url: "https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver" },
    Source { id: "listmonk issue 1300", kind: SourceKind::Vendor, title: "listmonk issue 1300: 450 Too many recipient attempts", url: "https://github.com/knadh/listmonk/issues/1300" },
    Source { id: "maddy authorize_sender.go", kind: SourceKind::Vendor, title: "maddy source: internal/check/authorize_sender/authorize_sender.go (sender authorization)", url: "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/check/authorize_sender/authorize_sender.go" },
    Source { id: "maddy command.go", kind: SourceKind::Vendor, title: "maddy source: internal/check/command/command.go (checks run as commands)", url: "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/check/command/command.go" },
    Source { id: "maddy requiretls.go", kind: SourceKind::Vendor, title: "maddy source: internal/check/requiretls/requiretls.go", url: "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/check/requiretls/requiretls.go" },
    Source { id: "maddy spf.go", kind: SourceKind::Vendor, title: "maddy source: internal/check/spf/spf.go (SPF check and its replies)", url: "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/check/spf/spf.go" },
    Source { id: "mailchannels-aol-rtrbl", kind: SourceKind::Vendor, title: "MailChannels blog: Why did AOL send me \"554 (RTR:BL)\"?", url: "https://blog.mailchannels.com/?p=953" },
    Source { id: "mailgun-api-events", kind: SourceKind::Vendor, title: "Mailgun documentation source: api-events.rst (event examples, failed and rejected)", url: "https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/api-events.rst" },
    Source { id: "mailgun-api-sending", kind: SourceKind::Vendor, title: "Mailgun documentation source: api-sending.rst (sending error messages)", url: "https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/api-sending.rst" },
    Source { id: "mailgun-help-authorized-recipients", kind: SourceKind::Vendor, title: "Mailgun Help Center: Authorized Recipients", url: "https://help.mailgun.com/hc/en-us/articles/217531258-Authorized-Recipients" },
    Source { id: "mailgun-help-marked-spam", kind: SourceKind::Vendor, title: "Mailgun Help Center: Why did I receive the error \"Not delivering to a user who marked your messages as spam\"?", url: "https://help.mailgun.com/hc/en-us/articles/360012070614-Why-did-I-receive-the-error-Not-delivering-to-a-user-who-marked-your-messages-as-spam" },
    Source { id: "mailgun-help-unsubscribed", kind: SourceKind::Vendor, title: "Mailgun Help Center: \"Not Delivering to Unsubscribed Address\"", url: "https://help.mailgun.com/hc/en-us/articles/360012171713--Not-Delivering-to-Unsubscribed-Address-" },
    Source { id: "mailru-ishosting-dmarc", kind: SourceKind::Vendor, title: "isHosting Help Center: DMARC Check (shows mxs.mail.ru refusing mail with 550 5.7.1 ... owner DMARC policy, linking help.mail.ru/mail-help/postmaster/dmarc)", url: "https://help.ishosting.com/en/dmarc-check" },
    Source { id: "mailru-kumomta-bounces", kind: SourceKind::Vendor, title: "KumoMTA: assets/community/bounces.toml (community bounce rules, Mail.ru entries marked)", url: "https://github.com/KumoCorp/kumomta/blob/014ac2477ca5d6bd07ee500ffebec86010ed8e5a/assets/community/bounces.toml" },
    Source { id: "mailru-mailout-errors", kind: SourceKind::Vendor, title: "mailout.ru: common errors when sending to and through Mail.ru (in Russian)", url: "https://mailout.ru/2015/09" },
    Source { id: "mailru-sisimai-blocked", kind: SourceKind::Vendor, title: "Sisimai: lib/Sisimai/Reason/Blocked.pm (lists Mail.ru's dynamic-IP refusal text)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Reason/Blocked.pm" },
    Source { id: "milter-greylist(8)", kind: SourceKind::Vendor, title: "milter-greylist(8) manual page: grey listing filter for sendmail", url: "https://manpages.ubuntu.com/manpages/noble/man8/milter-greylist.8.html" },
    Source { id: "mimecast-smtp-error-codes", kind: SourceKind::Vendor, title: "Mimecast: Policies - Mimecast SMTP Error Codes", url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes" },
    Source { id: "ms-exo-ndr", kind: SourceKind::Vendor, title: "Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online", url: "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online" },
    Source { id: "ms-exo-ndr-4-4-7", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix NDR error 550 4.4.7 in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/02f2cd5a0ed432308987a3aec395240cc1562806/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online.md" },
    Source { id: "ms-exo-ndr-5-1-10", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix email delivery issues for error code 550 5.1.10 in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online.md" },
    Source { id: "ms-exo-ndr-5-1-20", kind: SourceKind::Vendor, title: "Microsoft Learn: NDR error code 550 5.1.20, Multiple From addresses are not allowed without Sender address (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/01dde68f5533a424708f0fa63b0e5f4876150dda/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-550-5-1-20-multiple-from-addresses.md" },
    Source { id: "ms-exo-ndr-5-4-1", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix email delivery issues for error code 550 5.4.1 in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online.md" },
    Source { id: "ms-exo-ndr-5-4-14", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix email delivery issues for error code 5.4.6 or 5.4.14 in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online.md" },
    Source { id: "ms-exo-ndr-5-7-1", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix email delivery issues for error code 550 5.7.1 in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online.md" },
    Source { id: "ms-exo-ndr-5-7-193", kind: SourceKind::Vendor, title: "Microsoft Learn: NDR 550 5.7.193 when external users send email to a Microsoft 365 group (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/70a62eb47c448f73cb5990d13012e6c374300d6f/Exchange/ExchangeOnline/email-delivery/ndr/550-5-7-193-when-external-users-send-to-microsoft-365-group.md" },
    Source { id: "ms-exo-ndr-5-7-367", kind: SourceKind::Vendor, title: "Microsoft Learn: Forwarded or relayed email messages from Microsoft 365 are rejected with error 5.7.367 (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/13b3ced7db47aafc1a0d7ad77c9abced7d198275/Exchange/ExchangeOnline/email-delivery/ndr/forwarded-message-rejected-5-7-367-ndr.md" },
    Source { id: "ms-exo-ndr-5-7-57", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix email delivery issues for error code 5.7.57 in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-5-7-57-in-exchange-online.md" },
    Source { id: "ms-exo-ndr-5-7-64", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix email delivery issues for error code 5.7.64 in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-5-7-64-in-exchange-online.md" },
    Source { id: "ms-exo-ndr-5-7-700", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix email delivery issues for error codes 5.7.700 through 5.7.750 in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750.md" },
    Source { id: "ms-exo-ndr-asxxx", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix email delivery issues for error code 451 4.7.500-699 (ASxxx) in Exchange Online (MicrosoftDocs/SupportArticles-docs)", url: "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/0a82626b2199569e6481e8826b8dcf11195b56f2/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online.md" },
    Source { id: "ms-exo-ndr-outlookcom", kind: SourceKind::Vendor, title: "Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (550 5.5.0 for @hotmail.com and @outlook.com recipients)", url: "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online" },
    Source { id: "ms-mail-flow-intelligence", kind: SourceKind::Vendor, title: "Microsoft Learn: Mail flow intelligence in Office 365, connector delivery errors 4.4.312 to 4.7.320 (MicrosoftDocs/microsoft-365-docs)", url: "https://github.com/MicrosoftDocs/microsoft-365-docs/blob/0e90a9ed5dc8e22d4cc492bc8fdc8d3b580bf3a3/microsoft-365/security/office-365-security/mail-flow-intelligence-in-office-365.md" },
    Source { id: "ms-outlookcom-5-7-515", kind: SourceKind::Vendor, title: "Microsoft Support: Fix NDR error 550 5.7.515 in Outlook.com", url: "https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef" },
    Source { id: "ms-qa-comcast-rl000010", kind: SourceKind::Vendor, title: "Microsoft Q&A: Comcast undeliverable email errors (451 4.2.0 Throttled, RL000010)", url: "https://learn.microsoft.com/en-us/answers/questions/5911696/comcast-undeliverable-email-errors" },
    Source { id: "naver-issue-yourdigitalrights-736", kind: SourceKind::Vendor, title: "GitHub issue your-digital-rights/yourdigitalrights.org#736: Naver answers 550 5.1.1 No such user ... help.naver.com/alias/mail/newmail10.naver ... - nsmtp", url: "https://github.com/your-digital-rights/yourdigitalrights.org/issues/736" },
    Source { id: "notqmail qmail-local.c", kind: SourceKind::Vendor, title: "notqmail (qmail) source: qmail-local.c (local delivery errors)", url: "https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-local.c" },
    Source { id: "notqmail qmail-remote.c", kind: SourceKind::Vendor, title: "notqmail (qmail) source: qmail-remote.c (remote delivery errors)", url: "https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-remote.c" },
    Source { id: "notqmail qmail-send.c", kind: SourceKind::Vendor, title: "notqmail (qmail) source: qmail-send.c (queue lifetime and bounces)", url: "https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-send.c" },
    Source { id: "notqmail qmail-smtpd.c", kind: SourceKind::Vendor, title: "notqmail (qmail) source: qmail-smtpd.c (SMTP server replies)", url: "https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-smtpd.c" },
    Source { id: "odin-aol-dnsnr", kind: SourceKind::Vendor, title: "Odin (Parallels) KB 121291: mail to AOL deferred with 421 (DNS:NR)", url: "https://kb.odin.com/en/121291" },
    Source { id: "orange-postmaster", kind: SourceKind::Vendor, title: "Orange Postmaster: email delivery guidelines for Orange and Wanadoo", url: "https://postmaster.orange.fr/" },
    Source { id: "ovh-email-diagnosis", kind: SourceKind::Vendor, title: "OVHcloud guides: Unable to send or receive emails (SMTP error codes)", url: "https://github.com/ovh/docs/blob/683f728d5575f932d96def9b0085c06fc6ec8af4/pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced/guide.en-gb.md" },
    Source { id: "ovh-nl-smtp-guide", kind: SourceKind::Vendor, title: "OVH guide (gids.ovh.nl): Questions about SMTP, POP3 and IMAP", url: "https://gids.ovh.nl/EmailSmtpPop3Imap" },
    Source { id: "pastebin-icloud-cs01", kind: SourceKind::Vendor, title: "A Postfix log of a bounce from mx4.mail.icloud.com with [CS01] (pastebin)", url: "https://pastebin.com/C488tYBW" },
    Source { id: "pastebin-icloud-proofpoint", kind: SourceKind::Vendor, title: "A Postfix bounce from mx5.mail.icloud.com pointing at Proofpoint's blocklist lookup (pastebin)", url: "https://pastebin.com/eiyNZME7" },
    Source { id: "postfix-dns-strerror-c", kind: SourceKind::Vendor, title: "Postfix source: src/dns/dns_strerror.c (texts of DNS resolver errors)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/dns/dns_strerror.c" },
    Source { id: "postfix-local-c", kind: SourceKind::Vendor, title: "Postfix source: src/local/local.c (the local delivery agent limits every file it writes to mailbox_size_limit)", url: "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/local/local.c" },
    Source { id: "postgrey", kind: SourceKind::Vendor, title: "postgrey: Postfix greylisting policy server (default greylist text)", url: "https://github.com/schweikert/postgrey/blob/6228bd1757591f15551d366befeaedf3b5bb136c/postgrey" },
    Source { id: "proofpoint-pdr-faq", kind: SourceKind::Vendor, title: "Proofpoint: PDR IP Lookup Frequently Asked Questions", url: "https://www.proofpoint.com/us/support-services/ip-blocked-faq" },
    Source { id: "qmail chkuser 2.0.8", kind: SourceKind::Vendor, title: "chkuser 2.0.8 recipient-check patch for qmail/netqmail with vpopmail: reply strings in chkuser_settings.h", url: "https://github.com/denislemire/netqmail/blob/07f62a892f1d1a918bcb6927999c9690ba9eda46/chkuser_settings.h" },
    Source { id: "qmail chkuser 2.0.9", kind: SourceKind::Vendor, title: "chkuser 2.0.9 for qmail/netqmail with vpopmail: reply strings in chkuser_settings.h (sagredo-dev/qmail)", url: "https://github.com/sagredo-dev/qmail/blob/9104c601a784abc6084a28b17eaedb6848759943/chkuser_settings.h" },
    Source { id: "qmail chkuser.c", kind: SourceKind::Vendor, title: "chkuser for qmail (sagredo-dev/qmail): chkuser.c, where a full mailbox is logged as \"rcpt mailbox is overquota\"", url: "https://github.com/sagredo-dev/qmail/blob/302f308abfa18da8efd0033628990d8602e5d397/chkuser.c" },
    Source { id: "qmail sagredo qmail-smtpd.c", kind: SourceKind::Vendor, title: "sagredo-dev/qmail: qmail-smtpd.c (replies of the patched qmail SMTP server)", url: "https://github.com/sagredo-dev/qmail/blob/302f308abfa18da8efd0033628990d8602e5d397/qmail-smtpd.c" },
    Source { id: "qq-computersolutions", kind: SourceKind::Vendor, title: "Computer Solutions blog: QQ Mail 550 Ip frequency limited errors (quotes QQ's own description of the limits)", url: "https://www.computersolutions.cn/blog/qq-mail-550-ip-frequency-limited-errors-and-how-to-solve-them/" },
    Source { id: "qq-sisimai-rhost", kind: SourceKind::Vendor, title: "Sisimai: lib/Sisimai/Rhost/Tencent.pm (QQ Mail reply texts, each with the QQ Mail help page it comes from)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/Tencent.pm" },
    Source { id: "qq-sisimai-tencent-01", kind: SourceKind::Vendor, title: "A real bounce from mx3.qq.com: 550 Ip frequency limited (sisimai set-of-emails rhost-tencent-01.eml)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/rhost-tencent-01.eml" },
    Source { id: "qq-sisimai-tencent-02", kind: SourceKind::Vendor, title: "A real bounce from mx3.qq.com: 550 Connection frequency limited (sisimai set-of-emails rhost-tencent-02.eml)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/rhost-tencent-02.eml" },
    Source { id: "qq-sisimai-tencent-03", kind: SourceKind::Vendor, title: "A real bounce from mx3.qq.com: 550 DMARC check failed (sisimai set-of-emails rhost-tencent-03.eml)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/rhost-tencent-03.eml" },
    Source { id: "qq-smtp-codes", kind: SourceKind::Vendor, title: "smtp.codes: QQ (QQ Mail reply texts with their meanings and QQ help links)", url: "https://smtp.codes/qq" },
    Source { id: "rackspace-common-bounces", kind: SourceKind::Vendor, title: "Rackspace Technology docs: Common email bounce messages", url: "https://docs.rackspace.com/docs/common-email-bounces" },
    Source { id: "rspamd antivirus.conf", kind: SourceKind::Vendor, title: "rspamd configuration: conf/modules.d/antivirus.conf (antivirus reject message)", url: "https://github.com/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/conf/modules.d/antivirus.conf" },
    Source { id: "rspamd milter_internal.h", kind: SourceKind::Vendor, title: "rspamd source: src/libserver/milter_internal.h (default reject and tempfail texts)", url: "https://github.com/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/src/libserver/milter_internal.h" },
    Source { id: "rspamd mx_check.conf", kind: SourceKind::Vendor, title: "rspamd configuration: conf/modules.d/mx_check.conf (null MX reject message)", url: "https://github.com/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/conf/modules.d/mx_check.conf" },
    Source { id: "rspamd ratelimit.lua", kind: SourceKind::Vendor, title: "rspamd source: src/plugins/lua/ratelimit.lua (rate limit plugin)", url: "https://github.com/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/src/plugins/lua/ratelimit.lua" },
    Source { id: "s-postgray package", kind: SourceKind::Vendor, title: "Alpine Linux package s-postgray: postfix RFC 6647 graylisting policy server", url: "https://pkgs.alpinelinux.org/package/edge/testing/ppc64le/s-postgray-doc" },
    Source { id: "sendgrid-drops", kind: SourceKind::Vendor, title: "SendGrid docs: Drops (glossary)", url: "https://docs.sendgrid.com/glossary/drops" },
    Source { id: "sendgrid-login-issues", kind: SourceKind::Vendor, title: "Twilio SendGrid docs: Troubleshooting account login issues (535 Authentication failed: Bad username / password)", url: "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/log-in-issues" },
    Source { id: "sendgrid-smtp-errors", kind: SourceKind::Vendor, title: "Twilio SendGrid docs: SMTP Errors and Troubleshooting", url: "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting" },
    Source { id: "sendmail-daemon-c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/daemon.c (connection handling in the daemon)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/daemon.c" },
    Source { id: "sendmail-domain-c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/domain.c (MX lookups and their errors)", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/domain.c" },
    Source { id: "sendmail-err-c", kind: SourceKind::Vendor, title: "Sendmail source: sendmail/err.c (error texts, including DNS errors as 'Name server: host: ...')", url: "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/err.c" },
    Source { id: "ses-notification-contents", kind: SourceKind::Vendor, title: "Amazon SES Developer Guide: Amazon SNS notification contents (bounce types)", url: "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html" },
    Source { id: "ses-sending-errors", kind: SourceKind::Vendor, title: "Amazon SES Developer Guide: Amazon SES email sending errors", url: "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html" },
    Source { id: "ses-smtp-response-codes", kind: SourceKind::Vendor, title: "Amazon SES Developer Guide: Amazon SES SMTP issues (SMTP response codes returned by Amazon SES)", url: "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html" },
    Source { id: "sevencreative-hotmail-block-list", kind: SourceKind::Vendor, title: "Seven Creative: How to remove yourself from the Hotmail block list (S3150 bounce from eur.olc.protection.outlook.com)", url: "https://sevencreative.co.uk/how-to-remove-yourself-from-the-hotmail-block-list/" },
    Source { id: "simple-login issue 2675", kind: SourceKind::Vendor, title: "simple-login issue 2675: Spamhaus refuses queries from an open resolver (554 5.7.1 … Error: open resolver)", url: "https://github.com/simple-login/app/issues/2675" },
    Source { id: "sisimai set-of-emails lhost-amazonses-17", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-amazonses-17.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-amazonses-17.eml" },
    Source { id: "sisimai set-of-emails lhost-amazonses-19", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-amazonses-19.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-amazonses-19.eml" },
    Source { id: "sisimai set-of-emails lhost-barracuda-01", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-barracuda-01.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-barracuda-01.eml" },
    Source { id: "sisimai set-of-emails lhost-exim-03", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-exim-03.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-exim-03.eml" },
    Source { id: "sisimai set-of-emails lhost-exim-36", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-exim-36.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-exim-36.eml" },
    Source { id: "sisimai set-of-emails lhost-exim-47", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-exim-47.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-exim-47.eml" },
    Source { id: "sisimai set-of-emails lhost-exim-56", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-exim-56.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-exim-56.eml" },
    Source { id: "sisimai set-of-emails lhost-exim-58", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-exim-58.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-exim-58.eml" },
    Source { id: "sisimai set-of-emails lhost-mcafee-05", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-mcafee-05.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-mcafee-05.eml" },
    Source { id: "sisimai set-of-emails lhost-outlook-03", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-outlook-03.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-outlook-03.eml" },
    Source { id: "sisimai set-of-emails lhost-outlook-09", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-outlook-09.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-outlook-09.eml" },
    Source { id: "sisimai set-of-emails lhost-postfix-42", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-postfix-42.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-postfix-42.eml" },
    Source { id: "sisimai set-of-emails lhost-postfix-44", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-postfix-44.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-postfix-44.eml" },
    Source { id: "sisimai set-of-emails lhost-postfix-51", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-postfix-51.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-postfix-51.eml" },
    Source { id: "sisimai set-of-emails lhost-postfix-52", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-postfix-52.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-postfix-52.eml" },
    Source { id: "sisimai set-of-emails lhost-postfix-61", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-postfix-61.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-postfix-61.eml" },
    Source { id: "sisimai set-of-emails lhost-postfix-76", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-postfix-76.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-postfix-76.eml" },
    Source { id: "sisimai set-of-emails lhost-postfix-78", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-postfix-78.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-postfix-78.eml" },
    Source { id: "sisimai set-of-emails lhost-sendmail-17", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-sendmail-17.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-sendmail-17.eml" },
    Source { id: "sisimai set-of-emails lhost-sendmail-18", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-sendmail-18.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-sendmail-18.eml" },
    Source { id: "sisimai set-of-emails lhost-sendmail-39", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-sendmail-39.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-sendmail-39.eml" },
    Source { id: "sisimai set-of-emails lhost-sendmail-55", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-sendmail-55.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-sendmail-55.eml" },
    Source { id: "sisimai set-of-emails lhost-v5sendmail-05", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/lhost-v5sendmail-05.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-v5sendmail-05.eml" },
    Source { id: "sisimai set-of-emails rhost-apple-04", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/rhost-apple-04.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-apple-04.eml" },
    Source { id: "sisimai set-of-emails rhost-cloudflare-01", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/rhost-cloudflare-01.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-cloudflare-01.eml" },
    Source { id: "sisimai set-of-emails rhost-facebook-03", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/rhost-facebook-03.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-facebook-03.eml" },
    Source { id: "sisimai set-of-emails rhost-franceptt-05", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/rhost-franceptt-05.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-franceptt-05.eml" },
    Source { id: "sisimai set-of-emails rhost-franceptt-06", kind: SourceKind::Vendor, title: "A real bounce in the public collection sisimai/set-of-emails: maildir/bsd/rhost-franceptt-06.eml", url: "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-franceptt-06.eml" },
    Source { id: "sisimai-go-franceptt", kind: SourceKind::Vendor, title: "Sisimai (Go): rhost/for-franceptt.go, Orange and La Poste codes with the explanations of Orange's postmaster page", url: "https://github.com/sisimai/go-sisimai/blob/HEAD/rhost/for-franceptt.go" },
    Source { id: "sisimai-go-rhost-for-apple", kind: SourceKind::Vendor, title: "Sisimai (go-sisimai) rhost/for-apple.go: iCloud Mail reply texts with the reasons they stand for", url: "https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/rhost/for-apple.go" },
    Source { id: "sisimai-go-rhost-for-apple-01", kind: SourceKind::Vendor, title: "A real bounce from iCloud Mail in go-sisimai's copy of set-of-emails: maildir/bsd/rhost-apple-01.eml", url: "https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/set-of-emails/maildir/bsd/rhost-apple-01.eml" },
    Source { id: "sisimai-go-rhost-for-apple-02", kind: SourceKind::Vendor, title: "A real bounce from iCloud Mail in go-sisimai's copy of set-of-emails: maildir/bsd/rhost-apple-02.eml", url: "https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/set-of-emails/maildir/bsd/rhost-apple-02.eml" },
    Source { id: "sisimai-go-rhost-for-apple-03", kind: SourceKind::Vendor, title: "A real bounce from iCloud Mail in go-sisimai's copy of set-of-emails: maildir/bsd/rhost-apple-03.eml", url: "https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/set-of-emails/maildir/bsd/rhost-apple-03.eml" },
    Source { id: "sisimai-go-rhost-for-google", kind: SourceKind::Vendor, title: "Sisimai (go-sisimai) rhost/for-google.go: Gmail reply texts with the reasons they stand for", url: "https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/rhost/for-google.go" },
    Source { id: "sisimai-go-yahooinc", kind: SourceKind::Vendor, title: "Sisimai (Go): rhost/for-yahooinc.go, Yahoo Inc. reply texts with their bounce reasons", url: "https://github.com/sisimai/go-sisimai/blob/10a375ffbfda93609b761e6572a81329a13658e3/rhost/for-yahooinc.go" },
    Source { id: "sisimai-lhost-dragonfly-02", kind: SourceKind::Vendor, title: "A real bounce in the public collection of Sisimai: set-of-emails/maildir/bsd/lhost-dragonfly-02.eml (550 5.7.509 from outlook-com.olc.protection.outlook.com)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/lhost-dragonfly-02.eml" },
    Source { id: "sisimai-lhost-ezweb-08", kind: SourceKind::Vendor, title: "A real bounce in the public collection of Sisimai: set-of-emails/maildir/bsd/lhost-ezweb-08.eml (550 SC-004 from Hotmail)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/lhost-ezweb-08.eml" },
    Source { id: "sisimai-lhost-office365-04", kind: SourceKind::Vendor, title: "A real bounce in the public collection of Sisimai: set-of-emails/maildir/bsd/lhost-office365-04.eml (550 5.1.351)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/lhost-office365-04.eml" },
    Source { id: "sisimai-lhost-office365-06", kind: SourceKind::Vendor, title: "A real bounce in the public collection of Sisimai: set-of-emails/maildir/bsd/lhost-office365-06.eml (550 5.4.312 Message expired, DNS query failed)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/lhost-office365-06.eml" },
    Source { id: "sisimai-lhost-office365-08", kind: SourceKind::Vendor, title: "A real bounce in the public collection of Sisimai: set-of-emails/maildir/bsd/lhost-office365-08.eml (550 5.4.316 Message expired, connection refused)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/lhost-office365-08.eml" },
    Source { id: "sisimai-lhost-outlook-08", kind: SourceKind::Vendor, title: "A real bounce in the public collection of Sisimai: set-of-emails/maildir/bsd/lhost-outlook-08.eml (550 Requested action not taken: mailbox unavailable)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/lhost-outlook-08.eml" },
    Source { id: "sisimai-reason-blocked", kind: SourceKind::Vendor, title: "Sisimai (Perl): lib/Sisimai/Reason/Blocked.pm, refusal texts including Free's", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Reason/Blocked.pm" },
    Source { id: "sisimai-reason-toomanyconn", kind: SourceKind::Vendor, title: "Sisimai (Perl): lib/Sisimai/Reason/TooManyConn.pm, texts including Free's", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Reason/TooManyConn.pm" },
    Source { id: "sisimai-rhost-apple", kind: SourceKind::Vendor, title: "Sisimai (p5-sisimai) lib/Sisimai/Rhost/Apple.pm: Proofpoint block text returned for iCloud", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/Apple.pm" },
    Source { id: "sisimai-rhost-godaddy", kind: SourceKind::Vendor, title: "Sisimai source: lib/sisimai/rhost/godaddy.rb (GoDaddy IB codes, quoting GoDaddy's bounce help page)", url: "https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/godaddy.rb" },
    Source { id: "sisimai-rhost-microsoft", kind: SourceKind::Vendor, title: "Sisimai source: lib/Sisimai/Rhost/Microsoft.pm (Exchange Online and Outlook.com reply texts, documented and observed)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/Microsoft.pm" },
    Source { id: "sisimai-rhost-microsoft-05", kind: SourceKind::Vendor, title: "A real bounce in the public collection of Sisimai: set-of-emails/maildir/bsd/rhost-microsoft-05.eml (451 4.7.650 from outlook-com.olc.protection.outlook.com)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/rhost-microsoft-05.eml" },
    Source { id: "sisimai-rhost-microsoft-outlookcom", kind: SourceKind::Vendor, title: "Sisimai source: lib/Sisimai/Rhost/Microsoft.pm (Outlook.com replies from olc.protection.outlook.com hosts)", url: "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/Microsoft.pm" },
    Source { id: "smtp-codes-rackspace", kind: SourceKind::Vendor, title: "smtp.codes: Rackspace (reply texts and G codes quoted from the Rackspace Email postmaster site)", url: "https://smtp.codes/rackspace" },
    Source { id: "spambrella-error-codes", kind: SourceKind::Vendor, title: "Spambrella (Proofpoint Essentials reseller): Common Email Delivery Error Codes", url: "https://www.spambrella.com/faq/email-delivery-error-codes/" },
    Source { id: "stalwart-ehlo-rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/inbound/ehlo.rs (EHLO replies)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/ehlo.rs" },
    Source { id: "stalwart-inbound-mod-rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/inbound/mod.rs (shared temporary failure replies)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/mod.rs" },
    Source { id: "stalwart-queue-dsn-rs", kind: SourceKind::Vendor, title: "Stalwart mail server source: crates/smtp/src/queue/dsn.rs (texts of its delivery status notifications)", url: "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/queue/dsn.rs" },
    Source { id: "suped-barracuda-blocked", kind: SourceKind::Vendor, title: "Suped: Why are my emails blocked by Barracuda even when not listed on blocklists?", url: "https://www.suped.com/learn/blocklists/why-are-my-emails-blocked-by-barracuda-even-when-not-listed-on-blocklists" },
    Source { id: "swiftmailer issue 989", kind: SourceKind::Vendor, title: "swiftmailer issue 989: 552 message line is too long", url: "https://github.com/swiftmailer/swiftmailer/issues/989" },
    Source { id: "virtbiz-outlook-blocked", kind: SourceKind::Vendor, title: "VirtBiz knowledge base: Outlook or Hotmail or Microsoft has blocked my email (S3140 bounce and the Microsoft sender support form)", url: "https://virtbiz.com/client/index.php?rp=%2Fknowledgebase%2F71%2FOutlook-or-Hotmail-or-Microsoft-has-blocked-my-email.html" },
    Source { id: "webde-error-messages", kind: SourceKind::Vendor, title: "WEB.DE Postmaster: error messages of the WEB.DE mail system", url: "https://postmaster.web.de/error-messages" },
    Source { id: "wttw-aol-bounces-2012", kind: SourceKind::Vendor, title: "Word to the Wise: AOL bounces and false positives (CON:B1, RLY:SN)", url: "https://www.wordtothewise.com/2012/08/aol-bounces-and-false-positives" },
    Source { id: "xfinity-email-errors", kind: SourceKind::Vendor, title: "Xfinity Support: Email error codes and messages", url: "https://es.xfinity.com/support/articles/email-errors" },
    Source { id: "yahoo-help-mail-blocked", kind: SourceKind::Vendor, title: "Yahoo Help: My email is being blocked by Yahoo Mail. What can I do? (common SMTP error messages)", url: "https://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html" },
    Source { id: "yahoo-help-sln3434", kind: SourceKind::Vendor, title: "Yahoo Help: Error \"421 4.7.0 [TS01] Messages from x.x.x.x temporarily deferred due to user complaints\" (SLN3434)", url: "https://help.yahoo.com/mkb/article.php?locale=en_US&page=content&y=PROD_MAIL_ML&id=SLN3434" },
    Source { id: "yahoo-help-sln3436", kind: SourceKind::Vendor, title: "Yahoo Help: Error \"421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred\" (SLN3436)", url: "https://help.yahoo.com/mkb/article.php?page=content&y=PROD_MAIL_MOBILE&locale=en_PH&id=SLN3436&impressions=false" },
    Source { id: "yahoo-help-sln3437", kind: SourceKind::Vendor, title: "Yahoo Help: Error \"421 Message from (x.x.x.x) temporarily deferred - 4.16.50\" (SLN3437)", url: "https://help.yahoo.com/mkb/article.php?locale=en_US&page=content&y=PROD_MAIL_ML&id=SLN3437&actp=lorax" },
    Source { id: "yahoo-help-sln7253", kind: SourceKind::Vendor, title: "Yahoo Help: Error \"554 5.7.9: Message not accepted for policy reasons\" when sending email to Yahoo (SLN7253)", url: "https://help.yahoo.com/kb/SLN7253.html" },
    Source { id: "yandex-bounce-mailbox-full", kind: SourceKind::Vendor, title: "Yandex Mail Help: The recipient's mailbox is full (Mailbox size limit exceeded)", url: "https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html?lang=en" },
    Source { id: "yandex-bounce-policy-rejection", kind: SourceKind::Vendor, title: "Yandex Mail Help: The recipient's account has been blocked (Policy rejection on the target address)", url: "https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html?lang=en" },
    Source { id: "yandex-bounce-spam", kind: SourceKind::Vendor, title: "Yandex Mail Help: The message looks like spam (Message rejected under suspicion of SPAM)", url: "https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en" },
    Source { id: "yandex-bounces-to-yandex", kind: SourceKind::Vendor, title: "Yandex Mail Help: Report on non-delivery to Yandex", url: "https://www.yandex.com/support/mail/bounces/yandex.html" },
    Source { id: "yandex-issue-dokuwiki-smtp-38", kind: SourceKind::Vendor, title: "GitHub issue splitbrain/dokuwiki-plugin-smtp#38: smtp.yandex.ru answers 553 5.7.1 Sender address rejected: not owned by auth user", url: "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/38" },
    Source { id: "zoho-blocked-accounts", kind: SourceKind::Vendor, title: "Zoho Mail Help: Blocked Accounts in Zoho Mail", url: "https://zoho.com/mail/help/adminconsole/blocked-accounts.html" },
    Source { id: "zoho-fieldmanual-552", kind: SourceKind::Vendor, title: "Postmark's SMTP Field Manual: raw 552 replies collected from providers (data/codes/552.json)", url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/552.json" },
    Source { id: "zoho-zeptomail-smtp-errors", kind: SourceKind::Vendor, title: "ZeptoMail Help: SMTP Error Codes", url: "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html" },
];

pub(crate) static REPLIES: [ReplyInfo; 57] = [
    ReplyInfo { code: ReplyCode(211), status: Status::Standard, name: "SYSTEM_STATUS", texts: Texts { row: 0 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "4.1.1.8" }, Reference { source: &SOURCES[101], section: "4.3.2" }], commands: &[Command::Help], related: &[Code::Reply(ReplyCode(214)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(504))], compare_with: &[Code::Reply(ReplyCode(214))] },
    ReplyInfo { code: ReplyCode(214), status: Status::Standard, name: "HELP_MESSAGE", texts: Texts { row: 1 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "4.1.1.8" }, Reference { source: &SOURCES[101], section: "4.3.2" }], commands: &[Command::Help], related: &[Code::Reply(ReplyCode(211)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(504))], compare_with: &[Code::Reply(ReplyCode(211))] },
    ReplyInfo { code: ReplyCode(220), status: Status::Standard, name: "SERVICE_READY", texts: Texts { row: 2 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[101], section: "4.2" }, Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[90], section: "4" }, Reference { source: &SOURCES[90], section: "4.2" }], commands: &[Command::Connect, Command::Starttls], related: &[Code::Reply(ReplyCode(221)), Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(521))] },
    ReplyInfo { code: ReplyCode(221), status: Status::Standard, name: "SERVICE_CLOSING_TRANSMISSION_CHANNEL", texts: Texts { row: 3 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "4.1.1.10" }, Reference { source: &SOURCES[101], section: "3.8" }], commands: &[Command::Quit], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(421)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(421))] },
    ReplyInfo { code: ReplyCode(235), status: Status::Extension, name: "AUTHENTICATION_SUCCEEDED", texts: Texts { row: 4 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "4" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(334)), Code::Reply(ReplyCode(432)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(535)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(334)), Code::Reply(ReplyCode(535))] },
    ReplyInfo { code: ReplyCode(250), status: Status::Standard, name: "OK", texts: Texts { row: 5 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "4.2.5" }, Reference { source: &SOURCES[101], section: "4.3.2" }, Reference { source: &SOURCES[89], section: "2" }, Reference { source: &SOURCES[97], section: "6" }, Reference { source: &SOURCES[84], section: "5.1" }, Reference { source: &SOURCES[86], section: "5.2.1" }], commands: &[Command::Ehlo, Command::Mail, Command::Rcpt, Command::DataEnd, Command::Rset, Command::Vrfy, Command::Expn, Command::Noop, Command::Bdat, Command::Burl, Command::Etrn, Command::Atrn], related: &[Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(355)), Code::Reply(ReplyCode(453)), Code::Reply(ReplyCode(458)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(354))] },
    ReplyInfo { code: ReplyCode(251), status: Status::Standard, name: "USER_NOT_LOCAL_WILL_FORWARD", texts: Texts { row: 6 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "3.4" }, Reference { source: &SOURCES[84], section: "5.1" }], commands: &[Command::Rcpt, Command::Vrfy, Command::Etrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(458)), Code::Reply(ReplyCode(551)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(551)), Code::Reply(ReplyCode(250))] },
    ReplyInfo { code: ReplyCode(252), status: Status::Standard, name: "CANNOT_VERIFY_USER", texts: Texts { row: 7 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "3.5.3" }, Reference { source: &SOURCES[101], section: "7.3" }, Reference { source: &SOURCES[104], section: "3.7.4.2" }, Reference { source: &SOURCES[84], section: "5.1" }], commands: &[Command::Vrfy, Command::Expn, Command::Etrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(458)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 })], compare_with: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(502))] },
    ReplyInfo { code: ReplyCode(253), status: Status::Extension, name: "PENDING_MESSAGES_STARTED", texts: Texts { row: 8 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[84], section: "5.1" }, Reference { source: &SOURCES[84], section: "5" }], commands: &[Command::Etrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(458)), Code::Reply(ReplyCode(459)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(252))] },
    ReplyInfo { code: ReplyCode(334), status: Status::Extension, name: "AUTH_CHALLENGE", texts: Texts { row: 9 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[99], section: "8" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(535))], compare_with: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(354))] },
    ReplyInfo { code: ReplyCode(354), status: Status::Standard, name: "START_MAIL_INPUT", texts: Texts { row: 10 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "4.1.1.4" }, Reference { source: &SOURCES[101], section: "4.3.2" }, Reference { source: &SOURCES[101], section: "4.5.3.2" }], commands: &[Command::Data], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(355)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(554))], compare_with: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(334))] },
    ReplyInfo { code: ReplyCode(355), status: Status::Experimental, name: "TRANSACTION_OFFSET", texts: Texts { row: 11 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[79], section: "3" }, Reference { source: &SOURCES[103], section: "7" }], commands: &[Command::Mail], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(354))], compare_with: &[Code::Reply(ReplyCode(354))] },
    ReplyInfo { code: ReplyCode(400), status: Status::NonStandard, name: "TEMPORARY_FAILURE_TRY_LATER", texts: Texts { row: 12 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[2], section: "" }, Reference { source: &SOURCES[5], section: "" }, Reference { source: &SOURCES[101], section: "4.2" }], commands: &[Command::Any, Command::Rcpt], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(530))], compare_with: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451))] },
    ReplyInfo { code: ReplyCode(417), status: Status::NonStandard, name: "SENDER_CHECK_TEMPORARY_FAILURE", texts: Texts { row: 13 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[5], section: "" }], commands: &[Command::Mail], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(517)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], compare_with: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451))] },
    ReplyInfo { code: ReplyCode(421), status: Status::Standard, name: "SERVICE_NOT_AVAILABLE", texts: Texts { row: 14 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[105], section: "5" }], commands: &[Command::Connect, Command::Any], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(221)), Code::Reply(ReplyCode(400)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(503))] },
    ReplyInfo { code: ReplyCode(422), status: Status::NonStandard, name: "UNOFFICIAL_PASSWORD_TRANSITION", texts: Texts { row: 15 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[36], section: "" }, Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[147], section: "" }], commands: &[Command::Rcpt, Command::Auth], related: &[Code::Reply(ReplyCode(432)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 })], compare_with: &[Code::Reply(ReplyCode(432))] },
    ReplyInfo { code: ReplyCode(424), status: Status::NonStandard, name: "TEMPORARY_ALIAS_EXPANSION_FAILURE", texts: Texts { row: 16 }, fix_by: &[Party::ServerAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[55], section: "" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(524)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(524))] },
    ReplyInfo { code: ReplyCode(430), status: Status::NonStandard, name: "UNOFFICIAL_INVALID_COMMAND", texts: Texts { row: 17 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[36], section: "" }, Reference { source: &SOURCES[236], section: "" }, Reference { source: &SOURCES[101], section: "4.2" }], commands: &[Command::Rcpt, Command::Any], related: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(503)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(530))] },
    ReplyInfo { code: ReplyCode(431), status: Status::NonStandard, name: "RECEIVING_MAIL_SYSTEM_FULL", texts: Texts { row: 18 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[5], section: "" }], commands: &[Command::Rcpt, Command::DataEnd], related: &[Code::Reply(ReplyCode(452)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })], compare_with: &[Code::Reply(ReplyCode(452))] },
    ReplyInfo { code: ReplyCode(432), status: Status::Extension, name: "PASSWORD_TRANSITION_NEEDED", texts: Texts { row: 19 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[36], section: "" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(422)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(534)), Code::Reply(ReplyCode(535)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 })], compare_with: &[Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(535))] },
    ReplyInfo { code: ReplyCode(435), status: Status::NonStandard, name: "UNABLE_TO_AUTHENTICATE_AT_PRESENT", texts: Texts { row: 20 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[22], section: "" }, Reference { source: &SOURCES[99], section: "6" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(535)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(535))] },
    ReplyInfo { code: ReplyCode(450), status: Status::Standard, name: "MAILBOX_TEMPORARILY_UNAVAILABLE", texts: Texts { row: 21 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[105], section: "5" }, Reference { source: &SOURCES[86], section: "5.2.1" }, Reference { source: &SOURCES[106], section: "4.1" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd, Command::Atrn], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(424)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(453)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 })], compare_with: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(421))] },
    ReplyInfo { code: ReplyCode(451), status: Status::Standard, name: "LOCAL_ERROR_IN_PROCESSING", texts: Texts { row: 22 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[86], section: "5.2.1" }, Reference { source: &SOURCES[97], section: "6" }, Reference { source: &SOURCES[36], section: "" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd, Command::Atrn, Command::Burl], related: &[Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(400)), Code::Reply(ReplyCode(417)), Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(424)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(453)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], compare_with: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(421))] },
    ReplyInfo { code: ReplyCode(452), status: Status::Standard, name: "INSUFFICIENT_SYSTEM_STORAGE", texts: Texts { row: 23 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "4.5.3.1.10" }, Reference { source: &SOURCES[82], section: "6.2" }, Reference { source: &SOURCES[82], section: "6.4" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd], related: &[Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(431)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(522)), Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })], compare_with: &[Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(451))] },
    ReplyInfo { code: ReplyCode(453), status: Status::Extension, name: "YOU_HAVE_NO_MAIL", texts: Texts { row: 24 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[86], section: "5.2.1" }, Reference { source: &SOURCES[86], section: "7" }, Reference { source: &SOURCES[36], section: "" }], commands: &[Command::Atrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 })], compare_with: &[Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(450))] },
    ReplyInfo { code: ReplyCode(454), status: Status::Extension, name: "TEMPORARY_TLS_OR_AUTH_FAILURE", texts: Texts { row: 25 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[90], section: "4" }, Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[36], section: "" }], commands: &[Command::Starttls, Command::Auth], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(432)), Code::Reply(ReplyCode(435)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(535)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], compare_with: &[Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(432))] },
    ReplyInfo { code: ReplyCode(455), status: Status::Standard, name: "UNABLE_TO_ACCOMMODATE_PARAMETERS", texts: Texts { row: 26 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[101], section: "4.1.1.11" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[88], section: "4" }], commands: &[Command::Mail, Command::Rcpt], related: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(555))], compare_with: &[Code::Reply(ReplyCode(555)), Code::Reply(ReplyCode(501))] },
    ReplyInfo { code: ReplyCode(458), status: Status::Extension, name: "UNABLE_TO_QUEUE_MESSAGES", texts: Texts { row: 27 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[84], section: "5.1" }], commands: &[Command::Etrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(459)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(459))] },
    ReplyInfo { code: ReplyCode(459), status: Status::Extension, name: "NODE_NOT_ALLOWED", texts: Texts { row: 28 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[84], section: "5.1" }], commands: &[Command::Etrn], related: &[Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(458)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(458))] },
    ReplyInfo { code: ReplyCode(500), status: Status::Standard, name: "SYNTAX_ERROR_COMMAND_UNRECOGNIZED", texts: Texts { row: 29 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.4" }, Reference { source: &SOURCES[101], section: "4.3.2" }, Reference { source: &SOURCES[101], section: "4.5.3.1.9" }, Reference { source: &SOURCES[99], section: "6" }], commands: &[Command::Any, Command::Auth, Command::Etrn], related: &[Code::Reply(ReplyCode(430)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503))] },
    ReplyInfo { code: ReplyCode(501), status: Status::Standard, name: "SYNTAX_ERROR_IN_PARAMETERS", texts: Texts { row: 30 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.1.4" }, Reference { source: &SOURCES[101], section: "3.3" }, Reference { source: &SOURCES[101], section: "4.3.2" }, Reference { source: &SOURCES[90], section: "4" }, Reference { source: &SOURCES[99], section: "4" }], commands: &[Command::Any, Command::Ehlo, Command::Mail, Command::Rcpt, Command::Starttls, Command::Auth, Command::Etrn], related: &[Code::Reply(ReplyCode(334)), Code::Reply(ReplyCode(455)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(553)), Code::Reply(ReplyCode(555))] },
    ReplyInfo { code: ReplyCode(502), status: Status::Standard, name: "COMMAND_NOT_IMPLEMENTED", texts: Texts { row: 31 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.4" }, Reference { source: &SOURCES[101], section: "3.5.3" }, Reference { source: &SOURCES[101], section: "3.2" }, Reference { source: &SOURCES[101], section: "4.3.2" }, Reference { source: &SOURCES[86], section: "5.4" }], commands: &[Command::Ehlo, Command::Vrfy, Command::Expn, Command::Help, Command::Any], related: &[Code::Reply(ReplyCode(211)), Code::Reply(ReplyCode(214)), Code::Reply(ReplyCode(252)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(504))] },
    ReplyInfo { code: ReplyCode(503), status: Status::Standard, name: "BAD_SEQUENCE_OF_COMMANDS", texts: Texts { row: 32 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.1.4" }, Reference { source: &SOURCES[101], section: "3.3" }, Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[89], section: "2" }], commands: &[Command::Mail, Command::Rcpt, Command::Data, Command::Auth, Command::Bdat, Command::Burl, Command::Any], related: &[Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(430)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(504), status: Status::Standard, name: "COMMAND_PARAMETER_NOT_IMPLEMENTED", texts: Texts { row: 33 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.1" }, Reference { source: &SOURCES[101], section: "4.3.2" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[96], section: "4.2" }], commands: &[Command::Ehlo, Command::Mail, Command::Rcpt, Command::Vrfy, Command::Expn, Command::Help, Command::Auth], related: &[Code::Reply(ReplyCode(211)), Code::Reply(ReplyCode(214)), Code::Reply(ReplyCode(455)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(538)), Code::Reply(ReplyCode(555))] },
    ReplyInfo { code: ReplyCode(511), status: Status::NonStandard, name: "NO_MAILBOX_BY_THAT_NAME", texts: Texts { row: 34 }, fix_by: &[Party::SendingClient, Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[236], section: "" }, Reference { source: &SOURCES[237], section: "" }, Reference { source: &SOURCES[239], section: "" }], commands: &[Command::Rcpt, Command::Mail], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 })], compare_with: &[Code::Reply(ReplyCode(550))] },
    ReplyInfo { code: ReplyCode(517), status: Status::NonStandard, name: "SENDER_ADDRESS_REJECTED", texts: Texts { row: 35 }, fix_by: &[Party::SenderAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[5], section: "" }], commands: &[Command::Mail], related: &[Code::Reply(ReplyCode(417)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 })], compare_with: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553))] },
    ReplyInfo { code: ReplyCode(521), status: Status::Extension, name: "HOST_DOES_NOT_ACCEPT_MAIL", texts: Texts { row: 36 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[111], section: "3" }, Reference { source: &SOURCES[111], section: "5.1" }, Reference { source: &SOURCES[80], section: "" }], commands: &[Command::Connect, Command::Any], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(556)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 })], compare_with: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(556))] },
    ReplyInfo { code: ReplyCode(522), status: Status::NonStandard, name: "RECIPIENT_MAILBOX_FULL", texts: Texts { row: 37 }, fix_by: &[Party::RecipientAdmin], references: &[Reference { source: &SOURCES[236], section: "" }, Reference { source: &SOURCES[237], section: "" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 })], compare_with: &[Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(452))] },
    ReplyInfo { code: ReplyCode(523), status: Status::NonStandard, name: "ENCRYPTION_NEEDED", texts: Texts { row: 38 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[36], section: "" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[90], section: "4.2" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(530)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], compare_with: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(524)), Code::Reply(ReplyCode(538))] },
    ReplyInfo { code: ReplyCode(524), status: Status::NonStandard, name: "AUTH_MECHANISM_REQUIRES_ENCRYPTION", texts: Texts { row: 39 }, fix_by: &[Party::RecipientAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[36], section: "" }, Reference { source: &SOURCES[55], section: "" }, Reference { source: &SOURCES[0], section: "" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[90], section: "4.2" }], commands: &[Command::Rcpt, Command::Auth], related: &[Code::Reply(ReplyCode(424)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 })], compare_with: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(523)), Code::Reply(ReplyCode(538))] },
    ReplyInfo { code: ReplyCode(525), status: Status::NonStandard, name: "USER_ACCOUNT_DISABLED", texts: Texts { row: 40 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[36], section: "" }], commands: &[Command::Auth], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 })], compare_with: &[Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(535))] },
    ReplyInfo { code: ReplyCode(530), status: Status::Extension, name: "AUTHENTICATION_REQUIRED", texts: Texts { row: 41 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[90], section: "4" }, Reference { source: &SOURCES[90], section: "4.2" }, Reference { source: &SOURCES[103], section: "4.3" }], commands: &[Command::Mail, Command::Rcpt, Command::Data, Command::Vrfy, Command::Expn, Command::Auth, Command::Atrn], related: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(400)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(523)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], compare_with: &[Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(533), status: Status::NonStandard, name: "DELIVERY_NOT_AUTHORIZED", texts: Texts { row: 42 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[36], section: "" }, Reference { source: &SOURCES[101], section: "4.2" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(534), status: Status::Extension, name: "AUTHENTICATION_MECHANISM_TOO_WEAK", texts: Texts { row: 43 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[99], section: "6" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(432)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], compare_with: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(538))] },
    ReplyInfo { code: ReplyCode(535), status: Status::Extension, name: "AUTHENTICATION_CREDENTIALS_INVALID", texts: Texts { row: 44 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[99], section: "6" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(334)), Code::Reply(ReplyCode(432)), Code::Reply(ReplyCode(435)), Code::Reply(ReplyCode(454)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 })], compare_with: &[Code::Reply(ReplyCode(525)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(534))] },
    ReplyInfo { code: ReplyCode(538), status: Status::Obsolete, name: "ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM", texts: Texts { row: 45 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "15" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[90], section: "4.2" }], commands: &[Command::Auth], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 })], compare_with: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(524)), Code::Reply(ReplyCode(530))] },
    ReplyInfo { code: ReplyCode(546), status: Status::NonStandard, name: "TOO_MANY_RECEIVED_HEADERS", texts: Texts { row: 46 }, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[5], section: "" }, Reference { source: &SOURCES[101], section: "6.3" }], commands: &[Command::DataEnd], related: &[Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 })], compare_with: &[Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(550), status: Status::Standard, name: "MAILBOX_UNAVAILABLE", texts: Texts { row: 47 }, fix_by: &[Party::SendingClient, Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.3" }, Reference { source: &SOURCES[101], section: "3.6.2" }, Reference { source: &SOURCES[101], section: "4.3.2" }, Reference { source: &SOURCES[109], section: "" }], commands: &[Command::Ehlo, Command::Mail, Command::Rcpt, Command::DataEnd, Command::Vrfy, Command::Expn], related: &[Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(511)), Code::Reply(ReplyCode(517)), Code::Reply(ReplyCode(559)), Code::Reply(ReplyCode(571)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 })], compare_with: &[Code::Reply(ReplyCode(551)), Code::Reply(ReplyCode(553)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(450))] },
    ReplyInfo { code: ReplyCode(551), status: Status::Standard, name: "USER_NOT_LOCAL", texts: Texts { row: 48 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2" }, Reference { source: &SOURCES[101], section: "3.4" }, Reference { source: &SOURCES[101], section: "7.4" }], commands: &[Command::Rcpt, Command::Vrfy], related: &[Code::Reply(ReplyCode(251)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(550))] },
    ReplyInfo { code: ReplyCode(552), status: Status::Standard, name: "EXCEEDED_STORAGE_ALLOCATION", texts: Texts { row: 49 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.5.3.1.10" }, Reference { source: &SOURCES[82], section: "6.2" }, Reference { source: &SOURCES[97], section: "6" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd, Command::Burl], related: &[Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(522)), Code::Reply(ReplyCode(557)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(553), status: Status::Standard, name: "MAILBOX_NAME_NOT_ALLOWED", texts: Texts { row: 50 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.3" }, Reference { source: &SOURCES[101], section: "3.5.1" }, Reference { source: &SOURCES[104], section: "3.5" }], commands: &[Command::Mail, Command::Rcpt, Command::Vrfy], related: &[Code::Reply(ReplyCode(511)), Code::Reply(ReplyCode(517)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 })], compare_with: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(554), status: Status::Standard, name: "TRANSACTION_FAILED", texts: Texts { row: 51 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[101], section: "3.3" }, Reference { source: &SOURCES[111], section: "3" }, Reference { source: &SOURCES[103], section: "4.1" }, Reference { source: &SOURCES[90], section: "4.1" }], commands: &[Command::Connect, Command::Mail, Command::Rcpt, Command::Data, Command::DataEnd, Command::Burl, Command::Any], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(546)), Code::Reply(ReplyCode(571)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 })], compare_with: &[Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(552))] },
    ReplyInfo { code: ReplyCode(555), status: Status::Standard, name: "PARAMETERS_NOT_RECOGNIZED", texts: Texts { row: 52 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[101], section: "4.1.1.11" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[88], section: "4" }], commands: &[Command::Mail, Command::Rcpt], related: &[Code::Reply(ReplyCode(455)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(455)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(504))] },
    ReplyInfo { code: ReplyCode(556), status: Status::Extension, name: "DOMAIN_DOES_NOT_ACCEPT_MAIL", texts: Texts { row: 53 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[111], section: "4" }, Reference { source: &SOURCES[111], section: "5.1" }, Reference { source: &SOURCES[112], section: "4.1" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(521)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })], compare_with: &[Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(557), status: Status::NonStandard, name: "MESSAGE_DATA_EXCEEDS_SIZE_LIMIT", texts: Texts { row: 54 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[0], section: "" }], commands: &[Command::DataEnd], related: &[Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(552))] },
    ReplyInfo { code: ReplyCode(559), status: Status::NonStandard, name: "RECIPIENT_ON_INVALID_ADDRESS_LIST", texts: Texts { row: 55 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[0], section: "" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(550))] },
    ReplyInfo { code: ReplyCode(571), status: Status::NonStandard, name: "REFUSED_BY_LOCAL_POLICY", texts: Texts { row: 56 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[5], section: "" }, Reference { source: &SOURCES[236], section: "" }, Reference { source: &SOURCES[239], section: "" }], commands: &[Command::Rcpt, Command::Mail], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
];
/// `REPLY_INDEX[code - 200]` is the row of `REPLIES`, or 255.
pub(crate) static REPLY_INDEX: [u8; 400] = [
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 255, 255, 1, 255, 255, 255, 255, 255,
    2, 3, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 4, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 5, 6, 7, 8, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 9, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 10, 11, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    12, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 13, 255, 255,
    255, 14, 15, 255, 16, 255, 255, 255, 255, 255, 17, 18, 19, 255, 255, 20, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 21, 22, 23, 24, 25, 26, 255, 255, 27, 28,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    29, 30, 31, 32, 33, 255, 255, 255, 255, 255, 255, 34, 255, 255, 255, 255, 255, 35, 255, 255,
    255, 36, 37, 38, 39, 40, 255, 255, 255, 255, 41, 255, 255, 42, 43, 44, 255, 255, 45, 255,
    255, 255, 255, 255, 255, 255, 46, 255, 255, 255, 47, 48, 49, 50, 51, 52, 53, 54, 255, 55,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 56, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
];
pub(crate) static REPLY_BY_NAME: phf::Map<&'static str, u8> = ::phf::Map {
    key: 16287231350648472473,
    disps: &[
        (0, 4),
        (0, 4),
        (0, 6),
        (0, 16),
        (1, 50),
        (0, 16),
        (0, 2),
        (0, 1),
        (0, 1),
        (0, 32),
        (1, 0),
        (0, 36),
        (0, 33),
        (3, 4),
        (0, 36),
        (0, 25),
        (0, 0),
        (0, 8),
        (1, 8),
    ],
    entries: &[
        ("TRANSACTION_FAILED", 51),
        ("AUTH_CHALLENGE", 9),
        ("INSUFFICIENT_SYSTEM_STORAGE", 23),
        ("TEMPORARY_TLS_OR_AUTH_FAILURE", 25),
        ("HELP_MESSAGE", 1),
        ("USER_NOT_LOCAL", 48),
        ("SENDER_ADDRESS_REJECTED", 35),
        ("CANNOT_VERIFY_USER", 7),
        ("YOU_HAVE_NO_MAIL", 24),
        ("MAILBOX_TEMPORARILY_UNAVAILABLE", 21),
        ("COMMAND_NOT_IMPLEMENTED", 31),
        ("COMMAND_PARAMETER_NOT_IMPLEMENTED", 33),
        ("UNABLE_TO_QUEUE_MESSAGES", 27),
        ("UNOFFICIAL_INVALID_COMMAND", 17),
        ("PASSWORD_TRANSITION_NEEDED", 19),
        ("RECIPIENT_ON_INVALID_ADDRESS_LIST", 55),
        ("AUTHENTICATION_SUCCEEDED", 4),
        ("UNABLE_TO_AUTHENTICATE_AT_PRESENT", 20),
        ("SYNTAX_ERROR_COMMAND_UNRECOGNIZED", 29),
        ("AUTHENTICATION_MECHANISM_TOO_WEAK", 43),
        ("AUTH_MECHANISM_REQUIRES_ENCRYPTION", 39),
        ("MAILBOX_UNAVAILABLE", 47),
        ("BAD_SEQUENCE_OF_COMMANDS", 32),
        ("DELIVERY_NOT_AUTHORIZED", 42),
        ("START_MAIL_INPUT", 10),
        ("USER_NOT_LOCAL_WILL_FORWARD", 6),
        ("MESSAGE_DATA_EXCEEDS_SIZE_LIMIT", 54),
        ("USER_ACCOUNT_DISABLED", 40),
        ("SERVICE_READY", 2),
        ("REFUSED_BY_LOCAL_POLICY", 56),
        ("UNOFFICIAL_PASSWORD_TRANSITION", 15),
        ("TEMPORARY_FAILURE_TRY_LATER", 12),
        ("TOO_MANY_RECEIVED_HEADERS", 46),
        ("TRANSACTION_OFFSET", 11),
        ("SERVICE_CLOSING_TRANSMISSION_CHANNEL", 3),
        ("SERVICE_NOT_AVAILABLE", 14),
        ("PENDING_MESSAGES_STARTED", 8),
        ("SYNTAX_ERROR_IN_PARAMETERS", 30),
        ("HOST_DOES_NOT_ACCEPT_MAIL", 36),
        ("MAILBOX_NAME_NOT_ALLOWED", 50),
        ("ENCRYPTION_NEEDED", 38),
        ("AUTHENTICATION_CREDENTIALS_INVALID", 44),
        ("SENDER_CHECK_TEMPORARY_FAILURE", 13),
        ("NODE_NOT_ALLOWED", 28),
        ("RECEIVING_MAIL_SYSTEM_FULL", 18),
        ("OK", 5),
        ("UNABLE_TO_ACCOMMODATE_PARAMETERS", 26),
        ("ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM", 45),
        ("PARAMETERS_NOT_RECOGNIZED", 52),
        ("LOCAL_ERROR_IN_PROCESSING", 22),
        ("AUTHENTICATION_REQUIRED", 41),
        ("TEMPORARY_ALIAS_EXPANSION_FAILURE", 16),
        ("NO_MAILBOX_BY_THAT_NAME", 34),
        ("SYSTEM_STATUS", 0),
        ("EXCEEDED_STORAGE_ALLOCATION", 49),
        ("DOMAIN_DOES_NOT_ACCEPT_MAIL", 53),
        ("RECIPIENT_MAILBOX_FULL", 37),
    ],
};

pub(crate) static ENHANCED: [EnhancedInfo; 81] = [
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 0, detail: 0 }, status: Status::Standard, name: "OTHER_UNDEFINED_STATUS", texts: Texts { row: 57 }, fix_by: &[Party::SenderAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.1" }, Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[91], section: "6.3" }, Reference { source: &SOURCES[85], section: "6" }], related: &[Code::Reply(ReplyCode(221)), Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], iana_associated: "Any", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 0 }, status: Status::Standard, name: "OTHER_ADDRESS_STATUS", texts: Texts { row: 58 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[85], section: "6" }], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 1 }, status: Status::Standard, name: "BAD_DESTINATION_MAILBOX_ADDRESS", texts: Texts { row: 59 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[85], section: "6" }, Reference { source: &SOURCES[100], section: "2.4" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(511)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(551)), Code::Reply(ReplyCode(553)), Code::Reply(ReplyCode(559)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 })], iana_associated: "451, 550", associated: &[ReplyCode(451), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 2 }, status: Status::Standard, name: "BAD_DESTINATION_SYSTEM_ADDRESS", texts: Texts { row: 60 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "5.1" }], related: &[Code::Reply(ReplyCode(511)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(556)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 3 }, status: Status::Standard, name: "BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX", texts: Texts { row: 61 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "4.1.2" }, Reference { source: &SOURCES[101], section: "4.5.3.1.9" }, Reference { source: &SOURCES[104], section: "3.2" }], related: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 })], iana_associated: "501", associated: &[ReplyCode(501)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 4 }, status: Status::Standard, name: "DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS", texts: Texts { row: 62 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "3.5.1" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 5 }, status: Status::Standard, name: "DESTINATION_ADDRESS_VALID", texts: Texts { row: 63 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[85], section: "6" }, Reference { source: &SOURCES[101], section: "4.2.5" }], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 9 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 9 })], iana_associated: "250", associated: &[ReplyCode(250)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 6 }, status: Status::Standard, name: "DESTINATION_MAILBOX_HAS_MOVED", texts: Texts { row: 64 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "3.4" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(551)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), Code::Reply(ReplyCode(551))], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 7 }, status: Status::Standard, name: "BAD_SENDERS_MAILBOX_ADDRESS_SYNTAX", texts: Texts { row: 65 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "4.1.2" }, Reference { source: &SOURCES[101], section: "4.2.2" }], related: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(517)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 8 }, status: Status::Standard, name: "BAD_SENDERS_SYSTEM_ADDRESS", texts: Texts { row: 66 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[112], section: "4.2" }, Reference { source: &SOURCES[101], section: "5.1" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(517)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })], iana_associated: "451, 501", associated: &[ReplyCode(451), ReplyCode(501)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 9 }, status: Status::Standard, name: "MESSAGE_RELAYED_TO_NON_COMPLIANT_MAILER", texts: Texts { row: 67 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[95], section: "3.3.4" }, Reference { source: &SOURCES[93], section: "2.3.3" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 10 }, status: Status::Standard, name: "RECIPIENT_ADDRESS_HAS_NULL_MX", texts: Texts { row: 68 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[112], section: "4.1" }, Reference { source: &SOURCES[112], section: "3" }, Reference { source: &SOURCES[111], section: "6" }, Reference { source: &SOURCES[42], section: "" }], related: &[Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(556)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 })], iana_associated: "556", associated: &[ReplyCode(556)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_MAILBOX_STATUS", texts: Texts { row: 69 }, fix_by: &[Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.3" }, Reference { source: &SOURCES[92], section: "2" }], related: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 1 }, status: Status::Standard, name: "MAILBOX_DISABLED", texts: Texts { row: 70 }, fix_by: &[Party::RecipientAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[92], section: "3.3" }], related: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 2 }, status: Status::Standard, name: "MAILBOX_FULL", texts: Texts { row: 71 }, fix_by: &[Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.3" }, Reference { source: &SOURCES[97], section: "6" }, Reference { source: &SOURCES[91], section: "10.9" }], related: &[Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(522)), Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 })], iana_associated: "552", associated: &[ReplyCode(552)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 3 }, status: Status::Standard, name: "MESSAGE_LENGTH_EXCEEDS_ADMINISTRATIVE_LIMIT", texts: Texts { row: 72 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.3" }], related: &[Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(557)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 })], iana_associated: "552", associated: &[ReplyCode(552)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 4 }, status: Status::Standard, name: "MAILING_LIST_EXPANSION_PROBLEM", texts: Texts { row: 73 }, fix_by: &[Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.3" }], related: &[Code::Reply(ReplyCode(424)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(524)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 })], iana_associated: "450, 452", associated: &[ReplyCode(450), ReplyCode(452)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_MAIL_SYSTEM_STATUS", texts: Texts { row: 74 }, fix_by: &[Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.4" }, Reference { source: &SOURCES[100], section: "2.4" }], related: &[Code::Reply(ReplyCode(221)), Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 })], iana_associated: "221, 250, 421, 451, 550, 554", associated: &[ReplyCode(221), ReplyCode(250), ReplyCode(421), ReplyCode(451), ReplyCode(550), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 1 }, status: Status::Standard, name: "MAIL_SYSTEM_FULL", texts: Texts { row: 75 }, fix_by: &[Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.4" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[82], section: "6.1" }], related: &[Code::Reply(ReplyCode(431)), Code::Reply(ReplyCode(452)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })], iana_associated: "452", associated: &[ReplyCode(452)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 2 }, status: Status::Standard, name: "SYSTEM_NOT_ACCEPTING_NETWORK_MESSAGES", texts: Texts { row: 76 }, fix_by: &[Party::ServerAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.4" }, Reference { source: &SOURCES[111], section: "3" }, Reference { source: &SOURCES[111], section: "6" }, Reference { source: &SOURCES[85], section: "3" }], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(453)), Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 })], compare_with: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(521)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 })], iana_associated: "453, 521", associated: &[ReplyCode(453), ReplyCode(521)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 3 }, status: Status::Standard, name: "SYSTEM_NOT_CAPABLE_OF_SELECTED_FEATURES", texts: Texts { row: 77 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.4" }], related: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(555)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 4 }, status: Status::Standard, name: "MESSAGE_TOO_BIG_FOR_SYSTEM", texts: Texts { row: 78 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[92], section: "3.4" }, Reference { source: &SOURCES[82], section: "4" }, Reference { source: &SOURCES[82], section: "6.1" }, Reference { source: &SOURCES[97], section: "6" }], related: &[Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(557)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], iana_associated: "552, 554", associated: &[ReplyCode(552), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 5 }, status: Status::Standard, name: "SYSTEM_INCORRECTLY_CONFIGURED", texts: Texts { row: 79 }, fix_by: &[Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.4" }, Reference { source: &SOURCES[101], section: "4.5.1" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 6 }, status: Status::Standard, name: "REQUESTED_PRIORITY_WAS_CHANGED", texts: Texts { row: 80 }, fix_by: &[Party::Nobody, Party::SenderAdmin], references: &[Reference { source: &SOURCES[106], section: "4.1" }, Reference { source: &SOURCES[106], section: "10" }], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 })], iana_associated: "250 or 251", associated: &[ReplyCode(250), ReplyCode(251)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_NETWORK_OR_ROUTING_STATUS", texts: Texts { row: 81 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.5" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 1 }, status: Status::Standard, name: "NO_ANSWER_FROM_HOST", texts: Texts { row: 82 }, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[101], section: "4.5.4.1" }, Reference { source: &SOURCES[97], section: "6" }, Reference { source: &SOURCES[41], section: "" }], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], iana_associated: "451", associated: &[ReplyCode(451)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 2 }, status: Status::Standard, name: "BAD_CONNECTION", texts: Texts { row: 83 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[101], section: "4.5.3.2" }], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 })], iana_associated: "421", associated: &[ReplyCode(421)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 3 }, status: Status::Standard, name: "DIRECTORY_SERVER_FAILURE", texts: Texts { row: 84 }, fix_by: &[Party::ServerAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[107], section: "8.6" }, Reference { source: &SOURCES[101], section: "5.1" }], related: &[Code::Reply(ReplyCode(417)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], iana_associated: "451, 550", associated: &[ReplyCode(451), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 4 }, status: Status::Standard, name: "UNABLE_TO_ROUTE", texts: Texts { row: 85 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[101], section: "5.1" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 5 }, status: Status::Standard, name: "MAIL_SYSTEM_CONGESTION", texts: Texts { row: 86 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[101], section: "4.5.4.1" }], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 })], iana_associated: "451", associated: &[ReplyCode(451)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 6 }, status: Status::Standard, name: "ROUTING_LOOP_DETECTED", texts: Texts { row: 87 }, fix_by: &[Party::RecipientAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[101], section: "6.3" }], related: &[Code::Reply(ReplyCode(546)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 7 }, status: Status::Standard, name: "DELIVERY_TIME_EXPIRED", texts: Texts { row: 88 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[88], section: "4.1.3" }, Reference { source: &SOURCES[101], section: "4.5.4.1" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_PROTOCOL_STATUS", texts: Texts { row: 89 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.6" }, Reference { source: &SOURCES[97], section: "6" }, Reference { source: &SOURCES[36], section: "" }], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(458)), Code::Reply(ReplyCode(459)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 5 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 })], iana_associated: "220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554", associated: &[ReplyCode(220), ReplyCode(250), ReplyCode(251), ReplyCode(252), ReplyCode(253), ReplyCode(451), ReplyCode(452), ReplyCode(454), ReplyCode(458), ReplyCode(459), ReplyCode(501), ReplyCode(502), ReplyCode(503), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 1 }, status: Status::Standard, name: "INVALID_COMMAND", texts: Texts { row: 90 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[92], section: "3.6" }, Reference { source: &SOURCES[101], section: "4.3.2" }, Reference { source: &SOURCES[101], section: "4.2.4" }], related: &[Code::Reply(ReplyCode(430)), Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(555)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 })], iana_associated: "430, 500, 501, 503, 530, 550, 554, 555", associated: &[ReplyCode(430), ReplyCode(500), ReplyCode(501), ReplyCode(503), ReplyCode(530), ReplyCode(550), ReplyCode(554), ReplyCode(555)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 2 }, status: Status::Standard, name: "SYNTAX_ERROR", texts: Texts { row: 91 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.6" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[107], section: "8.7" }], related: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(555)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 })], iana_associated: "500, 501, 502, 550, 555", associated: &[ReplyCode(500), ReplyCode(501), ReplyCode(502), ReplyCode(550), ReplyCode(555)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 3 }, status: Status::Standard, name: "TOO_MANY_RECIPIENTS", texts: Texts { row: 92 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.6" }, Reference { source: &SOURCES[101], section: "4.5.3.1.10" }], related: &[Code::Reply(ReplyCode(431)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(571)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 })], iana_associated: "451", associated: &[ReplyCode(451)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 4 }, status: Status::Standard, name: "INVALID_COMMAND_ARGUMENTS", texts: Texts { row: 93 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[92], section: "3.6" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[101], section: "4.1.1.11" }, Reference { source: &SOURCES[88], section: "4" }, Reference { source: &SOURCES[98], section: "4.2" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(555)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 })], iana_associated: "451, 501, 502, 503, 504, 550, 555", associated: &[ReplyCode(451), ReplyCode(501), ReplyCode(502), ReplyCode(503), ReplyCode(504), ReplyCode(550), ReplyCode(555)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 5 }, status: Status::Standard, name: "WRONG_PROTOCOL_VERSION", texts: Texts { row: 94 }, fix_by: &[Party::ServerAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.6" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 6 }, status: Status::Standard, name: "AUTHENTICATION_EXCHANGE_LINE_TOO_LONG", texts: Texts { row: 95 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[36], section: "" }], related: &[Code::Reply(ReplyCode(500)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], iana_associated: "500", associated: &[ReplyCode(500)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_MEDIA_ERROR", texts: Texts { row: 96 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.7" }, Reference { source: &SOURCES[85], section: "6" }], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 1 }, status: Status::Standard, name: "MEDIA_NOT_SUPPORTED", texts: Texts { row: 97 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.7" }, Reference { source: &SOURCES[89], section: "3" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 2 }, status: Status::Standard, name: "CONVERSION_REQUIRED_AND_PROHIBITED", texts: Texts { row: 98 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.7" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 3 }, status: Status::Standard, name: "CONVERSION_REQUIRED_BUT_NOT_SUPPORTED", texts: Texts { row: 99 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.7" }, Reference { source: &SOURCES[97], section: "6" }, Reference { source: &SOURCES[89], section: "3" }, Reference { source: &SOURCES[96], section: "3.3" }], related: &[Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 })], iana_associated: "554", associated: &[ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 4 }, status: Status::Standard, name: "CONVERSION_WITH_LOSS_PERFORMED", texts: Texts { row: 100 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[92], section: "3.7" }, Reference { source: &SOURCES[97], section: "6" }], related: &[Code::Reply(ReplyCode(250)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 })], iana_associated: "250", associated: &[ReplyCode(250)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 5 }, status: Status::Standard, name: "CONVERSION_FAILED", texts: Texts { row: 101 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.7" }, Reference { source: &SOURCES[96], section: "3.2" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 6 }, status: Status::Standard, name: "MESSAGE_CONTENT_NOT_AVAILABLE", texts: Texts { row: 102 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[97], section: "5" }, Reference { source: &SOURCES[97], section: "6" }], related: &[Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 })], iana_associated: "554", associated: &[ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 7 }, status: Status::Standard, name: "NON_ASCII_ADDRESSES_NOT_PERMITTED", texts: Texts { row: 103 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[104], section: "3.5" }, Reference { source: &SOURCES[104], section: "4.2" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 })], iana_associated: "553, 550", associated: &[ReplyCode(553), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 8 }, status: Status::Standard, name: "UTF8_STRING_REPLY_REQUIRED", texts: Texts { row: 104 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[104], section: "3.7.4.2" }, Reference { source: &SOURCES[104], section: "4.2" }], related: &[Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 })], iana_associated: "252, 553, 550", associated: &[ReplyCode(252), ReplyCode(553), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 9 }, status: Status::Standard, name: "UTF8_HEADER_MESSAGE_CANNOT_BE_TRANSFERRED", texts: Texts { row: 105 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[104], section: "3.5" }, Reference { source: &SOURCES[104], section: "4.2" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 10 }, status: Status::Obsolete, name: "DEPRECATED_DUPLICATE_OF_X_6_8", texts: Texts { row: 106 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[104], section: "4.2" }, Reference { source: &SOURCES[36], section: "" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 })], iana_associated: "", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_SECURITY_STATUS", texts: Texts { row: 107 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[90], section: "4" }], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(435)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 })], iana_associated: "220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550", associated: &[ReplyCode(220), ReplyCode(235), ReplyCode(450), ReplyCode(454), ReplyCode(500), ReplyCode(501), ReplyCode(503), ReplyCode(504), ReplyCode(530), ReplyCode(535), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 1 }, status: Status::Standard, name: "DELIVERY_NOT_AUTHORIZED", texts: Texts { row: 108 }, fix_by: &[Party::SenderAdmin, Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[85], section: "6" }, Reference { source: &SOURCES[107], section: "8.4" }, Reference { source: &SOURCES[110], section: "10.3" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(533)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(551)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(571)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 28 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], iana_associated: "451, 454, 502, 503, 533, 550, 551", associated: &[ReplyCode(451), ReplyCode(454), ReplyCode(502), ReplyCode(503), ReplyCode(533), ReplyCode(550), ReplyCode(551)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 2 }, status: Status::Standard, name: "MAILING_LIST_EXPANSION_PROHIBITED", texts: Texts { row: 109 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.8" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 3 }, status: Status::Standard, name: "SECURITY_CONVERSION_REQUIRED_BUT_NOT_POSSIBLE", texts: Texts { row: 110 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.8" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 4 }, status: Status::Standard, name: "SECURITY_FEATURES_NOT_SUPPORTED", texts: Texts { row: 111 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[99], section: "4" }], related: &[Code::Reply(ReplyCode(504)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 })], iana_associated: "504", associated: &[ReplyCode(504)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 5 }, status: Status::Standard, name: "CRYPTOGRAPHIC_FAILURE", texts: Texts { row: 112 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[102], section: "6.3" }], related: &[Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 6 }, status: Status::Standard, name: "CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED", texts: Texts { row: 113 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[92], section: "3.8" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 7 }, status: Status::Standard, name: "MESSAGE_INTEGRITY_FAILURE", texts: Texts { row: 114 }, fix_by: &[Party::SenderAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[109], section: "5" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 8 }, status: Status::Standard, name: "AUTHENTICATION_CREDENTIALS_INVALID", texts: Texts { row: 115 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[97], section: "5" }], related: &[Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], iana_associated: "535, 554", associated: &[ReplyCode(535), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 9 }, status: Status::Standard, name: "AUTHENTICATION_MECHANISM_TOO_WEAK", texts: Texts { row: 116 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[153], section: "" }], related: &[Code::Reply(ReplyCode(534)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], iana_associated: "534", associated: &[ReplyCode(534)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 10 }, status: Status::Standard, name: "ENCRYPTION_NEEDED", texts: Texts { row: 117 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[116], section: "4.2.1" }, Reference { source: &SOURCES[90], section: "4" }], related: &[Code::Reply(ReplyCode(523)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(538)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], iana_associated: "523", associated: &[ReplyCode(523)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 11 }, status: Status::Standard, name: "ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM", texts: Texts { row: 118 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "15" }, Reference { source: &SOURCES[90], section: "4.2" }], related: &[Code::Reply(ReplyCode(524)), Code::Reply(ReplyCode(538)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], iana_associated: "524, 538", associated: &[ReplyCode(524), ReplyCode(538)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 12 }, status: Status::Standard, name: "PASSWORD_TRANSITION_NEEDED", texts: Texts { row: 119 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "14" }], related: &[Code::Reply(ReplyCode(422)), Code::Reply(ReplyCode(432)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], iana_associated: "422, 432", associated: &[ReplyCode(422), ReplyCode(432)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 13 }, status: Status::Standard, name: "USER_ACCOUNT_DISABLED", texts: Texts { row: 120 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[100], section: "2.4" }], related: &[Code::Reply(ReplyCode(525)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 })], iana_associated: "525", associated: &[ReplyCode(525)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 14 }, status: Status::Standard, name: "TRUST_RELATIONSHIP_REQUIRED", texts: Texts { row: 121 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[100], section: "2.4" }, Reference { source: &SOURCES[97], section: "3.3" }, Reference { source: &SOURCES[97], section: "6" }, Reference { source: &SOURCES[29], section: "" }], related: &[Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 })], iana_associated: "535, 554", associated: &[ReplyCode(535), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 15 }, status: Status::Standard, name: "PRIORITY_LEVEL_TOO_LOW", texts: Texts { row: 122 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[106], section: "4.1" }], related: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], iana_associated: "450, 550 (other 4XX or 5XX codes are allowed)", associated: &[ReplyCode(450), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 16 }, status: Status::Standard, name: "MESSAGE_TOO_BIG_FOR_PRIORITY", texts: Texts { row: 123 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[106], section: "5" }, Reference { source: &SOURCES[98], section: "6" }, Reference { source: &SOURCES[36], section: "" }], related: &[Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 })], iana_associated: "552 (other 4XX or 5XX codes are allowed)", associated: &[ReplyCode(552)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 17 }, status: Status::Standard, name: "MAILBOX_OWNER_CHANGED", texts: Texts { row: 124 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[108], section: "5.1" }, Reference { source: &SOURCES[108], section: "15.3" }, Reference { source: &SOURCES[98], section: "6" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 18 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 19 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 18 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 })], iana_associated: "5XX", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 18 }, status: Status::Standard, name: "DOMAIN_OWNER_CHANGED", texts: Texts { row: 125 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[108], section: "15.3" }, Reference { source: &SOURCES[108], section: "9" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 19 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 })], iana_associated: "5XX", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 19 }, status: Status::Standard, name: "RRVS_TEST_CANNOT_BE_COMPLETED", texts: Texts { row: 126 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[108], section: "5" }, Reference { source: &SOURCES[108], section: "9" }, Reference { source: &SOURCES[108], section: "15.3" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 18 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 })], iana_associated: "5XX", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 20 }, status: Status::Standard, name: "NO_PASSING_DKIM_SIGNATURE", texts: Texts { row: 127 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[109], section: "3.1" }, Reference { source: &SOURCES[102], section: "6.3" }, Reference { source: &SOURCES[102], section: "3.6.2.1" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 21 }, status: Status::Standard, name: "NO_ACCEPTABLE_DKIM_SIGNATURE", texts: Texts { row: 128 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[109], section: "3.1" }, Reference { source: &SOURCES[102], section: "5.4.1" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 22 }, status: Status::Standard, name: "NO_VALID_AUTHOR_MATCHED_DKIM_SIGNATURE", texts: Texts { row: 129 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[109], section: "3.1" }, Reference { source: &SOURCES[109], section: "4" }, Reference { source: &SOURCES[110], section: "3.1" }, Reference { source: &SOURCES[102], section: "" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 23 }, status: Status::Standard, name: "SPF_VALIDATION_FAILED", texts: Texts { row: 130 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[109], section: "3.2" }, Reference { source: &SOURCES[107], section: "8.4" }, Reference { source: &SOURCES[107], section: "4.5" }, Reference { source: &SOURCES[107], section: "5" }, Reference { source: &SOURCES[29], section: "" }], related: &[Code::Reply(ReplyCode(517)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 24 }, status: Status::Standard, name: "SPF_VALIDATION_ERROR", texts: Texts { row: 131 }, fix_by: &[Party::SenderAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[109], section: "3.2" }, Reference { source: &SOURCES[107], section: "8.6" }, Reference { source: &SOURCES[107], section: "8.7" }, Reference { source: &SOURCES[107], section: "4.6.4" }], related: &[Code::Reply(ReplyCode(417)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 })], iana_associated: "451/550", associated: &[ReplyCode(451), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 25 }, status: Status::Standard, name: "REVERSE_DNS_VALIDATION_FAILED", texts: Texts { row: 132 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[109], section: "3.3" }, Reference { source: &SOURCES[109], section: "4" }, Reference { source: &SOURCES[101], section: "4.1.1.1" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 26 }, status: Status::Standard, name: "MULTIPLE_AUTHENTICATION_CHECKS_FAILED", texts: Texts { row: 133 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[109], section: "3.4" }, Reference { source: &SOURCES[109], section: "4" }, Reference { source: &SOURCES[115], section: "5.2.2" }, Reference { source: &SOURCES[110], section: "4.2" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 27 }, status: Status::Standard, name: "SENDER_ADDRESS_HAS_NULL_MX", texts: Texts { row: 134 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[112], section: "4.1" }, Reference { source: &SOURCES[112], section: "4.2" }, Reference { source: &SOURCES[112], section: "3" }, Reference { source: &SOURCES[29], section: "" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(556)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 28 }, status: Status::Experimental, name: "MAIL_FLOOD_DETECTED", texts: Texts { row: 135 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[167], section: "" }, Reference { source: &SOURCES[36], section: "" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], iana_associated: ".", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 29 }, status: Status::Experimental, name: "ARC_VALIDATION_FAILURE", texts: Texts { row: 136 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[115], section: "5.2.1" }, Reference { source: &SOURCES[115], section: "5.2.2" }, Reference { source: &SOURCES[36], section: "" }, Reference { source: &SOURCES[29], section: "" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 30 }, status: Status::Standard, name: "REQUIRETLS_SUPPORT_REQUIRED", texts: Texts { row: 137 }, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[116], section: "4.2.1" }, Reference { source: &SOURCES[116], section: "2" }, Reference { source: &SOURCES[116], section: "5" }, Reference { source: &SOURCES[29], section: "" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], iana_associated: "550", associated: &[ReplyCode(550)] },
];
/// Details per subject in `ENHANCED_INDEX` (a power of two above the largest detail).
pub(crate) const ENHANCED_DETAIL_SPAN: usize = 32;
/// `ENHANCED_INDEX[subject * SPAN + detail]` is the row of `ENHANCED`, or 255.
pub(crate) static ENHANCED_INDEX: [u8; 256] = [
    0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    12, 13, 14, 15, 16, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    17, 18, 19, 20, 21, 22, 23, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    24, 25, 26, 27, 28, 29, 30, 31, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    32, 33, 34, 35, 36, 37, 38, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 255,
];
/// Perfect hash over the bytes after the class character (`.7.26`): slot = (key * MUL) >> SHIFT.
pub(crate) const ENHANCED_HASH_MUL: u64 = 0xac75f76452116e4b;
pub(crate) const ENHANCED_HASH_SHIFT: u32 = 56;
pub(crate) static ENHANCED_HASH_SLOTS: [u8; 256] = [
    255, 4, 255, 77, 62, 255, 38, 255, 255, 255, 255, 255, 74, 255, 255, 255, 255, 33, 255, 14, 255, 255, 71, 255, 44, 255, 23, 255, 255, 255, 255, 59,
    255, 255, 39, 255, 255, 18, 255, 255, 80, 255, 54, 255, 29, 255, 7, 255, 255, 255, 255, 255, 255, 255, 24, 255, 255, 2, 255, 255, 255, 255, 36, 255,
    255, 255, 69, 255, 255, 47, 255, 255, 255, 255, 12, 255, 66, 255, 255, 42, 255, 255, 21, 255, 255, 78, 63, 57, 255, 255, 255, 10, 255, 255, 0, 75,
    60, 52, 255, 27, 255, 255, 5, 255, 72, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 34, 255, 15, 255, 255, 255, 255, 45, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 40, 255, 19, 255, 255, 255, 255, 55, 255, 30, 255, 255, 8, 255, 255, 255, 255, 50, 255, 255, 25, 11, 3, 67, 255,
    255, 255, 37, 255, 255, 255, 255, 79, 64, 48, 255, 255, 32, 255, 255, 13, 255, 76, 61, 255, 43, 255, 22, 255, 255, 255, 73, 58, 255, 255, 255, 255,
    17, 255, 255, 255, 70, 53, 255, 255, 28, 255, 6, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1, 255, 255, 255, 255, 35, 255, 255, 16, 255, 255, 255,
    255, 46, 255, 255, 255, 255, 255, 255, 255, 255, 49, 41, 255, 20, 255, 255, 68, 255, 56, 255, 255, 31, 255, 9, 255, 255, 65, 255, 255, 51, 255, 26,
];
/// The hash key of each row of `ENHANCED`, to confirm a slot's hit.
pub(crate) static ENHANCED_HASH_KEYS: [u64; 81] = [
    0x00000000302e302e, 0x00000000302e312e, 0x00000000312e312e, 0x00000000322e312e, 0x00000000332e312e, 0x00000000342e312e,
    0x00000000352e312e, 0x00000000362e312e, 0x00000000372e312e, 0x00000000382e312e, 0x00000000392e312e, 0x00000030312e312e,
    0x00000000302e322e, 0x00000000312e322e, 0x00000000322e322e, 0x00000000332e322e, 0x00000000342e322e, 0x00000000302e332e,
    0x00000000312e332e, 0x00000000322e332e, 0x00000000332e332e, 0x00000000342e332e, 0x00000000352e332e, 0x00000000362e332e,
    0x00000000302e342e, 0x00000000312e342e, 0x00000000322e342e, 0x00000000332e342e, 0x00000000342e342e, 0x00000000352e342e,
    0x00000000362e342e, 0x00000000372e342e, 0x00000000302e352e, 0x00000000312e352e, 0x00000000322e352e, 0x00000000332e352e,
    0x00000000342e352e, 0x00000000352e352e, 0x00000000362e352e, 0x00000000302e362e, 0x00000000312e362e, 0x00000000322e362e,
    0x00000000332e362e, 0x00000000342e362e, 0x00000000352e362e, 0x00000000362e362e, 0x00000000372e362e, 0x00000000382e362e,
    0x00000000392e362e, 0x00000030312e362e, 0x00000000302e372e, 0x00000000312e372e, 0x00000000322e372e, 0x00000000332e372e,
    0x00000000342e372e, 0x00000000352e372e, 0x00000000362e372e, 0x00000000372e372e, 0x00000000382e372e, 0x00000000392e372e,
    0x00000030312e372e, 0x00000031312e372e, 0x00000032312e372e, 0x00000033312e372e, 0x00000034312e372e, 0x00000035312e372e,
    0x00000036312e372e, 0x00000037312e372e, 0x00000038312e372e, 0x00000039312e372e, 0x00000030322e372e, 0x00000031322e372e,
    0x00000032322e372e, 0x00000033322e372e, 0x00000034322e372e, 0x00000035322e372e, 0x00000036322e372e, 0x00000037322e372e,
    0x00000038322e372e, 0x00000039322e372e, 0x00000030332e372e,
];
pub(crate) static ENHANCED_BY_NAME: phf::Map<&'static str, u8> = ::phf::Map {
    key: 16287231350648472473,
    disps: &[
        (0, 4),
        (0, 10),
        (0, 5),
        (0, 4),
        (0, 0),
        (0, 6),
        (0, 3),
        (0, 11),
        (0, 16),
        (1, 70),
        (0, 5),
        (0, 43),
        (0, 0),
        (0, 26),
        (0, 53),
        (2, 0),
        (0, 32),
        (0, 55),
        (0, 0),
        (0, 71),
        (0, 78),
        (0, 33),
        (0, 0),
        (1, 6),
        (0, 11),
        (0, 30),
        (1, 75),
    ],
    entries: &[
        ("ROUTING_LOOP_DETECTED", 30),
        ("NO_VALID_AUTHOR_MATCHED_DKIM_SIGNATURE", 72),
        ("CONVERSION_REQUIRED_AND_PROHIBITED", 41),
        ("MESSAGE_RELAYED_TO_NON_COMPLIANT_MAILER", 10),
        ("PASSWORD_TRANSITION_NEEDED", 62),
        ("CRYPTOGRAPHIC_FAILURE", 55),
        ("DOMAIN_OWNER_CHANGED", 68),
        ("TOO_MANY_RECIPIENTS", 35),
        ("MAILBOX_FULL", 14),
        ("NO_ANSWER_FROM_HOST", 25),
        ("CONVERSION_FAILED", 44),
        ("BAD_DESTINATION_SYSTEM_ADDRESS", 3),
        ("UTF8_HEADER_MESSAGE_CANNOT_BE_TRANSFERRED", 48),
        ("DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS", 5),
        ("SENDER_ADDRESS_HAS_NULL_MX", 77),
        ("CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED", 56),
        ("MESSAGE_LENGTH_EXCEEDS_ADMINISTRATIVE_LIMIT", 15),
        ("SYNTAX_ERROR", 34),
        ("TRUST_RELATIONSHIP_REQUIRED", 64),
        ("INVALID_COMMAND_ARGUMENTS", 36),
        ("ENCRYPTION_NEEDED", 60),
        ("DEPRECATED_DUPLICATE_OF_X_6_8", 49),
        ("MAIL_FLOOD_DETECTED", 78),
        ("NO_PASSING_DKIM_SIGNATURE", 70),
        ("MESSAGE_TOO_BIG_FOR_PRIORITY", 66),
        ("ARC_VALIDATION_FAILURE", 79),
        ("MAILING_LIST_EXPANSION_PROBLEM", 16),
        ("MAILBOX_OWNER_CHANGED", 67),
        ("MULTIPLE_AUTHENTICATION_CHECKS_FAILED", 76),
        ("UTF8_STRING_REPLY_REQUIRED", 47),
        ("DELIVERY_TIME_EXPIRED", 31),
        ("SPF_VALIDATION_ERROR", 74),
        ("MESSAGE_INTEGRITY_FAILURE", 57),
        ("OTHER_OR_UNDEFINED_SECURITY_STATUS", 50),
        ("RRVS_TEST_CANNOT_BE_COMPLETED", 69),
        ("NO_ACCEPTABLE_DKIM_SIGNATURE", 71),
        ("MAILING_LIST_EXPANSION_PROHIBITED", 52),
        ("OTHER_OR_UNDEFINED_NETWORK_OR_ROUTING_STATUS", 24),
        ("SECURITY_FEATURES_NOT_SUPPORTED", 54),
        ("BAD_SENDERS_SYSTEM_ADDRESS", 9),
        ("BAD_CONNECTION", 26),
        ("SYSTEM_NOT_CAPABLE_OF_SELECTED_FEATURES", 20),
        ("SYSTEM_INCORRECTLY_CONFIGURED", 22),
        ("OTHER_ADDRESS_STATUS", 1),
        ("ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM", 61),
        ("INVALID_COMMAND", 33),
        ("REQUIRETLS_SUPPORT_REQUIRED", 80),
        ("AUTHENTICATION_EXCHANGE_LINE_TOO_LONG", 38),
        ("RECIPIENT_ADDRESS_HAS_NULL_MX", 11),
        ("DIRECTORY_SERVER_FAILURE", 27),
        ("CONVERSION_WITH_LOSS_PERFORMED", 43),
        ("MAILBOX_DISABLED", 13),
        ("CONVERSION_REQUIRED_BUT_NOT_SUPPORTED", 42),
        ("BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX", 4),
        ("OTHER_UNDEFINED_STATUS", 0),
        ("AUTHENTICATION_CREDENTIALS_INVALID", 58),
        ("USER_ACCOUNT_DISABLED", 63),
        ("SYSTEM_NOT_ACCEPTING_NETWORK_MESSAGES", 19),
        ("OTHER_OR_UNDEFINED_MEDIA_ERROR", 39),
        ("REQUESTED_PRIORITY_WAS_CHANGED", 23),
        ("BAD_SENDERS_MAILBOX_ADDRESS_SYNTAX", 8),
        ("DESTINATION_ADDRESS_VALID", 6),
        ("PRIORITY_LEVEL_TOO_LOW", 65),
        ("DESTINATION_MAILBOX_HAS_MOVED", 7),
        ("MESSAGE_CONTENT_NOT_AVAILABLE", 45),
        ("MAIL_SYSTEM_FULL", 18),
        ("SECURITY_CONVERSION_REQUIRED_BUT_NOT_POSSIBLE", 53),
        ("MEDIA_NOT_SUPPORTED", 40),
        ("OTHER_OR_UNDEFINED_MAILBOX_STATUS", 12),
        ("MESSAGE_TOO_BIG_FOR_SYSTEM", 21),
        ("NON_ASCII_ADDRESSES_NOT_PERMITTED", 46),
        ("WRONG_PROTOCOL_VERSION", 37),
        ("BAD_DESTINATION_MAILBOX_ADDRESS", 2),
        ("SPF_VALIDATION_FAILED", 73),
        ("UNABLE_TO_ROUTE", 28),
        ("OTHER_OR_UNDEFINED_MAIL_SYSTEM_STATUS", 17),
        ("OTHER_OR_UNDEFINED_PROTOCOL_STATUS", 32),
        ("REVERSE_DNS_VALIDATION_FAILED", 75),
        ("DELIVERY_NOT_AUTHORIZED", 51),
        ("MAIL_SYSTEM_CONGESTION", 29),
        ("AUTHENTICATION_MECHANISM_TOO_WEAK", 59),
    ],
};

pub(crate) static CLASSES: [SubCodeInfo; 3] = [
    SubCodeInfo { key: "2.XXX.XXX", texts: Texts { row: 138 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[85], section: "4" }] },
    SubCodeInfo { key: "4.XXX.XXX", texts: Texts { row: 139 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[85], section: "4" }, Reference { source: &SOURCES[101], section: "4.5.4.1" }] },
    SubCodeInfo { key: "5.XXX.XXX", texts: Texts { row: 140 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[85], section: "4" }, Reference { source: &SOURCES[101], section: "4.2.1" }] },
];
pub(crate) static SUBJECTS: [SubCodeInfo; 8] = [
    SubCodeInfo { key: "X.0.XXX", texts: Texts { row: 141 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.1" }] },
    SubCodeInfo { key: "X.1.XXX", texts: Texts { row: 142 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.2" }] },
    SubCodeInfo { key: "X.2.XXX", texts: Texts { row: 143 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.3" }] },
    SubCodeInfo { key: "X.3.XXX", texts: Texts { row: 144 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.4" }] },
    SubCodeInfo { key: "X.4.XXX", texts: Texts { row: 145 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.5" }] },
    SubCodeInfo { key: "X.5.XXX", texts: Texts { row: 146 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.6" }] },
    SubCodeInfo { key: "X.6.XXX", texts: Texts { row: 147 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.7" }, Reference { source: &SOURCES[104], section: "3.5" }] },
    SubCodeInfo { key: "X.7.XXX", texts: Texts { row: 148 }, references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[109], section: "3" }] },
];

pub(crate) static FOLKLORE: [(u16, EnhancedCode); 9] = [
    (441, EnhancedCode { class: 0, subject: 4, detail: 1 }),
    (442, EnhancedCode { class: 0, subject: 4, detail: 2 }),
    (446, EnhancedCode { class: 0, subject: 4, detail: 6 }),
    (447, EnhancedCode { class: 0, subject: 4, detail: 7 }),
    (471, EnhancedCode { class: 0, subject: 7, detail: 1 }),
    (510, EnhancedCode { class: 0, subject: 1, detail: 0 }),
    (512, EnhancedCode { class: 0, subject: 1, detail: 2 }),
    (513, EnhancedCode { class: 0, subject: 1, detail: 3 }),
    (541, EnhancedCode { class: 0, subject: 4, detail: 1 }),
];

impl ReplyCode {
    /// `211` System status, or system help reply
    pub const SYSTEM_STATUS: ReplyCode = ReplyCode(211);
    /// `214` Help message
    pub const HELP_MESSAGE: ReplyCode = ReplyCode(214);
    /// `220` Service ready
    pub const SERVICE_READY: ReplyCode = ReplyCode(220);
    /// `221` Service closing transmission channel
    pub const SERVICE_CLOSING_TRANSMISSION_CHANNEL: ReplyCode = ReplyCode(221);
    /// `235` Authentication succeeded
    pub const AUTHENTICATION_SUCCEEDED: ReplyCode = ReplyCode(235);
    /// `250` Requested mail action okay, completed
    pub const OK: ReplyCode = ReplyCode(250);
    /// `251` User not local; will forward
    pub const USER_NOT_LOCAL_WILL_FORWARD: ReplyCode = ReplyCode(251);
    /// `252` Cannot verify user, but will accept message and attempt delivery
    pub const CANNOT_VERIFY_USER: ReplyCode = ReplyCode(252);
    /// `253` Pending messages for node started, with message count
    pub const PENDING_MESSAGES_STARTED: ReplyCode = ReplyCode(253);
    /// `334` Authentication challenge
    pub const AUTH_CHALLENGE: ReplyCode = ReplyCode(334);
    /// `354` Start mail input; end with a line containing only a dot
    pub const START_MAIL_INPUT: ReplyCode = ReplyCode(354);
    /// `355` Octet offset is the transaction offset
    pub const TRANSACTION_OFFSET: ReplyCode = ReplyCode(355);
    /// `400` Temporary failure, try again later
    pub const TEMPORARY_FAILURE_TRY_LATER: ReplyCode = ReplyCode(400);
    /// `417` Sender or HELO check failed temporarily
    pub const SENDER_CHECK_TEMPORARY_FAILURE: ReplyCode = ReplyCode(417);
    /// `421` Service not available, closing transmission channel
    pub const SERVICE_NOT_AVAILABLE: ReplyCode = ReplyCode(421);
    /// `422` Unofficial code associated with a password transition
    pub const UNOFFICIAL_PASSWORD_TRANSITION: ReplyCode = ReplyCode(422);
    /// `424` Temporary failure expanding an alias or forward
    pub const TEMPORARY_ALIAS_EXPANSION_FAILURE: ReplyCode = ReplyCode(424);
    /// `430` Unofficial code associated with an invalid command
    pub const UNOFFICIAL_INVALID_COMMAND: ReplyCode = ReplyCode(430);
    /// `431` Receiving mail system is full
    pub const RECEIVING_MAIL_SYSTEM_FULL: ReplyCode = ReplyCode(431);
    /// `432` A password transition is needed
    pub const PASSWORD_TRANSITION_NEEDED: ReplyCode = ReplyCode(432);
    /// `435` Unable to authenticate at present
    pub const UNABLE_TO_AUTHENTICATE_AT_PRESENT: ReplyCode = ReplyCode(435);
    /// `450` Requested mail action not taken: mailbox unavailable
    pub const MAILBOX_TEMPORARILY_UNAVAILABLE: ReplyCode = ReplyCode(450);
    /// `451` Requested action aborted: local error in processing
    pub const LOCAL_ERROR_IN_PROCESSING: ReplyCode = ReplyCode(451);
    /// `452` Requested action not taken: insufficient system storage
    pub const INSUFFICIENT_SYSTEM_STORAGE: ReplyCode = ReplyCode(452);
    /// `453` You have no mail
    pub const YOU_HAVE_NO_MAIL: ReplyCode = ReplyCode(453);
    /// `454` Temporary TLS or authentication failure
    pub const TEMPORARY_TLS_OR_AUTH_FAILURE: ReplyCode = ReplyCode(454);
    /// `455` Server unable to accommodate parameters
    pub const UNABLE_TO_ACCOMMODATE_PARAMETERS: ReplyCode = ReplyCode(455);
    /// `458` Unable to queue messages for node
    pub const UNABLE_TO_QUEUE_MESSAGES: ReplyCode = ReplyCode(458);
    /// `459` Node not allowed
    pub const NODE_NOT_ALLOWED: ReplyCode = ReplyCode(459);
    /// `500` Syntax error, command unrecognized
    pub const SYNTAX_ERROR_COMMAND_UNRECOGNIZED: ReplyCode = ReplyCode(500);
    /// `501` Syntax error in parameters or arguments
    pub const SYNTAX_ERROR_IN_PARAMETERS: ReplyCode = ReplyCode(501);
    /// `502` Command not implemented
    pub const COMMAND_NOT_IMPLEMENTED: ReplyCode = ReplyCode(502);
    /// `503` Bad sequence of commands
    pub const BAD_SEQUENCE_OF_COMMANDS: ReplyCode = ReplyCode(503);
    /// `504` Command parameter not implemented
    pub const COMMAND_PARAMETER_NOT_IMPLEMENTED: ReplyCode = ReplyCode(504);
    /// `511` No mailbox here by that name
    pub const NO_MAILBOX_BY_THAT_NAME: ReplyCode = ReplyCode(511);
    /// `517` Sender address rejected
    pub const SENDER_ADDRESS_REJECTED: ReplyCode = ReplyCode(517);
    /// `521` Host does not accept mail
    pub const HOST_DOES_NOT_ACCEPT_MAIL: ReplyCode = ReplyCode(521);
    /// `522` Recipient mailbox is full
    pub const RECIPIENT_MAILBOX_FULL: ReplyCode = ReplyCode(522);
    /// `523` Encryption needed
    pub const ENCRYPTION_NEEDED: ReplyCode = ReplyCode(523);
    /// `524` Encryption required for requested authentication mechanism
    pub const AUTH_MECHANISM_REQUIRES_ENCRYPTION: ReplyCode = ReplyCode(524);
    /// `525` User account disabled
    pub const USER_ACCOUNT_DISABLED: ReplyCode = ReplyCode(525);
    /// `530` Authentication required
    pub const AUTHENTICATION_REQUIRED: ReplyCode = ReplyCode(530);
    /// `533` Delivery not authorized, message refused
    pub const DELIVERY_NOT_AUTHORIZED: ReplyCode = ReplyCode(533);
    /// `534` Authentication mechanism is too weak
    pub const AUTHENTICATION_MECHANISM_TOO_WEAK: ReplyCode = ReplyCode(534);
    /// `535` Authentication credentials invalid
    pub const AUTHENTICATION_CREDENTIALS_INVALID: ReplyCode = ReplyCode(535);
    /// `538` Encryption required for requested authentication mechanism
    pub const ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM: ReplyCode = ReplyCode(538);
    /// `546` Routing loop detected, too many Received headers
    pub const TOO_MANY_RECEIVED_HEADERS: ReplyCode = ReplyCode(546);
    /// `550` Requested action not taken: mailbox unavailable
    pub const MAILBOX_UNAVAILABLE: ReplyCode = ReplyCode(550);
    /// `551` User not local; please try another address
    pub const USER_NOT_LOCAL: ReplyCode = ReplyCode(551);
    /// `552` Requested mail action aborted: exceeded storage allocation
    pub const EXCEEDED_STORAGE_ALLOCATION: ReplyCode = ReplyCode(552);
    /// `553` Requested action not taken: mailbox name not allowed
    pub const MAILBOX_NAME_NOT_ALLOWED: ReplyCode = ReplyCode(553);
    /// `554` Transaction failed
    pub const TRANSACTION_FAILED: ReplyCode = ReplyCode(554);
    /// `555` MAIL FROM/RCPT TO parameters not recognized or not implemented
    pub const PARAMETERS_NOT_RECOGNIZED: ReplyCode = ReplyCode(555);
    /// `556` Domain does not accept mail
    pub const DOMAIN_DOES_NOT_ACCEPT_MAIL: ReplyCode = ReplyCode(556);
    /// `557` Message data exceeds the maximum size
    pub const MESSAGE_DATA_EXCEEDS_SIZE_LIMIT: ReplyCode = ReplyCode(557);
    /// `559` Invalid recipient address
    pub const RECIPIENT_ON_INVALID_ADDRESS_LIST: ReplyCode = ReplyCode(559);
    /// `571` Delivery not authorized, refused by local policy
    pub const REFUSED_BY_LOCAL_POLICY: ReplyCode = ReplyCode(571);
}
impl EnhancedCode {
    /// `X.0.0` Other undefined Status
    pub const OTHER_UNDEFINED_STATUS: EnhancedCode = EnhancedCode { class: 0, subject: 0, detail: 0 };
    /// `X.1.0` Other address status
    pub const OTHER_ADDRESS_STATUS: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 0 };
    /// `X.1.1` Bad destination mailbox address
    pub const BAD_DESTINATION_MAILBOX_ADDRESS: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 1 };
    /// `X.1.2` Bad destination system address
    pub const BAD_DESTINATION_SYSTEM_ADDRESS: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 2 };
    /// `X.1.3` Bad destination mailbox address syntax
    pub const BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 3 };
    /// `X.1.4` Destination mailbox address ambiguous
    pub const DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 4 };
    /// `X.1.5` Destination address valid
    pub const DESTINATION_ADDRESS_VALID: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 5 };
    /// `X.1.6` Destination mailbox has moved, No forwarding address
    pub const DESTINATION_MAILBOX_HAS_MOVED: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 6 };
    /// `X.1.7` Bad sender's mailbox address syntax
    pub const BAD_SENDERS_MAILBOX_ADDRESS_SYNTAX: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 7 };
    /// `X.1.8` Bad sender's system address
    pub const BAD_SENDERS_SYSTEM_ADDRESS: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 8 };
    /// `X.1.9` Message relayed to non-compliant mailer
    pub const MESSAGE_RELAYED_TO_NON_COMPLIANT_MAILER: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 9 };
    /// `X.1.10` Recipient address has null MX
    pub const RECIPIENT_ADDRESS_HAS_NULL_MX: EnhancedCode = EnhancedCode { class: 0, subject: 1, detail: 10 };
    /// `X.2.0` Other or undefined mailbox status
    pub const OTHER_OR_UNDEFINED_MAILBOX_STATUS: EnhancedCode = EnhancedCode { class: 0, subject: 2, detail: 0 };
    /// `X.2.1` Mailbox disabled, not accepting messages
    pub const MAILBOX_DISABLED: EnhancedCode = EnhancedCode { class: 0, subject: 2, detail: 1 };
    /// `X.2.2` Mailbox full
    pub const MAILBOX_FULL: EnhancedCode = EnhancedCode { class: 0, subject: 2, detail: 2 };
    /// `X.2.3` Message length exceeds administrative limit
    pub const MESSAGE_LENGTH_EXCEEDS_ADMINISTRATIVE_LIMIT: EnhancedCode = EnhancedCode { class: 0, subject: 2, detail: 3 };
    /// `X.2.4` Mailing list expansion problem
    pub const MAILING_LIST_EXPANSION_PROBLEM: EnhancedCode = EnhancedCode { class: 0, subject: 2, detail: 4 };
    /// `X.3.0` Other or undefined mail system status
    pub const OTHER_OR_UNDEFINED_MAIL_SYSTEM_STATUS: EnhancedCode = EnhancedCode { class: 0, subject: 3, detail: 0 };
    /// `X.3.1` Mail system full
    pub const MAIL_SYSTEM_FULL: EnhancedCode = EnhancedCode { class: 0, subject: 3, detail: 1 };
    /// `X.3.2` System not accepting network messages
    pub const SYSTEM_NOT_ACCEPTING_NETWORK_MESSAGES: EnhancedCode = EnhancedCode { class: 0, subject: 3, detail: 2 };
    /// `X.3.3` System not capable of selected features
    pub const SYSTEM_NOT_CAPABLE_OF_SELECTED_FEATURES: EnhancedCode = EnhancedCode { class: 0, subject: 3, detail: 3 };
    /// `X.3.4` Message too big for system
    pub const MESSAGE_TOO_BIG_FOR_SYSTEM: EnhancedCode = EnhancedCode { class: 0, subject: 3, detail: 4 };
    /// `X.3.5` System incorrectly configured
    pub const SYSTEM_INCORRECTLY_CONFIGURED: EnhancedCode = EnhancedCode { class: 0, subject: 3, detail: 5 };
    /// `X.3.6` Requested priority was changed
    pub const REQUESTED_PRIORITY_WAS_CHANGED: EnhancedCode = EnhancedCode { class: 0, subject: 3, detail: 6 };
    /// `X.4.0` Other or undefined network or routing status
    pub const OTHER_OR_UNDEFINED_NETWORK_OR_ROUTING_STATUS: EnhancedCode = EnhancedCode { class: 0, subject: 4, detail: 0 };
    /// `X.4.1` No answer from host
    pub const NO_ANSWER_FROM_HOST: EnhancedCode = EnhancedCode { class: 0, subject: 4, detail: 1 };
    /// `X.4.2` Bad connection
    pub const BAD_CONNECTION: EnhancedCode = EnhancedCode { class: 0, subject: 4, detail: 2 };
    /// `X.4.3` Directory server failure
    pub const DIRECTORY_SERVER_FAILURE: EnhancedCode = EnhancedCode { class: 0, subject: 4, detail: 3 };
    /// `X.4.4` Unable to route
    pub const UNABLE_TO_ROUTE: EnhancedCode = EnhancedCode { class: 0, subject: 4, detail: 4 };
    /// `X.4.5` Mail system congestion
    pub const MAIL_SYSTEM_CONGESTION: EnhancedCode = EnhancedCode { class: 0, subject: 4, detail: 5 };
    /// `X.4.6` Routing loop detected
    pub const ROUTING_LOOP_DETECTED: EnhancedCode = EnhancedCode { class: 0, subject: 4, detail: 6 };
    /// `X.4.7` Delivery time expired
    pub const DELIVERY_TIME_EXPIRED: EnhancedCode = EnhancedCode { class: 0, subject: 4, detail: 7 };
    /// `X.5.0` Other or undefined protocol status
    pub const OTHER_OR_UNDEFINED_PROTOCOL_STATUS: EnhancedCode = EnhancedCode { class: 0, subject: 5, detail: 0 };
    /// `X.5.1` Invalid command
    pub const INVALID_COMMAND: EnhancedCode = EnhancedCode { class: 0, subject: 5, detail: 1 };
    /// `X.5.2` Syntax error
    pub const SYNTAX_ERROR: EnhancedCode = EnhancedCode { class: 0, subject: 5, detail: 2 };
    /// `X.5.3` Too many recipients
    pub const TOO_MANY_RECIPIENTS: EnhancedCode = EnhancedCode { class: 0, subject: 5, detail: 3 };
    /// `X.5.4` Invalid command arguments
    pub const INVALID_COMMAND_ARGUMENTS: EnhancedCode = EnhancedCode { class: 0, subject: 5, detail: 4 };
    /// `X.5.5` Wrong protocol version
    pub const WRONG_PROTOCOL_VERSION: EnhancedCode = EnhancedCode { class: 0, subject: 5, detail: 5 };
    /// `X.5.6` Authentication Exchange line is too long
    pub const AUTHENTICATION_EXCHANGE_LINE_TOO_LONG: EnhancedCode = EnhancedCode { class: 0, subject: 5, detail: 6 };
    /// `X.6.0` Other or undefined media error
    pub const OTHER_OR_UNDEFINED_MEDIA_ERROR: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 0 };
    /// `X.6.1` Media not supported
    pub const MEDIA_NOT_SUPPORTED: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 1 };
    /// `X.6.2` Conversion required and prohibited
    pub const CONVERSION_REQUIRED_AND_PROHIBITED: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 2 };
    /// `X.6.3` Conversion required but not supported
    pub const CONVERSION_REQUIRED_BUT_NOT_SUPPORTED: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 3 };
    /// `X.6.4` Conversion with loss performed
    pub const CONVERSION_WITH_LOSS_PERFORMED: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 4 };
    /// `X.6.5` Conversion Failed
    pub const CONVERSION_FAILED: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 5 };
    /// `X.6.6` Message content not available
    pub const MESSAGE_CONTENT_NOT_AVAILABLE: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 6 };
    /// `X.6.7` Non-ASCII addresses not permitted for that sender/recipient
    pub const NON_ASCII_ADDRESSES_NOT_PERMITTED: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 7 };
    /// `X.6.8` UTF-8 string reply is required, but not permitted by the SMTP client
    pub const UTF8_STRING_REPLY_REQUIRED: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 8 };
    /// `X.6.9` UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected
    pub const UTF8_HEADER_MESSAGE_CANNOT_BE_TRANSFERRED: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 9 };
    /// `X.6.10` Deprecated duplicate of X.6.8
    pub const DEPRECATED_DUPLICATE_OF_X_6_8: EnhancedCode = EnhancedCode { class: 0, subject: 6, detail: 10 };
    /// `X.7.0` Other or undefined security status
    pub const OTHER_OR_UNDEFINED_SECURITY_STATUS: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 0 };
    /// `X.7.1` Delivery not authorized, message refused
    pub const DELIVERY_NOT_AUTHORIZED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 1 };
    /// `X.7.2` Mailing list expansion prohibited
    pub const MAILING_LIST_EXPANSION_PROHIBITED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 2 };
    /// `X.7.3` Security conversion required but not possible
    pub const SECURITY_CONVERSION_REQUIRED_BUT_NOT_POSSIBLE: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 3 };
    /// `X.7.4` Security features not supported
    pub const SECURITY_FEATURES_NOT_SUPPORTED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 4 };
    /// `X.7.5` Cryptographic failure
    pub const CRYPTOGRAPHIC_FAILURE: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 5 };
    /// `X.7.6` Cryptographic algorithm not supported
    pub const CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 6 };
    /// `X.7.7` Message integrity failure
    pub const MESSAGE_INTEGRITY_FAILURE: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 7 };
    /// `X.7.8` Authentication credentials invalid
    pub const AUTHENTICATION_CREDENTIALS_INVALID: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 8 };
    /// `X.7.9` Authentication mechanism is too weak
    pub const AUTHENTICATION_MECHANISM_TOO_WEAK: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 9 };
    /// `X.7.10` Encryption Needed
    pub const ENCRYPTION_NEEDED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 10 };
    /// `X.7.11` Encryption required for requested authentication mechanism
    pub const ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 11 };
    /// `X.7.12` A password transition is needed
    pub const PASSWORD_TRANSITION_NEEDED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 12 };
    /// `X.7.13` User Account Disabled
    pub const USER_ACCOUNT_DISABLED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 13 };
    /// `X.7.14` Trust relationship required
    pub const TRUST_RELATIONSHIP_REQUIRED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 14 };
    /// `X.7.15` Priority Level is too low
    pub const PRIORITY_LEVEL_TOO_LOW: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 15 };
    /// `X.7.16` Message is too big for the specified priority
    pub const MESSAGE_TOO_BIG_FOR_PRIORITY: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 16 };
    /// `X.7.17` Mailbox owner has changed
    pub const MAILBOX_OWNER_CHANGED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 17 };
    /// `X.7.18` Domain owner has changed
    pub const DOMAIN_OWNER_CHANGED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 18 };
    /// `X.7.19` RRVS test cannot be completed
    pub const RRVS_TEST_CANNOT_BE_COMPLETED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 19 };
    /// `X.7.20` No passing DKIM signature found
    pub const NO_PASSING_DKIM_SIGNATURE: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 20 };
    /// `X.7.21` No acceptable DKIM signature found
    pub const NO_ACCEPTABLE_DKIM_SIGNATURE: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 21 };
    /// `X.7.22` No valid author-matched DKIM signature found
    pub const NO_VALID_AUTHOR_MATCHED_DKIM_SIGNATURE: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 22 };
    /// `X.7.23` SPF validation failed
    pub const SPF_VALIDATION_FAILED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 23 };
    /// `X.7.24` SPF validation error
    pub const SPF_VALIDATION_ERROR: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 24 };
    /// `X.7.25` Reverse DNS validation failed
    pub const REVERSE_DNS_VALIDATION_FAILED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 25 };
    /// `X.7.26` Multiple authentication checks failed
    pub const MULTIPLE_AUTHENTICATION_CHECKS_FAILED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 26 };
    /// `X.7.27` Sender address has null MX
    pub const SENDER_ADDRESS_HAS_NULL_MX: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 27 };
    /// `X.7.28` Mail flood detected
    pub const MAIL_FLOOD_DETECTED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 28 };
    /// `X.7.29` ARC validation failure
    pub const ARC_VALIDATION_FAILURE: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 29 };
    /// `X.7.30` REQUIRETLS support required
    pub const REQUIRETLS_SUPPORT_REQUIRED: EnhancedCode = EnhancedCode { class: 0, subject: 7, detail: 30 };
}

/// Rows in each locale's `TEXTS`: replies, enhanced codes, classes, subjects.
pub(crate) const TEXT_ROWS: usize = 149;
pub(crate) static TEXTS: [&[[&str; 4]; TEXT_ROWS]; 14] = [&en::TEXTS, &hi::TEXTS, &zh_hans::TEXTS, &es::TEXTS, &ar::TEXTS, &pt::TEXTS, &fr::TEXTS, &de::TEXTS, &ja::TEXTS, &ko::TEXTS, &ru::TEXTS, &vi::TEXTS, &id::TEXTS, &tr::TEXTS];

/// Keys of the UI strings and templates (`data/locales/en/ui.yaml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
// The site.* strings are used by the site generator only (feature `site`).
#[cfg_attr(not(feature = "site"), allow(dead_code))]
pub(crate) enum UiKey {
    /// `label.summary`: "Summary"
    LabelSummary,
    /// `label.description`: "Description"
    LabelDescription,
    /// `label.when_seen`: "When you see it"
    LabelWhenSeen,
    /// `label.how_to_fix`: "How to fix"
    LabelHowToFix,
    /// `label.key_differences`: "Key differences"
    LabelKeyDifferences,
    /// `label.when_to_use`: "When to use which"
    LabelWhenToUse,
    /// `label.learn_more`: "Learn more"
    LabelLearnMore,
    /// `label.class`: "Class"
    LabelClass,
    /// `label.category`: "Category"
    LabelCategory,
    /// `label.subject`: "Subject"
    LabelSubject,
    /// `label.status`: "Status"
    LabelStatus,
    /// `label.retry`: "What the client should do"
    LabelRetry,
    /// `label.fix_by`: "Who must act"
    LabelFixBy,
    /// `label.commands`: "Returned by"
    LabelCommands,
    /// `label.connection`: "What the connection does"
    LabelConnection,
    /// `connection.closes`: "The server closes it"
    ConnectionCloses,
    /// `connection.stays_open`: "It stays open"
    ConnectionStaysOpen,
    /// `label.references`: "References"
    LabelReferences,
    /// `label.related`: "Related codes"
    LabelRelated,
    /// `label.compare_with`: "Often confused with"
    LabelCompareWith,
    /// `label.server_text`: "What the server said"
    LabelServerText,
    /// `label.problems`: "Problems in this reply"
    LabelProblems,
    /// `label.reply_code`: "Reply code"
    LabelReplyCode,
    /// `label.enhanced_code`: "Enhanced status code"
    LabelEnhancedCode,
    /// `class.2.name`: "Positive completion"
    Class2Name,
    /// `class.3.name`: "Positive intermediate"
    Class3Name,
    /// `class.4.name`: "Transient negative completion"
    Class4Name,
    /// `class.5.name`: "Permanent negative completion"
    Class5Name,
    /// `class.2.phrase`: "a 2xx positive completion reply"
    Class2Phrase,
    /// `class.3.phrase`: "a 3xx positive intermediate reply"
    Class3Phrase,
    /// `class.4.phrase`: "a 4xx transient negative reply"
    Class4Phrase,
    /// `class.5.phrase`: "a 5xx permanent negative reply"
    Class5Phrase,
    /// `category.0`: "Syntax"
    Category0,
    /// `category.1`: "Information"
    Category1,
    /// `category.2`: "Connections"
    Category2,
    /// `category.3`: "Unspecified"
    Category3,
    /// `category.4`: "Unspecified"
    Category4,
    /// `category.5`: "Mail system"
    Category5,
    /// `category.other`: "Outside the standard categories"
    CategoryOther,
    /// `status.standard`: "Standard"
    StatusStandard,
    /// `status.extension`: "Defined by an SMTP extension"
    StatusExtension,
    /// `status.obsolete`: "Obsolete"
    StatusObsolete,
    /// `status.experimental`: "Experimental"
    StatusExperimental,
    /// `status.non_standard`: "Non-standard"
    StatusNonStandard,
    /// `retry.nothing_to_do`: "Nothing to do. The command succeeded."
    RetryNothingToDo,
    /// `retry.continue`: "Continue. The server is waiting for the next part of the exchange."
    RetryContinue,
    /// `retry.later`: "Retry later. The problem is temporary, and a mail server retries on its own."
    RetryLater,
    /// `retry.not_unchanged`: "Do not retry unchanged. Something must change before the same attempt can work."
    RetryNotUnchanged,
    /// `party.sending_client`: "The sending client"
    PartySendingClient,
    /// `party.sender_admin`: "The sender's administrator"
    PartySenderAdmin,
    /// `party.recipient_admin`: "The recipient's administrator"
    PartyRecipientAdmin,
    /// `party.server_admin`: "The administrator of the replying server"
    PartyServerAdmin,
    /// `party.nobody`: "Nobody"
    PartyNobody,
    /// `party.sender`: "The sender of the message"
    PartySender,
    /// `party.recipient`: "The recipient of the message"
    PartyRecipient,
    /// `command.connect`: "On connection (as the greeting)"
    CommandConnect,
    /// `command.data_end`: "End of message data"
    CommandDataEnd,
    /// `command.any`: "Any command"
    CommandAny,
    /// `list.separator`: ", "
    ListSeparator,
    /// `list.last_separator`: " and "
    ListLastSeparator,
    /// `label.separator`: ": "
    LabelSeparator,
    /// `show.title`: "SMTP {code}: {title}"
    ShowTitle,
    /// `show.is_class`: "{code} is {class}."
    ShowIsClass,
    /// `show.enhanced_class`: "In class {digit}: {class}."
    ShowEnhancedClass,
    /// `show.enhanced_kind`: "{code} is an enhanced status code: it comes after the reply code and names the subject ({subject}) and the detail."
    ShowEnhancedKind,
    /// `show.non_standard`: "{code} is not defined by any RFC. The sources below describe who uses it."
    ShowNonStandard,
    /// `compare.title`: "SMTP {a} {a_title} vs {b} {b_title}"
    CompareTitle,
    /// `compare.contrast`: "{a} ({a_title}) is {a_class}, while {b} ({b_title}) is {b_class}."
    CompareContrast,
    /// `compare.same_class`: "{a} ({a_title}) and {b} ({b_title}) are in the same class: {class}."
    CompareSameClass,
    /// `compare.kinds`: "{a} is a basic reply code, the three digits that start every reply line; {b} is an enhanced status code, which servers that support it write after the reply code."
    CompareKinds,
    /// `compare.same_code`: "{a} and {b} are the same code."
    CompareSameCode,
    /// `compare.same_detail`: "{a} and {b} report the same condition, {generic} ({title}); only the class differs, and with it what the client does."
    CompareSameDetail,
    /// `compare.advice`: "After {code}: {retry}"
    CompareAdvice,
    /// `diff.class`: "Class: {a} is {a_class}; {b} is {b_class}."
    DiffClass,
    /// `diff.retry`: "What the client should do. After {a}: {a_retry} After {b}: {b_retry}"
    DiffRetry,
    /// `diff.category`: "Category (second digit): {a_category} for {a}, {b_category} for {b}."
    DiffCategory,
    /// `diff.subject`: "Subject: {a_subject} for {a}, {b_subject} for {b}."
    DiffSubject,
    /// `diff.fix_by`: "Who must act. For {a}: {a_fix_by}. For {b}: {b_fix_by}."
    DiffFixBy,
    /// `diff.commands`: "Commands that can draw the reply. For {a}: {a_commands}. For {b}: {b_commands}."
    DiffCommands,
    /// `diff.commands_one`: "Commands: only {a} is tied to particular commands ({commands})."
    DiffCommandsOne,
    /// `diff.associated`: "The IANA registry lists {reply} among the reply codes used with {enhanced}."
    DiffAssociated,
    /// `diff.related`: "The catalog lists {a} and {b} as related codes."
    DiffRelated,
    /// `diff.status`: "Status: {a} is {a_status}; {b} is {b_status}."
    DiffStatus,
    /// `use.class.2`: "A server replies {code} to confirm that the command worked."
    UseClass2,
    /// `use.class.3`: "A server replies {code} to ask the client to go on with the next step."
    UseClass3,
    /// `use.class.4`: "A server replies {code} when the problem may clear up by itself, so that the client tries again later."
    UseClass4,
    /// `use.class.5`: "A server replies {code} when repeating the same attempt cannot work until someone changes something."
    UseClass5,
    /// `use.same_class`: "Both codes belong to the same class, so a client reacts to them the same way; what differs is the cause, and so the fix."
    UseSameClass,
    /// `use.kinds`: "A client acts on the reply code {reply}; the enhanced code {enhanced} tells people more precisely what went wrong."
    UseKinds,
    /// `learn.page`: "{code} {title}"
    LearnPage,
    /// `explain.title`: "What the reply {code} means"
    ExplainTitle,
    /// `explain.no_code`: "This text has no SMTP reply code at its start, so it cannot be explained."
    ExplainNoCode,
    /// `explain.unknown`: "{code} is not in the catalog; its class still tells what to do."
    ExplainUnknown,
    /// `problem.mismatch`: "The enhanced code {enhanced} belongs to class {enhanced_digit}, but the reply code {code} belongs to class {digit}. Clients act on the reply code."
    ProblemMismatch,
    /// `problem.mixed_codes`: "The lines of this reply do not all carry the same code ({codes})."
    ProblemMixedCodes,
    /// `problem.line_too_long`: "Line {line} is longer than the {limit} characters that SMTP allows."
    ProblemLineTooLong,
    /// `problem.not_text`: "Line {line} contains bytes that are not text."
    ProblemNotText,
    /// `problem.truncated`: "The reply was cut short: only the first {limit} lines were read."
    ProblemTruncated,
    /// `label.what_happened`: "What happened"
    LabelWhatHappened,
    /// `label.what_to_do`: "What to do"
    LabelWhatToDo,
    /// `label.tell_the_sender`: "What to tell the sender"
    LabelTellTheSender,
    /// `label.evidence`: "How we know"
    LabelEvidence,
    /// `evidence.text`: "the server's words {quote}"
    EvidenceText,
    /// `evidence.enhanced_code`: "the enhanced status code {code}"
    EvidenceEnhancedCode,
    /// `evidence.reply_code`: "the reply code {code}"
    EvidenceReplyCode,
    /// `explain.reason_disagrees`: "On its own, this reason would mean: {reason_retry} But the code {code} decides: {code_retry}"
    ExplainReasonDisagrees,
    /// `site.title`: "SMTP reply codes"
    SiteTitle,
    /// `site.intro`: "What every SMTP reply code and enhanced status code means, when you see it and how to fix it."
    SiteIntro,
    /// `site.reply_codes`: "Reply codes"
    SiteReplyCodes,
    /// `site.enhanced_codes`: "Enhanced status codes"
    SiteEnhancedCodes,
    /// `site.comparisons`: "Comparisons"
    SiteComparisons,
    /// `site.class_heading`: "{digit}xx: {class}"
    SiteClassHeading,
    /// `site.subject_heading`: "X.{digit}.x: {subject}"
    SiteSubjectHeading,
    /// `site.home`: "All codes"
    SiteHome,
    /// `site.languages`: "Other languages"
    SiteLanguages,
    /// `site.search`: "Search codes, titles and words"
    SiteSearch,
    /// `site.choose_language`: "Choose a language"
    SiteChooseLanguage,
    /// `site.generated`: "Generated by smtp-codes from catalog version {version}."
    SiteGenerated,
    /// `label.provider`: "Provider"
    LabelProvider,
    /// `label.provider_note`: "What the provider's documents add"
    LabelProviderNote,
    /// `evidence.vendor_code`: "the code {code}, which {provider} defined for its own replies"
    EvidenceVendorCode,
    /// `show.vendor_code`: "{code} is not in the IANA registry: {provider} defined it for its own replies."
    ShowVendorCode,
    /// `label.defined_by`: "Defined by"
    LabelDefinedBy,
    /// `label.read_on`: "read on {date}"
    LabelReadOn,
    /// `site.providers`: "Providers"
    SiteProviders,
    /// `provider.markers`: "Words that identify its replies"
    ProviderMarkers,
    /// `provider.hosts`: "Host names of its servers"
    ProviderHosts,
    /// `provider.vendor_codes`: "Its own codes"
    ProviderVendorCodes,
    /// `provider.rules`: "What its replies mean"
    ProviderRules,
    /// `provider.reused_by`: "Providers that give this code a meaning of their own"
    ProviderReusedBy,
    /// `logs.title`: "Mail log summary"
    LogsTitle,
    /// `logs.lines`: "Lines read"
    LogsLines,
    /// `logs.attempts`: "Delivery attempts"
    LogsAttempts,
    /// `logs.skipped`: "Lines without a delivery attempt"
    LogsSkipped,
    /// `logs.sent`: "Delivered"
    LogsSent,
    /// `logs.deferred`: "Deferred"
    LogsDeferred,
    /// `logs.bounced`: "Bounced"
    LogsBounced,
    /// `logs.expired`: "Expired"
    LogsExpired,
    /// `logs.recovered`: "Deferred, then delivered"
    LogsRecovered,
    /// `logs.by_reason`: "Failures by reason"
    LogsByReason,
    /// `logs.count`: "Attempts"
    LogsCount,
    /// `logs.domains`: "Recipient domains"
    LogsDomains,
    /// `logs.examples`: "For example"
    LogsExamples,
    /// `logs.by_hour`: "Failures per hour"
    LogsByHour,
    /// `logs.untimed`: "Failures without a time stamp (not in the chart)"
    LogsUntimed,
    /// `logs.axis_time`: "Time, as the log gives it"
    LogsAxisTime,
    /// `logs.hours_per_bar`: "Hours per bar"
    LogsHoursPerBar,
    /// `logs.axis_failures`: "Failures"
    LogsAxisFailures,
    /// `logs.top_domains`: "Recipient domains with the most failures"
    LogsTopDomains,
    /// `logs.top_providers`: "Providers with the most failures"
    LogsTopProviders,
    /// `logs.by_code`: "Failures by code"
    LogsByCode,
    /// `logs.code_axis`: "Reply code (or enhanced code)"
    LogsCodeAxis,
    /// `logs.reasons`: "What each reason means"
    LogsReasons,
    /// `logs.shown`: "Shown: {shown} of {total}"
    LogsShown,
}
pub(crate) const UI_KEYS: usize = 154;
pub(crate) static UI_KEY_NAMES: [&str; UI_KEYS] = ["label.summary", "label.description", "label.when_seen", "label.how_to_fix", "label.key_differences", "label.when_to_use", "label.learn_more", "label.class", "label.category", "label.subject", "label.status", "label.retry", "label.fix_by", "label.commands", "label.connection", "connection.closes", "connection.stays_open", "label.references", "label.related", "label.compare_with", "label.server_text", "label.problems", "label.reply_code", "label.enhanced_code", "class.2.name", "class.3.name", "class.4.name", "class.5.name", "class.2.phrase", "class.3.phrase", "class.4.phrase", "class.5.phrase", "category.0", "category.1", "category.2", "category.3", "category.4", "category.5", "category.other", "status.standard", "status.extension", "status.obsolete", "status.experimental", "status.non_standard", "retry.nothing_to_do", "retry.continue", "retry.later", "retry.not_unchanged", "party.sending_client", "party.sender_admin", "party.recipient_admin", "party.server_admin", "party.nobody", "party.sender", "party.recipient", "command.connect", "command.data_end", "command.any", "list.separator", "list.last_separator", "label.separator", "show.title", "show.is_class", "show.enhanced_class", "show.enhanced_kind", "show.non_standard", "compare.title", "compare.contrast", "compare.same_class", "compare.kinds", "compare.same_code", "compare.same_detail", "compare.advice", "diff.class", "diff.retry", "diff.category", "diff.subject", "diff.fix_by", "diff.commands", "diff.commands_one", "diff.associated", "diff.related", "diff.status", "use.class.2", "use.class.3", "use.class.4", "use.class.5", "use.same_class", "use.kinds", "learn.page", "explain.title", "explain.no_code", "explain.unknown", "problem.mismatch", "problem.mixed_codes", "problem.line_too_long", "problem.not_text", "problem.truncated", "label.what_happened", "label.what_to_do", "label.tell_the_sender", "label.evidence", "evidence.text", "evidence.enhanced_code", "evidence.reply_code", "explain.reason_disagrees", "site.title", "site.intro", "site.reply_codes", "site.enhanced_codes", "site.comparisons", "site.class_heading", "site.subject_heading", "site.home", "site.languages", "site.search", "site.choose_language", "site.generated", "label.provider", "label.provider_note", "evidence.vendor_code", "show.vendor_code", "label.defined_by", "label.read_on", "site.providers", "provider.markers", "provider.hosts", "provider.vendor_codes", "provider.rules", "provider.reused_by", "logs.title", "logs.lines", "logs.attempts", "logs.skipped", "logs.sent", "logs.deferred", "logs.bounced", "logs.expired", "logs.recovered", "logs.by_reason", "logs.count", "logs.domains", "logs.examples", "logs.by_hour", "logs.untimed", "logs.axis_time", "logs.hours_per_bar", "logs.axis_failures", "logs.top_domains", "logs.top_providers", "logs.by_code", "logs.code_axis", "logs.reasons", "logs.shown"];
pub(crate) static UI: [&[&str; UI_KEYS]; 14] = [&en::UI, &hi::UI, &zh_hans::UI, &es::UI, &ar::UI, &pt::UI, &fr::UI, &de::UI, &ja::UI, &ko::UI, &ru::UI, &vi::UI, &id::UI, &tr::UI];

/// What happened to a message, as a reply tells it: the taxonomy of
/// `data/diagnosis/reasons.yaml`. See [`crate::diagnose`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reason {
    /// Recipient address does not exist.
    UserUnknown,
    /// Recipient mailbox is disabled or has moved.
    MailboxDisabled,
    /// Recipient mailbox is full.
    MailboxFull,
    /// Recipient domain does not exist or takes no mail.
    DomainNotFound,
    /// Relaying denied.
    RelayDenied,
    /// Too many recipients.
    TooManyRecipients,
    /// Sender address refused.
    SenderRejected,
    /// Sender authentication failed (SPF or DKIM).
    SenderAuthFail,
    /// DMARC policy check failed.
    DmarcFail,
    /// Login required before sending.
    AuthRequired,
    /// Login refused.
    AuthFailed,
    /// Encryption required or failed.
    TlsRequired,
    /// Sender is on a blocklist.
    Blocklisted,
    /// Sender reputation too low.
    BadReputation,
    /// Reverse DNS missing or mismatched.
    ReverseDns,
    /// Refused by the receiver's policy.
    PolicyBlock,
    /// Message judged as spam.
    Spam,
    /// Malware or dangerous attachment.
    Virus,
    /// Message content or format refused.
    ContentRejected,
    /// Message too big.
    MessageTooBig,
    /// Sending rate limit reached.
    RateLimited,
    /// Greylisted, retry later.
    Greylisted,
    /// Command or parameter not understood.
    Syntax,
    /// Commands in the wrong order.
    BadSequence,
    /// Server temporarily unavailable.
    ServiceUnavailable,
    /// Error on the receiving server.
    SystemError,
    /// Connection failed.
    NetworkError,
    /// Mail loop detected.
    LoopDetected,
    /// Delivery attempts expired.
    Expired,
    /// Accepted.
    Success,
    /// Waiting for the next step.
    Intermediate,
    /// Reason not clear from the reply.
    Unknown,
}
pub(crate) const REASON_COUNT: usize = 32;
pub(crate) static REASON_LIST: [Reason; REASON_COUNT] = [Reason::UserUnknown, Reason::MailboxDisabled, Reason::MailboxFull, Reason::DomainNotFound, Reason::RelayDenied, Reason::TooManyRecipients, Reason::SenderRejected, Reason::SenderAuthFail, Reason::DmarcFail, Reason::AuthRequired, Reason::AuthFailed, Reason::TlsRequired, Reason::Blocklisted, Reason::BadReputation, Reason::ReverseDns, Reason::PolicyBlock, Reason::Spam, Reason::Virus, Reason::ContentRejected, Reason::MessageTooBig, Reason::RateLimited, Reason::Greylisted, Reason::Syntax, Reason::BadSequence, Reason::ServiceUnavailable, Reason::SystemError, Reason::NetworkError, Reason::LoopDetected, Reason::Expired, Reason::Success, Reason::Intermediate, Reason::Unknown];
pub(crate) static REASONS: [ReasonData; REASON_COUNT] = [
    ReasonData { id: "user_unknown", group: Reason::UserUnknown, retry: Some(Retry::NotUnchanged), fix_by: &[Party::Sender, Party::RecipientAdmin] },
    ReasonData { id: "mailbox_disabled", group: Reason::MailboxDisabled, retry: Some(Retry::NotUnchanged), fix_by: &[Party::Recipient, Party::RecipientAdmin, Party::Sender] },
    ReasonData { id: "mailbox_full", group: Reason::MailboxFull, retry: Some(Retry::Later), fix_by: &[Party::Recipient, Party::RecipientAdmin] },
    ReasonData { id: "domain_not_found", group: Reason::DomainNotFound, retry: Some(Retry::NotUnchanged), fix_by: &[Party::Sender, Party::RecipientAdmin] },
    ReasonData { id: "relay_denied", group: Reason::RelayDenied, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient, Party::SenderAdmin, Party::RecipientAdmin] },
    ReasonData { id: "too_many_recipients", group: Reason::TooManyRecipients, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient, Party::Sender] },
    ReasonData { id: "sender_rejected", group: Reason::SenderRejected, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient, Party::SenderAdmin] },
    ReasonData { id: "sender_auth_fail", group: Reason::SenderAuthFail, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "dmarc_fail", group: Reason::DmarcFail, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "auth_required", group: Reason::AuthRequired, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient] },
    ReasonData { id: "auth_failed", group: Reason::AuthFailed, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient, Party::SenderAdmin] },
    ReasonData { id: "tls_required", group: Reason::TlsRequired, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient, Party::ServerAdmin, Party::RecipientAdmin] },
    ReasonData { id: "blocklisted", group: Reason::Blocklisted, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "bad_reputation", group: Reason::BadReputation, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin, Party::Sender] },
    ReasonData { id: "reverse_dns", group: Reason::ReverseDns, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "policy_block", group: Reason::PolicyBlock, retry: Some(Retry::NotUnchanged), fix_by: &[Party::RecipientAdmin, Party::Recipient, Party::SenderAdmin] },
    ReasonData { id: "spam", group: Reason::Spam, retry: Some(Retry::NotUnchanged), fix_by: &[Party::Sender, Party::SenderAdmin] },
    ReasonData { id: "virus", group: Reason::Virus, retry: Some(Retry::NotUnchanged), fix_by: &[Party::Sender, Party::SenderAdmin, Party::RecipientAdmin] },
    ReasonData { id: "content_rejected", group: Reason::ContentRejected, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient, Party::Sender] },
    ReasonData { id: "message_too_big", group: Reason::MessageTooBig, retry: Some(Retry::NotUnchanged), fix_by: &[Party::Sender, Party::RecipientAdmin] },
    ReasonData { id: "rate_limited", group: Reason::RateLimited, retry: Some(Retry::Later), fix_by: &[Party::SendingClient, Party::SenderAdmin] },
    ReasonData { id: "greylisted", group: Reason::Greylisted, retry: Some(Retry::Later), fix_by: &[Party::SendingClient] },
    ReasonData { id: "syntax", group: Reason::Syntax, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient] },
    ReasonData { id: "bad_sequence", group: Reason::BadSequence, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SendingClient] },
    ReasonData { id: "service_unavailable", group: Reason::ServiceUnavailable, retry: Some(Retry::Later), fix_by: &[Party::ServerAdmin, Party::SendingClient] },
    ReasonData { id: "system_error", group: Reason::SystemError, retry: Some(Retry::Later), fix_by: &[Party::ServerAdmin] },
    ReasonData { id: "network_error", group: Reason::NetworkError, retry: Some(Retry::Later), fix_by: &[Party::SendingClient, Party::SenderAdmin, Party::RecipientAdmin] },
    ReasonData { id: "loop_detected", group: Reason::LoopDetected, retry: Some(Retry::NotUnchanged), fix_by: &[Party::RecipientAdmin, Party::ServerAdmin] },
    ReasonData { id: "expired", group: Reason::Expired, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin, Party::RecipientAdmin, Party::Sender] },
    ReasonData { id: "success", group: Reason::Success, retry: Some(Retry::NothingToDo), fix_by: &[Party::Nobody] },
    ReasonData { id: "intermediate", group: Reason::Intermediate, retry: Some(Retry::Continue), fix_by: &[Party::Nobody] },
    ReasonData { id: "unknown", group: Reason::Unknown, retry: None, fix_by: &[Party::SenderAdmin, Party::ServerAdmin] },
];
pub(crate) static REASON_TEXTS: [&[[&str; 4]; REASON_COUNT]; 14] = [&en::REASONS, &hi::REASONS, &zh_hans::REASONS, &es::REASONS, &ar::REASONS, &pt::REASONS, &fr::REASONS, &de::REASONS, &ja::REASONS, &ko::REASONS, &ru::REASONS, &vi::REASONS, &id::REASONS, &tr::REASONS];

/// Rules on text, sorted by id; phrases in the normal form of `crate::diagnose::normalize`.
pub(crate) static TEXT_RULES: [TextRule; 563] = [
    TextRule { id: "auth_failed.auth_type_unimplemented", reason: Reason::AuthFailed, phrases: &[" auth type unimplemented "], specific: true, with_code: None, source: &SOURCES[239] },
    TextRule { id: "auth_failed.authentication_credentials_invalid", reason: Reason::AuthFailed, phrases: &[" authentication credentials invalid "], specific: true, with_code: None, source: &SOURCES[144] },
    TextRule { id: "auth_failed.authentication_failed", reason: Reason::AuthFailed, phrases: &[" authentication failed "], specific: true, with_code: None, source: &SOURCES[77] },
    TextRule { id: "auth_failed.authentication_rejected", reason: Reason::AuthFailed, phrases: &[" authentication rejected "], specific: true, with_code: None, source: &SOURCES[2] },
    TextRule { id: "auth_failed.gmail_app_password_required", reason: Reason::AuthFailed, phrases: &[" application specific password required "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "auth_failed.gmail_password_not_accepted", reason: Reason::AuthFailed, phrases: &[" username and password not accepted "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "auth_failed.gmail_unrecognized_auth_type", reason: Reason::AuthFailed, phrases: &[" unrecognized authentication type "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "auth_failed.incorrect_authentication_data", reason: Reason::AuthFailed, phrases: &[" incorrect authentication data "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "auth_failed.mechanism_not_available", reason: Reason::AuthFailed, phrases: &[" auth mechanism ", " not available "], specific: true, with_code: None, source: &SOURCES[138] },
    TextRule { id: "auth_failed.mechanism_not_supported", reason: Reason::AuthFailed, phrases: &[" authentication mechanism not supported "], specific: true, with_code: None, source: &SOURCES[150] },
    TextRule { id: "auth_failed.mechanism_too_weak", reason: Reason::AuthFailed, phrases: &[" authentication mechanism is too weak "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "auth_failed.oauth_token_expired", reason: Reason::AuthFailed, phrases: &[" token expired "], specific: true, with_code: None, source: &SOURCES[144] },
    TextRule { id: "auth_failed.too_many_authentication_errors", reason: Reason::AuthFailed, phrases: &[" too many authentication errors "], specific: true, with_code: None, source: &SOURCES[144] },
    TextRule { id: "auth_failed.unsupported_mechanism", reason: Reason::AuthFailed, phrases: &[" unsupported authentication mechanism "], specific: true, with_code: None, source: &SOURCES[175] },
    TextRule { id: "auth_required.authenticate_first", reason: Reason::AuthRequired, phrases: &[" please authenticate first "], specific: true, with_code: None, source: &SOURCES[175] },
    TextRule { id: "auth_required.authentication_required", reason: Reason::AuthRequired, phrases: &[" authentication required "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "auth_required.client_was_not_authenticated", reason: Reason::AuthRequired, phrases: &[" client was not authenticated "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "auth_required.must_authenticate", reason: Reason::AuthRequired, phrases: &[" must authenticate "], specific: true, with_code: None, source: &SOURCES[148] },
    TextRule { id: "auth_required.must_be_authenticated", reason: Reason::AuthRequired, phrases: &[" must be authenticated "], specific: true, with_code: None, source: &SOURCES[159] },
    TextRule { id: "auth_required.must_issue_auth_command", reason: Reason::AuthRequired, phrases: &[" must issue an auth command "], specific: true, with_code: None, source: &SOURCES[60] },
    TextRule { id: "auth_required.not_authenticated", reason: Reason::AuthRequired, phrases: &[" not authenticated "], specific: false, with_code: None, source: &SOURCES[134] },
    TextRule { id: "auth_required.not_logged_in", reason: Reason::AuthRequired, phrases: &[" not logged in "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "auth_required.unauthenticated_senders_not_allowed", reason: Reason::AuthRequired, phrases: &[" unauthenticated senders not allowed "], specific: true, with_code: None, source: &SOURCES[127] },
    TextRule { id: "auth_required.without_authorization", reason: Reason::AuthRequired, phrases: &[" send email without authorization "], specific: true, with_code: None, source: &SOURCES[122] },
    TextRule { id: "bad_reputation.bad_karma_score", reason: Reason::BadReputation, phrases: &[" bad karma score "], specific: true, with_code: None, source: &SOURCES[33] },
    TextRule { id: "bad_reputation.bad_outbound_sender", reason: Reason::BadReputation, phrases: &[" bad outbound sender "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "bad_reputation.complaints", reason: Reason::BadReputation, phrases: &[" complaints "], specific: false, with_code: None, source: &SOURCES[153] },
    TextRule { id: "bad_reputation.excessive_unknown_recipients", reason: Reason::BadReputation, phrases: &[" excessive unknown recipients "], specific: true, with_code: None, source: &SOURCES[152] },
    TextRule { id: "bad_reputation.low_reputation", reason: Reason::BadReputation, phrases: &[" low reputation "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "bad_reputation.rate_limited_due_to_ip_reputation", reason: Reason::BadReputation, phrases: &[" rate limited due to ip reputation "], specific: true, with_code: None, source: &SOURCES[120] },
    TextRule { id: "bad_reputation.reputation", reason: Reason::BadReputation, phrases: &[" reputation "], specific: false, with_code: None, source: &SOURCES[29] },
    TextRule { id: "bad_reputation.spam_abuse_detected", reason: Reason::BadReputation, phrases: &[" spam abuse detected "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "bad_reputation.suspected_spam_sender", reason: Reason::BadReputation, phrases: &[" suspected spam sender "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "bad_reputation.tenant_exceeded_threshold", reason: Reason::BadReputation, phrases: &[" tenant has exceeded threshold "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "bad_reputation.traffic_not_accepted", reason: Reason::BadReputation, phrases: &[" traffic not accepted from this ip "], specific: true, with_code: None, source: &SOURCES[42] },
    TextRule { id: "bad_reputation.unusual_rate_of_unsolicited_mail", reason: Reason::BadReputation, phrases: &[" unusual rate of unsolicited mail "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "bad_reputation.user_complaints", reason: Reason::BadReputation, phrases: &[" user complaints "], specific: true, with_code: None, source: &SOURCES[153] },
    TextRule { id: "bad_reputation.volume_or_complaints", reason: Reason::BadReputation, phrases: &[" unexpected volume ", " user complaints "], specific: true, with_code: None, source: &SOURCES[153] },
    TextRule { id: "bad_sequence.after_bdat", reason: Reason::BadSequence, phrases: &[" after bdat "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "bad_sequence.allowed_to_pipeline", reason: Reason::BadSequence, phrases: &[" allowed to pipeline "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "bad_sequence.already_authenticated", reason: Reason::BadSequence, phrases: &[" already authenticated "], specific: true, with_code: None, source: &SOURCES[78] },
    TextRule { id: "bad_sequence.already_in_tls", reason: Reason::BadSequence, phrases: &[" already in tls "], specific: true, with_code: None, source: &SOURCES[28] },
    TextRule { id: "bad_sequence.bad_sequence_of_commands", reason: Reason::BadSequence, phrases: &[" bad sequence of commands "], specific: true, with_code: None, source: &SOURCES[101] },
    TextRule { id: "bad_sequence.command_pipelining", reason: Reason::BadSequence, phrases: &[" command pipelining "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "bad_sequence.ehlo_first", reason: Reason::BadSequence, phrases: &[" ehlo first "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "bad_sequence.hello_first", reason: Reason::BadSequence, phrases: &[" hello first "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "bad_sequence.helo_first", reason: Reason::BadSequence, phrases: &[" helo first "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "bad_sequence.introduce_yourself_first", reason: Reason::BadSequence, phrases: &[" introduce yourself first "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "bad_sequence.mail_first", reason: Reason::BadSequence, phrases: &[" mail first "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "bad_sequence.mail_transaction_in_progress", reason: Reason::BadSequence, phrases: &[" mail transaction in progress "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "bad_sequence.missing_mail_from", reason: Reason::BadSequence, phrases: &[" missing mail from command "], specific: true, with_code: None, source: &SOURCES[176] },
    TextRule { id: "bad_sequence.multiple_mail_commands", reason: Reason::BadSequence, phrases: &[" multiple mail commands "], specific: true, with_code: None, source: &SOURCES[148] },
    TextRule { id: "bad_sequence.must_precede", reason: Reason::BadSequence, phrases: &[" must precede "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "bad_sequence.need_mail", reason: Reason::BadSequence, phrases: &[" need mail "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "bad_sequence.need_rcpt", reason: Reason::BadSequence, phrases: &[" need rcpt "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "bad_sequence.nested_mail_command", reason: Reason::BadSequence, phrases: &[" nested mail command "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "bad_sequence.not_allowed_at_this_point", reason: Reason::BadSequence, phrases: &[" not allowed at this point "], specific: true, with_code: None, source: &SOURCES[60] },
    TextRule { id: "bad_sequence.protocol_synchronization", reason: Reason::BadSequence, phrases: &[" protocol synchronization "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "bad_sequence.rcpt_first", reason: Reason::BadSequence, phrases: &[" rcpt first "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "bad_sequence.required_first", reason: Reason::BadSequence, phrases: &[" is required first "], specific: true, with_code: None, source: &SOURCES[149] },
    TextRule { id: "bad_sequence.sender_already", reason: Reason::BadSequence, phrases: &[" sender already "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "bad_sequence.sender_not_yet_given", reason: Reason::BadSequence, phrases: &[" sender not yet given "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "bad_sequence.starttls_may_not_be_repeated", reason: Reason::BadSequence, phrases: &[" starttls may not be repeated "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "bad_sequence.synchronization_error", reason: Reason::BadSequence, phrases: &[" synchronization error "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "bad_sequence.tls_already_active", reason: Reason::BadSequence, phrases: &[" tls already active "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "blocklisted.banned_sender", reason: Reason::Blocklisted, phrases: &[" banned sender "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "blocklisted.banned_sending_ip", reason: Reason::Blocklisted, phrases: &[" banned sending ip "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "blocklisted.barracudacentral", reason: Reason::Blocklisted, phrases: &[" barracudacentral "], specific: true, with_code: None, source: &SOURCES[37] },
    TextRule { id: "blocklisted.black_list", reason: Reason::Blocklisted, phrases: &[" black list "], specific: true, with_code: None, source: &SOURCES[15] },
    TextRule { id: "blocklisted.blacklisted", reason: Reason::Blocklisted, phrases: &[" blacklist"], specific: true, with_code: None, source: &SOURCES[7] },
    TextRule { id: "blocklisted.block_for_spam", reason: Reason::Blocklisted, phrases: &[" block for spam "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "blocklisted.block_list", reason: Reason::Blocklisted, phrases: &[" block list "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "blocklisted.block_listed", reason: Reason::Blocklisted, phrases: &[" block listed "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "blocklisted.blocked_by_ldap", reason: Reason::Blocklisted, phrases: &[" blocked by ldap "], specific: true, with_code: None, source: &SOURCES[268] },
    TextRule { id: "blocklisted.blocked_for_abuse", reason: Reason::Blocklisted, phrases: &[" blocked for abuse "], specific: true, with_code: None, source: &SOURCES[268] },
    TextRule { id: "blocklisted.blocked_for_spamming", reason: Reason::Blocklisted, phrases: &[" host blocked for spamming "], specific: true, with_code: None, source: &SOURCES[290] },
    TextRule { id: "blocklisted.blocked_using", reason: Reason::Blocklisted, phrases: &[" blocked using "], specific: true, with_code: None, source: &SOURCES[66] },
    TextRule { id: "blocklisted.blocklisted", reason: Reason::Blocklisted, phrases: &[" blocklist"], specific: true, with_code: None, source: &SOURCES[141] },
    TextRule { id: "blocklisted.dnsbl", reason: Reason::Blocklisted, phrases: &[" dnsbl "], specific: true, with_code: None, source: &SOURCES[131] },
    TextRule { id: "blocklisted.listed_at", reason: Reason::Blocklisted, phrases: &[" listed at "], specific: true, with_code: None, source: &SOURCES[131] },
    TextRule { id: "blocklisted.listed_by", reason: Reason::Blocklisted, phrases: &[" listed by "], specific: true, with_code: None, source: &SOURCES[141] },
    TextRule { id: "blocklisted.rbl", reason: Reason::Blocklisted, phrases: &[" rbl "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "blocklisted.spamcop", reason: Reason::Blocklisted, phrases: &[" spamcop "], specific: true, with_code: None, source: &SOURCES[140] },
    TextRule { id: "blocklisted.spamhaus", reason: Reason::Blocklisted, phrases: &[" spamhaus "], specific: true, with_code: None, source: &SOURCES[141] },
    TextRule { id: "content_rejected.8bit_data", reason: Reason::ContentRejected, phrases: &[" 8 bit data "], specific: true, with_code: None, source: &SOURCES[67] },
    TextRule { id: "content_rejected.attachment", reason: Reason::ContentRejected, phrases: &[" attachment "], specific: false, with_code: None, source: &SOURCES[29] },
    TextRule { id: "content_rejected.banned_content", reason: Reason::ContentRejected, phrases: &[" banned content "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "content_rejected.bare_lf", reason: Reason::ContentRejected, phrases: &[" bare lf "], specific: true, with_code: None, source: &SOURCES[61] },
    TextRule { id: "content_rejected.bare_line_feed", reason: Reason::ContentRejected, phrases: &[" bare line feed "], specific: true, with_code: None, source: &SOURCES[31] },
    TextRule { id: "content_rejected.bare_linefeeds", reason: Reason::ContentRejected, phrases: &[" bare linefeeds "], specific: true, with_code: None, source: &SOURCES[51] },
    TextRule { id: "content_rejected.binary_zero", reason: Reason::ContentRejected, phrases: &[" binary zero characters "], specific: true, with_code: None, source: &SOURCES[25] },
    TextRule { id: "content_rejected.conversion_required_and_prohibited", reason: Reason::ContentRejected, phrases: &[" conversion required and prohibited "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "content_rejected.duplicate_header", reason: Reason::ContentRejected, phrases: &[" duplicate header "], specific: true, with_code: None, source: &SOURCES[280] },
    TextRule { id: "content_rejected.eight_bit_data", reason: Reason::ContentRejected, phrases: &[" eight bit data "], specific: true, with_code: None, source: &SOURCES[129] },
    TextRule { id: "content_rejected.failed_to_parse_message", reason: Reason::ContentRejected, phrases: &[" failed to parse message "], specific: false, with_code: None, source: &SOURCES[145] },
    TextRule { id: "content_rejected.header_error", reason: Reason::ContentRejected, phrases: &[" header error "], specific: true, with_code: None, source: &SOURCES[266] },
    TextRule { id: "content_rejected.header_is_too_long", reason: Reason::ContentRejected, phrases: &[" header is too long "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "content_rejected.header_length_exceeds", reason: Reason::ContentRejected, phrases: &[" header length exceeds "], specific: true, with_code: None, source: &SOURCES[67] },
    TextRule { id: "content_rejected.header_line_too_long", reason: Reason::ContentRejected, phrases: &[" header line is too long "], specific: true, with_code: None, source: &SOURCES[18] },
    TextRule { id: "content_rejected.header_ridiculously_long", reason: Reason::ContentRejected, phrases: &[" header is ridiculously long "], specific: true, with_code: None, source: &SOURCES[18] },
    TextRule { id: "content_rejected.header_syntax", reason: Reason::ContentRejected, phrases: &[" header syntax "], specific: true, with_code: None, source: &SOURCES[15] },
    TextRule { id: "content_rejected.illegal_attachment", reason: Reason::ContentRejected, phrases: &[" illegal attachment "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "content_rejected.invalid_characters", reason: Reason::ContentRejected, phrases: &[" invalid characters "], specific: false, with_code: None, source: &SOURCES[43] },
    TextRule { id: "content_rejected.line_is_too_long", reason: Reason::ContentRejected, phrases: &[" line is too long "], specific: true, with_code: None, source: &SOURCES[317] },
    TextRule { id: "content_rejected.line_limit_exceeded", reason: Reason::ContentRejected, phrases: &[" line limit exceeded "], specific: true, with_code: None, source: &SOURCES[270] },
    TextRule { id: "content_rejected.max_line_length", reason: Reason::ContentRejected, phrases: &[" maximum allowed line length "], specific: true, with_code: None, source: &SOURCES[15] },
    TextRule { id: "content_rejected.media_not_supported", reason: Reason::ContentRejected, phrases: &[" media not supported "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "content_rejected.message_content_rejected", reason: Reason::ContentRejected, phrases: &[" message content rejected "], specific: true, with_code: None, source: &SOURCES[61] },
    TextRule { id: "content_rejected.message_id_header", reason: Reason::ContentRejected, phrases: &[" message id header "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "content_rejected.message_is_malformed", reason: Reason::ContentRejected, phrases: &[" message is malformed "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "content_rejected.mime_nesting", reason: Reason::ContentRejected, phrases: &[" mime nesting "], specific: true, with_code: None, source: &SOURCES[67] },
    TextRule { id: "content_rejected.multiple_addresses_in_from", reason: Reason::ContentRejected, phrases: &[" multiple addresses in from "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "content_rejected.multiple_from_addresses", reason: Reason::ContentRejected, phrases: &[" multiple from addresses "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "content_rejected.not_rfc_compliant", reason: Reason::ContentRejected, phrases: &[" not rfc compliant "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "content_rejected.nul_byte", reason: Reason::ContentRejected, phrases: &[" nul byte "], specific: true, with_code: None, source: &SOURCES[129] },
    TextRule { id: "content_rejected.partial_final_lines", reason: Reason::ContentRejected, phrases: &[" partial final lines "], specific: true, with_code: None, source: &SOURCES[223] },
    TextRule { id: "content_rejected.rfc_2822_compliant", reason: Reason::ContentRejected, phrases: &[" rfc 2822 ", " compliant "], specific: true, with_code: None, source: &SOURCES[60] },
    TextRule { id: "content_rejected.rfc_5322_compliant", reason: Reason::ContentRejected, phrases: &[" rfc 5322 ", " compliant "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "content_rejected.too_many_mime_parts", reason: Reason::ContentRejected, phrases: &[" too many mime parts "], specific: true, with_code: None, source: &SOURCES[31] },
    TextRule { id: "content_rejected.valid_address_in_from", reason: Reason::ContentRejected, phrases: &[" missing a valid address in from "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "dmarc_fail.dmarc", reason: Reason::DmarcFail, phrases: &[" dmarc "], specific: true, with_code: None, source: &SOURCES[110] },
    TextRule { id: "dmarc_fail.dmarc_policy", reason: Reason::DmarcFail, phrases: &[" dmarc policy "], specific: true, with_code: None, source: &SOURCES[145] },
    TextRule { id: "dmarc_fail.dmarc_verification", reason: Reason::DmarcFail, phrases: &[" dmarc verification "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "dmarc_fail.no_dmarc_alignment", reason: Reason::DmarcFail, phrases: &[" no dmarc alignment "], specific: true, with_code: None, source: &SOURCES[117] },
    TextRule { id: "dmarc_fail.unauthenticated_email_dmarc", reason: Reason::DmarcFail, phrases: &[" unauthenticated email ", " dmarc policy "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "domain_not_found.bad_destination_system", reason: Reason::DomainNotFound, phrases: &[" bad destination system address "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "domain_not_found.chkuser_no_mx_rcpt_domain", reason: Reason::DomainNotFound, phrases: &[" valid mx for rcpt domain "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "domain_not_found.does_not_accept_mail", reason: Reason::DomainNotFound, phrases: &[" does not accept mail "], specific: true, with_code: None, source: &SOURCES[111] },
    TextRule { id: "domain_not_found.domain_does_not_exist", reason: Reason::DomainNotFound, phrases: &[" domain does not exist "], specific: false, with_code: None, source: &SOURCES[57] },
    TextRule { id: "domain_not_found.domain_not_found", reason: Reason::DomainNotFound, phrases: &[" domain not found "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "domain_not_found.domain_not_reachable", reason: Reason::DomainNotFound, phrases: &[" domain is not reachable "], specific: true, with_code: None, source: &SOURCES[272] },
    TextRule { id: "domain_not_found.exim_mx_nonexistent_hosts", reason: Reason::DomainNotFound, phrases: &[" mx records point to non existent hosts "], specific: true, with_code: None, source: &SOURCES[16] },
    TextRule { id: "domain_not_found.gmail_recipient_domain", reason: Reason::DomainNotFound, phrases: &[" find the recipient domain "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "domain_not_found.host_not_found", reason: Reason::DomainNotFound, phrases: &[" host not found "], specific: false, with_code: None, source: &SOURCES[62] },
    TextRule { id: "domain_not_found.host_or_domain_name_not_found", reason: Reason::DomainNotFound, phrases: &[" host or domain name not found "], specific: true, with_code: None, source: &SOURCES[62] },
    TextRule { id: "domain_not_found.host_unknown", reason: Reason::DomainNotFound, phrases: &[" host unknown "], specific: true, with_code: None, source: &SOURCES[130] },
    TextRule { id: "domain_not_found.name_service_error", reason: Reason::DomainNotFound, phrases: &[" name service error "], specific: false, with_code: None, source: &SOURCES[62] },
    TextRule { id: "domain_not_found.nonexistent_domain", reason: Reason::DomainNotFound, phrases: &[" nonexistent domain "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "domain_not_found.null_mx", reason: Reason::DomainNotFound, phrases: &[" null mx "], specific: true, with_code: None, source: &SOURCES[249] },
    TextRule { id: "domain_not_found.nullmx", reason: Reason::DomainNotFound, phrases: &[" nullmx "], specific: true, with_code: None, source: &SOURCES[62] },
    TextRule { id: "domain_not_found.qmail_no_host_named", reason: Reason::DomainNotFound, phrases: &[" couldn t find any host named "], specific: true, with_code: None, source: &SOURCES[223] },
    TextRule { id: "domain_not_found.qmail_no_mail_exchanger", reason: Reason::DomainNotFound, phrases: &[" couldn t find a mail exchanger "], specific: true, with_code: None, source: &SOURCES[223] },
    TextRule { id: "domain_not_found.reserved_by_rfc_2606", reason: Reason::DomainNotFound, phrases: &[" reserved by rfc 2606 "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "domain_not_found.unable_to_route", reason: Reason::DomainNotFound, phrases: &[" unable to route "], specific: false, with_code: None, source: &SOURCES[36] },
    TextRule { id: "expired.cannot_send_message_for", reason: Reason::Expired, phrases: &[" cannot send message for "], specific: true, with_code: None, source: &SOURCES[132] },
    TextRule { id: "expired.delivery_time_expired", reason: Reason::Expired, phrases: &[" delivery time expired "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "expired.envelope_expired", reason: Reason::Expired, phrases: &[" envelope expired "], specific: true, with_code: None, source: &SOURCES[59] },
    TextRule { id: "expired.failing_for_a_long_time", reason: Reason::Expired, phrases: &[" have been failing for a long time "], specific: true, with_code: None, source: &SOURCES[21] },
    TextRule { id: "expired.in_the_queue_too_long", reason: Reason::Expired, phrases: &[" in the queue too long "], specific: true, with_code: None, source: &SOURCES[224] },
    TextRule { id: "expired.message_expired", reason: Reason::Expired, phrases: &[" message expired "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "expired.message_expired_connection", reason: Reason::Expired, phrases: &[" message expired ", " connection "], specific: true, with_code: None, source: &SOURCES[263] },
    TextRule { id: "expired.postfix_expired_returned", reason: Reason::Expired, phrases: &[" expired ", " returned to sender "], specific: true, with_code: None, source: &SOURCES[71] },
    TextRule { id: "expired.queue_expired", reason: Reason::Expired, phrases: &[" queue expired "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "expired.retry_timeout_exceeded", reason: Reason::Expired, phrases: &[" retry timeout exceeded "], specific: true, with_code: None, source: &SOURCES[19] },
    TextRule { id: "greylisted.graylisted", reason: Reason::Greylisted, phrases: &[" graylist"], specific: true, with_code: None, source: &SOURCES[251] },
    TextRule { id: "greylisted.grey_listing", reason: Reason::Greylisted, phrases: &[" grey list"], specific: true, with_code: None, source: &SOURCES[202] },
    TextRule { id: "greylisted.greylisted", reason: Reason::Greylisted, phrases: &[" greylist"], specific: true, with_code: None, source: &SOURCES[234] },
    TextRule { id: "loop_detected.delivered_to_line", reason: Reason::LoopDetected, phrases: &[" my delivered to line "], specific: true, with_code: None, source: &SOURCES[222] },
    TextRule { id: "loop_detected.forwarding_loop", reason: Reason::LoopDetected, phrases: &[" forwarding loop "], specific: true, with_code: None, source: &SOURCES[135] },
    TextRule { id: "loop_detected.hop_count_exceeded", reason: Reason::LoopDetected, phrases: &[" hop count exceeded "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "loop_detected.loop_detected", reason: Reason::LoopDetected, phrases: &[" loop detected "], specific: true, with_code: None, source: &SOURCES[59] },
    TextRule { id: "loop_detected.loops_back_to_me", reason: Reason::LoopDetected, phrases: &[" loops back to me "], specific: true, with_code: None, source: &SOURCES[139] },
    TextRule { id: "loop_detected.loops_back_to_myself", reason: Reason::LoopDetected, phrases: &[" loops back to myself "], specific: true, with_code: None, source: &SOURCES[73] },
    TextRule { id: "loop_detected.mail_loop", reason: Reason::LoopDetected, phrases: &[" mail loop "], specific: true, with_code: None, source: &SOURCES[18] },
    TextRule { id: "loop_detected.message_is_looping", reason: Reason::LoopDetected, phrases: &[" message is looping "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "loop_detected.routing_loop", reason: Reason::LoopDetected, phrases: &[" routing loop "], specific: true, with_code: None, source: &SOURCES[5] },
    TextRule { id: "loop_detected.too_many_hops", reason: Reason::LoopDetected, phrases: &[" too many hops "], specific: true, with_code: None, source: &SOURCES[61] },
    TextRule { id: "loop_detected.too_many_received_headers", reason: Reason::LoopDetected, phrases: &[" too many received headers "], specific: true, with_code: None, source: &SOURCES[145] },
    TextRule { id: "mailbox_disabled.account_disabled", reason: Reason::MailboxDisabled, phrases: &[" account has been disabled "], specific: true, with_code: None, source: &SOURCES[277] },
    TextRule { id: "mailbox_disabled.account_is_blocked", reason: Reason::MailboxDisabled, phrases: &[" recipient account is blocked "], specific: true, with_code: None, source: &SOURCES[289] },
    TextRule { id: "mailbox_disabled.account_is_disabled", reason: Reason::MailboxDisabled, phrases: &[" account ", " is disabled "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "mailbox_disabled.disabled", reason: Reason::MailboxDisabled, phrases: &[" disabled "], specific: false, with_code: None, source: &SOURCES[29] },
    TextRule { id: "mailbox_disabled.inactive", reason: Reason::MailboxDisabled, phrases: &[" inactive "], specific: false, with_code: None, source: &SOURCES[123] },
    TextRule { id: "mailbox_disabled.inactive_email_address", reason: Reason::MailboxDisabled, phrases: &[" inactive email address "], specific: true, with_code: None, source: &SOURCES[286] },
    TextRule { id: "mailbox_disabled.mailbox_disabled", reason: Reason::MailboxDisabled, phrases: &[" mailbox disabled "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "mailbox_disabled.mailbox_has_moved", reason: Reason::MailboxDisabled, phrases: &[" mailbox has moved "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "mailbox_disabled.mailbox_is_disabled", reason: Reason::MailboxDisabled, phrases: &[" mailbox is disabled "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "mailbox_disabled.mailbox_is_frozen", reason: Reason::MailboxDisabled, phrases: &[" mailbox is frozen "], specific: true, with_code: None, source: &SOURCES[278] },
    TextRule { id: "mailbox_disabled.mailbox_owner_changed", reason: Reason::MailboxDisabled, phrases: &[" mailbox owner has changed "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "mailbox_disabled.policy_rejection_target", reason: Reason::MailboxDisabled, phrases: &[" policy rejection on the target address "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "mailbox_disabled.recipient_inactive", reason: Reason::MailboxDisabled, phrases: &[" recipient address rejected ", " inactive "], specific: true, with_code: None, source: &SOURCES[123] },
    TextRule { id: "mailbox_disabled.temporary_locked", reason: Reason::MailboxDisabled, phrases: &[" recipient address rejected ", " temporary locked "], specific: true, with_code: None, source: &SOURCES[264] },
    TextRule { id: "mailbox_full.disk_quota_exceeded", reason: Reason::MailboxFull, phrases: &[" disk quota exceeded "], specific: true, with_code: None, source: &SOURCES[173] },
    TextRule { id: "mailbox_full.exceeded_storage_allocation", reason: Reason::MailboxFull, phrases: &[" exceeded storage allocation "], specific: false, with_code: None, source: &SOURCES[101] },
    TextRule { id: "mailbox_full.mailbox_full", reason: Reason::MailboxFull, phrases: &[" mailbox full "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "mailbox_full.mailbox_is_full", reason: Reason::MailboxFull, phrases: &[" mailbox is full "], specific: true, with_code: None, source: &SOURCES[14] },
    TextRule { id: "mailbox_full.mapi_quota_exceeded", reason: Reason::MailboxFull, phrases: &[" mapiexceptionquotaexceeded "], specific: true, with_code: None, source: &SOURCES[49] },
    TextRule { id: "mailbox_full.mapi_shutoff_quota_exceeded", reason: Reason::MailboxFull, phrases: &[" mapiexceptionshutoffquotaexceeded "], specific: true, with_code: None, source: &SOURCES[49] },
    TextRule { id: "mailbox_full.not_enough_disk_quota", reason: Reason::MailboxFull, phrases: &[" not enough disk quota "], specific: true, with_code: None, source: &SOURCES[11] },
    TextRule { id: "mailbox_full.out_of_storage_space", reason: Reason::MailboxFull, phrases: &[" out of storage space "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "mailbox_full.over_quota", reason: Reason::MailboxFull, phrases: &[" over quota "], specific: true, with_code: None, source: &SOURCES[3] },
    TextRule { id: "mailbox_full.overquota", reason: Reason::MailboxFull, phrases: &[" overquota "], specific: true, with_code: None, source: &SOURCES[238] },
    TextRule { id: "mailbox_full.quota_exceeded", reason: Reason::MailboxFull, phrases: &[" quota exceeded "], specific: true, with_code: None, source: &SOURCES[12] },
    TextRule { id: "message_too_big.exceeds_maximum_fixed_size", reason: Reason::MessageTooBig, phrases: &[" exceeds maximum fixed size "], specific: true, with_code: None, source: &SOURCES[129] },
    TextRule { id: "message_too_big.exceeds_size_limit", reason: Reason::MessageTooBig, phrases: &[" exceeds size limit "], specific: true, with_code: None, source: &SOURCES[73] },
    TextRule { id: "message_too_big.max_message_size_exceeded", reason: Reason::MessageTooBig, phrases: &[" max message size exceeded "], specific: true, with_code: None, source: &SOURCES[176] },
    TextRule { id: "message_too_big.message_file_too_big", reason: Reason::MessageTooBig, phrases: &[" message file too big "], specific: true, with_code: None, source: &SOURCES[61] },
    TextRule { id: "message_too_big.message_length_exceeds", reason: Reason::MessageTooBig, phrases: &[" message length exceeds "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "message_too_big.message_size_exceeds", reason: Reason::MessageTooBig, phrases: &[" message size exceeds "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "message_too_big.message_size_limit", reason: Reason::MessageTooBig, phrases: &[" message size limit"], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "message_too_big.message_too_big", reason: Reason::MessageTooBig, phrases: &[" message too big "], specific: true, with_code: None, source: &SOURCES[148] },
    TextRule { id: "message_too_big.message_too_large", reason: Reason::MessageTooBig, phrases: &[" message too large "], specific: true, with_code: None, source: &SOURCES[68] },
    TextRule { id: "message_too_big.recipsizelimit", reason: Reason::MessageTooBig, phrases: &[" recipsizelimit "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "message_too_big.sendsizelimit", reason: Reason::MessageTooBig, phrases: &[" sendsizelimit "], specific: true, with_code: None, source: &SOURCES[50] },
    TextRule { id: "message_too_big.size_limit", reason: Reason::MessageTooBig, phrases: &[" size limit "], specific: false, with_code: None, source: &SOURCES[73] },
    TextRule { id: "message_too_big.size_value_too_big", reason: Reason::MessageTooBig, phrases: &[" size value too big "], specific: true, with_code: None, source: &SOURCES[23] },
    TextRule { id: "message_too_big.stream_bytes_long", reason: Reason::MessageTooBig, phrases: &[" is more than ", " bytes long "], specific: true, with_code: None, source: &SOURCES[172] },
    TextRule { id: "message_too_big.too_much_mail_data", reason: Reason::MessageTooBig, phrases: &[" too much mail data "], specific: true, with_code: None, source: &SOURCES[101] },
    TextRule { id: "network_error.bad_connection", reason: Reason::NetworkError, phrases: &[" bad connection "], specific: false, with_code: None, source: &SOURCES[36] },
    TextRule { id: "network_error.cannot_connect", reason: Reason::NetworkError, phrases: &[" cannot connect "], specific: false, with_code: None, source: &SOURCES[43] },
    TextRule { id: "network_error.connection_died", reason: Reason::NetworkError, phrases: &[" connection died "], specific: true, with_code: None, source: &SOURCES[223] },
    TextRule { id: "network_error.connection_dropped", reason: Reason::NetworkError, phrases: &[" connection dropped "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "network_error.connection_refused", reason: Reason::NetworkError, phrases: &[" connection refused "], specific: true, with_code: None, source: &SOURCES[173] },
    TextRule { id: "network_error.connection_reset", reason: Reason::NetworkError, phrases: &[" connection reset "], specific: true, with_code: None, source: &SOURCES[139] },
    TextRule { id: "network_error.connection_timed_out", reason: Reason::NetworkError, phrases: &[" connection timed out "], specific: true, with_code: None, source: &SOURCES[173] },
    TextRule { id: "network_error.connection_timeout", reason: Reason::NetworkError, phrases: &[" connection timeout "], specific: true, with_code: None, source: &SOURCES[58] },
    TextRule { id: "network_error.conversation_timed_out", reason: Reason::NetworkError, phrases: &[" conversation with ", " timed out "], specific: true, with_code: None, source: &SOURCES[74] },
    TextRule { id: "network_error.delivery_temporarily_suspended", reason: Reason::NetworkError, phrases: &[" delivery temporarily suspended "], specific: false, with_code: None, source: &SOURCES[72] },
    TextRule { id: "network_error.establish_an_smtp_connection", reason: Reason::NetworkError, phrases: &[" establish an smtp connection "], specific: true, with_code: None, source: &SOURCES[223] },
    TextRule { id: "network_error.host_is_down", reason: Reason::NetworkError, phrases: &[" host is down "], specific: true, with_code: None, source: &SOURCES[173] },
    TextRule { id: "network_error.lost_connection", reason: Reason::NetworkError, phrases: &[" lost connection "], specific: true, with_code: None, source: &SOURCES[74] },
    TextRule { id: "network_error.lost_incoming_connection", reason: Reason::NetworkError, phrases: &[" lost incoming connection "], specific: true, with_code: None, source: &SOURCES[18] },
    TextRule { id: "network_error.lost_input_connection", reason: Reason::NetworkError, phrases: &[" lost input connection "], specific: true, with_code: None, source: &SOURCES[26] },
    TextRule { id: "network_error.network_is_unreachable", reason: Reason::NetworkError, phrases: &[" network is unreachable "], specific: true, with_code: None, source: &SOURCES[173] },
    TextRule { id: "network_error.no_answer_from_host", reason: Reason::NetworkError, phrases: &[" no answer from host "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "network_error.no_route_to_host", reason: Reason::NetworkError, phrases: &[" no route to host "], specific: true, with_code: None, source: &SOURCES[173] },
    TextRule { id: "network_error.socket_error", reason: Reason::NetworkError, phrases: &[" socket error "], specific: false, with_code: None, source: &SOURCES[43] },
    TextRule { id: "network_error.timed_out", reason: Reason::NetworkError, phrases: &[" timed out "], specific: false, with_code: None, source: &SOURCES[74] },
    TextRule { id: "network_error.timeout", reason: Reason::NetworkError, phrases: &[" timeout "], specific: false, with_code: None, source: &SOURCES[22] },
    TextRule { id: "network_error.unable_to_contact", reason: Reason::NetworkError, phrases: &[" unable to contact destination "], specific: true, with_code: None, source: &SOURCES[285] },
    TextRule { id: "policy_block.access_denied", reason: Reason::PolicyBlock, phrases: &[" access denied "], specific: false, with_code: None, source: &SOURCES[134] },
    TextRule { id: "policy_block.administrative_prohibition", reason: Reason::PolicyBlock, phrases: &[" administrative prohibition "], specific: false, with_code: None, source: &SOURCES[18] },
    TextRule { id: "policy_block.anti_spoofing_policy", reason: Reason::PolicyBlock, phrases: &[" anti spoofing policy "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "policy_block.authrequired", reason: Reason::PolicyBlock, phrases: &[" authrequired "], specific: true, with_code: None, source: &SOURCES[39] },
    TextRule { id: "policy_block.authrequired_authentication_required", reason: Reason::PolicyBlock, phrases: &[" authrequired ", " authentication required "], specific: true, with_code: None, source: &SOURCES[39] },
    TextRule { id: "policy_block.bad_helo", reason: Reason::PolicyBlock, phrases: &[" bad helo "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "policy_block.blocked", reason: Reason::PolicyBlock, phrases: &[" blocked "], specific: false, with_code: None, source: &SOURCES[124] },
    TextRule { id: "policy_block.bogus_helo", reason: Reason::PolicyBlock, phrases: &[" bogus helo "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "policy_block.client_host_rejected", reason: Reason::PolicyBlock, phrases: &[" client host rejected "], specific: false, with_code: None, source: &SOURCES[76] },
    TextRule { id: "policy_block.command_rejected", reason: Reason::PolicyBlock, phrases: &[" command rejected "], specific: false, with_code: None, source: &SOURCES[137] },
    TextRule { id: "policy_block.delivery_not_authorized", reason: Reason::PolicyBlock, phrases: &[" delivery not authorized "], specific: false, with_code: None, source: &SOURCES[36] },
    TextRule { id: "policy_block.denied", reason: Reason::PolicyBlock, phrases: &[" denied "], specific: false, with_code: None, source: &SOURCES[76] },
    TextRule { id: "policy_block.denied_by_policy", reason: Reason::PolicyBlock, phrases: &[" denied by policy "], specific: true, with_code: None, source: &SOURCES[274] },
    TextRule { id: "policy_block.ehlo_argument_does_not_match", reason: Reason::PolicyBlock, phrases: &[" ehlo argument does not match calling host "], specific: true, with_code: None, source: &SOURCES[24] },
    TextRule { id: "policy_block.email_policy", reason: Reason::PolicyBlock, phrases: &[" email policy "], specific: false, with_code: None, source: &SOURCES[29] },
    TextRule { id: "policy_block.envelope_blocked", reason: Reason::PolicyBlock, phrases: &[" envelope blocked "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "policy_block.helo_command_rejected", reason: Reason::PolicyBlock, phrases: &[" helo command rejected "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "policy_block.local_policy_violation", reason: Reason::PolicyBlock, phrases: &[" local policy violation "], specific: true, with_code: None, source: &SOURCES[276] },
    TextRule { id: "policy_block.mailing_list_expansion_prohibited", reason: Reason::PolicyBlock, phrases: &[" mailing list expansion prohibited "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "policy_block.mailpolicy_violation", reason: Reason::PolicyBlock, phrases: &[" mailpolicy violation "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "policy_block.no_email_over_ipv6", reason: Reason::PolicyBlock, phrases: &[" does not accept email over ipv6 "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "policy_block.not_a_group_member", reason: Reason::PolicyBlock, phrases: &[" sender isn t a group member "], specific: true, with_code: None, source: &SOURCES[38] },
    TextRule { id: "policy_block.not_allowed", reason: Reason::PolicyBlock, phrases: &[" not allowed "], specific: false, with_code: None, source: &SOURCES[31] },
    TextRule { id: "policy_block.not_authenticated_for_group", reason: Reason::PolicyBlock, phrases: &[" not authenticated for group "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "policy_block.not_authorized_to_send_directly", reason: Reason::PolicyBlock, phrases: &[" not authorized to send email directly "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "policy_block.not_in_whitelist", reason: Reason::PolicyBlock, phrases: &[" not in whitelist "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "policy_block.not_welcome_here", reason: Reason::PolicyBlock, phrases: &[" not welcome here "], specific: true, with_code: None, source: &SOURCES[31] },
    TextRule { id: "policy_block.policy", reason: Reason::PolicyBlock, phrases: &[" policy "], specific: false, with_code: None, source: &SOURCES[189] },
    TextRule { id: "policy_block.policy_reasons", reason: Reason::PolicyBlock, phrases: &[" policy reasons "], specific: false, with_code: None, source: &SOURCES[153] },
    TextRule { id: "policy_block.policy_rejection", reason: Reason::PolicyBlock, phrases: &[" policy rejection "], specific: true, with_code: None, source: &SOURCES[119] },
    TextRule { id: "policy_block.policy_that_prohibited", reason: Reason::PolicyBlock, phrases: &[" has a policy that prohibited "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "policy_block.postscreen_service_currently_unavailable", reason: Reason::PolicyBlock, phrases: &[" service currently unavailable "], specific: true, with_code: None, source: &SOURCES[69] },
    TextRule { id: "policy_block.prohibited", reason: Reason::PolicyBlock, phrases: &[" prohibit"], specific: false, with_code: None, source: &SOURCES[22] },
    TextRule { id: "policy_block.recipient_preferences", reason: Reason::PolicyBlock, phrases: &[" refused due to recipient preferences "], specific: true, with_code: None, source: &SOURCES[288] },
    TextRule { id: "policy_block.reject_due_to_policy_restrictions", reason: Reason::PolicyBlock, phrases: &[" reject due to policy restrictions "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "policy_block.rejected_by_recipient", reason: Reason::PolicyBlock, phrases: &[" rejected by recipient "], specific: false, with_code: None, source: &SOURCES[43] },
    TextRule { id: "policy_block.rejected_by_recipients", reason: Reason::PolicyBlock, phrases: &[" rejected by recipients "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "policy_block.restricted", reason: Reason::PolicyBlock, phrases: &[" restricted "], specific: false, with_code: None, source: &SOURCES[121] },
    TextRule { id: "policy_block.restricted_by_policy", reason: Reason::PolicyBlock, phrases: &[" restricted by policy "], specific: true, with_code: None, source: &SOURCES[121] },
    TextRule { id: "policy_block.security_policies", reason: Reason::PolicyBlock, phrases: &[" violating our security policies "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "policy_block.sender_address_blocked", reason: Reason::PolicyBlock, phrases: &[" sender address blocked "], specific: true, with_code: None, source: &SOURCES[53] },
    TextRule { id: "policy_block.sender_not_in_allowed_senders", reason: Reason::PolicyBlock, phrases: &[" allowed senders list "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "policy_block.sender_was_not_authenticated", reason: Reason::PolicyBlock, phrases: &[" sender was not authenticated "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "policy_block.tenant_allow_block_list", reason: Reason::PolicyBlock, phrases: &[" tenant allow block list "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "rate_limited.concurrent_connections", reason: Reason::RateLimited, phrases: &[" concurrent connections "], specific: true, with_code: None, source: &SOURCES[117] },
    TextRule { id: "rate_limited.daily_limit", reason: Reason::RateLimited, phrases: &[" daily limit "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "rate_limited.daily_message_quota", reason: Reason::RateLimited, phrases: &[" daily message quota exceeded "], specific: true, with_code: None, source: &SOURCES[1] },
    TextRule { id: "rate_limited.daily_relay_quota", reason: Reason::RateLimited, phrases: &[" daily relay quota "], specific: true, with_code: None, source: &SOURCES[269] },
    TextRule { id: "rate_limited.exceeded_messaging_limits", reason: Reason::RateLimited, phrases: &[" exceeded your messaging limits "], specific: true, with_code: None, source: &SOURCES[239] },
    TextRule { id: "rate_limited.exceeded_permitted_limits", reason: Reason::RateLimited, phrases: &[" exceeded permitted limits "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "rate_limited.excessive_volume", reason: Reason::RateLimited, phrases: &[" deferred due to excessive volume "], specific: true, with_code: None, source: &SOURCES[117] },
    TextRule { id: "rate_limited.frequency_limited", reason: Reason::RateLimited, phrases: &[" frequency limited "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "rate_limited.mail_flood", reason: Reason::RateLimited, phrases: &[" mail flood "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "rate_limited.maximum_credits_exceeded", reason: Reason::RateLimited, phrases: &[" maximum credits exceeded "], specific: true, with_code: None, source: &SOURCES[127] },
    TextRule { id: "rate_limited.messages_per_session", reason: Reason::RateLimited, phrases: &[" messages per session "], specific: true, with_code: None, source: &SOURCES[145] },
    TextRule { id: "rate_limited.number_of_messages_exceeded", reason: Reason::RateLimited, phrases: &[" number of messages exceeded "], specific: true, with_code: None, source: &SOURCES[4] },
    TextRule { id: "rate_limited.number_of_sessions", reason: Reason::RateLimited, phrases: &[" number of sessions exceeds "], specific: true, with_code: None, source: &SOURCES[35] },
    TextRule { id: "rate_limited.queue_quota_exceeded", reason: Reason::RateLimited, phrases: &[" queue quota exceeded "], specific: true, with_code: None, source: &SOURCES[119] },
    TextRule { id: "rate_limited.rate_limit", reason: Reason::RateLimited, phrases: &[" rate limit"], specific: true, with_code: None, source: &SOURCES[149] },
    TextRule { id: "rate_limited.ratelimit", reason: Reason::RateLimited, phrases: &[" ratelimit"], specific: true, with_code: None, source: &SOURCES[250] },
    TextRule { id: "rate_limited.receive_limit", reason: Reason::RateLimited, phrases: &[" receive limit "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "rate_limited.receiving_mail_at_a_rate", reason: Reason::RateLimited, phrases: &[" receiving mail at a rate "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "rate_limited.receiving_mail_too_quickly", reason: Reason::RateLimited, phrases: &[" receiving mail too quickly "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "rate_limited.recipients_this_hour", reason: Reason::RateLimited, phrases: &[" too many recipients received this hour "], specific: true, with_code: None, source: &SOURCES[127] },
    TextRule { id: "rate_limited.relay_limit_exceeded", reason: Reason::RateLimited, phrases: &[" relay limit exceeded "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "rate_limited.sender_throttled", reason: Reason::RateLimited, phrases: &[" sender throttled "], specific: true, with_code: None, source: &SOURCES[52] },
    TextRule { id: "rate_limited.sending_ip_suspended", reason: Reason::RateLimited, phrases: &[" sending ip temporarily suspended "], specific: true, with_code: None, source: &SOURCES[143] },
    TextRule { id: "rate_limited.sending_quota_exceeded", reason: Reason::RateLimited, phrases: &[" sending quota exceeded "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "rate_limited.server_busy_try_later_from", reason: Reason::RateLimited, phrases: &[" server busy ", " try again later from "], specific: true, with_code: None, source: &SOURCES[120] },
    TextRule { id: "rate_limited.submission_quota", reason: Reason::RateLimited, phrases: &[" submission quota "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "rate_limited.submissionquotaexceeded", reason: Reason::RateLimited, phrases: &[" submissionquotaexceededexception "], specific: true, with_code: None, source: &SOURCES[49] },
    TextRule { id: "rate_limited.thread_limit_exceeded", reason: Reason::RateLimited, phrases: &[" thread limit exceeded "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "rate_limited.throttled", reason: Reason::RateLimited, phrases: &[" throttl"], specific: false, with_code: None, source: &SOURCES[43] },
    TextRule { id: "rate_limited.too_frequent_connects", reason: Reason::RateLimited, phrases: &[" too frequent connects "], specific: true, with_code: None, source: &SOURCES[127] },
    TextRule { id: "rate_limited.too_many", reason: Reason::RateLimited, phrases: &[" too many "], specific: false, with_code: None, source: &SOURCES[22] },
    TextRule { id: "rate_limited.too_many_auth_commands", reason: Reason::RateLimited, phrases: &[" too many auth commands "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "rate_limited.too_many_bad_recipients", reason: Reason::RateLimited, phrases: &[" too many bad recipients "], specific: true, with_code: None, source: &SOURCES[138] },
    TextRule { id: "rate_limited.too_many_concurrent", reason: Reason::RateLimited, phrases: &[" too many concurrent "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "rate_limited.too_many_connections", reason: Reason::RateLimited, phrases: &[" too many connections "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "rate_limited.too_many_errors", reason: Reason::RateLimited, phrases: &[" too many errors "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "rate_limited.too_many_login_attempts", reason: Reason::RateLimited, phrases: &[" too many login attempts "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "rate_limited.too_many_messages", reason: Reason::RateLimited, phrases: &[" too many messages "], specific: true, with_code: None, source: &SOURCES[60] },
    TextRule { id: "rate_limited.too_many_messages_sent", reason: Reason::RateLimited, phrases: &[" too many messages sent "], specific: true, with_code: None, source: &SOURCES[60] },
    TextRule { id: "rate_limited.too_many_new_tls_sessions", reason: Reason::RateLimited, phrases: &[" too many new tls sessions "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "rate_limited.too_many_open_connections", reason: Reason::RateLimited, phrases: &[" too many open connections "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "rate_limited.too_many_recent_messages", reason: Reason::RateLimited, phrases: &[" too many recent messages "], specific: true, with_code: None, source: &SOURCES[121] },
    TextRule { id: "rate_limited.too_many_recipient_attempts", reason: Reason::RateLimited, phrases: &[" too many recipient attempts "], specific: true, with_code: None, source: &SOURCES[187] },
    TextRule { id: "rate_limited.too_many_recipients_from", reason: Reason::RateLimited, phrases: &[" too many recipients from "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "rate_limited.too_much_mail_from", reason: Reason::RateLimited, phrases: &[" too much mail from "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "rate_limited.transfer_quota", reason: Reason::RateLimited, phrases: &[" transfer quota "], specific: true, with_code: None, source: &SOURCES[151] },
    TextRule { id: "rate_limited.unexpected_volume", reason: Reason::RateLimited, phrases: &[" unexpected volume "], specific: false, with_code: None, source: &SOURCES[153] },
    TextRule { id: "rate_limited.unsolicited_mail_rate_limited", reason: Reason::RateLimited, phrases: &[" unusual rate of unsolicited mail ", " rate limited "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "relay_denied.allowed_rcpthosts", reason: Reason::RelayDenied, phrases: &[" allowed rcpthosts "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "relay_denied.cannot_deliver_mail_for", reason: Reason::RelayDenied, phrases: &[" i cannot deliver mail for "], specific: true, with_code: None, source: &SOURCES[31] },
    TextRule { id: "relay_denied.not_configured_to_relay", reason: Reason::RelayDenied, phrases: &[" not configured to relay "], specific: true, with_code: None, source: &SOURCES[275] },
    TextRule { id: "relay_denied.not_permitted_to_relay", reason: Reason::RelayDenied, phrases: &[" not permitted to relay "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "relay_denied.relay_access_denied", reason: Reason::RelayDenied, phrases: &[" relay access denied "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "relay_denied.relay_denied", reason: Reason::RelayDenied, phrases: &[" relay denied "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "relay_denied.relay_not_allowed", reason: Reason::RelayDenied, phrases: &[" relay not allowed "], specific: true, with_code: None, source: &SOURCES[149] },
    TextRule { id: "relay_denied.relay_not_permitted", reason: Reason::RelayDenied, phrases: &[" relay not permitted "], specific: true, with_code: None, source: &SOURCES[15] },
    TextRule { id: "relay_denied.relaying_denied", reason: Reason::RelayDenied, phrases: &[" relaying denied "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "relay_denied.relaying_denied_auth", reason: Reason::RelayDenied, phrases: &[" relaying denied ", " authentication required "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "relay_denied.relaying_disallowed", reason: Reason::RelayDenied, phrases: &[" relaying disallowed "], specific: true, with_code: None, source: &SOURCES[125] },
    TextRule { id: "relay_denied.unable_to_relay", reason: Reason::RelayDenied, phrases: &[" unable to relay "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "relay_denied.use_me_as_a_relay", reason: Reason::RelayDenied, phrases: &[" trying to use me ", " as a relay "], specific: true, with_code: None, source: &SOURCES[125] },
    TextRule { id: "relay_denied.user_not_local", reason: Reason::RelayDenied, phrases: &[" user not local "], specific: false, with_code: None, source: &SOURCES[101] },
    TextRule { id: "relay_denied.we_dont_relay", reason: Reason::RelayDenied, phrases: &[" we don t relay "], specific: true, with_code: None, source: &SOURCES[239] },
    TextRule { id: "reverse_dns.cannot_find_your_hostname", reason: Reason::ReverseDns, phrases: &[" cannot find your hostname "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "reverse_dns.cannot_find_your_reverse_hostname", reason: Reason::ReverseDns, phrases: &[" cannot find your reverse hostname "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "reverse_dns.client_ip_does_not_resolve", reason: Reason::ReverseDns, phrases: &[" client ip address ", " does not resolve "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "reverse_dns.ip_name_lookup_failed", reason: Reason::ReverseDns, phrases: &[" ip name lookup failed "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "reverse_dns.possibly_forged", reason: Reason::ReverseDns, phrases: &[" possibly forged "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "reverse_dns.ptr_record", reason: Reason::ReverseDns, phrases: &[" ptr record "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "reverse_dns.ptr_records", reason: Reason::ReverseDns, phrases: &[" ptr records "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "reverse_dns.rdns", reason: Reason::ReverseDns, phrases: &[" rdns "], specific: true, with_code: None, source: &SOURCES[136] },
    TextRule { id: "reverse_dns.reverse_dns", reason: Reason::ReverseDns, phrases: &[" reverse dns "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "sender_auth_fail.arc_validation", reason: Reason::SenderAuthFail, phrases: &[" arc validation "], specific: true, with_code: None, source: &SOURCES[145] },
    TextRule { id: "sender_auth_fail.dkim", reason: Reason::SenderAuthFail, phrases: &[" dkim "], specific: true, with_code: None, source: &SOURCES[102] },
    TextRule { id: "sender_auth_fail.domainkeys", reason: Reason::SenderAuthFail, phrases: &[" domainkeys "], specific: true, with_code: None, source: &SOURCES[102] },
    TextRule { id: "sender_auth_fail.fails_to_pass_spf", reason: Reason::SenderAuthFail, phrases: &[" fails to pass spf "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "sender_auth_fail.gmail_authentication_checks", reason: Reason::SenderAuthFail, phrases: &[" fails to pass authentication checks "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "sender_auth_fail.gmail_no_authentication_information", reason: Reason::SenderAuthFail, phrases: &[" does not have authentication information "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "sender_auth_fail.mismatches_client_ip", reason: Reason::SenderAuthFail, phrases: &[" mismatches client ip "], specific: true, with_code: None, source: &SOURCES[273] },
    TextRule { id: "sender_auth_fail.sender_is_unauthenticated", reason: Reason::SenderAuthFail, phrases: &[" sender is unauthenticated "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "sender_auth_fail.sender_policy_framework", reason: Reason::SenderAuthFail, phrases: &[" sender policy framework "], specific: true, with_code: None, source: &SOURCES[5] },
    TextRule { id: "sender_auth_fail.spf", reason: Reason::SenderAuthFail, phrases: &[" spf "], specific: true, with_code: None, source: &SOURCES[107] },
    TextRule { id: "sender_auth_fail.spf_authentication_failed", reason: Reason::SenderAuthFail, phrases: &[" spf authentication failed "], specific: true, with_code: None, source: &SOURCES[191] },
    TextRule { id: "sender_auth_fail.unauthenticated_email", reason: Reason::SenderAuthFail, phrases: &[" unauthenticated email "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "sender_rejected.address_not_verified", reason: Reason::SenderRejected, phrases: &[" email address is not verified "], specific: true, with_code: None, source: &SOURCES[1] },
    TextRule { id: "sender_rejected.bad_sender_address_syntax", reason: Reason::SenderRejected, phrases: &[" bad sender address syntax "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "sender_rejected.bad_senders_mailbox_syntax", reason: Reason::SenderRejected, phrases: &[" bad sender s mailbox address syntax "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "sender_rejected.bad_senders_system_address", reason: Reason::SenderRejected, phrases: &[" bad sender s system address "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "sender_rejected.badmailfrom", reason: Reason::SenderRejected, phrases: &[" badmailfrom "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "sender_rejected.blocked_senders", reason: Reason::SenderRejected, phrases: &[" manually blocked senders "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "sender_rejected.chkuser_no_mx_sender_domain", reason: Reason::SenderRejected, phrases: &[" valid mx for sender domain "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "sender_rejected.chkuser_sender_syntax", reason: Reason::SenderRejected, phrases: &[" sender syntax not allowed "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "sender_rejected.could_not_complete_sender_verify", reason: Reason::SenderRejected, phrases: &[" could not complete sender verify "], specific: false, with_code: None, source: &SOURCES[13] },
    TextRule { id: "sender_rejected.domain_name_required_for_sender", reason: Reason::SenderRejected, phrases: &[" domain name required for sender address "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "sender_rejected.domain_of_sender_address", reason: Reason::SenderRejected, phrases: &[" domain of sender address "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "sender_rejected.invalid_dns_mx", reason: Reason::SenderRejected, phrases: &[" invalid dns mx ", " resource record "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "sender_rejected.not_allowed_to_send_from_address", reason: Reason::SenderRejected, phrases: &[" not allowed to send from this address "], specific: true, with_code: None, source: &SOURCES[148] },
    TextRule { id: "sender_rejected.not_authorized_to_send_from", reason: Reason::SenderRejected, phrases: &[" not authorized to send from that email address "], specific: true, with_code: None, source: &SOURCES[127] },
    TextRule { id: "sender_rejected.postfix_not_owned_by_user", reason: Reason::SenderRejected, phrases: &[" not owned by user "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "sender_rejected.postfix_sender_domain_not_found", reason: Reason::SenderRejected, phrases: &[" sender address rejected ", " domain not found "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "sender_rejected.postfix_sender_fqdn", reason: Reason::SenderRejected, phrases: &[" sender address rejected ", " fully qualified "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "sender_rejected.postfix_sender_user_unknown", reason: Reason::SenderRejected, phrases: &[" sender address rejected ", " user unknown "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "sender_rejected.sender_address_not_allowed", reason: Reason::SenderRejected, phrases: &[" sender address not allowed "], specific: true, with_code: None, source: &SOURCES[148] },
    TextRule { id: "sender_rejected.sender_address_rejected", reason: Reason::SenderRejected, phrases: &[" sender address rejected "], specific: false, with_code: None, source: &SOURCES[76] },
    TextRule { id: "sender_rejected.sender_address_syntax", reason: Reason::SenderRejected, phrases: &[" sender address syntax "], specific: true, with_code: None, source: &SOURCES[60] },
    TextRule { id: "sender_rejected.sender_denied", reason: Reason::SenderRejected, phrases: &[" sender denied "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "sender_rejected.sender_null_mx", reason: Reason::SenderRejected, phrases: &[" sender address has null mx "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "sender_rejected.sender_rejected", reason: Reason::SenderRejected, phrases: &[" sender rejected "], specific: false, with_code: None, source: &SOURCES[5] },
    TextRule { id: "sender_rejected.sender_verify_failed", reason: Reason::SenderRejected, phrases: &[" sender verify failed "], specific: true, with_code: None, source: &SOURCES[13] },
    TextRule { id: "sender_rejected.unauthorized_use_of_sender", reason: Reason::SenderRejected, phrases: &[" unauthorized use of sender address "], specific: true, with_code: None, source: &SOURCES[188] },
    TextRule { id: "sender_rejected.unconfigured_sending_domain", reason: Reason::SenderRejected, phrases: &[" unconfigured sending domain "], specific: true, with_code: None, source: &SOURCES[142] },
    TextRule { id: "sender_rejected.unknown_sender_address", reason: Reason::SenderRejected, phrases: &[" unknown sender address "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "sender_rejected.unregistered_domains", reason: Reason::SenderRejected, phrases: &[" unregistered domains "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "sender_rejected.unroutable_sender", reason: Reason::SenderRejected, phrases: &[" unroutable sender address "], specific: true, with_code: None, source: &SOURCES[267] },
    TextRule { id: "service_unavailable.busy_please_try_later", reason: Reason::ServiceUnavailable, phrases: &[" busy please try later "], specific: true, with_code: None, source: &SOURCES[281] },
    TextRule { id: "service_unavailable.mail_system_congestion", reason: Reason::ServiceUnavailable, phrases: &[" mail system congestion "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "service_unavailable.ports_are_busy", reason: Reason::ServiceUnavailable, phrases: &[" ports are busy "], specific: true, with_code: None, source: &SOURCES[69] },
    TextRule { id: "service_unavailable.resources_temporarily_unavailable", reason: Reason::ServiceUnavailable, phrases: &[" resources temporarily unavailable "], specific: false, with_code: None, source: &SOURCES[152] },
    TextRule { id: "service_unavailable.server_busy", reason: Reason::ServiceUnavailable, phrases: &[" server busy "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "service_unavailable.server_shutting_down", reason: Reason::ServiceUnavailable, phrases: &[" server shutting down "], specific: true, with_code: None, source: &SOURCES[151] },
    TextRule { id: "service_unavailable.service_currently_unavailable", reason: Reason::ServiceUnavailable, phrases: &[" service currently unavailable "], specific: false, with_code: None, source: &SOURCES[69] },
    TextRule { id: "service_unavailable.service_is_currently_unavailable", reason: Reason::ServiceUnavailable, phrases: &[" service is currently unavailable "], specific: true, with_code: None, source: &SOURCES[120] },
    TextRule { id: "service_unavailable.service_not_active", reason: Reason::ServiceUnavailable, phrases: &[" service not active "], specific: false, with_code: None, source: &SOURCES[44] },
    TextRule { id: "service_unavailable.service_not_available", reason: Reason::ServiceUnavailable, phrases: &[" service not available "], specific: false, with_code: None, source: &SOURCES[101] },
    TextRule { id: "service_unavailable.service_unavailable", reason: Reason::ServiceUnavailable, phrases: &[" service unavailable "], specific: false, with_code: None, source: &SOURCES[61] },
    TextRule { id: "service_unavailable.system_not_accepting_network_messages", reason: Reason::ServiceUnavailable, phrases: &[" system not accepting network messages "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "service_unavailable.temporarily_unavailable", reason: Reason::ServiceUnavailable, phrases: &[" temporarily unavailable "], specific: false, with_code: None, source: &SOURCES[5] },
    TextRule { id: "service_unavailable.too_busy", reason: Reason::ServiceUnavailable, phrases: &[" too busy "], specific: true, with_code: None, source: &SOURCES[34] },
    TextRule { id: "service_unavailable.too_much_load", reason: Reason::ServiceUnavailable, phrases: &[" too much load "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "spam.content_filter_quarantined", reason: Reason::Spam, phrases: &[" content filter agent quarantined "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "spam.likely_unsolicited_mail", reason: Reason::Spam, phrases: &[" likely unsolicited mail "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "spam.mail_content_denied", reason: Reason::Spam, phrases: &[" mail content denied "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "spam.nature_of_the_content", reason: Reason::Spam, phrases: &[" nature of the content "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "spam.phishing", reason: Reason::Spam, phrases: &[" phishing "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "spam.spam", reason: Reason::Spam, phrases: &[" spam "], specific: false, with_code: None, source: &SOURCES[6] },
    TextRule { id: "spam.spam_message_rejected", reason: Reason::Spam, phrases: &[" spam message rejected "], specific: true, with_code: None, source: &SOURCES[248] },
    TextRule { id: "spam.spam_refused", reason: Reason::Spam, phrases: &[" spam refused "], specific: true, with_code: None, source: &SOURCES[6] },
    TextRule { id: "spam.spam_score", reason: Reason::Spam, phrases: &[" spam score "], specific: true, with_code: None, source: &SOURCES[145] },
    TextRule { id: "spam.spam_signature", reason: Reason::Spam, phrases: &[" spam signature "], specific: true, with_code: None, source: &SOURCES[32] },
    TextRule { id: "spam.ube", reason: Reason::Spam, phrases: &[" ube "], specific: true, with_code: None, source: &SOURCES[265] },
    TextRule { id: "spam.unsolicited", reason: Reason::Spam, phrases: &[" unsolicited "], specific: false, with_code: None, source: &SOURCES[29] },
    TextRule { id: "syntax.address_too_long", reason: Reason::Syntax, phrases: &[" address ", " too long "], specific: true, with_code: None, source: &SOURCES[133] },
    TextRule { id: "syntax.argument_is_invalid", reason: Reason::Syntax, phrases: &[" argument is invalid "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "syntax.bad_destination_mailbox_syntax", reason: Reason::Syntax, phrases: &[" bad destination mailbox address syntax "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "syntax.bad_recipient_address_syntax", reason: Reason::Syntax, phrases: &[" bad recipient address syntax "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "syntax.cannot_decode_response", reason: Reason::Syntax, phrases: &[" cannot decode response "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "syntax.chkuser_rcpt_syntax", reason: Reason::Syntax, phrases: &[" rcpt syntax not allowed "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "syntax.command_line_too_long", reason: Reason::Syntax, phrases: &[" command line too long "], specific: true, with_code: None, source: &SOURCES[60] },
    TextRule { id: "syntax.command_not_implemented", reason: Reason::Syntax, phrases: &[" command not implemented "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "syntax.command_not_recognized", reason: Reason::Syntax, phrases: &[" command not recognized "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "syntax.command_too_long", reason: Reason::Syntax, phrases: &[" command too long "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "syntax.command_unrecognized", reason: Reason::Syntax, phrases: &[" command unrecognized "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "syntax.illegal_character", reason: Reason::Syntax, phrases: &[" illegal character "], specific: false, with_code: None, source: &SOURCES[133] },
    TextRule { id: "syntax.internationalised_mailbox", reason: Reason::Syntax, phrases: &[" internationalised mailbox "], specific: true, with_code: None, source: &SOURCES[27] },
    TextRule { id: "syntax.internationalized_mailbox", reason: Reason::Syntax, phrases: &[" internationalized mailbox "], specific: true, with_code: None, source: &SOURCES[27] },
    TextRule { id: "syntax.invalid_command", reason: Reason::Syntax, phrases: &[" invalid command "], specific: false, with_code: None, source: &SOURCES[36] },
    TextRule { id: "syntax.invalid_command_arguments", reason: Reason::Syntax, phrases: &[" invalid command arguments "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "syntax.invalid_domain_name", reason: Reason::Syntax, phrases: &[" invalid domain name "], specific: false, with_code: None, source: &SOURCES[137] },
    TextRule { id: "syntax.line_too_long", reason: Reason::Syntax, phrases: &[" line too long "], specific: false, with_code: None, source: &SOURCES[60] },
    TextRule { id: "syntax.mailbox_name_not_allowed", reason: Reason::Syntax, phrases: &[" mailbox name not allowed "], specific: false, with_code: None, source: &SOURCES[101] },
    TextRule { id: "syntax.must_specify_a_domain", reason: Reason::Syntax, phrases: &[" you must specify a domain "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "syntax.need_fully_qualified_address", reason: Reason::Syntax, phrases: &[" need fully qualified address "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "syntax.not_a_valid_rfc_address", reason: Reason::Syntax, phrases: &[" not a valid rfc ", " address "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "syntax.nul_characters_not_allowed", reason: Reason::Syntax, phrases: &[" nul characters are not allowed "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "syntax.parameter_unrecognized", reason: Reason::Syntax, phrases: &[" parameter unrecognized "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "syntax.parameters_not_recognized", reason: Reason::Syntax, phrases: &[" parameters not recognized "], specific: true, with_code: None, source: &SOURCES[101] },
    TextRule { id: "syntax.protocol_error", reason: Reason::Syntax, phrases: &[" protocol error "], specific: false, with_code: None, source: &SOURCES[70] },
    TextRule { id: "syntax.protocol_violation", reason: Reason::Syntax, phrases: &[" protocol violation "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "syntax.recipient_address_syntax", reason: Reason::Syntax, phrases: &[" recipient address syntax "], specific: true, with_code: None, source: &SOURCES[60] },
    TextRule { id: "syntax.requires_domain_address", reason: Reason::Syntax, phrases: &[" requires domain "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "syntax.restricted_characters", reason: Reason::Syntax, phrases: &[" restricted characters in address "], specific: false, with_code: None, source: &SOURCES[15] },
    TextRule { id: "syntax.smtplf", reason: Reason::Syntax, phrases: &[" smtplf "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "syntax.syntactically_invalid", reason: Reason::Syntax, phrases: &[" syntactically invalid "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "syntax.syntax_error", reason: Reason::Syntax, phrases: &[" syntax error "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "syntax.too_many_parameters", reason: Reason::Syntax, phrases: &[" too many parameters "], specific: true, with_code: None, source: &SOURCES[138] },
    TextRule { id: "syntax.unimplemented", reason: Reason::Syntax, phrases: &[" unimplemented "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "syntax.unrecognized_command", reason: Reason::Syntax, phrases: &[" unrecognized command"], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "syntax.unsupported_option", reason: Reason::Syntax, phrases: &[" unsupported option "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "syntax.unsupported_parameter", reason: Reason::Syntax, phrases: &[" unsupported parameter "], specific: true, with_code: None, source: &SOURCES[150] },
    TextRule { id: "syntax.wrong_protocol_version", reason: Reason::Syntax, phrases: &[" wrong protocol version "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "system_error.alias_database_unavailable", reason: Reason::SystemError, phrases: &[" alias database unavailable "], specific: true, with_code: None, source: &SOURCES[63] },
    TextRule { id: "system_error.cannot_validate_message", reason: Reason::SystemError, phrases: &[" cannot validate the message now "], specific: true, with_code: None, source: &SOURCES[54] },
    TextRule { id: "system_error.chkuser_system_temporary_unavailable", reason: Reason::SystemError, phrases: &[" system temporary unavailable "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "system_error.configuration_error", reason: Reason::SystemError, phrases: &[" configuration error "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "system_error.configuration_problem", reason: Reason::SystemError, phrases: &[" configuration problem "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "system_error.directory_server_failure", reason: Reason::SystemError, phrases: &[" directory server failure "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "system_error.dns_query_failed", reason: Reason::SystemError, phrases: &[" dns query failed "], specific: true, with_code: None, source: &SOURCES[40] },
    TextRule { id: "system_error.dns_temporary_failure", reason: Reason::SystemError, phrases: &[" dns temporary failure "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "system_error.failed_to_be_replicated", reason: Reason::SystemError, phrases: &[" failed to be replicated "], specific: true, with_code: None, source: &SOURCES[120] },
    TextRule { id: "system_error.insufficient_disk_space", reason: Reason::SystemError, phrases: &[" insufficient disk space "], specific: true, with_code: None, source: &SOURCES[283] },
    TextRule { id: "system_error.insufficient_system_resources", reason: Reason::SystemError, phrases: &[" insufficient system resources "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "system_error.insufficient_system_storage", reason: Reason::SystemError, phrases: &[" insufficient system storage "], specific: true, with_code: None, source: &SOURCES[101] },
    TextRule { id: "system_error.internal_error", reason: Reason::SystemError, phrases: &[" internal error "], specific: true, with_code: None, source: &SOURCES[9] },
    TextRule { id: "system_error.internal_failure", reason: Reason::SystemError, phrases: &[" internal failure "], specific: true, with_code: None, source: &SOURCES[8] },
    TextRule { id: "system_error.internal_server_error", reason: Reason::SystemError, phrases: &[" internal server error "], specific: true, with_code: None, source: &SOURCES[31] },
    TextRule { id: "system_error.license_expired", reason: Reason::SystemError, phrases: &[" license expired "], specific: true, with_code: None, source: &SOURCES[118] },
    TextRule { id: "system_error.local_data_error", reason: Reason::SystemError, phrases: &[" local data error "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "system_error.local_error_in_processing", reason: Reason::SystemError, phrases: &[" error in processing "], specific: false, with_code: None, source: &SOURCES[101] },
    TextRule { id: "system_error.mail_system_full", reason: Reason::SystemError, phrases: &[" mail system full "], specific: true, with_code: None, source: &SOURCES[6] },
    TextRule { id: "system_error.mapiexceptionnotfound", reason: Reason::SystemError, phrases: &[" mapiexceptionnotfound "], specific: true, with_code: None, source: &SOURCES[46] },
    TextRule { id: "system_error.no_space_left_on_device", reason: Reason::SystemError, phrases: &[" no space left on device "], specific: true, with_code: None, source: &SOURCES[173] },
    TextRule { id: "system_error.no_system_resources", reason: Reason::SystemError, phrases: &[" no system resources "], specific: true, with_code: None, source: &SOURCES[69] },
    TextRule { id: "system_error.open_resolver", reason: Reason::SystemError, phrases: &[" blocked using ", " open resolver "], specific: true, with_code: None, source: &SOURCES[262] },
    TextRule { id: "system_error.operating_system_error", reason: Reason::SystemError, phrases: &[" operating system error "], specific: true, with_code: None, source: &SOURCES[284] },
    TextRule { id: "system_error.out_of_memory", reason: Reason::SystemError, phrases: &[" out of memory "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "system_error.qq_temporary_problem", reason: Reason::SystemError, phrases: &[" qq temporary problem "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "system_error.qqt_failure", reason: Reason::SystemError, phrases: &[" qqt failure "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "system_error.queue_file_write_error", reason: Reason::SystemError, phrases: &[" queue file write error "], specific: true, with_code: None, source: &SOURCES[61] },
    TextRule { id: "system_error.space_shortage", reason: Reason::SystemError, phrases: &[" space shortage "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "system_error.spool_file", reason: Reason::SystemError, phrases: &[" spool file "], specific: true, with_code: None, source: &SOURCES[18] },
    TextRule { id: "system_error.system_incorrectly_configured", reason: Reason::SystemError, phrases: &[" system incorrectly configured "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "system_error.table_lookup_failure", reason: Reason::SystemError, phrases: &[" table lookup failure "], specific: true, with_code: None, source: &SOURCES[65] },
    TextRule { id: "system_error.temporary_authentication_failure", reason: Reason::SystemError, phrases: &[" temporary authentication failure "], specific: true, with_code: None, source: &SOURCES[77] },
    TextRule { id: "system_error.temporary_error", reason: Reason::SystemError, phrases: &[" temporary error "], specific: false, with_code: None, source: &SOURCES[60] },
    TextRule { id: "system_error.temporary_failure_in_user_lookup", reason: Reason::SystemError, phrases: &[" temporary failure in user lookup "], specific: true, with_code: None, source: &SOURCES[56] },
    TextRule { id: "system_error.temporary_local_problem", reason: Reason::SystemError, phrases: &[" temporary local problem "], specific: false, with_code: None, source: &SOURCES[18] },
    TextRule { id: "system_error.temporary_lookup", reason: Reason::SystemError, phrases: &[" temporary lookup "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "system_error.temporary_server_error", reason: Reason::SystemError, phrases: &[" temporary server error "], specific: true, with_code: None, source: &SOURCES[120] },
    TextRule { id: "system_error.temporary_system_problem", reason: Reason::SystemError, phrases: &[" temporary system problem "], specific: false, with_code: None, source: &SOURCES[29] },
    TextRule { id: "system_error.unable_to_authenticate_at_present", reason: Reason::SystemError, phrases: &[" unable to authenticate at present "], specific: true, with_code: None, source: &SOURCES[22] },
    TextRule { id: "system_error.unable_to_read_controls", reason: Reason::SystemError, phrases: &[" unable to read controls "], specific: true, with_code: None, source: &SOURCES[225] },
    TextRule { id: "system_error.unknown_mailer_error", reason: Reason::SystemError, phrases: &[" unknown mailer error "], specific: true, with_code: None, source: &SOURCES[282] },
    TextRule { id: "system_error.upstream_error", reason: Reason::SystemError, phrases: &[" upstream error "], specific: true, with_code: None, source: &SOURCES[287] },
    TextRule { id: "system_error.user_lookup_error", reason: Reason::SystemError, phrases: &[" user lookup error "], specific: true, with_code: None, source: &SOURCES[64] },
    TextRule { id: "system_error.virus_scanner_timed_out", reason: Reason::SystemError, phrases: &[" virus scanner timed out "], specific: true, with_code: None, source: &SOURCES[30] },
    TextRule { id: "tls_required.cannot_start_tls", reason: Reason::TlsRequired, phrases: &[" cannot start tls "], specific: true, with_code: None, source: &SOURCES[73] },
    TextRule { id: "tls_required.certificate_expired", reason: Reason::TlsRequired, phrases: &[" certificate expired "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "tls_required.dane_check_failed", reason: Reason::TlsRequired, phrases: &[" dane check failed "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "tls_required.dane_validation", reason: Reason::TlsRequired, phrases: &[" dane validation "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "tls_required.does_not_support_starttls", reason: Reason::TlsRequired, phrases: &[" does not support starttls "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "tls_required.encryption_is_required", reason: Reason::TlsRequired, phrases: &[" encryption is required "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "tls_required.encryption_needed", reason: Reason::TlsRequired, phrases: &[" encryption needed "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "tls_required.encryption_required", reason: Reason::TlsRequired, phrases: &[" encryption required "], specific: true, with_code: None, source: &SOURCES[78] },
    TextRule { id: "tls_required.encryption_too_weak", reason: Reason::TlsRequired, phrases: &[" encryption too weak "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "tls_required.issue_a_starttls_command", reason: Reason::TlsRequired, phrases: &[" issue a starttls command "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "tls_required.mta_sts", reason: Reason::TlsRequired, phrases: &[" mta sts "], specific: true, with_code: None, source: &SOURCES[114] },
    TextRule { id: "tls_required.must_support_tls", reason: Reason::TlsRequired, phrases: &[" must support tls "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "tls_required.requiretls", reason: Reason::TlsRequired, phrases: &[" requiretls "], specific: true, with_code: None, source: &SOURCES[116] },
    TextRule { id: "tls_required.security_level_check_failed", reason: Reason::TlsRequired, phrases: &[" security level check failed "], specific: true, with_code: None, source: &SOURCES[159] },
    TextRule { id: "tls_required.server_certificate_not_verified", reason: Reason::TlsRequired, phrases: &[" server certificate not verified "], specific: true, with_code: None, source: &SOURCES[73] },
    TextRule { id: "tls_required.starttls_failed", reason: Reason::TlsRequired, phrases: &[" starttls failed "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "tls_required.starttls_is_required", reason: Reason::TlsRequired, phrases: &[" starttls is required "], specific: true, with_code: None, source: &SOURCES[2] },
    TextRule { id: "tls_required.tls_conversation_required", reason: Reason::TlsRequired, phrases: &[" tls conversation required "], specific: true, with_code: None, source: &SOURCES[190] },
    TextRule { id: "tls_required.tls_handshake_failed", reason: Reason::TlsRequired, phrases: &[" tls handshake failed "], specific: true, with_code: None, source: &SOURCES[134] },
    TextRule { id: "tls_required.tls_is_required", reason: Reason::TlsRequired, phrases: &[" tls is required "], specific: true, with_code: None, source: &SOURCES[73] },
    TextRule { id: "tls_required.tls_not_available", reason: Reason::TlsRequired, phrases: &[" tls not available "], specific: false, with_code: None, source: &SOURCES[75] },
    TextRule { id: "tls_required.tls_required", reason: Reason::TlsRequired, phrases: &[" tls required "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "tls_required.untrustedroot", reason: Reason::TlsRequired, phrases: &[" untrustedroot "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "too_many_recipients.chkuser_max_recipients", reason: Reason::TooManyRecipients, phrases: &[" maximum number of recipients "], specific: true, with_code: None, source: &SOURCES[237] },
    TextRule { id: "too_many_recipients.gmail_multiple_destination_domains", reason: Reason::TooManyRecipients, phrases: &[" multiple destination domains per transaction "], specific: false, with_code: None, source: &SOURCES[29] },
    TextRule { id: "too_many_recipients.gmail_policy_size_per_transaction", reason: Reason::TooManyRecipients, phrases: &[" policy size per transaction "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "too_many_recipients.rcpt_limit_exceeded", reason: Reason::TooManyRecipients, phrases: &[" rcpt limit exceeded "], specific: true, with_code: None, source: &SOURCES[239] },
    TextRule { id: "too_many_recipients.reciplimit", reason: Reason::TooManyRecipients, phrases: &[" reciplimit "], specific: true, with_code: None, source: &SOURCES[45] },
    TextRule { id: "too_many_recipients.too_many_recipients", reason: Reason::TooManyRecipients, phrases: &[" too many recipients "], specific: true, with_code: None, source: &SOURCES[75] },
    TextRule { id: "user_unknown.addressee_unknown", reason: Reason::UserUnknown, phrases: &[" addressee unknown "], specific: true, with_code: None, source: &SOURCES[137] },
    TextRule { id: "user_unknown.bad_destination_mailbox", reason: Reason::UserUnknown, phrases: &[" bad destination mailbox address "], specific: true, with_code: None, source: &SOURCES[36] },
    TextRule { id: "user_unknown.does_not_exist", reason: Reason::UserUnknown, phrases: &[" does not exist "], specific: false, with_code: None, source: &SOURCES[149] },
    TextRule { id: "user_unknown.exrecipnotfound", reason: Reason::UserUnknown, phrases: &[" exrecipnotfound "], specific: true, with_code: None, source: &SOURCES[44] },
    TextRule { id: "user_unknown.gmail_account_does_not_exist", reason: Reason::UserUnknown, phrases: &[" email account ", " does not exist "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "user_unknown.invalid_inactive_user", reason: Reason::UserUnknown, phrases: &[" invalid inactive user "], specific: true, with_code: None, source: &SOURCES[127] },
    TextRule { id: "user_unknown.invalid_recipient", reason: Reason::UserUnknown, phrases: &[" invalid recipient "], specific: true, with_code: None, source: &SOURCES[55] },
    TextRule { id: "user_unknown.mailbox_does_not_exist", reason: Reason::UserUnknown, phrases: &[" mailbox does not exist "], specific: true, with_code: None, source: &SOURCES[149] },
    TextRule { id: "user_unknown.mailbox_not_found", reason: Reason::UserUnknown, phrases: &[" mailbox not found "], specific: true, with_code: None, source: &SOURCES[146] },
    TextRule { id: "user_unknown.marked_as_invalid", reason: Reason::UserUnknown, phrases: &[" address is marked as invalid "], specific: true, with_code: None, source: &SOURCES[124] },
    TextRule { id: "user_unknown.microsoft_access_denied", reason: Reason::UserUnknown, phrases: &[" access denied "], specific: true, with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 })), source: &SOURCES[43] },
    TextRule { id: "user_unknown.microsoft_mailbox_unavailable", reason: Reason::UserUnknown, phrases: &[" mailbox unavailable "], specific: true, with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })), source: &SOURCES[43] },
    TextRule { id: "user_unknown.no_longer_valid", reason: Reason::UserUnknown, phrases: &[" is no longer valid "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "user_unknown.no_mailbox_by_that_name", reason: Reason::UserUnknown, phrases: &[" no mailbox here by that name "], specific: true, with_code: None, source: &SOURCES[222] },
    TextRule { id: "user_unknown.no_such_user", reason: Reason::UserUnknown, phrases: &[" no such user "], specific: true, with_code: None, source: &SOURCES[128] },
    TextRule { id: "user_unknown.not_in_recipient_list", reason: Reason::UserUnknown, phrases: &[" not in recipient list "], specific: true, with_code: None, source: &SOURCES[126] },
    TextRule { id: "user_unknown.recipient_not_found", reason: Reason::UserUnknown, phrases: &[" recipient not found "], specific: true, with_code: None, source: &SOURCES[43] },
    TextRule { id: "user_unknown.recipientnotfound", reason: Reason::UserUnknown, phrases: &[" recipientnotfound "], specific: true, with_code: None, source: &SOURCES[48] },
    TextRule { id: "user_unknown.recipnotfound", reason: Reason::UserUnknown, phrases: &[" recipnotfound "], specific: true, with_code: None, source: &SOURCES[47] },
    TextRule { id: "user_unknown.unknown_local_part", reason: Reason::UserUnknown, phrases: &[" unknown local part "], specific: true, with_code: None, source: &SOURCES[17] },
    TextRule { id: "user_unknown.unknown_user", reason: Reason::UserUnknown, phrases: &[" unknown user "], specific: true, with_code: None, source: &SOURCES[65] },
    TextRule { id: "user_unknown.unrouteable_address", reason: Reason::UserUnknown, phrases: &[" unrouteable address "], specific: false, with_code: None, source: &SOURCES[20] },
    TextRule { id: "user_unknown.user_doesnt_exist", reason: Reason::UserUnknown, phrases: &[" user doesn t exist "], specific: true, with_code: None, source: &SOURCES[10] },
    TextRule { id: "user_unknown.user_not_exist", reason: Reason::UserUnknown, phrases: &[" user not exist "], specific: true, with_code: None, source: &SOURCES[271] },
    TextRule { id: "user_unknown.user_not_found", reason: Reason::UserUnknown, phrases: &[" user not found "], specific: true, with_code: None, source: &SOURCES[279] },
    TextRule { id: "user_unknown.user_unknown", reason: Reason::UserUnknown, phrases: &[" user unknown "], specific: true, with_code: None, source: &SOURCES[76] },
    TextRule { id: "user_unknown.validrcptto", reason: Reason::UserUnknown, phrases: &[" not in my validrcptto list "], specific: true, with_code: None, source: &SOURCES[239] },
    TextRule { id: "user_unknown.yahoo_no_account", reason: Reason::UserUnknown, phrases: &[" user doesn t have a ", " account "], specific: true, with_code: None, source: &SOURCES[152] },
    TextRule { id: "virus.contains_a_virus", reason: Reason::Virus, phrases: &[" contains a virus "], specific: true, with_code: None, source: &SOURCES[15] },
    TextRule { id: "virus.infected", reason: Reason::Virus, phrases: &[" infected "], specific: true, with_code: None, source: &SOURCES[30] },
    TextRule { id: "virus.malware", reason: Reason::Virus, phrases: &[" malware "], specific: false, with_code: None, source: &SOURCES[15] },
    TextRule { id: "virus.potential_security_issue", reason: Reason::Virus, phrases: &[" potential security issue "], specific: true, with_code: None, source: &SOURCES[29] },
    TextRule { id: "virus.virus", reason: Reason::Virus, phrases: &[" virus "], specific: false, with_code: None, source: &SOURCES[15] },
    TextRule { id: "virus.virus_found", reason: Reason::Virus, phrases: &[" virus found "], specific: true, with_code: None, source: &SOURCES[247] },
    TextRule { id: "virus.worm", reason: Reason::Virus, phrases: &[" worm "], specific: true, with_code: None, source: &SOURCES[124] },
];
/// Rules on codes, sorted by code.
pub(crate) static CODE_RULES: [CodeRule; 82] = [
    CodeRule { id: "code.421", code: Code::Reply(ReplyCode(421)), reason: Reason::ServiceUnavailable, specific: false, source: &SOURCES[101] },
    CodeRule { id: "code.431", code: Code::Reply(ReplyCode(431)), reason: Reason::SystemError, specific: false, source: &SOURCES[5] },
    CodeRule { id: "code.432", code: Code::Reply(ReplyCode(432)), reason: Reason::AuthFailed, specific: false, source: &SOURCES[99] },
    CodeRule { id: "code.435", code: Code::Reply(ReplyCode(435)), reason: Reason::SystemError, specific: false, source: &SOURCES[22] },
    CodeRule { id: "code.500", code: Code::Reply(ReplyCode(500)), reason: Reason::Syntax, specific: true, source: &SOURCES[101] },
    CodeRule { id: "code.501", code: Code::Reply(ReplyCode(501)), reason: Reason::Syntax, specific: false, source: &SOURCES[101] },
    CodeRule { id: "code.502", code: Code::Reply(ReplyCode(502)), reason: Reason::Syntax, specific: true, source: &SOURCES[101] },
    CodeRule { id: "code.503", code: Code::Reply(ReplyCode(503)), reason: Reason::BadSequence, specific: false, source: &SOURCES[101] },
    CodeRule { id: "code.504", code: Code::Reply(ReplyCode(504)), reason: Reason::Syntax, specific: false, source: &SOURCES[101] },
    CodeRule { id: "code.511", code: Code::Reply(ReplyCode(511)), reason: Reason::UserUnknown, specific: false, source: &SOURCES[236] },
    CodeRule { id: "code.517", code: Code::Reply(ReplyCode(517)), reason: Reason::SenderRejected, specific: false, source: &SOURCES[5] },
    CodeRule { id: "code.521", code: Code::Reply(ReplyCode(521)), reason: Reason::DomainNotFound, specific: false, source: &SOURCES[111] },
    CodeRule { id: "code.522", code: Code::Reply(ReplyCode(522)), reason: Reason::MailboxFull, specific: false, source: &SOURCES[236] },
    CodeRule { id: "code.523", code: Code::Reply(ReplyCode(523)), reason: Reason::TlsRequired, specific: true, source: &SOURCES[100] },
    CodeRule { id: "code.524", code: Code::Reply(ReplyCode(524)), reason: Reason::TlsRequired, specific: true, source: &SOURCES[100] },
    CodeRule { id: "code.525", code: Code::Reply(ReplyCode(525)), reason: Reason::AuthFailed, specific: false, source: &SOURCES[100] },
    CodeRule { id: "code.530", code: Code::Reply(ReplyCode(530)), reason: Reason::AuthRequired, specific: true, source: &SOURCES[99] },
    CodeRule { id: "code.534", code: Code::Reply(ReplyCode(534)), reason: Reason::AuthFailed, specific: true, source: &SOURCES[99] },
    CodeRule { id: "code.535", code: Code::Reply(ReplyCode(535)), reason: Reason::AuthFailed, specific: true, source: &SOURCES[99] },
    CodeRule { id: "code.538", code: Code::Reply(ReplyCode(538)), reason: Reason::TlsRequired, specific: true, source: &SOURCES[99] },
    CodeRule { id: "code.546", code: Code::Reply(ReplyCode(546)), reason: Reason::LoopDetected, specific: false, source: &SOURCES[5] },
    CodeRule { id: "code.555", code: Code::Reply(ReplyCode(555)), reason: Reason::Syntax, specific: true, source: &SOURCES[101] },
    CodeRule { id: "code.556", code: Code::Reply(ReplyCode(556)), reason: Reason::DomainNotFound, specific: true, source: &SOURCES[111] },
    CodeRule { id: "code.557", code: Code::Reply(ReplyCode(557)), reason: Reason::MessageTooBig, specific: false, source: &SOURCES[0] },
    CodeRule { id: "code.559", code: Code::Reply(ReplyCode(559)), reason: Reason::UserUnknown, specific: false, source: &SOURCES[0] },
    CodeRule { id: "code.571", code: Code::Reply(ReplyCode(571)), reason: Reason::PolicyBlock, specific: false, source: &SOURCES[5] },
    CodeRule { id: "code.X.1.1", code: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), reason: Reason::UserUnknown, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.1.2", code: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), reason: Reason::DomainNotFound, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.1.3", code: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), reason: Reason::Syntax, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.1.6", code: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), reason: Reason::MailboxDisabled, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.1.7", code: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), reason: Reason::SenderRejected, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.1.8", code: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), reason: Reason::SenderRejected, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.1.10", code: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), reason: Reason::DomainNotFound, specific: true, source: &SOURCES[112] },
    CodeRule { id: "code.X.2.1", code: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), reason: Reason::MailboxDisabled, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.2.2", code: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), reason: Reason::MailboxFull, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.2.3", code: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), reason: Reason::MessageTooBig, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.2.4", code: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), reason: Reason::SystemError, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.3.1", code: Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), reason: Reason::SystemError, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.3.2", code: Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), reason: Reason::ServiceUnavailable, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.3.4", code: Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), reason: Reason::MessageTooBig, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.3.5", code: Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), reason: Reason::SystemError, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.4.1", code: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), reason: Reason::NetworkError, specific: false, source: &SOURCES[92] },
    CodeRule { id: "code.X.4.2", code: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), reason: Reason::NetworkError, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.4.3", code: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), reason: Reason::SystemError, specific: false, source: &SOURCES[92] },
    CodeRule { id: "code.X.4.4", code: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), reason: Reason::DomainNotFound, specific: false, source: &SOURCES[92] },
    CodeRule { id: "code.X.4.5", code: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), reason: Reason::ServiceUnavailable, specific: false, source: &SOURCES[92] },
    CodeRule { id: "code.X.4.6", code: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 }), reason: Reason::LoopDetected, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.4.7", code: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 }), reason: Reason::Expired, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.5.1", code: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), reason: Reason::BadSequence, specific: false, source: &SOURCES[92] },
    CodeRule { id: "code.X.5.2", code: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), reason: Reason::Syntax, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.5.3", code: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), reason: Reason::TooManyRecipients, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.5.4", code: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), reason: Reason::Syntax, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.5.5", code: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 5 }), reason: Reason::Syntax, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.5.6", code: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), reason: Reason::Syntax, specific: true, source: &SOURCES[99] },
    CodeRule { id: "code.X.6.0", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), reason: Reason::ContentRejected, specific: false, source: &SOURCES[92] },
    CodeRule { id: "code.X.6.1", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 }), reason: Reason::ContentRejected, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.6.2", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), reason: Reason::ContentRejected, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.6.3", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), reason: Reason::ContentRejected, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.6.5", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 }), reason: Reason::ContentRejected, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.6.6", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 }), reason: Reason::ContentRejected, specific: false, source: &SOURCES[97] },
    CodeRule { id: "code.X.6.7", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), reason: Reason::ContentRejected, specific: false, source: &SOURCES[104] },
    CodeRule { id: "code.X.6.8", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 }), reason: Reason::ContentRejected, specific: false, source: &SOURCES[104] },
    CodeRule { id: "code.X.6.9", code: Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), reason: Reason::ContentRejected, specific: false, source: &SOURCES[104] },
    CodeRule { id: "code.X.7.1", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), reason: Reason::PolicyBlock, specific: false, source: &SOURCES[92] },
    CodeRule { id: "code.X.7.2", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 }), reason: Reason::PolicyBlock, specific: true, source: &SOURCES[92] },
    CodeRule { id: "code.X.7.8", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), reason: Reason::AuthFailed, specific: true, source: &SOURCES[99] },
    CodeRule { id: "code.X.7.10", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), reason: Reason::TlsRequired, specific: true, source: &SOURCES[100] },
    CodeRule { id: "code.X.7.11", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), reason: Reason::TlsRequired, specific: true, source: &SOURCES[99] },
    CodeRule { id: "code.X.7.12", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 }), reason: Reason::AuthFailed, specific: false, source: &SOURCES[99] },
    CodeRule { id: "code.X.7.16", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 }), reason: Reason::MessageTooBig, specific: true, source: &SOURCES[106] },
    CodeRule { id: "code.X.7.17", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), reason: Reason::MailboxDisabled, specific: false, source: &SOURCES[108] },
    CodeRule { id: "code.X.7.20", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), reason: Reason::SenderAuthFail, specific: true, source: &SOURCES[109] },
    CodeRule { id: "code.X.7.21", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), reason: Reason::SenderAuthFail, specific: true, source: &SOURCES[109] },
    CodeRule { id: "code.X.7.22", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), reason: Reason::SenderAuthFail, specific: true, source: &SOURCES[109] },
    CodeRule { id: "code.X.7.23", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), reason: Reason::SenderAuthFail, specific: true, source: &SOURCES[109] },
    CodeRule { id: "code.X.7.24", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 }), reason: Reason::SenderAuthFail, specific: true, source: &SOURCES[109] },
    CodeRule { id: "code.X.7.25", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 }), reason: Reason::ReverseDns, specific: true, source: &SOURCES[109] },
    CodeRule { id: "code.X.7.26", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), reason: Reason::SenderAuthFail, specific: true, source: &SOURCES[109] },
    CodeRule { id: "code.X.7.27", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 }), reason: Reason::SenderRejected, specific: true, source: &SOURCES[112] },
    CodeRule { id: "code.X.7.28", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 28 }), reason: Reason::RateLimited, specific: false, source: &SOURCES[167] },
    CodeRule { id: "code.X.7.29", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 }), reason: Reason::SenderAuthFail, specific: true, source: &SOURCES[115] },
    CodeRule { id: "code.X.7.30", code: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 }), reason: Reason::TlsRequired, specific: true, source: &SOURCES[116] },
];

/// The providers of `data/providers/`, sorted by id.
pub(crate) static PROVIDERS: [Provider; 34] = [
    Provider { id: "amazon_ses", name: "Amazon Simple Email Service (SES)", kind: ProviderKind::SendingService, markers: &["amazonses.com"], hosts: &["amazonses.com"], sources: &[&SOURCES[258], &SOURCES[259], &SOURCES[260]] },
    Provider { id: "apple", name: "Apple iCloud Mail", kind: ProviderKind::MailboxProvider, markers: &["HT204137", "mail.icloud.com"], hosts: &["icloud.com", "me.com"], sources: &[&SOURCES[230], &SOURCES[231], &SOURCES[292], &SOURCES[293], &SOURCES[294], &SOURCES[295]] },
    Provider { id: "barracuda", name: "Barracuda Email Security Service / Email Security Gateway (Spam Firewall)", kind: ProviderKind::SecurityGateway, markers: &["Barracuda Reputation", "barracudanetworks.com/reputation"], hosts: &["ess.barracudanetworks.com", "barracudanetworks.com"], sources: &[&SOURCES[185], &SOURCES[316]] },
    Provider { id: "cisco", name: "Cisco Secure Email (IronPort Email Security Appliance)", kind: ProviderKind::SecurityGateway, markers: &["sending MTA's poor reputation", "senderbase"], hosts: &["iphmx.com"], sources: &[&SOURCES[160], &SOURCES[161]] },
    Provider { id: "comcast", name: "Comcast (Xfinity)", kind: ProviderKind::MailboxProvider, markers: &["postmaster.comcast.net", "ES000001", "ES000010"], hosts: &["comcast.net"], sources: &[&SOURCES[162], &SOURCES[163], &SOURCES[164], &SOURCES[220], &SOURCES[321]] },
    Provider { id: "courier", name: "Courier mail server", kind: ProviderKind::Mta, markers: &["Courier mail server", "Invalid domain, see <URL", "violate section 3.3.9 of RFC 1035", "non-Unicode mail server", "whitelisted by this recipient"], hosts: &[], sources: &[&SOURCES[165]] },
    Provider { id: "exchange_server", name: "Microsoft Exchange Server (on-premises)", kind: ProviderKind::Mta, markers: &["Cannot achieve Exchange Server authentication", "StoreDriver MDB properties", "single label domains not accepted", "Too many related errors"], hosts: &[], sources: &[] },
    Provider { id: "exim", name: "Exim", kind: ProviderKind::Mta, markers: &["Unrouteable address", "retry timeout exceeded", "retry time not reached", "have been failing for a long time", "host lookup did not complete", "indicated no SMTP service", "Too many syntax or protocol errors"], hosts: &[], sources: &[] },
    Provider { id: "fastmail", name: "Fastmail", kind: ProviderKind::MailboxProvider, markers: &["messagingengine.com"], hosts: &["messagingengine.com"], sources: &[&SOURCES[158], &SOURCES[168], &SOURCES[169], &SOURCES[170]] },
    Provider { id: "free", name: "Free (free.fr)", kind: ProviderKind::MailboxProvider, markers: &["postmaster.free.fr"], hosts: &["free.fr"], sources: &[&SOURCES[171], &SOURCES[304], &SOURCES[305]] },
    Provider { id: "gmx", name: "GMX and WEB.DE (United Internet, 1&1, IONOS)", kind: ProviderKind::MailboxProvider, markers: &["Nemesis ESMTP", "postmaster.gmx.net", "postmaster.gmx.com", "postmaster.web.de"], hosts: &["gmx.net", "gmx.com", "web.de", "kundenserver.de", "ionos.de"], sources: &[&SOURCES[174], &SOURCES[186], &SOURCES[319]] },
    Provider { id: "godaddy", name: "GoDaddy Email (Secureserver)", kind: ProviderKind::Hosting, markers: &["secureserver.net", "IBSMTP"], hosts: &["secureserver.net"], sources: &[&SOURCES[177], &SOURCES[307]] },
    Provider { id: "google", name: "Gmail and Google Workspace", kind: ProviderKind::MailboxProvider, markers: &["gsmtp", "gcdp"], hosts: &["google.com", "googlemail.com", "gmail.com"], sources: &[&SOURCES[178], &SOURCES[296]] },
    Provider { id: "haraka", name: "Haraka", kind: ProviderKind::Mta, markers: &["Haraka", "You talk too soon", "Split transaction, retry soon", "Credential leak detected"], hosts: &[], sources: &[&SOURCES[179], &SOURCES[180], &SOURCES[181], &SOURCES[182], &SOURCES[183], &SOURCES[184]] },
    Provider { id: "mail_ru", name: "Mail.ru (VK)", kind: ProviderKind::MailboxProvider, markers: &["help.mail.ru", "mxs.mail.ru"], hosts: &["mail.ru"], sources: &[&SOURCES[198], &SOURCES[199], &SOURCES[200], &SOURCES[201]] },
    Provider { id: "mailgun", name: "Mailgun (Sinch Mailgun)", kind: ProviderKind::SendingService, markers: &["mailgun.org", "mailgun.net"], hosts: &["mailgun.org", "mailgun.net"], sources: &[&SOURCES[193], &SOURCES[194], &SOURCES[195], &SOURCES[196], &SOURCES[197]] },
    Provider { id: "microsoft", name: "Microsoft 365 (Exchange Online)", kind: ProviderKind::MailboxProvider, markers: &["mail.protection.outlook.com", "outlook.office365.com", "smtp.office365.com", "RESOLVER.ADR", "RESOLVER.RST", "STOREDRV.Deliver", "QUEUE.Expired", "TenantAttribution", "UnifiedGroupAgent", "sender.office.com"], hosts: &["mail.protection.outlook.com", "outlook.office365.com", "smtp.office365.com"], sources: &[&SOURCES[204], &SOURCES[205], &SOURCES[206], &SOURCES[207], &SOURCES[208], &SOURCES[209], &SOURCES[210], &SOURCES[211], &SOURCES[212], &SOURCES[213], &SOURCES[214], &SOURCES[215], &SOURCES[216], &SOURCES[218], &SOURCES[300], &SOURCES[301], &SOURCES[302], &SOURCES[308]] },
    Provider { id: "mimecast", name: "Mimecast Email Security", kind: ProviderKind::SecurityGateway, markers: &["mimecast.com", "mimecast.org", "DOC-1369"], hosts: &["mimecast.com", "mimecast.co.za"], sources: &[&SOURCES[203]] },
    Provider { id: "naver", name: "Naver Mail", kind: ProviderKind::MailboxProvider, markers: &["nsmtp", "help.naver.com"], hosts: &["naver.com"], sources: &[&SOURCES[221]] },
    Provider { id: "opensmtpd", name: "OpenSMTPD", kind: ProviderKind::Mta, markers: &["OpenSMTPD", "Envelope expired", "Temporary failure in MX lookup", "Network error on destination MXs", "No MX found for domain", "Domain does not accept mail"], hosts: &[], sources: &[] },
    Provider { id: "orange", name: "Orange (orange.fr, wanadoo.fr)", kind: ProviderKind::MailboxProvider, markers: &["postmaster.orange.fr", "smtp.orange.fr", "smtp-in.orange.fr", "mwinf*", "OFR", "OFR00*"], hosts: &["orange.fr", "wanadoo.fr"], sources: &[&SOURCES[227], &SOURCES[291]] },
    Provider { id: "outlook_com", name: "Outlook.com (Hotmail, Live, MSN)", kind: ProviderKind::MailboxProvider, markers: &["olc.protection.outlook.com", "postmaster.live.com", "mail.live.com", "S3140", "S3150"], hosts: &["olc.protection.outlook.com", "hotmail.com"], sources: &[&SOURCES[157], &SOURCES[217], &SOURCES[219], &SOURCES[261], &SOURCES[298], &SOURCES[299], &SOURCES[303], &SOURCES[309], &SOURCES[310], &SOURCES[318]] },
    Provider { id: "ovh", name: "OVHcloud Web Cloud email (MX Plan, Email Pro, Exchange)", kind: ProviderKind::Hosting, markers: &["mail.ovh.net"], hosts: &["mail.ovh.net"], sources: &[&SOURCES[228], &SOURCES[229]] },
    Provider { id: "postfix", name: "Postfix", kind: ProviderKind::Mta, markers: &["Helo command rejected", "Client host rejected", "Data command rejected", "in local recipient table", "in virtual mailbox table", "in relay recipient table", "Name service error for name", "I can break rules, too"], hosts: &[], sources: &[&SOURCES[232], &SOURCES[233]] },
    Provider { id: "proofpoint", name: "Proofpoint Email Protection / Proofpoint Essentials", kind: ProviderKind::SecurityGateway, markers: &["ipcheck.proofpoint.com", "proofpoint.com/dnsbl-lookup", "Proofpoint Dynamic Reputation"], hosts: &["pphosted.com", "ppe-hosted.com"], sources: &[&SOURCES[235], &SOURCES[306], &SOURCES[312]] },
    Provider { id: "qmail", name: "qmail (with chkuser and vpopmail)", kind: ProviderKind::Mta, markers: &["chkuser", "qmail", "listed as a best-preference MX", "allowed rcpthosts", "badmailfrom"], hosts: &[], sources: &[] },
    Provider { id: "qq", name: "QQ Mail (Tencent)", kind: ProviderKind::MailboxProvider, markers: &["service.mail.qq.com", "service.exmail.qq.com"], hosts: &["qq.com"], sources: &[&SOURCES[240], &SOURCES[241], &SOURCES[242], &SOURCES[243], &SOURCES[244], &SOURCES[245]] },
    Provider { id: "rackspace", name: "Rackspace Email", kind: ProviderKind::Hosting, markers: &["emailsrvr.com"], hosts: &["emailsrvr.com"], sources: &[&SOURCES[246], &SOURCES[311]] },
    Provider { id: "sendgrid", name: "Twilio SendGrid", kind: ProviderKind::SendingService, markers: &["sendgrid.net"], hosts: &["sendgrid.net"], sources: &[&SOURCES[252], &SOURCES[253], &SOURCES[254]] },
    Provider { id: "sendmail", name: "Sendmail", kind: ProviderKind::Mta, markers: &["Lost input channel from", "Too many SMTP sessions for this host", "Transcript of session follows", "had permanent fatal errors", "stat=Deferred"], hosts: &[], sources: &[&SOURCES[255], &SOURCES[256], &SOURCES[257]] },
    Provider { id: "stalwart", name: "Stalwart Mail Server", kind: ProviderKind::Mta, markers: &["Stalwart", "stalw.art", "DANE failed to authenticate", "MTA-STS failed to authenticate", "too many concurrent connections to remote server"], hosts: &[], sources: &[&SOURCES[313], &SOURCES[314], &SOURCES[315]] },
    Provider { id: "yahoo", name: "Yahoo Mail and AOL (Yahoo Inc.)", kind: ProviderKind::MailboxProvider, markers: &["yahoodns.net", "postmaster.yahooinc.com", "senders.yahooinc.com", "postmaster.yahoo.com", "postmaster.verizonmedia.com", "postmaster.info.aol.com", "TSS04", "TSS09", "TSS11"], hosts: &["yahoodns.net", "mx.aol.com", "mail.aol.com"], sources: &[&SOURCES[154], &SOURCES[155], &SOURCES[156], &SOURCES[166], &SOURCES[192], &SOURCES[226], &SOURCES[297], &SOURCES[320], &SOURCES[322], &SOURCES[323], &SOURCES[324], &SOURCES[325], &SOURCES[326]] },
    Provider { id: "yandex", name: "Yandex Mail (Yandex 360)", kind: ProviderKind::MailboxProvider, markers: &["yandex.net", "yandex.ru", "ya.cc"], hosts: &["yandex.ru", "yandex.net"], sources: &[&SOURCES[327], &SOURCES[328], &SOURCES[329], &SOURCES[330], &SOURCES[331]] },
    Provider { id: "zoho", name: "Zoho Mail and ZeptoMail", kind: ProviderKind::MailboxProvider, markers: &["Zoho Mail", "zohomail.com"], hosts: &["zoho.com", "zohomail.com", "zoho.eu", "zoho.in", "zeptomail.com"], sources: &[&SOURCES[332], &SOURCES[333], &SOURCES[334]] },
];
/// Every provider's markers in normal form, with the provider's row.
pub(crate) static PROVIDER_MARKERS: [(&str, u16); 121] = [
    (" amazonses com ", 0),
    (" ht204137 ", 1),
    (" mail icloud com ", 1),
    (" barracuda reputation ", 2),
    (" barracudanetworks com reputation ", 2),
    (" sending mta s poor reputation ", 3),
    (" senderbase ", 3),
    (" postmaster comcast net ", 4),
    (" es000001 ", 4),
    (" es000010 ", 4),
    (" courier mail server ", 5),
    (" invalid domain see url ", 5),
    (" violate section 3 3 9 of rfc 1035 ", 5),
    (" non unicode mail server ", 5),
    (" whitelisted by this recipient ", 5),
    (" cannot achieve exchange server authentication ", 6),
    (" storedriver mdb properties ", 6),
    (" single label domains not accepted ", 6),
    (" too many related errors ", 6),
    (" unrouteable address ", 7),
    (" retry timeout exceeded ", 7),
    (" retry time not reached ", 7),
    (" have been failing for a long time ", 7),
    (" host lookup did not complete ", 7),
    (" indicated no smtp service ", 7),
    (" too many syntax or protocol errors ", 7),
    (" messagingengine com ", 8),
    (" postmaster free fr ", 9),
    (" nemesis esmtp ", 10),
    (" postmaster gmx net ", 10),
    (" postmaster gmx com ", 10),
    (" postmaster web de ", 10),
    (" secureserver net ", 11),
    (" ibsmtp ", 11),
    (" gsmtp ", 12),
    (" gcdp ", 12),
    (" haraka ", 13),
    (" you talk too soon ", 13),
    (" split transaction retry soon ", 13),
    (" credential leak detected ", 13),
    (" help mail ru ", 14),
    (" mxs mail ru ", 14),
    (" mailgun org ", 15),
    (" mailgun net ", 15),
    (" mail protection outlook com ", 16),
    (" outlook office365 com ", 16),
    (" smtp office365 com ", 16),
    (" resolver adr ", 16),
    (" resolver rst ", 16),
    (" storedrv deliver ", 16),
    (" queue expired ", 16),
    (" tenantattribution ", 16),
    (" unifiedgroupagent ", 16),
    (" sender office com ", 16),
    (" mimecast com ", 17),
    (" mimecast org ", 17),
    (" doc 1369 ", 17),
    (" nsmtp ", 18),
    (" help naver com ", 18),
    (" opensmtpd ", 19),
    (" envelope expired ", 19),
    (" temporary failure in mx lookup ", 19),
    (" network error on destination mxs ", 19),
    (" no mx found for domain ", 19),
    (" domain does not accept mail ", 19),
    (" postmaster orange fr ", 20),
    (" smtp orange fr ", 20),
    (" smtp in orange fr ", 20),
    (" mwinf", 20),
    (" ofr ", 20),
    (" ofr00", 20),
    (" olc protection outlook com ", 21),
    (" postmaster live com ", 21),
    (" mail live com ", 21),
    (" s3140 ", 21),
    (" s3150 ", 21),
    (" mail ovh net ", 22),
    (" helo command rejected ", 23),
    (" client host rejected ", 23),
    (" data command rejected ", 23),
    (" in local recipient table ", 23),
    (" in virtual mailbox table ", 23),
    (" in relay recipient table ", 23),
    (" name service error for name ", 23),
    (" i can break rules too ", 23),
    (" ipcheck proofpoint com ", 24),
    (" proofpoint com dnsbl lookup ", 24),
    (" proofpoint dynamic reputation ", 24),
    (" chkuser ", 25),
    (" qmail ", 25),
    (" listed as a best preference mx ", 25),
    (" allowed rcpthosts ", 25),
    (" badmailfrom ", 25),
    (" service mail qq com ", 26),
    (" service exmail qq com ", 26),
    (" emailsrvr com ", 27),
    (" sendgrid net ", 28),
    (" lost input channel from ", 29),
    (" too many smtp sessions for this host ", 29),
    (" transcript of session follows ", 29),
    (" had permanent fatal errors ", 29),
    (" stat deferred ", 29),
    (" stalwart ", 30),
    (" stalw art ", 30),
    (" dane failed to authenticate ", 30),
    (" mta sts failed to authenticate ", 30),
    (" too many concurrent connections to remote server ", 30),
    (" yahoodns net ", 31),
    (" postmaster yahooinc com ", 31),
    (" senders yahooinc com ", 31),
    (" postmaster yahoo com ", 31),
    (" postmaster verizonmedia com ", 31),
    (" postmaster info aol com ", 31),
    (" tss04 ", 31),
    (" tss09 ", 31),
    (" tss11 ", 31),
    (" yandex net ", 32),
    (" yandex ru ", 32),
    (" ya cc ", 32),
    (" zoho mail ", 33),
    (" zohomail com ", 33),
];
pub(crate) const VENDOR_CODE_COUNT: usize = 66;
/// The providers' own codes, sorted by code; texts in `VENDOR_TEXTS`, row for row.
pub(crate) static VENDOR_CODES: [VendorCode; VENDOR_CODE_COUNT] = [
    VendorCode { id: "microsoft.4.4.8", code: EnhancedCode { class: 4, subject: 4, detail: 8 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.4.312", code: EnhancedCode { class: 4, subject: 4, detail: 312 }, through: None, provider: 16, reason: Reason::SystemError, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], source: &SOURCES[218], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.4.315", code: EnhancedCode { class: 4, subject: 4, detail: 315 }, through: None, provider: 16, reason: Reason::NetworkError, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], source: &SOURCES[218], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.4.316", code: EnhancedCode { class: 4, subject: 4, detail: 316 }, through: None, provider: 16, reason: Reason::NetworkError, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.4.317", code: EnhancedCode { class: 4, subject: 4, detail: 317 }, through: None, provider: 16, reason: Reason::NetworkError, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], source: &SOURCES[218], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.4.318", code: EnhancedCode { class: 4, subject: 4, detail: 318 }, through: None, provider: 16, reason: Reason::NetworkError, fix_by: &[Party::RecipientAdmin], source: &SOURCES[218], read: "2026-12-05" },
    VendorCode { id: "google.4.7.32", code: EnhancedCode { class: 4, subject: 7, detail: 32 }, through: None, provider: 12, reason: Reason::DmarcFail, fix_by: &[Party::SenderAdmin], source: &SOURCES[296], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.7.320", code: EnhancedCode { class: 4, subject: 7, detail: 320 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], source: &SOURCES[218], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.7.321", code: EnhancedCode { class: 4, subject: 7, detail: 321 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.7.322", code: EnhancedCode { class: 4, subject: 7, detail: 322 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.7.323", code: EnhancedCode { class: 4, subject: 7, detail: 323 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.7.324", code: EnhancedCode { class: 4, subject: 7, detail: 324 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.7.325", code: EnhancedCode { class: 4, subject: 7, detail: 325 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.7.500", code: EnhancedCode { class: 4, subject: 7, detail: 500 }, through: Some(EnhancedCode { class: 4, subject: 7, detail: 699 }), provider: 16, reason: Reason::RateLimited, fix_by: &[Party::SenderAdmin], source: &SOURCES[216], read: "2026-12-05" },
    VendorCode { id: "microsoft.4.7.850", code: EnhancedCode { class: 4, subject: 7, detail: 850 }, through: Some(EnhancedCode { class: 4, subject: 7, detail: 899 }), provider: 16, reason: Reason::RateLimited, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "yahoo.4.16.50", code: EnhancedCode { class: 4, subject: 16, detail: 50 }, through: None, provider: 31, reason: Reason::BadReputation, fix_by: &[Party::SenderAdmin], source: &SOURCES[325], read: "2026-12-05" },
    VendorCode { id: "yahoo.4.16.55", code: EnhancedCode { class: 4, subject: 16, detail: 55 }, through: None, provider: 31, reason: Reason::BadReputation, fix_by: &[Party::SenderAdmin], source: &SOURCES[166], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.0.350", code: EnhancedCode { class: 5, subject: 0, detail: 350 }, through: None, provider: 16, reason: Reason::ContentRejected, fix_by: &[Party::Sender, Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.1.20", code: EnhancedCode { class: 5, subject: 1, detail: 20 }, through: None, provider: 16, reason: Reason::ContentRejected, fix_by: &[Party::SendingClient, Party::Sender], source: &SOURCES[207], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.1.90", code: EnhancedCode { class: 5, subject: 1, detail: 90 }, through: None, provider: 16, reason: Reason::RateLimited, fix_by: &[Party::Sender, Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.1.351", code: EnhancedCode { class: 5, subject: 1, detail: 351 }, through: None, provider: 16, reason: Reason::UserUnknown, fix_by: &[Party::Sender, Party::RecipientAdmin], source: &SOURCES[300], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.2.121", code: EnhancedCode { class: 5, subject: 2, detail: 121 }, through: None, provider: 16, reason: Reason::RateLimited, fix_by: &[Party::SendingClient, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.2.122", code: EnhancedCode { class: 5, subject: 2, detail: 122 }, through: None, provider: 16, reason: Reason::RateLimited, fix_by: &[Party::Sender, Party::Recipient], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.3.190", code: EnhancedCode { class: 5, subject: 3, detail: 190 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.4.8", code: EnhancedCode { class: 5, subject: 4, detail: 8 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.4.14", code: EnhancedCode { class: 5, subject: 4, detail: 14 }, through: None, provider: 16, reason: Reason::LoopDetected, fix_by: &[Party::RecipientAdmin], source: &SOURCES[209], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.4.300", code: EnhancedCode { class: 5, subject: 4, detail: 300 }, through: None, provider: 16, reason: Reason::Expired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.4.312", code: EnhancedCode { class: 5, subject: 4, detail: 312 }, through: None, provider: 16, reason: Reason::Expired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[301], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.4.316", code: EnhancedCode { class: 5, subject: 4, detail: 316 }, through: None, provider: 16, reason: Reason::Expired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[302], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.4.318", code: EnhancedCode { class: 5, subject: 4, detail: 318 }, through: None, provider: 16, reason: Reason::Expired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[308], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.6.11", code: EnhancedCode { class: 5, subject: 6, detail: 11 }, through: None, provider: 16, reason: Reason::ContentRejected, fix_by: &[Party::SendingClient], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.57", code: EnhancedCode { class: 5, subject: 7, detail: 57 }, through: None, provider: 16, reason: Reason::AuthRequired, fix_by: &[Party::SendingClient], source: &SOURCES[213], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.64", code: EnhancedCode { class: 5, subject: 7, detail: 64 }, through: None, provider: 16, reason: Reason::RelayDenied, fix_by: &[Party::SenderAdmin], source: &SOURCES[214], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.124", code: EnhancedCode { class: 5, subject: 7, detail: 124 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin, Party::Recipient], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.133", code: EnhancedCode { class: 5, subject: 7, detail: 133 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin, Party::Recipient], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.134", code: EnhancedCode { class: 5, subject: 7, detail: 134 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.135", code: EnhancedCode { class: 5, subject: 7, detail: 135 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.136", code: EnhancedCode { class: 5, subject: 7, detail: 136 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.193", code: EnhancedCode { class: 5, subject: 7, detail: 193 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin, Party::Recipient], source: &SOURCES[211], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.321", code: EnhancedCode { class: 5, subject: 7, detail: 321 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.322", code: EnhancedCode { class: 5, subject: 7, detail: 322 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.323", code: EnhancedCode { class: 5, subject: 7, detail: 323 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.324", code: EnhancedCode { class: 5, subject: 7, detail: 324 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.325", code: EnhancedCode { class: 5, subject: 7, detail: 325 }, through: None, provider: 16, reason: Reason::TlsRequired, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.367", code: EnhancedCode { class: 5, subject: 7, detail: 367 }, through: None, provider: 16, reason: Reason::RelayDenied, fix_by: &[Party::SenderAdmin], source: &SOURCES[212], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.501", code: EnhancedCode { class: 5, subject: 7, detail: 501 }, through: None, provider: 16, reason: Reason::BadReputation, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.502", code: EnhancedCode { class: 5, subject: 7, detail: 502 }, through: None, provider: 16, reason: Reason::BadReputation, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.503", code: EnhancedCode { class: 5, subject: 7, detail: 503 }, through: None, provider: 16, reason: Reason::BadReputation, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.504", code: EnhancedCode { class: 5, subject: 7, detail: 504 }, through: None, provider: 16, reason: Reason::UserUnknown, fix_by: &[Party::Sender, Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.505", code: EnhancedCode { class: 5, subject: 7, detail: 505 }, through: None, provider: 16, reason: Reason::UserUnknown, fix_by: &[Party::Sender, Party::RecipientAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.506", code: EnhancedCode { class: 5, subject: 7, detail: 506 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.507", code: EnhancedCode { class: 5, subject: 7, detail: 507 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.508", code: EnhancedCode { class: 5, subject: 7, detail: 508 }, through: None, provider: 16, reason: Reason::RateLimited, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.509", code: EnhancedCode { class: 5, subject: 7, detail: 509 }, through: None, provider: 16, reason: Reason::DmarcFail, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.510", code: EnhancedCode { class: 5, subject: 7, detail: 510 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.511", code: EnhancedCode { class: 5, subject: 7, detail: 511 }, through: None, provider: 16, reason: Reason::Blocklisted, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.512", code: EnhancedCode { class: 5, subject: 7, detail: 512 }, through: None, provider: 16, reason: Reason::ContentRejected, fix_by: &[Party::SendingClient, Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.513", code: EnhancedCode { class: 5, subject: 7, detail: 513 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "outlook_com.5.7.515", code: EnhancedCode { class: 5, subject: 7, detail: 515 }, through: None, provider: 21, reason: Reason::SenderAuthFail, fix_by: &[Party::SenderAdmin], source: &SOURCES[219], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.606", code: EnhancedCode { class: 5, subject: 7, detail: 606 }, through: Some(EnhancedCode { class: 5, subject: 7, detail: 649 }), provider: 16, reason: Reason::Blocklisted, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.703", code: EnhancedCode { class: 5, subject: 7, detail: 703 }, through: None, provider: 16, reason: Reason::PolicyBlock, fix_by: &[Party::Sender, Party::SenderAdmin], source: &SOURCES[215], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.705", code: EnhancedCode { class: 5, subject: 7, detail: 705 }, through: None, provider: 16, reason: Reason::BadReputation, fix_by: &[Party::SenderAdmin], source: &SOURCES[215], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.708", code: EnhancedCode { class: 5, subject: 7, detail: 708 }, through: None, provider: 16, reason: Reason::BadReputation, fix_by: &[Party::SenderAdmin], source: &SOURCES[215], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.750", code: EnhancedCode { class: 5, subject: 7, detail: 750 }, through: None, provider: 16, reason: Reason::SenderRejected, fix_by: &[Party::SenderAdmin], source: &SOURCES[215], read: "2026-12-05" },
    VendorCode { id: "microsoft.5.7.800", code: EnhancedCode { class: 5, subject: 7, detail: 800 }, through: None, provider: 16, reason: Reason::Blocklisted, fix_by: &[Party::SenderAdmin], source: &SOURCES[204], read: "2026-12-05" },
    VendorCode { id: "exchange_server.5.7.900", code: EnhancedCode { class: 5, subject: 7, detail: 900 }, through: Some(EnhancedCode { class: 5, subject: 7, detail: 999 }), provider: 6, reason: Reason::PolicyBlock, fix_by: &[Party::RecipientAdmin, Party::Sender], source: &SOURCES[44], read: "2026-12-05" },
];
pub(crate) const NOTE_COUNT: usize = 275;
/// What the providers' replies mean, by provider, in file order; phrases in normal form.
pub(crate) static PROVIDER_RULES: [ProviderRule; 465] = [
    ProviderRule { id: "amazon_ses.max_send_rate", provider: 0, reason: Reason::RateLimited, normal: &[" throttling failure ", " maximum sending rate exceeded "], phrases: &["throttling failure", "maximum sending rate exceeded"], with_code: None, note: Some(0), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.daily_quota", provider: 0, reason: Reason::RateLimited, normal: &[" daily message quota exceeded "], phrases: &["daily message quota exceeded"], with_code: None, note: Some(1), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.identity_not_verified", provider: 0, reason: Reason::SenderRejected, normal: &[" email address is not verified "], phrases: &["email address is not verified"], with_code: None, note: Some(2), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.credentials_invalid", provider: 0, reason: Reason::AuthFailed, normal: &[" authentication credentials invalid "], phrases: &["authentication credentials invalid"], with_code: None, note: Some(3), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.account_not_subscribed", provider: 0, reason: Reason::AuthFailed, normal: &[" account not subscribed to ses "], phrases: &["account not subscribed to ses"], with_code: None, note: Some(4), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.iam_not_authorized", provider: 0, reason: Reason::AuthFailed, normal: &[" is not authorized to perform ", " ses sendrawemail "], phrases: &["is not authorized to perform", "ses:SendRawEmail"], with_code: None, note: Some(5), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.sending_paused", provider: 0, reason: Reason::BadReputation, normal: &[" sending paused for this account "], phrases: &["sending paused for this account"], with_code: None, note: Some(6), source: &SOURCES[259], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.message_too_long", provider: 0, reason: Reason::MessageTooBig, normal: &[" message is too long "], phrases: &["message is too long"], with_code: Some(Code::Reply(ReplyCode(552))), note: Some(7), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.timeout_waiting_for_data", provider: 0, reason: Reason::NetworkError, normal: &[" timeout waiting for data from client "], phrases: &["timeout waiting for data from client"], with_code: None, note: Some(8), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.temporary_service_failure", provider: 0, reason: Reason::SystemError, normal: &[" temporary service failure "], phrases: &["temporary service failure"], with_code: None, note: None, source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.temporary_auth_failure", provider: 0, reason: Reason::SystemError, normal: &[" temporary authentication failure "], phrases: &["temporary authentication failure"], with_code: None, note: Some(9), source: &SOURCES[260], read: "2026-12-05" },
    ProviderRule { id: "amazon_ses.global_suppression", provider: 0, reason: Reason::UserUnknown, normal: &[" suppressed sending to this address ", " bouncing as an invalid address "], phrases: &["suppressed sending to this address", "bouncing as an invalid address"], with_code: None, note: Some(10), source: &SOURCES[258], read: "2026-12-05" },
    ProviderRule { id: "apple.local_policy", provider: 1, reason: Reason::PolicyBlock, normal: &[" message rejected due to local policy "], phrases: &["message rejected due to local policy"], with_code: None, note: None, source: &SOURCES[230], read: "2026-12-05" },
    ProviderRule { id: "apple.dmarc_policy", provider: 1, reason: Reason::DmarcFail, normal: &[" rejected due to ", " dmarc policy "], phrases: &["rejected due to", "DMARC policy"], with_code: None, note: None, source: &SOURCES[294], read: "2026-12-05" },
    ProviderRule { id: "apple.spf_and_dkim_failed", provider: 1, reason: Reason::SenderAuthFail, normal: &[" failing both spf and dkim "], phrases: &["failing both SPF and DKIM"], with_code: None, note: None, source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "apple.spamhaus_dbl", provider: 1, reason: Reason::Blocklisted, normal: &[" domain present in the spamhaus dbl "], phrases: &["domain present in the Spamhaus DBL"], with_code: None, note: Some(11), source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "apple.spamhaus_sbl", provider: 1, reason: Reason::Blocklisted, normal: &[" rejected due to listing in spamhaus "], phrases: &["rejected due to listing in Spamhaus"], with_code: None, note: None, source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "apple.proofpoint_blocklist", provider: 1, reason: Reason::Blocklisted, normal: &[" proofpoint com dnsbl lookup "], phrases: &["proofpoint.com/dnsbl-lookup"], with_code: None, note: Some(12), source: &SOURCES[231], read: "2026-12-05" },
    ProviderRule { id: "apple.recipient_no_longer_on_server", provider: 1, reason: Reason::MailboxDisabled, normal: &[" recipient no longer on server "], phrases: &["recipient no longer on server"], with_code: None, note: None, source: &SOURCES[293], read: "2026-12-05" },
    ProviderRule { id: "apple.inactive_email_address", provider: 1, reason: Reason::MailboxDisabled, normal: &[" inactive email address "], phrases: &["inactive email address"], with_code: None, note: None, source: &SOURCES[286], read: "2026-12-05" },
    ProviderRule { id: "apple.user_is_over_quota", provider: 1, reason: Reason::MailboxFull, normal: &[" user is over quota "], phrases: &["user is over quota"], with_code: None, note: None, source: &SOURCES[295], read: "2026-12-05" },
    ProviderRule { id: "apple.user_does_not_exist", provider: 1, reason: Reason::UserUnknown, normal: &[" user does not exist "], phrases: &["user does not exist"], with_code: None, note: None, source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "apple.unknown_or_illegal_alias", provider: 1, reason: Reason::UserUnknown, normal: &[" unknown or illegal alias "], phrases: &["unknown or illegal alias"], with_code: None, note: None, source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "apple.excessive_volume", provider: 1, reason: Reason::RateLimited, normal: &[" deferred due to excessive volume "], phrases: &["deferred due to excessive volume"], with_code: None, note: None, source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "apple.relay_access_denied", provider: 1, reason: Reason::RelayDenied, normal: &[" relay access denied "], phrases: &["relay access denied"], with_code: None, note: None, source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "apple.sender_domain_not_found", provider: 1, reason: Reason::SenderRejected, normal: &[" sender address rejected ", " domain not found "], phrases: &["sender address rejected", "domain not found"], with_code: None, note: None, source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "apple.domain_does_not_accept_mail", provider: 1, reason: Reason::DomainNotFound, normal: &[" host domain does not accept mail "], phrases: &["host/domain does not accept mail"], with_code: None, note: None, source: &SOURCES[292], read: "2026-12-05" },
    ProviderRule { id: "barracuda.blocked_using_barracuda_reputation", provider: 2, reason: Reason::Blocklisted, normal: &[" blocked using barracuda reputation "], phrases: &["blocked using barracuda reputation"], with_code: None, note: Some(13), source: &SOURCES[37], read: "2026-12-05" },
    ProviderRule { id: "barracuda.reputation_lookup_link", provider: 2, reason: Reason::Blocklisted, normal: &[" barracudanetworks com reputation "], phrases: &["barracudanetworks com reputation"], with_code: None, note: Some(14), source: &SOURCES[185], read: "2026-12-05" },
    ProviderRule { id: "barracuda.ess_permanent_failure_blocked", provider: 2, reason: Reason::PolicyBlock, normal: &[" permanent failure ", " blocked "], phrases: &["permanent failure", "blocked"], with_code: Some(Code::Reply(ReplyCode(550))), note: Some(15), source: &SOURCES[316], read: "2026-12-05" },
    ProviderRule { id: "barracuda.message_content_rejected_ube", provider: 2, reason: Reason::Spam, normal: &[" message content rejected ", " ube "], phrases: &["message content rejected", "ube"], with_code: None, note: None, source: &SOURCES[265], read: "2026-12-05" },
    ProviderRule { id: "cisco.poor_reputation", provider: 3, reason: Reason::BadReputation, normal: &[" sending mta s poor reputation "], phrases: &["sending mta s poor reputation"], with_code: None, note: Some(16), source: &SOURCES[161], read: "2026-12-05" },
    ProviderRule { id: "cisco.spf_unauthorized", provider: 3, reason: Reason::SenderAuthFail, normal: &[" spf unauthorized mail is prohibited "], phrases: &["spf unauthorized mail is prohibited"], with_code: None, note: None, source: &SOURCES[160], read: "2026-12-05" },
    ProviderRule { id: "comcast.es000001", provider: 4, reason: Reason::PolicyBlock, normal: &[" es000001 "], phrases: &["ES000001"], with_code: None, note: Some(17), source: &SOURCES[321], read: "2026-12-05" },
    ProviderRule { id: "comcast.es000010", provider: 4, reason: Reason::Blocklisted, normal: &[" es000010 "], phrases: &["ES000010"], with_code: None, note: Some(18), source: &SOURCES[321], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl000000", provider: 4, reason: Reason::BadReputation, normal: &[" bl000000 "], phrases: &["BL000000"], with_code: None, note: None, source: &SOURCES[163], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl000001", provider: 4, reason: Reason::Blocklisted, normal: &[" bl000001 "], phrases: &["BL000001"], with_code: None, note: Some(19), source: &SOURCES[163], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl000010", provider: 4, reason: Reason::Blocklisted, normal: &[" bl000010 "], phrases: &["BL000010"], with_code: None, note: Some(20), source: &SOURCES[163], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl000011", provider: 4, reason: Reason::Blocklisted, normal: &[" bl000011 "], phrases: &["BL000011"], with_code: None, note: Some(21), source: &SOURCES[163], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl000100", provider: 4, reason: Reason::Blocklisted, normal: &[" bl000100 "], phrases: &["BL000100"], with_code: None, note: Some(22), source: &SOURCES[163], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl000101", provider: 4, reason: Reason::Blocklisted, normal: &[" bl000101 "], phrases: &["BL000101"], with_code: None, note: Some(23), source: &SOURCES[163], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl000110", provider: 4, reason: Reason::Blocklisted, normal: &[" bl000110 "], phrases: &["BL000110"], with_code: None, note: Some(24), source: &SOURCES[163], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl006", provider: 4, reason: Reason::Blocklisted, normal: &[" bl006 "], phrases: &["BL006"], with_code: None, note: Some(25), source: &SOURCES[162], read: "2026-12-05" },
    ProviderRule { id: "comcast.bl007", provider: 4, reason: Reason::Blocklisted, normal: &[" bl007 "], phrases: &["BL007"], with_code: None, note: Some(26), source: &SOURCES[162], read: "2026-12-05" },
    ProviderRule { id: "comcast.too_many_sessions", provider: 4, reason: Reason::RateLimited, normal: &[" too many sessions opened "], phrases: &["too many sessions opened"], with_code: None, note: Some(27), source: &SOURCES[164], read: "2026-12-05" },
    ProviderRule { id: "comcast.reverse_dns_failure", provider: 4, reason: Reason::ReverseDns, normal: &[" reverse dns failure "], phrases: &["reverse dns failure"], with_code: None, note: Some(28), source: &SOURCES[164], read: "2026-12-05" },
    ProviderRule { id: "comcast.rl000010_throttled", provider: 4, reason: Reason::RateLimited, normal: &[" rl000010 "], phrases: &["RL000010"], with_code: None, note: None, source: &SOURCES[220], read: "2026-12-05" },
    ProviderRule { id: "courier.sender_domain_does_not_exist", provider: 5, reason: Reason::SenderRejected, normal: &[" domain does not exist ", " invalid domain "], phrases: &["domain does not exist", "invalid domain"], with_code: None, note: Some(29), source: &SOURCES[5], read: "2026-12-05" },
    ProviderRule { id: "courier.sender_mx_violates_rfc1035", provider: 5, reason: Reason::SenderRejected, normal: &[" violate section 3 3 9 of rfc 1035 "], phrases: &["violate section 3.3.9 of rfc 1035"], with_code: None, note: Some(30), source: &SOURCES[5], read: "2026-12-05" },
    ProviderRule { id: "courier.sender_mail_server_blocked", provider: 5, reason: Reason::SenderRejected, normal: &[" mail server at ", " is blocked "], phrases: &["mail server at", "is blocked"], with_code: None, note: None, source: &SOURCES[5], read: "2026-12-05" },
    ProviderRule { id: "courier.sender_dns_lookup_failure", provider: 5, reason: Reason::SystemError, normal: &[" dns lookup failure ", " try again later "], phrases: &["dns lookup failure", "try again later"], with_code: None, note: None, source: &SOURCES[5], read: "2026-12-05" },
    ProviderRule { id: "courier.helo_dns_lookup_failed", provider: 5, reason: Reason::SystemError, normal: &[" dns lookup on helo ", " failed "], phrases: &["dns lookup on helo", "failed"], with_code: None, note: None, source: &SOURCES[5], read: "2026-12-05" },
    ProviderRule { id: "courier.helo_does_not_exist", provider: 5, reason: Reason::PolicyBlock, normal: &[" helo ", " does not exist "], phrases: &["helo", "does not exist"], with_code: None, note: None, source: &SOURCES[5], read: "2026-12-05" },
    ProviderRule { id: "courier.helo_does_not_match", provider: 5, reason: Reason::PolicyBlock, normal: &[" helo ", " does not match "], phrases: &["helo", "does not match"], with_code: None, note: None, source: &SOURCES[5], read: "2026-12-05" },
    ProviderRule { id: "courier.header_size_exceeds_policy", provider: 5, reason: Reason::ContentRejected, normal: &[" message header size exceeds policy limit "], phrases: &["message header size exceeds policy limit"], with_code: None, note: None, source: &SOURCES[5], read: "2026-12-05" },
    ProviderRule { id: "courier.unicode_to_non_unicode", provider: 5, reason: Reason::ContentRejected, normal: &[" unable to deliver unicode e mail to a non unicode mail server "], phrases: &["unable to deliver unicode e-mail to a non-unicode mail server"], with_code: None, note: Some(31), source: &SOURCES[165], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.bad_outbound_sender", provider: 6, reason: Reason::RateLimited, normal: &[" bad outbound sender "], phrases: &["bad outbound sender"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 1, detail: 8 })), note: Some(32), source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.single_label_domain", provider: 6, reason: Reason::DomainNotFound, normal: &[" single label domains not accepted "], phrases: &["single label domains not accepted"], with_code: None, note: Some(33), source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.storedrv_invalid_recipient", provider: 6, reason: Reason::Syntax, normal: &[" storedrv submit ", " invalid recipient address "], phrases: &["storedrv submit", "invalid recipient address"], with_code: None, note: None, source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.too_many_related_errors", provider: 6, reason: Reason::ContentRejected, normal: &[" too many related errors "], phrases: &["too many related errors"], with_code: None, note: Some(34), source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.abp_routing", provider: 6, reason: Reason::PolicyBlock, normal: &[" missing or bad storedriver mdb properties "], phrases: &["missing or bad storedriver mdb properties"], with_code: None, note: Some(35), source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.unrecognized_command_internal", provider: 6, reason: Reason::SystemError, normal: &[" unrecognized command "], phrases: &["unrecognized command"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 3, detail: 3 })), note: Some(36), source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.system_incorrectly_configured", provider: 6, reason: Reason::LoopDetected, normal: &[" system incorrectly configured "], phrases: &["system incorrectly configured"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 3, detail: 5 })), note: Some(37), source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.exchange_authentication", provider: 6, reason: Reason::SystemError, normal: &[" cannot achieve exchange server authentication "], phrases: &["cannot achieve exchange server authentication"], with_code: None, note: Some(38), source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exchange_server.not_authorized_internal", provider: 6, reason: Reason::SystemError, normal: &[" not authorized "], phrases: &["not authorized"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 3 })), note: None, source: &SOURCES[44], read: "2026-12-05" },
    ProviderRule { id: "exim.retry_time_not_reached", provider: 7, reason: Reason::NetworkError, normal: &[" retry time not reached for any host "], phrases: &["retry time not reached for any host"], with_code: None, note: Some(39), source: &SOURCES[21], read: "2026-12-05" },
    ProviderRule { id: "exim.address_lookups_failed_permanently", provider: 7, reason: Reason::DomainNotFound, normal: &[" all host address lookups ", " failed permanently "], phrases: &["all host address lookups", "failed permanently"], with_code: None, note: None, source: &SOURCES[21], read: "2026-12-05" },
    ProviderRule { id: "exim.address_lookups_failed_temporarily", provider: 7, reason: Reason::SystemError, normal: &[" all host address lookups ", " failed temporarily "], phrases: &["all host address lookups", "failed temporarily"], with_code: None, note: None, source: &SOURCES[21], read: "2026-12-05" },
    ProviderRule { id: "exim.lines_too_long_for_transport", provider: 7, reason: Reason::ContentRejected, normal: &[" message has lines too long for transport "], phrases: &["message has lines too long for transport"], with_code: None, note: Some(40), source: &SOURCES[21], read: "2026-12-05" },
    ProviderRule { id: "exim.closed_after_ehlo", provider: 7, reason: Reason::NetworkError, normal: &[" remote host closed connection in response to "], phrases: &["remote host closed connection in response to"], with_code: None, note: None, source: &SOURCES[21], read: "2026-12-05" },
    ProviderRule { id: "exim.host_lookup_did_not_complete", provider: 7, reason: Reason::SystemError, normal: &[" host lookup did not complete "], phrases: &["host lookup did not complete"], with_code: None, note: Some(41), source: &SOURCES[16], read: "2026-12-05" },
    ProviderRule { id: "exim.mx_no_smtp_service", provider: 7, reason: Reason::DomainNotFound, normal: &[" indicated no smtp service "], phrases: &["indicated no smtp service"], with_code: None, note: Some(42), source: &SOURCES[16], read: "2026-12-05" },
    ProviderRule { id: "exim.too_many_syntax_errors", provider: 7, reason: Reason::Syntax, normal: &[" too many syntax or protocol errors "], phrases: &["too many syntax or protocol errors"], with_code: None, note: None, source: &SOURCES[22], read: "2026-12-05" },
    ProviderRule { id: "exim.sender_must_contain_domain", provider: 7, reason: Reason::SenderRejected, normal: &[" sender address must contain a domain "], phrases: &["sender address must contain a domain"], with_code: None, note: None, source: &SOURCES[22], read: "2026-12-05" },
    ProviderRule { id: "exim.recipient_must_contain_domain", provider: 7, reason: Reason::Syntax, normal: &[" recipient address must contain a domain "], phrases: &["recipient address must contain a domain"], with_code: None, note: None, source: &SOURCES[22], read: "2026-12-05" },
    ProviderRule { id: "fastmail.not_authorised_header_address", provider: 8, reason: Reason::SenderRejected, normal: &[" not authorised to send from this header address "], phrases: &["not authorised to send from this header address"], with_code: None, note: None, source: &SOURCES[169], read: "2026-12-05" },
    ProviderRule { id: "fastmail.user_address_unknown", provider: 8, reason: Reason::UserUnknown, normal: &[" user address unknown "], phrases: &["user address unknown"], with_code: None, note: None, source: &SOURCES[169], read: "2026-12-05" },
    ProviderRule { id: "fastmail.relay_access_denied", provider: 8, reason: Reason::RelayDenied, normal: &[" relay access denied "], phrases: &["relay access denied"], with_code: None, note: Some(43), source: &SOURCES[168], read: "2026-12-05" },
    ProviderRule { id: "fastmail.content_rejected", provider: 8, reason: Reason::Spam, normal: &[" content rejected "], phrases: &["content rejected"], with_code: None, note: Some(44), source: &SOURCES[170], read: "2026-12-05" },
    ProviderRule { id: "fastmail.access_denied", provider: 8, reason: Reason::PolicyBlock, normal: &[" access denied "], phrases: &["access denied"], with_code: None, note: Some(45), source: &SOURCES[170], read: "2026-12-05" },
    ProviderRule { id: "fastmail.address_locked", provider: 8, reason: Reason::MailboxDisabled, normal: &[" address locked or deactivated "], phrases: &["address locked or deactivated"], with_code: None, note: Some(46), source: &SOURCES[158], read: "2026-12-05" },
    ProviderRule { id: "free.spam_detected", provider: 9, reason: Reason::Spam, normal: &[" spam detected "], phrases: &["spam detected"], with_code: Some(Code::Reply(ReplyCode(550))), note: Some(47), source: &SOURCES[171], read: "2026-12-05" },
    ProviderRule { id: "free.ip_blocked", provider: 9, reason: Reason::Blocklisted, normal: &[" postmaster free fr "], phrases: &["postmaster.free.fr"], with_code: None, note: Some(48), source: &SOURCES[171], read: "2026-12-05" },
    ProviderRule { id: "free.too_many_spams", provider: 9, reason: Reason::Blocklisted, normal: &[" too many spams from your ip "], phrases: &["too many spams from your ip"], with_code: None, note: None, source: &SOURCES[304], read: "2026-12-05" },
    ProviderRule { id: "free.too_many_errors", provider: 9, reason: Reason::BadReputation, normal: &[" too many errors from your ip "], phrases: &["too many errors from your ip"], with_code: None, note: None, source: &SOURCES[305], read: "2026-12-05" },
    ProviderRule { id: "gmx.ip_block_listed", provider: 10, reason: Reason::Blocklisted, normal: &[" ip address is block listed "], phrases: &["ip address is block listed"], with_code: None, note: Some(49), source: &SOURCES[174], read: "2026-12-05" },
    ProviderRule { id: "gmx.too_many_messages", provider: 10, reason: Reason::RateLimited, normal: &[" too many messages have been received in a short period "], phrases: &["too many messages have been received in a short period"], with_code: None, note: Some(50), source: &SOURCES[319], read: "2026-12-05" },
    ProviderRule { id: "gmx.spf_policy", provider: 10, reason: Reason::SenderAuthFail, normal: &[" reject due to spf policy "], phrases: &["reject due to spf policy"], with_code: None, note: Some(51), source: &SOURCES[319], read: "2026-12-05" },
    ProviderRule { id: "gmx.mailbox_unavailable", provider: 10, reason: Reason::UserUnknown, normal: &[" requested action not taken mailbox unavailable "], phrases: &["requested action not taken mailbox unavailable"], with_code: None, note: Some(52), source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "gmx.bad_dns_ptr", provider: 10, reason: Reason::ReverseDns, normal: &[" bad dns ptr resource record "], phrases: &["bad dns ptr resource record"], with_code: None, note: None, source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "gmx.policy_ip_based", provider: 10, reason: Reason::BadReputation, normal: &[" reject due to policy restrictions ", " ip based "], phrases: &["reject due to policy restrictions", "ip based"], with_code: None, note: Some(53), source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "gmx.policy_domain_based", provider: 10, reason: Reason::BadReputation, normal: &[" reject due to policy restrictions ", " domain based "], phrases: &["reject due to policy restrictions", "domain based"], with_code: None, note: Some(54), source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "gmx.policy_header_based", provider: 10, reason: Reason::ContentRejected, normal: &[" reject due to policy restrictions ", " header based "], phrases: &["reject due to policy restrictions", "header based"], with_code: None, note: Some(55), source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "gmx.syntax_error_configuration", provider: 10, reason: Reason::PolicyBlock, normal: &[" syntax error in parameters or arguments "], phrases: &["syntax error in parameters or arguments"], with_code: None, note: Some(56), source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "gmx.ionos_policy_violations", provider: 10, reason: Reason::BadReputation, normal: &[" reject due to policy violations "], phrases: &["reject due to policy violations"], with_code: None, note: Some(57), source: &SOURCES[186], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib401_auth_on_inbound", provider: 11, reason: Reason::AuthFailed, normal: &[" ib401 "], phrases: &["IB401"], with_code: None, note: Some(58), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib501_blank_from", provider: 11, reason: Reason::ContentRejected, normal: &[" ib501 "], phrases: &["IB501"], with_code: None, note: Some(59), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib502_ip_as_from", provider: 11, reason: Reason::ContentRejected, normal: &[" ib502 "], phrases: &["IB502"], with_code: None, note: Some(60), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib506_from_domain_invalid", provider: 11, reason: Reason::SenderRejected, normal: &[" ib506 "], phrases: &["IB506"], with_code: None, note: Some(61), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib508_invalid_spf", provider: 11, reason: Reason::SenderAuthFail, normal: &[" ib508 "], phrases: &["IB508"], with_code: None, note: Some(62), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib108_reverse_dns", provider: 11, reason: Reason::ReverseDns, normal: &[" ib108 "], phrases: &["IB108"], with_code: None, note: None, source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib212_spam_content", provider: 11, reason: Reason::Spam, normal: &[" ib212 "], phrases: &["IB212"], with_code: None, note: Some(63), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib705_virus", provider: 11, reason: Reason::Virus, normal: &[" ib705 "], phrases: &["IB705"], with_code: None, note: None, source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib605_too_many_recipients", provider: 11, reason: Reason::TooManyRecipients, normal: &[" ib605 "], phrases: &["IB605"], with_code: None, note: None, source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib007_too_many_sessions", provider: 11, reason: Reason::RateLimited, normal: &[" ib007 "], phrases: &["IB007"], with_code: None, note: Some(64), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib101_server_busy", provider: 11, reason: Reason::ServiceUnavailable, normal: &[" ib101 "], phrases: &["IB101"], with_code: None, note: Some(65), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib110_spam_block_hour", provider: 11, reason: Reason::BadReputation, normal: &[" ib110 "], phrases: &["IB110"], with_code: None, note: Some(66), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib111_spam_block_day", provider: 11, reason: Reason::BadReputation, normal: &[" ib111 "], phrases: &["IB111"], with_code: None, note: Some(67), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib112_invalid_recipients_hour", provider: 11, reason: Reason::BadReputation, normal: &[" ib112 "], phrases: &["IB112"], with_code: None, note: Some(68), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib113_invalid_recipients_day", provider: 11, reason: Reason::BadReputation, normal: &[" ib113 "], phrases: &["IB113"], with_code: None, note: Some(69), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib504_messages_per_hour", provider: 11, reason: Reason::RateLimited, normal: &[" ib504 "], phrases: &["IB504"], with_code: None, note: None, source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib510_messages_per_session", provider: 11, reason: Reason::RateLimited, normal: &[" ib510 "], phrases: &["IB510"], with_code: None, note: Some(70), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib607_recipients_per_hour", provider: 11, reason: Reason::RateLimited, normal: &[" ib607 "], phrases: &["IB607"], with_code: None, note: None, source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib103_cloudmark_reputation", provider: 11, reason: Reason::BadReputation, normal: &[" ib103 "], phrases: &["IB103"], with_code: None, note: Some(71), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib104_spamhaus_sbl", provider: 11, reason: Reason::Blocklisted, normal: &[" ib104 "], phrases: &["IB104"], with_code: None, note: Some(72), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib105_spamhaus_xbl", provider: 11, reason: Reason::Blocklisted, normal: &[" ib105 "], phrases: &["IB105"], with_code: None, note: Some(73), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.ib106_spamhaus_pbl", provider: 11, reason: Reason::Blocklisted, normal: &[" ib106 "], phrases: &["IB106"], with_code: None, note: Some(74), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.rbl_reject", provider: 11, reason: Reason::Blocklisted, normal: &[" rbl reject "], phrases: &["rbl reject"], with_code: None, note: Some(75), source: &SOURCES[307], read: "2026-12-05" },
    ProviderRule { id: "godaddy.account_storage_limit", provider: 11, reason: Reason::MailboxFull, normal: &[" account storage limit "], phrases: &["account storage limit"], with_code: None, note: None, source: &SOURCES[177], read: "2026-12-05" },
    ProviderRule { id: "godaddy.account_disabled", provider: 11, reason: Reason::MailboxDisabled, normal: &[" account disabled "], phrases: &["account disabled"], with_code: None, note: Some(76), source: &SOURCES[177], read: "2026-12-05" },
    ProviderRule { id: "godaddy.account_does_not_exist", provider: 11, reason: Reason::UserUnknown, normal: &[" account does not exist "], phrases: &["account does not exist"], with_code: None, note: None, source: &SOURCES[177], read: "2026-12-05" },
    ProviderRule { id: "google.dmarc_policy_rejection", provider: 12, reason: Reason::DmarcFail, normal: &[" not accepted due to domain s dmarc policy "], phrases: &["not accepted due to domain's DMARC policy"], with_code: None, note: Some(77), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.dmarc_alignment", provider: 12, reason: Reason::DmarcFail, normal: &[" aligned with either the authenticated spf or dkim "], phrases: &["aligned with either the authenticated SPF or DKIM"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.spf_hard_fail", provider: 12, reason: Reason::SenderAuthFail, normal: &[" spf record with a hard fail policy "], phrases: &["SPF record with a hard fail policy"], with_code: None, note: Some(78), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.spf_checks_hard_fail", provider: 12, reason: Reason::SenderAuthFail, normal: &[" fails to pass spf checks "], phrases: &["fails to pass SPF checks"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.spf_or_dkim_required", provider: 12, reason: Reason::SenderAuthFail, normal: &[" authenticate with either spf or dkim "], phrases: &["authenticate with either SPF or DKIM"], with_code: None, note: Some(79), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.spf_did_not_pass_text", provider: 12, reason: Reason::SenderAuthFail, normal: &[" spf authentication didn t pass "], phrases: &["SPF authentication didn't pass"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.dkim_did_not_pass_text", provider: 12, reason: Reason::SenderAuthFail, normal: &[" dkim authentication didn t pass "], phrases: &["DKIM authentication didn't pass"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.dkim_does_not_pass", provider: 12, reason: Reason::SenderAuthFail, normal: &[" blocked because dkim does not pass "], phrases: &["blocked because DKIM does not pass"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.spf_suspicious_entries", provider: 12, reason: Reason::SenderAuthFail, normal: &[" spf record of the sending domain has one or more suspicious entries "], phrases: &["SPF record of the sending domain has one or more suspicious entries"], with_code: None, note: Some(80), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.spf_did_not_pass", provider: 12, reason: Reason::SenderAuthFail, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })), note: Some(81), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.dkim_did_not_pass", provider: 12, reason: Reason::SenderAuthFail, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 })), note: Some(82), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.spf_record_suspicious", provider: 12, reason: Reason::SenderAuthFail, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })), note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.unauthenticated", provider: 12, reason: Reason::SenderAuthFail, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })), note: Some(83), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.bulk_tls_required", provider: 12, reason: Reason::TlsRequired, normal: &[" use tls ssl for smtp "], phrases: &["use TLS/SSL for SMTP"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.not_sent_over_tls", provider: 12, reason: Reason::TlsRequired, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 })), note: Some(84), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.tls_required_for_rcpt_domain", provider: 12, reason: Reason::TlsRequired, normal: &[" tls required for rcpt domain "], phrases: &["TLS required for RCPT domain"], with_code: None, note: Some(85), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.must_issue_starttls", provider: 12, reason: Reason::TlsRequired, normal: &[" must issue a starttls command first "], phrases: &["must issue a STARTTLS command first"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.ipv6_guidelines", provider: 12, reason: Reason::ReverseDns, normal: &[" does not meet ipv6 sending guidelines "], phrases: &["does not meet IPv6 sending guidelines"], with_code: None, note: Some(86), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.ptr_rate_limited", provider: 12, reason: Reason::ReverseDns, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 7, detail: 23 })), note: Some(87), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.ptr_missing", provider: 12, reason: Reason::ReverseDns, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 })), note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.same_message_id_quota", provider: 12, reason: Reason::RateLimited, normal: &[" sending messages with the same message id "], phrases: &["sending messages with the same Message-ID"], with_code: None, note: Some(88), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.very_low_reputation", provider: 12, reason: Reason::BadReputation, normal: &[" very low reputation of the sending "], phrases: &["very low reputation of the sending"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.unusual_rate_deferred", provider: 12, reason: Reason::RateLimited, normal: &[" unusual rate of unsolicited mail "], phrases: &["unusual rate of unsolicited mail"], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 7, detail: 0 })), note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.unusual_rate_blocked", provider: 12, reason: Reason::BadReputation, normal: &[" unusual rate of unsolicited mail "], phrases: &["unusual rate of unsolicited mail"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 1 })), note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.unusual_rate_of_mail", provider: 12, reason: Reason::RateLimited, normal: &[" unusual rate of mail "], phrases: &["unusual rate of mail"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.unsolicited_rate_limited", provider: 12, reason: Reason::RateLimited, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 7, detail: 28 })), note: Some(89), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.unsolicited_rate_blocked", provider: 12, reason: Reason::BadReputation, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 28 })), note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.suspicious_content", provider: 12, reason: Reason::Spam, normal: &[" suspicious due to the nature of the content "], phrases: &["suspicious due to the nature of the content"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.likely_unsolicited", provider: 12, reason: Reason::Spam, normal: &[" this message is likely unsolicited mail "], phrases: &["this message is likely unsolicited mail"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.ip_not_in_whitelist", provider: 12, reason: Reason::PolicyBlock, normal: &[" ip not in whitelist for rcpt domain "], phrases: &["IP not in whitelist for RCPT domain"], with_code: None, note: Some(90), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.not_authorized_to_send_directly", provider: 12, reason: Reason::PolicyBlock, normal: &[" not authorized to send email directly to our servers "], phrases: &["not authorized to send email directly to our servers"], with_code: None, note: Some(91), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.receiving_too_quickly_permanent", provider: 12, reason: Reason::RateLimited, normal: &[" rate that prevents additional messages from being delivered "], phrases: &["rate that prevents additional messages from being delivered"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.receiving_too_quickly", provider: 12, reason: Reason::RateLimited, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 2, detail: 1 })), note: Some(92), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.peak_relay_limit", provider: 12, reason: Reason::RateLimited, normal: &[" peak smtp relay limit exceeded "], phrases: &["Peak SMTP relay limit exceeded"], with_code: None, note: None, source: &SOURCES[178], read: "2026-12-05" },
    ProviderRule { id: "google.daily_relay_limit", provider: 12, reason: Reason::RateLimited, normal: &[" daily smtp relay limit exceeded "], phrases: &["Daily SMTP relay limit exceeded"], with_code: None, note: Some(93), source: &SOURCES[178], read: "2026-12-05" },
    ProviderRule { id: "google.daily_sending_limit", provider: 12, reason: Reason::RateLimited, normal: &[" daily user sending limit exceeded "], phrases: &["daily user sending limit exceeded"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.daily_quota_code", provider: 12, reason: Reason::RateLimited, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 4, detail: 5 })), note: Some(94), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.too_many_login_attempts", provider: 12, reason: Reason::RateLimited, normal: &[" too many login attempts "], phrases: &["too many login attempts"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.relay_too_many_recipients", provider: 12, reason: Reason::TooManyRecipients, normal: &[" too many recipients "], phrases: &["too many recipients"], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })), note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.account_disabled", provider: 12, reason: Reason::MailboxDisabled, normal: &[" account that you tried to reach is disabled "], phrases: &["account that you tried to reach is disabled"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.account_inactive", provider: 12, reason: Reason::MailboxDisabled, normal: &[" account that you tried to reach is inactive "], phrases: &["account that you tried to reach is inactive"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.inbox_out_of_storage", provider: 12, reason: Reason::MailboxFull, normal: &[" inbox is out of storage space "], phrases: &["inbox is out of storage space"], with_code: None, note: Some(95), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.over_quota", provider: 12, reason: Reason::MailboxFull, normal: &[" account that you tried to reach is over quota "], phrases: &["account that you tried to reach is over quota"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.no_such_account", provider: 12, reason: Reason::UserUnknown, normal: &[" account that you tried to reach does not exist "], phrases: &["account that you tried to reach does not exist"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.recipient_domain_not_found", provider: 12, reason: Reason::DomainNotFound, normal: &[" weren t able to find the recipient domain "], phrases: &["weren't able to find the recipient domain"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.recipient_not_rfc5321", provider: 12, reason: Reason::Syntax, normal: &[" not a valid rfc 5321 address "], phrases: &["not a valid RFC 5321 address"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 1, detail: 3 })), note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.sender_not_rfc5321", provider: 12, reason: Reason::SenderRejected, normal: &[" not a valid rfc 5321 address "], phrases: &["not a valid RFC 5321 address"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 1, detail: 7 })), note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.message_size_limits", provider: 12, reason: Reason::MessageTooBig, normal: &[" exceeded google s message size limits "], phrases: &["exceeded Google's message size limits"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.header_size_limit", provider: 12, reason: Reason::MessageTooBig, normal: &[" bytes per individual header size "], phrases: &["bytes per individual header size"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.header_size_limits", provider: 12, reason: Reason::MessageTooBig, normal: &[" exceeded google s message header size limits "], phrases: &["exceeded Google's message header size limits"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.custom_domain_policy", provider: 12, reason: Reason::PolicyBlock, normal: &[" gcdp "], phrases: &["gcdp"], with_code: None, note: Some(96), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.domain_policy_prohibited", provider: 12, reason: Reason::PolicyBlock, normal: &[" has a policy that prohibited the mail that you sent "], phrases: &["has a policy that prohibited the mail that you sent"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.illegal_attachment", provider: 12, reason: Reason::ContentRejected, normal: &[" illegal attachment on your message "], phrases: &["illegal attachment on your message"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.security_issue", provider: 12, reason: Reason::Virus, normal: &[" content presents a potential security issue "], phrases: &["content presents a potential security issue"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.from_header_missing", provider: 12, reason: Reason::ContentRejected, normal: &[" missing a valid address in the from "], phrases: &["missing a valid address in the From"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.multiple_from_addresses", provider: 12, reason: Reason::ContentRejected, normal: &[" multiple addresses in from "], phrases: &["multiple addresses in From"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.not_rfc5322", provider: 12, reason: Reason::ContentRejected, normal: &[" not rfc 5322 compliant "], phrases: &["not RFC 5322 compliant"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.message_id_missing", provider: 12, reason: Reason::ContentRejected, normal: &[" missing a valid message id "], phrases: &["missing a valid Message-ID"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.unicode_in_header", provider: 12, reason: Reason::ContentRejected, normal: &[" unicode character in a disallowed header "], phrases: &["unicode character in a disallowed header"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.encoded_word_not_permitted", provider: 12, reason: Reason::ContentRejected, normal: &[" encoded word syntax is not permitted "], phrases: &["encoded-word syntax is not permitted"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.malformed_message", provider: 12, reason: Reason::ContentRejected, normal: &[" mail message is malformed "], phrases: &["mail message is malformed"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.mail_loop", provider: 12, reason: Reason::LoopDetected, normal: &[" message exceeded 50 hops "], phrases: &["message exceeded 50 hops"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.web_login_text", provider: 12, reason: Reason::AuthFailed, normal: &[" log in through your web browser "], phrases: &["log in through your web browser"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.web_login_text_with", provider: 12, reason: Reason::AuthFailed, normal: &[" log in with your web browser "], phrases: &["log in with your web browser"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.web_login_required", provider: 12, reason: Reason::AuthFailed, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 14 })), note: Some(97), source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.xoauth_unsupported", provider: 12, reason: Reason::AuthFailed, normal: &[" xoauth is no longer supported "], phrases: &["XOAUTH is no longer supported"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.authentication_required", provider: 12, reason: Reason::AuthRequired, normal: &[" authentication required "], phrases: &["authentication required"], with_code: Some(Code::Reply(ReplyCode(530))), note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.cannot_authenticate_temporarily", provider: 12, reason: Reason::SystemError, normal: &[" cannot authenticate due to temporary system problem "], phrases: &["cannot authenticate due to temporary system problem"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.no_identity_changes", provider: 12, reason: Reason::BadSequence, normal: &[" no identity changes permitted "], phrases: &["no identity changes permitted"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.mail_relay_denied", provider: 12, reason: Reason::RelayDenied, normal: &[" mail relay denied "], phrases: &["mail relay denied"], with_code: None, note: Some(98), source: &SOURCES[178], read: "2026-12-05" },
    ProviderRule { id: "google.invalid_credentials_for_relay", provider: 12, reason: Reason::RelayDenied, normal: &[" invalid credentials for relay "], phrases: &["invalid credentials for relay"], with_code: None, note: Some(99), source: &SOURCES[178], read: "2026-12-05" },
    ProviderRule { id: "google.mail_sending_denied", provider: 12, reason: Reason::SenderRejected, normal: &[" mail sending denied "], phrases: &["mail sending denied"], with_code: None, note: Some(100), source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.helo_argument_invalid", provider: 12, reason: Reason::Syntax, normal: &[" helo ehlo argument is invalid "], phrases: &["HELO/EHLO argument is invalid"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.empty_helo", provider: 12, reason: Reason::Syntax, normal: &[" empty helo ehlo argument not allowed "], phrases: &["empty HELO/EHLO argument not allowed"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.no_data_after_bdat", provider: 12, reason: Reason::BadSequence, normal: &[" no data after bdat "], phrases: &["no DATA after BDAT"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.connection_expired", provider: 12, reason: Reason::NetworkError, normal: &[" connection expired try reconnecting "], phrases: &["connection expired, try reconnecting"], with_code: None, note: None, source: &SOURCES[296], read: "2026-12-05" },
    ProviderRule { id: "google.session_timeout", provider: 12, reason: Reason::NetworkError, normal: &[" timeout closing connection "], phrases: &["timeout - closing connection"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "google.temporary_system_problem", provider: 12, reason: Reason::SystemError, normal: &[" temporary system problem "], phrases: &["temporary system problem"], with_code: None, note: None, source: &SOURCES[29], read: "2026-12-05" },
    ProviderRule { id: "haraka.early_talker", provider: 13, reason: Reason::BadSequence, normal: &[" you talk too soon "], phrases: &["you talk too soon"], with_code: None, note: Some(101), source: &SOURCES[179], read: "2026-12-05" },
    ProviderRule { id: "haraka.no_mx_for_from", provider: 13, reason: Reason::SenderRejected, normal: &[" mx for your from address "], phrases: &["mx for your from address"], with_code: None, note: Some(102), source: &SOURCES[182], read: "2026-12-05" },
    ProviderRule { id: "haraka.temp_resolver_error", provider: 13, reason: Reason::SystemError, normal: &[" temp resolver error "], phrases: &["temp resolver error"], with_code: None, note: None, source: &SOURCES[182], read: "2026-12-05" },
    ProviderRule { id: "haraka.too_many_unrecognized_commands", provider: 13, reason: Reason::Syntax, normal: &[" too many unrecognized commands "], phrases: &["too many unrecognized commands"], with_code: None, note: None, source: &SOURCES[181], read: "2026-12-05" },
    ProviderRule { id: "haraka.too_many_recipient_attempts", provider: 13, reason: Reason::TooManyRecipients, normal: &[" too many recipient attempts "], phrases: &["too many recipient attempts"], with_code: None, note: None, source: &SOURCES[181], read: "2026-12-05" },
    ProviderRule { id: "haraka.helo_denied", provider: 13, reason: Reason::PolicyBlock, normal: &[" helo denied "], phrases: &["helo denied"], with_code: None, note: None, source: &SOURCES[31], read: "2026-12-05" },
    ProviderRule { id: "haraka.ehlo_denied", provider: 13, reason: Reason::PolicyBlock, normal: &[" ehlo denied "], phrases: &["ehlo denied"], with_code: None, note: None, source: &SOURCES[31], read: "2026-12-05" },
    ProviderRule { id: "haraka.ssl_on_plain_socket", provider: 13, reason: Reason::Syntax, normal: &[" ssl attempted over a non ssl socket "], phrases: &["ssl attempted over a non-ssl socket"], with_code: None, note: Some(103), source: &SOURCES[31], read: "2026-12-05" },
    ProviderRule { id: "haraka.helo_dynamic", provider: 13, reason: Reason::PolicyBlock, normal: &[" helo is dynamic "], phrases: &["helo is dynamic"], with_code: None, note: None, source: &SOURCES[180], read: "2026-12-05" },
    ProviderRule { id: "haraka.helo_no_forward_dns", provider: 13, reason: Reason::PolicyBlock, normal: &[" helo host has no forward dns match "], phrases: &["helo host has no forward dns match"], with_code: None, note: None, source: &SOURCES[180], read: "2026-12-05" },
    ProviderRule { id: "haraka.helo_rdns_mismatch", provider: 13, reason: Reason::ReverseDns, normal: &[" helo host does not match rdns "], phrases: &["helo host does not match rdns"], with_code: None, note: None, source: &SOURCES[180], read: "2026-12-05" },
    ProviderRule { id: "haraka.spoofed_mail_from", provider: 13, reason: Reason::SenderRejected, normal: &[" spoofed mail from "], phrases: &["spoofed mail from"], with_code: None, note: Some(104), source: &SOURCES[184], read: "2026-12-05" },
    ProviderRule { id: "haraka.split_transaction", provider: 13, reason: Reason::TooManyRecipients, normal: &[" split transaction retry soon "], phrases: &["split transaction retry soon"], with_code: None, note: Some(105), source: &SOURCES[184], read: "2026-12-05" },
    ProviderRule { id: "haraka.credential_leak", provider: 13, reason: Reason::ContentRejected, normal: &[" credential leak detected "], phrases: &["credential leak detected"], with_code: None, note: Some(106), source: &SOURCES[183], read: "2026-12-05" },
    ProviderRule { id: "mail_ru.spam_message_rejected", provider: 14, reason: Reason::Spam, normal: &[" spam message rejected "], phrases: &["spam message rejected"], with_code: None, note: Some(107), source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "mail_ru.account_disabled", provider: 14, reason: Reason::MailboxDisabled, normal: &[" message was not accepted invalid mailbox ", " account is disabled "], phrases: &["message was not accepted invalid mailbox", "account is disabled"], with_code: None, note: None, source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "mail_ru.invalid_mailbox", provider: 14, reason: Reason::UserUnknown, normal: &[" message was not accepted invalid mailbox "], phrases: &["message was not accepted invalid mailbox"], with_code: None, note: None, source: &SOURCES[199], read: "2026-12-05" },
    ProviderRule { id: "mail_ru.dmarc_policy", provider: 14, reason: Reason::DmarcFail, normal: &[" not accepted due to domain ", " owner dmarc policy "], phrases: &["not accepted due to domain", "owner dmarc policy"], with_code: None, note: Some(108), source: &SOURCES[198], read: "2026-12-05" },
    ProviderRule { id: "mail_ru.dynamic_ips", provider: 14, reason: Reason::Blocklisted, normal: &[" we do not accept mail from dynamic ips "], phrases: &["we do not accept mail from dynamic ips"], with_code: None, note: Some(109), source: &SOURCES[201], read: "2026-12-05" },
    ProviderRule { id: "mail_ru.sending_disabled", provider: 14, reason: Reason::SenderRejected, normal: &[" message sending for this account is disabled "], phrases: &["message sending for this account is disabled"], with_code: None, note: Some(110), source: &SOURCES[200], read: "2026-12-05" },
    ProviderRule { id: "mailgun.previously_bounced", provider: 15, reason: Reason::UserUnknown, normal: &[" not delivering to previously bounced address "], phrases: &["not delivering to previously bounced address"], with_code: None, note: Some(111), source: &SOURCES[193], read: "2026-12-05" },
    ProviderRule { id: "mailgun.unsubscribed", provider: 15, reason: Reason::PolicyBlock, normal: &[" not delivering to unsubscribed address "], phrases: &["not delivering to unsubscribed address"], with_code: None, note: Some(112), source: &SOURCES[197], read: "2026-12-05" },
    ProviderRule { id: "mailgun.marked_as_spam", provider: 15, reason: Reason::PolicyBlock, normal: &[" not delivering to a user who marked your messages as spam "], phrases: &["not delivering to a user who marked your messages as spam"], with_code: None, note: Some(113), source: &SOURCES[196], read: "2026-12-05" },
    ProviderRule { id: "mailgun.sandbox_domain", provider: 15, reason: Reason::SenderRejected, normal: &[" sandbox subdomains are for test purposes only "], phrases: &["sandbox subdomains are for test purposes only"], with_code: None, note: Some(114), source: &SOURCES[195], read: "2026-12-05" },
    ProviderRule { id: "mailgun.free_account", provider: 15, reason: Reason::SenderRejected, normal: &[" free accounts are for test purposes only "], phrases: &["free accounts are for test purposes only"], with_code: None, note: Some(115), source: &SOURCES[194], read: "2026-12-05" },
    ProviderRule { id: "mailgun.domain_unverified", provider: 15, reason: Reason::SenderRejected, normal: &[" domain is unverified and requires dns configuration "], phrases: &["domain is unverified and requires dns configuration"], with_code: None, note: Some(116), source: &SOURCES[194], read: "2026-12-05" },
    ProviderRule { id: "mailgun.domain_limit_exceeded", provider: 15, reason: Reason::RateLimited, normal: &[" is not allowed to send ", " limit exceeded "], phrases: &["is not allowed to send", "limit exceeded"], with_code: None, note: Some(117), source: &SOURCES[194], read: "2026-12-05" },
    ProviderRule { id: "mailgun.large_batches", provider: 15, reason: Reason::RateLimited, normal: &[" not allowed to send large batches yet "], phrases: &["not allowed to send large batches yet"], with_code: None, note: None, source: &SOURCES[194], read: "2026-12-05" },
    ProviderRule { id: "microsoft.recipient_not_found_5_1_10", provider: 16, reason: Reason::UserUnknown, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 1, detail: 10 })), note: Some(118), source: &SOURCES[206], read: "2026-12-05" },
    ProviderRule { id: "microsoft.resolver_recipient_not_found", provider: 16, reason: Reason::UserUnknown, normal: &[" resolver adr recipientnotfound "], phrases: &["RESOLVER.ADR.RecipientNotFound"], with_code: None, note: None, source: &SOURCES[206], read: "2026-12-05" },
    ProviderRule { id: "microsoft.dbeb_recipient_rejected", provider: 16, reason: Reason::UserUnknown, normal: &[" recipient address rejected "], phrases: &["recipient address rejected"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 4, detail: 1 })), note: Some(119), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.relay_access_denied_5_4_1", provider: 16, reason: Reason::RelayDenied, normal: &[" relay access denied "], phrases: &["relay access denied"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 4, detail: 1 })), note: Some(120), source: &SOURCES[208], read: "2026-12-05" },
    ProviderRule { id: "microsoft.submission_quota_5_2_2", provider: 16, reason: Reason::RateLimited, normal: &[" submission quota exceeded "], phrases: &["submission quota exceeded"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 2, detail: 2 })), note: Some(121), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.recipient_thread_limit_4_3_2", provider: 16, reason: Reason::RateLimited, normal: &[" storedrv deliver ", " recipient thread limit exceeded "], phrases: &["STOREDRV.Deliver", "recipient thread limit exceeded"], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 3, detail: 2 })), note: Some(122), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.queue_expired", provider: 16, reason: Reason::Expired, normal: &[" queue expired "], phrases: &["QUEUE.Expired"], with_code: None, note: Some(123), source: &SOURCES[205], read: "2026-12-05" },
    ProviderRule { id: "microsoft.ambiguous_recipient", provider: 16, reason: Reason::SystemError, normal: &[" ambiguousrecipienttransientexception "], phrases: &["AmbiguousRecipientTransientException"], with_code: None, note: Some(124), source: &SOURCES[205], read: "2026-12-05" },
    ProviderRule { id: "microsoft.sender_denied_5_1_0", provider: 16, reason: Reason::UserUnknown, normal: &[" sender denied "], phrases: &["sender denied"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 1, detail: 0 })), note: Some(125), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.bad_outbound_sender_5_1_8", provider: 16, reason: Reason::BadReputation, normal: &[" bad outbound sender "], phrases: &["bad outbound sender"], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 })), note: Some(126), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.delivery_not_authorized", provider: 16, reason: Reason::PolicyBlock, normal: &[" delivery not authorized "], phrases: &["delivery not authorized"], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })), note: Some(127), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.blocklist_1", provider: 16, reason: Reason::Blocklisted, normal: &[" blocked using blocklist 1 "], phrases: &["blocked using Blocklist 1"], with_code: None, note: Some(128), source: &SOURCES[210], read: "2026-12-05" },
    ProviderRule { id: "microsoft.not_authenticated_by_organization_5_7_12", provider: 16, reason: Reason::PolicyBlock, normal: &[" sender was not authenticated by organization "], phrases: &["sender was not authenticated by organization"], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 })), note: Some(129), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.public_folder_5_7_13", provider: 16, reason: Reason::PolicyBlock, normal: &[" sender was not authenticated for public folder "], phrases: &["sender was not authenticated for public folder"], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 })), note: Some(130), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.mta_sts_certificate", provider: 16, reason: Reason::TlsRequired, normal: &[" failed mta sts validation "], phrases: &["failed MTA-STS validation"], with_code: Some(Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 })), note: Some(131), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.ipv6_spf_or_dkim", provider: 16, reason: Reason::SenderAuthFail, normal: &[" must pass either spf or dkim validation "], phrases: &["must pass either SPF or DKIM validation"], with_code: None, note: Some(132), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.ipv6_reverse_dns", provider: 16, reason: Reason::ReverseDns, normal: &[" must have a reverse dns record "], phrases: &["must have a reverse DNS record"], with_code: None, note: Some(133), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.hop_count_attr34", provider: 16, reason: Reason::LoopDetected, normal: &[" hop count exceeded ", " attr34 "], phrases: &["hop count exceeded", "ATTR34"], with_code: None, note: None, source: &SOURCES[209], read: "2026-12-05" },
    ProviderRule { id: "microsoft.tenant_attribution", provider: 16, reason: Reason::RelayDenied, normal: &[" tenantattribution "], phrases: &["TenantAttribution"], with_code: None, note: None, source: &SOURCES[214], read: "2026-12-05" },
    ProviderRule { id: "microsoft.unified_group_agent", provider: 16, reason: Reason::PolicyBlock, normal: &[" unifiedgroupagent "], phrases: &["UnifiedGroupAgent"], with_code: None, note: None, source: &SOURCES[211], read: "2026-12-05" },
    ProviderRule { id: "microsoft.relay_pool", provider: 16, reason: Reason::RelayDenied, normal: &[" remote server returned not permitted to relay "], phrases: &["remote server returned not permitted to relay"], with_code: None, note: None, source: &SOURCES[212], read: "2026-12-05" },
    ProviderRule { id: "microsoft.customer_block_list", provider: 16, reason: Reason::PolicyBlock, normal: &[" using customer block list "], phrases: &["using customer block list"], with_code: None, note: Some(134), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.as345_nested_attachments", provider: 16, reason: Reason::ContentRejected, normal: &[" policy violation detected as345 "], phrases: &["policy violation detected AS345"], with_code: None, note: Some(135), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.x_dg_ref_header", provider: 16, reason: Reason::ContentRejected, normal: &[" x dg ref header is too long "], phrases: &["x-dg-ref header is too long"], with_code: None, note: Some(136), source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "microsoft.suspicious_remote_server", provider: 16, reason: Reason::NetworkError, normal: &[" suspiciousremoteservererror "], phrases: &["SuspiciousRemoteServerError"], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 4, detail: 318 })), note: None, source: &SOURCES[308], read: "2026-12-05" },
    ProviderRule { id: "microsoft.starttls_required_to_send", provider: 16, reason: Reason::TlsRequired, normal: &[" starttls is required to send mail "], phrases: &["STARTTLS is required to send mail"], with_code: None, note: None, source: &SOURCES[308], read: "2026-12-05" },
    ProviderRule { id: "microsoft.smtpsend_nonexistent_domain", provider: 16, reason: Reason::DomainNotFound, normal: &[" smtpsend dns nonexistentdomain "], phrases: &["SMTPSEND.DNS.NonExistentDomain"], with_code: None, note: None, source: &SOURCES[308], read: "2026-12-05" },
    ProviderRule { id: "microsoft.replication_failed", provider: 16, reason: Reason::SystemError, normal: &[" message failed to be replicated "], phrases: &["message failed to be replicated"], with_code: None, note: None, source: &SOURCES[308], read: "2026-12-05" },
    ProviderRule { id: "microsoft.no_mail_enabled_subscriptions", provider: 16, reason: Reason::DomainNotFound, normal: &[" hosted tenant which has no mail enabled subscriptions "], phrases: &["hosted tenant which has no mail-enabled subscriptions"], with_code: None, note: None, source: &SOURCES[308], read: "2026-12-05" },
    ProviderRule { id: "microsoft.connection_refused_10061", provider: 16, reason: Reason::NetworkError, normal: &[" socket error code 10061 "], phrases: &["socket error code 10061"], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 4, detail: 316 })), note: None, source: &SOURCES[204], read: "2026-12-05" },
    ProviderRule { id: "mimecast.spf_sender_invalid", provider: 17, reason: Reason::SenderAuthFail, normal: &[" spf sender invalid "], phrases: &["spf sender invalid"], with_code: None, note: Some(137), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.dkim_sender_invalid", provider: 17, reason: Reason::SenderAuthFail, normal: &[" dkim sender invalid "], phrases: &["dkim sender invalid"], with_code: None, note: Some(138), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.dmarc_sender_invalid", provider: 17, reason: Reason::DmarcFail, normal: &[" dmarc sender invalid "], phrases: &["dmarc sender invalid"], with_code: None, note: None, source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.internal_resources_unavailable", provider: 17, reason: Reason::Greylisted, normal: &[" internal resource", " temporarily unavailable "], phrases: &["internal resource*", "temporarily unavailable"], with_code: None, note: Some(139), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.local_ct_ip_reputation", provider: 17, reason: Reason::BadReputation, normal: &[" local ct ip reputation "], phrases: &["local ct ip reputation"], with_code: None, note: Some(140), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.sender_address_blocked", provider: 17, reason: Reason::PolicyBlock, normal: &[" sender address blocked "], phrases: &["sender address blocked"], with_code: None, note: Some(141), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.account_service_unavailable", provider: 17, reason: Reason::RateLimited, normal: &[" account service is temporarily unavailable "], phrases: &["account service is temporarily unavailable"], with_code: None, note: Some(142), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.maximum_email_size_exceeded", provider: 17, reason: Reason::MessageTooBig, normal: &[" maximum email size exceeded "], phrases: &["maximum email size exceeded"], with_code: None, note: Some(143), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.mail_loop_detected", provider: 17, reason: Reason::LoopDetected, normal: &[" mail loop detected "], phrases: &["mail loop detected"], with_code: None, note: Some(144), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.open_relay_not_allowed", provider: 17, reason: Reason::RelayDenied, normal: &[" open relay ", " not allowed "], phrases: &["open relay", "not allowed"], with_code: None, note: Some(145), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.account_inbounds_disabled", provider: 17, reason: Reason::MailboxDisabled, normal: &[" account inbounds disabled "], phrases: &["account inbounds disabled"], with_code: None, note: Some(146), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.account_outbounds_disabled", provider: 17, reason: Reason::PolicyBlock, normal: &[" account outbounds disabled "], phrases: &["account outbounds disabled"], with_code: None, note: Some(147), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.anti_spoofing_inbound_not_allowed", provider: 17, reason: Reason::PolicyBlock, normal: &[" anti spoofing policy ", " inbound not allowed "], phrases: &["anti spoofing policy", "inbound not allowed"], with_code: None, note: Some(148), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.header_based_anti_spoofing", provider: 17, reason: Reason::PolicyBlock, normal: &[" header based anti spoofing policy "], phrases: &["header based anti spoofing policy"], with_code: None, note: Some(149), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.content_examination_policy", provider: 17, reason: Reason::ContentRejected, normal: &[" content examination policy "], phrases: &["content examination policy"], with_code: None, note: Some(150), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.host_network_not_allowed", provider: 17, reason: Reason::PolicyBlock, normal: &[" host network not allowed "], phrases: &["host network not allowed"], with_code: None, note: Some(151), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.administrative_prohibition_envelope_blocked", provider: 17, reason: Reason::PolicyBlock, normal: &[" administrative prohibition ", " envelope blocked "], phrases: &["administrative prohibition", "envelope blocked"], with_code: None, note: Some(152), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.envelope_blocked_user_entry", provider: 17, reason: Reason::SenderRejected, normal: &[" envelope blocked ", " user entry "], phrases: &["envelope blocked", "user entry"], with_code: None, note: Some(153), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.envelope_blocked_user_domain_entry", provider: 17, reason: Reason::SenderRejected, normal: &[" envelope blocked ", " user domain entry "], phrases: &["envelope blocked", "user domain entry"], with_code: None, note: Some(154), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.manually_blocked_senders", provider: 17, reason: Reason::SenderRejected, normal: &[" manually blocked senders "], phrases: &["manually blocked senders"], with_code: None, note: Some(155), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.blocked_senders_header_from", provider: 17, reason: Reason::SenderRejected, normal: &[" block policy for header from "], phrases: &["block policy for header from"], with_code: None, note: Some(156), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.blocked_senders_envelope_from", provider: 17, reason: Reason::SenderRejected, normal: &[" block policy for envelope from "], phrases: &["block policy for envelope from"], with_code: None, note: Some(157), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.incorrect_authentication_data", provider: 17, reason: Reason::AuthFailed, normal: &[" incorrect authentication data "], phrases: &["incorrect authentication data"], with_code: None, note: Some(158), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.submitter_failed_to_authenticate", provider: 17, reason: Reason::AuthFailed, normal: &[" submitter failed to authenticate "], phrases: &["submitter failed to authenticate"], with_code: None, note: None, source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.route_requires_tls", provider: 17, reason: Reason::TlsRequired, normal: &[" this route requires encryption "], phrases: &["this route requires encryption"], with_code: None, note: Some(159), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.route_requires_tls12", provider: 17, reason: Reason::TlsRequired, normal: &[" this route requires tls version 1 2 "], phrases: &["this route requires tls version 1 2"], with_code: None, note: Some(160), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.route_requires_high_strength_ciphers", provider: 17, reason: Reason::TlsRequired, normal: &[" this route requires high strength ciphers "], phrases: &["this route requires high strength ciphers"], with_code: None, note: Some(161), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.unable_to_process_connection", provider: 17, reason: Reason::ServiceUnavailable, normal: &[" unable to process connection at this time "], phrases: &["unable to process connection at this time"], with_code: None, note: Some(162), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.message_ended_early", provider: 17, reason: Reason::NetworkError, normal: &[" message ended early "], phrases: &["message ended early"], with_code: None, note: Some(163), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.unable_to_process_command", provider: 17, reason: Reason::SystemError, normal: &[" unable to process command "], phrases: &["unable to process command"], with_code: None, note: None, source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.unable_to_process_email", provider: 17, reason: Reason::SystemError, normal: &[" unable to process an email at this time "], phrases: &["unable to process an email at this time"], with_code: None, note: None, source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.too_many_recipients", provider: 17, reason: Reason::TooManyRecipients, normal: &[" too many recipients "], phrases: &["too many recipients"], with_code: Some(Code::Reply(ReplyCode(452))), note: Some(164), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.outbound_thread_limit", provider: 17, reason: Reason::RateLimited, normal: &[" exceeding outbound thread limit "], phrases: &["exceeding outbound thread limit"], with_code: None, note: Some(165), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.invalid_recipient", provider: 17, reason: Reason::UserUnknown, normal: &[" invalid recipient "], phrases: &["invalid recipient"], with_code: Some(Code::Reply(ReplyCode(550))), note: None, source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "mimecast.rejected_due_to_security_policies", provider: 17, reason: Reason::Spam, normal: &[" email rejected due to security policies "], phrases: &["email rejected due to security policies"], with_code: None, note: Some(166), source: &SOURCES[203], read: "2026-12-05" },
    ProviderRule { id: "naver.no_such_user", provider: 18, reason: Reason::UserUnknown, normal: &[" no such user "], phrases: &["no such user"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 1, detail: 1 })), note: Some(167), source: &SOURCES[221], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.mx_lookup_temporary", provider: 19, reason: Reason::SystemError, normal: &[" temporary failure in mx lookup "], phrases: &["temporary failure in mx lookup"], with_code: None, note: None, source: &SOURCES[57], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.no_mx_found", provider: 19, reason: Reason::DomainNotFound, normal: &[" no mx found for "], phrases: &["no mx found for"], with_code: None, note: Some(168), source: &SOURCES[57], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.domain_does_not_accept_mail", provider: 19, reason: Reason::DomainNotFound, normal: &[" domain does not accept mail "], phrases: &["domain does not accept mail"], with_code: None, note: Some(169), source: &SOURCES[57], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.network_error_on_mxs", provider: 19, reason: Reason::NetworkError, normal: &[" network error on destination mxs "], phrases: &["network error on destination mxs"], with_code: None, note: None, source: &SOURCES[57], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.no_valid_route", provider: 19, reason: Reason::NetworkError, normal: &[" no valid route to "], phrases: &["no valid route to"], with_code: None, note: None, source: &SOURCES[57], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.tls_not_supported_by_remote", provider: 19, reason: Reason::TlsRequired, normal: &[" tls required but not supported by remote host "], phrases: &["tls required but not supported by remote host"], with_code: None, note: None, source: &SOURCES[58], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.list_expansion_problem", provider: 19, reason: Reason::SystemError, normal: &[" mailing list expansion problem "], phrases: &["mailing list expansion problem"], with_code: None, note: Some(170), source: &SOURCES[55], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.pipelining_not_supported", provider: 19, reason: Reason::BadSequence, normal: &[" pipelining not supported "], phrases: &["pipelining not supported"], with_code: None, note: None, source: &SOURCES[60], read: "2026-12-05" },
    ProviderRule { id: "opensmtpd.no_recipient_specified", provider: 19, reason: Reason::BadSequence, normal: &[" no recipient specified "], phrases: &["no recipient specified"], with_code: None, note: None, source: &SOURCES[60], read: "2026-12-05" },
    ProviderRule { id: "orange.abusix_listed", provider: 20, reason: Reason::Blocklisted, normal: &[" ofr", " 100 "], phrases: &["OFR*", "100"], with_code: None, note: Some(171), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.spamhaus_listed", provider: 20, reason: Reason::Blocklisted, normal: &[" ofr", " 101 "], phrases: &["OFR*", "101"], with_code: None, note: Some(172), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.cloudmark_listed", provider: 20, reason: Reason::Blocklisted, normal: &[" ofr", " 102 "], phrases: &["OFR*", "102"], with_code: None, note: Some(173), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.orange_blocklist", provider: 20, reason: Reason::Blocklisted, normal: &[" ofr", " 103 "], phrases: &["OFR*", "103"], with_code: None, note: Some(174), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.too_many_connections", provider: 20, reason: Reason::RateLimited, normal: &[" ofr", " 104 "], phrases: &["OFR*", "104"], with_code: None, note: Some(175), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.missing_ptr", provider: 20, reason: Reason::ReverseDns, normal: &[" ofr", " 107 "], phrases: &["OFR*", "107"], with_code: None, note: Some(176), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.too_many_messages_per_connection", provider: 20, reason: Reason::RateLimited, normal: &[" ofr", " 109 "], phrases: &["OFR*", "109"], with_code: None, note: Some(177), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.invalid_helo", provider: 20, reason: Reason::PolicyBlock, normal: &[" ofr", " 201 "], phrases: &["OFR*", "201"], with_code: None, note: Some(178), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.spf_check_failed", provider: 20, reason: Reason::SenderAuthFail, normal: &[" spf check failed "], phrases: &["spf check failed"], with_code: None, note: None, source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.sender_domain_dns", provider: 20, reason: Reason::SenderRejected, normal: &[" ofr", " 405 "], phrases: &["OFR*", "405"], with_code: None, note: Some(179), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.invalid_recipient", provider: 20, reason: Reason::UserUnknown, normal: &[" ofr", " 416 "], phrases: &["OFR*", "416"], with_code: None, note: None, source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.recipient_overquota", provider: 20, reason: Reason::MailboxFull, normal: &[" recipient overquota "], phrases: &["recipient overquota"], with_code: None, note: None, source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.sender_domain_listed", provider: 20, reason: Reason::Blocklisted, normal: &[" ofr", " 425 "], phrases: &["OFR*", "425"], with_code: None, note: Some(180), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.suspected_spam", provider: 20, reason: Reason::Spam, normal: &[" ofr", " 506 "], phrases: &["OFR*", "506"], with_code: None, note: Some(181), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.dmarc_failed", provider: 20, reason: Reason::DmarcFail, normal: &[" ofr", " 515 "], phrases: &["OFR*", "515"], with_code: None, note: None, source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.spf_not_authorized", provider: 20, reason: Reason::SenderAuthFail, normal: &[" ofr", " 519 "], phrases: &["OFR*", "519"], with_code: None, note: None, source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "orange.ofr_999", provider: 20, reason: Reason::RateLimited, normal: &[" ofr 999 "], phrases: &["OFR_999"], with_code: None, note: Some(182), source: &SOURCES[291], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.required_authentication_level", provider: 21, reason: Reason::SenderAuthFail, normal: &[" does not meet the required authentication level "], phrases: &["does not meet the required authentication level"], with_code: None, note: Some(183), source: &SOURCES[219], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.block_list_s3140", provider: 21, reason: Reason::Blocklisted, normal: &[" s3140 "], phrases: &["S3140"], with_code: None, note: Some(184), source: &SOURCES[318], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.block_list_s3150", provider: 21, reason: Reason::Blocklisted, normal: &[" s3150 "], phrases: &["S3150"], with_code: None, note: Some(185), source: &SOURCES[261], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.network_on_block_list", provider: 21, reason: Reason::Blocklisted, normal: &[" part of their network is on our block list "], phrases: &["part of their network is on our block list"], with_code: None, note: None, source: &SOURCES[157], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.block_list_sc_001", provider: 21, reason: Reason::Blocklisted, normal: &[" sc 001 "], phrases: &["SC-001"], with_code: None, note: None, source: &SOURCES[157], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.too_many_unwanted_sc_004", provider: 21, reason: Reason::BadReputation, normal: &[" sc 004 ", " too many unwanted messages "], phrases: &["SC-004", "too many unwanted messages"], with_code: None, note: None, source: &SOURCES[299], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.ip_reputation_rate_limited", provider: 21, reason: Reason::BadReputation, normal: &[" temporarily rate limited due to ip reputation "], phrases: &["temporarily rate limited due to IP reputation"], with_code: None, note: Some(186), source: &SOURCES[309], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.rate_limited_4_7_650", provider: 21, reason: Reason::BadReputation, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 7, detail: 650 })), note: None, source: &SOURCES[309], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.server_busy", provider: 21, reason: Reason::ServiceUnavailable, normal: &[" server busy please try again later from "], phrases: &["server busy please try again later from"], with_code: None, note: None, source: &SOURCES[310], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.pfa_agent_busy", provider: 21, reason: Reason::ServiceUnavailable, normal: &[" pfa agent busy "], phrases: &["PFA agent busy"], with_code: None, note: None, source: &SOURCES[310], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.mailbox_unavailable_5_5_0", provider: 21, reason: Reason::UserUnknown, normal: &[" mailbox unavailable "], phrases: &["mailbox unavailable"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 5, detail: 0 })), note: Some(187), source: &SOURCES[217], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.requested_action_mailbox_unavailable", provider: 21, reason: Reason::UserUnknown, normal: &[" requested action not taken ", " mailbox unavailable "], phrases: &["requested action not taken", "mailbox unavailable"], with_code: None, note: None, source: &SOURCES[303], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.dmarc_reject_5_7_509", provider: 21, reason: Reason::DmarcFail, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 509 })), note: Some(188), source: &SOURCES[298], read: "2026-12-05" },
    ProviderRule { id: "outlook_com.weren_t_sent_block_list", provider: 21, reason: Reason::Blocklisted, normal: &[" weren t sent ", " block list "], phrases: &["weren't sent", "block list"], with_code: None, note: None, source: &SOURCES[318], read: "2026-12-05" },
    ProviderRule { id: "ovh.auth_failed_or_spam_block", provider: 22, reason: Reason::AuthFailed, normal: &[], phrases: &[], with_code: Some(Code::Reply(ReplyCode(535))), note: Some(189), source: &SOURCES[228], read: "2026-12-05" },
    ProviderRule { id: "ovh.bad_sequence_means_no_auth", provider: 22, reason: Reason::AuthRequired, normal: &[], phrases: &[], with_code: Some(Code::Reply(ReplyCode(503))), note: Some(190), source: &SOURCES[228], read: "2026-12-05" },
    ProviderRule { id: "ovh.unrecognised_address_arguments", provider: 22, reason: Reason::Syntax, normal: &[], phrases: &[], with_code: Some(Code::Reply(ReplyCode(555))), note: Some(191), source: &SOURCES[228], read: "2026-12-05" },
    ProviderRule { id: "ovh.missing_spf_dkim", provider: 22, reason: Reason::SenderAuthFail, normal: &[], phrases: &[], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 26 })), note: Some(192), source: &SOURCES[228], read: "2026-12-05" },
    ProviderRule { id: "ovh.queue_too_long", provider: 22, reason: Reason::Expired, normal: &[" wasn t able to establish an smtp connection ", " in the queue too long "], phrases: &["wasn't able to establish an smtp connection", "in the queue too long"], with_code: None, note: Some(193), source: &SOURCES[229], read: "2026-12-05" },
    ProviderRule { id: "postfix.helo_host_not_found", provider: 23, reason: Reason::PolicyBlock, normal: &[" helo command rejected ", " host not found "], phrases: &["helo command rejected", "host not found"], with_code: None, note: Some(194), source: &SOURCES[76], read: "2026-12-05" },
    ProviderRule { id: "postfix.helo_not_fqdn", provider: 23, reason: Reason::PolicyBlock, normal: &[" helo command rejected ", " need fully qualified hostname "], phrases: &["helo command rejected", "need fully-qualified hostname"], with_code: None, note: Some(195), source: &SOURCES[76], read: "2026-12-05" },
    ProviderRule { id: "postfix.helo_invalid_name", provider: 23, reason: Reason::Syntax, normal: &[" helo command rejected ", " invalid name "], phrases: &["helo command rejected", "invalid name"], with_code: None, note: None, source: &SOURCES[76], read: "2026-12-05" },
    ProviderRule { id: "postfix.multi_recipient_bounce", provider: 23, reason: Reason::PolicyBlock, normal: &[" multi recipient bounce "], phrases: &["multi-recipient bounce"], with_code: None, note: Some(196), source: &SOURCES[76], read: "2026-12-05" },
    ProviderRule { id: "postfix.insufficient_system_storage", provider: 23, reason: Reason::SystemError, normal: &[" insufficient system storage "], phrases: &["insufficient system storage"], with_code: None, note: Some(197), source: &SOURCES[76], read: "2026-12-05" },
    ProviderRule { id: "postfix.undeliverable_address", provider: 23, reason: Reason::UserUnknown, normal: &[" recipient address rejected ", " undeliverable address "], phrases: &["recipient address rejected", "undeliverable address"], with_code: None, note: Some(198), source: &SOURCES[76], read: "2026-12-05" },
    ProviderRule { id: "postfix.dns_try_again", provider: 23, reason: Reason::SystemError, normal: &[" host not found try again "], phrases: &["host not found, try again"], with_code: None, note: Some(199), source: &SOURCES[232], read: "2026-12-05" },
    ProviderRule { id: "postfix.dns_no_data", provider: 23, reason: Reason::DomainNotFound, normal: &[" host found but no data record of requested type "], phrases: &["host found but no data record of requested type"], with_code: None, note: None, source: &SOURCES[232], read: "2026-12-05" },
    ProviderRule { id: "postfix.mailbox_file_too_large", provider: 23, reason: Reason::MailboxFull, normal: &[" error writing message ", " file too large "], phrases: &["error writing message", "file too large"], with_code: None, note: Some(200), source: &SOURCES[233], read: "2026-12-05" },
    ProviderRule { id: "postfix.non_smtp_command", provider: 23, reason: Reason::Syntax, normal: &[" i can break rules too "], phrases: &["i can break rules too"], with_code: None, note: Some(201), source: &SOURCES[70], read: "2026-12-05" },
    ProviderRule { id: "proofpoint.pdr_blocked_ipcheck", provider: 24, reason: Reason::Blocklisted, normal: &[" blocked see ", " ipcheck proofpoint com "], phrases: &["blocked see", "ipcheck proofpoint com"], with_code: None, note: Some(202), source: &SOURCES[235], read: "2026-12-05" },
    ProviderRule { id: "proofpoint.pdr_blocked_dnsbl_lookup", provider: 24, reason: Reason::Blocklisted, normal: &[" blocked see ", " proofpoint com dnsbl lookup "], phrases: &["blocked see", "proofpoint com dnsbl lookup"], with_code: None, note: Some(203), source: &SOURCES[306], read: "2026-12-05" },
    ProviderRule { id: "proofpoint.blocked_using_pdr", provider: 24, reason: Reason::Blocklisted, normal: &[" blocked using proofpoint dynamic reputation "], phrases: &["blocked using proofpoint dynamic reputation"], with_code: None, note: Some(204), source: &SOURCES[235], read: "2026-12-05" },
    ProviderRule { id: "proofpoint.essentials_marked_invalid", provider: 24, reason: Reason::UserUnknown, normal: &[" user email address is marked as invalid "], phrases: &["user email address is marked as invalid"], with_code: None, note: Some(205), source: &SOURCES[312], read: "2026-12-05" },
    ProviderRule { id: "qmail.chkuser_rcpt_invalid_format", provider: 25, reason: Reason::Syntax, normal: &[" recipient address has invalid format "], phrases: &["recipient address has invalid format"], with_code: None, note: None, source: &SOURCES[236], read: "2026-12-05" },
    ProviderRule { id: "qmail.chkuser_sender_invalid_format", provider: 25, reason: Reason::SenderRejected, normal: &[" sender address has invalid format "], phrases: &["sender address has invalid format"], with_code: None, note: None, source: &SOURCES[236], read: "2026-12-05" },
    ProviderRule { id: "qmail.chkuser_security_policies", provider: 25, reason: Reason::RateLimited, normal: &[" violating our security policies ", " chkuser "], phrases: &["violating our security policies", "chkuser"], with_code: None, note: Some(206), source: &SOURCES[236], read: "2026-12-05" },
    ProviderRule { id: "qmail.best_preference_mx", provider: 25, reason: Reason::LoopDetected, normal: &[" listed as a best preference mx "], phrases: &["listed as a best-preference mx"], with_code: None, note: Some(207), source: &SOURCES[223], read: "2026-12-05" },
    ProviderRule { id: "qmail.cname_lookup_failed", provider: 25, reason: Reason::SystemError, normal: &[" cname lookup failed temporarily "], phrases: &["cname lookup failed temporarily"], with_code: None, note: None, source: &SOURCES[223], read: "2026-12-05" },
    ProviderRule { id: "qmail.dns_temporary", provider: 25, reason: Reason::SystemError, normal: &[" couldn t find any host by that name "], phrases: &["couldn't find any host by that name"], with_code: None, note: Some(208), source: &SOURCES[223], read: "2026-12-05" },
    ProviderRule { id: "qmail.too_many_invalid_addresses", provider: 25, reason: Reason::RateLimited, normal: &[" too many invalid addresses "], phrases: &["too many invalid addresses"], with_code: None, note: None, source: &SOURCES[239], read: "2026-12-05" },
    ProviderRule { id: "qmail.envelope_sender_denied", provider: 25, reason: Reason::SenderRejected, normal: &[" your envelope sender has been denied "], phrases: &["your envelope sender has been denied"], with_code: None, note: None, source: &SOURCES[239], read: "2026-12-05" },
    ProviderRule { id: "qmail.envelope_recipient_denied", provider: 25, reason: Reason::PolicyBlock, normal: &[" your envelope recipient has been denied "], phrases: &["your envelope recipient has been denied"], with_code: None, note: None, source: &SOURCES[239], read: "2026-12-05" },
    ProviderRule { id: "qmail.helo_denied", provider: 25, reason: Reason::PolicyBlock, normal: &[" your helo host name has been denied "], phrases: &["your helo host name has been denied"], with_code: None, note: None, source: &SOURCES[239], read: "2026-12-05" },
    ProviderRule { id: "qmail.from_and_auth_not_same", provider: 25, reason: Reason::SenderRejected, normal: &[" from and auth not the same "], phrases: &["from and auth not the same"], with_code: None, note: Some(209), source: &SOURCES[239], read: "2026-12-05" },
    ProviderRule { id: "qmail.authorization_required", provider: 25, reason: Reason::AuthRequired, normal: &[" authorization required "], phrases: &["authorization required"], with_code: None, note: None, source: &SOURCES[239], read: "2026-12-05" },
    ProviderRule { id: "qmail.auth_not_available_without_tls", provider: 25, reason: Reason::TlsRequired, normal: &[" auth not available without tls "], phrases: &["auth not available without tls"], with_code: None, note: None, source: &SOURCES[239], read: "2026-12-05" },
    ProviderRule { id: "qmail.spf_lookup_failure", provider: 25, reason: Reason::SystemError, normal: &[" spf lookup failure "], phrases: &["spf lookup failure"], with_code: None, note: None, source: &SOURCES[239], read: "2026-12-05" },
    ProviderRule { id: "qq.ip_frequency_limited", provider: 26, reason: Reason::RateLimited, normal: &[" ip frequency limited "], phrases: &["ip frequency limited"], with_code: None, note: Some(210), source: &SOURCES[240], read: "2026-12-05" },
    ProviderRule { id: "qq.connection_frequency_limited", provider: 26, reason: Reason::RateLimited, normal: &[" connection frequency limited "], phrases: &["connection frequency limited"], with_code: None, note: None, source: &SOURCES[243], read: "2026-12-05" },
    ProviderRule { id: "qq.domain_frequency_limited", provider: 26, reason: Reason::RateLimited, normal: &[" domain frequency limited "], phrases: &["domain frequency limited"], with_code: None, note: None, source: &SOURCES[241], read: "2026-12-05" },
    ProviderRule { id: "qq.sender_frequency_limited", provider: 26, reason: Reason::RateLimited, normal: &[" sender frequency limited "], phrases: &["sender frequency limited"], with_code: None, note: Some(211), source: &SOURCES[245], read: "2026-12-05" },
    ProviderRule { id: "qq.recipient_flooded", provider: 26, reason: Reason::RateLimited, normal: &[" mailbox unavailable or access denied "], phrases: &["mailbox unavailable or access denied"], with_code: None, note: Some(212), source: &SOURCES[245], read: "2026-12-05" },
    ProviderRule { id: "qq.mail_content_denied", provider: 26, reason: Reason::Spam, normal: &[" mail content denied "], phrases: &["mail content denied"], with_code: None, note: Some(213), source: &SOURCES[245], read: "2026-12-05" },
    ProviderRule { id: "qq.spam_embedded", provider: 26, reason: Reason::Spam, normal: &[" spam is embedded in the email "], phrases: &["spam is embedded in the email"], with_code: None, note: None, source: &SOURCES[241], read: "2026-12-05" },
    ProviderRule { id: "qq.suspected_spam_sender", provider: 26, reason: Reason::BadReputation, normal: &[" suspected spam sender "], phrases: &["suspected spam sender"], with_code: None, note: Some(214), source: &SOURCES[245], read: "2026-12-05" },
    ProviderRule { id: "qq.suspected_spam_ip", provider: 26, reason: Reason::BadReputation, normal: &[" suspected spam ip "], phrases: &["suspected spam ip"], with_code: None, note: None, source: &SOURCES[241], read: "2026-12-05" },
    ProviderRule { id: "qq.rejected_by_recipients", provider: 26, reason: Reason::PolicyBlock, normal: &[" mail is rejected by recipients "], phrases: &["mail is rejected by recipients"], with_code: None, note: Some(215), source: &SOURCES[245], read: "2026-12-05" },
    ProviderRule { id: "qq.deactivated_mailbox", provider: 26, reason: Reason::MailboxDisabled, normal: &[" is a deactivated mailbox "], phrases: &["is a deactivated mailbox"], with_code: None, note: None, source: &SOURCES[241], read: "2026-12-05" },
    ProviderRule { id: "qq.mailbox_not_found", provider: 26, reason: Reason::UserUnknown, normal: &[" mailbox not found "], phrases: &["mailbox not found"], with_code: None, note: None, source: &SOURCES[245], read: "2026-12-05" },
    ProviderRule { id: "qq.bad_address_syntax", provider: 26, reason: Reason::Syntax, normal: &[" bad address syntax "], phrases: &["bad address syntax"], with_code: None, note: None, source: &SOURCES[241], read: "2026-12-05" },
    ProviderRule { id: "qq.spf_check_failed", provider: 26, reason: Reason::SenderAuthFail, normal: &[" spf check failed "], phrases: &["spf check failed"], with_code: None, note: None, source: &SOURCES[241], read: "2026-12-05" },
    ProviderRule { id: "qq.dmarc_check_failed", provider: 26, reason: Reason::DmarcFail, normal: &[" dmarc check failed "], phrases: &["dmarc check failed"], with_code: None, note: None, source: &SOURCES[244], read: "2026-12-05" },
    ProviderRule { id: "rackspace.throttled_too_much_spam", provider: 27, reason: Reason::BadReputation, normal: &[" throttled ", " too much spam from your mail server "], phrases: &["throttled", "too much spam from your mail server"], with_code: None, note: Some(216), source: &SOURCES[246], read: "2026-12-05" },
    ProviderRule { id: "rackspace.g2_concurrent_connections", provider: 27, reason: Reason::RateLimited, normal: &[" too many concurrent connections from this client "], phrases: &["too many concurrent connections from this client"], with_code: None, note: Some(217), source: &SOURCES[311], read: "2026-12-05" },
    ProviderRule { id: "rackspace.g1f_no_ptr", provider: 27, reason: Reason::ReverseDns, normal: &[" g1f "], phrases: &["G1F"], with_code: None, note: Some(218), source: &SOURCES[311], read: "2026-12-05" },
    ProviderRule { id: "rackspace.g6_recipient_check_unavailable", provider: 27, reason: Reason::SystemError, normal: &[" g6 "], phrases: &["G6"], with_code: None, note: Some(219), source: &SOURCES[311], read: "2026-12-05" },
    ProviderRule { id: "rackspace.g30_mailbox_rate", provider: 27, reason: Reason::RateLimited, normal: &[" g30 "], phrases: &["G30"], with_code: None, note: Some(220), source: &SOURCES[311], read: "2026-12-05" },
    ProviderRule { id: "rackspace.g16_routing_loop", provider: 27, reason: Reason::LoopDetected, normal: &[" g16 "], phrases: &["G16"], with_code: None, note: Some(221), source: &SOURCES[311], read: "2026-12-05" },
    ProviderRule { id: "rackspace.g1e_dmarc_lookup", provider: 27, reason: Reason::SystemError, normal: &[" g1e "], phrases: &["G1E"], with_code: None, note: Some(222), source: &SOURCES[311], read: "2026-12-05" },
    ProviderRule { id: "rackspace.g28_untrusted_ip", provider: 27, reason: Reason::RateLimited, normal: &[" g28 "], phrases: &["G28"], with_code: None, note: Some(223), source: &SOURCES[311], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.sender_identity", provider: 28, reason: Reason::SenderRejected, normal: &[" not authorized to send from that email address "], phrases: &["not authorized to send from that email address"], with_code: None, note: Some(224), source: &SOURCES[254], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.credits_exceeded", provider: 28, reason: Reason::RateLimited, normal: &[" maximum credits exceeded "], phrases: &["maximum credits exceeded"], with_code: None, note: Some(225), source: &SOURCES[254], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.recipients_this_hour", provider: 28, reason: Reason::RateLimited, normal: &[" too many recipients received this hour "], phrases: &["too many recipients received this hour"], with_code: None, note: Some(226), source: &SOURCES[254], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.unauthenticated_senders", provider: 28, reason: Reason::AuthRequired, normal: &[" unauthenticated senders not allowed "], phrases: &["unauthenticated senders not allowed"], with_code: None, note: Some(227), source: &SOURCES[254], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.bad_username_password", provider: 28, reason: Reason::AuthFailed, normal: &[" bad username password "], phrases: &["bad username / password"], with_code: None, note: Some(228), source: &SOURCES[253], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.drop_bounced_address", provider: 28, reason: Reason::UserUnknown, normal: &[" bounced address "], phrases: &["bounced address"], with_code: None, note: Some(229), source: &SOURCES[252], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.drop_unsubscribed", provider: 28, reason: Reason::PolicyBlock, normal: &[" unsubscribed address "], phrases: &["unsubscribed address"], with_code: None, note: Some(230), source: &SOURCES[252], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.drop_spam_report", provider: 28, reason: Reason::PolicyBlock, normal: &[" spam reporting address "], phrases: &["spam reporting address"], with_code: None, note: Some(231), source: &SOURCES[252], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.drop_spam_content", provider: 28, reason: Reason::Spam, normal: &[" spam content "], phrases: &["spam content"], with_code: None, note: Some(232), source: &SOURCES[252], read: "2026-12-05" },
    ProviderRule { id: "sendgrid.drop_invalid_smtpapi", provider: 28, reason: Reason::ContentRejected, normal: &[" invalid smtpapi header "], phrases: &["invalid smtpapi header"], with_code: None, note: Some(233), source: &SOURCES[252], read: "2026-12-05" },
    ProviderRule { id: "sendmail.host_name_lookup_failure", provider: 29, reason: Reason::SystemError, normal: &[" name server ", " host name lookup failure "], phrases: &["name server", "host name lookup failure"], with_code: None, note: Some(234), source: &SOURCES[257], read: "2026-12-05" },
    ProviderRule { id: "sendmail.too_many_smtp_sessions", provider: 29, reason: Reason::RateLimited, normal: &[" too many smtp sessions for this host "], phrases: &["too many smtp sessions for this host"], with_code: None, note: None, source: &SOURCES[255], read: "2026-12-05" },
    ProviderRule { id: "sendmail.too_many_bad_commands", provider: 29, reason: Reason::Syntax, normal: &[" too many bad commands "], phrases: &["too many bad commands"], with_code: None, note: None, source: &SOURCES[137], read: "2026-12-05" },
    ProviderRule { id: "sendmail.lost_input_channel", provider: 29, reason: Reason::NetworkError, normal: &[" lost input channel "], phrases: &["lost input channel"], with_code: None, note: None, source: &SOURCES[137], read: "2026-12-05" },
    ProviderRule { id: "sendmail.out_of_disk_space_temp_file", provider: 29, reason: Reason::SystemError, normal: &[" out of disk space for temp file "], phrases: &["out of disk space for temp file"], with_code: None, note: None, source: &SOURCES[129], read: "2026-12-05" },
    ProviderRule { id: "sendmail.mailer_died_with_signal", provider: 29, reason: Reason::SystemError, normal: &[" mailer ", " died with signal "], phrases: &["mailer", "died with signal"], with_code: None, note: None, source: &SOURCES[130], read: "2026-12-05" },
    ProviderRule { id: "sendmail.address_requires_smtputf8", provider: 29, reason: Reason::Syntax, normal: &[" address requires smtputf8 "], phrases: &["address requires smtputf8"], with_code: None, note: Some(235), source: &SOURCES[137], read: "2026-12-05" },
    ProviderRule { id: "sendmail.user_database_error", provider: 29, reason: Reason::SystemError, normal: &[" user database error "], phrases: &["user database error"], with_code: None, note: None, source: &SOURCES[135], read: "2026-12-05" },
    ProviderRule { id: "sendmail.mx_list_points_back", provider: 29, reason: Reason::LoopDetected, normal: &[" mx list for ", " points back to "], phrases: &["mx list for", "points back to"], with_code: None, note: Some(236), source: &SOURCES[256], read: "2026-12-05" },
    ProviderRule { id: "stalwart.invalid_ehlo_domain", provider: 30, reason: Reason::PolicyBlock, normal: &[" invalid ehlo domain "], phrases: &["invalid ehlo domain"], with_code: None, note: Some(237), source: &SOURCES[313], read: "2026-12-05" },
    ProviderRule { id: "stalwart.bad_sender_system_address", provider: 30, reason: Reason::SenderRejected, normal: &[" bad sender s system address "], phrases: &["bad sender's system address"], with_code: None, note: None, source: &SOURCES[150], read: "2026-12-05" },
    ProviderRule { id: "stalwart.unable_to_verify_address", provider: 30, reason: Reason::SystemError, normal: &[" unable to verify address at this time "], phrases: &["unable to verify address at this time"], with_code: None, note: None, source: &SOURCES[149], read: "2026-12-05" },
    ProviderRule { id: "stalwart.unable_to_accept_message", provider: 30, reason: Reason::SystemError, normal: &[" unable to accept message at this time "], phrases: &["unable to accept message at this time"], with_code: None, note: None, source: &SOURCES[314], read: "2026-12-05" },
    ProviderRule { id: "stalwart.extension_disabled", provider: 30, reason: Reason::Syntax, normal: &[" extension has been disabled "], phrases: &["extension has been disabled"], with_code: None, note: Some(238), source: &SOURCES[148], read: "2026-12-05" },
    ProviderRule { id: "stalwart.dane_failed", provider: 30, reason: Reason::TlsRequired, normal: &[" dane failed to authenticate "], phrases: &["dane failed to authenticate"], with_code: None, note: Some(239), source: &SOURCES[315], read: "2026-12-05" },
    ProviderRule { id: "stalwart.mta_sts_failed", provider: 30, reason: Reason::TlsRequired, normal: &[" mta sts failed to authenticate "], phrases: &["mta sts failed to authenticate"], with_code: None, note: Some(240), source: &SOURCES[315], read: "2026-12-05" },
    ProviderRule { id: "stalwart.tls_error", provider: 30, reason: Reason::TlsRequired, normal: &[" tls error from "], phrases: &["tls error from"], with_code: None, note: None, source: &SOURCES[315], read: "2026-12-05" },
    ProviderRule { id: "stalwart.connection_failed", provider: 30, reason: Reason::NetworkError, normal: &[" connection to ", " failed "], phrases: &["connection to", "failed"], with_code: None, note: None, source: &SOURCES[315], read: "2026-12-05" },
    ProviderRule { id: "stalwart.concurrency_limited", provider: 30, reason: Reason::RateLimited, normal: &[" too many concurrent connections to remote server "], phrases: &["too many concurrent connections to remote server"], with_code: None, note: Some(241), source: &SOURCES[315], read: "2026-12-05" },
    ProviderRule { id: "yahoo.tss04", provider: 31, reason: Reason::BadReputation, normal: &[" tss04 "], phrases: &["TSS04"], with_code: None, note: Some(242), source: &SOURCES[153], read: "2026-12-05" },
    ProviderRule { id: "yahoo.ts01", provider: 31, reason: Reason::BadReputation, normal: &[" ts01 "], phrases: &["TS01"], with_code: None, note: Some(243), source: &SOURCES[323], read: "2026-12-05" },
    ProviderRule { id: "yahoo.ts02", provider: 31, reason: Reason::BadReputation, normal: &[" ts02 "], phrases: &["TS02"], with_code: None, note: None, source: &SOURCES[153], read: "2026-12-05" },
    ProviderRule { id: "yahoo.ts03", provider: 31, reason: Reason::BadReputation, normal: &[" ts03 "], phrases: &["TS03"], with_code: None, note: Some(244), source: &SOURCES[324], read: "2026-12-05" },
    ProviderRule { id: "yahoo.tss09", provider: 31, reason: Reason::BadReputation, normal: &[" tss09 "], phrases: &["TSS09"], with_code: None, note: None, source: &SOURCES[297], read: "2026-12-05" },
    ProviderRule { id: "yahoo.tss11", provider: 31, reason: Reason::BadReputation, normal: &[" tss11 "], phrases: &["TSS11"], with_code: None, note: None, source: &SOURCES[297], read: "2026-12-05" },
    ProviderRule { id: "yahoo.permanently_deferred", provider: 31, reason: Reason::BadReputation, normal: &[" all messages from ", " permanently deferred "], phrases: &["all messages from", "permanently deferred"], with_code: None, note: Some(245), source: &SOURCES[297], read: "2026-12-05" },
    ProviderRule { id: "yahoo.deferred_diagnostic_4_16", provider: 31, reason: Reason::BadReputation, normal: &[" temporarily deferred ", " 4 16 5"], phrases: &["temporarily deferred", "4.16.5*"], with_code: None, note: None, source: &SOURCES[325], read: "2026-12-05" },
    ProviderRule { id: "yahoo.bl21", provider: 31, reason: Reason::Blocklisted, normal: &[" bl21 "], phrases: &["BL21"], with_code: None, note: Some(246), source: &SOURCES[153], read: "2026-12-05" },
    ProviderRule { id: "yahoo.bl23", provider: 31, reason: Reason::Blocklisted, normal: &[" bl23 "], phrases: &["BL23"], with_code: None, note: Some(247), source: &SOURCES[297], read: "2026-12-05" },
    ProviderRule { id: "yahoo.ph01", provider: 31, reason: Reason::Virus, normal: &[" ph01 "], phrases: &["PH01"], with_code: None, note: Some(248), source: &SOURCES[153], read: "2026-12-05" },
    ProviderRule { id: "yahoo.policy_reasons_579", provider: 31, reason: Reason::DmarcFail, normal: &[" not accepted for policy reasons "], phrases: &["not accepted for policy reasons"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 9 })), note: Some(249), source: &SOURCES[326], read: "2026-12-05" },
    ProviderRule { id: "yahoo.unauthenticated_sender", provider: 31, reason: Reason::SenderAuthFail, normal: &[" requires all senders to authenticate "], phrases: &["requires all senders to authenticate"], with_code: None, note: Some(250), source: &SOURCES[297], read: "2026-12-05" },
    ProviderRule { id: "yahoo.unresolvable_from_domain", provider: 31, reason: Reason::SenderRejected, normal: &[" unresolvable rfc "], phrases: &["unresolvable rfc"], with_code: None, note: Some(251), source: &SOURCES[153], read: "2026-12-05" },
    ProviderRule { id: "yahoo.not_rfc_compliant", provider: 31, reason: Reason::ContentRejected, normal: &[" not rfc compliant "], phrases: &["not rfc compliant"], with_code: None, note: Some(252), source: &SOURCES[297], read: "2026-12-05" },
    ProviderRule { id: "yahoo.resources_unavailable", provider: 31, reason: Reason::ServiceUnavailable, normal: &[" resources temporarily unavailable "], phrases: &["resources temporarily unavailable"], with_code: None, note: Some(253), source: &SOURCES[153], read: "2026-12-05" },
    ProviderRule { id: "yahoo.max_messages_per_connection", provider: 31, reason: Reason::RateLimited, normal: &[" max message per connection reached "], phrases: &["max message per connection reached"], with_code: None, note: None, source: &SOURCES[297], read: "2026-12-05" },
    ProviderRule { id: "yahoo.no_longer_valid", provider: 31, reason: Reason::MailboxDisabled, normal: &[" is no longer valid "], phrases: &["is no longer valid"], with_code: None, note: None, source: &SOURCES[297], read: "2026-12-05" },
    ProviderRule { id: "yahoo.account_over_quota", provider: 31, reason: Reason::MailboxFull, normal: &[" this account is over quota "], phrases: &["this account is over quota"], with_code: None, note: None, source: &SOURCES[322], read: "2026-12-05" },
    ProviderRule { id: "yahoo.vs1_unknown_recipients", provider: 31, reason: Reason::BadReputation, normal: &[" vs1 "], phrases: &["VS1"], with_code: None, note: Some(254), source: &SOURCES[322], read: "2026-12-05" },
    ProviderRule { id: "yahoo.aol_rly_b1", provider: 31, reason: Reason::BadReputation, normal: &[" rly b1 "], phrases: &["RLY:B1"], with_code: None, note: Some(255), source: &SOURCES[154], read: "2026-12-05" },
    ProviderRule { id: "yahoo.aol_rtr_du", provider: 31, reason: Reason::Blocklisted, normal: &[" rtr du "], phrases: &["RTR:DU"], with_code: None, note: Some(256), source: &SOURCES[155], read: "2026-12-05" },
    ProviderRule { id: "yahoo.aol_rtr_bb", provider: 31, reason: Reason::Blocklisted, normal: &[" rtr bb "], phrases: &["RTR:BB"], with_code: None, note: Some(257), source: &SOURCES[156], read: "2026-12-05" },
    ProviderRule { id: "yahoo.aol_rtr_rd", provider: 31, reason: Reason::ReverseDns, normal: &[" rtr rd "], phrases: &["RTR:RD"], with_code: None, note: Some(258), source: &SOURCES[156], read: "2026-12-05" },
    ProviderRule { id: "yahoo.aol_rtr_bl", provider: 31, reason: Reason::BadReputation, normal: &[" rtr bl "], phrases: &["RTR:BL"], with_code: None, note: Some(259), source: &SOURCES[192], read: "2026-12-05" },
    ProviderRule { id: "yahoo.aol_dns_nr", provider: 31, reason: Reason::ReverseDns, normal: &[" dns nr "], phrases: &["DNS:NR"], with_code: None, note: None, source: &SOURCES[226], read: "2026-12-05" },
    ProviderRule { id: "yahoo.aol_con_b1", provider: 31, reason: Reason::RateLimited, normal: &[" con b1 "], phrases: &["CON:B1"], with_code: None, note: None, source: &SOURCES[320], read: "2026-12-05" },
    ProviderRule { id: "yahoo.aol_rly_sn", provider: 31, reason: Reason::SenderRejected, normal: &[" rly sn "], phrases: &["RLY:SN"], with_code: None, note: Some(260), source: &SOURCES[320], read: "2026-12-05" },
    ProviderRule { id: "yandex.suspicion_of_spam", provider: 32, reason: Reason::Spam, normal: &[" rejected under suspicion of spam "], phrases: &["rejected under suspicion of spam"], with_code: None, note: Some(261), source: &SOURCES[329], read: "2026-12-05" },
    ProviderRule { id: "yandex.blocked_by_spam_statistics", provider: 32, reason: Reason::BadReputation, normal: &[" blocked by spam statistics "], phrases: &["blocked by spam statistics"], with_code: None, note: Some(262), source: &SOURCES[329], read: "2026-12-05" },
    ProviderRule { id: "yandex.client_host_blocked", provider: 32, reason: Reason::BadReputation, normal: &[" client host ", " blocked using "], phrases: &["client host", "blocked using"], with_code: None, note: Some(263), source: &SOURCES[329], read: "2026-12-05" },
    ProviderRule { id: "yandex.policy_rejection_target", provider: 32, reason: Reason::MailboxDisabled, normal: &[" policy rejection on the target address "], phrases: &["policy rejection on the target address"], with_code: None, note: Some(264), source: &SOURCES[328], read: "2026-12-05" },
    ProviderRule { id: "yandex.mailbox_size_exceeded", provider: 32, reason: Reason::MailboxFull, normal: &[" mailbox size ", " exceeded "], phrases: &["mailbox size", "exceeded"], with_code: None, note: Some(265), source: &SOURCES[327], read: "2026-12-05" },
    ProviderRule { id: "yandex.no_correct_recipients", provider: 32, reason: Reason::UserUnknown, normal: &[" no correct recipients "], phrases: &["no correct recipients"], with_code: None, note: None, source: &SOURCES[330], read: "2026-12-05" },
    ProviderRule { id: "yandex.no_such_user", provider: 32, reason: Reason::UserUnknown, normal: &[" no such user "], phrases: &["no such user"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 1 })), note: Some(266), source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "yandex.recipient_rate_limit", provider: 32, reason: Reason::RateLimited, normal: &[" recipient has exceeded message rate limit "], phrases: &["recipient has exceeded message rate limit"], with_code: None, note: Some(267), source: &SOURCES[119], read: "2026-12-05" },
    ProviderRule { id: "yandex.not_owned_by_auth_user", provider: 32, reason: Reason::SenderRejected, normal: &[" not owned by auth user "], phrases: &["not owned by auth user"], with_code: None, note: None, source: &SOURCES[331], read: "2026-12-05" },
    ProviderRule { id: "zoho.unusual_sending_activity", provider: 33, reason: Reason::RateLimited, normal: &[" unusual sending activity "], phrases: &["unusual sending activity"], with_code: Some(Code::Enhanced(EnhancedCode { class: 5, subject: 4, detail: 6 })), note: Some(268), source: &SOURCES[332], read: "2026-12-05" },
    ProviderRule { id: "zoho.rejected_by_destination_domain", provider: 33, reason: Reason::PolicyBlock, normal: &[" mail rejected by destination domain "], phrases: &["mail rejected by destination domain"], with_code: None, note: Some(269), source: &SOURCES[120], read: "2026-12-05" },
    ProviderRule { id: "zoho.restricted_by_policy", provider: 33, reason: Reason::PolicyBlock, normal: &[" mailbox delivery restricted by policy "], phrases: &["mailbox delivery restricted by policy"], with_code: None, note: Some(270), source: &SOURCES[121], read: "2026-12-05" },
    ProviderRule { id: "zoho.temporary_system_error", provider: 33, reason: Reason::ServiceUnavailable, normal: &[" temporary system error "], phrases: &["temporary system error"], with_code: Some(Code::Enhanced(EnhancedCode { class: 4, subject: 3, detail: 1 })), note: Some(271), source: &SOURCES[121], read: "2026-12-05" },
    ProviderRule { id: "zoho.dmarc_rejected", provider: 33, reason: Reason::DmarcFail, normal: &[" email rejected per dmarc policy "], phrases: &["email rejected per dmarc policy"], with_code: None, note: Some(272), source: &SOURCES[124], read: "2026-12-05" },
    ProviderRule { id: "zoho.flagged_as_spam", provider: 33, reason: Reason::Spam, normal: &[" email flagged as spam "], phrases: &["email flagged as spam"], with_code: None, note: None, source: &SOURCES[126], read: "2026-12-05" },
    ProviderRule { id: "zoho.virus_detected", provider: 33, reason: Reason::Virus, normal: &[" detected by zoho mail "], phrases: &["detected by zoho mail"], with_code: None, note: None, source: &SOURCES[333], read: "2026-12-05" },
    ProviderRule { id: "zoho.relaying_disallowed_as", provider: 33, reason: Reason::SenderRejected, normal: &[" relaying disallowed as "], phrases: &["relaying disallowed as"], with_code: None, note: Some(273), source: &SOURCES[334], read: "2026-12-05" },
    ProviderRule { id: "zoho.subject_mandatory", provider: 33, reason: Reason::ContentRejected, normal: &[" subject is mandatory "], phrases: &["subject is mandatory"], with_code: None, note: Some(274), source: &SOURCES[334], read: "2026-12-05" },
    ProviderRule { id: "zoho.size_exceeded_policy", provider: 33, reason: Reason::MessageTooBig, normal: &[" email size exceeded the policy "], phrases: &["email size exceeded the policy"], with_code: None, note: None, source: &SOURCES[334], read: "2026-12-05" },
];
pub(crate) static VENDOR_TEXTS: [&[[&str; 4]; VENDOR_CODE_COUNT]; 14] = [&en::VENDOR, &hi::VENDOR, &zh_hans::VENDOR, &es::VENDOR, &ar::VENDOR, &pt::VENDOR, &fr::VENDOR, &de::VENDOR, &ja::VENDOR, &ko::VENDOR, &ru::VENDOR, &vi::VENDOR, &id::VENDOR, &tr::VENDOR];
pub(crate) static NOTES: [&[&str; NOTE_COUNT]; 14] = [&en::NOTES, &hi::NOTES, &zh_hans::NOTES, &es::NOTES, &ar::NOTES, &pt::NOTES, &fr::NOTES, &de::NOTES, &ja::NOTES, &ko::NOTES, &ru::NOTES, &vi::NOTES, &id::NOTES, &tr::NOTES];

pub(crate) const PAIR_COUNT: usize = 79;
/// The look-alike pairs of `data/pairs/pairs.yaml`, in file order; texts in `PAIR_TEXTS`.
pub(crate) static PAIRS: [Contrast; PAIR_COUNT] = [
    Contrast { a: Code::Reply(ReplyCode(421)), b: Code::Reply(ReplyCode(503)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[101], section: "4.1.4" }] },
    Contrast { a: Code::Reply(ReplyCode(450)), b: Code::Reply(ReplyCode(550)), references: &[Reference { source: &SOURCES[101], section: "4.2.1" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[105], section: "5" }] },
    Contrast { a: Code::Reply(ReplyCode(421)), b: Code::Reply(ReplyCode(450)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[105], section: "5" }] },
    Contrast { a: Code::Reply(ReplyCode(421)), b: Code::Reply(ReplyCode(451)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "3.8" }] },
    Contrast { a: Code::Reply(ReplyCode(452)), b: Code::Reply(ReplyCode(552)), references: &[Reference { source: &SOURCES[101], section: "4.2.1" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.5.3.1.10" }, Reference { source: &SOURCES[82], section: "6.2" }] },
    Contrast { a: Code::Reply(ReplyCode(550)), b: Code::Reply(ReplyCode(553)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.3" }, Reference { source: &SOURCES[101], section: "3.5.1" }] },
    Contrast { a: Code::Reply(ReplyCode(550)), b: Code::Reply(ReplyCode(551)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.4" }, Reference { source: &SOURCES[101], section: "7.4" }] },
    Contrast { a: Code::Reply(ReplyCode(550)), b: Code::Reply(ReplyCode(554)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[101], section: "3.3" }, Reference { source: &SOURCES[111], section: "3" }] },
    Contrast { a: Code::Reply(ReplyCode(500)), b: Code::Reply(ReplyCode(501)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.4" }, Reference { source: &SOURCES[101], section: "4.5.3.1.9" }, Reference { source: &SOURCES[99], section: "6" }] },
    Contrast { a: Code::Reply(ReplyCode(502)), b: Code::Reply(ReplyCode(504)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.4" }, Reference { source: &SOURCES[99], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(530)), b: Code::Reply(ReplyCode(535)), references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[90], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(550)), b: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[85], section: "6" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 4, subject: 7, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 5, subject: 7, detail: 1 }), references: &[Reference { source: &SOURCES[92], section: "2" }, Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[107], section: "8.4" }, Reference { source: &SOURCES[36], section: "" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[85], section: "6" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), references: &[Reference { source: &SOURCES[92], section: "3.3" }, Reference { source: &SOURCES[92], section: "3.4" }, Reference { source: &SOURCES[82], section: "4" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[107], section: "8.4" }, Reference { source: &SOURCES[110], section: "10.3" }] },
    Contrast { a: Code::Reply(ReplyCode(450)), b: Code::Reply(ReplyCode(451)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[105], section: "5" }] },
    Contrast { a: Code::Reply(ReplyCode(451)), b: Code::Reply(ReplyCode(452)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.3" }, Reference { source: &SOURCES[101], section: "4.5.3.1.10" }] },
    Contrast { a: Code::Reply(ReplyCode(550)), b: Code::Reply(ReplyCode(552)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[82], section: "6.2" }] },
    Contrast { a: Code::Reply(ReplyCode(534)), b: Code::Reply(ReplyCode(535)), references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(534)), b: Code::Reply(ReplyCode(538)), references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "15" }, Reference { source: &SOURCES[90], section: "4.2" }] },
    Contrast { a: Code::Reply(ReplyCode(454)), b: Code::Reply(ReplyCode(535)), references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[90], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(220)), b: Code::Reply(ReplyCode(554)), references: &[Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[101], section: "4.2" }, Reference { source: &SOURCES[111], section: "3" }, Reference { source: &SOURCES[90], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(250)), b: Code::Reply(ReplyCode(251)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.4" }, Reference { source: &SOURCES[84], section: "5.1" }] },
    Contrast { a: Code::Reply(ReplyCode(250)), b: Code::Reply(ReplyCode(252)), references: &[Reference { source: &SOURCES[101], section: "3.5.3" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "7.3" }] },
    Contrast { a: Code::Reply(ReplyCode(250)), b: Code::Reply(ReplyCode(354)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.1.1.4" }, Reference { source: &SOURCES[101], section: "4.2.5" }, Reference { source: &SOURCES[89], section: "2" }] },
    Contrast { a: Code::Reply(ReplyCode(220)), b: Code::Reply(ReplyCode(421)), references: &[Reference { source: &SOURCES[101], section: "4.2" }, Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[90], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(221)), b: Code::Reply(ReplyCode(421)), references: &[Reference { source: &SOURCES[101], section: "4.1.1.10" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[101], section: "4.2.2" }] },
    Contrast { a: Code::Reply(ReplyCode(421)), b: Code::Reply(ReplyCode(521)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[111], section: "3" }] },
    Contrast { a: Code::Reply(ReplyCode(521)), b: Code::Reply(ReplyCode(554)), references: &[Reference { source: &SOURCES[111], section: "3" }, Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[101], section: "4.2.2" }] },
    Contrast { a: Code::Reply(ReplyCode(454)), b: Code::Reply(ReplyCode(530)), references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[90], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(500)), b: Code::Reply(ReplyCode(502)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.4" }, Reference { source: &SOURCES[101], section: "4.5.3.1.9" }] },
    Contrast { a: Code::Reply(ReplyCode(500)), b: Code::Reply(ReplyCode(503)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.4" }, Reference { source: &SOURCES[101], section: "4.1.4" }] },
    Contrast { a: Code::Reply(ReplyCode(501)), b: Code::Reply(ReplyCode(503)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.1.4" }, Reference { source: &SOURCES[99], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(502)), b: Code::Reply(ReplyCode(503)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.2.4" }, Reference { source: &SOURCES[101], section: "4.1.4" }, Reference { source: &SOURCES[86], section: "5.4" }] },
    Contrast { a: Code::Reply(ReplyCode(503)), b: Code::Reply(ReplyCode(554)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[101], section: "3.3" }] },
    Contrast { a: Code::Reply(ReplyCode(501)), b: Code::Reply(ReplyCode(504)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[99], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(501)), b: Code::Reply(ReplyCode(553)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.5.1" }, Reference { source: &SOURCES[104], section: "3.5" }] },
    Contrast { a: Code::Reply(ReplyCode(501)), b: Code::Reply(ReplyCode(555)), references: &[Reference { source: &SOURCES[101], section: "4.1.1.11" }, Reference { source: &SOURCES[101], section: "4.2.2" }] },
    Contrast { a: Code::Reply(ReplyCode(504)), b: Code::Reply(ReplyCode(555)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "4.1.1.11" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[96], section: "4.2" }, Reference { source: &SOURCES[88], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(455)), b: Code::Reply(ReplyCode(555)), references: &[Reference { source: &SOURCES[101], section: "4.1.1.11" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[88], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(504)), b: Code::Reply(ReplyCode(534)), references: &[Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[99], section: "6" }] },
    Contrast { a: Code::Reply(ReplyCode(504)), b: Code::Reply(ReplyCode(538)), references: &[Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "15" }, Reference { source: &SOURCES[90], section: "4.2" }] },
    Contrast { a: Code::Reply(ReplyCode(530)), b: Code::Reply(ReplyCode(550)), references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[90], section: "4" }, Reference { source: &SOURCES[101], section: "4.2.2" }] },
    Contrast { a: Code::Reply(ReplyCode(550)), b: Code::Reply(ReplyCode(556)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[111], section: "4" }, Reference { source: &SOURCES[112], section: "4.1" }] },
    Contrast { a: Code::Reply(ReplyCode(552)), b: Code::Reply(ReplyCode(554)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[82], section: "6.2" }, Reference { source: &SOURCES[92], section: "3.4" }] },
    Contrast { a: Code::Reply(ReplyCode(553)), b: Code::Reply(ReplyCode(554)), references: &[Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "3.1" }, Reference { source: &SOURCES[101], section: "3.3" }] },
    Contrast { a: Code::Reply(ReplyCode(251)), b: Code::Reply(ReplyCode(551)), references: &[Reference { source: &SOURCES[101], section: "3.4" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[101], section: "7.4" }] },
    Contrast { a: Code::Reply(ReplyCode(235)), b: Code::Reply(ReplyCode(535)), references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[99], section: "4" }] },
    Contrast { a: Code::Reply(ReplyCode(235)), b: Code::Reply(ReplyCode(334)), references: &[Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[99], section: "6" }] },
    Contrast { a: Code::Reply(ReplyCode(334)), b: Code::Reply(ReplyCode(354)), references: &[Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[101], section: "4.1.1.4" }, Reference { source: &SOURCES[101], section: "4.2.2" }] },
    Contrast { a: Code::Reply(ReplyCode(432)), b: Code::Reply(ReplyCode(535)), references: &[Reference { source: &SOURCES[99], section: "6" }] },
    Contrast { a: Code::Reply(ReplyCode(551)), b: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), references: &[Reference { source: &SOURCES[101], section: "3.4" }, Reference { source: &SOURCES[101], section: "4.2.2" }, Reference { source: &SOURCES[92], section: "3.2" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), references: &[Reference { source: &SOURCES[92], section: "3.3" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "5.1" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[92], section: "3.3" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[101], section: "3.8" }, Reference { source: &SOURCES[101], section: "4.5.3.2" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 }), references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[101], section: "4.5.4.1" }, Reference { source: &SOURCES[88], section: "4.1.3" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[109], section: "3.4" }, Reference { source: &SOURCES[107], section: "8.4" }, Reference { source: &SOURCES[110], section: "10.3" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 }), references: &[Reference { source: &SOURCES[109], section: "3.2" }, Reference { source: &SOURCES[107], section: "8.4" }, Reference { source: &SOURCES[107], section: "8.6" }, Reference { source: &SOURCES[107], section: "8.7" }, Reference { source: &SOURCES[107], section: "4.6.4" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), references: &[Reference { source: &SOURCES[109], section: "3.2" }, Reference { source: &SOURCES[109], section: "3.4" }, Reference { source: &SOURCES[107], section: "8.4" }, Reference { source: &SOURCES[110], section: "4.2" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), references: &[Reference { source: &SOURCES[92], section: "3.6" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[107], section: "8.7" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), references: &[Reference { source: &SOURCES[92], section: "3.3" }, Reference { source: &SOURCES[92], section: "3.4" }, Reference { source: &SOURCES[82], section: "4" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "4.1.2" }, Reference { source: &SOURCES[101], section: "4.5.3.1.9" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "3.4" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "5.1" }, Reference { source: &SOURCES[112], section: "4.1" }, Reference { source: &SOURCES[112], section: "3" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), references: &[Reference { source: &SOURCES[92], section: "3.2" }, Reference { source: &SOURCES[101], section: "4.1.2" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), references: &[Reference { source: &SOURCES[92], section: "3.3" }, Reference { source: &SOURCES[92], section: "3.4" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), references: &[Reference { source: &SOURCES[92], section: "3.4" }, Reference { source: &SOURCES[92], section: "3.6" }, Reference { source: &SOURCES[101], section: "4.5.3.1.10" }, Reference { source: &SOURCES[82], section: "6.1" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), references: &[Reference { source: &SOURCES[92], section: "3.5" }, Reference { source: &SOURCES[101], section: "5.1" }, Reference { source: &SOURCES[107], section: "8.6" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), references: &[Reference { source: &SOURCES[99], section: "6" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 }), references: &[Reference { source: &SOURCES[99], section: "6" }, Reference { source: &SOURCES[100], section: "2.4" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[109], section: "3.1" }, Reference { source: &SOURCES[102], section: "6.3" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), references: &[Reference { source: &SOURCES[109], section: "3.1" }, Reference { source: &SOURCES[102], section: "6.3" }, Reference { source: &SOURCES[110], section: "3.1" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 }), references: &[Reference { source: &SOURCES[112], section: "4.1" }, Reference { source: &SOURCES[112], section: "4.2" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), references: &[Reference { source: &SOURCES[92], section: "3.1" }, Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[99], section: "6" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), references: &[Reference { source: &SOURCES[92], section: "3.6" }, Reference { source: &SOURCES[99], section: "4" }, Reference { source: &SOURCES[101], section: "4.1.1.11" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), references: &[Reference { source: &SOURCES[92], section: "3.8" }, Reference { source: &SOURCES[109], section: "3.2" }, Reference { source: &SOURCES[107], section: "8.4" }] },
    Contrast { a: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), b: Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 }), references: &[Reference { source: &SOURCES[109], section: "3.2" }, Reference { source: &SOURCES[109], section: "3.3" }, Reference { source: &SOURCES[107], section: "8.4" }] },
];
pub(crate) static PAIR_TEXTS: [&[[&str; 6]; PAIR_COUNT]; 14] = [&en::PAIRS, &hi::PAIRS, &zh_hans::PAIRS, &es::PAIRS, &ar::PAIRS, &pt::PAIRS, &fr::PAIRS, &de::PAIRS, &ja::PAIRS, &ko::PAIRS, &ru::PAIRS, &vi::PAIRS, &id::PAIRS, &tr::PAIRS];
