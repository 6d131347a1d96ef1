//! `cargo +nightly fuzz run parse_reply fuzz/seeds`: `Reply::parse_bytes` and everything on its
//! result, with the invariants the parser promises; then, on text, `Reply::extract` (the
//! finder of replies in pasted logs, bounces and errors) and `diagnose` on what it finds (with
//! and without the host it names, so provider rules run too), with the evidence pointing
//! inside the reply.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{EnhancedCode, Problem, Reply, find_enhanced_codes};

fuzz_target!(|data: &[u8]| {
    let reply = Reply::parse_bytes(data);
    assert!(reply.lines().len() <= Reply::MAX_LINES);
    let total: usize = reply.lines().iter().map(|l| l.text().len()).sum();
    assert!(total <= 3 * Reply::MAX_BYTES);
    for line in reply.lines() {
        let _ = (
            line.code(),
            line.is_last(),
            line.enhanced(),
            line.enhanced_source(),
            line.text(),
        );
    }
    let _ = (reply.text(), reply.enhanced_source(), reply.final_line());
    let _ = (reply.class(), reply.is_transient(), reply.is_permanent());
    if let Some(code) = reply.code() {
        assert_eq!(reply.final_line().and_then(|l| l.code()), Some(code));
        let _ = code.info();
        let advice = reply.advice().expect("a reply code gives advice");
        assert_eq!(advice.retry, code.retry());
    } else {
        assert!(reply.problems().contains(&Problem::NoCode));
    }
    if let Some(enhanced) = reply.enhanced() {
        let _ = enhanced.info();
        let _ = enhanced.to_string();
    }
    for p in reply.problems() {
        if let Some(line) = p.line() {
            assert!(line < reply.lines().len());
        }
        let _ = (p.kind(), p.to_string());
    }
    // Valid UTF-8 parses the same through `parse`.
    if let Ok(text) = core::str::from_utf8(data) {
        assert_eq!(Reply::parse(text), reply);
        // Replies inside pasted text, and what happened to them.
        let found = Reply::extract(text);
        let _ = (found.shape(), found.recipient(), found.remote_host(), found.is_empty());
        assert!(found.reply().lines().len() <= Reply::MAX_LINES);
        let diagnosis = smtp_codes::diagnose(found.reply());
        if let Some(e) = diagnosis.evidence() {
            if let (Some(line), Some(span)) = (e.line(), e.span()) {
                let line = &found.reply().lines()[line];
                assert!(line.text().get(span).is_some(), "evidence within its line");
            }
        }
        let _ = (diagnosis.retry(), diagnosis.disagreement());
        let _ = diagnosis.user_message(smtp_codes::Locale::En);
        // The provider: from the text, or from the host a log line names (any text as a host).
        let _ = (diagnosis.provider(), diagnosis.recognised_by(), diagnosis.vendor_code());
        let _ = diagnosis.provider_note(smtp_codes::Locale::Ar);
        if let Some(host) = found.remote_host() {
            let by_host = smtp_codes::diagnose_with_host(found.reply(), host);
            if let (Some(line), Some(span)) = (
                by_host.evidence().and_then(|e| e.line()),
                by_host.evidence().and_then(|e| e.span()),
            ) {
                assert!(found.reply().lines()[line].text().get(span).is_some());
            }
        }
        let _ = smtp_codes::Provider::for_host(text);
        // The log reader: every line of the input as a log line.
        let mut triage = smtp_codes::logs::Triage::new();
        for line in text.lines() {
            let _ = smtp_codes::logs::attempt(line);
            if let Some(r) = triage.line(line) {
                assert!(r.reply.len() <= smtp_codes::logs::Triage::EXAMPLE_BYTES + 3);
            }
        }
        assert_eq!(triage.lines(), triage.attempts() + triage.skipped());
        assert_eq!(smtp_codes::diagnose(found.reply()), diagnosis, "deterministic");
        for (code, range) in find_enhanced_codes(text) {
            assert_eq!(
                text.get(range).and_then(|s| s.parse::<EnhancedCode>().ok()),
                Some(code)
            );
        }
    }
    // Explaining and rendering untrusted text: never panics, always escapes.
    let page = smtp_codes::pages::Page::explanation(&smtp_codes::explain(&reply, smtp_codes::Locale::resolve("ar")));
    let html = smtp_codes::render::render(&page, smtp_codes::render::Format::Html);
    assert!(!html.contains("<script"));
    let _ = smtp_codes::render::render(&page, smtp_codes::render::Format::Markdown);
    let _ = smtp_codes::explain(&reply, smtp_codes::Locale::En).to_string();
    let owned = reply.clone().into_owned();
    assert_eq!(owned, reply);
});
