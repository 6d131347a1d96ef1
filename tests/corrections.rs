//! The catalog's corrected claims about what real servers send, each checked against the
//! words of its source: the reply the source's code or documentation writes is parsed and
//! explained, and the record cites that source and no longer says the opposite.

use smtp_codes::{
    Code, Command, EnhancedCode, Locale, Provider, Reason, Reply, ReplyCode, diagnose, explain,
};

fn reply(code: u16) -> &'static smtp_codes::ReplyInfo {
    ReplyCode::from_u16(code).unwrap().info().unwrap()
}

fn enhanced(code: &str) -> &'static smtp_codes::EnhancedInfo {
    code.parse::<EnhancedCode>().unwrap().info().unwrap()
}

fn cites(refs: &[smtp_codes::Reference], id: &str) -> bool {
    refs.iter().any(|r| r.source().id() == id)
}

#[test]
fn chkuser_sends_430_to_rcpt_to() {
    // chkuser_settings.h, CHKUSER_RESOURCE_STRING.
    let said = "430 system temporary unavailable, try again later (#4.3.0 - chkuser)";
    let r = Reply::extract(said).into_reply();
    assert_eq!(r.code().map(|c| c.as_u16()), Some(430));
    assert_eq!(
        r.enhanced().map(|e| e.to_string()).as_deref(),
        Some("4.3.0")
    );
    assert!(r.is_transient());
    let i = reply(430);
    assert!(cites(i.references(), "qmail chkuser 2.0.8"));
    assert!(i.commands().contains(&Command::Rcpt));
    let meaning = i.meaning(Locale::En);
    assert!(
        !meaning.contains("no server software is documented"),
        "{meaning}"
    );
    assert!(i.when_seen(Locale::En).contains("`#4.3.0`"));
}

#[test]
fn opensmtpd_sends_524_for_a_failed_expansion() {
    // lka_session.c: "524 5.2.4 Mailing list expansion problem" (and 424 4.2.4).
    let r = Reply::parse("524 5.2.4 Mailing list expansion problem");
    let e = explain(&r, Locale::En);
    assert!(e.to_string().contains("X.2.4") || e.to_string().contains("5.2.4"));
    let i = reply(524);
    assert!(cites(i.references(), "OpenSMTPD lka_session.c"));
    assert!(cites(
        i.references(),
        "Alibaba Cloud DirectMail return codes"
    ));
    assert!(i.commands().contains(&Command::Rcpt));
    assert!(
        i.related()
            .contains(&Code::Enhanced("X.2.4".parse().unwrap()))
    );
    assert!(i.when_seen(Locale::En).contains("`524 5.2.4`"));
}

#[test]
fn stalwart_greylists_with_422() {
    // Stalwart's shipped greylist.sieve.
    let said = "422 4.2.2 Greylisted, please try again in a few moments.";
    assert_eq!(diagnose(&Reply::parse(said)).reason(), Reason::Greylisted);
    let i = reply(422);
    assert!(cites(i.references(), "Stalwart greylist.sieve"));
    assert!(i.commands().contains(&Command::Rcpt));
    assert!(i.meaning(Locale::En).contains("`422 4.2.2`"));
}

#[test]
fn chkuser_checks_the_sender_at_mail_from() {
    // qmail-smtpd.c calls chkuser_sender() from smtp_mail(); chkuser_settings.h:
    // "571 sorry, sender address has invalid format", "511 sorry, can't find a valid MX for
    // sender domain".
    for code in [571, 511] {
        let i = reply(code);
        assert!(i.commands().contains(&Command::Mail), "{code}");
        assert!(i.commands().contains(&Command::Rcpt), "{code}");
        assert!(
            cites(i.references(), "qmail sagredo qmail-smtpd.c"),
            "{code}"
        );
        assert!(i.when_seen(Locale::En).contains("`MAIL FROM`"), "{code}");
    }
}

#[test]
fn non_ascii_addresses_get_553_at_rcpt_and_550_at_mail() {
    // RFC 6531 §3.5.
    let w = reply(553).when_seen(Locale::En);
    assert!(w.contains("`550`") && w.contains("RFC 6531"), "{w}");
}

#[test]
fn the_521_greeting_carries_no_enhanced_code() {
    // RFC 2034 §3: no enhanced code on the greeting.
    let i = enhanced("X.3.2");
    let w = i.when_seen(Locale::En);
    assert!(!w.contains("`521` with `5.3.2` is the greeting"), "{w}");
    assert!(w.contains("RFC 2034"), "{w}");
    assert!(cites(i.references(), "RFC 2034"));
}

#[test]
fn spf_allows_ten_lookups() {
    // RFC 7208 §4.6.4: more than 10 is the permerror; 10 is allowed.
    let fix = enhanced("X.7.24").how_to_fix(Locale::En);
    assert!(fix.contains("no more than 10"), "{fix}");
    assert!(!fix.contains("fewer than 10"), "{fix}");
}

#[test]
fn records_that_providers_reuse_say_so() {
    for (code, provider) in [
        ("X.7.27", "google"),
        ("X.7.30", "google"),
        ("X.7.29", "google"),
        ("X.7.23", "google"),
        ("X.7.14", "google"),
        ("X.7.9", "yahoo"),
        ("X.1.10", "microsoft"),
    ] {
        let i = enhanced(code);
        let p = Provider::get(provider).unwrap();
        let first_word = p.name().split_whitespace().next().unwrap();
        let w = i.when_seen(Locale::En);
        assert!(w.contains(first_word) || w.contains("Gmail"), "{code}: {w}");
        // The provider's own rule for the code exists, and the code's page lists it.
        assert!(
            p.rules().any(|r| matches!(r.with_code(), Some(Code::Enhanced(e)) if e.generic() == code.parse::<EnhancedCode>().unwrap())),
            "{code}: no {provider} rule"
        );
        let page = smtp_codes::pages::Page::code(Code::Enhanced(code.parse().unwrap()), Locale::En)
            .unwrap();
        let text = smtp_codes::render::render(&page, smtp_codes::render::Format::Text);
        assert!(
            text.contains(p.name()),
            "{code}: the page does not name {}",
            p.name()
        );
    }
}
