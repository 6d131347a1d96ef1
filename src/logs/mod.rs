//! Mail-log triage (DESIGN §10): which delivery attempts of a Postfix, Exim or Sendmail log
//! failed, why, to which domains and providers.
//!
//! [`attempt`] recognises one delivery attempt in one log line, without looking for a reply
//! (cheap: a few substring tests, so that lines without an attempt never reach the
//! diagnosis). [`Triage`] reads lines one at a time and keeps counts per reason, provider,
//! recipient domain and code, with a few example replies each, and its failures per reason
//! and [`Hour`]: its memory grows with the number of distinct keys, never with the length of
//! the log.
//!
//! ```
//! use smtp_codes::logs::{Outcome, Triage};
//! use smtp_codes::Reason;
//! let mut t = Triage::new();
//! t.line("May 14 10:22:31 mail postfix/smtp[21044]: 4VbK2x3Yz1zJrQ: to=<bob@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))");
//! t.line("May 14 10:22:32 mail postfix/qmgr[811]: 4VbK2x3Yz1zJrQ: removed");
//! assert_eq!((t.lines(), t.attempts(), t.skipped()), (2, 1, 1));
//! assert_eq!(t.by_reason()[0].key, Reason::UserUnknown);
//! assert_eq!(t.outcomes()[Outcome::Bounced as usize], 1);
//! ```

mod hour;

pub use hour::{Hour, HourCounts};

use crate::{Code, Provider, Reason, Reply, diagnose, diagnose_with_host};
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// The mail server software that wrote a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mta {
    /// Postfix (`postfix/smtp[…]: QUEUEID: to=<…>, …, status=…`).
    Postfix,
    /// Exim (`2024-05-14 10:22:31 1rA2b3-000Cde-Fg ** rcpt@… …`).
    Exim,
    /// Sendmail (`sendmail[…]: QUEUEID: to=<…>, …, dsn=…, stat=…`).
    Sendmail,
}

/// What became of a delivery attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Outcome {
    /// Delivered (Postfix `status=sent`, Exim `=>`/`->`, Sendmail `stat=Sent`).
    Sent = 0,
    /// Deferred: it will be tried again (Postfix `status=deferred`, Exim `==`).
    Deferred = 1,
    /// Bounced: a final failure (Postfix `status=bounced`, Exim `**`).
    Bounced = 2,
    /// Given up after retrying too long (Postfix `status=expired`).
    Expired = 3,
}

impl Mta {
    /// The shape of text this server's log lines have.
    fn shape(self) -> crate::Shape {
        match self {
            Mta::Postfix => crate::Shape::Postfix,
            Mta::Exim => crate::Shape::Exim,
            Mta::Sendmail => crate::Shape::Sendmail,
        }
    }
}

impl Outcome {
    /// The name used in JSON and CSV: `"sent"`, `"deferred"`, `"bounced"`, `"expired"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Sent => "sent",
            Outcome::Deferred => "deferred",
            Outcome::Bounced => "bounced",
            Outcome::Expired => "expired",
        }
    }
}

/// One delivery attempt, as a log line tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attempt<'a> {
    /// Who wrote the line.
    pub mta: Mta,
    /// What became of it.
    pub outcome: Outcome,
    /// The line's time stamp as written (`May 14 10:22:31`, `2024-05-14 10:22:31`).
    pub time: Option<&'a str>,
    /// The queue or message id.
    pub queue_id: Option<&'a str>,
    /// The whole line.
    pub line: &'a str,
}

/// What a summary counts a log's failures by (`smtp-codes logs --by`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Breakdown {
    /// What happened ([`Triage::by_reason`], and per hour [`Triage::by_hour`]).
    Reason,
    /// Whose server replied ([`Triage::by_provider`]).
    Provider,
    /// The recipient's domain ([`Triage::by_domain`]).
    Domain,
    /// The reply code ([`Triage::by_code`]).
    Code,
}

impl Breakdown {
    /// Every breakdown, in the order summaries show them.
    pub const ALL: [Breakdown; 4] = [
        Breakdown::Reason,
        Breakdown::Provider,
        Breakdown::Domain,
        Breakdown::Code,
    ];

    /// The name used on the command line and, with `by_`, in JSON: `"reason"`, `"provider"`,
    /// `"domain"`, `"code"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Breakdown::Reason => "reason",
            Breakdown::Provider => "provider",
            Breakdown::Domain => "domain",
            Breakdown::Code => "code",
        }
    }
}

/// The time stamp a line starts with: syslog's `Mmm dd hh:mm:ss`, or an ISO date and time.
fn time(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    if b.len() >= 15
        && b.get(3) == Some(&b' ')
        && b.get(9) == Some(&b':')
        && b.get(12) == Some(&b':')
    {
        return line.get(..15);
    }
    if b.len() >= 19
        && b.get(4) == Some(&b'-')
        && b.get(10).is_some_and(|c| *c == b' ' || *c == b'T')
    {
        let end = line.find([' ', '\t']).filter(|&e| e > 10).map_or(19, |e| {
            // `2024-05-14 10:22:31`: the date and the time are two tokens.
            if b.get(10) == Some(&b' ') { 19 } else { e }
        });
        return line.get(..end.min(line.len()));
    }
    None
}

/// The value after `key` up to the first of `ends`.
fn value<'a>(line: &'a str, key: &str, ends: &[char]) -> Option<&'a str> {
    let start = line.find(key)? + key.len();
    let rest = line.get(start..)?;
    let end = rest.find(ends).unwrap_or(rest.len());
    rest.get(..end)
}

/// The queue id after a syslog `…[pid]: `: `4VbK2x3Yz1zJrQ`.
fn queue_id(line: &str) -> Option<&str> {
    let start = line.find("]: ")? + 3;
    let rest = line.get(start..)?;
    let id = rest.split(": ").next()?;
    (!id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(id)
}

/// The substring searches every line goes through, built once: most lines of a mail log
/// record no attempt, and these (SIMD substring searches) are what tells them apart.
struct Finders {
    status: memchr::memmem::Finder<'static>,
    postfix: memchr::memmem::Finder<'static>,
    sendmail: memchr::memmem::Finder<'static>,
}

static FINDERS: once_cell::race::OnceBox<Finders> = once_cell::race::OnceBox::new();

fn finders() -> &'static Finders {
    FINDERS.get_or_init(|| {
        alloc::boxed::Box::new(Finders {
            status: memchr::memmem::Finder::new(b" status="),
            postfix: memchr::memmem::Finder::new(b"postfix"),
            sendmail: memchr::memmem::Finder::new(b"sendmail["),
        })
    })
}

/// The delivery attempt a line records, if it records one. Only looks at the line's fixed
/// parts; the reply inside is found by [`Reply::extract`] when the attempt is diagnosed.
pub fn attempt(line: &str) -> Option<Attempt<'_>> {
    let f = finders();
    let bytes = line.as_bytes();
    if let Some(at) = f.status.find(bytes)
        && f.postfix.find(bytes).is_some()
    {
        let rest = line.get(at + " status=".len()..)?;
        let status = rest.get(..rest.find([' ', ',']).unwrap_or(rest.len()))?;
        let outcome = match status {
            "sent" => Outcome::Sent,
            "deferred" | "SOFTBOUNCE" => Outcome::Deferred,
            "bounced" => Outcome::Bounced,
            "expired" => Outcome::Expired,
            _ => return None,
        };
        return Some(Attempt {
            mta: Mta::Postfix,
            outcome,
            time: time(line),
            queue_id: queue_id(line),
            line,
        });
    }
    if f.sendmail.find(bytes).is_some() && line.contains(" stat=") && line.contains(" to=") {
        let outcome = match value(line, " dsn=", &[',', ' ']).and_then(|d| d.bytes().next()) {
            Some(b'2') => Outcome::Sent,
            Some(b'4') => Outcome::Deferred,
            Some(b'5') => Outcome::Bounced,
            _ if value(line, " stat=", &[' ', ',']) == Some("Sent") => Outcome::Sent,
            _ if value(line, " stat=", &[' ', ',']) == Some("Deferred:") => Outcome::Deferred,
            _ => return None,
        };
        return Some(Attempt {
            mta: Mta::Sendmail,
            outcome,
            time: time(line),
            queue_id: queue_id(line),
            line,
        });
    }
    // Exim: `DATE TIME [PID] ID MARKER …`, the marker among the first tokens; its main log
    // starts with an ISO date.
    let t = time(line).filter(|t| t.as_bytes().get(4) == Some(&b'-'))?;
    let rest = line.get(t.len()..)?.trim_start();
    let mut tokens = rest.split(' ');
    let mut id = None;
    for _ in 0..3 {
        let tok = tokens.next()?;
        let outcome = match tok {
            "**" => Outcome::Bounced,
            "==" => Outcome::Deferred,
            "=>" | "->" | "*>" => Outcome::Sent,
            _ => {
                if tok.len() >= 16 && tok.contains('-') {
                    id = Some(tok);
                }
                continue;
            }
        };
        return id.map(|id| Attempt {
            mta: Mta::Exim,
            outcome,
            time: Some(t),
            queue_id: Some(id),
            line,
        });
    }
    None
}

/// Calls `each` with every line of `input` (its line break included), as text: a line that
/// is not UTF-8 is made so lossily. Reads in large blocks and finds line breaks with a SIMD
/// search: reading costs little beside a look at each line. Memory: the longest line plus a
/// block. On a read error, a last line cut short by the end of the input (`UnexpectedEof`,
/// as a truncated gzip stream gives) is passed on, then the error is returned.
///
/// ```
/// let mut n = 0;
/// smtp_codes::logs::read_lines(&b"one\ntwo\r\nthree"[..], |_| n += 1).unwrap();
/// assert_eq!(n, 3);
/// ```
#[cfg(feature = "std")]
pub fn read_lines(
    mut input: impl std::io::Read,
    mut each: impl FnMut(&str),
) -> std::io::Result<()> {
    const BLOCK: usize = 1 << 17;
    let mut buf: Vec<u8> = Vec::with_capacity(2 * BLOCK);
    let mut start = 0;
    loop {
        // Keep the unfinished line; make room for the next read.
        buf.drain(..start);
        start = 0;
        let filled = buf.len();
        buf.resize(filled.max(BLOCK) + BLOCK, 0);
        let read = loop {
            match input.read(buf.get_mut(filled..).unwrap_or_default()) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    buf.truncate(filled);
                    if e.kind() == std::io::ErrorKind::UnexpectedEof && !buf.is_empty() {
                        text_line(&buf, &mut each);
                    }
                    return Err(e);
                }
            }
        };
        buf.truncate(filled + read);
        if read == 0 {
            if !buf.is_empty() {
                text_line(&buf, &mut each);
            }
            return Ok(());
        }
        for end in memchr::memchr_iter(b'\n', buf.get(filled..).unwrap_or_default()) {
            let end = filled + end;
            text_line(buf.get(start..=end).unwrap_or_default(), &mut each);
            start = end + 1;
        }
    }
}

/// One line to `each`, as text: checked as UTF-8, made lossy only when it is not.
#[cfg(feature = "std")]
fn text_line(line: &[u8], each: &mut impl FnMut(&str)) {
    match core::str::from_utf8(line) {
        Ok(text) => each(text),
        Err(_) => each(&String::from_utf8_lossy(line)),
    }
}

/// The domain of an address: `example.com` of `kim@example.com`, lower-cased.
fn domain(address: &str) -> Option<String> {
    let d = address.rsplit('@').next()?;
    (address.contains('@') && !d.is_empty()).then(|| d.to_ascii_lowercase())
}

/// One attempt, diagnosed: a row of `logs --records`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The time stamp as written.
    pub time: Option<String>,
    /// The queue or message id.
    pub queue_id: Option<String>,
    /// The recipient.
    pub recipient: Option<String>,
    /// The remote host.
    pub relay: Option<String>,
    /// What became of it.
    pub outcome: Outcome,
    /// The reply code.
    pub code: Option<u16>,
    /// The enhanced status code (its own, or the one the log gives beside it).
    pub enhanced: Option<String>,
    /// What happened.
    pub reason: Reason,
    /// Whose reply it is.
    pub provider: Option<&'static Provider>,
    /// The server's words, as the log quotes them (empty for a delivery).
    pub reply: String,
}

/// Names with their counts, most first.
pub type Counts = Vec<(String, usize)>;

/// A count and a few examples of what was counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bucket<K> {
    /// What is counted.
    pub key: K,
    /// How many attempts.
    pub count: usize,
    /// Up to [`Triage::EXAMPLES`] replies, the first seen.
    pub examples: Vec<String>,
}

/// Counts of a log's delivery attempts, read one line at a time.
#[derive(Clone, Debug, Default)]
pub struct Triage {
    lines: usize,
    attempts: usize,
    skipped: usize,
    outcomes: [usize; 4],
    recovered: usize,
    reasons: BTreeMap<Reason, (usize, Vec<String>)>,
    providers: BTreeMap<&'static str, (usize, Vec<String>)>,
    domains: BTreeMap<String, (usize, Vec<String>)>,
    codes: BTreeMap<String, (usize, Vec<String>)>,
    /// Deferred (queue id, recipient) not yet delivered: a later delivery "recovers" them.
    pending: BTreeSet<(String, String)>,
    /// Failures per reason and recipient domain, and per reason and provider.
    reason_domains: BTreeMap<(Reason, String), usize>,
    reason_providers: BTreeMap<(Reason, &'static str), usize>,
    /// Failures per hour and reason; those whose line has no time stamp are only counted.
    hourly: BTreeMap<(Hour, Reason), usize>,
    untimed: usize,
}

fn add<K: Ord>(map: &mut BTreeMap<K, (usize, Vec<String>)>, key: K, example: &str) {
    let e = map.entry(key).or_default();
    e.0 += 1;
    if e.1.len() < Triage::EXAMPLES && !example.is_empty() && !e.1.iter().any(|x| x == example) {
        e.1.push(String::from(example));
    }
}

fn buckets<K: Clone>(map: &BTreeMap<K, (usize, Vec<String>)>) -> Vec<Bucket<K>> {
    let mut out: Vec<Bucket<K>> = map
        .iter()
        .map(|(k, (n, ex))| Bucket {
            key: k.clone(),
            count: *n,
            examples: ex.clone(),
        })
        .collect();
    // Most first; ties keep the key order (stable sort): deterministic.
    out.sort_by_key(|b| core::cmp::Reverse(b.count));
    out
}

impl Triage {
    /// How many example replies a bucket keeps.
    pub const EXAMPLES: usize = 3;
    /// How long an example (and a record's reply) may be, in bytes.
    pub const EXAMPLE_BYTES: usize = 1000;

    /// An empty triage.
    pub fn new() -> Triage {
        Triage::default()
    }

    /// Reads one line: counts it, and if it records a delivery attempt, diagnoses the attempt
    /// and returns its record. A line that records none is counted as skipped.
    pub fn line(&mut self, line: &str) -> Option<Record> {
        self.read(line, true)
    }

    /// Reads one line as [`Triage::line`] does, without making a record: the summary alone
    /// (a delivery that no deferral of the log waits for costs no more than a look at its
    /// fixed parts).
    pub fn count(&mut self, line: &str) {
        self.read(line, false);
    }

    fn read(&mut self, line: &str, record: bool) -> Option<Record> {
        self.lines += 1;
        let line = line.trim_end_matches(['\r', '\n']);
        let Some(a) = attempt(line) else {
            self.skipped += 1;
            return None;
        };
        self.attempts += 1;
        self.outcomes[a.outcome as usize] += 1;
        if a.outcome == Outcome::Sent {
            // Only a delivery that a deferral waits for needs its recipient.
            let waited = a.queue_id.is_some_and(|q| {
                self.pending
                    .range((String::from(q), String::new())..)
                    .next()
                    .is_some_and(|(p, _)| p == q)
            });
            if !waited && !record {
                return None;
            }
            let found = Reply::extract_trying(line, Some(a.mta.shape()));
            let recipient = found.recipient().map(String::from);
            if waited
                && let Some(k) = a.queue_id.zip(recipient.as_deref())
                && self.pending.remove(&(String::from(k.0), String::from(k.1)))
            {
                self.recovered += 1;
            }
            return record.then(|| Record {
                time: a.time.map(String::from),
                queue_id: a.queue_id.map(String::from),
                recipient,
                relay: found.remote_host().map(String::from),
                outcome: a.outcome,
                code: found.reply().code().map(|c| c.as_u16()),
                enhanced: found.reply().enhanced().map(|e| e.to_string()),
                reason: Reason::Success,
                provider: None,
                reply: String::new(),
            });
        }
        let found = Reply::extract_trying(line, Some(a.mta.shape()));
        let recipient = found.recipient().map(String::from);
        let key = a
            .queue_id
            .zip(recipient.as_deref())
            .map(|(q, r)| (String::from(q), String::from(r)));
        if a.outcome == Outcome::Deferred
            && let Some(k) = key
        {
            self.pending.insert(k);
        }
        let reply = found.reply();
        let d = match found.remote_host() {
            Some(h) => diagnose_with_host(reply, h),
            None => diagnose(reply),
        };
        let text = reply
            .lines()
            .iter()
            .map(|l| l.text())
            .collect::<Vec<_>>()
            .join(" ");
        let mut words = match reply.code() {
            Some(c) => alloc::format!("{c} {text}"),
            None => text,
        };
        // An example is for reading: a hostile line does not make one huge.
        if words.len() > Triage::EXAMPLE_BYTES {
            let mut cut = Triage::EXAMPLE_BYTES;
            while !words.is_char_boundary(cut) {
                cut -= 1;
            }
            words.truncate(cut);
            words.push('…');
        }
        let code = reply
            .code()
            .map(Code::Reply)
            .or(reply.enhanced().map(Code::Enhanced))
            .map(|c| c.to_string());
        add(&mut self.reasons, d.reason(), &words);
        match a.time.and_then(Hour::from_stamp) {
            Some(h) => *self.hourly.entry((h, d.reason())).or_default() += 1,
            None => self.untimed += 1,
        }
        if let Some(p) = d.provider() {
            add(&mut self.providers, p.id(), &words);
            *self
                .reason_providers
                .entry((d.reason(), p.id()))
                .or_default() += 1;
        }
        if let Some(dom) = recipient.as_deref().and_then(domain) {
            *self
                .reason_domains
                .entry((d.reason(), dom.clone()))
                .or_default() += 1;
            add(&mut self.domains, dom, &words);
        }
        if let Some(c) = &code {
            add(&mut self.codes, c.clone(), &words);
        }
        record.then(|| Record {
            time: a.time.map(String::from),
            queue_id: a.queue_id.map(String::from),
            recipient,
            relay: found.remote_host().map(String::from),
            outcome: a.outcome,
            code: reply.code().map(|c| c.as_u16()),
            enhanced: reply.enhanced().map(|e| e.to_string()),
            reason: d.reason(),
            provider: d.provider(),
            reply: words,
        })
    }

    /// Lines read.
    pub fn lines(&self) -> usize {
        self.lines
    }
    /// Delivery attempts found.
    pub fn attempts(&self) -> usize {
        self.attempts
    }
    /// Lines that record no delivery attempt.
    pub fn skipped(&self) -> usize {
        self.skipped
    }
    /// Attempts per [`Outcome`], indexed by `Outcome as usize`.
    pub fn outcomes(&self) -> [usize; 4] {
        self.outcomes
    }
    /// Deferrals the log later shows delivered (same queue id and recipient).
    pub fn recovered(&self) -> usize {
        self.recovered
    }
    /// Failed attempts (deferred, bounced, expired) per reason, most first.
    pub fn by_reason(&self) -> Vec<Bucket<Reason>> {
        buckets(&self.reasons)
    }
    /// Failed attempts per provider id, most first.
    pub fn by_provider(&self) -> Vec<Bucket<&'static str>> {
        buckets(&self.providers)
    }
    /// Failed attempts per recipient domain, most first.
    pub fn by_domain(&self) -> Vec<Bucket<String>> {
        buckets(&self.domains)
    }
    /// For one reason: its failures per recipient domain and per provider id, most first.
    pub fn reason_breakdown(&self, reason: Reason) -> (Counts, Counts) {
        let mut domains: Vec<(String, usize)> = self
            .reason_domains
            .iter()
            .filter(|((r, _), _)| *r == reason)
            .map(|((_, d), n)| (d.clone(), *n))
            .collect();
        domains.sort_by_key(|d| core::cmp::Reverse(d.1));
        let mut providers: Vec<(String, usize)> = self
            .reason_providers
            .iter()
            .filter(|((r, _), _)| *r == reason)
            .map(|((_, p), n)| (String::from(*p), *n))
            .collect();
        providers.sort_by_key(|p| core::cmp::Reverse(p.1));
        (domains, providers)
    }

    /// Failed attempts per reply code (or enhanced code when there is none), most first.
    pub fn by_code(&self) -> Vec<Bucket<String>> {
        buckets(&self.codes)
    }

    /// Failed attempts per key of one breakdown, most first, each key as its id: a reason's
    /// (`user_unknown`), a provider's (`google`), a domain, a code (`550`).
    ///
    /// ```
    /// use smtp_codes::logs::{Breakdown, Triage};
    /// let mut t = Triage::new();
    /// t.line("May 14 10:22:31 mail postfix/smtp[21044]: 4VbK2x3Yz1zJrQ: to=<bob@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))");
    /// let keys = |b| t.by(b).into_iter().map(|b| b.key).collect::<Vec<_>>();
    /// assert_eq!(keys(Breakdown::Reason), ["user_unknown"]);
    /// assert_eq!(keys(Breakdown::Domain), ["example.com"]);
    /// assert_eq!(keys(Breakdown::Code), ["550"]);
    /// ```
    pub fn by(&self, breakdown: Breakdown) -> Vec<Bucket<String>> {
        fn named<K>(b: Vec<Bucket<K>>, id: impl Fn(&K) -> &str) -> Vec<Bucket<String>> {
            b.into_iter()
                .map(|b| Bucket {
                    key: String::from(id(&b.key)),
                    count: b.count,
                    examples: b.examples,
                })
                .collect()
        }
        match breakdown {
            Breakdown::Reason => named(self.by_reason(), |r| r.id()),
            Breakdown::Provider => named(self.by_provider(), |p| p),
            Breakdown::Domain => self.by_domain(),
            Breakdown::Code => self.by_code(),
        }
    }

    /// Failed attempts per hour and reason, in time order (see [`Hour`] for how year-less
    /// stamps are placed), one entry per hour of the time line; only hours with failures. A
    /// failure whose line has no time stamp is in [`Triage::untimed`] instead.
    ///
    /// ```
    /// use smtp_codes::logs::Triage;
    /// let mut t = Triage::new();
    /// for stamp in ["Jan  1 00:10:00", "Dec 31 23:50:00", "Dec 31 23:55:00"] {
    ///     t.line(&format!("{stamp} mail postfix/smtp[1]: ABC: to=<a@example.com>, relay=none, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)"));
    /// }
    /// let hours = t.by_hour();
    /// // New Year's Eve first, then the next hour: months are read, not sorted by name.
    /// assert_eq!(hours[0].hour.to_string(), "12-31 23:00");
    /// assert_eq!((hours[1].hour.to_string(), hours[1].offset), ("01-01 00:00".into(), 1));
    /// assert_eq!(hours[0].total(), 2);
    /// ```
    pub fn by_hour(&self) -> Vec<HourCounts> {
        let mut out: Vec<HourCounts> = Vec::new();
        for (&(hour, reason), &n) in &self.hourly {
            match out.last_mut() {
                Some(last) if last.hour == hour => last.reasons.push((reason, n)),
                _ => out.push(HourCounts {
                    hour,
                    offset: 0,
                    reasons: alloc::vec![(reason, n)],
                }),
            }
        }
        let hours: Vec<Hour> = out.iter().map(|h| h.hour).collect();
        let at = hour::time_line(&hours);
        let first = at.iter().copied().min().unwrap_or(0);
        for (h, a) in out.iter_mut().zip(&at) {
            h.offset = a.abs_diff(first);
        }
        out.sort_by_key(|h| h.offset);
        // A year-less hour put in a dated one's year and hour is that hour: one entry, named
        // by its date.
        let mut merged: Vec<HourCounts> = Vec::with_capacity(out.len());
        for h in out {
            match merged.last_mut() {
                Some(last) if last.offset == h.offset => {
                    if last.hour.year().is_none() {
                        last.hour = h.hour;
                    }
                    for (r, n) in h.reasons {
                        match last.reasons.iter_mut().find(|x| x.0 == r) {
                            Some(x) => x.1 += n,
                            None => last.reasons.push((r, n)),
                        }
                    }
                    last.reasons.sort_by_key(|x| x.0);
                }
                _ => merged.push(h),
            }
        }
        merged
    }

    /// Failed attempts whose line has no time stamp: counted everywhere but in
    /// [`Triage::by_hour`].
    pub fn untimed(&self) -> usize {
        self.untimed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attempts_are_recognised_by_their_fixed_parts_only() {
        let exim = "2024-05-14 10:22:31 1rA2b3-000Cde-Fg ** kim@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<kim@example.net>: 550 5.1.1 User unknown";
        let a = attempt(exim).unwrap();
        assert_eq!((a.mta, a.outcome), (Mta::Exim, Outcome::Bounced));
        assert_eq!(a.queue_id, Some("1rA2b3-000Cde-Fg"));
        assert_eq!(a.time, Some("2024-05-14 10:22:31"));
        let sendmail = "May 14 10:22:31 mail sendmail[1234]: 44EAMVx1001234: to=<kim@example.net>, delay=00:00:01, mailer=esmtp, pri=30000, relay=mx.example.net. [192.0.2.7], dsn=5.1.1, stat=User unknown";
        let a = attempt(sendmail).unwrap();
        assert_eq!((a.mta, a.outcome), (Mta::Sendmail, Outcome::Bounced));
        assert_eq!(a.queue_id, Some("44EAMVx1001234"));
        for none in [
            "",
            "May 14 10:22:31 mail postfix/qmgr[811]: 4VbK2x3Yz1zJrQ: removed",
            "2024-05-14 10:22:31 1rA2b3-000Cde-Fg <= sender@example.com H=localhost",
            "garbage ** == =>",
        ] {
            assert_eq!(attempt(none), None, "{none:?}");
        }
    }

    /// A failure line of each MTA with the given time stamp.
    fn failures(stamp: &str) -> [String; 3] {
        [
            alloc::format!(
                "{stamp} mail postfix/smtp[1]: ABC: to=<a@example.com>, relay=none, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)"
            ),
            alloc::format!(
                "{stamp} 1rA2b3-000Cde-Fg ** kim@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<kim@example.net>: 550 5.1.1 User unknown"
            ),
            alloc::format!(
                "{stamp} mail sendmail[1234]: 44EAMVx1001234: to=<kim@example.net>, delay=00:00:01, mailer=esmtp, pri=30000, relay=mx.example.net. [192.0.2.7], dsn=5.1.1, stat=User unknown"
            ),
        ]
    }

    fn hours(t: &Triage) -> Vec<(String, u64, usize)> {
        t.by_hour()
            .iter()
            .map(|h| (h.hour.to_string(), h.offset, h.total()))
            .collect()
    }

    #[test]
    fn failures_are_counted_per_hour_for_each_shape_of_time_stamp() {
        for (stamps, want) in [
            // syslog: no year; months by their names, not alphabetically ("Dec" < "Aug"
            // would put December first).
            (
                ["Dec  4 09:59:59", "Aug 30 10:00:00", "Apr  1 10:30:00"],
                [
                    ("04-01 10:00", 0),
                    ("08-30 10:00", 3624),
                    ("12-04 09:00", 5927),
                ],
            ),
            // ISO (Exim), across a year.
            (
                [
                    "2024-12-31 23:10:00",
                    "2024-12-31 22:59:59",
                    "2025-01-01 00:00:00",
                ],
                [
                    ("2024-12-31 22:00", 0),
                    ("2024-12-31 23:00", 1),
                    ("2025-01-01 00:00", 2),
                ],
            ),
            // RFC 3339 (newer syslog): the hour as written, the offset not applied.
            (
                [
                    "2024-05-14T10:22:31.123456+02:00",
                    "2024-05-14T09:00:00-07:00",
                    "2024-05-14T10:59:59Z",
                ],
                [("2024-05-14 09:00", 0), ("2024-05-14 10:00", 1), ("", 0)],
            ),
        ] {
            let mut t = Triage::new();
            for stamp in stamps {
                // Postfix (time stamp) and Sendmail; Exim only where the stamp is its own.
                let [postfix, exim, sendmail] = failures(stamp);
                t.line(&postfix);
                t.line(&sendmail);
                if !stamp.contains('T') && stamp.starts_with('2') {
                    t.line(&exim);
                }
            }
            let per_line = if stamps[0].starts_with("2024-12") {
                3
            } else {
                2
            };
            let want: Vec<(String, u64, usize)> = want
                .iter()
                .filter(|w| !w.0.is_empty())
                .map(|(h, o)| (String::from(*h), *o, 0))
                .collect();
            let got = hours(&t);
            assert_eq!(
                got.iter().map(|g| (g.0.clone(), g.1)).collect::<Vec<_>>(),
                want.iter().map(|g| (g.0.clone(), g.1)).collect::<Vec<_>>(),
                "{stamps:?}"
            );
            let charted: usize = got.iter().map(|g| g.2).sum();
            assert_eq!(charted, 3 * per_line, "{stamps:?}");
            assert_eq!(t.untimed(), 0);
        }
    }

    #[test]
    fn a_yearless_log_over_new_year_reads_december_first() {
        let mut t = Triage::new();
        for stamp in ["Jan  2 01:00:00", "Dec 31 23:00:00", "Jan  1 00:00:00"] {
            t.line(&failures(stamp)[0]);
        }
        let got: Vec<(String, u64)> = hours(&t).into_iter().map(|h| (h.0, h.1)).collect();
        assert_eq!(
            got,
            [
                (String::from("12-31 23:00"), 0),
                (String::from("01-01 00:00"), 1),
                (String::from("01-02 01:00"), 26)
            ]
        );
    }

    #[test]
    fn lines_without_a_time_stamp_are_counted_but_not_charted() {
        let mut t = Triage::new();
        for line in failures("May 14 10:22:31") {
            // A syslog prefix cut off, or a stamp that names no real hour: no hour.
            t.line(&line[16..]);
            t.line(&line.replace("May 14 10", "May 14 25"));
            t.line(&line.replace("May 14", "Foo 14"));
        }
        t.line(&failures("2024-13-01 10:00:00")[1]);
        assert!(t.attempts() >= 4);
        assert_eq!(
            t.untimed(),
            t.by_reason().iter().map(|b| b.count).sum::<usize>()
        );
        assert!(t.by_hour().is_empty());
        for bad in [
            "",
            "May",
            "May 14 1",
            "2024-05-14",
            "2024-05-14 1",
            "2024-02-30x10:00:00",
            "Mayo 4 10:00:00",
            "May 14 10-00:00",
        ] {
            assert_eq!(Hour::from_stamp(bad), None, "{bad:?}");
        }
        assert_eq!(
            Hour::from_stamp("may 14 10:00:00").map(|h| h.month()),
            Some(5)
        );
    }
}
