//! The code types over their whole range: parse, display, classify, round-trip.

use proptest::prelude::*;
use smtp_codes::{
    Category, Class, Code, EnhancedCode, EnhancedInfo, ParseCodeError, ReplyCode, Retry,
};

#[test]
fn every_number_up_to_1000_round_trips_or_is_rejected() {
    for n in 0u16..=1000 {
        let text = n.to_string();
        let from_num = ReplyCode::from_u16(n);
        let from_text = text.parse::<ReplyCode>();
        if (200..=599).contains(&n) {
            let c = from_num.unwrap();
            assert_eq!(from_text, Ok(c));
            assert_eq!(c.to_string(), text);
            assert_eq!(c.as_str(), text);
            assert_eq!(c, n);
            assert_eq!(n, c);
            assert_eq!(u16::from(c), n);
            assert_eq!(c.class().digit() as u16, n / 100);
            assert_eq!(c.category(), Category::from_digit((n / 10 % 10) as u8));
            assert_eq!(c.is_transient(), n / 100 == 4);
            assert_eq!(c.is_permanent(), n / 100 == 5);
            assert_eq!(ReplyCode::try_from(n), Ok(c));
            assert_eq!(ReplyCode::try_from(text.as_str()), Ok(c));
        } else {
            assert!(from_num.is_err(), "{n}");
            // Numbers below 100 print with fewer than three digits.
            let want = if (100..=999).contains(&n) {
                ParseCodeError::Class
            } else {
                ParseCodeError::Length
            };
            assert_eq!(from_text, Err(want), "{n}");
        }
    }
}

#[test]
fn reply_code_errors_name_the_problem() {
    assert_eq!("".parse::<ReplyCode>(), Err(ParseCodeError::Empty));
    assert_eq!("abc".parse::<ReplyCode>(), Err(ParseCodeError::NotDigits));
    assert_eq!("4 1".parse::<ReplyCode>(), Err(ParseCodeError::NotDigits));
    assert_eq!("6000".parse::<ReplyCode>(), Err(ParseCodeError::Length));
    assert_eq!("42".parse::<ReplyCode>(), Err(ParseCodeError::Length));
    assert_eq!("199".parse::<ReplyCode>(), Err(ParseCodeError::Class));
    assert_eq!("600".parse::<ReplyCode>(), Err(ParseCodeError::Class));
    assert_eq!("+42".parse::<ReplyCode>(), Err(ParseCodeError::NotDigits));
}

#[test]
fn every_enhanced_code_of_the_grid_round_trips() {
    for class in [2u8, 4, 5] {
        let cls = Class::from_digit(class).unwrap();
        for subject in 0u16..=9 {
            for detail in 0u16..=99 {
                let text = format!("{class}.{subject}.{detail}");
                let c: EnhancedCode = text.parse().unwrap();
                assert_eq!(c.to_string(), text);
                assert_eq!(format!("{c:>9}"), format!("{text:>9}"));
                assert_eq!(c, EnhancedCode::new(cls, subject, detail).unwrap());
                assert_eq!(c.class(), Some(cls));
                assert_eq!((c.subject_number(), c.detail()), (subject, detail));
                assert_eq!(c.generic().to_string(), format!("X.{subject}.{detail}"));
                assert_eq!(c.generic().with_class(cls), Some(c));
                assert_eq!(c.retry(), Some(cls.retry()));
                // The raw-byte lookup agrees with parse + dense lookup, for every class form.
                let found = EnhancedInfo::find(&text);
                assert_eq!(found.map(|(k, _)| k), c.info().map(|_| c), "{text}");
                assert_eq!(found.map(|(_, i)| i), c.info(), "{text}");
                assert_eq!(
                    EnhancedInfo::find(&c.generic().to_string()).map(|(_, i)| i),
                    c.info()
                );
            }
        }
    }
}

#[test]
fn enhanced_code_errors_name_the_problem() {
    let e = |s: &str| s.parse::<EnhancedCode>().unwrap_err();
    assert_eq!(e(""), ParseCodeError::Empty);
    assert_eq!(e("5.1"), ParseCodeError::Parts);
    assert_eq!(e("5.1.1.1"), ParseCodeError::Parts);
    assert_eq!(e("5..1"), ParseCodeError::Number);
    assert_eq!(e("3.1.1"), ParseCodeError::Class);
    assert_eq!(e("6.1.1"), ParseCodeError::Class);
    assert_eq!(e("5.01.1"), ParseCodeError::Number);
    assert_eq!(e("5.1.1000"), ParseCodeError::Number);
    assert_eq!(e("5.1.x"), ParseCodeError::Number);
    assert_eq!(e(".1.1"), ParseCodeError::Parts);
    assert!("X.1.1".parse::<EnhancedCode>().unwrap().is_generic());
    assert!("x.1.1".parse::<EnhancedCode>().unwrap().is_generic());
    assert_eq!(
        "5.999.999".parse::<EnhancedCode>().unwrap().to_string(),
        "5.999.999"
    );
}

#[test]
fn codes_of_either_kind_parse() {
    assert_eq!(
        "421".parse::<Code>(),
        Ok(Code::Reply(ReplyCode::SERVICE_NOT_AVAILABLE))
    );
    assert_eq!(
        "X.1.1".parse::<Code>(),
        Ok(Code::Enhanced(
            EnhancedCode::BAD_DESTINATION_MAILBOX_ADDRESS
        ))
    );
    assert_eq!(Class::TransientNegative.retry(), Retry::Later);
}

proptest! {
    /// Parsing never panics, and whatever parses prints back to the same text.
    #[test]
    fn any_string_parses_or_fails_cleanly(s in "\\PC{0,12}") {
        if let Ok(c) = s.parse::<ReplyCode>() { prop_assert_eq!(c.to_string(), s.clone()); }
        if let Ok(c) = s.parse::<EnhancedCode>() {
            let canonical = if s.starts_with('x') { s.replacen('x', "X", 1) } else { s.clone() };
            prop_assert_eq!(c.to_string(), canonical);
        }
        let _ = EnhancedInfo::find(&s);
    }

    /// The fast raw-byte lookup agrees with parse-then-lookup on code-shaped strings.
    #[test]
    fn find_agrees_with_parse(class in "[0-9Xx]", s in 0u16..1200, d in 0u16..1200, zero in any::<bool>()) {
        let text = if zero { format!("{class}.0{s}.{d}") } else { format!("{class}.{s}.{d}") };
        let slow = text.parse::<EnhancedCode>().ok().and_then(|c| c.info().map(|i| (c, i)));
        prop_assert_eq!(EnhancedInfo::find(&text), slow);
    }
}
