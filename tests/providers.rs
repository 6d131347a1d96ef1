//! Providers (`data/providers/`): every fact is sourced and dated, every rule and code can
//! decide (no rule is shadowed by another of the same provider), every host and marker
//! recognises its provider, and documented replies get the provider's meaning.

use smtp_codes::{
    Code, EvidenceSource, Locale, Provider, Reason, RecognisedBy, Reply, VendorCode, diagnose,
    diagnose_with_host, explain_with_host,
};

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[test]
fn the_catalog_knows_enough_providers_each_fact_sourced_and_dated() {
    let providers = Provider::all();
    assert!(providers.len() >= 25, "{} providers", providers.len());
    let entries: usize = providers.iter().map(Provider::entries).sum();
    assert!(entries >= 400, "{entries} entries");
    for p in providers {
        assert!(p.entries() > 0, "{} has no entry", p.id());
        assert!(
            !p.markers().is_empty() || !p.hosts().is_empty(),
            "{}",
            p.id()
        );
        for v in p.vendor_codes() {
            assert!(v.source().url().starts_with("https://"), "{}", v.id());
            assert!(is_date(v.read()), "{}: read {:?}", v.id(), v.read());
            for &l in Locale::all() {
                for text in [v.title(l), v.meaning(l), v.when_seen(l), v.how_to_fix(l)] {
                    assert!(!text.trim().is_empty(), "{} in {}", v.id(), l.tag());
                }
            }
        }
        for r in p.rules() {
            assert!(r.source().url().starts_with("https://"), "{}", r.id());
            assert!(is_date(r.read()), "{}: read {:?}", r.id(), r.read());
            assert!(r.id().starts_with(&format!("{}.", p.id())), "{}", r.id());
            if let Some(en) = r.note(Locale::En) {
                for &l in Locale::all() {
                    let note = r.note(l).unwrap_or_default();
                    assert!(!note.trim().is_empty(), "{} in {}", r.id(), l.tag());
                    if l != Locale::En {
                        assert_ne!(note, en, "{}: the {} note is the English", r.id(), l.tag());
                    }
                }
            }
        }
        assert!(p.oldest_read().is_some_and(is_date), "{}", p.id());
    }
}

/// A reply made of a rule's own words (and code): what the provider would send.
fn reply_for(phrases: &[&str], code: Option<Code>) -> String {
    let (reply, enhanced) = match code {
        Some(Code::Reply(r)) => (r.to_string(), String::new()),
        Some(Code::Enhanced(e)) => {
            let class = e.class().map_or(5, |c| c.digit());
            let text = e.to_string().replacen('X', &class.to_string(), 1);
            (format!("{class}50"), format!("{text} "))
        }
        None => ("550".to_string(), String::new()),
    };
    let words = if phrases.is_empty() {
        "x".to_string()
    } else {
        phrases
            .iter()
            .map(|p| p.trim_end_matches('*'))
            .collect::<Vec<_>>()
            .join(" ")
    };
    format!("{reply} {enhanced}{words}")
}

#[test]
fn every_provider_rule_decides_its_own_words_and_codes() {
    let mut failures = Vec::new();
    for p in Provider::all() {
        // As the caller would name the host; for a provider known by its markers only, the
        // first marker in the text.
        for r in p.rules() {
            let mut text = reply_for(r.phrases(), r.with_code());
            let d = match p.hosts().first() {
                Some(h) => diagnose_with_host(&Reply::parse(&text), &format!("mx1.{h}")),
                None => {
                    // A marker that is no rule's words, if there is one (else the rule's
                    // own words may be the marker already).
                    let phrase = |m: &str| {
                        p.rules()
                            .flat_map(|r| r.phrases())
                            .any(|ph| ph.eq_ignore_ascii_case(m))
                    };
                    let own = r
                        .phrases()
                        .iter()
                        .any(|ph| p.markers().iter().any(|m| m.eq_ignore_ascii_case(ph)));
                    if !own {
                        let m = p
                            .markers()
                            .iter()
                            .find(|m| !phrase(m))
                            .unwrap_or(&p.markers()[0]);
                        text.push_str(&format!(" ({m})"));
                    }
                    diagnose(&Reply::parse(&text))
                }
            };
            let by_provider = d
                .evidence()
                .is_some_and(|e| e.source() == EvidenceSource::ProviderRule);
            if d.provider() != Some(p) || d.reason() != r.reason() || !by_provider {
                failures.push(format!(
                    "{}: {text:?} gives {} by {:?} ({:?}), not {}",
                    r.id(),
                    d.reason().id(),
                    d.evidence().map(|e| e.rule()),
                    d.provider().map(Provider::id),
                    r.reason().id()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every provider's explanation, in English and in a language of another script, names the
/// provider and leads with the reason its own words give.
#[test]
fn every_provider_is_named_in_its_explanations() {
    for p in Provider::all() {
        let Some(r) = p.rules().find(|r| r.has_phrases()) else {
            continue;
        };
        let host = p.hosts().first().map(|h| format!("mx1.{h}"));
        let mut text = reply_for(r.phrases(), r.with_code());
        if host.is_none() {
            text.push_str(&format!(" ({})", p.markers()[0]));
        }
        let reply = Reply::parse(&text);
        let host = host.as_deref();
        for l in [Locale::En, Locale::resolve("ja")] {
            let e = explain_with_host(&reply, l, host);
            let page = e.to_string();
            assert_eq!(e.diagnosis().provider(), Some(p), "{}: {text:?}", r.id());
            assert!(
                page.contains(p.name()),
                "{}: {} page lacks the provider",
                r.id(),
                l.tag()
            );
            assert!(
                page.contains(e.diagnosis().reason().title(l)),
                "{}: {} page lacks the reason",
                r.id(),
                l.tag()
            );
        }
    }
}

#[test]
fn every_vendor_code_is_found_and_decides_for_its_provider() {
    for v in VendorCode::all() {
        let mut codes = vec![v.code()];
        codes.extend(v.through());
        for c in codes {
            assert_eq!(VendorCode::find(c), Some(v), "{c}");
            let class = c.class().map_or(5, |k| k.digit());
            let text = format!("{class}50 {c} x");
            let d = diagnose(&Reply::parse(&text));
            assert_eq!(d.provider(), Some(v.provider()), "{c}");
            assert_eq!(d.recognised_by(), Some(RecognisedBy::Code), "{c}");
            assert_eq!(d.reason(), v.reason(), "{c}");
            assert_eq!(d.vendor_code(), Some(v), "{c}");
            assert_eq!(d.evidence().map(|e| e.rule()), Some(v.id()), "{c}");
        }
    }
    // The generic form and other classes are not a provider's code.
    assert_eq!(VendorCode::find("X.7.606".parse().unwrap()), None);
}

/// `find` (a binary search over integer keys) answers as a plain search of every code and
/// range would, for every code of classes 2, 4 and 5 with subjects 0–9, inside ranges, between
/// them and beside them.
#[test]
fn finding_a_vendor_code_agrees_with_a_plain_search() {
    for class in [2, 4, 5] {
        for subject in 0..10 {
            for detail in 0..1000 {
                let text = format!("{class}.{subject}.{detail}");
                let c: smtp_codes::EnhancedCode = text.parse().unwrap();
                let plain = VendorCode::all().iter().find(|v| {
                    let end = v.through().unwrap_or(v.code());
                    v.code() <= c && c <= end
                });
                assert_eq!(VendorCode::find(c), plain, "{c}");
            }
        }
    }
}

#[test]
fn every_host_and_marker_recognises_its_provider() {
    for p in Provider::all() {
        for h in p.hosts() {
            for host in [
                h.to_string(),
                format!("mx1.{h}"),
                format!("MX1.{}.", h.to_uppercase()),
                format!("mx1.{h}[192.0.2.1]:25"),
            ] {
                assert_eq!(Provider::for_host(&host), Some(p), "{host}");
            }
        }
        for m in p.markers() {
            let d = diagnose(&Reply::parse(&format!("550 Refused by {m} today")));
            assert_eq!(d.provider(), Some(p), "marker {m:?}");
            assert_eq!(
                d.recognised_by(),
                Some(RecognisedBy::Marker),
                "marker {m:?}"
            );
        }
    }
    // Only at a label boundary.
    assert_eq!(Provider::for_host("notgoogle.com"), None);
    assert_eq!(Provider::for_host(""), None);
    assert_eq!(Provider::for_host("example.org"), None);
}

/// Replies as the providers' own documents show them (the rows' sources), with the reason
/// those documents give. Each is checked against the provider, the reason, and the page.
#[test]
fn documented_replies_get_the_providers_meaning() {
    // (provider, host or "", reply, reason, source)
    let rows: &[(&str, &str, &str, Reason, &str)] = &[
        // The example: Gmail's 5.7.27 is SPF, not the registry's null MX.
        (
            "google",
            "gmail-smtp-in.l.google.com",
            "550-5.7.27 Your email has been blocked because the sender's domain did not pass SPF.\n550 5.7.27 gsmtp",
            Reason::SenderAuthFail,
            "https://support.google.com/a/answer/3726730",
        ),
        (
            "google",
            "",
            "550 5.7.27 Message rejected. gsmtp",
            Reason::SenderAuthFail,
            "https://support.google.com/a/answer/3726730",
        ),
        (
            "microsoft",
            "",
            "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/",
            Reason::Blocklisted,
            "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online",
        ),
        (
            "microsoft",
            "contoso-com.mail.protection.outlook.com",
            "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
            Reason::UserUnknown,
            "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-4-1-in-exchange-online",
        ),
        (
            "yahoo",
            "",
            "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            Reason::BadReputation,
            "https://senders.yahooinc.com/smtp-error-codes/",
        ),
    ];
    let mut failures = Vec::new();
    for &(id, host, text, reason, source) in rows {
        let reply = Reply::parse(text);
        let host = (!host.is_empty()).then_some(host);
        let e = explain_with_host(&reply, Locale::En, host);
        let d = e.diagnosis();
        if d.provider().map(Provider::id) != Some(id) || d.reason() != reason {
            failures.push(format!(
                "{text:?} ({source}): {:?} {}",
                d.provider().map(Provider::id),
                d.reason().id()
            ));
        }
        let page = e.to_string();
        let name = Provider::get(id).unwrap().name();
        if !page.contains(name) || !page.contains(reason.title(Locale::En)) {
            failures.push(format!(
                "{text:?}: the page names neither {name} nor the reason"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_provider_rule_applies_only_to_its_provider() {
    // Gmail's reading of 5.7.27 is not applied to a reply nobody recognises: there the
    // registry's meaning (null MX, `domain_not_found` or nothing) stands.
    let d = diagnose(&Reply::parse("550 5.7.27 Message rejected"));
    assert_eq!(d.provider(), None);
    assert_ne!(d.reason(), Reason::SenderAuthFail);
    let d = diagnose_with_host(
        &Reply::parse("550 5.7.27 Message rejected"),
        "mx.example.org",
    );
    assert_eq!(d.provider(), None);
}
