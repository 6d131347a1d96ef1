// @generated from data/ by build/ (the tables). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.
//! The catalog's tables: sorted static arrays, index arrays and perfect hashes over
//! them. Texts are in one file per locale beside this one, row for row.

use crate::catalog::{EnhancedInfo, LocaleData, Reference, ReplyInfo, Source, SubCodeInfo, Texts};
use crate::catalog::{CodeRule, ReasonData, TextRule};
use crate::{Code, Command, EnhancedCode, Party, ReplyCode, Retry, SourceKind, Status};

#[rustfmt::skip]
mod en;

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
}

/// Every locale, in order.
pub(crate) static LOCALE_LIST: [Locale; 1] = [Locale::En];
pub(crate) static LOCALES: [LocaleData; 1] = [
    LocaleData { tag: "en", english_name: "English", native_name: "English", rtl: false, script: "Latn" },
];
/// Per locale, texts translated from an older English text (see `data/README.md`).
pub(crate) static STALE_TEXTS: [u16; 1] = [0];
/// Lower-cased tag → locale.
pub(crate) static LOCALE_BY_TAG: phf::Map<&'static str, Locale> = ::phf::Map {
    key: 16287231350648472473,
    disps: &[
        (0, 0),
    ],
    entries: &[
        ("en", Locale::En),
    ],
};

pub(crate) static SOURCES: [Source; 48] = [
    Source { id: "Alibaba Cloud DirectMail return codes", kind: SourceKind::Vendor, title: "Alibaba Cloud Direct Mail: common email return codes and solutions (in Chinese)", url: "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions" },
    Source { id: "Courier MTA courieresmtpd.C", kind: SourceKind::Vendor, title: "Courier mail server source: courier/courier/module.esmtp/courieresmtpd.C (ESMTP server)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/module.esmtp/courieresmtpd.C" },
    Source { id: "Courier MTA submit.C", kind: SourceKind::Vendor, title: "Courier mail server source: courier/courier/submit.C (sender, recipient and message checks)", url: "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier/submit.C" },
    Source { id: "Exim smtp_in.c", kind: SourceKind::Vendor, title: "Exim source: src/src/smtp_in.c (SMTP server, AUTH handling)", url: "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/smtp_in.c" },
    Source { id: "IANA SMTP Enhanced Status Codes", kind: SourceKind::Registry, title: "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes Registry", url: "https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml" },
    Source { id: "Microsoft Exchange Online NDR 5.4.1", kind: SourceKind::Vendor, title: "Microsoft Learn: Fix NDR error code 550 5.4.1 in Exchange Online", url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-4-1-in-exchange-online" },
    Source { id: "OpenSMTPD lka_session.c", kind: SourceKind::Vendor, title: "OpenSMTPD source: usr.sbin/smtpd/lka_session.c (recipient expansion)", url: "https://github.com/OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee/usr.sbin/smtpd/lka_session.c" },
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
    Source { id: "draft-levine-mailbomb-header-00", kind: SourceKind::Draft, title: "A Mail Header to Detect Mail Flooding (Internet-Draft)", url: "https://datatracker.ietf.org/doc/html/draft-levine-mailbomb-header-00" },
    Source { id: "qmail chkuser 2.0.8", kind: SourceKind::Vendor, title: "chkuser 2.0.8 recipient-check patch for qmail/netqmail with vpopmail: reply strings in chkuser_settings.h", url: "https://github.com/denislemire/netqmail/blob/07f62a892f1d1a918bcb6927999c9690ba9eda46/chkuser_settings.h" },
    Source { id: "qmail chkuser 2.0.9", kind: SourceKind::Vendor, title: "chkuser 2.0.9 for qmail/netqmail with vpopmail: reply strings in chkuser_settings.h (sagredo-dev/qmail)", url: "https://github.com/sagredo-dev/qmail/blob/9104c601a784abc6084a28b17eaedb6848759943/chkuser_settings.h" },
];

pub(crate) static REPLIES: [ReplyInfo; 57] = [
    ReplyInfo { code: ReplyCode(211), status: Status::Standard, name: "SYSTEM_STATUS", texts: Texts { row: 0 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "4.1.1.8" }, Reference { source: &SOURCES[29], section: "4.3.2" }], commands: &[Command::Help], related: &[Code::Reply(ReplyCode(214)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(504))], compare_with: &[Code::Reply(ReplyCode(214))] },
    ReplyInfo { code: ReplyCode(214), status: Status::Standard, name: "HELP_MESSAGE", texts: Texts { row: 1 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "4.1.1.8" }, Reference { source: &SOURCES[29], section: "4.3.2" }], commands: &[Command::Help], related: &[Code::Reply(ReplyCode(211)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(504))], compare_with: &[Code::Reply(ReplyCode(211))] },
    ReplyInfo { code: ReplyCode(220), status: Status::Standard, name: "SERVICE_READY", texts: Texts { row: 2 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[29], section: "4.2" }, Reference { source: &SOURCES[29], section: "3.1" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[18], section: "4" }, Reference { source: &SOURCES[18], section: "4.2" }], commands: &[Command::Connect, Command::Starttls], related: &[Code::Reply(ReplyCode(221)), Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(521))] },
    ReplyInfo { code: ReplyCode(221), status: Status::Standard, name: "SERVICE_CLOSING_TRANSMISSION_CHANNEL", texts: Texts { row: 3 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "4.1.1.10" }, Reference { source: &SOURCES[29], section: "3.8" }], commands: &[Command::Quit], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(421)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(421))] },
    ReplyInfo { code: ReplyCode(235), status: Status::Extension, name: "AUTHENTICATION_SUCCEEDED", texts: Texts { row: 4 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[27], section: "4" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(334)), Code::Reply(ReplyCode(432)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(535)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(334)), Code::Reply(ReplyCode(535))] },
    ReplyInfo { code: ReplyCode(250), status: Status::Standard, name: "OK", texts: Texts { row: 5 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "4.2.5" }, Reference { source: &SOURCES[29], section: "4.3.2" }, Reference { source: &SOURCES[17], section: "2" }, Reference { source: &SOURCES[25], section: "6" }, Reference { source: &SOURCES[12], section: "5.1" }, Reference { source: &SOURCES[14], section: "5.2.1" }], commands: &[Command::Ehlo, Command::Mail, Command::Rcpt, Command::DataEnd, Command::Rset, Command::Vrfy, Command::Expn, Command::Noop, Command::Bdat, Command::Burl, Command::Etrn, Command::Atrn], related: &[Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(355)), Code::Reply(ReplyCode(453)), Code::Reply(ReplyCode(458)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(354))] },
    ReplyInfo { code: ReplyCode(251), status: Status::Standard, name: "USER_NOT_LOCAL_WILL_FORWARD", texts: Texts { row: 6 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "3.4" }, Reference { source: &SOURCES[12], section: "5.1" }], commands: &[Command::Rcpt, Command::Vrfy, Command::Etrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(458)), Code::Reply(ReplyCode(551)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(551)), Code::Reply(ReplyCode(250))] },
    ReplyInfo { code: ReplyCode(252), status: Status::Standard, name: "CANNOT_VERIFY_USER", texts: Texts { row: 7 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "3.5.3" }, Reference { source: &SOURCES[29], section: "7.3" }, Reference { source: &SOURCES[32], section: "3.7.4.2" }, Reference { source: &SOURCES[12], section: "5.1" }], commands: &[Command::Vrfy, Command::Expn, Command::Etrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(458)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 })], compare_with: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(502))] },
    ReplyInfo { code: ReplyCode(253), status: Status::Extension, name: "PENDING_MESSAGES_STARTED", texts: Texts { row: 8 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[12], section: "5.1" }, Reference { source: &SOURCES[12], section: "5" }], commands: &[Command::Etrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(458)), Code::Reply(ReplyCode(459)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(252))] },
    ReplyInfo { code: ReplyCode(334), status: Status::Extension, name: "AUTH_CHALLENGE", texts: Texts { row: 9 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[27], section: "8" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(535))], compare_with: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(354))] },
    ReplyInfo { code: ReplyCode(354), status: Status::Standard, name: "START_MAIL_INPUT", texts: Texts { row: 10 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "4.1.1.4" }, Reference { source: &SOURCES[29], section: "4.3.2" }, Reference { source: &SOURCES[29], section: "4.5.3.2" }], commands: &[Command::Data], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(355)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(554))], compare_with: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(334))] },
    ReplyInfo { code: ReplyCode(355), status: Status::Experimental, name: "TRANSACTION_OFFSET", texts: Texts { row: 11 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[7], section: "3" }, Reference { source: &SOURCES[31], section: "7" }], commands: &[Command::Mail], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(354))], compare_with: &[Code::Reply(ReplyCode(354))] },
    ReplyInfo { code: ReplyCode(400), status: Status::NonStandard, name: "TEMPORARY_FAILURE_TRY_LATER", texts: Texts { row: 12 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[1], section: "" }, Reference { source: &SOURCES[2], section: "" }, Reference { source: &SOURCES[29], section: "4.2" }], commands: &[Command::Any, Command::Rcpt], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(530))], compare_with: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451))] },
    ReplyInfo { code: ReplyCode(417), status: Status::NonStandard, name: "SENDER_CHECK_TEMPORARY_FAILURE", texts: Texts { row: 13 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[2], section: "" }], commands: &[Command::Mail], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(517)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], compare_with: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451))] },
    ReplyInfo { code: ReplyCode(421), status: Status::Standard, name: "SERVICE_NOT_AVAILABLE", texts: Texts { row: 14 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "3.8" }, Reference { source: &SOURCES[33], section: "5" }], commands: &[Command::Connect, Command::Any], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(221)), Code::Reply(ReplyCode(400)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(503))] },
    ReplyInfo { code: ReplyCode(422), status: Status::NonStandard, name: "UNOFFICIAL_PASSWORD_TRANSITION", texts: Texts { row: 15 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[4], section: "" }, Reference { source: &SOURCES[27], section: "6" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(432)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 })], compare_with: &[Code::Reply(ReplyCode(432))] },
    ReplyInfo { code: ReplyCode(424), status: Status::NonStandard, name: "TEMPORARY_ALIAS_EXPANSION_FAILURE", texts: Texts { row: 16 }, fix_by: &[Party::ServerAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[6], section: "" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(524)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(524))] },
    ReplyInfo { code: ReplyCode(430), status: Status::NonStandard, name: "UNOFFICIAL_INVALID_COMMAND", texts: Texts { row: 17 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[4], section: "" }, Reference { source: &SOURCES[29], section: "4.2" }], commands: &[Command::Any], related: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(503)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(530))] },
    ReplyInfo { code: ReplyCode(431), status: Status::NonStandard, name: "RECEIVING_MAIL_SYSTEM_FULL", texts: Texts { row: 18 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[2], section: "" }], commands: &[Command::Rcpt, Command::DataEnd], related: &[Code::Reply(ReplyCode(452)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })], compare_with: &[Code::Reply(ReplyCode(452))] },
    ReplyInfo { code: ReplyCode(432), status: Status::Extension, name: "PASSWORD_TRANSITION_NEEDED", texts: Texts { row: 19 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[4], section: "" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(422)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(534)), Code::Reply(ReplyCode(535)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 })], compare_with: &[Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(535))] },
    ReplyInfo { code: ReplyCode(435), status: Status::NonStandard, name: "UNABLE_TO_AUTHENTICATE_AT_PRESENT", texts: Texts { row: 20 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[3], section: "" }, Reference { source: &SOURCES[27], section: "6" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(535)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(535))] },
    ReplyInfo { code: ReplyCode(450), status: Status::Standard, name: "MAILBOX_TEMPORARILY_UNAVAILABLE", texts: Texts { row: 21 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[33], section: "5" }, Reference { source: &SOURCES[14], section: "5.2.1" }, Reference { source: &SOURCES[34], section: "4.1" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd, Command::Atrn], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(424)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(453)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 })], compare_with: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(421))] },
    ReplyInfo { code: ReplyCode(451), status: Status::Standard, name: "LOCAL_ERROR_IN_PROCESSING", texts: Texts { row: 22 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "3.8" }, Reference { source: &SOURCES[14], section: "5.2.1" }, Reference { source: &SOURCES[25], section: "6" }, Reference { source: &SOURCES[4], section: "" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd, Command::Atrn, Command::Burl], related: &[Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(400)), Code::Reply(ReplyCode(417)), Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(424)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(453)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], compare_with: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(421))] },
    ReplyInfo { code: ReplyCode(452), status: Status::Standard, name: "INSUFFICIENT_SYSTEM_STORAGE", texts: Texts { row: 23 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[29], section: "4.5.3.1.10" }, Reference { source: &SOURCES[10], section: "6.2" }, Reference { source: &SOURCES[10], section: "6.4" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd], related: &[Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(431)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(522)), Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })], compare_with: &[Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(451))] },
    ReplyInfo { code: ReplyCode(453), status: Status::Extension, name: "YOU_HAVE_NO_MAIL", texts: Texts { row: 24 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[14], section: "5.2.1" }, Reference { source: &SOURCES[14], section: "7" }, Reference { source: &SOURCES[4], section: "" }], commands: &[Command::Atrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 })], compare_with: &[Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(450))] },
    ReplyInfo { code: ReplyCode(454), status: Status::Extension, name: "TEMPORARY_TLS_OR_AUTH_FAILURE", texts: Texts { row: 25 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[18], section: "4" }, Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[4], section: "" }], commands: &[Command::Starttls, Command::Auth], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(432)), Code::Reply(ReplyCode(435)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(535)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], compare_with: &[Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(432))] },
    ReplyInfo { code: ReplyCode(455), status: Status::Standard, name: "UNABLE_TO_ACCOMMODATE_PARAMETERS", texts: Texts { row: 26 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[29], section: "4.1.1.11" }, Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.3" }, Reference { source: &SOURCES[16], section: "4" }], commands: &[Command::Mail, Command::Rcpt], related: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(555))], compare_with: &[Code::Reply(ReplyCode(555)), Code::Reply(ReplyCode(501))] },
    ReplyInfo { code: ReplyCode(458), status: Status::Extension, name: "UNABLE_TO_QUEUE_MESSAGES", texts: Texts { row: 27 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[12], section: "5.1" }], commands: &[Command::Etrn], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(459)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(459))] },
    ReplyInfo { code: ReplyCode(459), status: Status::Extension, name: "NODE_NOT_ALLOWED", texts: Texts { row: 28 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[12], section: "5.1" }], commands: &[Command::Etrn], related: &[Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(458)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(458))] },
    ReplyInfo { code: ReplyCode(500), status: Status::Standard, name: "SYNTAX_ERROR_COMMAND_UNRECOGNIZED", texts: Texts { row: 29 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.4" }, Reference { source: &SOURCES[29], section: "4.3.2" }, Reference { source: &SOURCES[29], section: "4.5.3.1.9" }, Reference { source: &SOURCES[27], section: "6" }], commands: &[Command::Any, Command::Auth, Command::Etrn], related: &[Code::Reply(ReplyCode(430)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503))] },
    ReplyInfo { code: ReplyCode(501), status: Status::Standard, name: "SYNTAX_ERROR_IN_PARAMETERS", texts: Texts { row: 30 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.1.4" }, Reference { source: &SOURCES[29], section: "3.3" }, Reference { source: &SOURCES[29], section: "4.3.2" }, Reference { source: &SOURCES[18], section: "4" }, Reference { source: &SOURCES[27], section: "4" }], commands: &[Command::Any, Command::Ehlo, Command::Mail, Command::Rcpt, Command::Starttls, Command::Auth, Command::Etrn], related: &[Code::Reply(ReplyCode(334)), Code::Reply(ReplyCode(455)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(553)), Code::Reply(ReplyCode(555))] },
    ReplyInfo { code: ReplyCode(502), status: Status::Standard, name: "COMMAND_NOT_IMPLEMENTED", texts: Texts { row: 31 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.4" }, Reference { source: &SOURCES[29], section: "3.5.3" }, Reference { source: &SOURCES[29], section: "3.2" }, Reference { source: &SOURCES[29], section: "4.3.2" }, Reference { source: &SOURCES[14], section: "5.4" }], commands: &[Command::Ehlo, Command::Vrfy, Command::Expn, Command::Help, Command::Any], related: &[Code::Reply(ReplyCode(211)), Code::Reply(ReplyCode(214)), Code::Reply(ReplyCode(252)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(504))] },
    ReplyInfo { code: ReplyCode(503), status: Status::Standard, name: "BAD_SEQUENCE_OF_COMMANDS", texts: Texts { row: 32 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.1.4" }, Reference { source: &SOURCES[29], section: "3.3" }, Reference { source: &SOURCES[29], section: "3.1" }, Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[17], section: "2" }], commands: &[Command::Mail, Command::Rcpt, Command::Data, Command::Auth, Command::Bdat, Command::Burl, Command::Any], related: &[Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(430)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(504), status: Status::Standard, name: "COMMAND_PARAMETER_NOT_IMPLEMENTED", texts: Texts { row: 33 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2.1" }, Reference { source: &SOURCES[29], section: "4.3.2" }, Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[24], section: "4.2" }], commands: &[Command::Ehlo, Command::Mail, Command::Rcpt, Command::Vrfy, Command::Expn, Command::Help, Command::Auth], related: &[Code::Reply(ReplyCode(211)), Code::Reply(ReplyCode(214)), Code::Reply(ReplyCode(455)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(538)), Code::Reply(ReplyCode(555))] },
    ReplyInfo { code: ReplyCode(511), status: Status::NonStandard, name: "NO_MAILBOX_BY_THAT_NAME", texts: Texts { row: 34 }, fix_by: &[Party::SendingClient, Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[46], section: "" }, Reference { source: &SOURCES[47], section: "" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 })], compare_with: &[Code::Reply(ReplyCode(550))] },
    ReplyInfo { code: ReplyCode(517), status: Status::NonStandard, name: "SENDER_ADDRESS_REJECTED", texts: Texts { row: 35 }, fix_by: &[Party::SenderAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[2], section: "" }], commands: &[Command::Mail], related: &[Code::Reply(ReplyCode(417)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 })], compare_with: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553))] },
    ReplyInfo { code: ReplyCode(521), status: Status::Extension, name: "HOST_DOES_NOT_ACCEPT_MAIL", texts: Texts { row: 36 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[39], section: "3" }, Reference { source: &SOURCES[39], section: "5.1" }, Reference { source: &SOURCES[8], section: "" }], commands: &[Command::Connect, Command::Any], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(556)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 })], compare_with: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(556))] },
    ReplyInfo { code: ReplyCode(522), status: Status::NonStandard, name: "RECIPIENT_MAILBOX_FULL", texts: Texts { row: 37 }, fix_by: &[Party::RecipientAdmin], references: &[Reference { source: &SOURCES[46], section: "" }, Reference { source: &SOURCES[47], section: "" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 })], compare_with: &[Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(452))] },
    ReplyInfo { code: ReplyCode(523), status: Status::NonStandard, name: "ENCRYPTION_NEEDED", texts: Texts { row: 38 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[4], section: "" }, Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[18], section: "4.2" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(530)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], compare_with: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(524)), Code::Reply(ReplyCode(538))] },
    ReplyInfo { code: ReplyCode(524), status: Status::NonStandard, name: "AUTH_MECHANISM_REQUIRES_ENCRYPTION", texts: Texts { row: 39 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[4], section: "" }, Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[18], section: "4.2" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(424)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 })], compare_with: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(523)), Code::Reply(ReplyCode(538))] },
    ReplyInfo { code: ReplyCode(525), status: Status::NonStandard, name: "USER_ACCOUNT_DISABLED", texts: Texts { row: 40 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[4], section: "" }], commands: &[Command::Auth], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 })], compare_with: &[Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(535))] },
    ReplyInfo { code: ReplyCode(530), status: Status::Extension, name: "AUTHENTICATION_REQUIRED", texts: Texts { row: 41 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[18], section: "4" }, Reference { source: &SOURCES[18], section: "4.2" }, Reference { source: &SOURCES[31], section: "4.3" }], commands: &[Command::Mail, Command::Rcpt, Command::Data, Command::Vrfy, Command::Expn, Command::Auth, Command::Atrn], related: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(400)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(523)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], compare_with: &[Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(533), status: Status::NonStandard, name: "DELIVERY_NOT_AUTHORIZED", texts: Texts { row: 42 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[4], section: "" }, Reference { source: &SOURCES[29], section: "4.2" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(534), status: Status::Extension, name: "AUTHENTICATION_MECHANISM_TOO_WEAK", texts: Texts { row: 43 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[27], section: "6" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(432)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], compare_with: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(538))] },
    ReplyInfo { code: ReplyCode(535), status: Status::Extension, name: "AUTHENTICATION_CREDENTIALS_INVALID", texts: Texts { row: 44 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[27], section: "6" }], commands: &[Command::Auth], related: &[Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(334)), Code::Reply(ReplyCode(432)), Code::Reply(ReplyCode(435)), Code::Reply(ReplyCode(454)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 })], compare_with: &[Code::Reply(ReplyCode(525)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(534))] },
    ReplyInfo { code: ReplyCode(538), status: Status::Obsolete, name: "ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM", texts: Texts { row: 45 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[27], section: "15" }, Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[18], section: "4.2" }], commands: &[Command::Auth], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 })], compare_with: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(524)), Code::Reply(ReplyCode(530))] },
    ReplyInfo { code: ReplyCode(546), status: Status::NonStandard, name: "TOO_MANY_RECEIVED_HEADERS", texts: Texts { row: 46 }, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[2], section: "" }, Reference { source: &SOURCES[29], section: "6.3" }], commands: &[Command::DataEnd], related: &[Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 })], compare_with: &[Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(550), status: Status::Standard, name: "MAILBOX_UNAVAILABLE", texts: Texts { row: 47 }, fix_by: &[Party::SendingClient, Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "3.3" }, Reference { source: &SOURCES[29], section: "3.6.2" }, Reference { source: &SOURCES[29], section: "4.3.2" }, Reference { source: &SOURCES[37], section: "" }], commands: &[Command::Ehlo, Command::Mail, Command::Rcpt, Command::DataEnd, Command::Vrfy, Command::Expn], related: &[Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(511)), Code::Reply(ReplyCode(517)), Code::Reply(ReplyCode(559)), Code::Reply(ReplyCode(571)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 })], compare_with: &[Code::Reply(ReplyCode(551)), Code::Reply(ReplyCode(553)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(450))] },
    ReplyInfo { code: ReplyCode(551), status: Status::Standard, name: "USER_NOT_LOCAL", texts: Texts { row: 48 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.2" }, Reference { source: &SOURCES[29], section: "3.4" }, Reference { source: &SOURCES[29], section: "7.4" }], commands: &[Command::Rcpt, Command::Vrfy], related: &[Code::Reply(ReplyCode(251)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(550))] },
    ReplyInfo { code: ReplyCode(552), status: Status::Standard, name: "EXCEEDED_STORAGE_ALLOCATION", texts: Texts { row: 49 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "4.5.3.1.10" }, Reference { source: &SOURCES[10], section: "6.2" }, Reference { source: &SOURCES[25], section: "6" }], commands: &[Command::Mail, Command::Rcpt, Command::DataEnd, Command::Burl], related: &[Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(522)), Code::Reply(ReplyCode(557)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(553), status: Status::Standard, name: "MAILBOX_NAME_NOT_ALLOWED", texts: Texts { row: 50 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "3.3" }, Reference { source: &SOURCES[29], section: "3.5.1" }, Reference { source: &SOURCES[32], section: "3.5" }], commands: &[Command::Mail, Command::Rcpt, Command::Vrfy], related: &[Code::Reply(ReplyCode(511)), Code::Reply(ReplyCode(517)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 })], compare_with: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(554), status: Status::Standard, name: "TRANSACTION_FAILED", texts: Texts { row: 51 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[29], section: "3.1" }, Reference { source: &SOURCES[29], section: "3.3" }, Reference { source: &SOURCES[39], section: "3" }, Reference { source: &SOURCES[31], section: "4.1" }, Reference { source: &SOURCES[18], section: "4.1" }], commands: &[Command::Connect, Command::Mail, Command::Rcpt, Command::Data, Command::DataEnd, Command::Burl, Command::Any], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(354)), Code::Reply(ReplyCode(546)), Code::Reply(ReplyCode(571)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 })], compare_with: &[Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(552))] },
    ReplyInfo { code: ReplyCode(555), status: Status::Standard, name: "PARAMETERS_NOT_RECOGNIZED", texts: Texts { row: 52 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[29], section: "4.1.1.11" }, Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[16], section: "4" }], commands: &[Command::Mail, Command::Rcpt], related: &[Code::Reply(ReplyCode(455)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(455)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(504))] },
    ReplyInfo { code: ReplyCode(556), status: Status::Extension, name: "DOMAIN_DOES_NOT_ACCEPT_MAIL", texts: Texts { row: 53 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[39], section: "4" }, Reference { source: &SOURCES[39], section: "5.1" }, Reference { source: &SOURCES[40], section: "4.1" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(521)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })], compare_with: &[Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
    ReplyInfo { code: ReplyCode(557), status: Status::NonStandard, name: "MESSAGE_DATA_EXCEEDS_SIZE_LIMIT", texts: Texts { row: 54 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[0], section: "" }], commands: &[Command::DataEnd], related: &[Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 })], compare_with: &[Code::Reply(ReplyCode(552))] },
    ReplyInfo { code: ReplyCode(559), status: Status::NonStandard, name: "RECIPIENT_ON_INVALID_ADDRESS_LIST", texts: Texts { row: 55 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[0], section: "" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(550))] },
    ReplyInfo { code: ReplyCode(571), status: Status::NonStandard, name: "REFUSED_BY_LOCAL_POLICY", texts: Texts { row: 56 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[2], section: "" }, Reference { source: &SOURCES[46], section: "" }], commands: &[Command::Rcpt], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554))] },
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
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 0, detail: 0 }, status: Status::Standard, name: "OTHER_UNDEFINED_STATUS", texts: Texts { row: 57 }, fix_by: &[Party::SenderAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.1" }, Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[19], section: "6.3" }, Reference { source: &SOURCES[13], section: "6" }], related: &[Code::Reply(ReplyCode(221)), Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], iana_associated: "Any", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 0 }, status: Status::Standard, name: "OTHER_ADDRESS_STATUS", texts: Texts { row: 58 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[13], section: "6" }], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 1 }, status: Status::Standard, name: "BAD_DESTINATION_MAILBOX_ADDRESS", texts: Texts { row: 59 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[13], section: "6" }, Reference { source: &SOURCES[28], section: "2.4" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(511)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(551)), Code::Reply(ReplyCode(553)), Code::Reply(ReplyCode(559)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 })], iana_associated: "451, 550", associated: &[ReplyCode(451), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 2 }, status: Status::Standard, name: "BAD_DESTINATION_SYSTEM_ADDRESS", texts: Texts { row: 60 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[29], section: "5.1" }], related: &[Code::Reply(ReplyCode(511)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(556)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 3 }, status: Status::Standard, name: "BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX", texts: Texts { row: 61 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[29], section: "4.1.2" }, Reference { source: &SOURCES[29], section: "4.5.3.1.9" }, Reference { source: &SOURCES[32], section: "3.2" }], related: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 })], iana_associated: "501", associated: &[ReplyCode(501)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 4 }, status: Status::Standard, name: "DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS", texts: Texts { row: 62 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[29], section: "3.5.1" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 5 }, status: Status::Standard, name: "DESTINATION_ADDRESS_VALID", texts: Texts { row: 63 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[13], section: "6" }, Reference { source: &SOURCES[29], section: "4.2.5" }], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 9 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 9 })], iana_associated: "250", associated: &[ReplyCode(250)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 6 }, status: Status::Standard, name: "DESTINATION_MAILBOX_HAS_MOVED", texts: Texts { row: 64 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[29], section: "3.4" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(551)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), Code::Reply(ReplyCode(551))], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 7 }, status: Status::Standard, name: "BAD_SENDERS_MAILBOX_ADDRESS_SYNTAX", texts: Texts { row: 65 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[29], section: "4.1.2" }, Reference { source: &SOURCES[29], section: "4.2.2" }], related: &[Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(517)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 8 }, status: Status::Standard, name: "BAD_SENDERS_SYSTEM_ADDRESS", texts: Texts { row: 66 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[20], section: "3.2" }, Reference { source: &SOURCES[40], section: "4.2" }, Reference { source: &SOURCES[29], section: "5.1" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(517)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })], iana_associated: "451, 501", associated: &[ReplyCode(451), ReplyCode(501)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 9 }, status: Status::Standard, name: "MESSAGE_RELAYED_TO_NON_COMPLIANT_MAILER", texts: Texts { row: 67 }, fix_by: &[Party::Nobody], references: &[Reference { source: &SOURCES[23], section: "3.3.4" }, Reference { source: &SOURCES[21], section: "2.3.3" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 5 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 1, detail: 10 }, status: Status::Standard, name: "RECIPIENT_ADDRESS_HAS_NULL_MX", texts: Texts { row: 68 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[40], section: "4.1" }, Reference { source: &SOURCES[40], section: "3" }, Reference { source: &SOURCES[39], section: "6" }], related: &[Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(556)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 27 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 })], iana_associated: "556", associated: &[ReplyCode(556)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_MAILBOX_STATUS", texts: Texts { row: 69 }, fix_by: &[Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.3" }, Reference { source: &SOURCES[20], section: "2" }], related: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 1 }, status: Status::Standard, name: "MAILBOX_DISABLED", texts: Texts { row: 70 }, fix_by: &[Party::RecipientAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[20], section: "3.3" }], related: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 2 }, status: Status::Standard, name: "MAILBOX_FULL", texts: Texts { row: 71 }, fix_by: &[Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.3" }, Reference { source: &SOURCES[25], section: "6" }, Reference { source: &SOURCES[19], section: "10.9" }], related: &[Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(522)), Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 })], iana_associated: "552", associated: &[ReplyCode(552)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 3 }, status: Status::Standard, name: "MESSAGE_LENGTH_EXCEEDS_ADMINISTRATIVE_LIMIT", texts: Texts { row: 72 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.3" }], related: &[Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(557)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 })], iana_associated: "552", associated: &[ReplyCode(552)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 2, detail: 4 }, status: Status::Standard, name: "MAILING_LIST_EXPANSION_PROBLEM", texts: Texts { row: 73 }, fix_by: &[Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.3" }], related: &[Code::Reply(ReplyCode(424)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(452)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 })], iana_associated: "450, 452", associated: &[ReplyCode(450), ReplyCode(452)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_MAIL_SYSTEM_STATUS", texts: Texts { row: 74 }, fix_by: &[Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.4" }, Reference { source: &SOURCES[28], section: "2.4" }], related: &[Code::Reply(ReplyCode(221)), Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 })], iana_associated: "221, 250, 421, 451, 550, 554", associated: &[ReplyCode(221), ReplyCode(250), ReplyCode(421), ReplyCode(451), ReplyCode(550), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 1 }, status: Status::Standard, name: "MAIL_SYSTEM_FULL", texts: Texts { row: 75 }, fix_by: &[Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.4" }, Reference { source: &SOURCES[29], section: "4.2.2" }, Reference { source: &SOURCES[10], section: "6.1" }], related: &[Code::Reply(ReplyCode(431)), Code::Reply(ReplyCode(452)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 3 })], iana_associated: "452", associated: &[ReplyCode(452)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 2 }, status: Status::Standard, name: "SYSTEM_NOT_ACCEPTING_NETWORK_MESSAGES", texts: Texts { row: 76 }, fix_by: &[Party::ServerAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.4" }, Reference { source: &SOURCES[39], section: "3" }, Reference { source: &SOURCES[39], section: "6" }], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(453)), Code::Reply(ReplyCode(521)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 })], compare_with: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(521)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 })], iana_associated: "453, 521", associated: &[ReplyCode(453), ReplyCode(521)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 3 }, status: Status::Standard, name: "SYSTEM_NOT_CAPABLE_OF_SELECTED_FEATURES", texts: Texts { row: 77 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.4" }], related: &[Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(555)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 4 }, status: Status::Standard, name: "MESSAGE_TOO_BIG_FOR_SYSTEM", texts: Texts { row: 78 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[20], section: "3.4" }, Reference { source: &SOURCES[10], section: "4" }, Reference { source: &SOURCES[10], section: "6.1" }, Reference { source: &SOURCES[25], section: "6" }], related: &[Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(557)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], iana_associated: "552, 554", associated: &[ReplyCode(552), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 5 }, status: Status::Standard, name: "SYSTEM_INCORRECTLY_CONFIGURED", texts: Texts { row: 79 }, fix_by: &[Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.4" }, Reference { source: &SOURCES[29], section: "4.5.1" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 3, detail: 6 }, status: Status::Standard, name: "REQUESTED_PRIORITY_WAS_CHANGED", texts: Texts { row: 80 }, fix_by: &[Party::Nobody, Party::SenderAdmin], references: &[Reference { source: &SOURCES[34], section: "4.1" }, Reference { source: &SOURCES[34], section: "10" }], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 })], iana_associated: "250 or 251", associated: &[ReplyCode(250), ReplyCode(251)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_NETWORK_OR_ROUTING_STATUS", texts: Texts { row: 81 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.5" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 1 }, status: Status::Standard, name: "NO_ANSWER_FROM_HOST", texts: Texts { row: 82 }, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.5" }, Reference { source: &SOURCES[29], section: "4.5.4.1" }, Reference { source: &SOURCES[25], section: "6" }, Reference { source: &SOURCES[5], section: "" }], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], iana_associated: "451", associated: &[ReplyCode(451)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 2 }, status: Status::Standard, name: "BAD_CONNECTION", texts: Texts { row: 83 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.5" }, Reference { source: &SOURCES[29], section: "3.8" }, Reference { source: &SOURCES[29], section: "4.5.3.2" }], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 5 })], iana_associated: "421", associated: &[ReplyCode(421)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 3 }, status: Status::Standard, name: "DIRECTORY_SERVER_FAILURE", texts: Texts { row: 84 }, fix_by: &[Party::ServerAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.5" }, Reference { source: &SOURCES[35], section: "8.6" }, Reference { source: &SOURCES[29], section: "5.1" }], related: &[Code::Reply(ReplyCode(417)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], iana_associated: "451, 550", associated: &[ReplyCode(451), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 4 }, status: Status::Standard, name: "UNABLE_TO_ROUTE", texts: Texts { row: 85 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.5" }, Reference { source: &SOURCES[29], section: "5.1" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 5 }, status: Status::Standard, name: "MAIL_SYSTEM_CONGESTION", texts: Texts { row: 86 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.5" }, Reference { source: &SOURCES[29], section: "4.5.4.1" }], related: &[Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 })], iana_associated: "451", associated: &[ReplyCode(451)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 6 }, status: Status::Standard, name: "ROUTING_LOOP_DETECTED", texts: Texts { row: 87 }, fix_by: &[Party::RecipientAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.5" }, Reference { source: &SOURCES[29], section: "6.3" }], related: &[Code::Reply(ReplyCode(546)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 4, detail: 7 }, status: Status::Standard, name: "DELIVERY_TIME_EXPIRED", texts: Texts { row: 88 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.5" }, Reference { source: &SOURCES[16], section: "4.1.3" }, Reference { source: &SOURCES[29], section: "4.5.4.1" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 6 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_PROTOCOL_STATUS", texts: Texts { row: 89 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.6" }, Reference { source: &SOURCES[25], section: "6" }, Reference { source: &SOURCES[4], section: "" }], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(251)), Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(253)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(458)), Code::Reply(ReplyCode(459)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 5 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 })], iana_associated: "220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554", associated: &[ReplyCode(220), ReplyCode(250), ReplyCode(251), ReplyCode(252), ReplyCode(253), ReplyCode(451), ReplyCode(452), ReplyCode(454), ReplyCode(458), ReplyCode(459), ReplyCode(501), ReplyCode(502), ReplyCode(503), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 1 }, status: Status::Standard, name: "INVALID_COMMAND", texts: Texts { row: 90 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[20], section: "3.6" }, Reference { source: &SOURCES[29], section: "4.3.2" }, Reference { source: &SOURCES[29], section: "4.2.4" }], related: &[Code::Reply(ReplyCode(430)), Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(555)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 })], iana_associated: "430, 500, 501, 503, 530, 550, 554, 555", associated: &[ReplyCode(430), ReplyCode(500), ReplyCode(501), ReplyCode(503), ReplyCode(530), ReplyCode(550), ReplyCode(554), ReplyCode(555)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 2 }, status: Status::Standard, name: "SYNTAX_ERROR", texts: Texts { row: 91 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.6" }, Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[35], section: "8.7" }], related: &[Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(555)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 })], iana_associated: "500, 501, 502, 550, 555", associated: &[ReplyCode(500), ReplyCode(501), ReplyCode(502), ReplyCode(550), ReplyCode(555)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 3 }, status: Status::Standard, name: "TOO_MANY_RECIPIENTS", texts: Texts { row: 92 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.6" }, Reference { source: &SOURCES[29], section: "4.5.3.1.10" }], related: &[Code::Reply(ReplyCode(431)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(452)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(552)), Code::Reply(ReplyCode(571)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 1 })], iana_associated: "451", associated: &[ReplyCode(451)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 4 }, status: Status::Standard, name: "INVALID_COMMAND_ARGUMENTS", texts: Texts { row: 93 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[20], section: "3.6" }, Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[29], section: "4.1.1.11" }, Reference { source: &SOURCES[16], section: "4" }, Reference { source: &SOURCES[26], section: "4.2" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(555)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 })], iana_associated: "451, 501, 502, 503, 504, 550, 555", associated: &[ReplyCode(451), ReplyCode(501), ReplyCode(502), ReplyCode(503), ReplyCode(504), ReplyCode(550), ReplyCode(555)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 5 }, status: Status::Standard, name: "WRONG_PROTOCOL_VERSION", texts: Texts { row: 94 }, fix_by: &[Party::ServerAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.6" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 0 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 5, detail: 6 }, status: Status::Standard, name: "AUTHENTICATION_EXCHANGE_LINE_TOO_LONG", texts: Texts { row: 95 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[27], section: "4" }, Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[4], section: "" }], related: &[Code::Reply(ReplyCode(500)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], iana_associated: "500", associated: &[ReplyCode(500)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_MEDIA_ERROR", texts: Texts { row: 96 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.7" }, Reference { source: &SOURCES[13], section: "6" }], related: &[Code::Reply(ReplyCode(250)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 1 }, status: Status::Standard, name: "MEDIA_NOT_SUPPORTED", texts: Texts { row: 97 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.7" }, Reference { source: &SOURCES[17], section: "3" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 2 }, status: Status::Standard, name: "CONVERSION_REQUIRED_AND_PROHIBITED", texts: Texts { row: 98 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.7" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 3 }, status: Status::Standard, name: "CONVERSION_REQUIRED_BUT_NOT_SUPPORTED", texts: Texts { row: 99 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.7" }, Reference { source: &SOURCES[25], section: "6" }, Reference { source: &SOURCES[17], section: "3" }, Reference { source: &SOURCES[24], section: "3.3" }], related: &[Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 3 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 1 })], iana_associated: "554", associated: &[ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 4 }, status: Status::Standard, name: "CONVERSION_WITH_LOSS_PERFORMED", texts: Texts { row: 100 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[20], section: "3.7" }, Reference { source: &SOURCES[25], section: "6" }], related: &[Code::Reply(ReplyCode(250)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 })], iana_associated: "250", associated: &[ReplyCode(250)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 5 }, status: Status::Standard, name: "CONVERSION_FAILED", texts: Texts { row: 101 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.7" }, Reference { source: &SOURCES[24], section: "3.2" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 4 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 6 }, status: Status::Standard, name: "MESSAGE_CONTENT_NOT_AVAILABLE", texts: Texts { row: 102 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[25], section: "5" }, Reference { source: &SOURCES[25], section: "6" }], related: &[Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 })], iana_associated: "554", associated: &[ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 7 }, status: Status::Standard, name: "NON_ASCII_ADDRESSES_NOT_PERMITTED", texts: Texts { row: 103 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[32], section: "3.5" }, Reference { source: &SOURCES[32], section: "4.2" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 3 })], iana_associated: "553, 550", associated: &[ReplyCode(553), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 8 }, status: Status::Standard, name: "UTF8_STRING_REPLY_REQUIRED", texts: Texts { row: 104 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[32], section: "3.7.4.2" }, Reference { source: &SOURCES[32], section: "4.2" }], related: &[Code::Reply(ReplyCode(252)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(553)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 })], iana_associated: "252, 553, 550", associated: &[ReplyCode(252), ReplyCode(553), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 9 }, status: Status::Standard, name: "UTF8_HEADER_MESSAGE_CANNOT_BE_TRANSFERRED", texts: Texts { row: 105 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[32], section: "3.5" }, Reference { source: &SOURCES[32], section: "4.2" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 6, detail: 10 }, status: Status::Obsolete, name: "DEPRECATED_DUPLICATE_OF_X_6_8", texts: Texts { row: 106 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[32], section: "4.2" }, Reference { source: &SOURCES[4], section: "" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 8 })], iana_associated: "", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 0 }, status: Status::Standard, name: "OTHER_OR_UNDEFINED_SECURITY_STATUS", texts: Texts { row: 107 }, fix_by: &[Party::SendingClient, Party::SenderAdmin], references: &[Reference { source: &SOURCES[20], section: "3.8" }, Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[18], section: "4" }], related: &[Code::Reply(ReplyCode(220)), Code::Reply(ReplyCode(235)), Code::Reply(ReplyCode(421)), Code::Reply(ReplyCode(435)), Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(500)), Code::Reply(ReplyCode(501)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(504)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 0, detail: 0 })], iana_associated: "220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550", associated: &[ReplyCode(220), ReplyCode(235), ReplyCode(450), ReplyCode(454), ReplyCode(500), ReplyCode(501), ReplyCode(503), ReplyCode(504), ReplyCode(530), ReplyCode(535), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 1 }, status: Status::Standard, name: "DELIVERY_NOT_AUTHORIZED", texts: Texts { row: 108 }, fix_by: &[Party::SenderAdmin, Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.8" }, Reference { source: &SOURCES[13], section: "6" }, Reference { source: &SOURCES[35], section: "8.4" }, Reference { source: &SOURCES[38], section: "10.3" }], related: &[Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(502)), Code::Reply(ReplyCode(503)), Code::Reply(ReplyCode(533)), Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(551)), Code::Reply(ReplyCode(554)), Code::Reply(ReplyCode(571)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 28 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 })], iana_associated: "451, 454, 502, 503, 533, 550, 551", associated: &[ReplyCode(451), ReplyCode(454), ReplyCode(502), ReplyCode(503), ReplyCode(533), ReplyCode(550), ReplyCode(551)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 2 }, status: Status::Standard, name: "MAILING_LIST_EXPANSION_PROHIBITED", texts: Texts { row: 109 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.8" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 3 }, status: Status::Standard, name: "SECURITY_CONVERSION_REQUIRED_BUT_NOT_POSSIBLE", texts: Texts { row: 110 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.8" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 4 }, status: Status::Standard, name: "SECURITY_FEATURES_NOT_SUPPORTED", texts: Texts { row: 111 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.8" }, Reference { source: &SOURCES[27], section: "4" }], related: &[Code::Reply(ReplyCode(504)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 3 })], iana_associated: "504", associated: &[ReplyCode(504)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 5 }, status: Status::Standard, name: "CRYPTOGRAPHIC_FAILURE", texts: Texts { row: 112 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.8" }, Reference { source: &SOURCES[30], section: "6.3" }], related: &[Code::Reply(ReplyCode(451)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 6 }, status: Status::Standard, name: "CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED", texts: Texts { row: 113 }, fix_by: &[Party::SenderAdmin, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[20], section: "3.8" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 7 }, status: Status::Standard, name: "MESSAGE_INTEGRITY_FAILURE", texts: Texts { row: 114 }, fix_by: &[Party::SenderAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[20], section: "3.8" }, Reference { source: &SOURCES[37], section: "5" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 })], iana_associated: "Not given", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 8 }, status: Status::Standard, name: "AUTHENTICATION_CREDENTIALS_INVALID", texts: Texts { row: 115 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[25], section: "5" }], related: &[Code::Reply(ReplyCode(454)), Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 0 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 14 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 13 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], iana_associated: "535, 554", associated: &[ReplyCode(535), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 9 }, status: Status::Standard, name: "AUTHENTICATION_MECHANISM_TOO_WEAK", texts: Texts { row: 116 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[27], section: "6" }], related: &[Code::Reply(ReplyCode(534)), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 12 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], iana_associated: "534", associated: &[ReplyCode(534)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 10 }, status: Status::Standard, name: "ENCRYPTION_NEEDED", texts: Texts { row: 117 }, fix_by: &[Party::SendingClient, Party::RecipientAdmin], references: &[Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[44], section: "4.2.1" }, Reference { source: &SOURCES[18], section: "4" }], related: &[Code::Reply(ReplyCode(523)), Code::Reply(ReplyCode(530)), Code::Reply(ReplyCode(538)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 11 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 30 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], iana_associated: "523", associated: &[ReplyCode(523)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 11 }, status: Status::Standard, name: "ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM", texts: Texts { row: 118 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[27], section: "15" }, Reference { source: &SOURCES[18], section: "4.2" }], related: &[Code::Reply(ReplyCode(524)), Code::Reply(ReplyCode(538)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], iana_associated: "524, 538", associated: &[ReplyCode(524), ReplyCode(538)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 12 }, status: Status::Standard, name: "PASSWORD_TRANSITION_NEEDED", texts: Texts { row: 119 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[27], section: "6" }, Reference { source: &SOURCES[27], section: "14" }], related: &[Code::Reply(ReplyCode(422)), Code::Reply(ReplyCode(432)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 9 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], iana_associated: "422, 432", associated: &[ReplyCode(422), ReplyCode(432)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 13 }, status: Status::Standard, name: "USER_ACCOUNT_DISABLED", texts: Texts { row: 120 }, fix_by: &[Party::ServerAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[28], section: "2.4" }], related: &[Code::Reply(ReplyCode(525)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 1 })], iana_associated: "525", associated: &[ReplyCode(525)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 14 }, status: Status::Standard, name: "TRUST_RELATIONSHIP_REQUIRED", texts: Texts { row: 121 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[28], section: "2.4" }, Reference { source: &SOURCES[25], section: "3.3" }, Reference { source: &SOURCES[25], section: "6" }], related: &[Code::Reply(ReplyCode(535)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 6, detail: 6 })], iana_associated: "535, 554", associated: &[ReplyCode(535), ReplyCode(554)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 15 }, status: Status::Standard, name: "PRIORITY_LEVEL_TOO_LOW", texts: Texts { row: 122 }, fix_by: &[Party::SendingClient, Party::ServerAdmin], references: &[Reference { source: &SOURCES[34], section: "4.1" }], related: &[Code::Reply(ReplyCode(450)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 16 })], iana_associated: "450, 550 (other 4XX or 5XX codes are allowed)", associated: &[ReplyCode(450), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 16 }, status: Status::Standard, name: "MESSAGE_TOO_BIG_FOR_PRIORITY", texts: Texts { row: 123 }, fix_by: &[Party::SendingClient], references: &[Reference { source: &SOURCES[34], section: "5" }, Reference { source: &SOURCES[26], section: "6" }, Reference { source: &SOURCES[4], section: "" }], related: &[Code::Reply(ReplyCode(552)), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 3, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 2, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 15 })], iana_associated: "552 (other 4XX or 5XX codes are allowed)", associated: &[ReplyCode(552)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 17 }, status: Status::Standard, name: "MAILBOX_OWNER_CHANGED", texts: Texts { row: 124 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[36], section: "5.1" }, Reference { source: &SOURCES[36], section: "15.3" }, Reference { source: &SOURCES[26], section: "6" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 18 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 19 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 18 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 6 })], iana_associated: "5XX", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 18 }, status: Status::Standard, name: "DOMAIN_OWNER_CHANGED", texts: Texts { row: 125 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[36], section: "15.3" }, Reference { source: &SOURCES[36], section: "9" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 19 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 })], iana_associated: "5XX", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 19 }, status: Status::Standard, name: "RRVS_TEST_CANNOT_BE_COMPLETED", texts: Texts { row: 126 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[36], section: "5" }, Reference { source: &SOURCES[36], section: "9" }, Reference { source: &SOURCES[36], section: "15.3" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 18 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 17 })], iana_associated: "5XX", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 20 }, status: Status::Standard, name: "NO_PASSING_DKIM_SIGNATURE", texts: Texts { row: 127 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[37], section: "3.1" }, Reference { source: &SOURCES[30], section: "6.3" }, Reference { source: &SOURCES[30], section: "3.6.2.1" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 5 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 21 }, status: Status::Standard, name: "NO_ACCEPTABLE_DKIM_SIGNATURE", texts: Texts { row: 128 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[37], section: "3.1" }, Reference { source: &SOURCES[30], section: "5.4.1" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 22 }, status: Status::Standard, name: "NO_VALID_AUTHOR_MATCHED_DKIM_SIGNATURE", texts: Texts { row: 129 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[37], section: "3.1" }, Reference { source: &SOURCES[37], section: "4" }, Reference { source: &SOURCES[38], section: "3.1" }, Reference { source: &SOURCES[30], section: "" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 23 }, status: Status::Standard, name: "SPF_VALIDATION_FAILED", texts: Texts { row: 130 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[37], section: "3.2" }, Reference { source: &SOURCES[35], section: "8.4" }, Reference { source: &SOURCES[35], section: "4.5" }, Reference { source: &SOURCES[35], section: "5" }], related: &[Code::Reply(ReplyCode(517)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 24 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 24 }, status: Status::Standard, name: "SPF_VALIDATION_ERROR", texts: Texts { row: 131 }, fix_by: &[Party::SenderAdmin, Party::ServerAdmin], references: &[Reference { source: &SOURCES[37], section: "3.2" }, Reference { source: &SOURCES[35], section: "8.6" }, Reference { source: &SOURCES[35], section: "8.7" }, Reference { source: &SOURCES[35], section: "4.6.4" }], related: &[Code::Reply(ReplyCode(417)), Code::Reply(ReplyCode(451)), Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 4, detail: 3 }), Code::Enhanced(EnhancedCode { class: 0, subject: 5, detail: 2 })], iana_associated: "451/550", associated: &[ReplyCode(451), ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 25 }, status: Status::Standard, name: "REVERSE_DNS_VALIDATION_FAILED", texts: Texts { row: 132 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[37], section: "3.3" }, Reference { source: &SOURCES[37], section: "4" }, Reference { source: &SOURCES[29], section: "4.1.1.1" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(554)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 26 }, status: Status::Standard, name: "MULTIPLE_AUTHENTICATION_CHECKS_FAILED", texts: Texts { row: 133 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[37], section: "3.4" }, Reference { source: &SOURCES[37], section: "4" }, Reference { source: &SOURCES[43], section: "5.2.2" }, Reference { source: &SOURCES[38], section: "4.2" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 21 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 22 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 23 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 25 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 29 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 7 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 27 }, status: Status::Standard, name: "SENDER_ADDRESS_HAS_NULL_MX", texts: Texts { row: 134 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[40], section: "4.1" }, Reference { source: &SOURCES[40], section: "4.2" }, Reference { source: &SOURCES[40], section: "3" }], related: &[Code::Reply(ReplyCode(550)), Code::Reply(ReplyCode(556)), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 10 }), Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 8 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 28 }, status: Status::Experimental, name: "MAIL_FLOOD_DETECTED", texts: Texts { row: 135 }, fix_by: &[Party::SenderAdmin, Party::SendingClient], references: &[Reference { source: &SOURCES[45], section: "" }, Reference { source: &SOURCES[4], section: "" }], related: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 1 })], iana_associated: ".", associated: &[] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 29 }, status: Status::Experimental, name: "ARC_VALIDATION_FAILURE", texts: Texts { row: 136 }, fix_by: &[Party::SenderAdmin], references: &[Reference { source: &SOURCES[43], section: "5.2.1" }, Reference { source: &SOURCES[43], section: "5.2.2" }, Reference { source: &SOURCES[4], section: "" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 26 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 20 })], iana_associated: "550", associated: &[ReplyCode(550)] },
    EnhancedInfo { code: EnhancedCode { class: 0, subject: 7, detail: 30 }, status: Status::Standard, name: "REQUIRETLS_SUPPORT_REQUIRED", texts: Texts { row: 137 }, fix_by: &[Party::RecipientAdmin, Party::SenderAdmin], references: &[Reference { source: &SOURCES[44], section: "4.2.1" }, Reference { source: &SOURCES[44], section: "2" }, Reference { source: &SOURCES[44], section: "5" }], related: &[Code::Reply(ReplyCode(550)), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 4 }), Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], compare_with: &[Code::Enhanced(EnhancedCode { class: 0, subject: 7, detail: 10 })], iana_associated: "550", associated: &[ReplyCode(550)] },
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
    SubCodeInfo { key: "2.XXX.XXX", texts: Texts { row: 138 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[13], section: "4" }] },
    SubCodeInfo { key: "4.XXX.XXX", texts: Texts { row: 139 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[13], section: "4" }, Reference { source: &SOURCES[29], section: "4.5.4.1" }] },
    SubCodeInfo { key: "5.XXX.XXX", texts: Texts { row: 140 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[13], section: "4" }, Reference { source: &SOURCES[29], section: "4.2.1" }] },
];
pub(crate) static SUBJECTS: [SubCodeInfo; 8] = [
    SubCodeInfo { key: "X.0.XXX", texts: Texts { row: 141 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[20], section: "3.1" }] },
    SubCodeInfo { key: "X.1.XXX", texts: Texts { row: 142 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[20], section: "3.2" }] },
    SubCodeInfo { key: "X.2.XXX", texts: Texts { row: 143 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[20], section: "3.3" }] },
    SubCodeInfo { key: "X.3.XXX", texts: Texts { row: 144 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[20], section: "3.4" }] },
    SubCodeInfo { key: "X.4.XXX", texts: Texts { row: 145 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[20], section: "3.5" }] },
    SubCodeInfo { key: "X.5.XXX", texts: Texts { row: 146 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[20], section: "3.6" }] },
    SubCodeInfo { key: "X.6.XXX", texts: Texts { row: 147 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[20], section: "3.7" }, Reference { source: &SOURCES[32], section: "3.5" }] },
    SubCodeInfo { key: "X.7.XXX", texts: Texts { row: 148 }, references: &[Reference { source: &SOURCES[20], section: "2" }, Reference { source: &SOURCES[20], section: "3.8" }, Reference { source: &SOURCES[37], section: "3" }] },
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
pub(crate) static TEXTS: [&[[&str; 4]; TEXT_ROWS]; 1] = [&en::TEXTS];

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
    /// `command.connect`: "Connection greeting"
    CommandConnect,
    /// `command.data_end`: "End of message data"
    CommandDataEnd,
    /// `command.any`: "Any command"
    CommandAny,
    /// `list.separator`: ", "
    ListSeparator,
    /// `show.title`: "SMTP {code}: {title}"
    ShowTitle,
    /// `show.is_class`: "{code} is {class}."
    ShowIsClass,
    /// `show.enhanced_class`: "With class {digit} it reads as {class}."
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
    /// `diff.lookalike`: "People often confuse {a} and {b}: read the descriptions above to tell them apart."
    DiffLookalike,
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
    /// `site.generated`: "Generated by smtp-codes from catalog version {version}."
    SiteGenerated,
}
pub(crate) const UI_KEYS: usize = 111;
pub(crate) static UI_KEY_NAMES: [&str; UI_KEYS] = ["label.summary", "label.description", "label.when_seen", "label.how_to_fix", "label.key_differences", "label.when_to_use", "label.learn_more", "label.class", "label.category", "label.subject", "label.status", "label.retry", "label.fix_by", "label.commands", "label.references", "label.related", "label.compare_with", "label.server_text", "label.problems", "label.reply_code", "label.enhanced_code", "class.2.name", "class.3.name", "class.4.name", "class.5.name", "class.2.phrase", "class.3.phrase", "class.4.phrase", "class.5.phrase", "category.0", "category.1", "category.2", "category.3", "category.4", "category.5", "category.other", "status.standard", "status.extension", "status.obsolete", "status.experimental", "status.non_standard", "retry.nothing_to_do", "retry.continue", "retry.later", "retry.not_unchanged", "party.sending_client", "party.sender_admin", "party.recipient_admin", "party.server_admin", "party.nobody", "party.sender", "party.recipient", "command.connect", "command.data_end", "command.any", "list.separator", "show.title", "show.is_class", "show.enhanced_class", "show.enhanced_kind", "show.non_standard", "compare.title", "compare.contrast", "compare.same_class", "compare.kinds", "compare.same_code", "compare.advice", "diff.class", "diff.retry", "diff.category", "diff.subject", "diff.fix_by", "diff.commands", "diff.commands_one", "diff.associated", "diff.related", "diff.lookalike", "diff.status", "use.class.2", "use.class.3", "use.class.4", "use.class.5", "use.same_class", "use.kinds", "learn.page", "explain.title", "explain.no_code", "explain.unknown", "problem.mismatch", "problem.mixed_codes", "problem.line_too_long", "problem.not_text", "problem.truncated", "label.what_happened", "label.what_to_do", "label.tell_the_sender", "label.evidence", "evidence.text", "evidence.enhanced_code", "evidence.reply_code", "explain.reason_disagrees", "site.title", "site.intro", "site.reply_codes", "site.enhanced_codes", "site.comparisons", "site.class_heading", "site.subject_heading", "site.home", "site.languages", "site.generated"];
pub(crate) static UI: [&[&str; UI_KEYS]; 1] = [&en::UI];

/// What happened to a message, as a reply tells it: the taxonomy of
/// `data/diagnosis/reasons.yaml`. See [`crate::diagnose`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reason {
    /// User unknown.
    UserUnknown,
    /// Mailbox disabled.
    MailboxDisabled,
    /// Mailbox full.
    MailboxFull,
    /// Domain not found.
    DomainNotFound,
    /// Relay denied.
    RelayDenied,
    /// Too many recipients.
    TooManyRecipients,
    /// Sender rejected.
    SenderRejected,
    /// Sender auth fail.
    SenderAuthFail,
    /// Dmarc fail.
    DmarcFail,
    /// Auth required.
    AuthRequired,
    /// Auth failed.
    AuthFailed,
    /// Tls required.
    TlsRequired,
    /// Blocklisted.
    Blocklisted,
    /// Bad reputation.
    BadReputation,
    /// Reverse dns.
    ReverseDns,
    /// Policy block.
    PolicyBlock,
    /// Spam.
    Spam,
    /// Virus.
    Virus,
    /// Content rejected.
    ContentRejected,
    /// Message too big.
    MessageTooBig,
    /// Rate limited.
    RateLimited,
    /// Greylisted.
    Greylisted,
    /// Syntax.
    Syntax,
    /// Bad sequence.
    BadSequence,
    /// Service unavailable.
    ServiceUnavailable,
    /// System error.
    SystemError,
    /// Network error.
    NetworkError,
    /// Loop detected.
    LoopDetected,
    /// Expired.
    Expired,
    /// Success.
    Success,
    /// Intermediate.
    Intermediate,
    /// Unknown.
    Unknown,
}
pub(crate) const REASON_COUNT: usize = 32;
pub(crate) static REASON_LIST: [Reason; REASON_COUNT] = [Reason::UserUnknown, Reason::MailboxDisabled, Reason::MailboxFull, Reason::DomainNotFound, Reason::RelayDenied, Reason::TooManyRecipients, Reason::SenderRejected, Reason::SenderAuthFail, Reason::DmarcFail, Reason::AuthRequired, Reason::AuthFailed, Reason::TlsRequired, Reason::Blocklisted, Reason::BadReputation, Reason::ReverseDns, Reason::PolicyBlock, Reason::Spam, Reason::Virus, Reason::ContentRejected, Reason::MessageTooBig, Reason::RateLimited, Reason::Greylisted, Reason::Syntax, Reason::BadSequence, Reason::ServiceUnavailable, Reason::SystemError, Reason::NetworkError, Reason::LoopDetected, Reason::Expired, Reason::Success, Reason::Intermediate, Reason::Unknown];
pub(crate) static REASONS: [ReasonData; REASON_COUNT] = [
    ReasonData { id: "user_unknown", group: Reason::UserUnknown, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "mailbox_disabled", group: Reason::MailboxDisabled, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "mailbox_full", group: Reason::MailboxFull, retry: Some(Retry::Later), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "domain_not_found", group: Reason::DomainNotFound, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "relay_denied", group: Reason::RelayDenied, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "too_many_recipients", group: Reason::TooManyRecipients, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "sender_rejected", group: Reason::SenderRejected, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "sender_auth_fail", group: Reason::SenderAuthFail, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "dmarc_fail", group: Reason::DmarcFail, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "auth_required", group: Reason::AuthRequired, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "auth_failed", group: Reason::AuthFailed, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "tls_required", group: Reason::TlsRequired, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "blocklisted", group: Reason::Blocklisted, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "bad_reputation", group: Reason::BadReputation, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "reverse_dns", group: Reason::ReverseDns, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "policy_block", group: Reason::PolicyBlock, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "spam", group: Reason::Spam, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "virus", group: Reason::Virus, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "content_rejected", group: Reason::ContentRejected, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "message_too_big", group: Reason::MessageTooBig, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "rate_limited", group: Reason::RateLimited, retry: Some(Retry::Later), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "greylisted", group: Reason::Greylisted, retry: Some(Retry::Later), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "syntax", group: Reason::Syntax, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "bad_sequence", group: Reason::BadSequence, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "service_unavailable", group: Reason::ServiceUnavailable, retry: Some(Retry::Later), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "system_error", group: Reason::SystemError, retry: Some(Retry::Later), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "network_error", group: Reason::NetworkError, retry: Some(Retry::Later), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "loop_detected", group: Reason::LoopDetected, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "expired", group: Reason::Expired, retry: Some(Retry::NotUnchanged), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "success", group: Reason::Success, retry: Some(Retry::NothingToDo), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "intermediate", group: Reason::Intermediate, retry: Some(Retry::Continue), fix_by: &[Party::SenderAdmin] },
    ReasonData { id: "unknown", group: Reason::Unknown, retry: None, fix_by: &[Party::SenderAdmin] },
];
pub(crate) static REASON_TEXTS: [&[[&str; 4]; REASON_COUNT]; 1] = [&en::REASONS];

/// Rules on text, sorted by id; phrases in the normal form of `crate::diagnose::normalize`.
pub(crate) static TEXT_RULES: [TextRule; 1] = [
    TextRule { id: "user_unknown.no_such_user", reason: Reason::UserUnknown, phrases: &[" no such user "], specific: true, source: &SOURCES[29] },
];
/// Rules on codes, sorted by code.
pub(crate) static CODE_RULES: [CodeRule; 1] = [
    CodeRule { id: "code.X.1.1", code: Code::Enhanced(EnhancedCode { class: 0, subject: 1, detail: 1 }), reason: Reason::UserUnknown, specific: true, source: &SOURCES[20] },
];
