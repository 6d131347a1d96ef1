//! Record keys: what a record is about (`421`, `X.1.1`, `5.XXX.XXX`, `X.1.XXX`), and how the
//! data writes them.

/// What a record is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    Reply(u16),
    /// `X.subject.detail`.
    Enhanced(u16, u16),
    /// `2.XXX.XXX`.
    Class(u8),
    /// `X.n.XXX`.
    Subject(u16),
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Reply(c) => write!(f, "{c}"),
            Key::Enhanced(s, d) => write!(f, "X.{s}.{d}"),
            Key::Class(c) => write!(f, "{c}.XXX.XXX"),
            Key::Subject(s) => write!(f, "X.{s}.XXX"),
        }
    }
}

/// Which kind of record a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Reply,
    Enhanced,
    Class,
    Subject,
}

/// A number of at most three digits without a leading zero (RFC 3463's grammar).
pub fn sub_number(s: &str) -> Option<u16> {
    let ok = !s.is_empty()
        && s.len() <= 3
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s == "0" || !s.starts_with('0'));
    if ok { s.parse().ok() } else { None }
}

/// The key of a record of `kind`, as the data writes it.
pub fn parse_record_key(k: &str, kind: RecordKind) -> Result<Key, String> {
    match kind {
        RecordKind::Reply => {
            let b = k.as_bytes();
            if b.len() == 3 && b.iter().all(u8::is_ascii_digit) && (b'2'..=b'5').contains(&b[0]) {
                Ok(Key::Reply(k.parse().map_err(|_| "bad number")?))
            } else {
                Err(format!(
                    "\"{k}\" is not a reply code: three digits, the first 2 to 5"
                ))
            }
        }
        RecordKind::Enhanced => match parse_code_ref(k) {
            Ok(key @ Key::Enhanced(..)) if k.starts_with("X.") => Ok(key),
            _ => Err(format!(
                "\"{k}\" is not an enhanced code key: write it as IANA does, X.<subject>.<detail>"
            )),
        },
        RecordKind::Class => match k.strip_suffix(".XXX.XXX") {
            Some(c @ ("2" | "4" | "5")) => Ok(Key::Class(c.as_bytes()[0] - b'0')),
            _ => Err(format!(
                "\"{k}\" is not a class sub-code (2.XXX.XXX, 4.XXX.XXX or 5.XXX.XXX)"
            )),
        },
        RecordKind::Subject => match k
            .strip_prefix("X.")
            .and_then(|r| r.strip_suffix(".XXX"))
            .and_then(sub_number)
        {
            Some(s) if s < 8 => Ok(Key::Subject(s)),
            _ => Err(format!(
                "\"{k}\" is not a subject sub-code (X.0.XXX to X.7.XXX)"
            )),
        },
    }
}

/// A code named in `related`, `compare_with`, `folklore.yaml` or a code rule: "421" or
/// "X.1.1".
pub fn parse_code_ref(s: &str) -> Result<Key, String> {
    if let Some(rest) = s.strip_prefix("X.") {
        let (a, b) = rest
            .split_once('.')
            .ok_or("is not a code: write 421 or X.1.1")?;
        return match (sub_number(a), sub_number(b)) {
            (Some(a), Some(b)) => Ok(Key::Enhanced(a, b)),
            _ => Err("is not a code: write 421 or X.1.1".into()),
        };
    }
    if s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Key::Reply(s.parse().map_err(|_| "bad number")?));
    }
    if s.len() > 2 && s.as_bytes()[1] == b'.' {
        return Err("names an enhanced code with a class: write it as X.<subject>.<detail>".into());
    }
    Err("is not a code: write 421 or X.1.1".into())
}

/// The key of any record, whatever its kind (translations name records of every kind).
pub fn parse_any_key(s: &str) -> Option<Key> {
    [
        RecordKind::Reply,
        RecordKind::Enhanced,
        RecordKind::Class,
        RecordKind::Subject,
    ]
    .into_iter()
    .find_map(|k| parse_record_key(s, k).ok())
}

/// A code as a provider sends it, class included: (class, subject, detail).
pub type VendorKey = (u8, u16, u16);

/// `"5.7.606"` → `(5, 7, 606)`: class 2, 4 or 5, subject and detail of one to three digits.
pub fn parse_vendor_code(s: &str) -> Result<VendorKey, String> {
    let mut parts = s.split('.');
    let (Some(c), Some(a), Some(b), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("is not a code as a provider sends it: write 5.7.606".into());
    };
    let class = match c {
        "2" => 2,
        "4" => 4,
        "5" => 5,
        _ => return Err("is not a code as a provider sends it: its class is 2, 4 or 5".into()),
    };
    match (sub_number(a), sub_number(b)) {
        (Some(a), Some(b)) => Ok((class, a, b)),
        _ => Err("is not a code as a provider sends it: write 5.7.606".into()),
    }
}
