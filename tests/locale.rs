//! Language tags, fallback and `Accept-Language` negotiation.
//!
//! The expected chains are CLDR's, as `icu_locale` 2.4's `LocaleFallbacker` (compiled CLDR
//! data) gives them (measured in `../shared/notes/l10n-and-deps.md`, §3.2): a tag must land on
//! a shipped locale on its CLDR chain, or on English, never on another script or language.

use smtp_codes::{Direction, Locale};

fn tag(t: &str) -> Option<&'static str> {
    Locale::from_tag(t).map(Locale::tag)
}

/// (tag, its CLDR fallback chain) — pinned from ICU4X's compiled CLDR data.
const CLDR_CHAINS: &[(&str, &[&str])] = &[
    ("pt-BR", &["pt"]),
    ("pt-PT", &["pt"]),
    ("pt-AO", &["pt-PT", "pt"]),
    ("zh-Hant-TW", &["zh-TW", "zh-Hant"]),
    ("zh-TW", &["zh-Hant"]),
    ("zh-HK", &["zh-Hant"]),
    ("zh-SG", &["zh"]),
    ("zh-Hans-CN", &["zh-CN", "zh"]),
    ("sr-Latn-RS", &["sr-Latn"]),
    ("hi-IN", &["hi"]),
    ("hi-Latn-IN", &["hi-Latn", "en-IN", "en-001", "en"]),
    ("es-MX", &["es-419", "es"]),
    ("en-GB", &["en-001", "en"]),
];

/// CLDR's `zh` means Simplified Chinese; our shipped tag for it is `zh-Hans`.
fn shipped_equivalent(cldr: &str) -> &str {
    match cldr {
        "zh" | "zh-CN" => "zh-Hans",
        other => other,
    }
}

#[test]
fn tags_land_on_their_cldr_chain_or_on_english() {
    for (t, chain) in CLDR_CHAINS {
        let got = Locale::resolve(t).tag();
        let on_chain = chain.iter().any(|c| shipped_equivalent(c) == got);
        let shipped_on_chain = chain.iter().any(|c| {
            Locale::all()
                .iter()
                .any(|l| l.tag() == shipped_equivalent(c))
        });
        assert!(
            on_chain || (got == "en" && !shipped_on_chain),
            "{t} → {got}, CLDR chain {chain:?}"
        );
    }
}

#[test]
fn parsing_is_case_and_separator_insensitive() {
    assert_eq!(tag("EN-us"), Some("en"));
    assert_eq!(tag("en_GB"), Some("en"));
    assert_eq!(tag("pt-BR"), Some("pt"));
    assert_eq!(tag("pt_br"), Some("pt"));
    assert_eq!(tag("zh_Hans"), Some("zh-Hans"));
    assert_eq!(tag("ZH-hans-CN"), Some("zh-Hans"));
    assert_eq!(tag("zh-CN"), Some("zh-Hans"));
    assert_eq!(tag("hi-IN"), Some("hi"));
    assert_eq!(tag("ar-EG"), Some("ar"));
    assert_eq!(tag("de-CH-1996"), Some("de"));
    assert_eq!(tag("fr-CA-u-ca-gregory"), Some("fr"));
}

#[test]
fn scripts_never_fall_into_another_script() {
    assert_eq!(
        tag("zh-TW"),
        None,
        "Traditional Chinese readers must not get Simplified"
    );
    assert_eq!(tag("zh-Hant"), None);
    assert_eq!(tag("zh-HK"), None);
    assert_eq!(tag("zh-Hant-CN"), None);
    assert_eq!(
        tag("hi-Latn"),
        None,
        "Hinglish falls back to English (CLDR parent en-IN)"
    );
    assert_eq!(tag("sr-Latn"), None);
    assert_eq!(tag("ja-Latn"), None);
    assert_eq!(Locale::resolve("zh-TW"), Locale::En);
}

#[test]
fn junk_resolves_to_english() {
    for t in [
        "",
        "x",
        "xx-YY",
        "not a tag!",
        "1234",
        "-",
        "en-",
        "toolonglanguage",
        "\u{202E}ar",
    ] {
        assert_eq!(Locale::resolve(t), Locale::En, "{t:?}");
    }
}

#[test]
fn negotiation_honours_q_values() {
    assert_eq!(Locale::negotiate("fr-CH, de;q=0.8").tag(), "fr");
    assert_eq!(
        Locale::negotiate("de;q=0.8, fr-CH").tag(),
        "fr",
        "order is by weight, not position"
    );
    assert_eq!(Locale::negotiate("en;q=0.1, hi;q=0.9").tag(), "hi");
    assert_eq!(Locale::negotiate("hi-IN,hi;q=0.9,en;q=0.8").tag(), "hi");
    assert_eq!(
        Locale::negotiate("es;q=0, *;q=0.1").tag(),
        "en",
        "q=0 means not acceptable"
    );
    assert_eq!(
        Locale::negotiate("zh-TW, ja;q=0.5").tag(),
        "ja",
        "zh-TW is skipped, not mapped to Simplified"
    );
    assert_eq!(Locale::negotiate("fr-CA;q=0.2, de;q=0.9").tag(), "de");
    assert_eq!(Locale::negotiate("xx, yy;q=0.5").tag(), "en");
    assert_eq!(
        Locale::negotiate("de;q=1.0, fr;q=1").tag(),
        "de",
        "ties keep header order"
    );
    assert_eq!(
        Locale::negotiate("de;q=2, fr;q=0.5").tag(),
        "fr",
        "an invalid weight drops the entry"
    );
    assert_eq!(
        Locale::negotiate("de;q=0.9999, fr;q=0.5").tag(),
        "fr",
        "more than three decimals is invalid"
    );
    assert_eq!(Locale::negotiate(" pt-BR ; q=0.7 , es ; q=0.6").tag(), "pt");
}

#[test]
fn negotiation_reads_a_bounded_number_of_entries() {
    let mut header = "xx, ".repeat(10_000);
    header.push_str("fr");
    assert_eq!(
        Locale::negotiate(&header),
        Locale::En,
        "entries beyond the limit are not read"
    );
}

#[test]
fn every_shipped_locale_knows_its_names_and_direction() {
    for &l in Locale::all() {
        assert_eq!(Locale::from_tag(l.tag()), Some(l));
        assert_eq!(l.tag().parse::<Locale>(), Ok(l));
        assert!(!l.native_name().is_empty() && !l.english_name().is_empty());
        let rtl = l.tag() == "ar";
        assert_eq!(l.direction() == Direction::Rtl, rtl, "{l}");
        assert_eq!(
            l.parent(),
            if l == Locale::En {
                None
            } else {
                Some(Locale::En)
            }
        );
    }
}
