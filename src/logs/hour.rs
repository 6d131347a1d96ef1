//! The hours of a log's time stamps ([`Hour`]), and where they lie on the log's time line.

use crate::Reason;
use alloc::vec::Vec;

/// The hour a log line's time stamp falls in, on the log's own clock.
///
/// Three shapes of time stamp are read: syslog's `May 14 10:22:31`, which has no year; ISO
/// `2024-05-14 10:22:31` (Exim); RFC 3339 `2024-05-14T10:22:31.123456+02:00` (newer syslog).
/// The hour is the one written: an RFC 3339 offset is not applied, so that every shape of
/// one server's log reads the same clock.
///
/// ```
/// use smtp_codes::logs::Hour;
/// let h = Hour::from_stamp("Jun  2 08:01:17").unwrap();
/// assert_eq!((h.year(), h.month(), h.day(), h.hour()), (None, 6, 2, 8));
/// assert_eq!(h.to_string(), "06-02 08:00");
/// let h = Hour::from_stamp("2024-05-14T10:22:31.123456+02:00").unwrap();
/// assert_eq!(h.to_string(), "2024-05-14 10:00");
/// assert_eq!(Hour::from_stamp("Foo 14 10:22:31"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hour {
    year: Option<u16>,
    month: u8,
    day: u8,
    hour: u8,
}

/// Month names as syslog writes them.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Two ASCII digits as a number; `space` allows a leading space (syslog pads its days).
fn two_digits(b: &[u8], space: bool) -> Option<u8> {
    match *b {
        [b' ', d] if space && d.is_ascii_digit() => Some(d - b'0'),
        [t, d] if t.is_ascii_digit() && d.is_ascii_digit() => Some((t - b'0') * 10 + (d - b'0')),
        _ => None,
    }
}

impl Hour {
    /// The hour of a time stamp (see [`Hour`] for the shapes read), or `None` if `stamp` does
    /// not start with one or names an impossible date or hour.
    pub fn from_stamp(stamp: &str) -> Option<Hour> {
        let b = stamp.as_bytes();
        let (year, month, day, hour) = if b.get(3) == Some(&b' ') {
            let name = stamp.get(..3)?;
            let month = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(name))?;
            (
                None,
                month as u8 + 1,
                two_digits(b.get(4..6)?, true)?,
                b.get(7..9),
            )
        } else {
            let digits = b.get(..4)?;
            if !digits.iter().all(u8::is_ascii_digit)
                || b.get(4) != Some(&b'-')
                || b.get(7) != Some(&b'-')
                || !matches!(b.get(10), Some(b' ' | b'T'))
            {
                return None;
            }
            let year = digits
                .iter()
                .fold(0u16, |y, d| y * 10 + u16::from(d - b'0'));
            let month = two_digits(b.get(5..7)?, false)?;
            (
                Some(year),
                month,
                two_digits(b.get(8..10)?, false)?,
                b.get(11..13),
            )
        };
        let hour = two_digits(hour?, false)?;
        let colon = if year.is_some() { 13 } else { 9 };
        let valid = (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && hour < 24
            && b.get(colon) == Some(&b':');
        valid.then_some(Hour {
            year,
            month,
            day,
            hour,
        })
    }

    /// The year, if the stamp has one (syslog's has none).
    pub const fn year(self) -> Option<u16> {
        self.year
    }
    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, 1 to 31.
    pub const fn day(self) -> u8 {
        self.day
    }
    /// The hour, 0 to 23.
    pub const fn hour(self) -> u8 {
        self.hour
    }

    /// Hours since 1970-01-01 00:00 of this hour in `year` (proleptic Gregorian calendar).
    fn since_epoch(self, year: i64) -> i64 {
        // Days from civil (H. Hinnant's algorithm): March-based years, 400-year eras.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = if m <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        (era * 146_097 + doe - 719_468) * 24 + i64::from(self.hour)
    }

    /// The hour `n` hours after this one (before it when `n` is negative); a year-less hour
    /// stays year-less.
    pub(crate) fn plus(self, n: i64) -> Hour {
        let year = self.year.map_or(2000, i64::from);
        let at = self.since_epoch(year).saturating_add(n);
        // Civil from days (H. Hinnant's algorithm), the inverse of `since_epoch`.
        let z = at.div_euclid(24) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(month <= 2);
        Hour {
            year: self.year.map(|_| u16::try_from(y).unwrap_or(u16::MAX)),
            month: month as u8,
            day: day as u8,
            hour: at.rem_euclid(24) as u8,
        }
    }

    /// Hours since the start of a (leap) year: the order of year-less hours.
    fn in_year(self) -> i64 {
        const BEFORE: [i64; 12] = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
        (BEFORE[usize::from(self.month - 1)] + i64::from(self.day) - 1) * 24 + i64::from(self.hour)
    }
}

/// `2024-05-14 10:00`; without a year `05-14 10:00` (numbers read the same in every language).
impl core::fmt::Display for Hour {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let Some(y) = self.year {
            write!(f, "{y:04}-")?;
        }
        write!(f, "{:02}-{:02} {:02}:00", self.month, self.day, self.hour)
    }
}

/// Places hours on one time line: hours since 1970 for each of `hours` (sorted, distinct).
///
/// Year-less (syslog) hours are put in the year of the latest dated hour (or a leap year when
/// there is none). A year-less log that runs over New Year is read as one: when it has hours
/// in December and in January, and the longest stretch without any of its hours lies inside
/// the calendar year and is longer than a month, the hours after that stretch (December's)
/// are put in the year before, so `Dec 31` comes before `Jan 1`.
pub(super) fn time_line(hours: &[Hour]) -> Vec<i64> {
    let year = hours
        .iter()
        .filter_map(|h| h.year)
        .max()
        .map_or(2000, i64::from);
    // Year-less hours, in calendar order (they sort after every dated hour, by month first).
    let yearless: Vec<i64> = hours
        .iter()
        .filter(|h| h.year.is_none())
        .map(|h| h.in_year())
        .collect();
    // The longest gap between two consecutive year-less hours, if it is longer than the one
    // across New Year: the hours after it belong to the year before.
    let mut wrap_at = None;
    let months = |m: u8| hours.iter().any(|h| h.year.is_none() && h.month == m);
    if let (Some(first), Some(last), true) =
        (yearless.first(), yearless.last(), months(1) && months(12))
    {
        let mut longest = (first + 366 * 24 - last).max(31 * 24);
        for (i, w) in yearless.windows(2).enumerate() {
            if w[1] - w[0] > longest {
                longest = w[1] - w[0];
                wrap_at = Some(yearless[i + 1]);
            }
        }
    }
    hours
        .iter()
        .map(|h| match h.year {
            Some(y) => h.since_epoch(i64::from(y)),
            None if wrap_at.is_some_and(|w| h.in_year() >= w) => h.since_epoch(year - 1),
            None => h.since_epoch(year),
        })
        .collect()
}

/// A log's failures in one hour: a column of its chart.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct HourCounts {
    /// The hour.
    pub hour: Hour,
    /// Hours after the log's first hour with a failure (0 for that hour): where the hour lies
    /// on the log's time line, gaps included.
    pub offset: u64,
    /// Failures per reason in that hour, in the taxonomy's order.
    pub reasons: Vec<(Reason, usize)>,
}

impl HourCounts {
    /// All failures of the hour.
    pub fn total(&self) -> usize {
        self.reasons.iter().map(|r| r.1).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::Hour;
    use alloc::string::ToString;

    #[test]
    fn hours_count_on_over_days_months_and_years() {
        let h = |s: &str| Hour::from_stamp(s).unwrap();
        assert_eq!(
            h("2024-02-28 23:00:00").plus(1).to_string(),
            "2024-02-29 00:00"
        );
        assert_eq!(
            h("2023-02-28 23:00:00").plus(1).to_string(),
            "2023-03-01 00:00"
        );
        assert_eq!(
            h("2024-12-31 23:00:00").plus(25).to_string(),
            "2025-01-02 00:00"
        );
        assert_eq!(h("Dec 31 22:00:00").plus(2).to_string(), "01-01 00:00");
        assert_eq!(h("1999-03-02 09:00:00").plus(0), h("1999-03-02 09:59:59"));
        assert_eq!(
            h("2025-01-01 02:00:00").plus(-3).to_string(),
            "2024-12-31 23:00"
        );
    }
}
