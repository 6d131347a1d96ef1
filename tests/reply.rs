//! `Reply::parse`: the corpus of real replies (`tests/data/replies.tsv`), the tolerances, the
//! problems it reports, hostile input, and property tests.

use proptest::prelude::*;
use smtp_codes::{
    AdviceSource, Class, EnhancedCode, EnhancedSource, Problem, Reply, ReplyCode, Retry,
    find_enhanced_codes,
};

fn code(n: u16) -> ReplyCode {
    ReplyCode::from_u16(n).unwrap()
}

fn enh(s: &str) -> EnhancedCode {
    s.parse().unwrap()
}

fn texts<'a>(reply: &'a Reply<'_>) -> Vec<&'a str> {
    reply.lines().iter().map(|l| l.text()).collect()
}

/// Whether `s` lies inside `input`'s memory: the text was borrowed, not copied.
fn borrowed_from(s: &str, input: &[u8]) -> bool {
    let range = input.as_ptr_range();
    s.is_empty()
        || (range.contains(&s.as_ptr()) && s.as_ptr() as usize + s.len() <= range.end as usize)
}

// ---------------------------------------------------------------------------------------------
// The corpus

struct Row {
    line: usize,
    reply: String,
    code: Option<u16>,
    enhanced: Option<String>,
    retry: Option<Retry>,
    source: String,
}

fn corpus() -> Vec<Row> {
    let text = include_str!("data/replies.tsv");
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().unwrap();
    assert_eq!(header, "reply\tcode\tenhanced\tretry\tsource");
    lines
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "replies.tsv:{}: five columns", i + 1);
            let retry = match f[3] {
                "later" => Some(Retry::Later),
                "not_unchanged" => Some(Retry::NotUnchanged),
                "continue" => Some(Retry::Continue),
                "nothing_to_do" => Some(Retry::NothingToDo),
                "-" => None,
                other => panic!("replies.tsv:{}: bad retry {other:?}", i + 1),
            };
            Row {
                line: i + 1,
                reply: f[0].replace("\\n", "\r\n"),
                code: (f[1] != "-").then(|| f[1].parse().unwrap()),
                enhanced: (f[2] != "-").then(|| f[2].to_string()),
                retry,
                source: f[4].to_string(),
            }
        })
        .collect()
}

#[test]
fn corpus_size_and_sources() {
    let rows = corpus();
    assert!((40..=80).contains(&rows.len()), "{} rows", rows.len());
    for r in &rows {
        assert!(
            !r.source.trim().is_empty(),
            "replies.tsv:{}: no source",
            r.line
        );
        assert!(
            r.reply.len() < 512 * 6,
            "replies.tsv:{}: short replies only",
            r.line
        );
    }
}

#[test]
fn corpus_rows_parse_as_expected() {
    for r in corpus() {
        let at = format!("replies.tsv:{}: {:?}", r.line, r.reply);
        let reply = Reply::parse(&r.reply);
        assert_eq!(reply.code().map(u16::from), r.code, "{at}: code");
        assert_eq!(
            reply.enhanced().map(|e| e.to_string()),
            r.enhanced,
            "{at}: enhanced"
        );
        assert_eq!(reply.advice().map(|a| a.retry), r.retry, "{at}: retry");

        // What else must hold for a real reply.
        let expected_problems: Vec<Problem> = match (reply.code(), reply.enhanced()) {
            (None, _) => vec![Problem::NoCode],
            (Some(c), Some(e)) if !c.is_intermediate() && e.class() != Some(c.class()) => {
                vec![Problem::ClassMismatch {
                    reply: c,
                    enhanced: e,
                }]
            }
            _ => vec![],
        };
        assert_eq!(reply.problems(), expected_problems, "{at}: problems");
        let n = r.reply.split("\r\n").count();
        assert_eq!(reply.lines().len(), n, "{at}: lines");
        if r.code.is_some() {
            assert!(
                reply.lines().iter().all(|l| l.code() == reply.code()),
                "{at}"
            );
            assert!(reply.final_line().unwrap().is_last(), "{at}");
            assert_eq!(
                reply.enhanced_source().is_some(),
                r.enhanced.is_some(),
                "{at}"
            );
        } else {
            assert_eq!(reply.enhanced_source(), Some(EnhancedSource::Alone), "{at}");
            assert_eq!(
                reply.advice().unwrap().source,
                AdviceSource::EnhancedCode,
                "{at}"
            );
        }
        for l in reply.lines() {
            assert!(
                borrowed_from(l.text(), r.reply.as_bytes()),
                "{at}: zero-copy"
            );
        }

        // The same reply with bare LF, with a trailing CRLF, and as bytes parses the same.
        let lf = r.reply.replace("\r\n", "\n");
        assert_eq!(Reply::parse(&lf), reply, "{at}: bare LF");
        let terminated = format!("{}\r\n", r.reply);
        assert_eq!(Reply::parse(&terminated), reply, "{at}: final CRLF");
        assert_eq!(Reply::parse_bytes(r.reply.as_bytes()), reply, "{at}: bytes");
    }
}

// ---------------------------------------------------------------------------------------------
// The replies the brief names

#[test]
fn gmail_three_line_bounce() {
    let raw = "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
               550-5.1.1 double-checking the recipient's email address for typos or\r\n\
               550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser d2si - gsmtp\r\n";
    let reply = Reply::parse(raw);
    assert_eq!(reply.code(), Some(code(550)));
    assert_eq!(reply.enhanced(), Some(enh("5.1.1")));
    assert_eq!(reply.enhanced_source(), Some(EnhancedSource::Rfc2034));
    assert_eq!(
        texts(&reply),
        [
            "The email account that you tried to reach does not exist. Please try",
            "double-checking the recipient's email address for typos or",
            "unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser d2si - gsmtp",
        ]
    );
    let flags: Vec<bool> = reply.lines().iter().map(|l| l.is_last()).collect();
    assert_eq!(flags, [false, false, true]);
    assert!(
        reply
            .lines()
            .iter()
            .all(|l| l.enhanced() == Some(enh("5.1.1")))
    );
    assert_eq!(reply.class(), Some(Class::PermanentNegative));
    assert!(reply.is_permanent() && !reply.is_transient());
    assert!(reply.problems().is_empty());
    assert!(reply.text().starts_with("The email account"));
    assert_eq!(reply.text().matches('\n').count(), 2);
}

#[test]
fn outlook_yahoo_greylisting_and_success() {
    let r = Reply::parse("550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent.");
    assert_eq!(
        (r.code(), r.enhanced()),
        (Some(code(550)), Some(enh("5.7.1")))
    );
    assert_eq!(
        r.text(),
        "Unfortunately, messages from [198.51.100.7] weren't sent."
    );

    let r =
        Reply::parse("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred - 4.16.55.1");
    assert_eq!(
        (r.code(), r.enhanced()),
        (Some(code(421)), Some(enh("4.7.0")))
    );
    assert_eq!(r.advice().unwrap().retry, Retry::Later);
    assert!(r.is_transient());
    assert!(r.lines()[0].text().starts_with("[TSS04]"));

    let r = Reply::parse("451 4.7.1 Greylisted");
    assert_eq!(
        (r.code(), r.enhanced()),
        (Some(code(451)), Some(enh("4.7.1")))
    );
    assert_eq!(r.text(), "Greylisted");
    let a = r.advice().unwrap();
    assert_eq!(
        (a.retry, a.source, a.disagreement),
        (Retry::Later, AdviceSource::ReplyCode, None)
    );

    let r = Reply::parse("250 2.1.5 OK");
    assert_eq!(
        (r.code(), r.enhanced()),
        (Some(code(250)), Some(enh("2.1.5")))
    );
    assert_eq!(r.advice().unwrap().retry, Retry::NothingToDo);

    let r = Reply::parse("354 Start mail input; end with <CRLF>.<CRLF>");
    assert_eq!((r.code(), r.enhanced()), (Some(code(354)), None));
    assert_eq!(r.advice().unwrap().retry, Retry::Continue);
    assert_eq!(r.class(), Some(Class::PositiveIntermediate));
}

#[test]
fn bare_code() {
    for raw in ["250", "250\r\n", "250\n", "250\r", "250 ", "250 \r\n"] {
        let r = Reply::parse(raw);
        assert_eq!(r.code(), Some(code(250)), "{raw:?}");
        assert_eq!(r.enhanced(), None, "{raw:?}");
        assert_eq!(texts(&r), [""], "{raw:?}");
        assert!(r.lines()[0].is_last(), "{raw:?}");
        assert!(r.problems().is_empty(), "{raw:?}: {:?}", r.problems());
    }
}

#[test]
fn ehlo_multiline() {
    let r = Reply::parse(
        "250-mx.google.com at your service, [203.0.113.5]\r\n250-SIZE 157286400\r\n\
         250-8BITMIME\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n\
         250-CHUNKING\r\n250 SMTPUTF8\r\n",
    );
    assert_eq!(r.code(), Some(code(250)));
    assert_eq!(r.enhanced(), None);
    assert_eq!(r.lines().len(), 8);
    assert_eq!(r.lines()[1].text(), "SIZE 157286400");
    assert_eq!(r.final_line().unwrap().text(), "SMTPUTF8");
    assert!(r.problems().is_empty());
}

#[test]
fn enhanced_code_alone() {
    let raw = "5.7.606 Access denied, banned sending IP [1.2.3.4]";
    let r = Reply::parse(raw);
    assert_eq!(r.code(), None);
    assert_eq!(r.enhanced(), Some(enh("5.7.606")));
    assert_eq!(r.enhanced_source(), Some(EnhancedSource::Alone));
    assert_eq!(r.enhanced_source().unwrap().as_str(), "text");
    assert_eq!(r.text(), "Access denied, banned sending IP [1.2.3.4]");
    assert_eq!(r.class(), Some(Class::PermanentNegative));
    let a = r.advice().unwrap();
    assert_eq!(
        (a.retry, a.source, a.disagreement),
        (Retry::NotUnchanged, AdviceSource::EnhancedCode, None)
    );
    assert_eq!(r.problems(), [Problem::NoCode]);
    assert!(r.lines()[0].code().is_none() && !r.lines()[0].is_last());
    // An IP address or a version at the start of a text is not an enhanced code.
    for raw in [
        "1.2.3.4 refused",
        "4.3.2.1 refused",
        "5.1 stars",
        "5.01.1 x",
        "5.1.1x",
        "3.0.0 go",
    ] {
        assert_eq!(Reply::parse(raw).enhanced(), None, "{raw:?}");
    }
}

#[test]
fn class_mismatch_is_flagged_and_the_reply_code_decides() {
    let r = Reply::parse("550 4.4.7 QUEUE.Expired; message expired");
    assert_eq!(
        r.problems(),
        [Problem::ClassMismatch {
            reply: code(550),
            enhanced: enh("4.4.7")
        }]
    );
    let a = r.advice().unwrap();
    assert_eq!(a.retry, Retry::NotUnchanged);
    assert_eq!(a.source, AdviceSource::ReplyCode);
    assert_eq!(a.disagreement, Some(Retry::Later));
    assert_eq!(r.class(), Some(Class::PermanentNegative));
    assert_eq!(r.problems()[0].kind(), "class_mismatch");
    assert!(r.problems()[0].to_string().contains("4.4.7"));
    // 3yz replies have no enhanced class to disagree with.
    let r = Reply::parse("354 2.0.0 go ahead");
    assert!(r.problems().is_empty());
    assert_eq!(r.advice().unwrap().disagreement, None);
}

// ---------------------------------------------------------------------------------------------
// Tolerances

#[test]
fn tolerated_forms() {
    let cases: &[(&str, u16, Option<&str>, &[&str])] = &[
        (
            "421 4.7.0: Try again later",
            421,
            Some("4.7.0"),
            &["Try again later"],
        ),
        ("250  2.0.0   Ok", 250, Some("2.0.0"), &["Ok"]),
        ("250 2.0.0\tOk", 250, Some("2.0.0"), &["Ok"]),
        ("250\tOK", 250, None, &["OK"]),
        ("  250 OK", 250, None, &["OK"]),
        ("250 2.0.0", 250, Some("2.0.0"), &[""]),
        ("250-first\n250", 250, None, &["first", ""]),
        ("250-first\r\n250\r\n", 250, None, &["first", ""]),
        ("250-a\r\n\r\n250 b\r\n", 250, None, &["a", "b"]),
        ("250-a\n250 b\r", 250, None, &["a", "b"]),
        ("250  OK", 250, None, &[" OK"]),
        ("250 2.0.0Ok", 250, None, &["2.0.0Ok"]),
        (
            "250-234 Text beginning with numbers\r\n250 x",
            250,
            None,
            &["234 Text beginning with numbers", "x"],
        ),
        ("550 550 NOTOK", 550, None, &["550 NOTOK"]),
        ("550 5.1.1 é ü", 550, Some("5.1.1"), &["é ü"]),
        ("554 5.7.999 policy", 554, Some("5.7.999"), &["policy"]),
        (
            "552 5.3.4 Message size exceeds file system imposed limit",
            552,
            Some("5.3.4"),
            &["Message size exceeds file system imposed limit"],
        ),
    ];
    for &(raw, c, e, t) in cases {
        let r = Reply::parse(raw);
        assert_eq!(r.code(), Some(code(c)), "{raw:?}");
        assert_eq!(r.enhanced().map(|e| e.to_string()).as_deref(), e, "{raw:?}");
        assert_eq!(texts(&r), t, "{raw:?}");
        assert!(r.problems().is_empty(), "{raw:?}: {:?}", r.problems());
    }
}

#[test]
fn not_reply_codes() {
    for raw in [
        "600 nope",
        "199 nope",
        "25 nope",
        "2500 nope",
        "25x nope",
        "abc",
        "",
        "\r\n\r\n",
    ] {
        let r = Reply::parse(raw);
        assert_eq!(r.code(), None, "{raw:?}");
        assert_eq!(r.advice(), None, "{raw:?}");
        assert_eq!(r.class(), None, "{raw:?}");
        assert!(!r.is_transient() && !r.is_permanent(), "{raw:?}");
        assert_eq!(r.problems(), [Problem::NoCode], "{raw:?}");
    }
    assert!(Reply::parse("").lines().is_empty());
}

#[test]
fn enhanced_code_priority() {
    // The final line's code wins over the first line's.
    let r = Reply::parse("550-5.1.1 a\r\n550 5.1.2 b");
    assert_eq!(r.enhanced(), Some(enh("5.1.2")));
    assert_eq!(
        r.problems(),
        [Problem::MixedEnhancedCodes {
            first: enh("5.1.1"),
            other: enh("5.1.2"),
            line: 1
        }]
    );
    // Else the first line that has one.
    let r = Reply::parse("550-5.1.1 a\r\n550-5.1.3 b\r\n550 c");
    assert_eq!(r.enhanced(), Some(enh("5.1.1")));
    assert_eq!(r.enhanced_source(), Some(EnhancedSource::Rfc2034));
    // An RFC 2034 code beats one given alone.
    let r = Reply::parse("5.7.1 quoted\n550 5.7.26 DMARC");
    assert_eq!(r.enhanced(), Some(enh("5.7.26")));
    assert_eq!(r.enhanced_source(), Some(EnhancedSource::Rfc2034));
    assert_eq!(r.problems(), [Problem::LineWithoutCode { line: 0 }]);
    assert_eq!(r.lines()[0].enhanced_source(), Some(EnhancedSource::Alone));
}

// ---------------------------------------------------------------------------------------------
// Problems

#[test]
fn structural_problems() {
    let r = Reply::parse("250-a\r\n251 b");
    assert_eq!(r.code(), Some(code(251)));
    assert_eq!(
        r.problems(),
        [Problem::MixedCodes {
            first: code(250),
            other: code(251),
            line: 1
        }]
    );

    let r = Reply::parse("250-a\r\n250-b\r\n");
    assert_eq!(r.code(), Some(code(250)));
    assert_eq!(r.problems(), [Problem::MissingFinalLine]);

    let r = Reply::parse("250 OK\r\n550 5.1.1 no\r\n550 5.1.1 again");
    assert_eq!(r.code(), Some(code(550)));
    assert_eq!(
        r.problems(),
        [
            Problem::MixedCodes {
                first: code(250),
                other: code(550),
                line: 1
            },
            Problem::ContinuationAfterLast { line: 1 },
            Problem::MixedCodes {
                first: code(250),
                other: code(550),
                line: 2
            },
        ]
    );

    let r = Reply::parse("550-5.1.1 wrapped\r\nin the middle\r\n550 5.1.1 end");
    assert_eq!(r.code(), Some(code(550)));
    assert_eq!(r.problems(), [Problem::LineWithoutCode { line: 1 }]);
    assert_eq!(r.lines()[1].text(), "in the middle");
    assert_eq!(r.problems()[0].line(), Some(1));
    assert_eq!(r.problems()[0].to_string(), "line 2 has no reply code");
}

#[test]
fn line_length_limit() {
    // 510 octets + CRLF = 512: allowed; one more is too long.
    let ok = format!("250 {}", "x".repeat(506));
    assert_eq!(ok.len(), 510);
    assert!(Reply::parse(&ok).problems().is_empty());
    let long = format!("250 {}", "x".repeat(507));
    let r = Reply::parse(&long);
    assert_eq!(r.problems(), [Problem::LineTooLong { line: 0, len: 513 }]);
    assert_eq!(r.code(), Some(code(250)));
    assert_eq!(r.text().len(), 507);
}

#[test]
fn control_characters_and_invalid_utf8() {
    let r = Reply::parse("550 5.1.1 bad\0user");
    assert_eq!(r.problems(), [Problem::ControlCharacters { line: 0 }]);
    assert_eq!(r.text(), "bad\0user");
    assert_eq!(r.enhanced(), Some(enh("5.1.1")));
    let r = Reply::parse("250-a\x1b[31m\r\n250 b\rc");
    assert_eq!(
        r.problems(),
        [
            Problem::ControlCharacters { line: 0 },
            Problem::ControlCharacters { line: 1 }
        ]
    );
    assert!(Reply::parse("250 tab\tis text").problems().is_empty());

    let bytes = b"550-5.1.1 caf\xe9\r\n550 5.1.1 ok \xc3\xa9\r\n";
    let r = Reply::parse_bytes(bytes);
    assert_eq!(r.code(), Some(code(550)));
    assert_eq!(r.enhanced(), Some(enh("5.1.1")));
    assert_eq!(r.problems(), [Problem::NotText { line: 0 }]);
    assert_eq!(texts(&r), ["caf\u{FFFD}", "ok é"]);
    assert!(borrowed_from(r.lines()[1].text(), bytes));
    assert!(!borrowed_from(r.lines()[0].text(), bytes));
    let owned = r.clone().into_owned();
    assert_eq!(owned, r);
}

// ---------------------------------------------------------------------------------------------
// Hostile input: bounded work, right flags, no panic

#[test]
fn ten_megabyte_line() {
    let mut raw = String::from("550 5.7.1 ");
    raw.push_str(&"A".repeat(10 * 1024 * 1024));
    let r = Reply::parse(&raw);
    assert_eq!(r.code(), Some(code(550)));
    assert_eq!(r.enhanced(), Some(enh("5.7.1")));
    assert_eq!(r.lines().len(), 1);
    assert_eq!(r.lines()[0].text().len(), Reply::MAX_BYTES - 10);
    assert_eq!(
        r.problems(),
        [
            Problem::Truncated {
                limit: Reply::MAX_BYTES
            },
            Problem::LineTooLong {
                line: 0,
                len: Reply::MAX_BYTES + 2
            },
        ]
    );
    let rb = Reply::parse_bytes(raw.as_bytes());
    assert_eq!(rb, r);
}

#[test]
fn hundred_thousand_lines() {
    let raw = "250-x\r\n".repeat(100_000);
    let r = Reply::parse(&raw);
    assert_eq!(r.lines().len(), Reply::MAX_LINES);
    assert!(r.problems().contains(&Problem::Truncated {
        limit: Reply::MAX_BYTES
    }));
    assert!(r.problems().contains(&Problem::TooManyLines {
        limit: Reply::MAX_LINES
    }));
    assert!(r.problems().contains(&Problem::MissingFinalLine));
    assert_eq!(r.code(), Some(code(250)));

    // Many lines inside the byte budget: only the line limit applies.
    let raw = "250-x\n".repeat(150);
    let r = Reply::parse(&raw);
    assert_eq!(r.lines().len(), 100);
    assert_eq!(
        r.problems(),
        [
            Problem::TooManyLines { limit: 100 },
            Problem::MissingFinalLine
        ]
    );

    // 100 000 empty lines: skipped, bounded by the byte budget.
    let raw = "\n".repeat(100_000);
    let r = Reply::parse(&raw);
    assert!(r.lines().is_empty());
    assert_eq!(
        r.problems(),
        [
            Problem::Truncated {
                limit: Reply::MAX_BYTES
            },
            Problem::NoCode
        ]
    );
}

#[test]
fn nul_bytes_and_binary() {
    let raw = vec![0u8; 1 << 20];
    let r = Reply::parse_bytes(&raw);
    assert_eq!(r.lines().len(), 1);
    assert_eq!(r.lines()[0].text().len(), Reply::MAX_BYTES);
    assert_eq!(
        r.problems(),
        [
            Problem::Truncated {
                limit: Reply::MAX_BYTES
            },
            Problem::LineTooLong {
                line: 0,
                len: Reply::MAX_BYTES + 2
            },
            Problem::ControlCharacters { line: 0 },
            Problem::NoCode,
        ]
    );
    let raw = vec![0xffu8; 1 << 20];
    let r = Reply::parse_bytes(&raw);
    assert_eq!(r.lines().len(), 1);
    assert!(r.problems().contains(&Problem::NotText { line: 0 }));
    assert!(r.lines()[0].text().chars().all(|c| c == '\u{FFFD}'));
}

#[test]
fn truncation_never_splits_a_character() {
    // 'é' is two bytes; the 64 KiB cut falls inside one.
    let raw = format!("550 {}", "é".repeat(40_000));
    let r = Reply::parse(&raw);
    let t = r.lines()[0].text();
    assert!(t.len() <= Reply::MAX_BYTES);
    assert!(t.chars().all(|c| c == 'é'));
    let rb = Reply::parse_bytes(raw.as_bytes());
    assert!(
        !rb.problems()
            .iter()
            .any(|p| matches!(p, Problem::NotText { .. }))
    );
    assert_eq!(rb, r);
}

// ---------------------------------------------------------------------------------------------
// find_enhanced_codes

#[test]
fn finder() {
    let found = |s: &str| -> Vec<String> {
        find_enhanced_codes(s)
            .map(|(c, r)| {
                assert_eq!(&s[r.clone()], c.to_string(), "range of {c} in {s:?}");
                c.to_string()
            })
            .collect()
    };
    assert_eq!(found("Recipient unknown (#5.1.1)"), ["5.1.1"]);
    assert_eq!(found("550 #5.1.0 Address rejected"), ["5.1.0"]);
    assert_eq!(found("Deferred [4.7.0] try later"), ["4.7.0"]);
    assert_eq!(found("550-5.1.1 a\n550 5.1.1 b"), ["5.1.1", "5.1.1"]);
    assert_eq!(found("Status: 5.1.1."), ["5.1.1"]);
    assert_eq!(
        found("5.7.606 Access denied, banned sending IP [1.2.3.4]"),
        ["5.7.606"]
    );
    assert_eq!(
        found("from 10.4.2.1 and 192.168.5.1.1"),
        Vec::<String>::new()
    );
    assert_eq!(
        found("Exim 4.94.2, v2.1.5, 5.1.1.2, 5.1.1234, 25.1.1, 5.1.1a"),
        Vec::<String>::new()
    );
    assert_eq!(found("deferred - 4.16.55.1; see 4.7.0"), ["4.7.0"]);
    assert_eq!(found("5.01.1 3.1.1 5.1"), Vec::<String>::new());
    assert_eq!(found("é5.1.1é"), ["5.1.1"]);
    assert_eq!(found(""), Vec::<String>::new());
}

// ---------------------------------------------------------------------------------------------
// lettre

#[cfg(feature = "lettre")]
mod lettre_interop {
    use super::*;
    use lettre::Transport;
    use lettre::address::Envelope;
    use lettre::transport::smtp::SmtpTransport;
    use lettre::transport::smtp::response::Response;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;

    #[test]
    fn from_response() {
        let raw = "550-5.1.1 first\r\n550 5.1.1 second\r\n";
        let response: Response = raw.parse().unwrap();
        let reply = Reply::from_lettre_response(&response);
        assert_eq!(reply, Reply::parse(raw));
        let response = Response::new(
            lettre::transport::smtp::response::Code::new(
                lettre::transport::smtp::response::Severity::PositiveCompletion,
                lettre::transport::smtp::response::Category::MailSystem,
                lettre::transport::smtp::response::Detail::Zero,
            ),
            vec![],
        );
        let reply = Reply::from_lettre_response(&response);
        assert_eq!(reply.code(), Some(code(250)));
        assert_eq!(texts(&reply), [""]);
    }

    /// A one-connection SMTP server that rejects `MAIL FROM` with `reply`.
    fn server(reply: &'static str) -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut w = stream.try_clone().unwrap();
            let mut r = BufReader::new(stream);
            w.write_all(b"220 test ESMTP\r\n").unwrap();
            let mut line = String::new();
            while r.read_line(&mut line).unwrap_or(0) > 0 {
                let out: &[u8] = if line.starts_with("EHLO") {
                    b"250-test\r\n250 ENHANCEDSTATUSCODES\r\n"
                } else if line.starts_with("MAIL") {
                    reply.as_bytes()
                } else if line.starts_with("QUIT") {
                    let _ = w.write_all(b"221 2.0.0 Bye\r\n");
                    return;
                } else {
                    b"250 2.0.0 Ok\r\n"
                };
                if w.write_all(out).is_err() {
                    return;
                }
                line.clear();
            }
        });
        port
    }

    fn send(port: u16) -> lettre::transport::smtp::Error {
        let transport = SmtpTransport::builder_dangerous("127.0.0.1")
            .port(port)
            .build();
        let envelope = Envelope::new(
            Some("a@example.com".parse().unwrap()),
            vec!["b@example.org".parse().unwrap()],
        )
        .unwrap();
        transport
            .send_raw(&envelope, b"Subject: x\r\n\r\nhi\r\n")
            .unwrap_err()
    }

    #[test]
    fn from_error_of_a_real_session() {
        let port = server(
            "550-5.7.26 Unauthenticated email from example.com is not accepted due to\r\n\
             550 5.7.26 domain's DMARC policy.\r\n",
        );
        let err = send(port);
        assert!(err.is_permanent());
        let reply = Reply::from_lettre_error(&err).unwrap();
        assert_eq!(reply.code(), Some(code(550)));
        assert_eq!(reply.enhanced(), Some(enh("5.7.26")));
        assert_eq!(
            reply.text(),
            "Unauthenticated email from example.com is not accepted due to domain's DMARC policy."
        );
        assert_eq!(reply.advice().unwrap().retry, Retry::NotUnchanged);

        let port = server("451 4.7.1 Greylisted\r\n");
        let err = send(port);
        assert!(err.is_transient());
        let reply = Reply::from_lettre_error(&err).unwrap();
        assert_eq!(
            (reply.code(), reply.enhanced()),
            (Some(code(451)), Some(enh("4.7.1")))
        );
        assert!(reply.is_transient());
    }

    #[test]
    fn from_error_without_a_reply() {
        // Nothing listens on a port just released.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let err = send(port);
        assert!(Reply::from_lettre_error(&err).is_none());
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

fn check_invariants(reply: &Reply<'_>, input_len: usize, lossy: bool) {
    assert!(reply.lines().len() <= Reply::MAX_LINES);
    let total: usize = reply.lines().iter().map(|l| l.text().len()).sum();
    // Lossy conversion turns one bad byte into a 3-byte U+FFFD at most.
    let budget = if lossy {
        3 * Reply::MAX_BYTES
    } else {
        Reply::MAX_BYTES
    };
    assert!(total <= budget.min(3 * input_len));
    if let Some(c) = reply.code() {
        assert_eq!(reply.final_line().unwrap().code(), Some(c));
        assert_eq!(reply.class(), Some(c.class()));
    } else {
        assert!(reply.problems().contains(&Problem::NoCode));
    }
    for p in reply.problems() {
        if let Some(l) = p.line() {
            assert!(l < reply.lines().len(), "{p:?}");
        }
        assert!(!p.to_string().is_empty());
        assert!(!p.kind().is_empty());
    }
    let _ = (
        reply.text(),
        reply.enhanced(),
        reply.enhanced_source(),
        reply.advice(),
    );
    let _ = (
        reply.is_transient(),
        reply.is_permanent(),
        reply.clone().into_owned(),
    );
}

/// A well-formed reply: its code, enhanced code (or none) and line texts.
fn valid_reply() -> impl Strategy<Value = (u16, Option<(u16, u16)>, Vec<String>, bool)> {
    (
        200u16..=599,
        proptest::option::of((0u16..=999, 0u16..=999)),
        proptest::collection::vec("([A-Za-z#\\[(][ -~]{0,60})?", 1..8),
        any::<bool>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let r = Reply::parse_bytes(&bytes);
        check_invariants(&r, bytes.len(), true);
        for (c, range) in find_enhanced_codes(&String::from_utf8_lossy(&bytes)) {
            prop_assert!(c.class().is_some());
            prop_assert!(range.len() >= 5 && range.len() <= 9);
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC*") {
        let r = Reply::parse(&s);
        check_invariants(&r, s.len(), false);
        prop_assert_eq!(Reply::parse_bytes(s.as_bytes()), r);
        for (c, range) in find_enhanced_codes(&s) {
            prop_assert_eq!(s[range].parse::<EnhancedCode>().unwrap(), c);
        }
    }

    #[test]
    fn reply_shaped_noise_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("250".to_string()), Just("-".to_string()), Just(" ".to_string()),
                Just("\r\n".to_string()), Just("\n".to_string()), Just("\r".to_string()),
                Just("5.1.1".to_string()), Just("4.".to_string()), Just(".".to_string()),
                Just(":".to_string()), Just("\t".to_string()), Just("\0".to_string()),
                "[0-9]{1,4}", "[a-z ]{0,5}",
            ],
            0..60,
        )
    ) {
        let s = parts.concat();
        let r = Reply::parse(&s);
        check_invariants(&r, s.len(), false);
    }

    #[test]
    fn valid_replies_round_trip((c, e, lines, crlf) in valid_reply()) {
        let reply_code = code(c);
        // Only 2yz, 4yz and 5yz replies carry an enhanced code, of their own class.
        let e = e.filter(|_| !reply_code.is_intermediate())
            .map(|(s, d)| EnhancedCode::new(reply_code.class(), s, d).unwrap());
        let eol = if crlf { "\r\n" } else { "\n" };
        let mut raw = String::new();
        for (i, text) in lines.iter().enumerate() {
            let sep = if i + 1 == lines.len() { ' ' } else { '-' };
            match e {
                Some(e) => raw.push_str(&format!("{c}{sep}{e} {text}{eol}")),
                None => raw.push_str(&format!("{c}{sep}{text}{eol}")),
            }
        }
        let r = Reply::parse(&raw);
        prop_assert_eq!(r.code(), Some(reply_code));
        prop_assert_eq!(r.enhanced(), e);
        prop_assert_eq!(r.enhanced_source(), e.map(|_| EnhancedSource::Rfc2034));
        prop_assert_eq!(texts(&r), lines.iter().map(String::as_str).collect::<Vec<_>>());
        prop_assert!(r.problems().is_empty(), "{:?}", r.problems());
        prop_assert_eq!(r.advice().unwrap().retry, reply_code.retry());
        prop_assert_eq!(r.lines().iter().filter(|l| l.is_last()).count(), 1);
        for l in r.lines() {
            prop_assert!(borrowed_from(l.text(), raw.as_bytes()));
        }
    }
}

/// A long random-input run for when no fuzzer is at hand:
/// `cargo test --release --test reply -- --ignored long_random_run`.
#[test]
#[ignore = "long: run on demand"]
fn long_random_run() {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let alphabet = b"2345 -.\r\n\t:#[]()01789abcXx\0\xff\xc3\xa9";
    let n: usize = std::env::var("REPLY_RANDOM_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5_000_000);
    let mut buf = Vec::new();
    for _ in 0..n {
        buf.clear();
        let len = (next() % 300) as usize;
        for _ in 0..len {
            let r = next();
            let b = if r % 4 == 0 {
                (r >> 8) as u8
            } else {
                alphabet[(r >> 8) as usize % alphabet.len()]
            };
            buf.push(b);
        }
        let r = Reply::parse_bytes(&buf);
        check_invariants(&r, buf.len(), true);
        if let Ok(s) = std::str::from_utf8(&buf) {
            let rs = Reply::parse(s);
            assert_eq!(rs, r);
            for (c, range) in find_enhanced_codes(s) {
                assert_eq!(s[range].parse::<EnhancedCode>().unwrap(), c);
            }
        }
    }
}
