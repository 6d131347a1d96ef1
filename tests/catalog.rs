//! Invariants over every record of the compiled catalog.

use smtp_codes::{Code, EnhancedCode, EnhancedInfo, Locale, ReplyCode, ReplyInfo, Status};
use std::collections::BTreeSet;

/// The record of a reply code number, if the catalog has one.
fn reply_info(n: u16) -> Option<&'static smtp_codes::ReplyInfo> {
    smtp_codes::ReplyCode::from_u16(n)
        .ok()
        .and_then(smtp_codes::ReplyCode::info)
}

fn all_codes() -> Vec<Code> {
    let r = ReplyInfo::all().iter().map(|i| Code::Reply(i.code()));
    r.chain(EnhancedInfo::all().iter().map(|i| Code::Enhanced(i.code())))
        .collect()
}

#[test]
fn tables_are_sorted_unique_and_consistent_with_lookups() {
    let replies = ReplyInfo::all();
    assert!(replies.windows(2).all(|w| w[0].code() < w[1].code()));
    for i in replies {
        assert_eq!(reply_info(i.code().as_u16()), Some(i));
        assert_eq!(i.code().info(), Some(i));
        assert_eq!(ReplyInfo::by_name(i.name()), Some(i));
    }
    let enhanced = EnhancedInfo::all();
    assert!(
        enhanced
            .windows(2)
            .all(|w| (w[0].code().subject_number(), w[0].code().detail())
                < (w[1].code().subject_number(), w[1].code().detail()))
    );
    for i in enhanced {
        assert!(i.code().is_generic());
        assert_eq!(EnhancedInfo::by_name(i.name()), Some(i));
        assert_eq!(
            EnhancedInfo::find(&i.code().to_string()).map(|(_, x)| x),
            Some(i)
        );
    }
    let names: BTreeSet<&str> = replies.iter().map(|i| i.name()).collect();
    assert_eq!(names.len(), replies.len());
    // Counts pinned: a change to the catalog's size is deliberate.
    assert_eq!(enhanced.len(), 81);
    assert!(replies.len() >= 45);
}

#[test]
fn every_known_number_is_found_and_no_other() {
    let known: BTreeSet<u16> = ReplyInfo::all().iter().map(|i| i.code().as_u16()).collect();
    for n in 0..=u16::MAX {
        assert_eq!(reply_info(n).is_some(), known.contains(&n), "{n}");
    }
}

#[test]
fn every_record_has_all_texts_in_every_locale() {
    for &l in Locale::all() {
        for c in all_codes() {
            let t = c.texts().unwrap();
            for (field, s) in [
                ("title", t.title(l)),
                ("meaning", t.meaning(l)),
                ("when_seen", t.when_seen(l)),
                ("how_to_fix", t.how_to_fix(l)),
            ] {
                assert!(!s.trim().is_empty(), "{c} {field} in {l} is empty");
                assert!(
                    s.matches('`').count() % 2 == 0,
                    "{c} {field} in {l}: unbalanced backtick"
                );
            }
        }
    }
}

#[test]
fn relations_name_catalog_codes_and_hold_both_ways() {
    for c in all_codes() {
        let (related, confused) = match c {
            Code::Reply(r) => (
                r.info().unwrap().related(),
                r.info().unwrap().compare_with(),
            ),
            Code::Enhanced(e) => (
                e.info().unwrap().related(),
                e.info().unwrap().compare_with(),
            ),
        };
        for &o in related {
            assert!(o.is_known(), "{c} relates to unknown {o}");
            assert_ne!(o, c);
            let back = match o {
                Code::Reply(r) => r.info().unwrap().related(),
                Code::Enhanced(e) => e.info().unwrap().related(),
            };
            assert!(back.contains(&c), "{c} → {o} but not back");
        }
        for &o in confused {
            assert!(o.is_known(), "{c} is confused with unknown {o}");
        }
    }
}

#[test]
fn non_standard_codes_say_so_and_cite_a_non_rfc_source() {
    for i in ReplyInfo::all()
        .iter()
        .filter(|i| i.status() == Status::NonStandard)
    {
        assert!(
            i.references()
                .iter()
                .any(|r| r.source().kind() != smtp_codes::SourceKind::Rfc),
            "{} cites only RFCs",
            i.code()
        );
        let m = i.meaning(Locale::En).to_lowercase();
        assert!(
            m.contains("rfc") || m.contains("standard"),
            "{}: meaning does not say it is non-standard",
            i.code()
        );
    }
}

#[test]
fn constants_point_at_their_records() {
    assert_eq!(
        ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().name(),
        "SERVICE_NOT_AVAILABLE"
    );
    assert_eq!(ReplyCode::OK, 250);
    assert_eq!(EnhancedCode::MAILBOX_FULL.to_string(), "X.2.2");
    for i in ReplyInfo::all() {
        assert!(
            i.name()
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        );
    }
}

#[test]
fn folklore_numbers_point_at_catalog_codes_and_are_not_codes() {
    for n in 200..600u16 {
        if let Some(e) = smtp_codes::folklore(n) {
            assert!(e.info().is_some(), "{n} → {e}");
            assert!(reply_info(n).is_none(), "{n} is both folklore and a code");
        }
    }
    assert_eq!(
        smtp_codes::folklore(510).map(|e| e.to_string()).as_deref(),
        Some("X.1.0")
    );
}

#[test]
fn version_and_registry_date_are_exported() {
    assert!(!smtp_codes::CATALOG_VERSION.is_empty());
    assert_eq!(smtp_codes::IANA_REGISTRY_DATE, "2024-12-06");
}

/// Translations are kept in step with the English: a text changed in English is flagged
/// (`source_hash`) and must be reviewed in every language before a release.
#[test]
fn no_shipped_translation_is_stale() {
    let stale: Vec<(&str, usize)> = Locale::all()
        .iter()
        .map(|l| (l.tag(), l.stale_texts()))
        .filter(|(_, n)| *n > 0)
        .collect();
    assert!(
        stale.is_empty(),
        "stale translations (see the build's warnings): {stale:?}"
    );
}
