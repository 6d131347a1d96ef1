//! Languages: parsing BCP 47 tags, fallback, and `Accept-Language` negotiation.
//!
//! Hand-written over the generated [`Locale`] enum (see `../shared/notes` in the project
//! history for why no crate is used): the tag is reduced to a language and script the way
//! CLDR's likely-subtags data does for the languages we ship, so `zh-TW` never lands on
//! Simplified Chinese and `hi-Latn` (Hinglish) falls back to English, not Devanagari. The
//! script each language is written in comes from the data (`data/locales.yaml`).

use crate::catalog::{self, LOCALE_BY_TAG, LOCALE_LIST, Locale};
use core::fmt;

/// Text direction of a language.
///
/// ```
/// use smtp_codes::{Direction, Locale};
/// assert_eq!(Locale::En.direction(), Direction::Ltr);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as HTML's `dir` attribute takes it.
    ///
    /// ```
    /// # use smtp_codes::Direction;
    /// assert_eq!(Direction::Rtl.as_str(), "rtl");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Lower-case ASCII copy of a subtag into a small buffer (tags are short; longer ones do
/// not name a language we ship).
struct Sub {
    buf: [u8; 8],
    len: usize,
}

impl Sub {
    fn new(s: &str) -> Option<Sub> {
        if s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let mut buf = [0u8; 8];
        for (d, b) in buf.iter_mut().zip(s.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        Some(Sub { buf, len: s.len() })
    }
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl Locale {
    /// Every shipped locale, root first.
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::all()[0], Locale::En);
    /// ```
    pub fn all() -> &'static [Locale] {
        &LOCALE_LIST
    }

    /// The canonical BCP 47 tag: `"en"`, `"zh-Hans"`, `"pt"`.
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::En.tag(), "en");
    /// ```
    pub fn tag(self) -> &'static str {
        catalog::locale_data(self).tag
    }

    /// The ISO 15924 code of the script the language is written in: `"Latn"`, `"Deva"`,
    /// `"Hans"`, `"Arab"`.
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::En.script(), "Latn");
    /// assert_eq!(Locale::resolve("zh-CN").script(), "Hans");
    /// ```
    pub fn script(self) -> &'static str {
        catalog::locale_data(self).script
    }

    /// The language's name in English.
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::En.english_name(), "English");
    /// ```
    pub fn english_name(self) -> &'static str {
        catalog::locale_data(self).english_name
    }

    /// The language's name in itself.
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::En.native_name(), "English");
    /// ```
    pub fn native_name(self) -> &'static str {
        catalog::locale_data(self).native_name
    }

    /// Left to right or right to left.
    ///
    /// ```
    /// # use smtp_codes::{Direction, Locale};
    /// assert_eq!(Locale::En.direction(), Direction::Ltr);
    /// ```
    pub fn direction(self) -> Direction {
        if catalog::locale_data(self).rtl {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// How many of this language's texts were translated from an older English text and
    /// await review (the build lists them as warnings; releases ship with none).
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::En.stale_texts(), 0);
    /// ```
    pub fn stale_texts(self) -> usize {
        usize::from(catalog::STALE_TEXTS[self as usize])
    }

    /// The next locale on the fallback chain: every language falls back to English, the
    /// root, which has none.
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::En.parent(), None);
    /// ```
    pub fn parent(self) -> Option<Locale> {
        if self == Locale::En {
            None
        } else {
            Some(Locale::En)
        }
    }

    /// The shipped locale a BCP 47 tag asks for, if any: case-insensitive, `_` or `-`,
    /// region and extensions ignored except where they choose a script (`zh-TW`).
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::from_tag("EN-us"), Some(Locale::En));
    /// assert_eq!(Locale::from_tag("en_GB"), Some(Locale::En));
    /// assert_eq!(Locale::from_tag("xx-YY"), None);
    /// assert_eq!(Locale::from_tag("sr-Latn"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let mut parts = tag.trim().split(['-', '_']);
        let lang = Sub::new(parts.next()?)?;
        let lang = match lang.as_str() {
            "in" => "id", // deprecated ISO 639 codes still seen in the wild
            "iw" => "he",
            l if (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()) => l,
            _ => return None,
        };
        let (mut script, mut region) = (None, None);
        for p in parts {
            let sub = Sub::new(p)?;
            match sub.len {
                4 if script.is_none()
                    && region.is_none()
                    && sub.as_str().bytes().all(|b| b.is_ascii_alphabetic()) =>
                {
                    script = Some(sub)
                }
                2 | 3 if region.is_none() => region = Some(sub),
                _ => break, // variants, extensions, private use: they never change the language
            }
        }
        let script = script.as_ref().map(Sub::as_str);
        let region = region.as_ref().map(Sub::as_str);
        // Chinese is one language written in two scripts: the script, else the region, says
        // which (CLDR's likely subtags: zh-TW, zh-HK and zh-MO are Traditional).
        let key = if lang == "zh" {
            let traditional = match script {
                Some("hant") => true,
                Some("hans") => false,
                Some(_) => return None,
                None => matches!(region, Some("tw" | "hk" | "mo")),
            };
            if traditional { "zh-hant" } else { "zh-hans" }
        } else {
            lang
        };
        let locale = LOCALE_BY_TAG.get(key).copied()?;
        // A tag naming another script than the language's (hi-Latn) is another variant.
        match script {
            Some(s) if !s.eq_ignore_ascii_case(locale.script()) => None,
            _ => Some(locale),
        }
    }

    /// The locale for a tag, falling back to English when no shipped language matches.
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::resolve("xx-YY"), Locale::En);
    /// ```
    pub fn resolve(tag: &str) -> Locale {
        Locale::from_tag(tag).unwrap_or(Locale::En)
    }

    /// The best shipped locale for an HTTP `Accept-Language` header (RFC 9110 §12.5.4):
    /// languages in order of their `q` weight (ties keep header order), `q=0` meaning
    /// "not this one", `*` ignored; English if nothing matches. Reads at most 32 entries.
    ///
    /// ```
    /// # use smtp_codes::Locale;
    /// assert_eq!(Locale::negotiate("xx, en;q=0.5"), Locale::En);
    /// assert_eq!(Locale::negotiate(""), Locale::En);
    /// ```
    pub fn negotiate(header: &str) -> Locale {
        const MAX: usize = 32;
        let mut best: Option<(u16, Locale)> = None;
        for entry in header.split(',').take(MAX) {
            let mut fields = entry.split(';');
            let tag = fields.next().unwrap_or("").trim();
            let mut q = 1000u16;
            for f in fields {
                let f = f.trim();
                if let Some(v) = f.strip_prefix("q=").or_else(|| f.strip_prefix("Q=")) {
                    // A malformed weight counts as 0: the entry is ignored.
                    q = parse_q(v.trim()).unwrap_or_default();
                }
            }
            if q == 0 || tag == "*" || tag.is_empty() {
                continue;
            }
            if let Some(l) = Locale::from_tag(tag)
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, l));
            }
        }
        best.map_or(Locale::En, |(_, l)| l)
    }
}

/// A quality value in thousandths: `1`, `0.8`, `0.125` (RFC 9110 §12.4.2).
fn parse_q(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths = 0u16;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.tag())
    }
}

impl core::str::FromStr for Locale {
    type Err = UnknownLocale;
    /// Like [`Locale::from_tag`], with an error for tags no shipped language matches.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::from_tag(s).ok_or(UnknownLocale)
    }
}

/// No shipped language matches the tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownLocale;

impl fmt::Display for UnknownLocale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no shipped language matches this tag")
    }
}

#[cfg(feature = "std")]
impl std::error::Error for UnknownLocale {}

#[cfg(feature = "serde")]
impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}
